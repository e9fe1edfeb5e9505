"""Job kinds, one module each; importing a module registers its kind (see ``jobs.base``)."""

from workbench.jobs.kinds import draft, export, upload  # noqa: F401

"""Errors a user can fix (bad termbase files). The workbench CLI prints them as one line."""


class GlossaryError(ValueError):
    """Bad termbase input: the message names the file line or entry at fault."""

"""The ``workbench`` command. Each area of the product adds its commands from its own module.

A command's module is imported only when the command runs (or when ``--help`` lists them all):
``workbench glossary fix`` in a shell loop must not pay for importing the web app, MT engines
and backups on every start.
"""

from __future__ import annotations

import importlib
import sys

import click

from workbench.errors import USER_ERRORS


class LazyGroup(click.Group):
    """A group whose commands live in other modules, named in ``lazy`` (command name -> module
    under ``workbench.cli``); each such module lists its commands in ``commands``."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and name not in self.commands:
            module = importlib.import_module(f"workbench.cli.{self.lazy[name]}")
            self.add_command({command.name: command for command in module.commands}[name])
        return super().get_command(ctx, name)


class WorkbenchGroup(LazyGroup):
    """Turns user-facing errors into one line on stderr and exit code 1, without a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as error:
            # Messages quote file names and terms: a stranger's may carry terminal sequences.
            from workbench.cli.common import printable

            raise click.ClickException(printable(str(error))) from None
        except Exception as error:
            lost = database_lost(error)
            if lost is None:
                raise
            raise click.ClickException(lost) from None


def database_lost(error: Exception) -> str | None:
    """One line for a database that stopped answering mid-command (PostgreSQL restarted, the disk
    gone), which printed a driver traceback; None for any other error. SQLAlchemy is looked up,
    not imported: a command that never loaded it cannot have met its errors."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(error, errors.OperationalError):
        return None
    reason = (str(error.orig or "").strip() or "no reason given").splitlines()[0]
    return f"the database stopped answering: {reason} (WORKBENCH_DATABASE_URL); what the command had not saved yet is lost"


COMMANDS = {
    "db": "admin", "backup": "admin", "restore": "admin", "user": "admin",
    "import": "documents", "docs": "documents", "show": "documents", "delete": "documents", "documents": "documents",
    "export": "exchange", "import-translations": "exchange", "import-po": "exchange", "import-xliff": "exchange",
    "glossary": "glossary",
    "jobs": "jobs", "worker": "jobs",
    "models": "mt", "mt": "mt", "translate": "mt",
    "tm": "tm",
    "serve": "web",
}


@click.group(cls=WorkbenchGroup, lazy=COMMANDS)
@click.version_option(package_name="workbench")
def main() -> None:
    """Offline translation and glossary workbench for be / uk / pl / ru."""

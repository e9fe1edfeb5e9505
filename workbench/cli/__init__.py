"""The ``workbench`` command. Each area of the product adds its commands from its own module."""

from __future__ import annotations

import click

from workbench.errors import USER_ERRORS


class WorkbenchGroup(click.Group):
    """Turns user-facing errors into one line on stderr and exit code 1, without a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except USER_ERRORS as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=WorkbenchGroup)
@click.version_option(package_name="workbench")
def main() -> None:
    """Offline translation and glossary workbench for be / uk / pl / ru."""


def _register() -> None:
    from workbench.cli import admin, documents, exchange, glossary, jobs, mt, names, tm, web

    for module in (admin, documents, exchange, glossary, jobs, mt, tm, web):
        for command in module.commands:
            main.add_command(command)
    for command in names.glossary_commands:
        glossary.glossary.add_command(command)


_register()

"""Commands: serve the browser editor."""

from __future__ import annotations

import threading
import webbrowser

import click
from sqlalchemy import func, select

from workbench.cli.common import DATABASE_INT, load_document
from workbench.errors import WorkbenchError
from workbench.models import Document, User
from workbench.web.hardening import is_loopback


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback requires login.")
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--debug", is_flag=True, help="Flask's reloading development server instead of waitress.")
@click.option("--open", "open_document", type=DATABASE_INT, metavar="DOC", help="Open this document's editor in a browser.")
def serve_command(host: str, port: int, debug: bool, open_document: int | None) -> None:
    """Serve the post-editor (waitress) and print the editor's address."""
    from workbench.web import create_app, database
    from workbench.web.jobs import start_runner

    if debug and not is_loopback(host):
        # The debugger runs any Python a visitor types into an error page.
        raise WorkbenchError(f"--debug serves only on loopback (127.0.0.1, ::1, localhost), not on {host}")
    app = create_app({"LOGIN_REQUIRED": not is_loopback(host)})
    with app.app_context(), database().session() as session:
        if app.config["LOGIN_REQUIRED"] and not session.scalar(select(func.count()).select_from(User)):
            raise WorkbenchError(
                f"serving on {host} needs accounts: add one first with `workbench user add NAME --role admin`"
            )
        if open_document is not None:
            document_id = load_document(session, open_document).id
        else:
            document_id = session.scalar(select(Document.id).order_by(Document.id).limit(1))
    server = None if debug else _listening(app, host, port)
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{port}/"
    if document_id is not None:
        url += f"documents/{document_id}/{app.config['TARGET_LANGUAGES'][0]}"
    click.echo(f"Workbench editor: {url}")
    start_runner(app)
    threading.Thread(target=_warm_up, args=(app,), name="termbase warm-up", daemon=True).start()
    if open_document is not None:
        webbrowser.open(url)
    if debug:
        app.run(host=host, port=port, debug=True)
    else:
        server.run()


def _listening(app, host: str, port: int):
    """waitress's server, bound before the address is printed: a port in use is one line, not a traceback."""
    import waitress

    try:
        return waitress.create_server(app, host=host, port=port, threads=8)
    except OSError as error:
        raise WorkbenchError(f"cannot serve on {host}:{port}: {error.strerror or error} (another server? --port)") from None


def _warm_up(app) -> None:
    from workbench.web import database

    with app.app_context(), database().session() as session:
        app.extensions["workbench.termbase"].warm(session, app.config["TARGET_LANGUAGES"])


commands = [serve_command]

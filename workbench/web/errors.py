"""The web app's one error boundary.

A user error (WorkbenchError, GlossaryError), an HTTP error or a database that cannot store
(disk full, locked, gone) raised anywhere in a view ends here:
under /api the editor's script gets ``{"error": message}`` with the status; a page gets the message
flashed and is sent back where the user came from (other HTTP errors: a page in the app's
layout, with the way back, instead of Flask's bare one).
Views therefore raise and never catch to report; their transaction has rolled back by then.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from workbench.errors import USER_ERRORS

API_PREFIX = "/api/"


def _is_api() -> bool:
    # request.path is below the application's root, so this holds behind a URL prefix too.
    return request.path.startswith(API_PREFIX)


def back_url() -> str:
    """The same-site page the request came from, else the index of the view's blueprint."""
    referrer = urlsplit(request.referrer or "")
    # A path starting "//" names a host of its own: http://editor//elsewhere/ must not lead there.
    same_site_path = referrer.path.startswith("/") and not referrer.path.startswith("//")
    if referrer.netloc == request.host and same_site_path and request.referrer != request.url:
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    index = f"{request.blueprint}.index"
    return url_for(index if index in current_app.view_functions else "documents.index")


def _user_error(error: Exception):
    if _is_api():
        return {"error": str(error)}, 400
    flash(str(error), "error")
    return redirect(back_url(), 303)


def _http_error(error: HTTPException):
    if _is_api():
        return {"error": error.description}, error.code
    if isinstance(error, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"] / (1024 * 1024)
        flash(f"That file is larger than the upload limit ({limit:.1f} MB); nothing was imported.", "error")
        return redirect(back_url(), 303)
    return render_template("error.html", error=error), error.code


def _not_stored(error: OperationalError):
    # Disk full, database locked past the timeout, server gone: the editor keeps the text.
    current_app.logger.error("not stored: %s", error.orig)
    message = ("The server could not store this (its disk may be full or the database is unavailable); "
               "nothing was saved: try again later.")
    if _is_api():
        return {"error": message + " Your text is kept here."}, 503
    flash(message, "error")
    return redirect(back_url(), 303)


def init_app(app: Flask) -> None:
    for error_class in USER_ERRORS:
        app.register_error_handler(error_class, _user_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(OperationalError, _not_stored)

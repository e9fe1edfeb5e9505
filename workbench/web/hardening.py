"""What keeps other web sites and the network out of the editor, whoever serves it.

- Host names: without login (loopback) only loopback names are answered, so a page whose domain
  rebinds to 127.0.0.1 reaches nothing; with login, WORKBENCH_ALLOWED_HOSTS when it is set.
- Origin: a state-changing request whose Origin header names another site is refused, on top of
  the CSRF token.
- Headers on every response: a Content-Security-Policy without inline script, no framing, no
  MIME sniffing, no full URLs in Referer.
- Cookies: the Secure flag under TLS (WORKBENCH_TLS, or a request a trusted proxy says is HTTPS).
- Ids in URLs are bounded to 64 bits, so a huge one is a 404 rather than a database overflow.
- A search a user types (the filter's words, search and replace's expression) is bounded before it
  is compiled: compiling takes no timeout, and unrolls counted repeats.
- No text a request sends (query, form, JSON, path) holds what no text can be stored with: a NUL
  (PostgreSQL refuses it) or a lone surrogate (UTF-8 has none; JSON's "\ud800" makes one). Each
  ended in a 500 page where it reached the database: a save, a replacement, a termbase search.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Response, abort, current_app, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from workbench.config import settings
from workbench.errors import WorkbenchError

LOOPBACK_NAMES = ("localhost",)
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_ID = 2**63 - 1
# A search's length, and the largest number of times its counted repeats ({n}, {m,n}, nested: multiplied)
# unroll anything: compiling a megabyte took 10 s and 250 MB, (?:a{1000}){1000} 275 MB, four levels of
# {100} all of a server's memory.
MAX_SEARCH_CHARS = 10_000
MAX_SEARCH_REPEATS = 10_000
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# What a search expression is read as, to count its repeats: an escape, a character set (whose
# brackets and braces are letters), a group's bracket, or a counted repeat.
_SEARCH_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()]|\{(\d*)(?:,(\d*))?\}", re.DOTALL)
CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'",
    "script-src 'self'",
    # The progress bars' widths are style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
))
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class BoundedIntegerConverter(IntegerConverter):
    """``<int:...>`` that matches only ids a database column can hold."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session, Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app) -> bool:
        return super().get_cookie_secure(app) or request.is_secure


def check_search(text: str, *, is_regex: bool) -> None:
    """Refuse a search too long, or an expression whose counted repeats unroll too far, to compile safely."""
    if len(text) > MAX_SEARCH_CHARS:
        raise WorkbenchError(f"search for at most {MAX_SEARCH_CHARS:,} characters (this is {len(text):,})")
    if is_regex and _largest_repeat(text) > MAX_SEARCH_REPEATS:
        raise WorkbenchError(f"the expression repeats too much: its counted repeats, multiplied where one holds "
                             f"another, may come to at most {MAX_SEARCH_REPEATS:,}")


def _largest_repeat(expression: str) -> int:
    """The largest product of counted repeats along a nesting of groups (a{1000} 1000, (?:a{10}){20} 200)."""
    largest = [1]  # per open group: the largest product inside it so far
    tokens = list(_SEARCH_TOKEN.finditer(expression))
    for index, token in enumerate(tokens):
        text = token.group()
        if text == "(":
            largest.append(1)
        elif text == ")" and len(largest) > 1:
            inner = largest.pop()
            after = tokens[index + 1] if index + 1 < len(tokens) and tokens[index + 1].start() == token.end() else None
            if after is not None and after.group().startswith("{"):
                inner *= _count(after)
            largest[-1] = max(largest[-1], inner)
        elif text.startswith("{") and not (index and tokens[index - 1].group() == ")" and tokens[index - 1].end() == token.start()):
            largest[-1] = max(largest[-1], _count(token))
    return max(largest)


def _count(repeat: re.Match) -> int:
    """The most copies a counted repeat ({n}, {m,}, {m,n}, {,n}) unrolls."""
    return max((int(bound) for bound in repeat.groups() if bound), default=1)


def is_loopback(name: str) -> bool:
    """Whether a host name or address (without port) is this machine."""
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def host_name(host: str) -> str:
    """A Host header without its port and IPv6 brackets, in lower case."""
    name = host.lower()
    if name.startswith("["):
        return name[1:].split("]", 1)[0]
    return name.rsplit(":", 1)[0] if name.count(":") == 1 else name


def config_from_settings() -> dict:
    """The Flask settings these protections read, from the workbench's environment settings."""
    current = settings()
    return {
        "ALLOWED_HOSTS": current.allowed_hosts,
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=current.session_hours),
        "SESSION_COOKIE_SECURE": current.tls,
        "TRUSTED_PROXIES": current.trusted_proxies,
    }


def init_app(app) -> None:
    if count := app.config["TRUSTED_PROXIES"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count, x_port=count)
    app.session_interface = SessionInterface()
    app.url_map.converters["int"] = BoundedIntegerConverter
    app.before_request(_check_host_and_origin)
    app.before_request(_refuse_unstorable_text)
    app.after_request(_add_headers)


def _check_host_and_origin():
    host = request.host
    if not current_app.config["LOGIN_REQUIRED"]:
        if not is_loopback(host_name(host)):
            _refuse_host(f"this editor serves only loopback addresses (127.0.0.1, localhost), not {host!r}")
    elif current_app.config["ALLOWED_HOSTS"] and host_name(host) not in current_app.config["ALLOWED_HOSTS"]:
        _refuse_host(f"host name {host!r} is not in WORKBENCH_ALLOWED_HOSTS")
    if request.method not in SAFE_METHODS:
        origin = request.headers.get("Origin")
        if origin is not None and _site(origin) != _site(f"{request.scheme}://{host}"):
            abort(403, description=f"a request from {origin} may not change anything here")


def _refuse_unstorable_text():
    sent = [*request.args.values(), *request.form.values(), *(request.view_args or {}).values()]
    if request.is_json:
        sent.append(request.get_json(silent=True))
    while sent:  # a loop, not recursion: JSON nests as deep as its parser allows
        value = sent.pop()
        if isinstance(value, dict):
            sent += [*value.keys(), *value.values()]
        elif isinstance(value, list):
            sent += value
        elif isinstance(value, str) and (found := _UNSTORABLE.search(value)):
            raise WorkbenchError(f"the text sent holds U+{ord(found.group()):04X}, which no text can hold "
                                 "(a NUL, or half of a character); nothing was changed")


def _refuse_host(reason: str):
    # Plain text, not the app's layout: a rebound page reads this answer, and the layout would
    # hand it a CSRF token and the name of the user logged in.
    abort(Response(f"400 Bad Request: {reason}\n", 400, mimetype="text/plain"))


def _site(url: str) -> tuple:
    """(scheme, host, port) with the scheme's default port filled in; "null" gives ("", None, None)."""
    parts = urlsplit(url.lower())
    try:
        port = parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        port = None
    return parts.scheme, parts.hostname, port


def _add_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response

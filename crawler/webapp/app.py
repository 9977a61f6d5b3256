"""The reading room as a Starlette application, and ``newsarchive serve`` running it.

Read-only by construction: the only engine the app holds comes from
:func:`crawler.db.reading.read_only_engine` (SQLite ``PRAGMA query_only``, PostgreSQL
``default_transaction_read_only``), and no route takes SQL. Every response carries a
Content-Security-Policy that forbids scripts and anything not served by the app itself:
pages are HTML and CSS, charts inline SVG.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crawler.db.reading import read_only_engine
from crawler.search import provinces
from crawler.webapp import i18n, timeline, views

HERE = Path(__file__).parent
log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'none'; "
    "font-src 'none'; connect-src 'none'; object-src 'none'; frame-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response (pure ASGI: streaming works)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((n, v) for n, v in SECURITY_HEADERS if n not in names),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


def templates() -> Environment:
    environment = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["provinces"] = sorted({*provinces.FORMER, *provinces.SUCCESSORS})
    return environment


async def _not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    t = i18n.translator(views.lang_of(request))
    return views.render(request, "error.html", status, message=t("not_found"))


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("request failed: %s", request.url.path, exc_info=exc)
    t = i18n.translator(views.lang_of(request))
    return views.render(request, "error.html", 500, message=t("server_error"))


def create_app(
    db: str | None = None, *, engine: sa.Engine | None = None, warc_dir: Path | None = None
) -> Starlette:
    """The app on the archive ``db`` (a path or URL; default ``$DATABASE_URL``), opened
    read-only; ``engine`` instead for an engine the caller made read-only itself."""
    from crawler.components.capture import warc_folder

    engine = engine or read_only_engine(db)
    routes = [
        Route("/", views.search_page, name="search"),
        Route("/article/{article_id}", views.article_page, name="article"),
        Route("/capture/{capture_id}", views.capture_page, name="capture"),
        Route("/time", timeline.time_page, name="time"),
        Route("/time.csv", timeline.time_csv, name="time_csv"),
        Route("/sites", views.sites_page, name="sites"),
        Route("/export", views.export, name="export"),
        Route("/lang", views.switch_language, name="lang"),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: _not_found, 404: _not_found, 500: _server_error},
        middleware=[],
    )
    app.state.engine = engine
    app.state.templates = templates()
    app.state.warc_dir = warc_dir or warc_folder(
        os.environ.get("ARCHIVE_WARC_DIR"), str(engine.url.render_as_string(hide_password=False))
    )
    return app


def asgi(app: Starlette) -> Any:
    return SecurityHeaders(app)


def build(db: str | None = None, **options: Any) -> Any:
    """The app wrapped in its security headers: what uvicorn serves and tests drive."""
    return asgi(create_app(db, **options))


def serve(db: str | None, host: str, port: int, warc_dir: Path | None = None) -> None:
    import uvicorn

    app = build(db, warc_dir=warc_dir)
    uvicorn.run(app, host=host, port=port, log_level="warning")

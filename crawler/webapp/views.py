"""The reading room's pages: search, article (with versions and capture), over time,
sites, export, and the language switch. Handlers are plain functions Starlette runs in
its thread pool; every read goes through the read-only engine on ``request.app.state``.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)

from crawler.db import reading
from crawler.db.search import RANK_WINDOW, Results, search
from crawler.search.query import QueryError
from crawler.webapp import i18n
from crawler.webapp.diff import changed, word_diff
from crawler.webapp.exporting import FORMATS, stream
from crawler.webapp.forms import FormError, SearchForm

log = logging.getLogger(__name__)
PAGE_SIZE = 20
CAPTURE_SHOWN = 1_000_000
COOKIE_SECONDS = 365 * 24 * 3600


def lang_of(request: Request) -> str:
    return i18n.language(request.query_params.get("lang") or request.cookies.get(i18n.COOKIE))


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    lang = lang_of(request)
    template = request.app.state.templates.get_template(name)
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    html = template.render(
        request=request,
        lang=lang,
        other_lang="en" if lang == "vi" else "vi",
        here=here,
        t=i18n.translator(lang),
        when=lambda value: i18n.format_datetime(value, lang),
        number=lambda value: i18n.format_number(value, lang),
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in i18n.LANGUAGES:
        _remember(response, lang)
    return response


def _remember(response: Response, lang: str) -> None:
    response.set_cookie(
        i18n.COOKIE, lang, max_age=COOKIE_SECONDS, httponly=True, samesite="lax", path="/"
    )


def engine(request: Request) -> sa.Engine:
    return request.app.state.engine


def marked(snippet: str) -> Markup:
    """A snippet with its «matches» as ``<mark>``, everything else escaped."""
    parts = re.split(r"«([^«»]*)»", snippet)
    out = Markup("")
    for index, part in enumerate(parts):
        out += Markup("<mark>{}</mark>").format(part) if index % 2 else escape(part)
    return out


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else ``None`` (never ``javascript:`` …)."""
    if not url:
        return None
    scheme = urlsplit(url).scheme.lower()
    return url if scheme in ("http", "https") else None


class PageFailure(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


def _results(request: Request, form: SearchForm, t: Any) -> Results:
    """Search or browse for ``form``; a :class:`PageFailure` with a friendly message when
    the query or a filter cannot be used or the database cannot answer."""
    try:
        filters = form.filters()
        offset = (form.page - 1) * PAGE_SIZE
        if form.q and form.sort == "relevance":
            return search(
                engine(request),
                form.q,
                filters,
                diacritics=form.diacritics,
                limit=PAGE_SIZE,
                offset=offset,
            )
        return reading.newest(
            engine(request),
            form.q or None,
            filters,
            diacritics=form.diacritics,
            limit=PAGE_SIZE,
            offset=offset,
        )
    except FormError as error:
        raise PageFailure(t(error.key, **error.values)) from None
    except QueryError as error:
        raise PageFailure(t("query_error", reason=t(i18n.query_error_key(str(error))))) from None
    except sa.exc.SQLAlchemyError:
        log.exception("search failed: %r", form)
        raise PageFailure(t("err_database")) from None


def search_page(request: Request) -> Response:
    form = SearchForm.read(request.query_params)
    t = i18n.translator(lang_of(request))
    error = None
    results = Results(0, [])
    try:
        results = _results(request, form, t)
    except PageFailure as failure:
        error = failure.message
    first = (form.page - 1) * PAGE_SIZE + 1
    return render(
        request,
        "search.html",
        form=form,
        results=results,
        error=error,
        first=first,
        last=first + len(results.hits) - 1,
        has_next=len(results.hits) == PAGE_SIZE and first + PAGE_SIZE - 1 < results.total,
        capped=results.total >= 1_000,
        rank_window=RANK_WINDOW,
        choices=filter_choices(request),
        marked=marked,
        status=400 if error else 200,
    )


def filter_choices(request: Request) -> reading.Choices:
    try:
        return reading.choices(engine(request))
    except sa.exc.SQLAlchemyError:
        log.exception("filter choices failed")
        return reading.Choices([], [])


def article_page(request: Request) -> Response:
    t = i18n.translator(lang_of(request))
    try:
        article_id = int(request.path_params["article_id"])
    except ValueError:
        return render(request, "error.html", 404, message=t("not_found"))
    page = reading.article_page(engine(request), article_id)
    if page is None:
        return render(request, "error.html", 404, message=t("article_not_found", id=article_id))
    article = page.article
    diffs = []
    for older, newer in zip(page.versions, page.versions[1:], strict=False):
        fields = []
        for name in ("title", "lead", "text", "authors"):
            old, new = getattr(older, name), getattr(newer, name)
            if name == "authors":
                old, new = ", ".join(old or []), ", ".join(new or [])
            pieces = word_diff(old, new)
            if changed(pieces):
                fields.append((name, pieces))
        diffs.append((older, newer, fields))
    images = [
        {
            "href": safe_link(image.get("src")),
            "src": image.get("src") or "",
            "caption": image.get("caption") or image.get("alt") or "",
        }
        for image in (article.images or [])
        if isinstance(image, dict)
    ]
    return render(
        request,
        "article.html",
        article=article,
        paragraphs=[p for p in (article.text or "").split("\n") if p.strip()],
        versions=page.versions,
        diffs=list(reversed(diffs)),
        images=images,
        original=safe_link(article.canonical_url) or safe_link(article.url),
        capture=page.capture,
    )


def capture_page(request: Request) -> Response:
    from crawler.capture.stored import content_type, decoded_body
    from crawler.capture.warc import read_response

    t = i18n.translator(lang_of(request))
    try:
        capture_id = int(request.path_params["capture_id"])
    except ValueError:
        return render(request, "error.html", 404, message=t("not_found"))
    capture = reading.capture_by_id(engine(request), capture_id)
    if capture is None:
        return render(request, "error.html", 404, message=t("not_found"))
    path = request.app.state.warc_dir / capture.warc_file
    response = body = None
    try:
        response = read_response(path, capture.warc_offset)
        raw = decoded_body(response, max_size=20 * CAPTURE_SHOWN)
        charset = re.search(r"charset=([\w-]+)", content_type(response) or "", re.I)
        try:
            body = raw[:CAPTURE_SHOWN].decode(charset.group(1) if charset else "utf-8", "replace")
        except LookupError:
            body = raw[:CAPTURE_SHOWN].decode("utf-8", "replace")
        cut = len(raw) > CAPTURE_SHOWN
    except Exception:  # a missing or damaged WARC file, an unknown encoding
        log.exception("capture %s unreadable at %s", capture_id, path)
        cut = False
    article_id = request.query_params.get("article", "")
    return render(
        request,
        "capture.html",
        capture=capture,
        response=response,
        body=body,
        cut=cut,
        shown=CAPTURE_SHOWN,
        article_id=article_id if article_id.isdigit() else None,
    )


def sites_page(request: Request) -> Response:
    from crawler.reports.health import health

    t = i18n.translator(lang_of(request))
    try:
        reports = health(engine(request))
    except sa.exc.SQLAlchemyError:
        log.exception("health failed")
        return render(request, "error.html", 500, message=t("err_database"))
    names = {key: (name, province) for key, name, province in filter_choices(request).sites}
    lang = lang_of(request)
    last = {
        r.site: i18n.format_datetime(datetime.fromisoformat(r.last_success), lang)
        for r in reports
        if r.last_success
    }
    return render(request, "sites.html", reports=reports, names=names, last=last)


def export(request: Request) -> Response:
    form = SearchForm.read(request.query_params)
    t = i18n.translator(lang_of(request))
    fmt = request.query_params.get("format", "csv")
    if fmt not in FORMATS:
        return PlainTextResponse(t("not_found"), status_code=404)
    try:
        filters = form.filters()
        if form.q:
            from crawler.search.query import parse

            parse(form.q)  # a bad query is told now, not as a broken download
    except FormError as error:
        return PlainTextResponse(t(error.key, **error.values), status_code=400)
    except QueryError as error:
        reason = t(i18n.query_error_key(str(error)))
        return PlainTextResponse(t("query_error", reason=reason), status_code=400)
    return StreamingResponse(
        stream(engine(request), fmt, form.q or None, filters, form.diacritics),
        media_type=FORMATS[fmt],
        headers={"Content-Disposition": f'attachment; filename="newsarchive-export.{fmt}"'},
    )


def switch_language(request: Request) -> Response:
    lang = i18n.language(request.query_params.get("to"))
    target = request.query_params.get("next") or "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = "/"  # only pages of this app: never an open redirect
    response = RedirectResponse(target, status_code=303)
    _remember(response, lang)
    return response

"""The reading room's "over time" page and its CSV: articles matching a query per day,
week or month, in total or per site or province (the largest groups, the rest as one),
with every empty period in between, so the chart and the table show gaps as zeros."""

from __future__ import annotations

import csv
import io
import logging
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from crawler.db import reading
from crawler.search.query import QueryError
from crawler.webapp import charts, i18n
from crawler.webapp.forms import FormError, SearchForm
from crawler.webapp.views import PageFailure, engine, filter_choices, lang_of, render

log = logging.getLogger(__name__)

MAX_GROUPS = 8


def _periods(first: str, last: str, bucket: str) -> list[str]:
    """Every period from ``first`` to ``last`` (empty ones included, for the chart)."""
    if bucket == "month":
        year, month = map(int, first.split("-"))
        end = tuple(map(int, last.split("-")))
        out = []
        while (year, month) <= end and len(out) < 5000:
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out
    day, end_day = date.fromisoformat(first), date.fromisoformat(last)
    step = timedelta(days=7 if bucket == "week" else 1)
    out = []
    while day <= end_day and len(out) < 5000:
        out.append(day.isoformat())
        day += step
    return out


def _series(request: Request, form: SearchForm, bucket: str, by: str | None, t: Any) -> Any:
    try:
        found = reading.series(
            engine(request),
            form.q or None,
            form.filters(),
            diacritics=form.diacritics,
            bucket=bucket,
            by=by,
        )
    except FormError as error:
        raise PageFailure(t(error.key, **error.values)) from None
    except QueryError as error:
        raise PageFailure(t("query_error", reason=t(i18n.query_error_key(str(error))))) from None
    except sa.exc.SQLAlchemyError:
        log.exception("series failed: %r", form)
        raise PageFailure(t("err_database")) from None
    if not found.rows:
        return [], [], found.undated
    periods = _periods(found.rows[0][0], found.rows[-1][0], bucket)
    index = {p: i for i, p in enumerate(periods)}
    counts: dict[str, list[int]] = {}
    for period, group, n in found.rows:
        name = (group or t("unknown_province")) if by else t("all_articles")
        counts.setdefault(name, [0] * len(periods))[index[period]] += n
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1]), item[0]))
    if len(ranked) > MAX_GROUPS:
        rest = [c for _, c in ranked[MAX_GROUPS - 1 :]]
        other = [sum(values) for values in zip(*rest, strict=True)]
        ranked = [*ranked[: MAX_GROUPS - 1], (t("other"), other)]
    return periods, ranked, found.undated


def _time_options(request: Request) -> tuple[str, str | None]:
    bucket = request.query_params.get("period", "month")
    bucket = bucket if bucket in reading.BUCKETS else "month"
    by = request.query_params.get("by")
    return bucket, by if by in ("site", "province") else None


def time_page(request: Request) -> Response:
    form = SearchForm.read(request.query_params)
    t = i18n.translator(lang_of(request))
    bucket, by = _time_options(request)
    error, periods, groups, undated = None, [], [], 0
    try:
        periods, groups, undated = _series(request, form, bucket, by, t)
    except PageFailure as failure:
        error = failure.message
    period_name = t(bucket).split(" (")[0].lower()
    chart = (
        charts.line_chart(periods, groups, t("chart_title", period=period_name))
        if periods
        else None
    )
    extra = {"period": bucket, **({"by": by} if by else {})}
    return render(
        request,
        "time.html",
        form=form,
        error=error,
        bucket=bucket,
        by=by,
        periods=periods,
        groups=groups,
        undated=undated,
        chart=chart,
        period_name=period_name,
        csv_params=form.params(page=1) + "&" + "&".join(f"{k}={v}" for k, v in extra.items()),
        choices=filter_choices(request),
        status=400 if error else 200,
    )


def time_csv(request: Request) -> Response:
    form = SearchForm.read(request.query_params)
    t = i18n.translator(lang_of(request))
    bucket, by = _time_options(request)
    try:
        periods, groups, _ = _series(request, form, bucket, by, t)
    except PageFailure as failure:
        return PlainTextResponse(failure.message, status_code=400)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([bucket, *(name for name, _ in groups)])
    for i, period in enumerate(periods):
        writer.writerow([period, *(counts[i] for _, counts in groups)])
    return Response(
        out.getvalue().encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="articles-per-{bucket}.csv"'},
    )

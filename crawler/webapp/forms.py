"""The search form's parameters: read from the query string, checked, turned into the
search layer's :class:`~crawler.db.search.Filters`, and written back into links."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from crawler.db.search import Filters
from crawler.extract.dates import day_bound
from crawler.search import provinces
from crawler.search.fold import wants_diacritics

SORTS = ("relevance", "date")
MAX_PAGE = 500
MAX_FIELD = 500  # characters kept of any parameter


class FormError(ValueError):
    """A parameter the search cannot use: a catalogue key and its values."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key, self.values = key, values


def _text(params: Any, name: str) -> str:
    return (params.get(name) or "").strip()[:MAX_FIELD]


@dataclass(frozen=True)
class SearchForm:
    q: str = ""
    site: str = ""
    province: str = ""
    section: str = ""
    author: str = ""
    since: str = ""
    until: str = ""
    sort: str = "relevance"
    plain: bool = False  # "ignore diacritics" ticked
    page: int = 1

    @classmethod
    def read(cls, params: Any) -> SearchForm:
        try:
            page = min(max(int(params.get("page") or 1), 1), MAX_PAGE)
        except ValueError:
            page = 1
        sort = params.get("sort") if params.get("sort") in SORTS else "relevance"
        return cls(
            q=_text(params, "q"),
            site=_text(params, "site"),
            province=_text(params, "province"),
            section=_text(params, "section"),
            author=_text(params, "author"),
            since=_text(params, "since"),
            until=_text(params, "until"),
            sort=sort,
            plain=params.get("plain") in ("1", "on", "true"),
            page=page,
        )

    @property
    def diacritics(self) -> bool:
        return not self.plain and wants_diacritics(self.q)

    @property
    def folded(self) -> bool:
        """Typed without any diacritic: matched without them."""
        return bool(self.q) and not self.plain and not wants_diacritics(self.q)

    @property
    def filtered(self) -> bool:
        return any((self.site, self.province, self.section, self.author, self.since, self.until))

    def filters(self) -> Filters:
        """The filters, or :class:`FormError` naming what is wrong."""
        if self.province and provinces.canonical(self.province) is None:
            raise FormError("err_province", name=self.province)
        return Filters(
            site=self.site or None,
            province=self.province or None,
            since=_day(self.since),
            until=_day(self.until, end=True),
            section=self.section or None,
            author=self.author or None,
        )

    def params(self, **changes: Any) -> str:
        """The query string of this form (with ``changes``), empty values left out."""
        form = replace(self, **changes)
        pairs = []
        for field in fields(form):
            value = getattr(form, field.name)
            if field.name == "page" and value == 1:
                continue
            if field.name == "sort" and value == "relevance":
                continue
            if field.name == "plain":
                value = "1" if value else ""
            if value:
                pairs.append((field.name, str(value)))
        return urlencode(pairs)


def _day(value: str, end: bool = False) -> datetime | None:
    try:
        return day_bound(value or None, end=end)
    except ValueError:
        raise FormError("err_date", value=value) from None

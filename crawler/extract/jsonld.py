"""schema.org metadata from JSON-LD blocks: the cheapest reliable source on generic pages."""

from __future__ import annotations

import json
from typing import Any

from crawler.extract.select import HtmlElement, nodes

_ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "WebPage"}


def _objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for item in data for o in _objects(item)]
    if isinstance(data, dict):
        return [data, *_objects(data.get("@graph", []))]
    return []


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {k for k in kinds if isinstance(k, str)}


def _all_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in nodes(tree, "script[type='application/ld+json']"):
        try:
            found += _objects(json.loads(script.text or ""))
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
    return found


def all_types(tree: HtmlElement) -> set[str]:
    """Every schema.org type the page's JSON-LD declares."""
    return {t for o in _all_objects(tree) for t in _types(o)}


def article_object(tree: HtmlElement) -> dict[str, Any]:
    """The page's article object (NewsArticle before Article before WebPage), or ``{}``."""
    found = _all_objects(tree)
    ranked = [o for o in found if _types(o) & _ARTICLE_TYPES]
    ranked.sort(key=lambda o: "WebPage" in _types(o))
    return ranked[0] if ranked else {}


def author_names(obj: dict[str, Any]) -> list[str]:
    """Person names of ``author`` (a string, an object or a list of either)."""
    value = obj.get("author")
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def article_section(obj: dict[str, Any]) -> str | None:
    """``articleSection`` (a string or the first of a list)."""
    value = obj.get("articleSection")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def published_values(tree: HtmlElement) -> list[str]:
    """Every ``datePublished`` of the page's JSON-LD, the article object's first (a page
    may give a bare day on its Article and the full time on its WebPage)."""
    found = _all_objects(tree)
    found.sort(key=lambda o: not _types(o) & (_ARTICLE_TYPES - {"WebPage"}))
    return [v for o in found if isinstance(v := o.get("datePublished"), str) and v.strip()]

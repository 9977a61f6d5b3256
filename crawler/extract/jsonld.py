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
    return set(kind) if isinstance(kind, list) else {kind}


def article_object(tree: HtmlElement) -> dict[str, Any]:
    """The page's article object (NewsArticle before Article before WebPage), or ``{}``."""
    found: list[dict[str, Any]] = []
    for script in nodes(tree, "script[type='application/ld+json']"):
        try:
            found += _objects(json.loads(script.text or ""))
        except (json.JSONDecodeError, TypeError):
            continue
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

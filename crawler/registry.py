"""Finding sites and CMS families by key, for the CLI and the tests."""

from __future__ import annotations

from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from crawler.extract import GENERIC_RULES, ArticleRules
from crawler.spider import PortalSpider


def _loader() -> SpiderLoader:
    return SpiderLoader.from_settings(get_project_settings())


def site_spiders() -> dict[str, type[PortalSpider]]:
    """Every registered site, by key."""
    loader = _loader()
    return {key: loader.load(key) for key in sorted(loader.list())}


def family_rules() -> dict[str, ArticleRules]:
    """The article rules of every CMS family, by family key (``nukeviet``, ``generic``, …)."""
    _loader()  # importing the spider modules defines the family classes
    families: dict[str, ArticleRules] = {"generic": GENERIC_RULES}
    pending = [PortalSpider]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if getattr(cls, "name", None) is None and cls.family not in families:
            families[cls.family] = cls.article_rules
    return families


def rules_for(key: str) -> ArticleRules:
    """Rules for a site key or a family key; a clear error names the known keys."""
    sites = site_spiders()
    if key in sites:
        return sites[key].article_rules
    families = family_rules()
    if key in families:
        return families[key]
    known = ", ".join(sorted(set(sites) | set(families)))
    raise KeyError(f"unknown site or family {key!r}; known: {known}")

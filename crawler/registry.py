"""Finding sites and CMS families by key, for the CLI and the tests."""

from __future__ import annotations

from scrapy.spiderloader import get_spider_loader
from scrapy.utils.project import get_project_settings

from crawler.extract import ArticleRules
from crawler.spider import PortalSpider
from crawler.spiderloader import family_classes


def site_spiders() -> dict[str, type[PortalSpider]]:
    """Every registered site (code and config files), by key."""
    loader = get_spider_loader(get_project_settings())
    return {key: loader.load(key) for key in sorted(loader.list())}


def family_rules() -> dict[str, ArticleRules]:
    """The article rules of every CMS family, by family key (``nukeviet``, ``generic``, …)."""
    site_spiders()  # importing the spider modules defines the family classes
    return {key: cls.article_rules for key, cls in family_classes().items()}


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

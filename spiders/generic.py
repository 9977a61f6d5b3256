"""The generic family: any site, discovered from its sitemaps and feeds, extracted by
trafilatura alone (``--site generic``). Declare such a site in a config file with
``family = "generic"``; its ``robots.txt`` Sitemap lines are read unless ``sitemap_urls``
says otherwise.
"""

from __future__ import annotations

from crawler.extract import GENERIC_RULES
from crawler.spider import PortalSpider


class GenericSpider(PortalSpider):
    """Base for sites with no rules of their own."""

    family = "generic"
    article_rules = GENERIC_RULES
    sitemap_paths = ("/robots.txt",)

"""The generic family: trafilatura alone, for any page of any site (``--site generic``)."""

from __future__ import annotations

from crawler.extract import GENERIC_RULES
from crawler.spider import PortalSpider


class GenericFamily(PortalSpider):
    """Base for sites with no rules of their own; extraction is trafilatura only."""

    family = "generic"
    article_rules = GENERIC_RULES

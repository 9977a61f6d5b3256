"""Spider loader that adds the sites declared in config files to the code-defined ones.

Set as ``SPIDER_LOADER_CLASS``, so ``scrapy crawl KEY``, ``scrapy list`` and the CLI all
see config sites the same way as Python ones.
"""

from __future__ import annotations

from scrapy import Spider
from scrapy.spiderloader import SpiderLoader

from crawler.siteconfig import SiteConfigError, SiteEntry, load_entries
from crawler.spider import PortalSpider


def family_classes() -> dict[str, type[PortalSpider]]:
    """The base class of every CMS family, by family key (classes without a site ``name``)."""
    families: dict[str, type[PortalSpider]] = {}
    pending: list[type[PortalSpider]] = [PortalSpider]
    while pending:
        cls = pending.pop(0)
        pending.extend(cls.__subclasses__())
        if cls is not PortalSpider and getattr(cls, "name", None) is None:
            families.setdefault(cls.family, cls)
    return families


def config_spider(entry: SiteEntry, base: type[PortalSpider]) -> type[PortalSpider]:
    """A spider class for a config entry: its family's base with the entry's data."""
    attributes: dict[str, object] = {
        "name": entry.key,
        "site_name": entry.name,
        "base_url": entry.base_url,
        "province": entry.province,
        "__module__": __name__,
        "__doc__": f"{entry.name} (declared in {entry.source}).",
    }
    for field in ("listing_paths", "feed_paths", "sitemap_paths"):
        value = getattr(entry, field)
        if value:
            attributes[field] = value
    if entry.interval:
        attributes["crawl_interval"] = entry.interval
    if not entry.capture:
        attributes["capture"] = False
    class_name = "".join(part.title() for part in entry.key.split("_")) + "ConfigSpider"
    return type(class_name, (base,), attributes)


class SiteSpiderLoader(SpiderLoader):
    def _load_all_spiders(self) -> None:
        super()._load_all_spiders()
        families = family_classes()
        for entry in load_entries(set(families)):
            if entry.key in self._spiders:
                existing: type[Spider] = self._spiders[entry.key]
                raise SiteConfigError(
                    f"{entry.source}: site {entry.key!r} is already defined "
                    f"by {existing.__module__}.{existing.__name__}"
                )
            self._spiders[entry.key] = config_spider(entry, families[entry.family])

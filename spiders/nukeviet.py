"""NukeViet 4.x news module (sites.md §1) and the sites built on it.

URLs: ``/news/<cat>/<alias>-<id>.html``; listings ``/news/<cat>/`` with ``/page-N/``; RSS
``/news/rss/``. Traps: the visible date is the publication time; ``article:published_time``
is malformed; the hidden ``datePublished`` holds the edit time (used for ``updated``).
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

NUKEVIET_ARTICLE_URL = r"-\d+\.html$"

NUKEVIET_RULES = ArticleRules(
    article_url=NUKEVIET_ARTICLE_URL,
    article_marker=("div.news_column[itemtype$='NewsArticle']", "#news-bodyhtml"),
    title=(
        "h1.title[itemprop=headline]",
        "div.news_column h1",
        "meta[property='og:title']@content",
    ),
    lead=("div.hometext[itemprop=description]", "div.hometext", "#hometext"),
    body=("#news-bodyhtml", "div.bodytext"),
    published=(".row.margin-bottom-lg span.h5", ".newsdetailmetatop span.h5", "em.time"),
    updated=("span[itemprop=datePublished]", "span[itemprop=dateModified]"),
    authors=("p.h5.text-right", "#author"),
    section=(
        "ul.temp-breadcrumbs li:last-child span[itemprop=name]",
        "meta[property='article:section']@content",
    ),
    tags=("a[href*='/tag/'] em", "div.keywords a"),
    drop=(
        "header",
        "nav",
        "footer",
        "#footer",
        ".footerNav2",
        "#sitemodal",
        "#timeoutsess",
        "[class*='fix_banner_']",
        "ul.list-inline.text-right",
        ".news-detail-player",
        ".hidden.hide.d-none",
        ".alert-info",
        "#form3B",
        "#stringrating",
        ".fb-like",
        ".zalo-share-button",
        "#idcomment",
        ".other-news",
        "#news-relatednew",
        "#news-related",
        ".panel",
        "#imgpreview",
        "script",
        "style",
        "noscript",
        "iframe",
    ),
)

NUKEVIET_LISTING = ListingRules(
    item=".news_column .panel-body",
    link="h2 a, h3 a, a.show.h4",
    date=".text-muted, .newsdate, time",
    pager="ul.pagination a.page-link, ul.pagination a",
    article_url=NUKEVIET_ARTICLE_URL,
)


class NukeVietSpider(PortalSpider):
    """A NukeViet site: declare ``name``, ``site_name``, ``base_url``, ``province`` and,
    if the news module or categories differ, ``listing_paths`` / ``feed_paths``."""

    family = "nukeviet"
    article_rules = NUKEVIET_RULES
    listing_rules = NUKEVIET_LISTING
    listing_paths = ("/news/",)
    feed_paths = ("/news/rss/",)


class CdcHoaBinhSpider(NukeVietSpider):
    """Hòa Bình CDC / health portal (seed 003)."""

    name = "cdchoabinh"
    site_name = "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình"
    base_url = "https://cdchoabinh.vn"
    province = "Hòa Bình"
    listing_paths = ("/news/hoat-dong/",)

"""VHV-CMS government portals (sites.md §2): Tuyên Quang's district portals and others.

Article ``article.news-detail-layout-type-2``; the publication time is
``meta[itemprop=datePublished]`` (ISO, +07:00), the visible ``span.post-date`` reads
``HH:MM:SS | dd/mm/YYYY``. The pager is filled by JavaScript on the real sites; listings are
read from ``section.section-list`` and paged through ``trang-N`` links when present.
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

VHV_ARTICLE_URL = r"\.html$"

VHV_RULES = ArticleRules(
    article_url=VHV_ARTICLE_URL,
    # The CMS's article body and detail layout; its listing items are NewsArticle too, so
    # the schema.org type alone does not mark an article page.
    article_marker=(
        "div.content-detail[itemprop=articleBody]",
        "article[class*=news-detail-layout]",
        "div.content-detail",
    ),
    title=("h1.title-detail", "h1[itemprop=headline]"),
    lead=("div.brief", "[itemprop=description]"),
    body=("div.content-detail[itemprop=articleBody]", "div.content-detail"),
    published=(
        "meta[itemprop=datePublished]@content",
        "header span.post-date",
        "meta[property='article:published_time']@content",
    ),
    updated=("meta[itemprop=dateModified]@content",),
    authors=("div.author", "p.author"),
    section=(".pathway-category ol.breadcrumb li:last-child",),
    tags=("div.tags a", ".keywords a"),
    drop=(
        ".block_share",
        ".social-connect",
        "#audioNN",
        "div[id^=audio]",
        ".relatedArticles",
        "[id^=frameBound]",
        ".rating",
        "#star-rating",
        ".modal",
        "style",
        "script",
        "noscript",
        "iframe",
        ".panel",
        "header.site-header",
        "nav",
        "footer",
        ".box-weblink",
        ".thong-ke-truy-cap",
    ),
    drop_phrases=("Tin liên quan", "Bài viết khác", "Website liên kết"),
)

VHV_LISTING = ListingRules(
    item="section.section-list article.item-block",
    link="h4.entry-title a, h3 a, h2 a",
    date="time.post-date",
    pager="div.default-pagination a, ul.pagination a",
    article_url=VHV_ARTICLE_URL,
)


class VhvSpider(PortalSpider):
    """A VHV-CMS portal: declare the site and its ``listing_paths``."""

    family = "vhv"
    article_rules = VHV_RULES
    listing_rules = VHV_LISTING


class NaHangSpider(VhvSpider):
    """Na Hang district portal, Tuyên Quang (seed 004)."""

    name = "nahang"
    site_name = "Cổng thông tin điện tử huyện Na Hang"
    base_url = "https://nahang.tuyenquang.gov.vn"
    province = "Tuyên Quang"
    listing_paths = ("/van-hoa-xa-hoi/",)

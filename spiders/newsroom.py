"""The "-post" newsroom platform (sites.md §3): nhandan, sggp, tienphong, baogialai, Báo Lào
Cai and others. Articles ``…-post<id>.html``; category pages ``/<slug>/``; monthly
sitemaps. Related stories embedded *inside* the body (``div.related-news``, ``article.story``)
are removed; editor's notes (``div.notebox.cms-note``) are kept.
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

NEWSROOM_ARTICLE_URL = r"-post\d+\.html$"

NEWSROOM_RULES = ArticleRules(
    article_url=NEWSROOM_ARTICLE_URL,
    # The platform's own classes (cms-*, zce-*) survive its themes; article__* is one theme.
    article_marker=("h1.cms-title", "div.cms-body", "h1.article__title", "div.article__body"),
    title=("h1.article__title", "h1.cms-title"),
    lead=("div.article__sapo", "h2.article__sapo", ".cms-desc"),
    body=("div.article__body[itemprop=articleBody]", "div.article__body", "div.cms-body"),
    published=(
        "meta[property='article:published_time']@content",
        "div.article__meta time@datetime",
        "div.article__meta time.time",
    ),
    updated=("meta[property='article:modified_time']@content",),
    authors=("div.article__author", ".cms-author"),
    section=("meta[property='article:section']@content", "div.breadcrumbs a:last-child"),
    tags=("div.article__tag a", "a[href*='/tag/']"),
    drop=(
        "div.related-news",
        "div.article__body article.story",
        "div.audio-player",
        ".emagazine-topbar",
        ".emagazine-cover",
        "section.box-interest",
        "section.box-samecat",
        "header.site-header",
        "nav",
        "footer",
        "script",
        "style",
        "noscript",
        "iframe",
    ),
    drop_phrases=("Có thể bạn quan tâm", "Tin cùng chuyên mục"),
)

NEWSROOM_LISTING = ListingRules(
    item="article.story, div.tin-item",
    link="h2 a, h3 a, a.cms-link",
    date="time.time",
    pager="div.pagination a, ul.pagination a",
    article_url=NEWSROOM_ARTICLE_URL,
)


class NewsroomSpider(PortalSpider):
    family = "newsroom"
    article_rules = NEWSROOM_RULES
    listing_rules = NEWSROOM_LISTING
    feed_paths = ("/rss/home.rss",)


class BaoLaoCaiSpider(NewsroomSpider):
    """Báo Lào Cai (seed 002), normal and e-magazine layouts."""

    name = "baolaocai"
    site_name = "Báo Lào Cai"
    base_url = "https://baolaocai.vn"
    province = "Lào Cai"
    listing_paths = ("/y-te/",)

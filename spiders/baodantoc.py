"""The national ethnic-affairs news site (baodantoc.vn, seed 001), its own platform.

Articles ``/<slug>-<13-digit id>.htm`` (the id is the creation time in ms), RSS
``/rss/home.rss``. Selectors follow the saved fixture (markup [?] in sites.md). The inline
related-article box at the top of the body and the title repeated as image captions never
reach the text.
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

ARTICLE_URL = r"-\d{13}\.htm$"


class BaoDanTocSpider(PortalSpider):
    name = "baodantoc"
    site_name = "Báo Dân tộc và Phát triển"
    base_url = "https://baodantoc.vn"
    province = None
    family = "baodantoc"
    listing_paths = ("/kinh-te.htm",)
    feed_paths = ("/rss/home.rss",)
    article_rules = ArticleRules(
        article_url=ARTICLE_URL,
        article_marker=("article.main-detail", "div.content-detail"),
        title=("h1.title-detail",),
        lead=("h2.sapo-detail", "div.sapo-detail"),
        body=("div.content-detail",),
        published=("meta[property='article:published_time']@content", "span.time-detail"),
        authors=("div.author-detail strong", "div.author-detail"),
        section=("meta[property='article:section']@content",),
        drop=(
            "div.relate-inline",
            "div.toolbar-detail",
            "section.box-latest",
            "section.box-samecat",
            "header",
            "nav",
            "footer",
            "script",
            "style",
        ),
        drop_phrases=("Tin mới nhất", "Tin cùng chuyên mục"),
    )
    listing_rules = ListingRules(
        item="div.list-cate div.story",
        link="h3 a, h2 a",
        date="span.time",
        pager="div.paging a",
        article_url=ARTICLE_URL,
    )

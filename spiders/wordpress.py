"""WordPress news sites (tintaynguyen.com and many provincial association sites).

Theme markup varies, but the post classes (``article.post``, ``.entry-title``,
``.entry-content``, ``time.entry-date``, ``.cat-links``/``.tags-links``) are WordPress's own
and survive most themes. Feed ``/feed/``; core sitemaps ``/wp-sitemap.xml``. Sites on it are
config entries (``sites.toml``).
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

WORDPRESS_RULES = ArticleRules(
    family="wordpress",
    article_marker=("body.single article", "article.type-post div.entry-content"),
    title=("h1.entry-title", "article h1"),
    lead=("div.entry-content > p:first-child > strong:only-child", "div.entry-summary"),
    body=("div.entry-content",),
    published=(
        "meta[property='article:published_time']@content",
        "time.entry-date.published@datetime",
        "time.entry-date@datetime",
    ),
    updated=("meta[property='article:modified_time']@content", "time.updated@datetime"),
    authors=("span.author.vcard a", "span.author a", "span.author"),
    section=("span.cat-links a", "meta[property='article:section']@content"),
    tags=("span.tags-links a", "meta[property='article:tag']@content"),
    drop=(
        ".sharedaddy",
        ".jp-relatedposts",
        "#comments",
        "#respond",
        ".comments-area",
        "footer.entry-footer",
        ".post-navigation",
        "aside",
        "#secondary",
        "header#masthead",
        "nav",
        "footer#colophon",
        "script",
        "style",
        "noscript",
        "iframe",
    ),
    drop_phrases=("Chia sẻ:", "Có liên quan", "Trả lời"),
)

WORDPRESS_LISTING = ListingRules(
    item="article.post, article.type-post",
    link="h2.entry-title a, h3.entry-title a, .entry-title a",
    date="time.entry-date",
    pager="nav.pagination a.page-numbers, .nav-links a, a.next",
    # Any post permalink; never category, tag, author, paging or WordPress's own paths.
    article_url=r"^https?://[^/]+/(?!category/|tag/|author/|page/|feed/|wp-)[^?#]+$",
)


class WordPressSpider(PortalSpider):
    """A WordPress site; declare sites in ``sites.toml``."""

    family = "wordpress"
    article_rules = WORDPRESS_RULES
    listing_rules = WORDPRESS_LISTING
    feed_paths = ("/feed/",)

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

WORDPRESS_ARTICLE_URL = r"^https?://[^/]+/(?!category/|tag/|author/|page/|feed/|wp-)[^?#]+$"

# Content containers: the classic themes' convention, the block themes' core block, and
# news-magazine themes that name it their own way (ColorMag).
_CONTENT = (".entry-content", ".wp-block-post-content", "article.type-post .cm-entry-summary")

WORDPRESS_RULES = ArticleRules(
    article_url=WORDPRESS_ARTICLE_URL,
    # body_class(): every theme marks a single post's page so; archives say archive/blog.
    article_marker=("body.single-post", "body.single"),
    title=("h1.entry-title", "h1.wp-block-post-title", "article.type-post h1", "main h1"),
    lead=tuple(f"{c} > p:first-child > strong:only-child" for c in _CONTENT),
    body=_CONTENT,
    published=(
        "meta[property='article:published_time']@content",
        "time.entry-date.published@datetime",
        "time.entry-date@datetime",
        "article.type-post time@datetime",
    ),
    updated=("meta[property='article:modified_time']@content", "time.updated@datetime"),
    # the_author_posts_link() emits rel="author"; block themes have the post-author block.
    authors=(
        "span.author.vcard a",
        "span.author a",
        ".byline a[rel~=author]",
        ".wp-block-post-author-name a",
        ".wp-block-post-author-name",
        ".cm-author a",
        "span.author",
    ),
    # get_the_category_list() emits rel="category tag"; block themes a category terms block.
    section=(
        "span.cat-links a",
        ".taxonomy-category a",
        "a[rel~=category]",
        "meta[property='article:section']@content",
    ),
    tags=(
        "span.tags-links a",
        ".taxonomy-post_tag a",
        "a[rel~=tag][href*='/tag/']",
        "meta[property='article:tag']@content",
    ),
    drop=(
        ".sharedaddy",
        ".jp-relatedposts",
        "#comments",
        "#respond",
        ".comments-area",
        ".wp-block-comments",
        ".wp-block-query",
        ".wp-block-post-navigation-link",
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
    # post_class() on classic themes, the core post-template block on block themes, and
    # ColorMag's title heading.
    item="article.post, article.type-post, li.wp-block-post, h2.cm-entry-title",
    link="h2.entry-title a, h3.entry-title a, .entry-title a, .wp-block-post-title a, h2 a, a",
    date="time.entry-date, time",
    pager=(
        "nav.pagination a.page-numbers, .nav-links a, a.next, "
        ".wp-block-query-pagination a, a[href*='/page/']"
    ),
    # Any post permalink; never category, tag, author, paging or WordPress's own paths.
    article_url=WORDPRESS_ARTICLE_URL,
)


class WordPressSpider(PortalSpider):
    """A WordPress site; declare sites in ``sites.toml``."""

    family = "wordpress"
    article_rules = WORDPRESS_RULES
    listing_rules = WORDPRESS_LISTING
    feed_paths = ("/feed/",)

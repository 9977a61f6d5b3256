"""SharePoint publishing portals of provinces (``/Pages/*.aspx``: backan.gov.vn, yenbai.gov.vn…).

Everything sits in web-part zones whose chrome carries block names such as
"PublishingPortal - Block_BanTin_Toolbar"; careless extraction leaks them, so the chrome
titles and every block but the article are dropped, and any leftover line naming a
``PublishingPortal`` block is boilerplate. Sites on it are config entries (``sites.toml``).
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

SHAREPOINT_ARTICLE_URL = r"/Pages/.+-\d+\.aspx$"

SHAREPOINT_RULES = ArticleRules(
    article_url=SHAREPOINT_ARTICLE_URL,
    # The article page layouts' page-image field control (SharePoint's own markup, on every
    # theme); welcome and listing pages carry only the page-content field.
    article_marker=(
        "div.news-detail",
        "div.ArticleContent",
        "#DeltaPlaceHolderMain div[id$=__ControlWrapper_RichImageField]",
    ),
    title=(
        "div.ArticleTitle h1",
        "div.news-detail h1",
        "div.ArticleTitle",
        "#DeltaPlaceHolderMain h1",
    ),
    # Summary, date and breadcrumb are page-layout fields each portal themes its own way
    # (SharePoint has no markup of its own for them): backan, then the left-menu theme.
    lead=("div.ArticleSummary", "div.syt-tin__tomtat"),
    # SharePoint's own publishing field control holds the page content on every theme.
    body=(
        "div.ArticleContent .ms-rtestate-field",
        "div.ArticleContent",
        "#DeltaPlaceHolderMain div[id$=__ControlWrapper_RichHtmlField]",
    ),
    published=("div.ArticleDate span.date", "div.ArticleDate", "span.date"),
    authors=("div.ArticleAuthor", "p.author"),
    section=(
        ".breadcrumb li:last-child",
        ".syt-path a:last-of-type",
        "meta[property='article:section']@content",
    ),
    drop=(
        ".ms-webpart-chrome-title",
        "#s4-ribbonrow",
        "input[type=hidden]",
        ".news-related",
        ".news-other",
        ".bk-box",
        ".ArticleToolbar",
        ".toolbar",
        "script",
        "style",
        "noscript",
        "header",
        "nav",
        "footer",
    ),
    drop_phrases=("PublishingPortal - ", "Tin liên quan", "Các tin đã đưa", "In bài"),
)

SHAREPOINT_LISTING = ListingRules(
    # The theme's news list, or the Content Query web part SharePoint itself renders.
    item="div.news-item, #DeltaPlaceHolderMain li.dfwp-item",
    link="a.title, h3 a, h2 a, a[href]",
    date="span.date",
    pager="div.pager a, ul.pagination a",
    article_url=SHAREPOINT_ARTICLE_URL,
)


class SharePointSpider(PortalSpider):
    """A provincial SharePoint portal; declare sites in ``sites.toml``."""

    family = "sharepoint"
    article_rules = SHAREPOINT_RULES
    listing_rules = SHAREPOINT_LISTING

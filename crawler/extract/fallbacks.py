"""Where a field is found when the site's own selectors find nothing.

Every CMS and theme marks its articles for search engines and feed readers even when its
classes change: schema.org JSON-LD and microdata, OpenGraph/article meta tags, microformats
(``hcard``/``vcard``, ``rel=author``, ``rel=category``) and ``<time datetime>``. These
lists are that common markup, most reliable first; the rules' selectors always win.
"""

from __future__ import annotations

from crawler.extract.dates import parse_date
from crawler.extract.select import HtmlElement, node_text, nodes

# How far under the headline a date line is looked for, and how long it may be.
_LINES_UNDER_TITLE = 3
_DATE_LINE_CHARS = 120

AUTHORS = (
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]@content",
    "[itemprop=author]",
    ".h-card .p-name",
    ".vcard .fn",
    "a.url.fn",
    ".byline a[rel~=author]",
    "a[rel~=author]",
)
SECTION = (
    "meta[property='article:section']@content",
    "[itemprop=articleSection]@content",
    "[itemprop=articleSection]",
    "a[rel~=category]",
)
PUBLISHED = (
    "meta[property='article:published_time']@content",
    "meta[itemprop=datePublished]@content",
    "time[itemprop=datePublished]@datetime",
    "[itemprop=datePublished]@content",
    "meta[name=pubdate]@content",
    "meta[name='parsely-pub-date']@content",
    "meta[name='sailthru.date']@content",
    "time.published@datetime",
    "time.entry-date@datetime",
    "time[pubdate]@datetime",
    "article time@datetime",
)
UPDATED = (
    "meta[property='article:modified_time']@content",
    "meta[itemprop=dateModified]@content",
    "time[itemprop=dateModified]@datetime",
    "time.updated@datetime",
)
TITLE = ("meta[property='og:title']@content", "title")
LEAD = ("meta[name=description]@content", "meta[property='og:description']@content")
CANONICAL = ("link[rel=canonical]@href", "meta[property='og:url']@content")
SITE_NAME = ("meta[property='og:site_name']@content", "meta[name=application-name]@content")
LANGUAGE = (
    "html@lang",
    "meta[http-equiv='content-language']@content",
    "meta[property='og:locale']@content",
)


def dates_under_title(tree: HtmlElement) -> list[str]:
    """Short lines just after the page's ``<h1>`` that hold a date: the visible date most
    themes print under the headline, whatever their markup."""
    found = []
    for heading in nodes(tree, "h1")[:1]:
        elements = (s for s in heading.itersiblings() if isinstance(s.tag, str))
        for sibling in list(elements)[:_LINES_UNDER_TITLE]:
            line = node_text(sibling)
            if line and len(line) <= _DATE_LINE_CHARS and parse_date(line):
                found.append(line)
    return found

"""Thái Nguyên radio-TV (thainguyentv.vn, seed 000), its own platform.

Only URL patterns and image paths are known (sites.md §4, marked [?]); the selectors below
follow the saved fixture. If the real markup differs, the body selector finds nothing, the
record falls back to trafilatura and carries the warning that ``health`` counts.
"""

from __future__ import annotations

from crawler.discovery import ListingRules
from crawler.extract import ArticleRules
from crawler.spider import PortalSpider

ARTICLE_URL = r"-\d+\.html$"


class ThaiNguyenTvSpider(PortalSpider):
    name = "thainguyentv"
    site_name = "Đài Phát thanh và Truyền hình Thái Nguyên"
    base_url = "https://thainguyentv.vn"
    province = "Thái Nguyên"
    family = "thainguyentv"
    listing_paths = ("/suc-khoe/",)
    article_rules = ArticleRules(
        article_url=ARTICLE_URL,
        article_marker=("div.detail-news", "div.detail-content"),
        title=("h1.detail-title",),
        lead=("div.detail-sapo",),
        body=("div.detail-content",),
        published=("meta[property='article:published_time']@content", "span.detail-time"),
        section=("div.detail-info a.detail-cate", "meta[property='article:section']@content"),
        drop=(
            "div.detail-tools",
            "div.video-detail video",
            "div.box-news-newer",
            "div.box-other-news",
            "aside",
            "header",
            "nav",
            "footer",
            "script",
            "style",
        ),
        drop_phrases=("Tin mới hơn", "Tin bài khác", "Đọc nhiều", "Clip ngắn"),
    )
    listing_rules = ListingRules(
        item="div.list-news-cate div.item-news",
        link="h2.title-news a, h3.title-news a",
        date="span.time",
        pager="ul.pagination a",
        article_url=ARTICLE_URL,
    )

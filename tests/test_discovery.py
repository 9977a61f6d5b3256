"""Discovery helpers: feeds, sitemaps (plain, index, gzip) and pagers."""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta, timezone

from crawler.discovery import ListingRules, feed_entries, next_page, sitemap_entries
from crawler.samples import mirror_root

ICT = timezone(timedelta(hours=7))


def test_nukeviet_feed_items_with_dates() -> None:
    entries = feed_entries((mirror_root("cdchoabinh") / "news/rss/index.xml").read_bytes())
    assert len(entries) == 3
    assert all(e.url.startswith("https://cdchoabinh.vn/news/") for e in entries)
    assert datetime(2024, 7, 10, 6, 39, tzinfo=ICT) in {e.published for e in entries}


def test_sitemap_index_and_gzip_sitemap() -> None:
    index, children = sitemap_entries((mirror_root("baolaocai") / "sitemap.xml").read_bytes())
    assert index == [] and children == ["https://baolaocai.vn/sitemaps/news-2025-8.xml"]
    urlset = (mirror_root("baolaocai") / "sitemaps/news-2025-8.xml").read_bytes()
    entries, _ = sitemap_entries(gzip.compress(urlset))
    assert {e.url for e in entries} >= {
        "https://baolaocai.vn/thanh-tuu-va-co-hoi-tren-chang-duong-moi-post648217.html"
    }


def test_sitemap_entities_are_never_expanded() -> None:
    billion_laughs = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.vn/a-&lol3;.html</loc></url></urlset>"""
    entries, _ = sitemap_entries(billion_laughs)
    assert [e.url for e in entries] == ["https://x.vn/a-"]  # the entity is dropped, not expanded


def test_gzip_bomb_is_cut_at_the_size_cap() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    assert sitemap_entries(bomb, max_size=1_000_000) == ([], [])


def test_pager_next_by_number_and_by_label() -> None:
    rules = ListingRules(item="div.item", pager="ul.pagination a")
    numbered = (
        b'<ul class="pagination"><a href="/c/page-1/">1</a><a href="/c/page-3/">3</a>'
        b'<a href="/c/page-2/">2</a></ul>'
    )
    assert next_page("https://x.vn/c/", numbered, rules) == "https://x.vn/c/page-2/"
    labelled = (
        b'<ul class="pagination"><a href="javascript:void(0)">1</a>'
        b'<a href="/c/?p=2" rel="next">&raquo;</a></ul>'
    )
    assert next_page("https://x.vn/c/", labelled, rules) == "https://x.vn/c/?p=2"
    last = b'<ul class="pagination"><a href="/c/page-1/">1</a><a href="/c/page-2/">2</a></ul>'
    assert next_page("https://x.vn/c/page-2/", last, rules) is None

"""Bad bytes and hostile markup: correct NFC text, flags instead of gibberish, safe HTML."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from crawler.extract import ArticleRecord, extract_article
from crawler.extract.limits import MAX_DEPTH, MAX_ELEMENTS, too_deep_markup
from crawler.samples import mirror_root
from spiders.nukeviet import NUKEVIET_RULES

SEED = mirror_root("cdchoabinh") / (
    "news/hoat-dong/hoi-nghi-so-ket-cong-tac-y-te-6-thang-dau-nam-2024-1234.html"
)
URL = "https://cdchoabinh.vn/news/hoat-dong/bai-1234.html"
PARAGRAPH = "Thủ tướng Chính phủ chỉ đạo tăng cường phòng chống dịch bệnh mùa mưa lũ năm nay."


def page(body: str, head: str = "") -> str:
    """A NukeViet article page around ``body`` (the saved seed page's chrome)."""
    html = SEED.read_text("utf-8")
    start = html.index('id="news-bodyhtml"')
    start = html.index(">", start) + 1
    end = html.index("</div>", start)
    html = html[:start] + body + html[end:]
    return html.replace("<head>", "<head>" + head, 1)


def extract(data: bytes | str, content_type: str | None = None) -> ArticleRecord:
    record = extract_article(URL, data, NUKEVIET_RULES, content_type)
    assert isinstance(record, ArticleRecord), record
    return record


def paragraphs_of(body_text: str) -> str:
    """A body of three paragraphs, the first being ``body_text``."""
    others = (
        "Sở Y tế yêu cầu các đơn vị trực cấp cứu hai mươi bốn giờ mỗi ngày trong mùa lũ.",
        "Người dân được khuyến cáo ăn chín, uống sôi và giữ vệ sinh môi trường sống.",
    )
    return "".join(f"<p>{text}</p>" for text in (body_text, *others))


def test_windows_1258_page_ends_as_nfc_text() -> None:
    html = (
        page(paragraphs_of(PARAGRAPH)).replace('charset="utf-8"', "").replace("charset=utf-8", "")
    )
    # cp1258 writes Vietnamese with combining tone marks (NFD); the rest as references.
    data = unicodedata.normalize("NFD", html).encode("cp1258", errors="xmlcharrefreplace")
    record = extract(data, "text/html; charset=windows-1258")
    assert PARAGRAPH in record.text
    assert unicodedata.is_normalized("NFC", record.text)


def test_bom_wins_over_a_wrong_header() -> None:
    data = codecs.BOM_UTF8 + page(paragraphs_of(PARAGRAPH)).encode("utf-8")
    assert PARAGRAPH in extract(data, "text/html; charset=iso-8859-1").text


def test_nfd_text_is_stored_nfc() -> None:
    record = extract(page(paragraphs_of(unicodedata.normalize("NFD", PARAGRAPH))))
    assert PARAGRAPH in record.text and unicodedata.is_normalized("NFC", record.text)


def test_header_charset_beats_a_conflicting_meta() -> None:
    html = page(paragraphs_of(PARAGRAPH), head='<meta charset="windows-1252">')
    assert PARAGRAPH in extract(html.encode("utf-8"), "text/html; charset=utf-8").text


def test_double_encoded_utf8_is_repaired() -> None:
    mojibake = page(paragraphs_of(PARAGRAPH)).encode("utf-8").decode("latin-1")
    record = extract(mojibake)
    assert PARAGRAPH in record.text
    assert "repaired double-encoded UTF-8" in record.warnings


@pytest.mark.parametrize(
    ("legacy", "name"),
    [
        ("Th«ng b¸o cña Së Y tÕ vÒ viÖc tiªm chñng më réng cho trÎ em", "TCVN3"),
        ("Thoâng baùo cuûa Sôû Y teá veà vieäc tieâm chuûng môû roäng cho treû em", "VNI"),
    ],
)
def test_legacy_font_text_is_flagged_not_silently_stored(legacy: str, name: str) -> None:
    record = extract(page(paragraphs_of(legacy)))
    assert f"needs review: text looks like the legacy {name} encoding" in record.warnings


def test_undecodable_bytes_are_counted() -> None:
    data = (
        page(paragraphs_of(PARAGRAPH))
        .encode("utf-8")
        .replace("Thủ tướng".encode(), b"Th\xff\xfe t\xc6\xb0\xe1")
    )
    record = extract(data, "text/html; charset=utf-8")
    assert any(w.startswith("needs review:") and "undecodable" in w for w in record.warnings)


def test_hostile_markup_never_reaches_the_stored_html() -> None:
    body = (
        "<p>Bài viết về y tế dự phòng trong mùa mưa lũ năm nay của tỉnh.</p>"
        '<script>alert(1)</script><iframe src="https://evil.example/"></iframe>'
        '<p onclick="steal()">Người dân cần chủ động phòng bệnh theo khuyến cáo.</p>'
        '<img src="x.jpg" onerror="alert(2)"><a href="javascript:alert(3)">xem</a>'
        '<p style="background:url(javascript:alert(4))">Ngành y tế tăng cường giám sát.</p>'
    ) * 2
    record = extract(page(body))
    html = record.html or ""
    for bad in ("<script", "<iframe", "onclick", "onerror", "javascript:", "style="):
        assert bad not in html
    assert "<p>Người dân cần chủ động phòng bệnh theo khuyến cáo.</p>" in html


def test_malformed_date_is_null_with_the_raw_string_kept() -> None:
    html = page(paragraphs_of(PARAGRAPH)).replace(
        "Thứ tư - 10/07/2024 06:39", "Thứ tư - 31/02/2024 06:39"
    )
    record = extract(html)
    assert record.published_raw == "Thứ tư - 31/02/2024 06:39"
    assert any("unparseable published date" in w for w in record.warnings)
    # Never a guess: the page's other dates (the hidden edit time) are not the publication.
    assert record.published is None
    assert record.updated is not None  # the edit time, where it belongs


def test_giant_table_is_rejected_quickly() -> None:
    rows = "<tr><td>ô</td><td>số liệu</td></tr>" * (MAX_ELEMENTS // 2)
    result = extract_article(URL, page(f"<table>{rows}</table>"), NUKEVIET_RULES)
    assert not isinstance(result, ArticleRecord)
    assert result.reason == "pathological page"


def test_page_nested_past_libxml2s_limit_is_rejected_not_cut() -> None:
    # libxml2 cuts the tree at depth 255 without a word: measured on the markup instead.
    levels = 100_000
    nested = "<div>" * levels + paragraphs_of(PARAGRAPH) + "</div>" * levels
    result = extract_article(URL, page(nested).encode("utf-8"), NUKEVIET_RULES)
    assert not isinstance(result, ArticleRecord)
    assert result.reason == "pathological page"
    assert f"nested more than {MAX_DEPTH} levels deep" in result.detail


def test_normal_pages_pass_the_markup_depth_check() -> None:
    html = page(paragraphs_of(PARAGRAPH) + "<ul>" + "<li>mục" * 2000 + "</ul>")
    assert too_deep_markup(html) is None
    assert PARAGRAPH in extract(html.encode("utf-8"), "text/html; charset=utf-8").text


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_utf8_body_under_a_single_byte_header_is_utf8(charset: str) -> None:
    data = page(paragraphs_of(PARAGRAPH)).encode("utf-8")
    record = extract(data, f"text/html; charset={charset}")
    assert PARAGRAPH in record.text and "á»" not in record.text
    assert any("bytes are UTF-8" in w for w in record.warnings)
    assert not any("undecodable" in w for w in record.warnings)


def test_real_single_byte_text_keeps_its_declared_charset() -> None:
    html = page(paragraphs_of("Café crème à la française, déjà vu, garçon, naïve " * 2))
    data = html.encode("cp1252", errors="xmlcharrefreplace")  # the Vietnamese chrome
    record = extract(data, "text/html; charset=windows-1252")
    assert "Café crème" in record.text
    assert not any("bytes are UTF-8" in w for w in record.warnings)

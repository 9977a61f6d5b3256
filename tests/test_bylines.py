"""Vietnamese bylines become author lists and leave the body."""

import pytest

from crawler.extract.bylines import parse_byline, split_trailing_bylines


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Hồng Dung (CDC Hoà Bình)", ["Hồng Dung"]),
        ("Tin, ảnh: Trung Thành", ["Trung Thành"]),
        ("Trình bày: Khánh Ly", ["Khánh Ly"]),
        ("Tác giả: Minh Thu", ["Minh Thu"]),
        ("Đỗ Nhung, Quốc Hưng", ["Đỗ Nhung", "Quốc Hưng"]),
        ("Tin, ảnh: Thanh Hương - Lê Nam", ["Thanh Hương", "Lê Nam"]),
        ("Bài và ảnh: Vũ Hà", ["Vũ Hà"]),
        ("Nguyễn Thị Hà - Sở Y tế", ["Nguyễn Thị Hà"]),
    ],
)
def test_byline_forms(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "Hai đơn vị nhận Cờ thi đua của UBND tỉnh",
        "Toàn cảnh Hội nghị",
        "Công suất sử dụng giường bệnh đạt 65%.",
        "Nguồn tin: CDC Hòa Bình",
    ],
)
def test_captions_and_sentences_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_only_trailing_bylines_are_split_off() -> None:
    paragraphs = [
        "Đoạn một của bài viết.",
        "Hai đơn vị nhận Cờ thi đua của UBND tỉnh",
        "Hồng Dung (CDC Hoà Bình)",
    ]
    body, authors = split_trailing_bylines(paragraphs)
    assert authors == ["Hồng Dung"]
    assert body == paragraphs[:2]

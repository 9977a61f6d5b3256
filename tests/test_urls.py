"""The archive key: normalised canonical URLs, and mirror rebasing."""

from crawler.urls import normalize_url, rebase, same_site


def test_normalisation_drops_what_does_not_identify_the_article() -> None:
    assert (
        normalize_url("HTTPS://CDCHoaBinh.vn:443/news/a-1.html?utm_source=fb&b=2#top")
        == "https://cdchoabinh.vn/news/a-1.html?b=2"
    )


def test_percent_encoded_vietnamese_paths_are_not_double_quoted() -> None:
    url = "https://images.baodantoc.vn/uploads/2023/Th%C3%A1ng%205/a.jpg"
    assert normalize_url(url) == url


def test_rebase_moves_only_urls_of_the_mirror() -> None:
    mirror, real = "http://127.0.0.1:8080", "https://cdchoabinh.vn"
    assert rebase(f"{mirror}/news/a-1.html?x=1", mirror, real) == f"{real}/news/a-1.html?x=1"
    assert rebase("https://other.vn/x", mirror, real) == "https://other.vn/x"


def test_same_site_ignores_www() -> None:
    assert same_site("https://www.baolaocai.vn/a", "https://baolaocai.vn/b")
    assert not same_site("https://evil.example/a", "https://baolaocai.vn/b")

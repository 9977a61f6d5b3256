"""The reading room (``newsarchive serve``) over HTTP, on SQLite and on PostgreSQL.

Driven in this process with Starlette's TestClient over an archive written through the
archive's own writer; the browser test is tests/test_webapp_browser.py.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from crawler.db import migrate, repository
from crawler.db.reading import read_only_engine
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord, Image
from crawler.webapp import i18n
from crawler.webapp.app import CSP, build
from crawler.webapp.diff import word_diff

ICT = timezone(timedelta(hours=7))
SITES = {
    "cdchoabinh": SiteInfo(
        "cdchoabinh", "CDC Hòa Bình", "https://cdchoabinh.vn", "nukeviet", "Hoà Bình"
    ),
    "hagiang": SiteInfo("hagiang", "Báo Hà Giang", "https://baohagiang.vn", "nukeviet", "Hà Giang"),
    "nahang": SiteInfo(
        "nahang", "Na Hang", "https://nahang.tuyenquang.gov.vn", "vhv", "Tuyên Quang"
    ),
}
HOSTILE_HTML = '<p>Bài</p><script>alert(1)</script><img src="x" onerror="alert(2)">'
# name → (site, title, text, published (ICT), section, authors)
CORPUS = {
    "hoa": (
        "cdchoabinh",
        "Hội nghị y tế tỉnh Hòa Bình",
        "Sở Y tế tỉnh Hòa Bình tổng kết công tác chăm sóc sức khỏe nhân dân.\n"
        "Đoàn công tác kiểm tra phòng chống dịch bệnh <b>mùa mưa</b>.",
        datetime(2024, 7, 10, 6, 39, tzinfo=ICT),
        "Tin hoạt động",
        ["Hồng Dung"],
    ),
    "thuy": (
        "hagiang",
        "Thuỷ điện và đời sống đồng bào",
        "Công trình thủy lợi giúp bà con chăm sóc ruộng bậc thang; sức khỏe người dân tốt.",
        datetime(2022, 1, 17, 9, 0, tzinfo=ICT),
        "Kinh tế",
        ["Xuân Lập"],
    ),
    "nahang": (
        "nahang",
        "Tổng kết công tác y tế năm 2021",
        "Trung tâm Y tế huyện Na Hang khám chữa bệnh, tiêm vắc xin cho người dân.",
        datetime(2022, 1, 5, 9, 0, tzinfo=ICT),
        "Văn hóa - Xã hội",
        ["Trung Thành"],
    ),
}


def _record(name: str, text: str | None = None) -> ArticleRecord:
    site, title, body, published, section, authors = CORPUS[name]
    base = SITES[site].base_url
    return ArticleRecord(
        url=f"{base}/{name}.html",
        canonical_url=f"{base}/{name}.html",
        title=title,
        text=text or body,
        lead="Sapo của bài viết." if name == "hoa" else None,
        html=HOSTILE_HTML,
        section=section,
        authors=authors,
        published=published,
        published_raw="Thứ tư - 10/07/2024 06:39" if name == "hoa" else None,
        tags=["y tế"],
        images=[Image("https://cdchoabinh.vn/uploads/anh.jpg", "Toàn cảnh hội nghị", None)],
        field_sources={"title": "rules", "text": "rules"},
        warnings=["a test warning"],
    )


@pytest.fixture
def archive_url(db_url: str) -> Iterator[str]:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    for key, info in SITES.items():
        site_id = repository.ensure_site(engine, info)
        batch = [
            Fetched(_record(name), datetime.now(UTC))
            for name, row in CORPUS.items()
            if row[0] == key
        ]
        repository.archive_batch(engine, site_id, None, batch)
    # A second version of "hoa": one word changed, one added.
    site_id = repository.ensure_site(engine, SITES["cdchoabinh"])
    edited = CORPUS["hoa"][2].replace("tổng kết", "sơ kết") + " Thêm câu mới."
    repository.archive_batch(
        engine, site_id, None, [Fetched(_record("hoa", edited), datetime.now(UTC))]
    )
    engine.dispose()
    yield db_url


@pytest.fixture
def client(archive_url: str) -> Iterator[TestClient]:
    with TestClient(build(archive_url), base_url="http://127.0.0.1") as test_client:
        yield test_client
    test_client.app.app.state.engine.dispose()


def _article_id(archive_url: str, name: str) -> int:
    engine = sa.create_engine(archive_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        found = connection.scalar(
            sa.text("select id from articles where canonical_url like :u"), {"u": f"%/{name}.html"}
        )
    engine.dispose()
    return found


def test_catalogue_has_every_key_in_both_languages() -> None:
    for key, texts in i18n.MESSAGES.items():
        assert set(texts) == set(i18n.LANGUAGES), key
        assert all(texts[lang].strip() for lang in i18n.LANGUAGES), key
        assert i18n.fields(texts["vi"]) == i18n.fields(texts["en"]), key


def test_vietnamese_date_format() -> None:
    moment = datetime(2024, 7, 9, 23, 39, tzinfo=UTC)
    assert i18n.format_datetime(moment, "vi") == "Thứ tư, 10/07/2024 06:39"
    assert i18n.format_datetime(moment, "en") == "Wed 10 Jul 2024, 06:39"


def test_word_diff() -> None:
    pieces = word_diff("một hai ba", "một bốn ba năm")
    assert ("removed", "hai") in pieces and ("added", "bốn") in pieces
    assert pieces[-1] == ("added", " năm")


def test_search_with_and_without_diacritics(client: TestClient) -> None:
    exact = client.get("/", params={"q": "sức khỏe"})
    assert exact.status_code == 200
    assert "Hội nghị y tế tỉnh Hòa Bình" in exact.text
    assert "<mark>sức</mark>" in exact.text
    plain = client.get("/", params={"q": "suc khoe nguoi dan"})
    assert "Thuỷ điện và đời sống đồng bào" in plain.text
    assert "<mark>sức</mark>" in plain.text
    assert "Thứ hai, 17/01/2022 09:00" in plain.text  # Vietnam time, Vietnamese format
    by_date = client.get("/", params={"q": "suc khoe", "sort": "date"})
    assert by_date.text.index("Hòa Bình</a>") < by_date.text.index("Thuỷ điện")


def test_filter_by_old_and_new_province(client: TestClient) -> None:
    old = client.get("/", params={"q": "y tế", "province": "Ha Giang"}).text
    assert "Thuỷ điện" not in old or "Na Hang" not in old
    new = client.get("/", params={"q": "nguoi dan", "province": "Tuyên Quang"}).text
    # Tuyên Quang (2025) covers Hà Giang: both sites' articles match.
    assert "Thuỷ điện và đời sống đồng bào" in new
    assert "Tổng kết công tác y tế năm 2021" in new
    only_old = client.get("/", params={"q": "nguoi dan", "province": "Hà Giang"}).text
    assert "Thuỷ điện và đời sống đồng bào" in only_old
    assert "Tổng kết công tác y tế năm 2021" not in only_old
    unknown = client.get("/", params={"q": "y tế", "province": "Atlantis"})
    assert unknown.status_code == 400 and "Atlantis" in unknown.text


@pytest.mark.parametrize(
    "query",
    ['"', "(((", "NOT", "-y", "OR OR", "'; DROP TABLE articles; --", "a" * 5000, "((" * 60],
)
def test_hostile_query_gets_a_friendly_message(client: TestClient, query: str) -> None:
    response = client.get("/", params={"q": query})
    assert response.status_code in (200, 400)
    text = response.text.lower()
    for leak in ("traceback", "article_fts", "fts5", "tsquery", "sqlalchemy", "syntax error"):
        assert leak not in text
    if response.status_code == 400:
        assert 'class="error"' in response.text


def test_article_page_versions_diff_and_safety(client: TestClient, archive_url: str) -> None:
    article_id = _article_id(archive_url, "hoa")
    page = client.get(f"/article/{article_id}")
    assert page.status_code == 200
    html = page.text
    assert "Hội nghị y tế tỉnh Hòa Bình" in html
    assert "Thứ tư, 10/07/2024 06:39" in html and "Thứ tư - 10/07/2024 06:39" in html
    assert "tổng</del>" in html and "sơ</ins>" in html
    assert "Thêm câu mới.</ins>" in html
    # Stored HTML never rendered: the text's tags are shown as text, no script, no image.
    assert "<script>" not in html and "onerror" not in html and "<img" not in html
    assert "&lt;b&gt;mùa mưa&lt;/b&gt;" in html
    assert 'href="https://cdchoabinh.vn/uploads/anh.jpg"' in html
    assert "Toàn cảnh hội nghị" in html and "a test warning" in html
    assert client.get("/article/999999").status_code == 404
    assert client.get("/article/x").status_code == 404


def test_csp_and_security_headers(client: TestClient) -> None:
    for path in ("/", "/sites", "/time", "/static/style.css", "/nowhere"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP, path
        assert "script-src 'none'" in CSP and "img-src 'self'" in CSP
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in client.get("/").text


def test_language_switch_persists(client: TestClient) -> None:
    assert 'lang="vi"' in client.get("/").text
    switched = client.get("/lang", params={"to": "en", "next": "/sites"}, follow_redirects=False)
    assert switched.status_code == 303 and switched.headers["location"] == "/sites"
    english = client.get("/", params={"q": "suc khoe"})  # the cookie is kept by the client
    assert 'lang="en"' in english.text and "matching articles" in english.text
    assert 'lang="en"' in client.get("/time").text
    away = client.get("/lang", params={"to": "vi", "next": "https://example.org/"})
    assert away.url.path == "/"  # never an open redirect
    assert 'lang="vi"' in away.text


def test_export_csv_jsonl_parquet_read_back(client: TestClient) -> None:
    response = client.get("/export", params={"q": "suc khoe", "format": "csv"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row["title"] for row in rows} == {
        "Hội nghị y tế tỉnh Hòa Bình",
        "Thuỷ điện và đời sống đồng bào",
    }
    assert rows[0]["published_at"].endswith("+07:00")
    lines = client.get("/export", params={"province": "Hà Giang", "format": "jsonl"}).text
    assert [json.loads(line)["site"] for line in lines.splitlines()] == ["hagiang"]
    parquet = client.get("/export", params={"format": "parquet"}).content
    assert pq.read_table(io.BytesIO(parquet)).num_rows == 3
    assert client.get("/export", params={"q": "(((", "format": "csv"}).status_code == 400


def test_over_time_chart_table_and_csv(client: TestClient) -> None:
    page = client.get("/time", params={"period": "month", "by": "site"})
    assert page.status_code == 200
    assert "<svg" in page.text and "<table" in page.text and "2024-07" in page.text
    series = client.get("/time.csv", params={"period": "month"}).text.splitlines()
    assert series[0] == "month,Tất cả bài viết"
    assert "2022-01,2" in series and "2024-07,1" in series
    weekly = client.get("/time.csv", params={"period": "week", "q": "y tế"}).text
    assert "2024-07-08,1" in weekly  # the Monday of 10 July 2024


def test_sites_page(client: TestClient) -> None:
    page = client.get("/sites")
    assert page.status_code == 200
    assert "CDC Hòa Bình" in page.text and "/?site=nahang" in page.text


def test_the_app_cannot_write(archive_url: str) -> None:
    engine = read_only_engine(archive_url)
    try:
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM articles"))
    finally:
        engine.dispose()


def test_datasette_listing_hides_internal_tables(sqlite_url: str) -> None:
    from crawler.web.serve import build_app

    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    engine.dispose()
    path = sqlite_url.removeprefix("sqlite:///")
    with TestClient(build_app(path, "127.0.0.1", None)) as datasette:
        listing = datasette.get("/archive.json").json()
    shown = {table["name"] for table in listing["tables"] if not table["hidden"]}
    assert {"articles", "sites", "crawl_runs"} <= shown
    assert not shown & {"alembic_version", "site_locks", "site_jobs", "captures"}
    assert not any(name.startswith(("backfill_", "article_fts")) for name in shown)

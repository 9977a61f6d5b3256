"""Vietnamese-aware full-text search, on SQLite and on PostgreSQL."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from crawler.db import migrate, repository
from crawler.db.models import Article
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.search import Filters, search
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord
from crawler.search.query import QueryError

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
# name → (site, title, text, published day, section, authors)
CORPUS = {
    "hoa_new": (
        "cdchoabinh",
        "Hội nghị y tế tỉnh Hòa Bình",
        "Sở Y tế tỉnh Hòa Bình tổng kết công tác chăm sóc sức khỏe nhân dân.",
        (2024, 7, 10),
        "Tin hoạt động",
        ["Hồng Dung"],
    ),
    "hoa_old": (
        "cdchoabinh",
        "Phòng chống dịch bệnh mùa mưa",
        "Người dân Hoà Bình chủ động bảo vệ sức khoẻ trước bệnh dại và sốt xuất huyết.",
        (2024, 7, 22),
        "Phòng chống dịch bệnh",
        ["Minh Thu"],
    ),
    "thuy": (
        "hagiang",
        "Thuỷ điện và đời sống đồng bào",
        "Công trình thủy lợi giúp bà con chǎm sóc ruộng bậc thang; dịch bệnh không xảy ra.",
        (2022, 1, 17),
        "Kinh tế",
        ["Xuân Lập"],
    ),
    "nfd": (
        "nahang",
        "Tổng kết công tác y tế năm 2021",
        unicodedata.normalize(
            "NFD", "Trung tâm Y tế huyện Na Hang khám chữa bệnh, tiêm vắc xin Covid cho người dân."
        ),
        (2022, 1, 5),
        "Văn hóa - Xã hội",
        ["Trung Thành"],
    ),
    "dai_apart": (
        "nahang",
        "Bệnh viện tiếp nhận ca bệnh",
        "Ca bệnh nặng được điều trị; Đại hội công đoàn ngành y tế diễn ra sau đó.",
        (2023, 3, 1),
        "Văn hóa - Xã hội",
        ["Trung Thành"],
    ),
}


@pytest.fixture
def archive(db_url: str) -> sa.Engine:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    for key, info in SITES.items():
        site_id = repository.ensure_site(engine, info)
        batch = []
        for name, (site, title, text, day, section, authors) in CORPUS.items():
            if site != key:
                continue
            batch.append(
                Fetched(
                    ArticleRecord(
                        url=f"{info.base_url}/{name}.html",
                        canonical_url=f"{info.base_url}/{name}.html",
                        title=title,
                        text=text,
                        section=section,
                        authors=authors,
                        published=datetime(*day, 9, 0, tzinfo=ICT),
                    ),
                    datetime.now(UTC),
                )
            )
        repository.archive_batch(engine, site_id, None, batch)
    yield engine
    engine.dispose()


def found(engine: sa.Engine, query: str, **options: object) -> set[str]:
    filters = options.pop("filters", Filters())
    results = search(engine, query, filters, limit=50, **options)
    assert results.total == len(results.hits)
    return {hit.url.rsplit("/", 1)[-1].removesuffix(".html") for hit in results.hits}


def test_tone_placement_variants_are_one_word(archive: sa.Engine) -> None:
    assert found(archive, "Hòa Bình") == found(archive, "Hoà Bình") == {"hoa_new", "hoa_old"}
    assert found(archive, "sức khỏe") == found(archive, "sức khoẻ") == {"hoa_new", "hoa_old"}
    assert found(archive, "thủy") == found(archive, "thuỷ") == {"thuy"}


def test_diacritics_are_exact_by_default_and_ignored_on_request(archive: sa.Engine) -> None:
    assert found(archive, "suc khoe") == set()
    assert found(archive, "suc khoe", diacritics=False) == {"hoa_new", "hoa_old"}
    assert found(archive, "đại hội") == {"dai_apart"}
    # "dại" (rabies) and "đại" (congress) differ with diacritics, not without.
    assert found(archive, "dại") == {"hoa_old"}
    assert found(archive, "dai", diacritics=False) == {"hoa_old", "dai_apart"}


def test_nfd_text_and_nfd_queries_match_nfc(archive: sa.Engine) -> None:
    assert found(archive, "khám chữa bệnh") == {"nfd"}
    assert found(archive, unicodedata.normalize("NFD", "khám chữa bệnh")) == {"nfd"}


def test_legacy_caron_a_matches_breve(archive: sa.Engine) -> None:
    assert found(archive, "chăm sóc") == {"thuy", "hoa_new"}
    assert found(archive, "chǎm sóc") == {"thuy", "hoa_new"}


def test_phrases_and_boolean_operators(archive: sa.Engine) -> None:
    assert found(archive, '"bệnh dại"') == {"hoa_old"}
    assert found(archive, '"ca bệnh"') == {"dai_apart"}
    assert found(archive, "bệnh") >= {"hoa_old", "thuy", "nfd", "dai_apart"}
    assert (
        found(archive, "bệnh -dại")
        == found(archive, "bệnh NOT dại")
        == {"thuy", "nfd", "dai_apart"}
    )
    assert found(archive, "thủy OR vắc") == {"thuy", "nfd"}
    assert found(archive, "(thủy OR vắc) công") == {"thuy", "nfd"}


def test_ranking_and_highlighted_snippets(archive: sa.Engine) -> None:
    results = search(archive, "bệnh", limit=10)
    ranks = [hit.rank for hit in results.hits]
    assert ranks == sorted(ranks, reverse=True)
    assert results.hits[0].url.endswith("dai_apart.html")  # in the title and twice in the text
    hit = search(archive, "suc khoe", diacritics=False).hits[0]
    assert "«sức» «khỏe»" in hit.snippet or "«sức» «khoẻ»" in hit.snippet


def test_filters(archive: sa.Engine) -> None:
    assert found(archive, "y tế", filters=Filters(site="nahang")) == {"nfd", "dai_apart"}
    # Post-2025 Tuyên Quang includes the former Hà Giang; the former name is Hà Giang alone.
    assert found(archive, "bệnh", filters=Filters(province="Tuyên Quang")) == {
        "thuy",
        "nfd",
        "dai_apart",
    }
    assert found(archive, "bệnh", filters=Filters(province="ha giang")) == {"thuy"}
    assert found(archive, "bệnh", filters=Filters(province="Phú Thọ")) == {"hoa_old"}
    since = datetime(2024, 1, 1, tzinfo=ICT)
    assert found(archive, "bệnh", filters=Filters(since=since)) == {"hoa_old"}
    assert found(archive, "y tế", filters=Filters(until=datetime(2022, 12, 31, tzinfo=ICT))) == {
        "nfd"
    }
    assert found(archive, "bệnh", filters=Filters(section="Kinh tế")) == {"thuy"}
    assert found(archive, "bệnh", filters=Filters(author="Trung Thành")) == {"nfd", "dai_apart"}


def test_paging(archive: sa.Engine) -> None:
    first = search(archive, "bệnh", limit=2, offset=0)
    second = search(archive, "bệnh", limit=2, offset=2)
    assert first.total == second.total == 4
    assert not {h.url for h in first.hits} & {h.url for h in second.hits}


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE articles; --", 'a" OR 1=1 --', "x' || '", "NEAR(a b)", "exact : y", "*"],
)
def test_hostile_queries_cannot_change_the_sql(archive: sa.Engine, query: str) -> None:
    with contextlib.suppress(QueryError):
        search(archive, query)
    with archive.connect() as connection:
        assert connection.scalar(sa.select(sa.func.count()).select_from(Article)) == 5


def test_author_filter_is_not_a_pattern(archive: sa.Engine) -> None:
    assert found(archive, "bệnh", filters=Filters(author="%")) == set()
    assert found(archive, "bệnh", filters=Filters(author="Trung%")) == set()


def test_broad_queries_rank_the_newest_matches_and_cap_the_count(
    archive: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crawler.db import search as search_module

    every_match = {hit.article_id for hit in search(archive, "bệnh", limit=10).hits}
    assert len(every_match) == 4
    monkeypatch.setattr(search_module, "RANK_WINDOW", 2)
    monkeypatch.setattr(search_module, "COUNT_CAP", 3)
    results = search(archive, "bệnh", limit=10)
    assert results.total == 3
    assert {hit.article_id for hit in results.hits} == set(sorted(every_match)[-2:])

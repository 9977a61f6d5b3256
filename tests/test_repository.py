"""Archive writes: idempotent upserts on the canonical URL, versions only on change."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import sqlalchemy as sa

from crawler.db import migrate, repository
from crawler.db.models import Article, ArticleVersion, CrawlRun
from crawler.db.repository import Fetched, SiteInfo
from crawler.db.session import make_engine
from crawler.extract.record import ArticleRecord

ICT = timezone(timedelta(hours=7))
SITE = SiteInfo("cdchoabinh", "CDC Hòa Bình", "https://cdchoabinh.vn", "nukeviet", "Hòa Bình")


def _record(n: int, text: str = "Nội dung bài viết về y tế dự phòng.") -> ArticleRecord:
    return ArticleRecord(
        url=f"https://cdchoabinh.vn/news/hoat-dong/bai-{n}.html",
        canonical_url=f"https://cdchoabinh.vn/news/hoat-dong/bai-{n}.html",
        title=f"Bài số {n}",
        text=text,
        authors=["Hồng Dung"],
        published=datetime(2024, 7, 10, 6, 39, tzinfo=ICT),
    )


def _count(engine: sa.Engine, model: type) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(model))


def test_second_write_of_same_content_adds_no_rows(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(engine, SITE)
    run = repository.start_run(engine, site_id, "routine", {})
    now = datetime.now(UTC)
    batch = [Fetched(_record(n), now) for n in range(3)]
    assert repository.archive_batch(engine, site_id, run, batch).new == 3
    again = repository.archive_batch(engine, site_id, run, batch)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert _count(engine, Article) == 3
    assert _count(engine, ArticleVersion) == 3
    engine.dispose()


def test_changed_body_makes_a_new_version_and_keeps_the_old(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(engine, SITE)
    first = _record(1)
    edited = replace(first, text=first.text + "\nĐoạn bổ sung sau khi biên tập.")
    repository.archive_batch(engine, site_id, None, [Fetched(first, datetime.now(UTC))])
    result = repository.archive_batch(engine, site_id, None, [Fetched(edited, datetime.now(UTC))])
    assert result.updated == 1
    with engine.connect() as connection:
        versions = connection.execute(
            sa.select(ArticleVersion.version, ArticleVersion.text).order_by(ArticleVersion.version)
        ).all()
        stored = connection.scalar(sa.select(Article.text))
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].text == first.text and versions[1].text == edited.text
    assert stored == edited.text
    engine.dispose()


def test_times_come_back_aware_and_equal(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(engine, SITE)
    record = _record(7)
    repository.archive_batch(engine, site_id, None, [Fetched(record, datetime.now(UTC))])
    [(_, article)] = repository.recent_articles(engine, "cdchoabinh", 5)
    assert article.published_at == record.published
    assert article.published_at.tzinfo is not None
    engine.dispose()


def test_duplicate_urls_within_one_batch_store_once(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(engine, SITE)
    now = datetime.now(UTC)
    result = repository.archive_batch(
        engine, site_id, None, [Fetched(_record(1), now), Fetched(_record(1), now)]
    )
    assert result.new == 1 and _count(engine, Article) == 1
    run = repository.start_run(engine, site_id, "routine", {"max_pages": 2})
    repository.finish_run(engine, run, status="finished", articles_new=1)
    with engine.connect() as connection:
        assert connection.scalar(sa.select(CrawlRun.status)) == "finished"
    engine.dispose()


def test_archived_among_answers_for_the_links_asked_about_only(db_url: str) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    site_id = repository.ensure_site(engine, SITE)
    other = repository.ensure_site(engine, replace(SITE, key="other", base_url="https://x.vn"))
    run = repository.start_run(engine, site_id, "routine", {})
    now = datetime.now(UTC)
    fetched_elsewhere = replace(_record(2), url="https://cdchoabinh.vn/news/bai-2.html?rss=1")
    batch = [Fetched(_record(1), now), Fetched(fetched_elsewhere, now)]
    repository.archive_batch(engine, site_id, run, batch)
    asked = [
        _record(1).canonical_url,  # archived under this canonical address
        "https://cdchoabinh.vn/news/bai-2.html?rss=1",  # archived under this fetched address
        _record(3).canonical_url,  # never archived
    ]
    assert repository.archived_among(engine, site_id, asked) == set(asked[:2])
    # Another site's archive knows none of them; 1,000 links are asked in chunks.
    assert repository.archived_among(engine, other, asked) == set()
    many = [f"https://cdchoabinh.vn/news/x-{n}.html" for n in range(1000)] + asked
    assert repository.archived_among(engine, site_id, many) == set(asked[:2])
    engine.dispose()

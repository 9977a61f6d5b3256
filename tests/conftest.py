"""Shared fixtures: archive databases (SQLite and the real PostgreSQL) and site mirrors.

PostgreSQL tests use a fresh database per test on 127.0.0.1:5432 (override with
``NEWSARCHIVE_TEST_PG``). Under ``CI=true`` an unreachable server fails the run; elsewhere
those tests skip with the reason.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import no_network
import pytest
import sqlalchemy as sa

from crawler.samples import mirror_root
from crawler.testing.fixtures import SITES_DIR as SITES_DIR
from crawler.testing.fixtures import site_index as site_index
from crawler.testing.mirror import MirrorServer

# Nothing in the suite reaches past loopback: this process and every Python child of it.
no_network.install()
_NO_NETWORK_SITE = str(Path(__file__).parent / "no_network_site")
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (_NO_NETWORK_SITE, os.environ.get("PYTHONPATH", "")) if p
)


def pytest_configure(config: pytest.Config) -> None:
    # Crawls into PostgreSQL keep their WARC files under XDG_DATA_HOME: a session folder.
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="newsarchive-test-data-")
    log = Path(tempfile.gettempdir()) / f"newsarchive-no-network-{os.getpid()}.log"
    log.unlink(missing_ok=True)
    os.environ[no_network.LOG_ENV] = str(log)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any process of it tried to reach past loopback (each was refused)."""
    log = Path(os.environ[no_network.LOG_ENV])
    attempts = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    if attempts:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter:
            reporter.write_line(
                f"{len(attempts)} attempts to reach past loopback (refused, but each a bug):",
                red=True,
            )
            for attempt in attempts[:20]:
                reporter.write_line(f"  {attempt}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


PG_ADMIN_URL = os.environ.get("NEWSARCHIVE_TEST_PG", "postgresql+psycopg://127.0.0.1:5432/test")


def _postgres_available() -> str | None:
    """``None`` when the server answers, else the reason it does not."""
    try:
        engine = sa.create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(sa.text("select 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means "not available"
        return f"PostgreSQL at {PG_ADMIN_URL} is unreachable: {type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    reason = _postgres_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: PostgreSQL tests must run)")
        pytest.skip(reason)
    return PG_ADMIN_URL


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"newsarchive_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = sa.make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'archive.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.getfixturevalue(name)


@pytest.fixture
def cdchoabinh_mirror() -> Iterator[MirrorServer]:
    with MirrorServer(mirror_root("cdchoabinh")) as server:
        yield server


def query_rows(db_url: str, query: sa.Select) -> list[sa.Row]:
    """Rows of ``query`` on the archive at ``db_url`` (a fresh engine, disposed after)."""
    engine = sa.create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(query).all()
    engine.dispose()
    return rows


def archived_urls(db_url: str) -> list[str]:
    """Canonical URLs of every archived article, duplicates kept (so tests can see them)."""
    from crawler.db.models import Article

    return [row[0] for row in query_rows(db_url, sa.select(Article.canonical_url))]


RABBITMQ_URL = os.environ.get("NEWSARCHIVE_TEST_BROKER", "amqp://guest:guest@127.0.0.1:5672//")


def _rabbitmq_available() -> str | None:
    """``None`` when RabbitMQ answers, else the reason it does not."""
    try:
        from kombu import Connection
    except ImportError as exc:
        return f"celery/kombu is not installed: {exc}"
    try:
        with Connection(RABBITMQ_URL, connect_timeout=3) as connection:
            connection.ensure_connection(max_retries=1)
    except Exception as exc:  # any failure to connect means "not available"
        return f"RabbitMQ at {RABBITMQ_URL} is unreachable: {type(exc).__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def rabbitmq_url() -> str:
    """The broker of the Celery tests (``NEWSARCHIVE_TEST_BROKER`` overrides it); fails
    under ``CI=true`` when unreachable, as ``postgres_admin_url`` does, else skips."""
    reason = _rabbitmq_available()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: RabbitMQ tests must run)")
        pytest.skip(reason)
    return RABBITMQ_URL

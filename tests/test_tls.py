"""Certificates are checked and recorded, never a reason to lose a portal (fault case 17).

The mirror is served over TLS on 127.0.0.1 with certificates made here: an expired
self-signed one (as many provincial portals have), one signed by a test CA the crawl is
told to trust, and one from that CA for another name. Every page is fetched in all three
cases; the run record names the certificate, its issuer and what was wrong with it, the
articles fetched over an invalid certificate carry a warning, and ``health`` flags the
site only when the certificate was invalid.
"""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import pytest_twisted
import sqlalchemy as sa
from crawling import crawl
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy.orm import Session

from crawler.db.models import Article, CrawlRun
from crawler.db.session import make_engine
from crawler.reports.health import health
from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

NOW = datetime.now(UTC)


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _certificate(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    names: list[x509.GeneralName] | None = None,
    ca: bool = False,
    valid: tuple[datetime, datetime] = (NOW - timedelta(days=1), NOW + timedelta(days=30)),
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def _write(folder: Path, name: str, certificate: x509.Certificate, key: Any = None) -> Path:
    path = folder / name
    data = certificate.public_bytes(serialization.Encoding.PEM)
    if key is not None:
        data += key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """PEM files: ``expired`` (self-signed), ``ca``, ``trusted`` and ``wrong_name``."""
    folder = tmp_path_factory.mktemp("certificates")
    loopback = [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    own = ec.generate_private_key(ec.SECP256R1())
    own_name = _name("127.0.0.1", "Cong thong tin thu nghiem")
    expired = _certificate(
        own_name,
        own,
        own_name,
        own,
        names=loopback,
        valid=(NOW - timedelta(days=400), NOW - timedelta(days=35)),
    )
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Test Portal Root", "Test Portal CA")
    ca = _certificate(ca_name, ca_key, ca_name, ca_key, ca=True)
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    trusted = _certificate(_name("127.0.0.1", "Portal"), leaf_key, ca_name, ca_key, names=loopback)
    other = _certificate(
        _name("portal.invalid", "Portal"),
        leaf_key,
        ca_name,
        ca_key,
        names=[x509.DNSName("portal.invalid")],
    )
    return {
        "expired": _write(folder, "expired.pem", expired, own),
        "ca": _write(folder, "ca.pem", ca),
        "trusted": _write(folder, "trusted.pem", trusted, leaf_key),
        "wrong_name": _write(folder, "wrong_name.pem", other, leaf_key),
    }


class TlsMirror(MirrorServer):
    """The sample mirror behind TLS with the given certificate and key (one PEM file)."""

    def __init__(self, pem: Path) -> None:
        super().__init__(mirror_root("cdchoabinh"))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(pem)
        self.socket = context.wrap_socket(self.socket, server_side=True)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"https://{host}:{port}"


@pytest.fixture
def tls_mirror(request: pytest.FixtureRequest, certificates: dict[str, Path]) -> Iterator[str]:
    with TlsMirror(certificates[request.param]) as server:
        yield server.url


async def _crawl(db_url: str, mirror_url: str, ca: Path) -> tuple[CrawlRun, list[Article]]:
    outcome = await crawl("cdchoabinh", mirror_url, db_url, settings={"TLS_CA_FILE": str(ca)})
    assert outcome.ok, outcome.summary()
    return _last_run(db_url), _articles(db_url)


def _last_run(db_url: str) -> CrawlRun:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return session.scalars(sa.select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    finally:
        engine.dispose()


def _articles(db_url: str) -> list[Article]:
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            return list(session.scalars(sa.select(Article)))
    finally:
        engine.dispose()


def _health_problems(db_url: str) -> list[str]:
    engine = make_engine(db_url)
    try:
        return [p for report in health(engine) for p in report.problems]
    finally:
        engine.dispose()


@pytest.mark.parametrize("tls_mirror", ["expired"], indirect=True)
@pytest_twisted.ensureDeferred
async def test_an_expired_self_signed_certificate_is_fetched_and_flagged(
    sqlite_url: str, tls_mirror: str, certificates: dict[str, Path]
) -> None:
    run, articles = await _crawl(sqlite_url, tls_mirror, certificates["ca"])

    assert len(articles) == 3  # nothing lost to the certificate
    record = run.error_summary["tls"]
    assert record["invalid_fetches"] == run.pages_fetched
    (certificate,) = record["certificates"]
    assert certificate["host"] == "127.0.0.1"
    assert certificate["issuer"] == "Cong thong tin thu nghiem / 127.0.0.1"
    assert "expired" in certificate["problems"]
    assert "self-signed" in certificate["problems"]
    assert certificate["valid_until"] < NOW.isoformat()
    assert certificate["fetches"] == run.pages_fetched
    assert run.status == "finished"  # fetched: not an error, but flagged below
    for article in articles:
        assert any(
            w.startswith("TLS certificate invalid (") and "expired" in w for w in article.warnings
        ), article.warnings
    problems = _health_problems(sqlite_url)
    assert any(
        p.startswith("invalid TLS certificate on the last run: 127.0.0.1 (") and "expired" in p
        for p in problems
    ), problems


@pytest.mark.parametrize("tls_mirror", ["trusted"], indirect=True)
@pytest_twisted.ensureDeferred
async def test_a_valid_certificate_is_recorded_with_its_issuer_and_not_flagged(
    sqlite_url: str, tls_mirror: str, certificates: dict[str, Path]
) -> None:
    run, articles = await _crawl(sqlite_url, tls_mirror, certificates["ca"])

    assert len(articles) == 3
    (certificate,) = run.error_summary["tls"]["certificates"]
    assert certificate["issuer"] == "Test Portal CA / Test Portal Root"
    assert certificate["problems"] == []
    assert run.error_summary["tls"]["invalid_fetches"] == 0
    assert not any("TLS" in w for a in articles for w in a.warnings)
    assert not any("TLS" in p for p in _health_problems(sqlite_url))


@pytest.mark.parametrize("tls_mirror", ["wrong_name", "trusted"], indirect=True)
@pytest_twisted.ensureDeferred
async def test_a_certificate_for_another_name_or_from_an_unknown_issuer_is_flagged(
    sqlite_url: str, tls_mirror: str, certificates: dict[str, Path], request: Any
) -> None:
    """``wrong_name``: the trusted CA's certificate for another host; ``trusted`` with the
    default roots (certifi): an issuer nobody trusts."""
    wrong_name = request.node.callspec.params["tls_mirror"] == "wrong_name"
    ca = certificates["ca"] if wrong_name else None
    outcome = await crawl(
        "cdchoabinh", tls_mirror, sqlite_url, settings={"TLS_CA_FILE": str(ca) if ca else None}
    )
    assert outcome.ok, outcome.summary()
    run = _last_run(sqlite_url)
    (certificate,) = run.error_summary["tls"]["certificates"]
    expected = "not valid for 127.0.0.1" if wrong_name else "issuer not trusted"
    assert certificate["problems"] == [expected]
    assert len(_articles(sqlite_url)) == 3

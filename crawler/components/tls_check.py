"""Which certificate each HTTPS fetch was made with, and whether it was valid.

Provincial portals often serve expired, self-signed or incompletely chained certificates;
a crawler that refused them would lose those sites, so the crawl fetches anyway (Scrapy's
default) but no longer silently: every HTTPS response is checked and recorded.

* :class:`RecordingContextFactory`, installed by :class:`RecordingHTTPSHandler` (the
  ``https`` download handler; Scrapy deprecates ``DOWNLOADER_CLIENTCONTEXTFACTORY``), lets
  OpenSSL verify the chain the server sent against the trusted roots (``TLS_CA_FILE``;
  certifi's bundle by default) and the name asked for, keeps what failed, and accepts the
  connection anyway.
  Scrapy hands a response only the leaf certificate, too little to judge a chain, so the
  verdict is kept in :data:`VERDICTS` by leaf fingerprint and host.
* :class:`TlsRecordMiddleware` looks the verdict up for each HTTPS response, puts it on the
  request (``meta["tls"]``: issuer, validity, problems) and in the crawl stats: one entry
  per host and certificate (``archive/tls``), which the run row keeps in
  ``error_summary["tls"]``; articles fetched with an invalid certificate carry a warning,
  and ``health`` flags the site.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import certifi
from cryptography import x509
from cryptography.x509.oid import NameOID
from OpenSSL import SSL, crypto
from scrapy import Request
from scrapy.core.downloader.contextfactory import _ScrapyClientContextFactory
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from service_identity import CertificateError, VerificationError
from service_identity.hazmat import DNS_ID, IPAddress_ID, verify_service_identity
from service_identity.pyopenssl import extract_patterns
from twisted.internet._sslverify import ClientTLSOptions

TLS_STAT = "archive/tls"
INVALID_STAT = "archive/tls_invalid"
# Verdicts kept for the middleware to find; one crawl sees few certificates.
MAX_VERDICTS = 512
VERDICTS: OrderedDict[tuple[str, str], list[str]] = OrderedDict()

# OpenSSL's X509_V_ERR_* codes a portal's certificate is likely to trip, in plain words.
_OPENSSL_ERRORS = {
    2: "issuer not trusted",
    9: "not yet valid",
    10: "expired",
    18: "self-signed",
    19: "self-signed certificate in chain",
    20: "issuer not trusted",
    21: "issuer not trusted",  # or a chain the server sent incomplete
    23: "revoked",
    24: "invalid CA certificate",
    26: "unsuitable purpose",
}


def fingerprint(certificate: crypto.X509) -> str:
    return hashlib.sha256(crypto.dump_certificate(crypto.FILETYPE_ASN1, certificate)).hexdigest()


def _remember(key: tuple[str, str], problems: list[str]) -> None:
    VERDICTS[key] = problems
    VERDICTS.move_to_end(key)
    while len(VERDICTS) > MAX_VERDICTS:
        VERDICTS.popitem(last=False)


def _name_problem(certificate: crypto.X509, host: str) -> str | None:
    try:
        identity = IPAddress_ID(host) if _is_ip(host) else DNS_ID(host)
        verify_service_identity(extract_patterns(certificate), [identity], [])
    except (CertificateError, VerificationError, ValueError):
        return f"not valid for {host}"
    return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _RecordingTLSOptions(ClientTLSOptions):
    """Twisted's client connection creator, verifying for the record, never refusing."""

    def clientConnectionForTLS(self, tlsProtocol: Any) -> SSL.Connection:
        connection = super().clientConnectionForTLS(tlsProtocol)
        host = self._hostnameASCII
        problems: list[str] = []

        def verify(conn: SSL.Connection, cert: crypto.X509, err: int, depth: int, ok: int) -> bool:
            if not ok:
                problem = _OPENSSL_ERRORS.get(err, f"OpenSSL verify error {err}")
                if depth and problem == "expired":
                    problem = "a chain certificate expired"
                if problem not in problems:
                    problems.append(problem)
            if depth == 0:
                name = _name_problem(cert, host)
                if name and name not in problems:
                    problems.append(name)
                _remember((fingerprint(cert), host), list(problems))
            return True  # fetch anyway: the record says what was wrong

        connection.set_verify(SSL.VERIFY_PEER, verify)
        return connection


class RecordingContextFactory(_ScrapyClientContextFactory):
    """Scrapy's context factory with chain and name verification recorded, not enforced.

    One context (and one load of the trusted roots) serves every connection of the crawl.
    """

    def __init__(self, *args: Any, ca_file: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ca_file = ca_file
        self._options: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> RecordingContextFactory:
        kwargs.setdefault("ca_file", crawler.settings.get("TLS_CA_FILE"))
        return super().from_crawler(crawler, *args, **kwargs)

    def creatorForNetloc(self, hostname: bytes, port: int) -> ClientTLSOptions:
        if self._verify_certificates:
            return super().creatorForNetloc(hostname, port)  # enforced by Twisted instead
        if self._options is None:
            options = self._get_cert_options()
            context = options.getContext()
            context.load_verify_locations(self._ca_file or certifi.where())
            self._options = options
        return _RecordingTLSOptions(self._options._makeTLSConnection, hostname.decode("ascii"))


class RecordingHTTPSHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler with :class:`RecordingContextFactory` for its TLS."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._contextFactory = RecordingContextFactory.from_crawler(crawler)


def _name(name: x509.Name) -> str:
    parts = [
        attribute.value
        for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME)
        for attribute in name.get_attributes_for_oid(oid)
    ]
    return " / ".join(dict.fromkeys(str(p) for p in parts if p)) or "unnamed"


def describe(certificate: crypto.X509, host: str) -> dict[str, Any]:
    """The record of one fetch's certificate: issuer, subject, validity, problems."""
    problems = VERDICTS.get((fingerprint(certificate), host))
    if problems is None:
        problems = ["not checked"]
    parsed = certificate.to_cryptography()
    not_after = parsed.not_valid_after_utc
    if not_after < datetime.now(UTC) and "expired" not in problems:
        problems = [*problems, "expired"]
    return {
        "host": host,
        "issuer": _name(parsed.issuer),
        "subject": _name(parsed.subject),
        "valid_from": parsed.not_valid_before_utc.isoformat(),
        "valid_until": not_after.isoformat(),
        "fingerprint": fingerprint(certificate)[:16],
        "problems": problems,
    }


class TlsRecordMiddleware:
    """Records every HTTPS response's certificate verdict (see the module's docstring)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.seen: dict[tuple[str, str], dict[str, Any]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TlsRecordMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        certificate = getattr(response, "certificate", None)
        if certificate is None or not response.url.startswith("https:"):
            return response
        if getattr(certificate, "original", None) is None:
            return response
        hostname = urlsplit(response.url).hostname or ""
        record = describe(certificate.original, hostname)
        request.meta["tls"] = record
        stats = self.crawler.stats
        key = (hostname, record["fingerprint"])
        entry = self.seen.setdefault(key, {**record, "fetches": 0})
        entry["fetches"] += 1
        stats.set_value(TLS_STAT, list(self.seen.values()))
        if record["problems"]:
            stats.inc_value(INVALID_STAT)
        return response


def warning(record: dict[str, Any] | None) -> str | None:
    """The article warning for a fetch whose certificate was not valid."""
    if not record or not record.get("problems"):
        return None
    return f"TLS certificate invalid ({', '.join(record['problems'])}; issuer {record['issuer']})"

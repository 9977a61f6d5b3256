"""URL normalisation: the archive's key is the normalised canonical URL."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "zarsrc", "_ga", "mc_")


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, default port or tracking parameters."""
    url = canonicalize_url(url.strip(), keep_fragments=False)
    parts = urlsplit(url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    netloc = parts.hostname or ""
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", urlencode(query), ""))


def same_site(url: str, other: str) -> bool:
    """True when both URLs are on one host, ignoring a ``www.`` prefix."""

    def host(value: str) -> str:
        name = (urlsplit(value).hostname or "").lower()
        return name.removeprefix("www.")

    return bool(host(url)) and host(url) == host(other)


def rebase(url: str, from_base: str, to_base: str) -> str:
    """Move ``url`` from one origin to another, keeping path and query.

    Used when a site is fetched from a mirror (the loopback test server): the archive keys
    and stores the site's real addresses, not the mirror's.
    """
    source, target = urlsplit(from_base), urlsplit(to_base)
    parts = urlsplit(urljoin(from_base, url))
    if (parts.scheme, parts.netloc) != (source.scheme, source.netloc):
        return url
    return urlunsplit((target.scheme, target.netloc, parts.path, parts.query, parts.fragment))

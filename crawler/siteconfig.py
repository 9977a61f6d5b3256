"""Sites declared in TOML files instead of Python: a site on a known CMS family is data.

```toml
[[site]]
key = "backan"                       # the site key: spider name, archive slug
name = "Cổng thông tin điện tử tỉnh Bắc Kạn"
base_url = "https://backan.gov.vn"
family = "sharepoint"                # nukeviet | vhv | newsroom | sharepoint | wordpress | generic
province = "Bắc Kạn"
listing_urls = ["/Pages/tin-tong-hop.aspx"]   # optional; paths or absolute URLs on the site
feed_urls = ["/rss/home.rss"]                 # optional
sitemap_urls = ["/robots.txt"]                # optional; robots.txt means "its Sitemap: lines"
interval = "6h"                               # optional; how often `crawl --due` crawls it
capture = false                               # optional; keep no WARC files of this site
```

Files read: the bundled ``crawler/sites.toml``, then every path in ``$NEWSARCHIVE_SITES``
(separated by ``os.pathsep``). A mistake is a :class:`SiteConfigError` naming the file, the
entry and the field.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BUNDLED = Path(__file__).resolve().parent / "sites.toml"
ENV_VAR = "NEWSARCHIVE_SITES"
_KEY = re.compile(r"^[a-z][a-z0-9_]{1,63}$")
_REQUIRED = {"key": str, "name": str, "base_url": str, "family": str}
_OPTIONAL = {
    "province": str,
    "listing_urls": list,
    "feed_urls": list,
    "sitemap_urls": list,
    "interval": str,
    "capture": bool,
}
_INTERVAL = re.compile(r"^(\d+)\s*(m|h|d)$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


class SiteConfigError(ValueError):
    """A bad site entry; the message says which file, entry and field."""


@dataclass(frozen=True)
class SiteEntry:
    key: str
    name: str
    base_url: str
    family: str
    province: str | None
    listing_paths: tuple[str, ...]
    feed_paths: tuple[str, ...]
    sitemap_paths: tuple[str, ...]
    source: Path
    interval: timedelta | None = None
    capture: bool = True


def config_files() -> list[Path]:
    extra = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return [BUNDLED, *extra]


def load_entries(families: set[str], files: list[Path] | None = None) -> list[SiteEntry]:
    """Every site entry of the config files, validated against the known ``families``."""
    entries: list[SiteEntry] = []
    for path in files if files is not None else config_files():
        if not path.is_file():
            raise SiteConfigError(f"{path}: no such site config file (from ${ENV_VAR})")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SiteConfigError(f"{path}: not valid TOML: {exc}") from exc
        unknown = set(data) - {"site"}
        if unknown:
            raise SiteConfigError(f"{path}: unknown table(s) {sorted(unknown)}; use [[site]]")
        for number, raw in enumerate(data.get("site", []), start=1):
            entries.append(_entry(path, number, raw, families))
    return entries


def _entry(path: Path, number: int, raw: Any, families: set[str]) -> SiteEntry:
    label = f"{path}: site #{number}"
    if not isinstance(raw, dict):
        raise SiteConfigError(f"{label}: must be a table ([[site]])")
    if isinstance(raw.get("key"), str):
        label += f" ({raw['key']!r})"

    def fail(field: str, problem: str) -> SiteConfigError:
        return SiteConfigError(f"{label}: field {field!r}: {problem}")

    for field in set(raw) - set(_REQUIRED) - set(_OPTIONAL):
        raise fail(field, f"unknown field; known: {sorted({*_REQUIRED, *_OPTIONAL})}")
    for field, kind in (*_REQUIRED.items(), *_OPTIONAL.items()):
        if field in raw and not isinstance(raw[field], kind):
            raise fail(field, f"must be a {kind.__name__}")
        if field in _REQUIRED and not raw.get(field):
            raise fail(field, "is required")
    if not _KEY.match(raw["key"]):
        raise fail("key", "use 2-64 lower-case letters, digits or _ , starting with a letter")
    base = urlsplit(raw["base_url"])
    if base.scheme not in ("http", "https") or not base.hostname:
        raise fail("base_url", f"{raw['base_url']!r} is not an http(s) URL")
    if raw["family"] not in families:
        raise fail("family", f"unknown family {raw['family']!r}; known: {sorted(families)}")
    base_url = raw["base_url"].rstrip("/")

    def paths(field: str) -> tuple[str, ...]:
        found = []
        for value in raw.get(field, []):
            if not isinstance(value, str) or not value:
                raise fail(field, "must be a list of paths or URLs")
            if value.startswith(("http://", "https://")):
                if not value.startswith(base_url + "/"):
                    raise fail(field, f"{value!r} is not on {base_url}")
                value = value[len(base_url) :]
            if not value.startswith("/"):
                raise fail(field, f"{value!r} must start with / (a path on the site)")
            found.append(value)
        return tuple(found)

    interval = None
    if "interval" in raw:
        found = _INTERVAL.match(raw["interval"].strip())
        if not found or int(found.group(1)) == 0:
            raise fail("interval", f"{raw['interval']!r}: use a number and m, h or d ('6h')")
        interval = timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})

    return SiteEntry(
        key=raw["key"],
        name=raw["name"],
        base_url=base_url,
        family=raw["family"],
        province=raw.get("province"),
        listing_paths=paths("listing_urls"),
        feed_paths=paths("feed_urls"),
        sitemap_paths=paths("sitemap_urls"),
        source=path,
        interval=interval,
        capture=raw.get("capture", True),
    )

"""Titles as pages print them: ``"Headline - Site name"`` split at the last separator, and
a site's own suffixes taken off."""

from __future__ import annotations

TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ")


def split_title(title: str) -> tuple[str, str] | None:
    """``"Headline - Site"`` → ``("Headline", "Site")`` at the last separator."""
    cut = max((title.rfind(sep), sep) for sep in TITLE_SEPARATORS)
    if cut[0] <= 0:
        return None
    return title[: cut[0]].strip(), title[cut[0] + len(cut[1]) :].strip()


def strip_suffixes(title: str, suffixes: tuple[str, ...]) -> str:
    """``title`` without any of the site's declared suffixes (and the dashes before them)."""
    for suffix in suffixes:
        if title.endswith(suffix):
            title = title[: -len(suffix)]
    return title.strip(" -|–")

"""Images of the article body with their captions.

Captions come from ``figure > figcaption`` or, in CKEditor output, from the short italic
paragraph right after the paragraph holding the image. Lazy-loaded images keep the real
address in ``data-src``.
"""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.extract.record import Image
from crawler.extract.select import HtmlElement, node_text

_LAZY_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "src")
_MAX_CAPTION_CHARS = 400


def _caption(img: HtmlElement) -> str | None:
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            captions = ancestor.findall(".//figcaption")
            return node_text(captions[0]) or None if captions else None
        if ancestor.tag in ("table",) and "image" in (ancestor.get("class") or ""):
            cells = [node_text(td) for td in ancestor.iter("td") if not td.findall(".//img")]
            return next((c for c in cells if c), None)
    holder = img.getparent()
    if holder is None or holder.tag not in ("p", "div"):
        return None
    follower = holder.getnext()
    if follower is None or follower.tag != "p" or follower.findall(".//img"):
        return None
    text = node_text(follower)
    emphasised = follower.findall(".//em") + follower.findall(".//i")
    if text and emphasised and len(text) <= _MAX_CAPTION_CHARS:
        return text
    return None


def body_images(body: HtmlElement, page_url: str) -> list[Image]:
    """Every distinct image in ``body``, in order, with an absolute address."""
    images: list[Image] = []
    seen: set[str] = set()
    for img in body.iter("img"):
        src = next((img.get(a) for a in _LAZY_ATTRIBUTES if img.get(a)), None)
        if not src or src.startswith("data:"):
            continue
        src = urljoin(page_url, src.strip())
        if src in seen:
            continue
        seen.add(src)
        alt = (img.get("alt") or "").strip() or None
        images.append(Image(src=src, caption=_caption(img), alt=alt))
    return images

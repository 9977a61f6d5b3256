"""Images of the article body with their captions.

Captions come from ``figure > figcaption`` or, in CKEditor output, from the short italic
paragraph right after the paragraph holding the image. Lazy-loaded images keep the real
address in ``data-src`` (or another of :data:`LAZY_IMAGE_ATTRIBUTES`); :func:`image_address`
is the one reading of them, for the images list and the stored HTML alike.
"""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.extract.record import Image
from crawler.extract.select import HtmlElement, node_text

# Where an image's real address is, most specific first: lazy loaders put a placeholder
# (often a ``data:`` URI) in ``src``.
LAZY_IMAGE_ATTRIBUTES = ("data-src", "data-original", "data-lazy-src", "src")
_MAX_CAPTION_CHARS = 400


def image_address(img: HtmlElement, page_url: str) -> str | None:
    """The absolute address ``img`` shows, lazy-loaded or not; None for none or inline data."""
    src = next((img.get(a) for a in LAZY_IMAGE_ATTRIBUTES if img.get(a)), None)
    if not src or src.startswith("data:"):
        return None
    return urljoin(page_url, src.strip())


def _caption_node(img: HtmlElement) -> HtmlElement | None:
    """The element holding ``img``'s caption: a ``figcaption``, the text cell of an image
    table, or a short emphasised paragraph right after the image's paragraph."""
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            captions = ancestor.findall(".//figcaption")
            return captions[0] if captions and node_text(captions[0]) else None
        if ancestor.tag in ("table",) and "image" in (ancestor.get("class") or ""):
            cells = [td for td in ancestor.iter("td") if not td.findall(".//img")]
            return next((td for td in cells if node_text(td)), None)
    holder = img.getparent()
    if holder is None or holder.tag not in ("p", "div"):
        return None
    follower = holder.getnext()
    if follower is None or follower.tag != "p" or follower.findall(".//img"):
        return None
    text = node_text(follower)
    emphasised = follower.findall(".//em") + follower.findall(".//i")
    if text and emphasised and len(text) <= _MAX_CAPTION_CHARS:
        return follower
    return None


def body_images(body: HtmlElement, page_url: str) -> tuple[list[Image], list[HtmlElement]]:
    """Every distinct image in ``body``, in order, with an absolute address; and the
    caption elements, which are the images' and not the text's."""
    images: list[Image] = []
    captions: list[HtmlElement] = []
    seen: set[str] = set()
    for img in body.iter("img"):
        src = image_address(img, page_url)
        if src is None or src in seen:
            continue
        seen.add(src)
        alt = (img.get("alt") or "").strip() or None
        caption = _caption_node(img)
        if caption is not None:
            captions.append(caption)
        text = node_text(caption) if caption is not None else None
        images.append(Image(src=src, caption=text, alt=alt))
    return images, captions


def absolutise_images(body: HtmlElement, page_url: str) -> None:
    """Stored HTML points at real image addresses, including lazy-loaded ones."""
    for img in body.iter("img"):
        src = image_address(img, page_url)
        if src:
            img.set("src", src)

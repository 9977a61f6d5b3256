"""A captured response read back as the spider saw it: headers by name, and the body with
every ``Content-Encoding`` Scrapy decodes undone (with Scrapy's own decoders)."""

from __future__ import annotations

from collections.abc import Iterable

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware

from crawler.capture.warc import StoredResponse


def header(headers: Iterable[tuple[str, str]], name: str) -> list[str]:
    return [value for key, value in headers if key.lower() == name.lower()]


def decoded_body(response: StoredResponse, max_size: int = 0) -> bytes:
    """The body as the spider saw it: every ``Content-Encoding`` Scrapy decodes undone
    (in reverse order of application), an unknown one left as it is."""
    encodings = [value.encode("latin-1") for value in header(response.headers, "Content-Encoding")]
    if not encodings:
        return response.body
    to_decode, _ = HttpCompressionMiddleware._split_encodings(encodings)
    body = response.body
    for encoding in to_decode:
        body = HttpCompressionMiddleware._decode(body, encoding, max_size)
    return body


def content_type(response: StoredResponse) -> str | None:
    values = header(response.headers, "Content-Type")
    return values[0] if values else None

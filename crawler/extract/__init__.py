"""Extraction: HTML → clean article record. Pure; imports no Scrapy."""

from crawler.extract.article import extract_article
from crawler.extract.encoding import decode_html
from crawler.extract.record import ArticleRecord, Extraction, Image, Rejection
from crawler.extract.rules import GENERIC_RULES, ArticleRules

__all__ = [
    "GENERIC_RULES",
    "ArticleRecord",
    "ArticleRules",
    "Extraction",
    "Image",
    "Rejection",
    "decode_html",
    "extract_article",
]

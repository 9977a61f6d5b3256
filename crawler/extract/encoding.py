"""Bytes → text for Vietnamese pages, and the encoding faults they carry.

Order for the declared encoding: BOM, then the HTTP header, then ``<meta>``, then sniffing
(w3lib implements the HTML rules). Then three repairs or flags:

* double-encoded UTF-8 (``Tin TÃ¢y NguyÃªn``) is reversed exactly when the whole page
  round-trips through Latin-1/CP1252;
* text typed in legacy 8-bit Vietnamese fonts (TCVN3/ABC ``Th«ng b¸o``, VNI
  ``Thoâng baùo``) decodes as valid but wrong text; Python has no codec for them, so such
  pages are flagged for review instead of being stored as if they were fine;
* undecodable bytes become U+FFFD; their number is reported.
"""

from __future__ import annotations

import re

from w3lib.encoding import html_to_unicode

_MOJIBAKE = re.compile(r"Ã[\x80-\xbf]|á»|áº|Ä‘|Æ°|Æ¡")
_MOJIBAKE_MARKS = ("Ã", "á»", "áº", "Ä‘", "Æ°", "Æ¡")
_TCVN3 = re.compile(r"[A-Za-z][«¸µ¶·¹¬©®ª¨¦§Ö×Ø¤¥£¢¡][a-z]")
_VNI = re.compile(r"(?:a[ùøûõï]|e[ùøûõï]|o[ùøûõï]|oâ|ö[ôø]|ie[äá])(?:\w|\b)")
_LEGACY_MIN_HITS = 3


# Codecs (Python's names, as w3lib reports them) with one character per byte: any byte
# string decodes in them, so a wrong declaration of one never fails, it garbles.
_SINGLE_BYTE = re.compile(r"^(?:cp125\d|cp874|iso8859_\d+|latin_1|koi8_[ru]|mac_\w+|tis_620)$")
UTF8_DESPITE_HEADER = "needs review: declared {charset} but the bytes are UTF-8; decoded as UTF-8"


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes → text with the HTML rules: BOM, then HTTP header, then ``<meta>``, then sniffing.

    Except that a page declared in a single-byte charset whose bytes are valid UTF-8 with
    non-ASCII in them is UTF-8 (see :func:`utf8_despite_declared`)."""
    encoding, text = html_to_unicode(content_type, body)
    if _utf8_misdeclared(body, encoding):
        return body.decode("utf-8-sig")
    return text


def utf8_despite_declared(body: bytes, content_type: str | None = None) -> str | None:
    """The review warning when :func:`decode_html` overrides the declared charset, or None.

    Servers often send ``charset=windows-1252``/``iso-8859-1`` by default for pages their
    CMS writes in UTF-8; obeying them stores every Vietnamese letter as mojibake
    (``TiÃªm chá»§ng``). Text really written in a single-byte charset is almost never valid
    UTF-8 once it holds non-ASCII bytes, so validity is the evidence."""
    encoding, _ = html_to_unicode(content_type, body)
    if _utf8_misdeclared(body, encoding):
        return UTF8_DESPITE_HEADER.format(charset=encoding)
    return None


def _utf8_misdeclared(body: bytes, encoding: str) -> bool:
    if not _SINGLE_BYTE.match(encoding.replace("-", "_").lower()) or body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Latin-1/CP1252 and re-encoded; (text, repaired)."""
    if not any(mark in text for mark in _MOJIBAKE_MARKS):  # substring search: fast
        return text, False
    if len(_MOJIBAKE.findall(text)) < 3:
        return text, False
    for codec in ("latin-1", "cp1252"):
        try:
            return text.encode(codec).decode("utf-8"), True
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text, False


def legacy_font_suspected(text: str) -> str | None:
    """ "TCVN3" or "VNI" when the text reads like those 8-bit font encodings."""
    if len(_TCVN3.findall(text)) >= _LEGACY_MIN_HITS:
        return "TCVN3"
    if len(_VNI.findall(text)) >= _LEGACY_MIN_HITS:
        return "VNI"
    return None


def encoding_warnings(text: str) -> list[str]:
    """Review flags for a decoded, extracted text."""
    warnings = []
    legacy = legacy_font_suspected(text)
    if legacy:
        warnings.append(f"needs review: text looks like the legacy {legacy} encoding")
    replaced = text.count("\ufffd")
    if replaced:
        warnings.append(f"needs review: {replaced} undecodable bytes replaced")
    return warnings

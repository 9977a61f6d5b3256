"""The language of a page that does not declare one: a cheap guess from its own text.

Portals of the Vietnamese families declare nothing and are Vietnamese (their rules say
so), but the generic family reads any site, and labelling every undeclared page ``vi``
put English, Japanese and Korean articles under Vietnamese. The guess is deliberately
plain, no model to load:

* scripts first: Hangul is Korean, kana Japanese, Han alone Chinese, Thai, Arabic;
* Latin text with enough letters only Vietnamese uses (``ă â đ ê ô ơ ư`` and the tone-marked
  vowels) is Vietnamese;
* other Latin or Cyrillic text by its most frequent function words, when they are frequent
  enough to be sure;
* otherwise ``None``: unknown is better than wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Letters of the Vietnamese alphabet no other major Latin-script language uses together.
_VIETNAMESE = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹãõĩũơưỳ")
_FUNCTION_WORDS = {
    "en": "the and of to in is that for it with was on as are be this by not",
    "fr": "le la les et des est une dans que du pour pas qui sur au avec ce",
    "de": "der die und das ist nicht den mit sich auf des ein eine dem zu von",
    "es": "el la los las y que en del por una con para es se lo como",
    "pt": "o os as e que em do da dos das uma para com não por se",
    "it": "il la che di e per non una del della sono gli le con si",
    "nl": "de het en van een is dat op niet met voor zijn te ook",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga",
    "ru": "и в не на что с по это как из к для он но от",
}
_WORDS = {language: frozenset(text.split()) for language, text in _FUNCTION_WORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 5000
# Shares of the sample needed to be sure.
_MIN_VIETNAMESE_SHARE = 0.03
_MIN_FUNCTION_SHARE = 0.12
_MIN_LETTERS = 40


def _script(letter: str) -> str | None:
    name = unicodedata.name(letter, "")
    for script in ("HANGUL", "HIRAGANA", "KATAKANA", "CJK", "THAI", "ARABIC", "CYRILLIC"):
        if name.startswith(script) or f" {script} " in f" {name} ":
            return script
    return "LATIN" if "LATIN" in name else None


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when it cannot tell."""
    sample = unicodedata.normalize("NFC", text[:_SAMPLE_CHARS]).lower()
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    scripts = Counter(_script(ch) for ch in letters)
    total = len(letters)
    if scripts["HANGUL"] > 0.2 * total:
        return "ko"
    if scripts["HIRAGANA"] + scripts["KATAKANA"] > 0.05 * total:
        return "ja"
    if scripts["CJK"] > 0.3 * total:
        return "zh"
    if scripts["THAI"] > 0.3 * total:
        return "th"
    if scripts["ARABIC"] > 0.3 * total:
        return "ar"
    if sum(ch in _VIETNAMESE for ch in letters) > _MIN_VIETNAMESE_SHARE * total:
        return "vi"
    tokens = _TOKEN.findall(sample)
    if not tokens:
        return None
    hits = {language: sum(t in words for t in tokens) for language, words in _WORDS.items()}
    best = max(hits, key=hits.__getitem__)
    runner_up = max(v for k, v in hits.items() if k != best)
    if hits[best] >= _MIN_FUNCTION_SHARE * len(tokens) and hits[best] > 1.5 * runner_up:
        return best
    return None

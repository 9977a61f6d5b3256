"""A page that declares no language gets the one its text is in (generic family), the
one its rules name (Vietnamese portal families), or none when the text cannot tell;
never ``vi`` for an English, Japanese or Korean article."""

from __future__ import annotations

import pytest

from crawler.extract import GENERIC_RULES, extract_article
from crawler.extract.language import guess_language
from crawler.registry import rules_for

# Our own sentences, long enough to be judged.
TEXTS = {
    "vi": "Trung tâm y tế huyện tổ chức đợt tiêm chủng mở rộng cho trẻ em dưới năm tuổi "
    "tại các trạm y tế xã trong tháng này, đồng thời hướng dẫn phụ huynh theo dõi sức khỏe.",
    "en": "The district health centre held a vaccination drive for children under five at "
    "the commune clinics this month, and it asked parents to watch for any fever that "
    "follows the shot and to call the clinic if it lasts.",
    "fr": "Le centre de santé du district a organisé une campagne de vaccination pour les "
    "enfants de moins de cinq ans dans les cliniques des communes, et il demande que les "
    "parents surveillent la fièvre qui suit la piqûre.",
    "de": "Das Gesundheitszentrum des Bezirks hat eine Impfaktion für die Kinder unter fünf "
    "Jahren in den Kliniken der Gemeinden durchgeführt, und es bittet die Eltern, auf das "
    "Fieber nach der Impfung zu achten, das nicht lange dauert.",
    "ja": "地区の保健センターは今月、村の診療所で五歳未満の子どもを対象に予防接種を行い、"
    "接種後に熱が出た場合は診療所に連絡するよう保護者に呼びかけました。",
    "ko": "지역 보건소는 이번 달 마을 진료소에서 다섯 살 미만 어린이를 대상으로 예방 접종을 "
    "실시했으며, 접종 후 열이 나면 진료소에 연락하라고 부모들에게 당부했다.",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_language_of_a_text_is_recognised(language: str) -> None:
    assert guess_language(TEXTS[language]) == language


def test_too_little_text_or_no_function_words_is_unknown() -> None:
    assert guess_language("Hello") is None
    assert guess_language("1a etapa: 10 março – Interlagos; 2a etapa: 8 abril – Curitiba " * 3) in (
        None,
        "pt",
    )
    assert guess_language("Pos. | Piloto | Pontos | Equipe | Carro | Vitórias " * 4) is None


def _page(text: str, lang: str | None) -> bytes:
    declared = f' lang="{lang}"' if lang else ""
    paragraphs = "".join(f"<p>{text}</p>" for _ in range(4))
    return (
        f"<!DOCTYPE html><html{declared}><head><title>Notice</title></head><body>"
        f"<header><a href='/'>Home</a></header><article><h1>Notice</h1>{paragraphs}</article>"
        "</body></html>"
    ).encode()


def test_an_undeclared_english_page_on_the_generic_path_is_english_not_vietnamese() -> None:
    record = extract_article("https://example.org/news/1", _page(TEXTS["en"], None), GENERIC_RULES)
    assert record.language == "en"
    assert record.field_sources["language"] == "guessed"


def test_a_declared_language_wins_and_a_portal_family_keeps_vietnamese() -> None:
    declared = extract_article(
        "https://example.org/news/1", _page(TEXTS["en"], "fr-FR"), GENERIC_RULES
    )
    assert declared.language == "fr"
    assert "language" not in declared.field_sources
    portal = rules_for("nukeviet")
    assert portal.language == "vi"

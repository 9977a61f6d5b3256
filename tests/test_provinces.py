"""The 2025 province merger gazetteer: 63 former provinces, 34 current ones."""

import pytest

from crawler.search.provinces import FORMER, SUCCESSORS, canonical, covered, successor


def test_every_former_province_has_exactly_one_successor() -> None:
    assert len(SUCCESSORS) == 34
    assert len(FORMER) == 63
    assert all(successor(old) in SUCCESSORS for old in FORMER)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Yên Bái", "Lào Cai"),
        ("Hòa Bình", "Phú Thọ"),
        ("hoa binh", "Phú Thọ"),
        ("Hoà Bình", "Phú Thọ"),
        ("Bắc Kạn", "Thái Nguyên"),
        ("Thừa Thiên Huế", "Huế"),
        ("Bà Rịa Vũng Tàu", "Hồ Chí Minh"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Cao Bằng", "Cao Bằng"),
    ],
)
def test_successors_of_pre_2025_names(old: str, new: str) -> None:
    assert successor(old) == new


def test_a_post_2025_name_covers_its_predecessors_and_a_former_name_only_itself() -> None:
    assert set(covered("Phú Thọ")) == {"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}
    assert covered("Vĩnh Phúc") == ("Vĩnh Phúc",)
    assert canonical("DAK LAK") == "Đắk Lắk"
    with pytest.raises(ValueError, match="unknown province 'Atlantis'"):
        covered("Atlantis")

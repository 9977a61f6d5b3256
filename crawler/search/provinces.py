"""Vietnam's provinces before and after the 2025 merger (63 → 34, from 1 July 2025).

Analysts name provinces either way: a filter on a post-2025 province covers the sites of
every province merged into it ("Tuyên Quang" includes Hà Giang's portals); a pre-2025
name covers that former province only. Names match without diacritics or case
("ha giang"), and "Thừa Thiên Huế" is "Huế".
"""

from __future__ import annotations

from crawler.search.fold import plain_key, words

# Post-2025 province → the pre-2025 provinces it was formed from (itself first).
SUCCESSORS: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}
ALIASES = {
    "Thừa Thiên Huế": "Huế",
    "Thừa Thiên - Huế": "Huế",
    "TP Hồ Chí Minh": "Hồ Chí Minh",
    "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
    "Sài Gòn": "Hồ Chí Minh",
    "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Đắc Lắc": "Đắk Lắk",
}
FORMER = {old: new for new, olds in SUCCESSORS.items() for old in olds}


def _key(name: str) -> str:
    return " ".join(plain_key(m.group()) for m in words(name))


_BY_KEY = {_key(name): name for name in (*FORMER, *SUCCESSORS)}
_BY_KEY.update({_key(alias): name for alias, name in ALIASES.items()})


def canonical(name: str) -> str | None:
    """The gazetteer's spelling of a province name given any way, or ``None``."""
    return _BY_KEY.get(_key(name))


def successor(name: str) -> str | None:
    """The post-2025 province a (pre- or post-2025) province belongs to."""
    found = canonical(name)
    return FORMER.get(found) if found else None


def covered(name: str) -> tuple[str, ...]:
    """Province names whose sites a filter on ``name`` selects; unknown names raise."""
    found = canonical(name)
    if found is None:
        raise ValueError(f"unknown province {name!r}; e.g. 'Tuyên Quang', 'Hà Giang', 'Huế'")
    return SUCCESSORS.get(found, (found,)) if found in SUCCESSORS else (found,)

"""Vietnamese dates as the portals print them → aware datetimes in +07:00."""

from datetime import datetime, timedelta, timezone

import pytest

from crawler.extract.dates import parse_date

ICT = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thứ tư - 10/07/2024 06:39", datetime(2024, 7, 10, 6, 39, tzinfo=ICT)),
        ("Chủ nhật - 07/01/2024 18:05", datetime(2024, 1, 7, 18, 5, tzinfo=ICT)),
        ("08:15:02 | 10/07/2024", datetime(2024, 7, 10, 8, 15, 2, tzinfo=ICT)),
        ("02/08/2021 lúc 18:47", datetime(2021, 8, 2, 18, 47, tzinfo=ICT)),
        ("Thứ Hai, 12/5/2024 - 08:30", datetime(2024, 5, 12, 8, 30, tzinfo=ICT)),
        ("2024-07-11T08:15:22+07:00", datetime(2024, 7, 11, 8, 15, 22, tzinfo=ICT)),
        ("2024-07-11T01:15:22Z", datetime(2024, 7, 11, 8, 15, 22, tzinfo=ICT)),
        ("Wed, 10 Jul 2024 06:39:00 +0700", datetime(2024, 7, 10, 6, 39, tzinfo=ICT)),
        ("Sáng ngày 5.1.2022", datetime(2022, 1, 5, tzinfo=ICT)),
    ],
)
def test_printed_forms_parse_day_first_in_vietnam_time(raw: str, expected: datetime) -> None:
    value = parse_date(raw)
    assert value == expected
    assert (value is not None and value.utcoffset() == timedelta(hours=7)) or raw.endswith("Z")


@pytest.mark.parametrize(
    "raw",
    [
        "2024-07-10+0706:39:00",  # NukeViet's malformed article:published_time
        "2024-07-10ICT06:39:00",  # the same on older tzdata
        "31/02/2023",  # no such day
        "13/13/2024 10:00",
        "",
        "Thứ tư",
    ],
)
def test_malformed_and_impossible_dates_are_none_not_errors(raw: str) -> None:
    assert parse_date(raw) is None

"""The value types: their notations, validation, comparisons, and the qualifier synonyms."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from factcheck.values import (
    QUALIFIERS,
    DateValue,
    Duration,
    DurationValue,
    NumberValue,
    OrdinalValue,
    PairValue,
    normalize_qualifier,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2025-06-02", "2025-06-02", "2025-06-02", "day"),
        ("2022-03", "2022-03-01", "2022-03-31", "month"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2024", "2024-01-01", "2024-12-31", "year"),
        ("2025-05-21/2025-05-31", "2025-05-21", "2025-05-31", "interval"),
        (" 2025-06-02 ", "2025-06-02", "2025-06-02", "day"),
    ],
)
def test_from_edtf(text: str, start: str, end: str, precision: str) -> None:
    value = DateValue.from_edtf(text)
    assert value == DateValue(
        datetime.date.fromisoformat(start), datetime.date.fromisoformat(end), precision
    )
    assert value.edtf() == text.strip()


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2006-10/2007-09", "2006-10-01", "2007-09-30"),
        ("2004/2006", "2004-01-01", "2006-12-31"),
        ("2004-02-01/2005-02", "2004-02-01", "2005-02-28"),
        ("2024-02/2024-03-10", "2024-02-01", "2024-03-10"),
        ("2025/2025-06", "2025-01-01", "2025-06-30"),
        ("2025-05/2025-05", "2025-05-01", "2025-05-31"),
    ],
)
def test_from_edtf_interval_ends_of_any_precision(text: str, start: str, end: str) -> None:
    """EDTF level 0 allows each end of an interval to be a day, a month or a year: the
    interval runs from the first day of its start to the last day of its end."""
    value = DateValue.from_edtf(text)
    assert value == DateValue(
        datetime.date.fromisoformat(start), datetime.date.fromisoformat(end), "interval"
    )
    assert value.edtf() == f"{start}/{end}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "2025-02-30 is not a real date"),
        ("2025-13", "2025-13 is not a real month"),
        ("0000", "0000 is not a real year"),
        ("2025-05-31/2025-05-21", "ends before it starts"),
        ("2025-5/2025-06", "each end must be YYYY-MM-DD, YYYY-MM or YYYY"),
        ("2025-06/2025-05-31", "ends before it starts"),
        ("2025-05/2025-13", "2025-13 is not a real month"),
        ("0000/2025", "0000 is not a real year"),
        ("2025-05-21/2025-06-31", "2025-06-31 is not a real date"),
        ("June 2", "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
        ("25-06-02", "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
        ("2025-6-2", "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
        ("", "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
        ("2025-06-02T10:00", "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
    ],
)
def test_from_edtf_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DateValue.from_edtf(text)


def test_date_value_rejects_inconsistent_fields() -> None:
    day, later = datetime.date(2025, 6, 2), datetime.date(2025, 6, 3)
    with pytest.raises(ValueError, match="same day"):
        DateValue(day, later, "day")
    with pytest.raises(ValueError, match="ends before it starts"):
        DateValue(later, day, "interval")
    with pytest.raises(ValueError, match="one calendar month"):
        DateValue(day, datetime.date(2025, 6, 30), "month")
    with pytest.raises(ValueError, match="unknown precision"):
        DateValue(day, day, "week")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2025-05-21/2025-05-31", "2025-05-27", True),
        ("2025-05-21/2025-05-31", "2025-05-16", False),
        ("2025-05", "2025-05-21/2025-05-31", True),
        ("2025-05-21/2025-05-31", "2025-05", False),
        ("2022", "2022-03", True),
        ("2022-03", "2022", False),
        ("2025-06-02", "2025-06-02", True),
        ("2025-05-21/2025-06-10", "2025-06-01/2025-06-10", True),
        ("2025-05-21/2025-06-10", "2025-06-01/2025-06-11", False),
    ],
)
def test_contains(outer: str, inner: str, expected: bool) -> None:
    assert DateValue.from_edtf(outer).contains(DateValue.from_edtf(inner)) is expected


@pytest.mark.parametrize(
    ("text", "components", "canonical"),
    [
        ("P30D", {"days": 30}, "P30D"),
        ("P3Y6M", {"years": 3, "months": 6}, "P3Y6M"),
        ("PT48H", {"hours": 48}, "PT48H"),
        ("P1W", {"weeks": 1}, "P1W"),
        ("P3.5Y", {"years": 3, "months": 6}, "P3Y6M"),
        ("P1.5D", {"days": 1, "hours": 12}, "P1DT12H"),
        ("P0,5D", {"hours": 12}, "PT12H"),
        ("P1.5W", {"weeks": 1, "days": 3, "hours": 12}, "P1W3DT12H"),
        ("PT1.5H", {"hours": 1, "minutes": 30}, "PT1H30M"),
        ("P18M", {"months": 18}, "P18M"),
        ("p2d", {"days": 2}, "P2D"),
        (
            "P1Y2M3W4DT5H6M",
            {"years": 1, "months": 2, "weeks": 3, "days": 4, "hours": 5, "minutes": 6},
            "P1Y2M3W4DT5H6M",
        ),
    ],
)
def test_duration_from_iso(text: str, components: dict[str, int], canonical: str) -> None:
    duration = Duration.from_iso(text)
    assert duration == Duration(**{name: Decimal(value) for name, value in components.items()})
    assert duration.iso() == canonical


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30D", "expected an ISO 8601 duration such as P30D"),
        ("P", "has no amounts"),
        ("PT", "has no amounts"),
        ("P1DT", "has a T but no hours or minutes"),
        ("PT30S", "seconds are not supported"),
        ("P1D2Y", "expected an ISO 8601 duration"),
        ("thirty days", "expected an ISO 8601 duration"),
        ("P-1D", "expected an ISO 8601 duration"),
        ("", "expected an ISO 8601 duration"),
    ],
)
def test_duration_from_iso_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Duration.from_iso(text)


def test_duration_zero_and_negative() -> None:
    assert Duration().iso() == "P0D"
    with pytest.raises(ValueError, match="cannot be negative"):
        Duration(days=Decimal(-1))


def test_duration_equality_is_by_components() -> None:
    assert Duration(years=Decimal("1.5")) == Duration.from_iso("P1Y6M")
    assert Duration.from_iso("P18M") != Duration.from_iso("P1Y6M")
    assert Duration.from_iso("P1W") != Duration.from_iso("P7D")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("P30D", 30.0),
        ("P1W", 7.0),
        ("PT48H", 2.0),
        ("P1Y", 365.2425),
        ("P1M", 30.436875),
        ("P3Y6M", 3 * 365.2425 + 6 * 30.436875),
        ("PT36H", 1.5),
        ("PT90M", 0.0625),
    ],
)
def test_approx_days(text: str, days: float) -> None:
    assert Duration.from_iso(text).approx_days() == pytest.approx(days, abs=1e-9)


def test_approx_days_equates_written_forms() -> None:
    assert Duration.from_iso("P18M").approx_days() == pytest.approx(
        Duration.from_iso("P1Y6M").approx_days()
    )
    assert Duration.from_iso("P1W").approx_days() == Duration.from_iso("P7D").approx_days()


def test_duration_value_validation() -> None:
    two, three = Duration.from_iso("P2D"), Duration.from_iso("P3D")
    assert DurationValue(two, three).is_range is True
    assert DurationValue(two, two).is_range is False
    with pytest.raises(ValueError, match="ends before it starts"):
        DurationValue(three, two)
    with pytest.raises(ValueError, match="unknown qualifier"):
        DurationValue(two, two, "roughly")  # type: ignore[arg-type]


def test_number_and_pair_values_tidy_their_decimals() -> None:
    assert NumberValue(Decimal("1200000.0")).amount.as_tuple().exponent == 0
    assert NumberValue(Decimal("2.50")).amount == Decimal("2.5")
    assert str(PairValue(Decimal("1000.00"), Decimal(1000)).left) == "1000"
    with pytest.raises(ValueError, match="ends below where it starts"):
        NumberValue(Decimal(1200), maximum=Decimal(1000))


def test_ordinal_value_must_be_positive() -> None:
    assert OrdinalValue(3).n == 3
    with pytest.raises(ValueError, match="from 1 up"):
        OrdinalValue(0)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("more than", "over"),
        ("over", "over"),
        ("above", "over"),
        ("in excess of", "over"),
        ("fewer than", "under"),
        ("less than", "under"),
        ("under", "under"),
        ("below", "under"),
        ("up to", "up to"),
        ("at most", "up to"),
        ("no more than", "up to"),
        ("as many as", "up to"),
        ("at least", "at least"),
        ("no fewer than", "at least"),
        ("no less than", "at least"),
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("close to", "nearly"),
        ("just under", "nearly"),
        ("about", "about"),
        ("around", "about"),
        ("approximately", "about"),
        ("roughly", "about"),
        ("some", "about"),
        ("an estimated", "about"),
        ("More  Than", "over"),
        ("exactly", None),
        ("", None),
    ],
)
def test_normalize_qualifier(word: str, expected: str | None) -> None:
    assert normalize_qualifier(word) == expected


def test_qualifiers_are_the_canonical_six() -> None:
    assert QUALIFIERS == ("over", "under", "up to", "at least", "nearly", "about")
    assert all(normalize_qualifier(q) == q for q in QUALIFIERS)

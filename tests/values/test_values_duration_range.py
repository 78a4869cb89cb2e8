"""Durations read from notation are at most 10,000 years long, written in at most 64 characters."""

from __future__ import annotations

import pytest

from factcheck.values import Duration
from factcheck.values.types import MAX_DURATION_YEARS


@pytest.mark.parametrize(
    "text", ["P10000Y", "P120000M", "P521774W", "P3652425D", "PT87658200H", "P9999Y11M"]
)
def test_durations_up_to_10000_years_are_read(text: str) -> None:
    duration = Duration.from_iso(text)
    assert duration.approx_days() <= MAX_DURATION_YEARS * 365.2425


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("P10001Y", "10,001 years"),
        ("P120013M", "10,001 years"),
        ("P10000Y1D", "10,000 years"),  # a day over: the figure is rounded, the limit is not
        ("P99999999Y", "99,999,999 years"),
        ("P" + "9" * 30 + "Y", "far more"),
    ],
)
def test_longer_durations_are_refused_with_their_length(text: str, length: str) -> None:
    with pytest.raises(ValueError) as refused:
        Duration.from_iso(text)
    assert str(refused.value) == (
        f"{text} is out of range: a duration is at most 10,000 years long (this one is {length})"
    )


def test_a_text_over_64_characters_is_refused_before_it_is_read() -> None:
    text = "P" + "0" * 63 + "1D"  # one day, written at length
    with pytest.raises(ValueError, match="is 66 characters long: a duration is written in at"):
        Duration.from_iso(text)
    assert Duration.from_iso("P" + "0" * 61 + "1D").iso() == "P1D"  # 64 characters

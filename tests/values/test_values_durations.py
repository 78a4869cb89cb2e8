"""parse_duration on news phrasing: expected lengths are ISO 8601 durations (min, max)."""

from __future__ import annotations

import pytest

from factcheck.values import Duration, DurationValue, parse_duration

# (phrase, shortest, longest, qualifier); a single length has shortest == longest.
DURATIONS: list[tuple[str, str, str, str | None]] = [
    # The seed article's phrases.
    ("30-day", "P30D", "P30D", None),
    ("30-day ceasefire", "P30D", "P30D", None),
    ("2\u20133-day", "P2D", "P3D", None),
    ("2\u20133-day truce in limited areas", "P2D", "P3D", None),
    ("two-day", "P2D", "P2D", None),
    ("two-day visit", "P2D", "P2D", None),
    ("nearly three-and-a-half years", "P3Y6M", "P3Y6M", "nearly"),
    ("Nearly three-and-a-half years later", "P3Y6M", "P3Y6M", "nearly"),
    # Counts and units.
    ("30 days", "P30D", "P30D", None),
    ("48 hours", "PT48H", "PT48H", None),
    ("90 minutes", "PT90M", "PT90M", None),
    ("three weeks", "P3W", "P3W", None),
    ("18 months", "P18M", "P18M", None),
    ("six-month", "P6M", "P6M", None),
    ("a six-month deadline", "P6M", "P6M", None),
    ("a 30-day ceasefire", "P30D", "P30D", None),
    ("a two-day visit", "P2D", "P2D", None),
    ("two decades", "P20Y", "P20Y", None),
    ("a fortnight", "P2W", "P2W", None),
    ("a day", "P1D", "P1D", None),
    ("one year", "P1Y", "P1Y", None),
    ("10-year", "P10Y", "P10Y", None),
    ("for three weeks", "P3W", "P3W", None),
    # "-long" adjectives.
    ("week-long", "P1W", "P1W", None),
    ("a week-long", "P1W", "P1W", None),
    ("a week\u2011long truce", "P1W", "P1W", None),
    ("decade-long", "P10Y", "P10Y", None),
    ("month-long", "P1M", "P1M", None),
    ("three-week-long", "P3W", "P3W", None),
    # Halves and compounds.
    ("three and a half years", "P3Y6M", "P3Y6M", None),
    ("3.5 years", "P3Y6M", "P3Y6M", None),
    ("a year and a half", "P1Y6M", "P1Y6M", None),
    ("one and a half days", "P1DT12H", "P1DT12H", None),
    ("half an hour", "PT30M", "PT30M", None),
    ("half a year", "P6M", "P6M", None),
    ("an hour and a half", "PT1H30M", "PT1H30M", None),
    ("two years and three months", "P2Y3M", "P2Y3M", None),
    ("1.5 weeks", "P1W3DT12H", "P1W3DT12H", None),
    # Hedges.
    ("more than a decade", "P10Y", "P10Y", "over"),
    ("over three weeks of fighting", "P3W", "P3W", "over"),
    ("up to 72 hours", "PT72H", "PT72H", "up to"),
    ("at least two years", "P2Y", "P2Y", "at least"),
    ("about six months", "P6M", "P6M", "about"),
    ("almost a year", "P1Y", "P1Y", "nearly"),
    # Ranges.
    ("two to three days", "P2D", "P3D", None),
    ("two or three weeks", "P2W", "P3W", None),
    ("between two and three years", "P2Y", "P3Y", None),
    ("from 10 to 14 days", "P10D", "P14D", None),
    ("5-7 years", "P5Y", "P7Y", None),
]

NOT_DURATIONS: list[str] = [
    "day",
    "the day",
    "June 2",
    "30",
    "30 prisoners",
    "a few days",
    "several weeks",
    "days",
    "for years",
    "decades-long",
    "a second",  # seconds are not a unit here; the word is an ordinal
    "",
    "we",
    "3.11.7",
    "three days 4 hours",
    "one of the few",
    "3-2-day",
    "0 days",
]


@pytest.mark.parametrize(("phrase", "shortest", "longest", "qualifier"), DURATIONS)
def test_parse_duration(phrase: str, shortest: str, longest: str, qualifier: str | None) -> None:
    expected = DurationValue(Duration.from_iso(shortest), Duration.from_iso(longest), qualifier)
    assert parse_duration(phrase) == expected


@pytest.mark.parametrize("phrase", NOT_DURATIONS)
def test_not_a_duration(phrase: str) -> None:
    assert parse_duration(phrase) is None


def test_range_flag() -> None:
    truce = parse_duration("2\u20133-day truce")
    ceasefire = parse_duration("30-day ceasefire")
    assert truce is not None and truce.is_range is True
    assert ceasefire is not None and ceasefire.is_range is False


@pytest.mark.parametrize(
    ("words", "iso"),
    [("about 1 hour 15 minutes", "PT1H15M"), ("1 hour, 15 minutes", "PT1H15M"),
     ("2 years 3 months", "P2Y3M")],
)  # fmt: skip
def test_lengths_side_by_side_add_up(words: str, iso: str) -> None:
    value = parse_duration(words)
    assert value is not None and value.minimum.iso() == iso

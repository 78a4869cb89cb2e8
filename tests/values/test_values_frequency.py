"""Frequencies: the claims file's notation (`R/P1D`) and the article's words ("daily",
"every two weeks", "each Thursday") read into `FrequencyValue`."""

from __future__ import annotations

import pytest

from factcheck.values import FrequencyValue, parse_frequency, parse_value


@pytest.mark.parametrize(
    ("words", "notation"),
    [
        ("daily", "R/P1D"),
        ("nightly", "R/P1D"),
        ("hourly", "R/PT1H"),
        ("weekly", "R/P1W"),
        ("fortnightly", "R/P2W"),
        ("monthly", "R/P1M"),
        ("quarterly", "R/P3M"),
        ("annually", "R/P1Y"),
        ("yearly", "R/P1Y"),
        ("on a daily basis", "R/P1D"),
        ("on an annual basis", "R/P1Y"),
        ("weekly basis", "R/P1W"),
        ("every day", "R/P1D"),
        ("Every day", "R/P1D"),
        ("each year", "R/P1Y"),
        ("each  month", "R/P1M"),
        ("every hour", "R/PT1H"),
        ("every night", "R/P1D"),
        ("every quarter", "R/P3M"),
        ("every decade", "R/P10Y"),
        ("every other day", "R/P2D"),
        ("every other week", "R/P2W"),
        ("every two weeks", "R/P2W"),
        ("every six months", "R/P6M"),
        ("every 10 years", "R/P10Y"),
        ("every two quarters", "R/P6M"),
        ("each Thursday", "R/P1W/Thursday"),
        ("every other Thursday", "R/P2W/Thursday"),
        ("each July", "R/P1Y/July"),
        ("Saturdays", "R/P1W/Saturday"),
        ("Tuesday nights", "R/P1W/Tuesday"),
    ],
)
def test_words_read_as_the_notation_says(words: str, notation: str) -> None:
    value = parse_frequency(words)
    assert value is not None and value.iso() == notation
    assert value == FrequencyValue.from_iso(notation)
    assert parse_value("frequency", words, None) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "words",
    [
        "annual",  # an adjective: "the annual parade"
        "a year",  # a rate: "$5 a year"
        "twice a week",  # a count per period: not a notation of ours yet
        "every few days",  # no number of days
        "every 30-day period",  # a period whose length is 30 days
        "each of them",
        "every time",
        "every thursday",  # a weekday is capitalized
        "every two to three days",
        "nearly every six months",
        "June 2",
        "Tuesday night",
        "saturdays",
    ],
)
def test_words_that_state_no_frequency(words: str) -> None:
    assert parse_frequency(words) is None


@pytest.mark.parametrize(
    ("notation", "reason"),
    [
        ("P1D", "R/ and the period"),
        ("R/P1D/P2D", "neither a weekday nor a month"),
        ("R/P0D", "longer than zero"),
        ("R/P2D/Thursday", "whole weeks"),
        ("R/P1M/July", "whole years"),
        ("R/P1W/thursday", "neither a weekday nor a month"),
        ("R/P20000Y", "at most 10,000 years"),
        ("R/", "cannot read"),
    ],
)
def test_bad_notation_says_what_to_write(notation: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        FrequencyValue.from_iso(notation)

"""Frequencies: "every day", "each Thursday", "every six months", "held annually" are found as
kind `frequency`, with the value `factcheck.values.parse_frequency` reads from the same words;
adjectives, newspapers and rates are not (see `factcheck.mentions.frequencies`)."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import parse_frequency

JUNE_2 = datetime.date(2025, 6, 2)


def frequencies(sentence: str) -> list[tuple[str, str]]:
    found = find_mentions(sentence, JUNE_2)
    return [(m.text, m.value.iso()) for m in found if m.kind == "frequency"]  # type: ignore[attr-defined]


# fmt: off
FOUND = [
    # "every" / "each" with a unit, a counted unit, a weekday or a month
    ("The sanctions are renewed every six months.", [("every six months", "R/P6M")]),
    ("The council meets every two weeks in Kyiv.", [("every two weeks", "R/P2W")]),
    ("Each year, thousands of pilgrims arrive.", [("Each year", "R/P1Y")]),
    ("Rallies were held almost every day.", [("every day", "R/P1D")]),
    ("Bins are collected every other week.", [("every other week", "R/P2W")]),
    ("Talks are held each Thursday in Geneva.", [("each Thursday", "R/P1W/Thursday")]),
    ("Orangemen march each July through the town.", [("each July", "R/P1Y/July")]),
    ("The company must pay $100 million every quarter.", [("every quarter", "R/P3M")]),
    ("The census is taken every 10 years.", [("every 10 years", "R/P10Y")]),
    # a weekday in the plural
    ("The museum is open on Saturdays.", [("Saturdays", "R/P1W/Saturday")]),
    ("Qantas will add flights on Tuesday nights from March 30.",
     [("Tuesday nights", "R/P1W/Tuesday")]),
    # adverbs of frequency that modify a verb
    ("Flights to Istanbul will run daily from July.", [("daily", "R/P1D")]),
    ("Protesters gather daily outside the embassy.", [("daily", "R/P1D")]),
    ("The government has held such rallies almost daily.", [("daily", "R/P1D")]),
    ("The festival is held annually in the capital.", [("annually", "R/P1Y")]),
    ("Drones hit Ukrainian cities nightly, officials said.", [("nightly", "R/P1D")]),
    ("The index is published weekly.", [("weekly", "R/P1W")]),
    ("We review the leads on a daily basis.", [("daily", "R/P1D")]),
    ("Rents are reviewed on an annual basis.", [("annual basis", "R/P1Y")]),
]

NOT_FOUND = [
    "Qantas plans daily flights between Sydney and Bombay.",  # an adjective
    "He gave his weekly radio address.",
    "Average daily volume was 133 million shares.",
    "The Communist Party daily Granma said the boy was well.",  # a newspaper
    "The Daily Mail and China Daily reported it.",
    "Sales should rise 8.5% annually through 1992.",  # rates after an amount
    "The cuts save C$17.9 million annually.",
    "The plant would produce about 10,000 units annually.",
    "It pays $5 a year in fees, and 700 drones a day were launched.",
    "Every hour of delay costs lives.",  # counts hours, says nothing of how often
    "They visit every few days.",  # no number
    "The annual parade passed off peacefully.",
    "The dividend will be adjusted quarterly.",  # TBAQ never marks "quarterly"
    "Every time he spoke, the hall fell silent.",
    "The report is a daily-updated tracker.",
    "A Sundays-only service runs in summer.",
    "He met her on Tuesday night.",  # one night: a date
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_frequencies_are_found_with_their_values(sentence: str, expected: list) -> None:
    assert frequencies(sentence) == expected
    for words, notation in expected:
        value = parse_frequency(words)  # verify reads the words the finder found the same way
        assert value is not None and value.iso() == notation


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_adjectives_newspapers_and_rates_are_not_frequencies(sentence: str) -> None:
    assert frequencies(sentence) == []


def test_a_frequency_is_no_duration_and_its_weekday_no_date() -> None:
    found = find_mentions("The board meets every six months and each Thursday.", JUNE_2)
    assert [(m.kind, m.text) for m in found] == [
        ("frequency", "every six months"),
        ("frequency", "each Thursday"),
    ]

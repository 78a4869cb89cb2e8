"""The finder on the forms of figures that real releases and wire copy use (issue 13, items 3
and 6), found on tests/gold-dev-numbers and checked here on sentences written for these tests:
signed changes, percentage points, fractions of a point, a headline's capitals, "three-percent",
money before "in 2012", and an ordinal's noun past a compound or a run of adjectives.

Each case gives the span found and its value, as `verify` would read a claim on those words.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import NumberValue, OrdinalValue, parse_number, parse_ordinal

ANCHOR = datetime.date(2024, 9, 18)


def _found(sentence: str, kind: str) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_mentions(sentence, ANCHOR) if m.kind == kind]


def _number(amount: str, unit: str | None = None, qualifier: str | None = None, maximum=None):
    high = None if maximum is None else Decimal(maximum)
    return NumberValue(Decimal(amount), qualifier, unit, high)


# (sentence, the figures found in order, each as (span, value))
# fmt: off
FIGURES = [
    ("Payrolls changed little (+49,000) in March.", [("+49,000", _number("49000"))]),
    ("December was revised from -140,000 to -227,000.",
     [("-140,000", _number("-140000")), ("-227,000", _number("-227000"))]),
    ("The rate fell by 0.4 percentage point to 6.3 percent.",
     [("0.4 percentage point", _number("0.4", "pp")), ("6.3 percent", _number("6.3", "%"))]),
    ("Poverty fell 0.8 percentage points last year.",
     [("0.8 percentage points", _number("0.8", "pp"))]),
    ("Turnout was up 3pp on the last vote.", [("3pp", _number("3", "pp"))]),
    ("The bank cut its rate by 1/2 percentage point to 4-3/4 to 5 percent.",
     [("1/2 percentage point", _number("0.5", "pp")),
      ("4-3/4 to 5 percent", _number("4.75", "%", maximum="5"))]),
    ("The target was held at 2-1/2 percent.", [("2-1/2 percent", _number("2.5", "%"))]),
    ("UN Says $1 Billion Needed for Refugees", [("$1 Billion", _number("1000000000", "USD"))]),
    ("Ministers Pledge 2 Million Doses", [("2 Million", _number("2000000"))]),
    ("The agency gets less than three-percent of its money from the budget.",
     [("less than three-percent", _number("3", "%", "under"))]),
    ("The epicentre was roughly 500 km (310 miles) away.",
     [("roughly 500 km", _number("500", "km", "about")), ("310 miles", _number("310", "mi"))]),
    ("Income was $51,017 in 2012 and $51,100 in 2011.",
     [("$51,017", _number("51017", "USD")), ("$51,100", _number("51100", "USD"))]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "figures"), FIGURES)
def test_figures_real_releases_write(sentence: str, figures: list) -> None:
    assert _found(sentence, "number") == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "COVID-19 cases rose again.",  # the hyphen of a name is no minus sign
        "A 3/4 majority is needed.",  # a share, not a rate: no fraction without a percent
        "The shop is open 24/7.",
        "Trading resumed on 9/11 after the holiday.",
        "The cup final ended 2 - 1.",  # a spaced dash before a digit is no sign
    ],
)
def test_no_sign_or_fraction_where_none_is_meant(sentence: str) -> None:
    texts = [text for text, _ in _found(sentence, "number")]
    assert not any(("/" in text or text.startswith(("+", "-"))) for text in texts), texts


def test_one_in_a_year_is_no_ratio_but_one_in_five_is() -> None:
    assert _found("Exports were $4,120 in 2019.", "number") == [("$4,120", _number("4120", "USD"))]
    assert _found("One in five children was hungry.", "number") == []


def test_the_value_reader_reads_the_same_words_the_same_way() -> None:
    for sentence, figures in FIGURES:
        for text, value in figures:
            assert parse_number(text) == value, (sentence, text)


# (sentence, ordinal span, position)
ORDINALS = [
    ("Orion completed its first test flight on Friday.", "first test flight", 1),
    (
        "It is the second consecutive annual increase in income.",
        "second consecutive annual increase",
        2,
    ),
    ("The crash was the fourth serious accident this year.", "fourth serious accident", 4),
    ("Delegates gathered for the third round talks in Geneva.", "third round talks", 3),
    ("Iraqis are the second largest group of refugees.", "second largest group", 2),
]


@pytest.mark.parametrize(("sentence", "span", "position"), ORDINALS)
def test_an_ordinal_runs_to_its_head_noun(sentence: str, span: str, position: int) -> None:
    assert _found(sentence, "ordinal") == [(span, OrdinalValue(position))]
    assert parse_ordinal(span) == OrdinalValue(position)


def test_a_headline_verb_before_a_count_is_no_identifier() -> None:
    assert _found("Storm Death Toll Hits 85\nThe toll rose.", "number") == [("85", _number("85"))]
    assert _found("Ministers Pledge 2 Million Doses", "number") == [
        ("2 Million", _number("2000000"))
    ]
    assert _found("The alliance invoked Article 5 on Friday.", "number") == []
    assert _found("Passengers of Flight 17 were named.", "number") == []


# (sentence, the ordinals found in order, each as (span, position))
# fmt: off
ELIDED_AND_NAMED = [
    ("It was the first of three spacewalks, the 231st conducted by U.S. crews.",
     [("first", 1), ("231st", 231)]),
    ("It was the fourth for Behnken and the first for Patrick.", [("fourth", 4), ("first", 1)]),
    ("It was the 138th in support of the station.", [("138th", 138)]),
    ("The agency ranked:\nfirst as employer for graduates.", [("first", 1)]),
    ("It came after first-ranked Google and second-ranked Walt Disney.",
     [("first-ranked Google", 1), ("second-ranked Walt Disney", 2)]),
    ("First STS-130 Spacewalk Complete", [("First STS-130 Spacewalk", 1)]),
    ("The first F-16 squadron landed.", [("first F-16 squadron", 1)]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "ordinals"), ELIDED_AND_NAMED)
def test_an_ordinal_with_its_noun_understood_or_a_name(sentence: str, ordinals: list) -> None:
    found = _found(sentence, "ordinal")
    assert found == [(span, OrdinalValue(n)) for span, n in ordinals]
    for span, n in ordinals:
        assert parse_ordinal(span) == OrdinalValue(n)


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival opens on the first of May.",  # a date, not an ordinal of its own
        "A first-person view of the storm.",
        "The second-hand market grew.",
    ],
)
def test_no_ordinal_where_none_stands(sentence: str) -> None:
    assert _found(sentence, "ordinal") == []


def test_a_headline_length_in_capitals_is_a_duration_not_a_number() -> None:
    sentence = "Refugee Numbers Highest in Five Years\nThe agency said so."
    [duration] = [m for m in find_mentions(sentence, ANCHOR) if m.kind == "duration"]
    assert duration.text == "Five Years"
    assert duration.value.minimum.iso() == "P5Y"  # type: ignore[union-attr]
    assert _found(sentence, "number") == []
    # After digits a capitalized unit is a name: "60 Minutes" is a programme.
    assert [m.kind for m in find_mentions("He told 60 Minutes so.", ANCHOR)] == ["number"]

"""Forms real reporting uses (issue 13, item 3): each sentence is found as one mention of
the kind and value a fact-checker would claim, and the value reader reads the finder's
words the same way."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.values.dispatch import parse_value

ANCHOR = datetime.date(2025, 6, 2)


def _shown(value: object) -> str:
    """A mention's value as the tests write it."""
    minimum = getattr(value, "minimum", None)
    if minimum is not None:  # a duration
        low, high = minimum.iso(), value.maximum.iso()  # type: ignore[attr-defined]
        shown = low if low == high else f"{low}/{high}"
    elif hasattr(value, "amount"):  # a number
        shown = format(value.amount.normalize(), "f")  # type: ignore[attr-defined]
        if value.maximum is not None:  # type: ignore[attr-defined]
            shown += "-" + format(value.maximum.normalize(), "f")  # type: ignore[attr-defined]
        if value.unit is not None:  # type: ignore[attr-defined]
            shown += " " + value.unit  # type: ignore[attr-defined]
    elif hasattr(value, "left"):  # a pair
        shown = f"{value.left} {value.relation} {value.right}"  # type: ignore[attr-defined]
    else:
        shown = str(getattr(value, "n", value))
    qualifier = getattr(value, "qualifier", None)
    return f"{qualifier} {shown}" if qualifier else shown


def found(sentence: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(kind, words, value) of the mentions of ``kinds`` in ``sentence``."""
    return [
        (mention.kind, mention.text, _shown(mention.value))
        for mention in find_mentions(sentence, ANCHOR)
        if mention.kind in kinds
    ]


# fmt: off
DURATIONS = [
    ("They agreed to a two-to-three-day truce.", [("two-to-three-day", "P2D/P3D")]),
    ("They agreed to a two- to three-day pause.", [("two- to three-day", "P2D/P3D")]),
    ("The 2-to-3-week break ends soon.", [("2-to-3-week", "P2W/P3W")]),
    ("Repairs take two- to three-hour shifts.", [("two- to three-hour", "PT2H/PT3H")]),
    # A range shares the unit its far end names.
    ("Repairs will take 2-3 weeks.", [("2-3 weeks", "P2W/P3W")]),
    ("The talks may last between two and four days.", [("between two and four days", "P2D/P4D")]),
    # "a little over" hedges as "just over" does; "a little under" is short of it.
    ("The talks lasted a little over an hour.", [("a little over an hour", "over PT1H")]),
    ("He spoke for slightly more than two hours.",
     [("slightly more than two hours", "over PT2H")]),
    ("The trip took a little under three weeks.", [("a little under three weeks", "nearly P3W")]),
    ("The drought has exceeded three years.", [("exceeded three years", "over P3Y")]),
    ("The drought has not exceeded three years.", [("three years", "P3Y")]),
]
# fmt: on


# fmt: off
NUMBERS = [
    ("Turnout was slightly less than 40%.", [("slightly less than 40%", "nearly 40 %")]),
    ("The bill came to a little more than $5 million.",
     [("a little more than $5 million", "over 5000000 USD")]),
    ("Police counted a little over 300 marchers.", [("a little over 300", "over 300")]),
    # A verb that says the figure is passed bounds it from below, as "more than" does.
    ("Casualties could surpass 1,000.", [("surpass 1,000", "over 1000")]),
    ("Losses exceeded 40% of revenue.", [("exceeded 40%", "over 40 %")]),
    ("Sales topped $2 billion last year.", [("topped $2 billion", "over 2000000000 USD")]),
    # Negated, it bounds nothing a claim could hold: the figure stands alone.
    ("Costs did not exceed $5 million.", [("$5 million", "5000000 USD")]),
    ("Turnout never topped 40%.", [("40%", "40 %")]),
    # "top" ranks: "the top 10" is ten, no bound.
    ("She is among the top 10 earners.", [("10", "10")]),
    # A measure unit is the figure's, typed; a range shares the unit of its far end.
    ("The quake struck approximately 10 km deep.", [("approximately 10 km", "about 10 km")]),
    ("Rates rose 25 basis points to 9.5%.", [("25 basis points", "25 bp"), ("9.5%", "9.5 %")]),
    ("The bank cut by 50bp.", [("50bp", "50 bp")]),
    ("They built a 120-kilometre wall.", [("120-kilometre", "120 km")]),
    ("The crater is between 5 and 7 km wide.", [("between 5 and 7 km", "5-7 km")]),
    ("The crater is 5-7 km wide.", [("5-7 km", "5-7 km")]),
    ("Snow fell, more than 20 centimetres of it.", [("more than 20 centimetres", "over 20 cm")]),
    ("A 5 sq km zone was closed.", [("5 sq km", "5 km2")]),
    ("They freed 1,000 to 1,200 prisoners.", [("1,000 to 1,200", "1000-1200")]),
    # A rate is no measure of the figure; a count's noun is not in its span.
    ("Winds reached up to 180 kilometres per hour.", [("up to 180", "up to 180")]),
    ("The train ran at 90 km/h.", [("90", "90")]),
    ("Officials said 870 people were evacuated.", [("870", "870")]),
    # One letter glued to digits may be millions: no unit. Two glued letters are a symbol
    # only when they are the whole word.
    ("It reached 10m people.", []),
    ("They paved 120km of road.", [("120km", "120 km")]),
    ("It hit 120kmh.", []),
    # Each end with its own unit: two figures, as the finder reads them.
    ("The crater is 5 km to 7 km wide.", [("5 km", "5 km"), ("7 km", "7 km")]),
    # A unit in the next paragraph is not the figure's.
    ("He ran 10\nkm.", [("10", "10")]),
    # A part of a whole is one fact, a pair; "one of" is a pronoun, a whole is no smaller.
    ("Lawmakers backed it 32 of 33.", [("32 of 33", "32 of 33")]),
    ("Two of three judges agreed.", [("Two of three", "2 of 3")]),
    ("Nearly 40 of 50 seats went to the party.", [("Nearly 40 of 50", "nearly 40 of 50")]),
    ("It swapped 1,000-for-1,000.", [("1,000-for-1,000", "1000 for 1000")]),
    ("He was one of 33 members.", [("33", "33")]),
    ("He scored 33 of 32.", [("33", "33"), ("32", "32")]),
    ("Some 45% of 200 voters agreed.", [("Some 45%", "about 45 %"), ("200", "200")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), NUMBERS)
def test_numbers_are_found_as_one_mention(sentence: str, expected: list) -> None:
    assert found(sentence, ("number", "pair")) == [
        ("pair" if " of " in value or " for " in value else "number", words, value)
        for words, value in expected
    ]


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS)
def test_durations_are_found_as_one_mention(sentence: str, expected: list) -> None:
    assert found(sentence, ("duration", "number")) == [
        ("duration", words, value) for words, value in expected
    ]


# fmt: off
ORDINALS = [
    ("Kharkiv is the second-largest city.", [("second-largest city", "2")]),
    ("It is the third-largest economy in Europe.", [("third-largest economy", "3")]),
    ("The 10th-ranked player lost.", [("10th-ranked player", "10")]),
    ("The fourth-deadliest quake on record struck.", [("fourth-deadliest quake", "4")]),
]
# A compound that ranks nothing is still no position in a sequence.
NOT_ORDINALS = [
    "He gave a first-person account.",
    "They bought a second-hand car.",
    "A third-party vendor was hired.",
    "Kyiv suffered the second-biggest-ever attack.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), ORDINALS)
def test_ordinals_joined_to_a_rank_are_found(sentence: str, expected: list) -> None:
    assert found(sentence, ("ordinal",)) == [("ordinal", words, n) for words, n in expected]


@pytest.mark.parametrize("sentence", NOT_ORDINALS)
def test_other_compounds_are_no_ordinal(sentence: str) -> None:
    assert found(sentence, ("ordinal",)) == []


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS + NUMBERS + ORDINALS)
def test_the_value_reader_reads_the_finders_words_alike(sentence: str, expected: list) -> None:
    for mention in find_mentions(sentence, ANCHOR):
        if mention.kind not in ("duration", "number", "pair", "ordinal"):
            continue
        assert parse_value(mention.kind, mention.text, ANCHOR) == mention.value

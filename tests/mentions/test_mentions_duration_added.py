"""The finder finds "5 1/2 hours", "two more weeks", "an additional year", "three straight
months", "over the past decade", "over the last decade" and "spent a decade" as lengths of
time, as the value reader reads them, and a draft of each verifies. Sentences written for
these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2000, 6, 1)


def durations(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.minimum.iso())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "duration"
    ]


# fmt: off
FOUND = [
    ("She spent 5 1/2 hours in Nairobi.", [("5 1/2 hours", "PT5H30M")]),
    ("They lived in the camps for 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ("The boy will remain for at least two more weeks.", [("at least two more weeks", "P2W")]),
    ("The fleet may stay at the base for 20 more years.", [("20 more years", "P20Y")]),
    ("The loan may be extended for an additional year.", [("an additional year", "P1Y")]),
    ("The repairs took three extra days.", [("three extra days", "P3D")]),
    ("Unemployment has fallen for three straight months.", [("three straight months", "P3M")]),
    ("He topped the list five consecutive years.", [("five consecutive years", "P5Y")]),
    ("It was the first such vote in 1,300 years.", [("1,300 years", "P1300Y")]),
    ("The 1,000-year-old tree fell.", []),                # an age
    ("Crime fell over the past decade.", [("the past decade", "P10Y")]),
    ("Prices may double during the next century.", [("the next century", "P100Y")]),
    ("The city will grow in the next century.", []),      # a time to come
    ("It was the event of the past century.", []),
    ("Workers lost ground to inflation in the last decade.", [("the last decade", "P10Y")]),
    ("Crime has fallen over the last decade.", [("the last decade", "P10Y")]),
    ("The town doubled in size during the previous decade.", [("the previous decade", "P10Y")]),
    ("He wrote it in the last decade of the 19th century.", []),  # a part of a century
    # "a"/"an" after a verb of spending time: a length, not a rate
    ("He spent a decade in prison.", [("a decade", "P10Y")]),
    ("The tour is likely to last over a week.", [("over a week", "P1W")]),
    ("He offered him a week to withdraw fully.", [("a week", "P1W")]),
    ("It took a year to rebuild the bridge.", [("a year", "P1Y")]),
    ("The repairs will take about a month.", [("about a month", "P1M")]),
    ("She served a year as mayor.", [("a year", "P1Y")]),
    ("It costs $5 a day.", []),                            # a rate
    ("The drug is taken twice a day.", []),               # a frequency's rate
    # not lengths: a price in fractions, "more" with no count
    ("The stock rose 2 1/2 to 37 3/4.", []),
    ("No more days off were granted.", []),
    ("Shares rose for the third straight day.", []),      # an ordinal: no length stated
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_length_is_found(sentence: str, expected: list) -> None:
    assert durations(sentence) == expected


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        ("Talks lasted 5 1/2 hours, officials said.", ['text: "5 1/2 hours"', "value: PT5H30M"]),
        (
            "The boy will remain for at least two more weeks.",
            ["text: at least two more weeks", "value: P2W", "qualifier: at least"],
        ),
        ("The loan may be extended for an additional year.", ["text: an additional year"]),
        ("Jobless claims fell for three straight weeks.", ["text: three straight weeks"]),
        ("It was the first such vote in 1,300 years.", ['text: "1,300 years"', "value: P1300Y"]),
        ("Crime fell in the past decade.", ["text: the past decade", "value: P10Y"]),
        ("Crime fell over the last decade.", ["text: the last decade", "value: P10Y"]),
        ("He spent a decade in prison, his lawyer said.", ["text: a decade", "value: P10Y"]),
    ],
)
def test_a_draft_of_the_length_verifies(factcheck, tmp_path: Path, body: str, lines) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        f"---\ntitle: Talks\npublished: 2000-06-01T12:00:00-04:00\n---\n\n{body}\n",
    )
    text = draft.read_text(encoding="utf-8")
    for line in lines:
        assert line in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

"""A date that is a period named by its own noun takes its "the" into the span, as TimeML's
spans do ("the third quarter", "the end of July", "the 1990s", "the weekend"), and a length
of time its "the" and the word that places it ("the past two months", "the first nine
months"); a date or length that only describes another noun does not ("the June 2 talks",
"the third-quarter profit", "the 30-day ceasefire"). The value reader reads the longer words
the same, so a claim drafted from them verifies."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.mentions import find_mentions
from factcheck.values import DateValue, parse_date, parse_duration

MARCH = datetime.date(2025, 3, 12)  # a Wednesday

# fmt: off
FOUND = [
    ("Revenue rose 45% in the fourth quarter.", [("the fourth quarter", "2024-10-01/2024-12-31")]),
    ("The first quarter was weak.", [("The first quarter", "2025-01-01/2025-03-31")]),
    ("Output starts in the second half of 2028.",
     [("the second half of 2028", "2028-07-01/2028-12-31")]),
    ("Sales in the current quarter will rise.", [("the current quarter", "2025-01-01/2025-03-31")]),
    ("The measures lapsed at the end of July.", [("the end of July", "2024-07-21/2024-07-31")]),
    ("Prices rose from the middle of January.",
     [("the middle of January", "2025-01-11/2025-01-20")]),
    ("Since the start of the year, prices rose 5%.",
     [("the start of the year", "2025-01-01/2025-04-30")]),
    ("It was built in the early 1980s.", [("the early 1980s", "1980-01-01/1983-12-31")]),
    ("Crowds gathered over the weekend.", [("the weekend", "2025-03-08/2025-03-09")]),
]

UNCHANGED = [
    # The date describes another noun: "the" is that noun's.
    ("The June 2 talks ended early.", [("June 2", "2024-06-02")]),
    ("The 2024 election was close.", [("2024", "2024")]),
    ("The third-quarter profit fell.", [("third-quarter", "2024-07-01/2024-09-30")]),
    ("The weekend's games were called off.", [("weekend", "2025-03-08/2025-03-09")]),
    # No "the" to take in, or not just before the date.
    ("Revenue rose in Q4 and in late May.", [("Q4", "2024-10-01/2024-12-31"),
                                             ("late May", "2024-05-21/2024-05-31")]),
    ("Other fourth quarter figures were revised.",
     [("fourth quarter", "2024-10-01/2024-12-31")]),
    ("Bathe early in 2025.", [("2025", "2025")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_period_named_by_its_noun_takes_its_the(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, MARCH) == expected


@pytest.mark.parametrize(("sentence", "expected"), UNCHANGED)
def test_a_date_describing_another_noun_leaves_the_out(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_dates(sentence, MARCH) == expected


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_value_reader_reads_the_longer_span_the_same(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        assert parse_date(span, MARCH) == DateValue.from_edtf(value), span


def found_durations(sentence: str) -> list[tuple[str, str]]:
    """(the words, the ISO value of the shortest length) of each duration in `sentence`."""
    return [
        (mention.text, mention.value.minimum.iso())  # type: ignore[attr-defined]
        for mention in find_mentions(sentence, MARCH)
        if mention.kind == "duration"
    ]


# fmt: off
DURATIONS = [
    ("Prices rose 4% in the past two months.", [("the past two months", "P2M")]),
    ("Sales fell in the first nine months.", [("the first nine months", "P9M")]),
    ("It plans 500 hires over the next five years.", [("the next five years", "P5Y")]),
    ("Fighting eased in the last 24 hours.", [("the last 24 hours", "PT24H")]),
    ("The six months to June were calm.", [("The six months", "P6M")]),
    ("Work stopped for the coming three weeks.", [("the coming three weeks", "P3W")]),
]

DURATIONS_UNCHANGED = [
    ("The 30-day ceasefire held.", [("30-day", "P30D")]),           # an adjective
    ("The three-day summit ended.", [("three-day", "P3D")]),
    ("He spent two years in Kyiv.", [("two years", "P2Y")]),        # no "the"
    ("Other two weeks of talks followed.", [("two weeks", "P2W")]),
    ("Breathe two minutes.", [("two minutes", "PT2M")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS)
def test_a_length_takes_its_the_and_placing_word(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_durations(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS_UNCHANGED)
def test_an_adjective_length_or_one_without_the_is_unchanged(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found_durations(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS)
def test_the_value_reader_reads_the_longer_length_the_same(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    for span, value in expected:
        parsed = parse_duration(span)
        assert parsed is not None and parsed.minimum.iso() == value, span


ARTICLE = """---
title: Chipmaker results
published: 2025-03-12T09:00:00+00:00
---

Revenue rose 45% in the fourth quarter, and the company expects the first quarter to be
weaker. Its plant in Dresden closed at the end of July.
Output had fallen 8% over the past two months.
"""


def test_drafts_of_the_longer_spans_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "results")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("the fourth quarter", "2024-10-01/2024-12-31"),
        ("the first quarter", "2025-01-01/2025-03-31"),
        ("the end of July", "2024-07-21/2024-07-31"),
    ]
    lengths = [(c["text"], c["value"]) for c in claims if c["type"] == "duration"]
    assert lengths == [("the past two months", "P2M")]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]

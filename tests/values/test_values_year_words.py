"""Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "January
nineteen ninety-seven", "the year two thousand" (values._year_words). The finder finds them
and the value reader reads them, so a claim drafted from them verifies."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import DateValue, parse_date

FEBRUARY = datetime.date(1998, 2, 6)

# fmt: off
READ = [
    ("nineteen ninety-six", "1996"),
    ("Nineteen seventy-nine", "1979"),
    ("nineteen ninety six", "1996"),
    ("eighteen twelve", "1812"),
    ("nineteen oh-five", "1905"),
    ("in nineteen ninety-one", "1991"),
    ("January nineteen ninety-seven", "1997-01"),
    ("the year two thousand", "2000"),
    ("the year two thousand and one", "2001"),
    ("the year 2000", "2000"),
]

FOUND = [
    ("It happened in nineteen ninety-six, he said.", [("nineteen ninety-six", "1996")]),
    ("Since January nineteen ninety-seven, prices rose.",
     [("January nineteen ninety-seven", "1997-01")]),
    ("By the year two thousand, it will be done.", [("the year two thousand", "2000")]),
    # A stated year is never moved by the sentence's future words.
    ("They will never forget nineteen ninety-one.", [("nineteen ninety-one", "1991")]),
]

NOT_YEARS = [
    "Nineteen hundred people came.",  # 1,900 of something
    "He coached nineteen twelve-year-olds.",
    "About two thousand people marched.",
    "Nineteen of them left.",
]
# fmt: on


@pytest.mark.parametrize(("words", "value"), READ)
def test_the_value_reader_reads_years_in_words(words: str, value: str) -> None:
    assert parse_date(words, FEBRUARY) == DateValue.from_edtf(value)


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_finder_finds_years_in_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, FEBRUARY)
        if m.kind == "date"
    ]
    assert found == expected


@pytest.mark.parametrize("sentence", NOT_YEARS)
def test_numbers_in_words_are_no_years(sentence: str) -> None:
    assert [m.text for m in find_mentions(sentence, FEBRUARY) if m.kind == "date"] == []


ARTICLE = """---
title: A transcript
published: 1998-02-06T20:00:00+00:00
---

The program began in nineteen ninety-six and grew after January nineteen ninety-seven.
"""


def test_drafts_of_years_in_words_verify(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "transcript")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("nineteen ninety-six", "1996"),
        ("January nineteen ninety-seven", "1997-01"),
    ]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out
    assert run.report["summary"]["covered"] == run.report["summary"]["mentions"]

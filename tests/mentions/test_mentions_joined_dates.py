"""The second of two dates joined by "and" or "or" whose words lean on the first: "in
January and February", "on April 24 and 25", "in the 1970s and '80s". The finder marks the
second's own words and reads them after the first (values.conjuncts); verify reads a claim
on them the same way where the article says them, so a draft verifies and a wrong value is
caught. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.values import parse_date
from factcheck.values.conjuncts import read_conjunct

ANCHOR = datetime.date(2013, 3, 21)

# fmt: off
FOUND = [
    ("Prices fell in January and February, the agency said.",
     [("January", "2013-01"), ("February", "2013-02")]),
    ("Sales rose in October or November.", [("October", "2012-10"), ("November", "2012-11")]),
    # the day's own year: the first takes it too (test_mentions_joined_year.py)
    ("The summit was held on April 24 and 25, 1999.",
     [("April 24", "1999-04-24"), ("25, 1999", "1999-04-25")]),
    ("The vote is set for Dec. 30 or 31.", [("Dec. 30", "2012-12-30"), ("31", "2012-12-31")]),
    ("Sales peaked in December and January.",
     [("December", "2012-12"), ("January", "2013-01")]),
    ("Talks were held Jan. 14 and 15 in Geneva.",
     [("Jan. 14", "2013-01-14"), ("15", "2013-01-15")]),
    ("The city boomed in the 1970s and '80s.",
     [("the 1970s", "1970-01-01/1979-12-31"), ("'80s", "1980-01-01/1989-12-31")]),
    ("The city boomed in the 1970s and 80s.",
     [("the 1970s", "1970-01-01/1979-12-31"), ("80s", "1980-01-01/1989-12-31")]),
    ("It was a hit in the '60s and '70s.",
     [("the '60s", "1960-01-01/1969-12-31"), ("'70s", "1970-01-01/1979-12-31")]),
    ("Prices fell in April and May.", [("April", "2013-04"), ("May", "2013-05")]),
    # the second is no date: a count, a name, a verb
    ("Clashes on April 24 and 25 people died.", [("April 24", "2012-04-24")]),
    ("It rose 3% in January and 4% in February.",
     [("January", "2013-01"), ("February", "2013-02")]),
    ("They met in January and May said no.", [("January", "2013-01")]),
    ("He was born in 1970 and 80 guests came.", [("1970", "1970")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_second_of_two_joined_dates_is_found(sentence: str, expected: list) -> None:
    assert found_dates(sentence, ANCHOR) == expected


def test_its_words_alone_are_no_date() -> None:
    for words in ("February", "25", "'80s"):
        assert parse_date(words, ANCHOR) is None
    text = "Prices fell in January and February."
    at = text.index("February")
    value = read_conjunct("February", ANCHOR, text, at, at + len("February"))
    assert value is not None and value.edtf() == "2013-02"
    text = "Prices fell in January. February was calm."
    at = text.index("February")
    assert read_conjunct("February", ANCHOR, text, at, at + len("February")) is None


ARTICLE = """\
---
title: Summit
published: 2013-03-21T12:00:00-04:00
---

Prices fell in January and February, the agency said. Leaders met on March 3 and 4 in
Geneva. The city boomed in the 1970s and '80s.
"""


def test_a_draft_of_each_verifies_and_a_wrong_one_is_caught(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "summit.md"
    article.write_text(ARTICLE, encoding="utf-8")
    draft = tmp_path / "summit.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    for value, words in [('"2013-02"', "February"), ('"2013-03-04"', '"4"'),
                         ('"1980-01-01/1989-12-31"', "\"'80s\"")]:  # fmt: skip
        assert f"value: {value}\n    text: {words}\n" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    draft.write_text(text.replace('"2013-03-04"', '"2013-03-05"'), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")

""" "the 20th century", "the nineteenth century": a date, the century's hundred years as
TimeML and common use count them (1900 to 1999); "20th-century art" only describes a noun
and is no date. The span keeps "the", as for every period named by its own noun."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

MARCH = datetime.date(1999, 3, 12)

# fmt: off
FOUND = [
    ("It was built in the 11th century.", [("the 11th century", "1000-01-01/1099-12-31")]),
    ("The twentieth century was violent.", [("The twentieth century", "1900-01-01/1999-12-31")]),
    ("Seas will rise by the end of the twenty-first century.",
     [("the twenty-first century", "2000-01-01/2099-12-31")]),
    ("Since the 19th century, the town has grown.",
     [("the 19th century", "1800-01-01/1899-12-31")]),
]

NOT_FOUND = [
    "It is 20th-century art.",
    "It was the first century of the club.",  # no year 0: not read
    "This century-old bridge fell.",  # an age ("this century" alone: test_mentions_this_century)
    "The 21th century is misspelt.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_centuries_are_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found_dates(sentence, MARCH) == expected


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_value_reader_agrees(sentence: str, expected: list[tuple[str, str]]) -> None:
    for span, value in expected:
        assert parse_date(span, MARCH) == DateValue.from_edtf(value), span


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_no_century_date(sentence: str) -> None:
    assert found_dates(sentence, MARCH) == []


ARTICLE = """---
title: Abbey restored
published: 1999-03-12T09:00:00+00:00
---

The abbey, built in the 11th century, reopened after a restoration.
"""


def test_a_draft_of_a_century_verifies(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "abbey")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [("the 11th century", "1000-01-01/1099-12-31")]
    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["errors"] == 0, run.out

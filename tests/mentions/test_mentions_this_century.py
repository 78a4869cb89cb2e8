""" "this century", "last century", "this decade": the century or decade of the dateline (or
the one before), read as "the 20th century" is (1900-1999), found by default and drafted as
a claim `verify` accepts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

MARCH_1999 = datetime.date(1999, 3, 13)
JUNE_2025 = datetime.date(2025, 6, 27)

# fmt: off
CASES = [
    ("It was the worst disaster of this century.", MARCH_1999,
     [("this century", "1900-01-01/1999-12-31")]),
    ("This century, wars raged.", JUNE_2025, [("This century", "2000-01-01/2099-12-31")]),
    ("He was born last century.", JUNE_2025, [("last century", "1900-01-01/1999-12-31")]),
    ("Prices rose this decade.", MARCH_1999, [("this decade", "1990-01-01/1999-12-31")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "expected"), CASES)
def test_this_century_is_the_datelines(sentence: str, anchor: datetime.date, expected) -> None:
    assert found_dates(sentence, anchor) == expected
    words, value = expected[0]
    assert parse_date(words, anchor) == DateValue.from_edtf(value)


def test_the_century_agrees_with_its_ordinal() -> None:
    assert parse_date("this century", MARCH_1999) == parse_date("the 20th century", MARCH_1999)


ARTICLE = """---
title: Floods
published: 2025-06-27T22:57:00+03:00
---

Officials in Istanbul called it the worst flood this century.
"""


def test_the_drafted_century_verifies(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "floods")
    claims = drafted_claims(draft)
    assert [c["text"] for c in claims if c["type"] == "date"] == ["this century"]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0, report["findings"]

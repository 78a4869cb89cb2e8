"""A month's day joined to a next date that states its year takes that year: "April 24" of
"met on April 24 and 25, 1999" is 1999-04-24 under a 2000 dateline, not 2000's (the finder
and `verify` read it by one rule, `values.direction.read_date_at`). Sentences written for
these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values.direction import read_date_at

ANCHOR = datetime.date(2000, 5, 1)


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "date"
    ]


# fmt: off
CASES = [
    ("They met on April 24 and 25, 1999, in Oslo.",
     [("April 24", "1999-04-24"), ("25, 1999", "1999-04-25")]),
    ("The strikes fell on Nov. 3 or Nov. 5, 1998, officials said.",
     [("Nov. 3", "1998-11-03"), ("Nov. 5, 1998", "1998-11-05")]),
    # A count after "and", a year further on, a date's own year: nothing joined.
    ("On April 24 and 25 people died in 1999.", [("April 24", "2000-04-24"), ("1999", "1999")]),
    ("They met on April 24, 1999 and in May.", [("April 24, 1999", "1999-04-24"),
                                                 ("May", "2000-05")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_the_first_day_takes_the_year_after_the_second(sentence: str, expected: list) -> None:
    assert dates(sentence) == expected


def test_verify_reads_the_first_day_by_the_same_rule() -> None:
    sentence = "They met on April 24 and 25, 1999, in Oslo."
    start = sentence.index("April 24")
    value = read_date_at("April 24", ANCHOR, sentence, start, start + len("April 24"))
    assert value is not None and value.edtf() == "1999-04-24"


ARTICLE = """\
---
title: Talks
published: 2000-05-01T12:00:00+00:00
---

The two sides met on April 24 and 25, 1999, in Oslo, the ministry said.
"""


def test_the_first_day_is_drafted_with_its_year_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    text = draft.read_text(encoding="utf-8")
    assert "1999-04-24" in text and "2000-04-24" not in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out

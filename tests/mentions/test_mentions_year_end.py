""" "by year-end", "around year end", "by year's end": the end of the dateline's year, read as
"the end of the year" is (September to December); found only after a preposition that looks
ahead, and a draft verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values import parse_date

ANCHOR = datetime.date(1989, 10, 26)
LATE_1989 = "1989-09-01/1989-12-31"


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "date"
    ]


# fmt: off
FOUND = [
    ("The deal should close by year-end.", [("year-end", LATE_1989)]),
    ("It is expected to close around year end.", [("year end", LATE_1989)]),
    ("Rules will be in place by year's end.", [("year's end", LATE_1989)]),
    ("Cuts are planned before year-end, he said.", [("year-end", LATE_1989)]),
    # an adjective, or a preposition that may look back (last year's end in January)
    ("Year-end results were weak.", []),
    ("The year-end bonus was paid.", []),
    ("Prices have risen since year-end.", []),
    ("Debt stood at $5 billion at year-end.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_year_end_after_a_preposition_is_the_end_of_the_year(sentence, expected) -> None:
    assert dates(sentence) == expected


def test_the_value_reader_reads_year_end_as_the_end_of_the_year() -> None:
    end_of_year = parse_date("the end of the year", ANCHOR)
    for words in ("year-end", "year end", "year's end"):
        assert parse_date(words, ANCHOR) == end_of_year


def test_a_draft_of_year_end_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Deal\npublished: 1989-10-26T12:00:00-04:00\n---\n\n"
        "The company expects to complete the sale by year-end.\n",
    )
    text = draft.read_text(encoding="utf-8")
    assert "text: year-end" in text and f'"{LATE_1989}"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

"""The finder keeps a hedge before "N units ago" in the date's span ("more than four decades
ago", as TimeML's spans do), reads it as the value reader does, and a draft of it verifies.
Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2000, 4, 1)


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (mention.text, mention.value.edtf())
        for mention in find_mentions(sentence, ANCHOR)
        if mention.kind == "date"
    ]


# fmt: off
FOUND = [
    ("Crowds honoured the men who launched the revolution more than four decades ago.",
     [("more than four decades ago", "1950-01-01/1960-12-31")]),
    ("NATO helped end the war almost four years ago.",
     [("almost four years ago", "1996-01-01/1997-12-31")]),
    ("The plant closed about two weeks ago, workers said.",
     [("about two weeks ago", "2000-03-11/2000-03-25")]),
    ("The war ended some 30 years ago.", [("some 30 years ago", "1969-01-01/1971-12-31")]),
    # Not hedges of the date: "just" (TimeML leaves it out too), a one-sided bound.
    ("The members were Soviet allies just a decade ago.", [("a decade ago", "1990")]),
    ("The law passed less than two years ago.", [("two years ago", "1998")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_a_hedge_before_ago_is_in_the_span(sentence: str, expected: list) -> None:
    assert dates(sentence) == expected


HEADER = "---\ntitle: Revolution\npublished: 2000-04-01T12:00:00-05:00\n---\n\n"


def _draft(factcheck, tmp_path: Path, body: str) -> Path:
    return extract_draft(factcheck, tmp_path, HEADER + body + "\n")


def test_a_draft_of_a_hedged_ago_verifies(factcheck, tmp_path: Path) -> None:
    draft = _draft(
        factcheck,
        tmp_path,
        "Crowds honoured the men who led the revolution more than four decades ago.",
    )
    text = draft.read_text(encoding="utf-8")
    assert "text: more than four decades ago" in text, text
    assert 'value: "1950-01-01/1960-12-31"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0


def test_one_year_inside_the_stretch_is_more_precise_not_wrong(factcheck, tmp_path) -> None:
    """A fact-checker who knows the year claims it: a warning that the article is vaguer
    (FC304), not an error; a year outside the stretch is wrong (FC301)."""
    draft = _draft(factcheck, tmp_path, "NATO helped end the war almost four years ago.")
    text = draft.read_text(encoding="utf-8")
    assert 'value: "1996-01-01/1997-12-31"' in text, text
    draft.write_text(text.replace('value: "1996-01-01/1997-12-31"', "value: 1996"), "utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    [finding] = run.findings("FC304")
    assert finding["severity"] == "warning"
    draft.write_text(text.replace('value: "1996-01-01/1997-12-31"', "value: 1992"), "utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert "almost four years ago" in finding["message"]

""" "one day" after a modal or a subject pronoun ("Islam will one day be ...") is "some day", a
time to come (TimeML's FUTURE_REF), not a length of one day: no duration is found or drafted.
Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(1998, 3, 3)


def found(sentence: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, str(m.value))
        for m in find_mentions(sentence, ANCHOR, references=True)
        if m.kind in ("duration", "reference")
    ]


# fmt: off
SOME_DAY = [
    "Officials say Kyiv will one day join the alliance.",
    "It could one day become the largest port.",
    "She hopes she one day returns home.",
]
LENGTHS = [
    "The truce lasted one day.",
    "He had been in the job one day.",
    "The vote was delayed by one day.",
]
# fmt: on


@pytest.mark.parametrize("sentence", SOME_DAY)
def test_one_day_after_a_modal_or_pronoun_is_the_future(sentence: str) -> None:
    assert found(sentence) == [("reference", "one day", "future")]
    assert [m for m in find_mentions(sentence, ANCHOR) if m.kind == "duration"] == []


@pytest.mark.parametrize("sentence", LENGTHS)
def test_one_day_as_a_length_stays_a_duration(sentence: str) -> None:
    assert [(kind, text) for kind, text, _ in found(sentence)] == [("duration", "one day")]


def test_extract_drafts_no_length_for_some_day(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Port\npublished: 1998-03-03T12:00:00+02:00\n---\n\n"
        "Odesa could one day become the largest port, officials said after talks lasting "
        "two days.\n",
    )
    text = draft.read_text(encoding="utf-8")
    assert "one day" not in text, text
    assert "text: two days" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

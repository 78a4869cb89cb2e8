"""References to the present, past and future ("now", "in the past", "the future"): found only when
asked (``references=True``, as the TempEval-3 benchmark asks), never drafted as claims and
never counted by coverage, since they state no checkable fact."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.mentions._spans import Taken
from factcheck.mentions.references import find_references

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import drafted_claims, extract_draft, timeml_document

ANCHOR = datetime.date(2025, 6, 27)


def found_references(sentence: str) -> list[tuple[str, str]]:
    """(the words, present/past/future) of each reference in `sentence`."""
    return [
        (mention.text, str(mention.value))
        for mention in find_mentions(sentence, ANCHOR, references=True)
        if mention.kind == "reference"
    ]


# fmt: off
FOUND = [
    ("Russia now holds the village.", [("now", "present")]),
    ("Right now, the talks are stalled.", [("now", "present")]),
    ("The embassy is now operating from a hotel.", [("now", "present")]),
    ("Now the court has ruled.", [("Now", "present")]),
    ("For now, the border stays shut.", [("now", "present")]),
    ("No woman had led a mission until now.", [("now", "present")]),
    ("Aid can flow now that the road is open.", [("now", "present")]),
    ("He will stay between now and June 30.", [("now", "present")]),
    ('"It has gone on for five months now," she said.', [("now", "present")]),
    ("The ministry has denied such reports in the past.", [("the past", "past")]),
    ("In the past, the two sides met in Istanbul.", [("the past", "past")]),
    ("Talks may resume in the future, he said.", [("the future", "future")]),
    ("A deal is expected in the near future.", [("the near future", "future")]),
    ("They looked into the distant future.", [("the distant future", "future")]),
    ("Officials spoke about the future and the past.", [("the future", "future")]),
]

NOT_FOUND = [
    "Now, he says, the deal is dead.",             # a discourse marker opening a sentence
    'The plan failed. "Now, we wait," she said.',
    "Now for the weather.",
    "The vote is a year from now.",                 # a time measured from now
    "From now on, visas are needed.",
    "The now-defunct agency closed.",
    "The group NOW campaigned.",
    "Nowhere was safe.",
    "Prices rose in the past three years.",        # a length of time, not the past
    "The region grew in the past decade.",
    "Exports fell in the past few months.",
    "Output doubled in the past 20 years.",
    "The plant will stay shut for the foreseeable future.",
    "They spoke of the future of the alliance.",   # a thing, not a time
    "The talks will decide the future.",          # the future as a thing
    "He studied past-tense verbs in the past-perfect form.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_references_are_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found_references(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_lengths_of_time_and_things_are_no_references(sentence: str) -> None:
    assert found_references(sentence) == []


def test_references_are_found_only_when_asked() -> None:
    """Coverage, FC428 and extract call ``find_mentions`` without asking for references."""
    sentence = "In the past, talks were held in Istanbul; now, and in the future, in Geneva."
    assert [m for m in find_mentions(sentence, ANCHOR) if m.kind == "reference"] == []
    assert found_references(sentence) == [
        ("the past", "past"),
        ("now", "present"),
        ("the future", "future"),
    ]


def test_a_date_that_holds_the_words_wins() -> None:
    """A reference is never found inside a date, time or duration the finder already holds."""
    text = "Talks may resume in the future."
    start = text.index("the future")
    assert find_references(text, Taken([(start, start + 3)])) == []
    assert [m.text for m in find_references(text, Taken())] == ["the future"]


def test_the_benchmark_writes_timeml_reference_values() -> None:
    dct = ANCHOR
    assert tempeval3.timeml_value("reference", "present", dct) == "PRESENT_REF"
    assert tempeval3.timeml_value("reference", "past", dct) == "PAST_REF"
    assert tempeval3.timeml_value("reference", "future", dct) == "FUTURE_REF"
    assert tempeval3.timeml_type("reference", "the future", "future") == "DATE"


def test_the_benchmark_scores_a_reference_as_a_timex(tmp_path: Path) -> None:
    document = timeml_document(
        'Talks may resume in <TIMEX3 tid="t1" type="DATE" value="FUTURE_REF">the future</TIMEX3>.',
        "2025-06-27",
        "June 27, 2025",
    )
    system = tempeval3.system_timexes(document)
    assert [(t.text, t.type, t.value) for t in system] == [("the future", "DATE", "FUTURE_REF")]


ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

In the past, the delegations met in Istanbul. They met again on June 2, and talks may
now resume in the future.
"""


def test_extract_drafts_no_claim_for_a_reference_and_verify_asks_for_none(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No claim can hold "now" or "the future", so the draft has none, and coverage (on with the
    project's configuration) asks for none: the untouched draft verifies."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    claims = drafted_claims(draft)
    assert [(c["type"], c["text"]) for c in claims] == [("place", "Istanbul"), ("date", "June 2")]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert [f for f in report["findings"] if f["code"] == "FC501"] == []
    assert report["summary"]["covered"] == report["summary"]["mentions"]

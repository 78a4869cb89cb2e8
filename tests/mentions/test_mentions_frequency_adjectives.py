"""Adjectives of frequency after an article or a possessive ("his weekly radio address", "a
daily public rally"): TimeML marks them as SETs, this project's gold corpora as no frequency
(tests/gold/README.md), so they are found only when asked (``uncheckable=True``, as the
TempEval-3 benchmark asks), never drafted as claims and never counted by coverage."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import drafted_claims, extract_draft, timeml_document

ANCHOR = datetime.date(2025, 6, 27)


def found(text: str, **flags: bool) -> list[tuple[str, str]]:
    """(words, value) of each adjective of frequency in ``text``."""
    return [
        (m.text, str(m.value.period.iso()))
        for m in find_mentions(text, ANCHOR, **flags)
        if m.kind == "frequency_adjective"
    ]


# fmt: off
FOUND = [
    ("Castro spoke at what has become a daily public rally.", [("daily", "P1D")]),
    ("Clinton said in his weekly radio address that aid would come.", [("weekly", "P1W")]),
    ("The agency, which gives the daily tally of inspections, was silent.", [("daily", "P1D")]),
    ("It describes the conditions of his daily life.", [("daily", "P1D")]),
    ("Their monthly meetings were cancelled.", [("monthly", "P1M")]),
    ("An hourly update is posted.", [("hourly", "PT1H")]),
]

NOT_FOUND = [
    "Daily flights resume on Monday.",                   # no article: TBAQ marks half
    "The average daily volume rose.",                    # "average" stands between
    "It was reported by the Communist Party daily Granma.",  # a newspaper
    "The daily Granma reported it.",                     # a capital after it: a newspaper
    "Magna cut its quarterly dividend in half.",         # "quarterly" is left
    "Holders met at the annual meeting.",                # "annual" is left
    "He reads the daily.",                               # a noun: no word after it
    "The weekly-newspaper market shrank.",               # part of a compound
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_an_adjective_of_frequency_is_found_when_asked(text: str, expected: list) -> None:
    assert found(text, uncheckable=True) == expected
    assert found(text) == []


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_uses_of_the_words_are_left(text: str) -> None:
    assert found(text, uncheckable=True) == []


def test_an_adverb_of_frequency_stays_a_checkable_frequency() -> None:
    """ "rallies are held daily" modifies a verb: a ``frequency`` the finder gives by default."""
    mentions = find_mentions("Rallies are held daily outside the home.", ANCHOR)
    assert [(m.kind, m.text) for m in mentions] == [("frequency", "daily")]


def test_the_benchmark_writes_an_adjective_of_frequency_as_a_set() -> None:
    document = timeml_document(
        'Clinton said in his <TIMEX3 tid="t1" type="SET" value="P1W">weekly</TIMEX3> '
        "radio address that aid would come.",
        "1998-08-08",
        "Aug. 8, 1998",
    )
    system = tempeval3.system_timexes(document)
    assert [(t.text, t.type, t.value) for t in system] == [("weekly", "SET", "P1W")]


ARTICLE = """---
title: Briefing
published: 2025-06-27T22:57:00+03:00
---

The minister used her weekly radio address on June 2 to announce a daily briefing for
reporters.
"""


def test_extract_drafts_no_claim_for_an_adjective_and_verify_asks_for_none(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No frequency claim is drafted from "her weekly radio address" or "a daily briefing"
    (the gold corpora's convention), and coverage asks for none: the draft verifies."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "briefing")
    claims = drafted_claims(draft)
    assert [c for c in claims if c["type"] == "frequency"] == []
    assert ("date", "June 2") in [(c["type"], c["text"]) for c in claims]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert [f for f in report["findings"] if f["code"] == "FC501"] == []

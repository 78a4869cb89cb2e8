"""Lengths of time of unstated size ("several days", "in recent years", "the weeks ahead"):
found only when asked (``references=True``, as the TempEval-3 benchmark asks), written as
TimeML's PXD/PXY, never drafted as claims and never counted by coverage, since "several
days" states no length a source could confirm."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.mentions._spans import Taken
from factcheck.mentions.vague_lengths import find_vague_lengths

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import drafted_claims, extract_draft, timeml_document

ANCHOR = datetime.date(2025, 6, 27)
ASKED = ("vague_duration", "reference")


def found(sentence: str) -> list[tuple[str, str, str]]:
    """(kind, words, value) of each vague length or reference in ``sentence``."""
    return [
        (mention.kind, mention.text, str(mention.value))
        for mention in find_mentions(sentence, ANCHOR, references=True)
        if mention.kind in ASKED
    ]


def lengths(sentence: str) -> list[tuple[str, str]]:
    return [(words, value) for kind, words, value in found(sentence) if kind == "vague_duration"]


# fmt: off
FOUND = [
    ("The talks went on for several days.", [("several days", "day")]),
    ("A deal could come within a few weeks.", [("a few weeks", "week")]),
    ("A few hours later, the shelling resumed.", [("A few hours", "hour")]),
    ("Prices will stay high over the next few years.", [("the next few years", "year")]),
    ("Output fell over the past several quarters.", [("the past several quarters", "quarter")]),
    ("It may take a couple of months.", [("a couple of months", "month")]),
    ("Strikes have grown in recent years.", [("recent years", "year")]),
    ("Aid will rise in the coming months.", [("the coming months", "month")]),
    ("Many funds in recent weeks and months have sold.", [("recent weeks and months", "week")]),
    ("The city faces hard choices in the weeks ahead.", [("the weeks ahead", "week")]),
    ("His car was seen in the days before the attack.", [("days", "day")]),
    ("In the years that followed, the rebels fought on.", [("years", "year")]),
    ("Troops will arrive within weeks.", [("weeks", "week")]),
    ("He probably died within weeks or months of his capture.", [("weeks or months", "week")]),
    ("The rules changed over the years.", [("the years", "year")]),
    ("Turnout was the lowest in decades.", [("decades", "decade")]),
    ("Sales grew for the first time in years.", [("years", "year")]),
    ("It was the biggest drop in months.", [("months", "month")]),
    ("The plant stood for a few decades.", [("a few decades", "decade")]),
    ("The mosque stood for several centuries.", [("several centuries", "century")]),
    ("It ended a decades-long feud.", [("decades-long", "decade")]),
    ("They spent several nights in the open.", [("several nights", "day")]),
    # A bare plural after "for": the unit alone, as TimeML marks it.
    ("They worked for years on the plan.", [("years", "year")]),
    ("For weeks the government has held rallies.", [("weeks", "week")]),
    ("The mosque dominated the skyline for centuries.", [("centuries", "century")]),
    # A length that names no unit at all.
    ("The troops could stay in the gulf for some time.", [("some time", "time")]),
    ("They will live without power for a while.", [("a while", "time")]),
    ("The plan has been studied for quite some time.", [("quite some time", "time")]),
]

REFERENCES = [
    ("Support rose from 35 percent several years ago.",
     [("reference", "several years ago", "past")]),
    ("The firm, which just months ago was failing, grew.", [("reference", "months ago", "past")]),
    ("The law was passed decades ago.", [("reference", "decades ago", "past")]),
    ("Hundreds of years ago, the fort stood.", [("reference", "years ago", "past")]),
]

NOT_FOUND = [
    "The council meets every few weeks.",             # a frequency
    "He has lived there for years and years.",        # not a plain length
    "The strike went on for days on end.",
    "Pay for hours of overtime rose.",                # counts hours
    "Recent-years data were revised.",                # an adjective
    "The talks lasted three days.",                   # a stated length: a duration
    "The past two months were hard.",                 # a stated length
    "Few days pass without a strike.",                # "few" alone is no count of days
    "Several people were hurt.",                      # no unit
    "The report came in days.",                       # no superlative, no "for"
    "It has not rained for a long time.",             # TBAQ marks no "a long time"
    "He waited a while.",                             # no "for"
    "Fees for some time-sensitive orders rose.",
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_lengths_of_unstated_size_are_found(sentence: str, expected: list) -> None:
    assert lengths(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), REFERENCES)
def test_an_unstated_time_ago_is_a_reference_to_the_past(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_frequencies_stated_lengths_and_bare_plurals_are_left(sentence: str) -> None:
    assert lengths(sentence) == []


def test_a_stated_length_keeps_its_duration() -> None:
    """ "three days" stays the finder's duration (P3D), not a vague length."""
    mentions = find_mentions("The talks lasted three days.", ANCHOR, references=True)
    assert [(m.kind, m.text) for m in mentions] == [("duration", "three days")]


def test_vague_lengths_are_found_only_when_asked() -> None:
    """Coverage, FC428 and extract call ``find_mentions`` without asking for them."""
    sentence = "Talks have stalled in recent weeks and may resume within a few days."
    assert [m for m in find_mentions(sentence, ANCHOR) if m.kind in ASKED] == []
    assert lengths(sentence) == [("recent weeks", "week"), ("a few days", "day")]


def test_a_mention_the_finder_holds_wins() -> None:
    text = "Exports fell in recent months."
    start = text.index("recent")
    assert find_vague_lengths(text, Taken([(start, start + 6)])) == []
    assert [m.text for m in find_vague_lengths(text, Taken())] == ["recent months"]


@pytest.mark.parametrize(
    ("unit", "value"),
    [("day", "PXD"), ("week", "PXW"), ("month", "PXM"), ("quarter", "PXQ"), ("year", "PXY"),
     ("decade", "PXE"), ("century", "PXC"), ("hour", "PTXH"), ("minute", "PTXM"),
     ("time", "PXX")],
)  # fmt: skip
def test_the_benchmark_writes_timeml_values(unit: str, value: str) -> None:
    assert tempeval3.timeml_value("vague_duration", unit, ANCHOR, "several") == value
    assert tempeval3.timeml_type("vague_duration", "several", unit) == "DURATION"


def test_the_benchmark_scores_a_vague_length_as_a_duration() -> None:
    document = timeml_document(
        'The talks went on for <TIMEX3 tid="t1" type="DURATION" value="PXD">several days</TIMEX3>.',
        "2025-06-27",
        "June 27, 2025",
    )
    system = tempeval3.system_timexes(document)
    assert [(t.text, t.type, t.value) for t in system] == [("several days", "DURATION", "PXD")]


ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

The delegations met in Istanbul on June 2 after several days of delay. Strikes have grown
in recent years, and a deal may come within a few weeks.
"""


def test_extract_drafts_no_claim_for_a_vague_length_and_verify_asks_for_none(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No claim can hold "several days" (a duration needs its number), so the draft has
    none, and coverage (on with the project's configuration) asks for none: the untouched
    draft verifies."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    claims = drafted_claims(draft)
    assert [(c["type"], c["text"]) for c in claims] == [("place", "Istanbul"), ("date", "June 2")]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert [f for f in report["findings"] if f["code"] == "FC501"] == []
    assert report["summary"]["covered"] == report["summary"]["mentions"]

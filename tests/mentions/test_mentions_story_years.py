"""The year a story speaks of ("the year", "the full year", "that year", "the year ended
March 31"): found only when asked (``references=True``, as the TempEval-3 benchmark asks),
never drafted as claims and never counted by coverage, since which year "the year" means is
the story's, not the words'."""

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


def found(text: str) -> list[tuple[str, str, str]]:
    """(kind, words, value) of each story year, and each duration, in ``text``."""
    return [
        (
            mention.kind,
            mention.text,
            mention.value.minimum.iso() if mention.kind == "duration" else mention.value.edtf(),
        )
        for mention in find_mentions(text, ANCHOR, references=True)
        if mention.kind in ("story_year", "duration")
    ]


# fmt: off
FOUND = [
    ("For the year, volume was flat.", [("story_year", "the year", "2025")]),
    ("It forecast a rise for the full year.", [("story_year", "the full year", "2025")]),
    ("Sales will grow in the current year.", [("story_year", "the current year", "2025")]),
    ("Earnings will fall for the fiscal year.", [("story_year", "the fiscal year", "2025")]),
    # A preposition makes it a length ending at the dateline (tests/gold/README.md, "One rule
    # for every corpus"); the bare subject stays the year before, as TBAQ reads it.
    ("Hate groups grew over the past year.", [("duration", "the past year", "P1Y")]),
    ("The past year was the hardest.", [("story_year", "The past year", "2024")]),
    ("Planting was delayed earlier in the year.",
     [("story_year", "earlier in the year", "2025")]),
    ("Sales reached $9 million over the year.", [("story_year", "the year", "2025")]),
    # a part of the story's year is a story_period (test_mentions_year_parts_of_named_years)
    ("Sales reached $9 million in the first half of the year.", []),
    ("She fled in June 1998 and came back later that year.",
     [("story_year", "later that year", "1998")]),
    ("The firm was founded in 1990. The same year, it went public.",
     [("story_year", "The same year", "1990")]),
    ("He was made a general on May 22, 1995, and the following year an attache.",
     [("story_year", "the following year", "1996")]),
    ("The plant opened in 2001; in the subsequent year it doubled output.",
     [("story_year", "the subsequent year", "2002")]),
    ("Revenue was $76 million for the year ended March 31.",
     [("duration", "the year", "P1Y")]),
    ("In the fiscal year ending June 30, net fell.",
     [("duration", "the fiscal year", "P1Y")]),
]

NOT_FOUND = [
    "Profit fell to $3 million from $4 million the year before.",  # measured from another time
    "A year later, the plant closed.",                               # no "the": not this form
    "It was the year of the flood.",                                  # "of": a named year
    "They met that year.",                                            # no year named before
    "They met again the following year.",                             # no year named before
    "Sales grew 5% in 2024 and will grow over the next year.",        # not "the following"
    "She was named the player of the year's best game.",
    "Net fell in the year-earlier nine months.",                      # the length holds it
    "Computers may fail in the year 2000.",                           # the figures name it
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_year_of_the_story_is_found(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_year_measured_from_elsewhere_is_left(text: str) -> None:
    assert [item for item in found(text) if item[0] == "story_year"] == []


# 2025-06-27 is a Friday: its week runs from Monday June 23 to Sunday June 29.
# fmt: off
WEEK_OR_MONTH = [
    ("For the week, the index dropped 3.8%.", [("the week", "2025-06-23/2025-06-29")]),
    ("Thursday was the week's most active session.", [("the week", "2025-06-23/2025-06-29")]),
    ("Outflows doubled the level of the week following the squeeze.",
     [("the week", "2025-06-23/2025-06-29")]),
    ("Sales rose 4% for the month, the chain said.", [("the month", "2025-06")]),
    ("Prices eased earlier in the month.", [("the month", "2025-06")]),
]

WEEK_OR_MONTH_LEFT = [
    "A hearing is set for the week of March 6.",      # the date names the week
    "Shares fell the week before the vote.",          # measured from another time
    "In the week ended Oct. 20, loans rose.",         # a length, as "the year ended" is
    "The month-long strike ended.",                   # an adjective
    "It was the month of the great flood.",           # "of" names it
    "Workers walked out in the weekend protests.",    # "weekend" is another word
]
# fmt: on


def _periods(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())
        for m in find_mentions(text, ANCHOR, uncheckable=True)
        if m.kind == "story_period"
    ]


@pytest.mark.parametrize(("text", "expected"), WEEK_OR_MONTH)
def test_the_week_or_month_of_the_story_is_the_datelines(text: str, expected: list) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize("text", WEEK_OR_MONTH_LEFT)
def test_a_week_or_month_named_or_measured_from_elsewhere_is_left(text: str) -> None:
    assert _periods(text) == []


def test_the_end_of_the_week_stays_the_date_finders() -> None:
    mentions = find_mentions("Talks end by the end of the week.", ANCHOR, uncheckable=True)
    assert [(m.kind, m.text) for m in mentions] == [("date", "the end of the week")]


# fmt: off
YEAR_EARLIER = [
    ("Sales rose to $5 million from $4 million a year earlier.",
     [("story_year", "a year earlier", "2024")]),
    ("Unemployment stood at 5% a year ago, the ministry said.", [("date", "a year ago", "2024")]),
    ("The year-earlier loss was restated.", [("story_year", "year-earlier", "2024")]),
    ("Net rose from the year-ago period.", [("story_year", "the year-ago period", "2024")]),
    # A quarter the story named dates the words: the date finder's (values/reference.py).
    ("First-quarter net rose to $5 million from $4 million a year earlier.",
     [("date", "a year earlier", "2024-01-01/2024-03-31")]),
]
# fmt: on


def _dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.kind, m.text, m.value.edtf())
        for m in find_mentions(text, ANCHOR, references=True)
        if m.kind in ("story_year", "date") and m.text != "First-quarter"
    ]


@pytest.mark.parametrize(("text", "expected"), YEAR_EARLIER)
def test_a_year_earlier_with_no_quarter_named_is_the_year_before(text: str, expected: list) -> None:
    assert _dated(text) == expected


def test_a_date_the_finder_holds_wins() -> None:
    """ "the end of the year" is the date finder's date, not a story year inside it."""
    mentions = find_mentions("The cuts end by the end of the year.", ANCHOR, references=True)
    assert [(m.kind, m.text) for m in mentions] == [("date", "the end of the year")]


def test_story_years_are_found_only_when_asked() -> None:
    text = (
        "For the year ended March 31, sales rose; in the current year they will fall. "
        "For the week, the index dropped."
    )
    kinds = ("story_year", "story_period", "duration")
    assert [m for m in find_mentions(text, ANCHOR) if m.kind in kinds] == []
    assert [m[1] for m in found(text)] == ["the year", "the current year"]
    assert _periods(text) == [("the week", "2025-06-23/2025-06-29")]


def test_the_benchmark_writes_a_story_year_as_a_timeml_year() -> None:
    """A year as the year; the story's week as the dateline's ISO week (TBAQ writes the
    week it does not know, `1989-WXX`: the value differs, the span matches)."""
    document = timeml_document(
        "For "
        '<TIMEX3 tid="t1" type="DATE" value="1989">the year</TIMEX3>, volume was flat. Sales '
        'were $5 million for <TIMEX3 tid="t2" type="DURATION" value="P1Y">the year</TIMEX3> '
        'ended Sept. 30. For <TIMEX3 tid="t3" type="DATE" value="1989-WXX">the week</TIMEX3>'
        ", the index fell.",
        "1989-10-27",
        "Oct. 27, 1989",
    )
    system = tempeval3.system_timexes(document)
    assert [(t.text, t.type, t.value) for t in system] == [
        ("the year", "DATE", "1989"),
        ("the year", "DURATION", "P1Y"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the week", "DATE", "1989-W43"),
    ]


ARTICLE = """---
title: Results
published: 2025-06-27T22:57:00+03:00
---

The company met investors in Istanbul on June 2. Sales for the year ended March 31 rose,
and it expects growth in the current year. For the week, its shares rose.
"""


def test_extract_drafts_no_claim_for_a_story_year_and_verify_asks_for_none(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No claim is drafted from "the year" or "the current year" (the words do not say which
    year), and coverage asks for none: the untouched draft verifies."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "results")
    claims = drafted_claims(draft)
    texts = [claim["text"] for claim in claims]
    assert "the year" not in texts and "the current year" not in texts
    assert "the week" not in texts
    assert ("date", "June 2") in [(c["type"], c["text"]) for c in claims]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert [f for f in report["findings"] if f["code"] == "FC501"] == []


# A day, week or month measured from the last date the story named.
# fmt: off
THAT_DAY = [
    ("He was killed on Oct. 23, 1999. Earlier that day, the family sent a fax.",
     [("Earlier that day", "1999-10-23")]),
    ("She was released on Feb. 22 and appeared in court the next morning.",
     [("the next morning", "2025-02-23")]),
    ("Holders met on March 3. The following month, the company put itself up for sale.",
     [("The following month", "2025-04")]),
    ("The deal closed on June 2; the previous day, shares fell.",
     [("the previous day", "2025-06-01")]),
    ("The vote was on Tuesday, June 24, and the law was signed that same week.",
     [("that same week", "2025-06-23/2025-06-29")]),
]

THAT_DAY_LEFT = [
    "Earlier that day, the family sent a fax.",                   # no date named before
    "Sales rose in March. The next day, shares fell.",            # a month: which day?
    "Prices fell on June 2 and will rise over the next month.",   # as often a length
    "Markets fell on June 2; trades made that day lost money.",   # a bare "that day"
    "On June 2 the next day of talks was set.",                   # "of": another day
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), THAT_DAY)
def test_a_day_measured_from_the_last_date_named(text: str, expected: list) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize("text", THAT_DAY_LEFT)
def test_a_day_with_no_date_named_to_measure_from_is_left(text: str) -> None:
    assert _periods(text) == []


def test_a_day_measured_from_a_date_is_found_only_when_asked() -> None:
    text = "He was killed on Oct. 23, 1999. Earlier that day, the family sent a fax."
    assert [m.text for m in find_mentions(text, ANCHOR)] == ["Oct. 23, 1999"]

""" "last night": the night before the dateline, a date (yesterday) whose words name a part of
the day, found by default and drafted as a claim `verify` accepts; not "the last night of
the festival" or "his last night in Paris", which name a final night, no date."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest
from date_mentions import found_dates

from factcheck.values import DateValue, parse_date

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import drafted_claims, extract_draft, timeml_document

ANCHOR = datetime.date(2025, 6, 27)


@pytest.mark.parametrize(
    "sentence",
    ["CBS first reported last night that talks had failed.", "Last night, rebels attacked."],
)
def test_last_night_is_yesterday(sentence: str) -> None:
    words = "Last night" if sentence.startswith("Last") else "last night"
    assert found_dates(sentence, ANCHOR) == [(words, "2025-06-26")]
    assert parse_date(words, ANCHOR) == DateValue.for_day(datetime.date(2025, 6, 26))


@pytest.mark.parametrize(
    "sentence",
    [
        "Crowds filled the square on the last night of the festival.",
        "He spent his last night in Paris.",
        "It was their last night together.",
    ],
)
def test_a_final_night_is_no_date(sentence: str) -> None:
    assert found_dates(sentence, ANCHOR) == []


def test_the_benchmark_writes_last_night_as_timeml_does() -> None:
    document = timeml_document(
        "CBS first reported last night that the tomb held him.",
        "1998-01-20",
        "Jan. 20, 1998",
    )
    system = tempeval3.system_timexes(document)
    assert [(t.text, t.type, t.value) for t in system] == [("last night", "TIME", "1998-01-19TNI")]


ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

The delegations met in Istanbul last night, officials said.
"""


def test_the_drafted_last_night_verifies(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    claims = drafted_claims(draft)
    assert [(c["text"], c["value"]) for c in claims if c["type"] == "date"] == [
        ("last night", "2025-06-26")
    ]
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0, report["findings"]

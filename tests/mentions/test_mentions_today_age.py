""" "today's" before a noun naming an age ("in today's world", "for today's youth") means
nowadays, not the dateline's day: no date (factcheck.mentions.dates); "today's editions",
"today's meeting" stay the day, and `extract` drafts and `verify` accepts them as before."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def dates(sentence: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value.edtf())  # type: ignore[attr-defined]
        for m in find_mentions(sentence, ANCHOR)
        if m.kind == "date"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Such barriers make no sense in today's world.",
        "The case is for today's youth what the war was for their parents.",
        "Today's society expects more of its leaders.",
        "It is a lesson for today's generation of voters.",
        "In today's fast-changing world, firms must adapt.",
    ],
)
def test_todays_age_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The offer was advertised in today's editions of the paper.", [("today", "2025-06-27")]),
        ("Today's meeting was cancelled.", [("Today", "2025-06-27")]),
        ("Ministers meet today in Rome.", [("today", "2025-06-27")]),
        ("It is the world's largest market today.", [("today", "2025-06-27")]),
    ],
)
def test_todays_day_is_still_the_dateline(sentence: str, expected: list) -> None:
    assert dates(sentence) == expected


ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

Ministers met today in Rome. Such barriers make no sense in today's world, one said.
"""


def test_the_draft_holds_the_day_and_not_the_age(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    claims = drafted_claims(draft)
    assert [(c["text"], c["value"]) for c in claims if c["type"] == "date"] == [
        ("today", "2025-06-27")
    ]
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out

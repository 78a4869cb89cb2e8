"""The flag that adds the temporal expressions whose words state no checkable fact:
``uncheckable=True`` (first named ``references=True``, which still works) adds exactly the
kinds of ``UNCHECKABLE_KINDS``, and without it none of them is found."""

from __future__ import annotations

import datetime

from factcheck.mentions import find_mentions
from factcheck.mentions.model import KINDS, UNCHECKABLE_KINDS

ANCHOR = datetime.date(1989, 10, 26)
TEXT = (
    "The company now expects sales to rise in the coming years. For the year, volume was "
    "flat. For the week, it rose in a daily rally. It signed the deal on June 2 and will "
    "report within 30 days, three trading days before the vote."
)


def _kinds(mentions: list) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in mentions]


def test_the_flag_adds_the_uncheckable_kinds_and_nothing_else() -> None:
    plain = _kinds(find_mentions(TEXT, ANCHOR))
    asked = _kinds(find_mentions(TEXT, ANCHOR, uncheckable=True))
    added = [pair for pair in asked if pair not in plain]
    assert added == [
        ("reference", "now"),
        ("vague_duration", "the coming years"),
        ("story_year", "the year"),
        ("story_period", "the week"),
        ("frequency_adjective", "daily"),
        ("business_days", "three trading days"),
    ]
    assert {kind for kind, _ in added} == set(UNCHECKABLE_KINDS)
    assert not set(UNCHECKABLE_KINDS) & set(KINDS)
    assert ("date", "June 2") in plain and ("duration", "30 days") in plain


def test_the_flags_first_name_means_the_same() -> None:
    assert find_mentions(TEXT, ANCHOR, references=True) == find_mentions(
        TEXT, ANCHOR, uncheckable=True
    )

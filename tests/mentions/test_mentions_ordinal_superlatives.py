"""An ordinal before a superlative runs to the noun it ranks, whether the superlative is
hyphenated or not ("the fourth-biggest economy", "the third biggest city"): tests/gold/README.md
spans an ordinal to its head noun. Checked on sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest
from article_helpers import draft_in_newsroom

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 12)


def _ordinals(text: str) -> list[tuple[str, int]]:
    return [(m.text, m.value.n) for m in find_mentions(text, ANCHOR) if m.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("Osaka is the third biggest city in Japan.", [("third biggest city", 3)]),
        ("Kenya has the second highest rate in the region.", [("second highest rate", 2)]),
        ("It was the fifth deadliest storm on record.", [("fifth deadliest storm", 5)]),
        ("The world's fourth-biggest economy grew.", [("fourth-biggest economy", 4)]),
        # With no noun after it, the ordinal and its superlative alone.
        ("The bank is now the second largest.", [("second largest", 2)]),
    ],
)
def test_an_ordinal_runs_past_a_superlative_to_its_noun(text: str, ordinals: list) -> None:
    assert _ordinals(text) == ordinals


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("Indonesia is the fourth most populous nation.", [("fourth most populous nation", 4)]),
        ("It is the second least developed region.", [("second least developed region", 2)]),
        ("It is the third most widely used drug.", [("third most widely used drug", 3)]),
        ("It was the second most-watched show of the year.", [("second most-watched show", 2)]),
        ("That is the fifth most popular app.", [("fifth most popular app", 5)]),
        # With no noun after it, the noun is understood: the ordinal alone.
        ("The city is the third most expensive in the world.", [("third", 3)]),
        ("The novel was the third most-read.", [("third", 3)]),
        # "most" that grades no adjective is no superlative.
        ("The first most people heard of it was Monday.", [("first", 1)]),
    ],
)
def test_an_ordinal_runs_past_most_and_its_adjective_to_its_noun(text: str, ordinals: list) -> None:
    assert _ordinals(text) == ordinals


def test_a_drafted_ordinal_past_most_verifies(factcheck, tmp_path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "census",
        "---\ntitle: Census\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "Indonesia remains the fourth most populous nation, the census office said.\n",
    )
    assert "fourth most populous nation" in draft
    run = factcheck("verify", "claims/census.yaml")
    assert run.code == 0, run.out

"""An ordinal before a superlative runs to the noun it ranks, whether the superlative is
hyphenated or not ("the fourth-biggest economy", "the third biggest city"): tests/gold/README.md
spans an ordinal to its head noun. Checked on sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

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

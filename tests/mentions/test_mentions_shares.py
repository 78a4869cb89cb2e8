"""Shares of a unit written in words are figures (found on tests/gold-dev-news, checked here
on sentences written for these tests): "two-tenths of a percentage point" is 0.2 pp, "half a
percentage point" 0.5 pp, "one half mile" 0.5 mi. A share of a whole ("more than half of the
deaths", "a quarter of the vote") is not, as the other corpora leave it out; "half a million"
stays a count, and "the first half" and "a quarter of a century" are no shares. Thirds are
left out: no decimal states one. A drafted share verifies.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2015, 7, 9)


def _numbers(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    return [
        (m.text, m.value.amount, m.value.qualifier, m.value.unit)
        for m in find_mentions(text, ANCHOR)
        if m.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The economy contracted two-tenths of a percentage point in spring.",
            [("two-tenths of a percentage point", Decimal("0.2"), None, "pp")],
        ),
        (
            "The bank cut its rate by half a percentage point.",
            [("half a percentage point", Decimal("0.5"), None, "pp")],
        ),
        (
            "Prices rose three-quarters of a percent.",
            [("three-quarters of a percent", Decimal("0.75"), None, "%")],
        ),
        (
            "Rates fell nearly two-tenths of a point.",
            [("nearly two-tenths of a point", Decimal("0.2"), "nearly", None)],
        ),
        # A share of a whole is left out, as the corpora leave it out.
        (
            "More than half of the deaths came from the 10 leading causes.",
            [("10", Decimal(10), None, None)],
        ),
        ("A quarter of the vote went to him.", []),
        ("The trail is one half mile long.", [("one half mile", Decimal("0.5"), None, "mi")]),
        # Counts, lengths, parts of a period and thirds are no shares.
        ("Half a million people came.", [("Half a million", Decimal(500000), None, None)]),
        ("They scored in the first half and the other half of fans left.", []),
        ("Two-thirds of voters backed it and a third abstained.", []),
        ("The road was built a quarter of a century ago.", []),
    ],
)
def test_a_share_in_words_is_a_figure(text: str, numbers: list) -> None:
    assert _numbers(text) == numbers


def test_a_drafted_share_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "imf.md"
    article.write_text(
        "---\ntitle: IMF\npublished: 2016-01-19T12:00:00-05:00\n---\n\n"
        "Growth was two-tenths of a percentage point lower, and half a point below target.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "imf.yaml"
    assert factcheck("extract", article, "--output", draft).code == 0
    claims = yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]
    drafted = {(c["text"], c["value"], c.get("unit")) for c in claims if c["type"] == "number"}
    assert drafted == {("two-tenths of a percentage point", 0.2, "pp"), ("half a point", 0.5, None)}
    assert factcheck("verify", "--format", "json", draft).code == 0

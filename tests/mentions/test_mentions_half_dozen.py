""" "Half a dozen", "a half-dozen", "a half dozen" are six, with the hedge before them ("more
than a half-dozen": 6 `over`, tests/gold-dev-newspeople/README.md). Checked on sentences
written for these tests, and through extract and verify.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.mentions import find_mentions
from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2025, 6, 12)


def _numbers(text: str) -> list[tuple[str, object]]:
    return [(m.text, m.value) for m in find_mentions(text, ANCHOR) if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "More than a half-dozen villages were flooded.",
            [("More than a half-dozen", NumberValue(Decimal("6"), "over"))],
        ),
        ("Half a dozen boats sank.", [("Half a dozen", NumberValue(Decimal("6")))]),
        ("The half dozen ministers met.", [("half dozen", NumberValue(Decimal("6")))]),
        (
            "Nearly a half dozen clinics closed.",
            [("Nearly a half dozen", NumberValue(Decimal("6"), "nearly"))],
        ),
        # Half of a larger scale is still that scale's half.
        ("Half a million people fled.", [("Half a million", NumberValue(Decimal("500000")))]),
    ],
)
def test_a_half_dozen_is_six(text: str, numbers: list) -> None:
    assert _numbers(text) == numbers


def test_verify_reads_a_half_dozen_as_the_finder_does() -> None:
    assert parse_number("more than a half-dozen") == NumberValue(Decimal("6"), "over")
    assert parse_number("half a dozen") == NumberValue(Decimal("6"))


def test_a_drafted_half_dozen_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "floods.md").write_text(
        "---\ntitle: Floods\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "More than a half-dozen villages were flooded, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert factcheck("extract", "articles/floods.md").code == 0
    draft = (tmp_path / "claims" / "floods.yaml").read_text(encoding="utf-8")
    assert "More than a half-dozen" in draft
    assert "qualifier: over" in draft
    run = factcheck("verify", "claims/floods.yaml")
    assert run.code == 0, run.out

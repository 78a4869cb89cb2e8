"""A bare "degrees" takes the temperature scale the story named before it ("38 degrees
Celsius ... 35-plus degrees": `°C`); with no scale named before, the figure stays alone
(tests/gold-dev-news/README.md's decision, kept by tests/gold/README.md). Checked on sentences
written for these tests, and through extract and verify.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom

from factcheck.mentions import find_mentions
from factcheck.values import parse_number

ANCHOR = datetime.date(2025, 6, 12)


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
            "The heat reached 41 degrees Celsius on Monday. Forecasters expect 35-plus degrees.",
            [
                ("41 degrees Celsius", Decimal(41), None, "°C"),
                ("35-plus degrees", Decimal(35), "at least", "°C"),
            ],
        ),
        (
            "It was 30°F overnight and about 45 degrees by noon.",
            [("30°F", Decimal(30), None, "°F"), ("about 45 degrees", Decimal(45), "about", "°F")],
        ),
        # No scale named before: the figure alone.
        ("It was 95 degrees in the shade.", [("95", Decimal(95), None, None)]),
        (
            "It felt like 95 degrees. The official reading was 35 degrees Celsius.",
            [("95", Decimal(95), None, None), ("35 degrees Celsius", Decimal(35), None, "°C")],
        ),
    ],
)
def test_bare_degrees_take_the_named_scale(text: str, numbers: list) -> None:
    assert _numbers(text) == numbers


def test_the_value_reader_names_no_scale_for_bare_degrees() -> None:
    assert parse_number("35 degrees").unit is None


def test_a_drafted_bare_degrees_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "heat",
        "---\ntitle: Heat\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "The heat reached 41 degrees Celsius on Monday, and forecasters expect 35-plus degrees"
        " again.\n",
    )
    assert '"35-plus degrees"' in draft
    assert draft.count('unit: "°C"') == 2
    run = factcheck("verify", "claims/heat.yaml")
    assert run.code == 0, run.out


def test_bare_degrees_with_no_scale_named_are_drafted_bare(
    factcheck, tmp_path: Path, monkeypatch
) -> None:
    # With no scale named in the story, the draft holds the figure alone: nothing is guessed.
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "shade",
        "---\ntitle: Shade\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "It was 95 degrees in the shade, residents said.\n",
    )
    assert "°" not in draft
    assert factcheck("verify", "claims/shade.yaml").code == 0


def test_the_scales_of_a_long_story_are_scanned_once(monkeypatch) -> None:
    """A pull request writes the article: many "N degrees" cost one scan of the text for its
    scales, and a few characters before each, not the text up to each (quadratic)."""
    from factcheck.mentions import degrees

    scanned = []
    pattern = degrees._SCALES

    class Counted:
        def finditer(self, text, pos=0, endpos=None):  # type: ignore[no-untyped-def]
            endpos = len(text) if endpos is None else endpos
            scanned.append(endpos - pos)
            return pattern.finditer(text, pos, endpos)

    monkeypatch.setattr(degrees, "_SCALES", Counted())
    text = "It hit 38 degrees Celsius. " + "Later it was 35 degrees, the office said. " * 300
    found = [m for m in find_mentions(text, ANCHOR) if m.kind == "number"]
    assert sum(1 for m in found if m.value.unit == "°C") == 301
    assert sum(scanned) <= len(text) + 20 * 300

"""Forms real reporting uses (issue 13, item 3): `extract` drafts a claim of each, and
`verify` on the untouched draft reads the same value from the same words (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import extract_draft

HEADER = """\
---
title: Truce talks
published: 2025-06-02T12:00:00+03:00
---

"""


def _draft(factcheck, tmp_path: Path, body: str) -> str:
    draft = extract_draft(factcheck, tmp_path, HEADER + body + "\n")
    return draft.read_text(encoding="utf-8")


# (sentence, lines the draft must hold)
FORMS = [
    (
        "The envoys agreed to a two-to-three-day truce in the east.",
        ["text: two-to-three-day", "value: {min: P2D, max: P3D}"],
    ),
    (
        "Repairs to the dam will take 2-3 weeks, engineers said.",
        ['text: "2-3 weeks"', "value: {min: P2W, max: P3W}"],
    ),
    (
        "Officials proposed a two- to three-day pause in the shelling.",
        ["text: two- to three-day", "value: {min: P2D, max: P3D}"],
    ),
    (
        "The first session lasted a little over an hour.",
        ["text: a little over an hour", "value: PT1H", "qualifier: over"],
    ),
    (
        "Turnout was slightly less than 40 percent.",
        ["text: slightly less than 40 percent", "value: 40", "qualifier: nearly"],
    ),
    (
        "Kharkiv, the second-largest city, was shelled again.",
        ["type: ordinal", "text: second-largest city", "value: 2"],
    ),
    (
        "Officials said the death toll could surpass 1,000 by Friday.",
        ["type: number", "text: surpass 1,000", "value: 1000", "qualifier: over"],
    ),
    (
        "The quake struck approximately 10 km deep, the survey said.",
        ["text: approximately 10 km", "value: 10", "qualifier: about", "unit: km"],
    ),
    (
        "The central bank raised rates 25 basis points on Monday.",
        ['text: "25 basis points"', "value: 25", "unit: bp"],
    ),
    (
        "The crater is between 5 and 7 km wide.",
        ["text: between 5 and 7 km", "value: {min: 5, max: 7}", "unit: km"],
    ),
    (
        "Both sides freed 1,000 to 1,200 prisoners.",
        ['text: "1,000 to 1,200"', "value: {min: 1000, max: 1200}"],
    ),
    (
        "The assembly backed the bill 32 of 33, officials said.",
        ["type: pair", 'text: "32 of 33"', "value: [32, 33]", "relation: of"],
    ),
]


def test_a_part_of_a_whole_claimed_as_an_exchange_is_told_so(factcheck, tmp_path: Path) -> None:
    text = _draft(factcheck, tmp_path, "The assembly backed the bill 32 of 33.")
    draft = tmp_path / "story.yaml"
    draft.write_text(text.replace("    relation: of\n", ""), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert "is 32 of 33, not 32-for-33" in finding["message"]


def test_a_claim_without_the_articles_unit_is_told_to_add_it(factcheck, tmp_path: Path) -> None:
    text = _draft(factcheck, tmp_path, "The quake struck 35 km north of the city.")
    draft = tmp_path / "story.yaml"
    draft.write_text(text.replace("    unit: km\n", ""), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert "is 35 km, not 35" in finding["message"]
    assert finding["hint"] == "Write `unit: km` if the article is right."


@pytest.mark.parametrize(("sentence", "lines"), FORMS)
def test_a_draft_of_the_form_verifies(factcheck, tmp_path: Path, sentence, lines) -> None:
    text = _draft(factcheck, tmp_path, sentence)
    for line in lines:
        assert line in text, text
    run = factcheck("verify", "--format", "json", tmp_path / "story.yaml")
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

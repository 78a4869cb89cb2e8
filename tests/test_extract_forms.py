"""Forms real reporting uses (issue 13, item 3): `extract` drafts a claim of each, and
`verify` on the untouched draft reads the same value from the same words (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest

HEADER = """\
---
title: Truce talks
published: 2025-06-02T12:00:00+03:00
---

"""


def _draft(factcheck, tmp_path: Path, body: str) -> str:
    article = tmp_path / "story.md"
    article.write_text(HEADER + body + "\n", encoding="utf-8")
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    return draft.read_text(encoding="utf-8")


# (sentence, lines the draft must hold)
FORMS = [
    (
        "The envoys agreed to a two-to-three-day truce in the east.",
        ["text: two-to-three-day", "value: {min: P2D, max: P3D}"],
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
]


@pytest.mark.parametrize(("sentence", "lines"), FORMS)
def test_a_draft_of_the_form_verifies(factcheck, tmp_path: Path, sentence, lines) -> None:
    text = _draft(factcheck, tmp_path, sentence)
    for line in lines:
        assert line in text, text
    run = factcheck("verify", "--format", "json", tmp_path / "story.yaml")
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

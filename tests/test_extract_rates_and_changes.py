"""Rates and changes as releases write them (issue 13, items 3 and 6), through the command
line: `extract` drafts a claim of each, `verify` on the untouched draft reads the same value
from the same words (exit 0), and a percentage-point change claimed as a percent is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import extract_draft

HEADER = """\
---
title: Jobs report
published: 2021-02-05T08:30:00-05:00
---

"""


def _draft(factcheck, tmp_path: Path, body: str) -> str:
    draft = extract_draft(factcheck, tmp_path, HEADER + body + "\n", "release")
    return draft.read_text(encoding="utf-8")


# (sentence, lines the draft must hold)
FORMS = [
    (
        "The unemployment rate fell by 0.4 percentage point in January.",
        ['text: "0.4 percentage point"', "value: 0.4", "unit: pp"],
    ),
    (
        "Payroll employment changed little (+49,000) in January.",
        ['text: "+49,000"', "value: 49000"],
    ),
    (
        "The change for December was revised to -227,000 on Friday.",
        ['text: "-227,000"', "value: -227000"],
    ),
    (
        "The Committee lowered the target by 1/2 percentage point on Wednesday.",
        ['text: "1/2 percentage point"', "value: 0.5", "unit: pp"],
    ),
    (
        "The target range is now 4-3/4 to 5 percent.",
        ['text: "4-3/4 to 5 percent"', "value: {min: 4.75, max: 5}", 'unit: "%"'],
    ),
]


@pytest.mark.parametrize(("sentence", "lines"), FORMS)
def test_a_draft_of_a_rate_or_change_verifies(factcheck, tmp_path: Path, sentence, lines) -> None:
    text = _draft(factcheck, tmp_path, sentence)
    for line in lines:
        assert line in text, text
    run = factcheck("verify", "--format", "json", tmp_path / "release.yaml")
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0


def test_points_claimed_as_a_percent_are_told(factcheck, tmp_path: Path) -> None:
    text = _draft(factcheck, tmp_path, "The poverty rate decreased 0.8 percentage points.")
    draft = tmp_path / "release.yaml"
    draft.write_text(text.replace("unit: pp", 'unit: "%"'), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert "is 0.8 pp, not 0.8 %" in finding["message"]
    assert finding["hint"] == "Write `unit: pp` if the article is right."
    assert finding["article_line"] == 6

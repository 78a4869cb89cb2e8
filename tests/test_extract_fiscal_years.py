"""A fiscal year ("FY 2007", "fiscal year 2007") or its quarter ("the fiscal first quarter")
is a mention `extract` skips on purpose and coverage does not ask a claim for: which months it
holds is its keeper's (the US government's run October to September), which the words do not
say, and the claims model has no fiscal year to state. Before, its number was drafted as the
calendar year (its quarter as the calendar quarter), a fact the article does not state
(factcheck/mentions/story_years.py)."""

from __future__ import annotations

from pathlib import Path

import yaml

ARTICLE = """\
---
title: Back wages recovered
published: 2007-12-28T10:00:00-05:00
---

The Wage and Hour Division recovered $220 million in back wages in FY 2007, up from FY 2000.
It helped 341,624 workers in fiscal year 2007, the department said on Friday.
Its budget for 2008 is flat, as it was in the fiscal first quarter.
"""


def _project(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "wages.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def test_extract_drafts_no_calendar_year_from_a_fiscal_year(
    factcheck, tmp_path: Path, monkeypatch
) -> None:
    _project(tmp_path, monkeypatch)
    run = factcheck("extract", "articles/wages.md")
    assert run.code == 0, run.err
    draft = yaml.safe_load((tmp_path / "claims" / "wages.yaml").read_text(encoding="utf-8"))
    drafted = {(claim["type"], claim["text"], str(claim["value"])) for claim in draft["claims"]}
    # The calendar year the article names is drafted; the fiscal years are not, whole or part.
    assert drafted == {
        ("number", "$220 million", "220000000"),
        ("number", "341,624", "341624"),
        ("date", "Friday", "2007-12-28"),
        ("date", "2008", "2008"),
    }


def test_the_draft_verifies_and_coverage_asks_no_claim_for_a_fiscal_year(
    factcheck, tmp_path: Path, monkeypatch
) -> None:
    _project(tmp_path, monkeypatch)
    assert factcheck("extract", "articles/wages.md").code == 0
    run = factcheck("verify", "--format", "json", "claims/wages.yaml")
    assert run.code == 0, run.out
    assert run.findings("FC501") == []
    assert {finding["code"] for finding in run.report["findings"]} == {"FC425"}

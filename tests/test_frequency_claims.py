"""Frequencies as claims: "flights run daily", "renewed every six months", "each Thursday".

Each case writes an article and its claims file into tmp_path and runs the real command line.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from conftest import Run

ARTICLE = """---
title: Airline adds Istanbul route
published: 2025-06-02T20:15:00+03:00
---

The airline said flights to Istanbul will run daily from July. The board meets every two
weeks, and the sanctions are renewed every six months. Talks are held each Thursday.
"""

HEAD = """article: {path: article.md}
sources:
  ap: {publisher: Associated Press, date: "2025-06-02"}
subjects:
  route: {kind: other}
claims:
"""


def claim(claim_id: str, value: str, text: str) -> str:
    return (
        f"  - {{id: {claim_id}, subject: route, property: {claim_id}, type: frequency, "
        f'value: "{value}", text: "{text}", status: verified, sources: [ap]}}\n'
    )


def verify(factcheck, tmp_path: Path, claims: str, *options: str) -> Run:
    (tmp_path / "article.md").write_text(ARTICLE)
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + claims)
    run = factcheck("verify", "--format", "json", *options, path)
    assert "Traceback" not in run.out + run.err
    return run


ALL = (
    claim("flights", "R/P1D", "daily")
    + claim("board", "R/P2W", "every two weeks")
    + claim("sanctions", "R/P6M", "every six months")
    + claim("talks", "R/P1W/Thursday", "each Thursday")
)


def test_frequency_claims_that_match_the_words_pass(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, ALL)
    assert run.code == 0, run.findings()
    results = {entry["id"]: entry["result"] for entry in run.report["claims"]}
    assert results == dict.fromkeys(["flights", "board", "sanctions", "talks"], "pass")


def test_a_frequency_the_words_do_not_state_fails_with_the_right_value(factcheck, tmp_path):
    run = verify(factcheck, tmp_path, claim("board", "R/P1W", "every two weeks"))
    assert run.code == 1
    [finding] = run.findings("FC301")
    assert finding["claim"] == "board"
    assert "is R/P2W, not R/P1W" in finding["message"]
    assert "R/P2W" in finding["hint"]
    assert finding["line"] == 7


def test_words_that_state_no_frequency_are_named(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, claim("route", "R/P1D", "The board meets"))
    assert run.code == 1
    [finding] = run.findings("FC302")
    assert "cannot be read as a frequency" in finding["message"]


def test_a_bad_notation_is_a_located_error_with_the_fix(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, claim("flights", "P1D", "daily"))
    assert run.code == 1
    [finding] = [f for f in run.findings() if f["severity"] == "error"]
    assert finding["line"] == 7
    assert "R/P1D (daily)" in finding["hint"]
    run = verify(factcheck, tmp_path, claim("talks", "R/P2D/Thursday", "each Thursday"))
    assert run.code == 1
    [finding] = [f for f in run.findings() if f["severity"] == "error"]
    assert "whole weeks" in finding["message"]


def test_every_report_format_shows_the_frequency(factcheck, tmp_path) -> None:
    verify(factcheck, tmp_path, ALL)
    claims_file = tmp_path / "claims.yaml"
    for fmt, shown in [
        ("rich", "frequency R/P1W/Thursday"),
        ("markdown", "R/P1W/Thursday"),
        ("html", "R/P1W/Thursday"),
    ]:
        run = factcheck("verify", "--format", fmt, "-v", "--color", "never", claims_file)
        assert run.code == 0, run.out
        assert shown in run.out, fmt
    run = factcheck("verify", "--format", "json", claims_file)
    [talks] = [entry for entry in json.loads(run.out)["claims"] if entry["id"] == "talks"]
    assert (talks["result"], talks["type"], talks["value"]) == (
        "pass",
        "frequency",
        "R/P1W/Thursday",
    )


def test_explain_lists_a_frequency_example(factcheck) -> None:
    run = factcheck("explain", "FC301")
    assert run.code == 0
    assert "frequency" in run.out


def test_extract_drafts_frequency_claims_that_verify_untouched(factcheck, tmp_path) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    draft = tmp_path / "draft.yaml"
    run = factcheck("extract", tmp_path / "article.md", "--output", draft)
    assert run.code == 0, run.err
    drafted = yaml.safe_load(draft.read_text())["claims"]
    frequencies = {
        " ".join(claim["text"].split()): claim["value"]
        for claim in drafted
        if claim["type"] == "frequency"
    }
    assert frequencies == {
        "daily": "R/P1D",
        "every two weeks": "R/P2W",
        "every six months": "R/P6M",
        "each Thursday": "R/P1W/Thursday",
    }
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0, report["findings"]
    assert {c["result"] for c in report["claims"]} <= {"pass", "warning"}
    assert report["summary"]["covered"] == report["summary"]["mentions"]


def test_two_frequencies_of_one_property_must_agree_and_checks_name_the_type(
    factcheck, tmp_path
) -> None:
    same = claim("flights", "R/P1D", "daily") + claim("board", "R/P2W", "every two weeks")
    same = same.replace("property: board", "property: flights")
    checks = (
        "checks:\n"
        "  - {id: same, kind: equal, items: [flights, board]}\n"
        "  - {id: order, kind: chronology, items: [flights, board]}\n"
    )
    run = verify(factcheck, tmp_path, same + checks)
    assert run.code == 1
    assert sorted({f["code"] for f in run.findings()}) == ["FC407", "FC411", "FC421"]
    [conflict] = run.findings("FC421")
    assert "R/P2W" in conflict["message"] and "R/P1D" in conflict["message"]
    [equal] = run.findings("FC407")
    assert equal["check"] == "same"
    assert all("frequency claim" in f["message"] for f in run.findings("FC411"))

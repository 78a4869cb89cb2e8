"""Dates counted from another event: "a day earlier", "the eve of the talks" (issue 14).

Each case writes a real-shaped article and claims file into tmp_path and runs `factcheck
verify` as CI would.
"""

from __future__ import annotations

from pathlib import Path

from conftest import Run

ARTICLE = """---
title: Ukraine and Russia meet in Istanbul a day after drone strikes
published: 2025-06-02T21:00:00+03:00
---

Russian and Ukrainian delegations met in Istanbul on June 2 for a second round of direct
talks. A day earlier, on Sunday, Ukrainian drones struck airfields deep inside Russia.

On the eve of the talks, Turkish Foreign Minister Hakan Fidan met both delegations.
"""

HEAD = """article: {path: article.md}
sources:
  ap: {publisher: Associated Press, date: "2025-06-02"}
subjects:
  round-2: {kind: event, name: second round}
  strikes: {kind: event}
  fidan-meeting: {kind: event}
claims:
  - {id: talks-date, subject: round-2, property: date, type: date, value: 2025-06-02,
     text: June 2, status: verified, sources: [ap]}
"""


def strike(
    offset: str = "-P1D", text: str = "A day earlier, on Sunday", to: str = "talks-date"
) -> str:
    return (
        f"  - {{id: strike-date, subject: strikes, property: date, type: date,\n"
        f"     value: {{relative_to: {to}, offset: {offset}}},\n"
        f'     text: "{text}", status: verified, sources: [ap]}}\n'
    )


EVE = (
    "  - {id: fidan-date, subject: fidan-meeting, property: date, type: date,\n"
    "     value: {relative_to: talks-date, offset: -P1D},\n"
    '     text: "On the eve of the talks", status: verified, sources: [ap]}\n'
)


def verify(factcheck, tmp_path: Path, claims: str, checks: str = "", article: str = ARTICLE) -> Run:
    (tmp_path / "article.md").write_text(article)
    path = tmp_path / "claims.yaml"
    path.write_text(HEAD + claims + (f"checks:\n{checks}" if checks else ""))
    run = factcheck("verify", "--format", "json", path)
    assert "Traceback" not in run.out + run.err
    return run


def test_a_day_earlier_and_the_eve_of_are_checked_and_pass(factcheck, tmp_path) -> None:
    checks = (
        "  - {id: order, kind: chronology, items: [strike-date, talks-date, published], "
        "strict: false}\n"
    )
    run = verify(factcheck, tmp_path, strike() + EVE, checks)
    assert run.code == 0, run.findings()
    values = {c["id"]: c["value"] for c in run.report["claims"]}
    assert values["strike-date"] == "-P1D from `talks-date`"
    assert run.report["checks"][0]["result"] == "pass"


def test_an_offset_the_words_do_not_state(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, strike(offset="-P2D"))
    [finding] = run.findings("FC301")
    assert finding["claim"] == "strike-date"
    assert "“A day earlier, on Sunday” is -P1D from the event, not -P2D" in finding["message"]
    assert finding["line"] == 12


def test_a_weekday_that_is_not_the_worked_out_dates(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("A day earlier, on Sunday", "A day earlier, on Saturday")
    run = verify(factcheck, tmp_path, strike(text="A day earlier, on Saturday"), article=article)
    assert run.code == 1
    [finding] = run.findings("FC423")
    assert "names Saturday beside `strike-date` 2025-06-01" in finding["message"]
    assert "which is a Sunday" in finding["message"]


def test_a_changed_offset_in_both_places_breaks_the_chronology(factcheck, tmp_path) -> None:
    article = ARTICLE.replace("A day earlier, on Sunday", "A day later")
    checks = "  - {id: order, kind: chronology, items: [strike-date, talks-date]}\n"
    run = verify(factcheck, tmp_path, strike("P1D", "A day later"), checks, article=article)
    assert run.code == 1
    [finding] = run.findings("FC401")
    assert "`strike-date` 2025-06-03" in finding["message"]
    assert run.findings("FC422")  # June 3 is after the June 2 dateline too


def test_a_reference_to_no_date_claim(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, strike(to="talks-dat"))
    assert run.code == 1
    [finding] = run.findings("FC430")
    assert "`talks-dat` is not a claim of this file" in finding["message"]
    assert finding["line"] == 12


def test_offsets_in_a_circle(factcheck, tmp_path) -> None:
    claims = strike(to="fidan-date") + EVE.replace(
        "relative_to: talks-date", "relative_to: strike-date"
    )
    run = verify(factcheck, tmp_path, claims)
    assert sorted(f["claim"] for f in run.findings("FC430")) == ["fidan-date", "strike-date"]


def test_a_malformed_offset_is_refused_where_it_stands(factcheck, tmp_path) -> None:
    run = verify(factcheck, tmp_path, strike(offset="-1 day"))
    assert run.code == 1
    [finding] = [f for f in run.findings() if f["severity"] == "error"]
    assert finding["line"] == 12
    assert finding["code"] in ("FC104", "FC106")

"""FC601: two articles of one archive give a registered subject's property values that
cannot both be true. Real-shaped archives: two or three articles on one event."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import article, claim, configure


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    """Run from the archive's folder, as a newsroom does: files are named relative to it."""
    monkeypatch.chdir(tmp_path)


JUNE_2 = "The second round was held on June 2 in Istanbul. Kyiv wants a 30-day ceasefire."
JUNE_27 = "Talks on June 2 ended with Kyiv still seeking a 90-day ceasefire."


def _two_articles(root: Path, later_value: str = "P90D", later_text: str = "90-day") -> None:
    article(
        root,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    body = JUNE_27.replace("90-day", later_text)
    article(
        root,
        "june-27",
        "2025-06-27",
        body,
        claim("talks-date", "round-2", "date", "date", "2025-06-02", "June 2"),
        claim("proposal-length", "ceasefire-proposal", "duration", "duration", later_value,
              later_text),
    )  # fmt: skip


def test_conflicting_durations_name_both_files_lines_words_and_datelines(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.code == 1, run.err
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/june-27.yaml"
    assert finding["claim"] == "proposal-length"
    assert finding["line"] == 23  # the `value:` of its second claim
    message = finding["message"]
    assert "`ceasefire-proposal` duration is P90D here (“90-day”, dated 2025-06-27)" in message
    assert "in claims/june-02.yaml:23 (articles/june-02.md:6)" in message
    assert "(`proposal`: “30-day”, dated 2025-06-02)" in message
    assert "corrects: june-02.yaml#proposal" in finding["hint"]
    assert finding["article_line"] == 6


def test_agreeing_articles_pass(factcheck, tmp_path):
    _two_articles(tmp_path, "P30D", "30-day")
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.code == 0, run.out
    assert run.findings("FC601") == []


def test_without_a_register_each_file_stands_alone(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = tmp_path / "factcheck.yaml"
    config.write_text("claims: [claims]\nseverity: {FC501: 'off'}\n", encoding="utf-8")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.code == 0
    assert run.findings("FC601") == []


def test_a_subject_no_register_file_declares_is_not_shared(factcheck, tmp_path):
    _two_articles(tmp_path)
    register = tmp_path / "subjects.yaml"
    text = (tmp_path / "claims" / "june-02.yaml").read_text(encoding="utf-8")
    register.write_text(
        text.replace("  ceasefire-proposal: {kind: event, name: ceasefire proposal}\n", "")
        .replace("../articles/", "articles/")
        .split("  - id: proposal")[0],
        encoding="utf-8",
    )
    config = configure(tmp_path, "subjects.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.findings("FC601") == []
    assert run.code == 0


def test_qualified_numbers_conflict_only_when_their_ranges_cannot_meet(factcheck, tmp_path):
    body_a = "Up to 1,200 prisoners on each side could be exchanged."
    body_b = "At least 1,000 prisoners on each side will be exchanged."
    body_c = "Over 1,500 prisoners on each side will be exchanged."
    article(
        tmp_path,
        "a",
        "2025-06-02",
        body_a,
        claim("count", "swap", "count", "number", "1200", "Up to 1,200", "qualifier: up to"),
    )
    article(
        tmp_path,
        "b",
        "2025-06-03",
        body_b,
        claim("count", "swap", "count", "number", "1000", "At least 1,000", "qualifier: at least"),
    )
    article(tmp_path, "c", "2025-06-04", body_c,
            claim("count", "swap", "count", "number", "1500", "Over 1,500",
                  "qualifier: over"))  # fmt: skip
    config = configure(tmp_path, "claims/a.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    # "up to 1,200" and "at least 1,000" can both be true; "over 1,500" and "up to 1,200"
    # cannot ("over 1,500" and "at least 1,000" can).
    [finding] = run.findings("FC601")
    assert finding["file"].endswith("claims/c.yaml")
    assert "in claims/a.yaml:15 (articles/a.md:6)" in finding["message"]
    assert "“Over 1,500”" in finding["message"] and "“Up to 1,200”" in finding["message"]
    assert run.code == 1


def test_dates_conflict_only_when_their_intervals_share_no_day(factcheck, tmp_path):
    article(
        tmp_path,
        "a",
        "2025-06-27",
        "A swap took place in late May.",
        claim("swap-date", "swap", "date", "date", "2025-05-21/2025-05-31", "late May"),
    )
    article(
        tmp_path,
        "b",
        "2025-06-28",
        "The swap on May 23 freed hundreds.",
        claim("swap-date", "swap", "date", "date", "2025-05-23", "May 23"),
    )
    article(tmp_path, "c", "2025-06-29", "The swap on May 9 freed hundreds.",
            claim("swap-date", "swap", "date", "date", "2025-05-09", "May 9"))  # fmt: skip
    config = configure(tmp_path, "claims/a.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    # One finding for May 9 (outside late May, not May 23), naming one value it cannot be
    # true with; May 23 lies inside late May.
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/c.yaml"
    assert "2025-05-09 here (“May 9”" in finding["message"]
    assert "but 2025-05-23 in claims/b.yaml:15" in finding["message"]


def test_a_claim_marked_false_is_not_compared(factcheck, tmp_path):
    _two_articles(tmp_path)
    path = tmp_path / "claims" / "june-27.yaml"
    text = path.read_text(encoding="utf-8")
    head, tail = text.split("  - id: proposal-length")
    path.write_text(
        head + "  - id: proposal-length" + tail.replace("status: verified", "status: false"),
        encoding="utf-8",
    )
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.findings("FC601") == []
    assert [f["claim"] for f in run.findings("FC424")] == ["proposal-length"]


def test_the_register_file_counts_when_only_another_file_is_checked(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims/june-27.yaml")
    [finding] = run.findings("FC601")
    assert "june-02.yaml:23" in finding["message"]
    assert run.code == 1


def test_ignore_silences_it_with_a_reason_and_severity_can_be_set(factcheck, tmp_path):
    _two_articles(tmp_path)
    path = tmp_path / "claims" / "june-27.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "    ignore: {FC601: The June 27 piece quotes a Russian claim of 90 days.}\n",
        encoding="utf-8",
    )
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert run.findings("FC601") == []
    assert run.code == 0
    path.write_text(path.read_text(encoding="utf-8").rsplit("    ignore", 1)[0], "utf-8")
    config = configure(tmp_path, "claims/june-02.yaml", extra="  FC601: warning\n")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    assert [f["severity"] for f in run.findings("FC601")] == ["warning"]
    assert run.code == 0


def test_streamed_line_report_and_parallel_jobs_carry_it(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("verify", "--config", config, "--format", "line", "--jobs", "2", "claims")
    assert run.code == 1
    [line] = [line for line in run.out.splitlines() if " FC601 " in line]
    assert line.startswith("claims/june-27.yaml:23:12: FC601 error `ceasefire-proposal`")
    assert line.endswith("dated 2025-06-02): both cannot be true [proposal-length]")


def test_a_broken_register_file_stops_the_run_with_its_location(factcheck, tmp_path):
    _two_articles(tmp_path)
    (tmp_path / "subjects.yaml").write_text("article: {path: x.md}\nclaims: [1]\n", "utf-8")
    config = configure(tmp_path, "subjects.yaml")
    run = factcheck("verify", "--config", config, "claims")
    assert run.code == 2
    assert "register file" in run.err and "subjects.yaml:2:" in run.err
    assert "Traceback" not in run.err
    config = configure(tmp_path, "missing")
    run = factcheck("verify", "--config", config, "claims")
    assert run.code == 2 and "`register`:" in run.err and "does not exist" in run.err


def test_explain_documents_it(factcheck):
    run = factcheck("explain", "FC601")
    assert run.code == 0
    assert "conflicting-across-articles" in run.out and "Fails:" in run.out


def test_config_shows_the_register_and_refuses_a_bad_one(factcheck, tmp_path):
    _two_articles(tmp_path)
    config = configure(tmp_path, "claims/june-02.yaml")
    run = factcheck("config", "--config", config)
    assert run.code == 0
    assert f"register: {tmp_path / 'claims' / 'june-02.yaml'}" in run.out
    config.write_text("claims: [claims]\nregister: {a: 1}\n", encoding="utf-8")
    run = factcheck("verify", "--config", config, "claims")
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: {config}: `register` must be a list of paths (files or folders)\n"
    )

"""The command line contract: exit codes, one-line run errors, explain, schema, config."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import BUNDLED_CLAIMS, FIXTURES, ROOT, bundled_copy
from factcheck.rules import RULES


def test_missing_path_exits_2_with_one_line_on_stderr(factcheck) -> None:
    run = factcheck("verify", "claims/no-such-file.yaml")
    assert run.code == 2
    assert run.out == ""
    assert run.err == "factcheck: error: claims/no-such-file.yaml does not exist\n"


def test_bad_option_exits_2_with_one_line(factcheck) -> None:
    run = factcheck("verify", "--format", "pdf")
    assert run.code == 2
    assert run.err.count("\n") == 1
    assert "invalid choice: 'pdf'" in run.err


def test_article_override_needs_an_existing_file(factcheck) -> None:
    run = factcheck("verify", BUNDLED_CLAIMS, "--article", "articles/draft.md")
    assert run.code == 2
    assert run.err == "factcheck: error: articles/draft.md does not exist\n"


def test_article_override_checks_an_edited_article(factcheck, tmp_path) -> None:
    edited = tmp_path / "edited.md"
    original = (ROOT / "articles" / "2025-06-27-putin-third-round.md").read_text()
    edited.write_text(
        original.replace("took place on June 2 in Istanbul", "took place on June 3 in Istanbul")
    )
    run = factcheck("verify", "--format", "json", bundled_copy(tmp_path), "--article", edited)
    assert run.code == 1
    codes = {f["code"] for f in run.findings() if f["claim"] == "round-2-date"}
    assert codes & {"FC201", "FC203"}


@pytest.mark.parametrize("code", sorted(RULES))
def test_explain_prints_each_code_with_both_examples(factcheck, code: str) -> None:
    run = factcheck("explain", code.lower())
    assert run.code == 0
    assert run.out.startswith(f"{code} {RULES[code].name} (default severity: ")
    assert "\nFails:\n" in run.out and "\nPasses:\n" in run.out


def test_explain_unknown_code_is_a_run_error(factcheck) -> None:
    run = factcheck("explain", "FC999")
    assert run.code == 2
    assert "unknown code FC999" in run.err


def test_explain_lists_every_code(factcheck) -> None:
    out = factcheck("explain").out
    assert [line.split()[0] for line in out.splitlines()] == sorted(RULES)


def test_validate_accepts_the_bundled_example(factcheck) -> None:
    run = factcheck("validate")
    assert run.code == 0
    assert run.out == "2 claims files validated, 0 error(s)\n"  # both bundled examples


def test_line_format_is_one_finding_per_line(factcheck) -> None:
    run = factcheck("verify", "--format", "line", FIXTURES / "broken" / "text-not-found.yaml")
    assert run.code == 1
    assert run.out.splitlines() == [
        "tests/fixtures/broken/text-not-found.yaml:17:11: FC201 error `June 3` is not in the "
        "article [round-2-date]"
    ]


def test_strict_fails_on_warnings(factcheck) -> None:
    path = FIXTURES / "broken" / "value-more-precise.yaml"
    assert factcheck("verify", "--format", "json", path).code == 0
    assert factcheck("verify", "--format", "json", "--strict", path).code == 1
    assert factcheck("verify", "--format", "json", "--fail-on", "warning", path).code == 1


def test_output_file_receives_the_report(factcheck, tmp_path) -> None:
    target = tmp_path / "report.json"
    run = factcheck("verify", "--format", "json", "--output", target)
    assert run.code == 0 and run.out == ""
    assert '"version": 1' in target.read_text()


def test_config_shows_where_it_came_from(factcheck, monkeypatch) -> None:
    run = factcheck("config")
    assert run.out.startswith("configuration: ") and "fixtures/factcheck.yaml" in run.out
    monkeypatch.delenv("FACTCHECK_CONFIG")
    run = factcheck("config")
    assert run.code == 0
    assert "pyproject.toml [tool.factcheck]" in run.out
    assert "claims: " in run.out


def test_config_file_sets_severity_and_unknown_keys_are_run_errors(factcheck, tmp_path) -> None:
    config = tmp_path / "factcheck.yaml"
    config.write_text("severity:\n  FC301: warning\n")
    wrong_year = FIXTURES / "broken" / "value-wrong-year.yaml"
    run = factcheck("verify", "--format", "json", "--config", config, wrong_year)
    assert run.code == 0
    assert run.findings("FC301")[0]["severity"] == "warning"
    config.write_text("severty:\n  FC301: warning\n")
    run = factcheck("verify", "--config", config, wrong_year)
    assert run.code == 2
    assert "unknown key `severty` (did you mean `severity`?)" in run.err


def test_python_dash_m_and_console_script_run() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "explain", "FC201"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("FC201 text-not-found")


@pytest.mark.parametrize("output_format", ["json", "html", "line"])
def test_a_reader_that_stops_early_is_not_a_write_error(output_format: str) -> None:
    """`factcheck verify | true`: the reader is gone before the report is written (true
    exits at once; a verify takes 100 ms or more). No error line, no traceback, exit 0."""
    script = (
        f"{sys.executable} -m factcheck verify {BUNDLED_CLAIMS} --format {output_format} | true;"
        ' echo "exit ${PIPESTATUS[0]}"'
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.splitlines()[-1] == "exit 0"
    assert done.stderr == ""

"""The small things that each cost a newcomer minutes (issue 15, item 5), as a user meets
them on the command line: each test runs the real command on real files in tmp_path."""

from __future__ import annotations

import hashlib
import shlex
import tomllib
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, ROOT
from factcheck import __version__


def _newsroom(tmp_path: Path) -> Path:
    """A fresh newsroom repository: one article, one claims file, no configuration."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "talks.md").write_bytes(
        (FIXTURES / "articles" / "talks.md").read_bytes()
    )
    (tmp_path / "claims").mkdir()
    claims = tmp_path / "claims" / "talks.yaml"
    claims.write_text(
        (FIXTURES / "valid.yaml").read_text().replace("articles/talks.md", "../articles/talks.md")
    )
    return claims


@pytest.fixture
def in_newsroom(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`factcheck ARGS...` run from the top of a fresh newsroom repository."""
    _newsroom(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    return factcheck


# --- verify with no path and no configuration ------------------------------------------


def test_verify_with_no_path_and_no_configuration_checks_the_claims_files_here(
    in_newsroom, tmp_path
) -> None:
    # Not claims files: a workflow, a compose file, a YAML with only one of the two keys.
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "claims.yml").write_text("claims: []\narticle: {path: x.md}\n")
    (tmp_path / "compose.yaml").write_text("services: {}\n")
    (tmp_path / "notes.yaml").write_text("claims: just a list of things\n")
    run = in_newsroom("verify", "--format", "line")
    assert (run.code, run.err) == (0, "")
    run = in_newsroom("verify", "--format", "json")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/talks.yaml"]


def test_the_verify_pre_commit_hook_runs_with_no_configuration(in_newsroom, tmp_path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    verify = next(hook for hook in hooks if hook["id"] == "factcheck-verify")
    assert verify["pass_filenames"] is False
    article = tmp_path / "articles" / "talks.md"
    article.write_text(article.read_text().replace("on June 2 in", "on June 3 in"))
    run = in_newsroom(*shlex.split(verify["entry"])[1:])
    assert run.code == 1
    assert "claims/talks.yaml:17:11: FC201 error `June 2` is not in the article" in run.out


def test_no_claims_file_anywhere_says_what_a_claims_file_is(
    factcheck, tmp_path, monkeypatch
) -> None:
    (tmp_path / "README.yaml").write_text("title: not claims\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    run = factcheck("verify")
    assert run.code == 2 and run.out == ""
    assert run.err == (
        "factcheck: error: no claims files given, none configured, and none found under the "
        "current folder (a claims file is a YAML file with top-level `claims:` and `article:` "
        'keys); name one, or set `claims = ["claims"]` under [tool.factcheck] in '
        "pyproject.toml\n"
    )


def test_config_says_verify_looks_here_when_nothing_is_configured(in_newsroom) -> None:
    run = in_newsroom("config")
    assert (
        "claims: (none configured: verify checks the claims files under the current folder)"
        in run.out.splitlines()
    )


# --- `off` unquoted ---------------------------------------------------------------------


def test_off_unquoted_in_factcheck_yaml_turns_a_code_off(in_newsroom, tmp_path) -> None:
    article = tmp_path / "articles" / "talks.md"
    article.write_text(article.read_text().replace("on June 2 in", "on June 3 in"))
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\nseverity:\n  FC201: off\n")
    run = in_newsroom("verify", "--format", "line")
    assert run.code == 0, run.out + run.err
    assert "FC201" not in run.out
    assert "  FC201: off" in in_newsroom("config").out.splitlines()


def test_on_unquoted_is_still_refused_with_the_values_allowed(in_newsroom, tmp_path) -> None:
    (tmp_path / "factcheck.yaml").write_text("severity:\n  FC201: on\n")
    run = in_newsroom("verify")
    assert run.code == 2
    assert run.err.endswith(
        "factcheck.yaml: severity of FC201 must be one of error, warning, info, off, not True\n"
    )


# --- -V, explain by name, the licence -------------------------------------------------


def test_dash_capital_v_prints_the_version(factcheck, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        factcheck("-V")
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"factcheck {__version__}\n"


def test_explain_takes_a_rule_name(factcheck) -> None:
    by_name = factcheck("explain", "text-not-found")
    assert by_name.code == 0
    assert by_name.out.startswith("FC201 text-not-found (default severity: error)\n")
    assert by_name.out == factcheck("explain", "FC201").out


def test_explain_a_misspelt_name_suggests_the_rule(factcheck) -> None:
    run = factcheck("explain", "text-not-fund")
    assert run.code == 2
    assert run.err == (
        "factcheck: error: unknown code text-not-fund (did you mean text-not-found? "
        "see `factcheck explain` for the list)\n"
    )


def test_the_licence_is_the_apache_2_text_pyproject_names() -> None:
    licence = (ROOT / "LICENSE").read_bytes()
    assert b"Apache License\n                           Version 2.0, January 2004" in licence
    # The standard text, unaltered (as apache.org serves LICENSE-2.0.txt).
    assert hashlib.sha256(licence).hexdigest() == (
        "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"
    )
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == {"text": "Apache-2.0"}


# --- validate --format -----------------------------------------------------------------

BROKEN_KEY = FIXTURES / "broken" / "duplicate-key.yaml"
BROKEN_SHOWN = "tests/fixtures/broken/duplicate-key.yaml"


def test_validate_rich_shows_each_finding_with_its_hint(factcheck) -> None:
    run = factcheck("validate", "--format", "rich", "--color", "never", BROKEN_KEY)
    assert run.code == 1
    assert run.out.splitlines() == [
        f"  FC102 error  {BROKEN_SHOWN}:17:5  duplicate key `value` (first at line 16)",
        "      hint    YAML keeps only one of them: remove or rename one.",
        "1 claims file validated, 1 error(s)",
    ]


def test_validate_line_stays_one_finding_a_line(factcheck) -> None:
    run = factcheck("validate", BROKEN_KEY)
    assert run.out.splitlines() == [
        f"{BROKEN_SHOWN}:17:5: FC102 error duplicate key `value` (first at line 16)",
        "1 claims file validated, 1 error(s)",
    ]
    assert factcheck("validate", "--format", "line", BROKEN_KEY).out == run.out


def test_validate_json_is_the_json_report_and_nothing_else(factcheck) -> None:
    run = factcheck("validate", "--format", "json", BROKEN_KEY)
    assert run.code == 1
    [finding] = run.report["findings"]
    assert (finding["code"], finding["line"], finding["hint"]) == (
        "FC102",
        17,
        "YAML keeps only one of them: remove or rename one.",
    )


def test_validate_github_annotates_the_line(factcheck) -> None:
    run = factcheck("validate", "--format", "github", BROKEN_KEY)
    assert run.code == 1
    assert run.out.startswith(
        f"::error file={BROKEN_SHOWN},line=17,col=5,title=FC102 duplicate-key::"
    )


# --- `-` for standard input ------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_claims_file_on_standard_input_finds_its_article_from_here(
    in_newsroom, tmp_path, monkeypatch
) -> None:
    text = (tmp_path / "claims" / "talks.yaml").read_text()
    _stdin(monkeypatch, text.replace("../articles/talks.md", "articles/talks.md").encode())
    run = in_newsroom("verify", "-", "--format", "json")
    assert run.code == 0, run.out
    assert [f["claims_file"] for f in run.report["files"]] == ["<stdin>"]
    assert run.report["files"][0]["article_file"] == "articles/talks.md"
    assert [c["result"] for c in run.report["claims"]] == ["pass", "pass", "pass"]


def test_findings_on_standard_input_name_it_with_their_line(in_newsroom, tmp_path, monkeypatch):
    text = (tmp_path / "claims" / "talks.yaml").read_text()
    text = text.replace("../articles/talks.md", "articles/talks.md").replace("June 2\n", "June 9\n")
    _stdin(monkeypatch, text.encode())
    run = in_newsroom("verify", "-", "--format", "line")
    assert run.code == 1
    assert run.out.splitlines()[0] == (
        "<stdin>:17:11: FC201 error `June 9` is not in the article [round-2-date]"
    )


def test_standard_input_that_is_not_utf8_is_fc110(in_newsroom, monkeypatch) -> None:
    _stdin(monkeypatch, b"article: {path: x.md}\n\xff\n")
    run = in_newsroom("validate", "-")
    assert run.code == 1
    assert run.out.startswith("<stdin>:2:1: FC110 error the file is not UTF-8")


def test_standard_input_goes_alone_and_not_to_accept(in_newsroom, monkeypatch) -> None:
    _stdin(monkeypatch, b"")
    run = in_newsroom("verify", "-", "claims")
    assert (run.code, run.err) == (
        2,
        "factcheck: error: `-` (a claims file on standard input) cannot go with other paths\n",
    )
    run = in_newsroom("accept", "--file", "-")
    assert (run.code, run.err) == (
        2,
        "factcheck: error: accept needs a claims file, not `-`: the lock is written beside it\n",
    )


def test_standard_input_over_the_size_limit_is_refused(in_newsroom, tmp_path, monkeypatch):
    (tmp_path / "factcheck.yaml").write_text("max-file-size: 100\n")
    _stdin(monkeypatch, b"#" * 101)
    run = in_newsroom("verify", "-")
    assert (run.code, run.err) == (
        2,
        "factcheck: error: standard input is larger than max-file-size (100 bytes)\n",
    )

"""Hostile configuration files: a located one-line run error (exit 2), never a traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.cli import main


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty repository as the current folder, with no configuration chosen for it."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    return tmp_path


def _config_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["config", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


def test_a_toml_syntax_error_is_located(newsroom: Path, capsys) -> None:
    (newsroom / "pyproject.toml").write_text("[tool.factcheck]\nfail-on = error\n", "utf-8")
    err = _config_error(capsys)
    assert err == f"factcheck: error: {newsroom / 'pyproject.toml'}:2:11: Invalid value\n"


def test_a_huge_integer_in_toml_is_located(newsroom: Path, capsys) -> None:
    pyproject = newsroom / "pyproject.toml"
    pyproject.write_text("[tool.factcheck]\nfail-on = " + "7" * 5000 + "\n", encoding="utf-8")
    err = _config_error(capsys)
    assert err == (
        f"factcheck: error: {pyproject}:2:11: a number has more than 4,300 digits, "
        "which no setting needs\n"
    )


def test_deep_toml_is_a_run_error(newsroom: Path, capsys) -> None:
    pyproject = newsroom / "pyproject.toml"
    pyproject.write_text("[tool.factcheck]\nx = " + "[" * 50_000 + "]" * 50_000, "utf-8")
    err = _config_error(capsys)
    assert err == f"factcheck: error: {pyproject}: the TOML nests tables or arrays too deeply\n"


def test_deep_yaml_configuration_is_a_run_error(newsroom: Path, capsys) -> None:
    (newsroom / "factcheck.yaml").write_text("claims: " + "[" * 50_000 + "]" * 50_000, "utf-8")
    err = _config_error(capsys)
    assert err.startswith(f"factcheck: error: {newsroom / 'factcheck.yaml'}")


def test_a_configuration_over_the_size_limit_is_refused(newsroom: Path, capsys) -> None:
    config = newsroom / "factcheck.yaml"
    with open(config, "w", encoding="utf-8") as stream:
        stream.write("# " + "x" * 10_000_001 + "\n")
    err = _config_error(capsys)
    assert "is larger than the limit of 10 MB" in err


def test_config_option_naming_a_fifo_is_refused_without_hanging(newsroom: Path, capsys) -> None:
    fifo = newsroom / "config.yaml"
    os.mkfifo(fifo)
    err = _config_error(capsys, "--config", str(fifo))
    assert err == f"factcheck: error: --config names {str(fifo)!r}, which is not a file\n"


def test_a_configuration_above_the_git_top_level_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    (tmp_path / "factcheck.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    monkeypatch.chdir(repository)
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "configuration: defaults" in out
    assert f"root: {repository.resolve()} (the git top level)" in out

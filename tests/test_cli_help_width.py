"""The command line's help is wrapped as argparse wraps it, without importing shutil.

`factcheck.cli._Parser` hands argparse's formatter the width argparse would find itself
(`shutil.get_terminal_size().columns`), so a cold run that prints no help does not import
shutil, bz2 and lzma. These tests hold the help of every subcommand, at several `COLUMNS`,
to argparse's own formatter, and the width rule to shutil's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from factcheck import cli

COMMANDS = sorted(cli._COMMANDS)


def _help(command: str | None) -> str:
    parser = cli._parser(command)
    if command is None:
        return parser.format_help()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return commands.choices[command].format_help()


@pytest.mark.parametrize("columns", [None, "20", "57", "80", "200", "0", "-3", "wide"])
def test_help_is_wrapped_as_argparse_wraps_it(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    ours = {command: _help(command) for command in [None, *COMMANDS]}
    monkeypatch.setattr(cli._Parser, "_get_formatter", argparse.ArgumentParser._get_formatter)
    theirs = {command: _help(command) for command in [None, *COMMANDS]}
    assert ours == theirs
    assert "--format" in ours["verify"]
    if columns == "20":
        assert ours["verify"].startswith("usage: factcheck verify\n       [-h]\n")  # wrapped


@pytest.mark.parametrize(
    "columns", [None, "", "0", "-5", "abc", " 12 ", "+30", "1_000", "100", "99999"]
)
def test_the_width_rule_is_shutils(monkeypatch: pytest.MonkeyPatch, columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns


def test_a_cold_verify_imports_no_shutil() -> None:
    probe = (
        "import sys\n"
        "from factcheck.__main__ import run\n"
        "code = run()\n"
        "print(sorted({'shutil', 'bz2', 'lzma', 'tempfile'} & set(sys.modules)), file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    claims = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    for fmt in ("rich", "line"):
        done = subprocess.run(
            [sys.executable, "-c", probe, "verify", str(claims), "--format", fmt],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines()[-1] == "[]", fmt

"""The rich report on a pipe or in a file is written without rich, byte for byte as rich
wrote it (issue 15, item 7: a cold verify no longer imports rich's 42 modules to print
plain text).

Each report is rendered twice through the real command line: as users get it now (the
plain writer, `factcheck.report.plain_text`) and through rich as before (the test turns
`plain_output` off, so rich gets the same stream and colour setting it always had). The
reports: both bundled claims files at every detail level and at narrow and wide COLUMNS, an
article edited under its lock (errors with folded findings), hostile input (escape
sequences, bidi controls, markup, a name that is not UTF-8), words written for the widths
(wide and combining characters, emoji, a word longer than any line, tabs and controls
escaped, a title starting with `::`), `validate --format rich`, and drafts of gold articles.
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from factcheck.report import plain_text, rich_report

BUNDLED = sorted((ROOT / "claims").glob("*.yaml"))
DETAILS = ((), ("-v",), ("-q",))


def _both(factcheck, monkeypatch: pytest.MonkeyPatch, *args: str):  # type: ignore[no-untyped-def]
    """The run as written now (plain) and through rich, as before."""
    plain = factcheck(*args)
    with monkeypatch.context() as patch:
        patch.setattr(rich_report, "plain_output", lambda stream, color: False)
        through_rich = factcheck(*args)
    return plain, through_rich


def _assert_same(factcheck, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    plain, through_rich = _both(factcheck, monkeypatch, *args)
    assert (plain.code, plain.err) == (through_rich.code, through_rich.err)
    assert plain.out.encode("utf-8", "surrogateescape") == through_rich.out.encode(
        "utf-8", "surrogateescape"
    )
    assert plain.out.endswith("\n")
    return plain.out


@pytest.mark.parametrize("columns", [None, "20", "300"])
@pytest.mark.parametrize("detail", DETAILS, ids=["normal", "verbose", "quiet"])
def test_bundled_reports_are_the_same_without_rich(
    factcheck, monkeypatch: pytest.MonkeyPatch, detail: tuple[str, ...], columns: str | None
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = _assert_same(factcheck, monkeypatch, "verify", *detail, *map(str, BUNDLED))
    assert "passed: 2 articles" in out
    if detail == ("-v",):
        assert "…his press conference at the Palace of Independence" in out


def test_a_failing_report_with_folded_findings_is_the_same(
    factcheck, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    for claims in BUNDLED:
        article = ROOT / "articles" / f"{claims.stem}.md"
        text = article.read_text(encoding="utf-8").replace("June 2", "June 3", 1)
        (tmp_path / "articles" / article.name).write_text(text, encoding="utf-8")
        shutil.copy(claims, tmp_path / "claims" / claims.name)
        shutil.copy(claims.with_suffix(".lock.json"), tmp_path / "claims")
    monkeypatch.chdir(tmp_path)
    verbose = _assert_same(factcheck, monkeypatch, "verify", "-v", "claims")
    out = _assert_same(factcheck, monkeypatch, "verify", "claims")
    assert out.splitlines()[-1].startswith("FAILED:")
    assert "FC207" in out and "      ↳ " in out  # a cause and a finding folded under it
    assert len(verbose.splitlines()) > len(out.splitlines())  # -v lists every claim


def test_hostile_input_is_escaped_the_same(hostile_files, factcheck, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for detail in DETAILS:
        out = _assert_same(factcheck, monkeypatch, "verify", *detail, *hostile_files)
        assert "\x1b" not in out
        if detail == ("-v",):
            assert "\\x1b[31mred" in out


@pytest.fixture
def hostile_files(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:  # type: ignore[no-untyped-def]
    from test_report_hostile import _hostile_files

    config = tmp_path / "factcheck.yaml"
    config.write_text('severity:\n  FC501: "off"\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
    monkeypatch.chdir(tmp_path)
    return _hostile_files(tmp_path)


# Words that test what a cell width or a character filter could get wrong.
ODD_ARTICLE = """---
title: "::warning::東京 talks ́ résumé 🇯🇵 {long}"
published: 2025-06-27T22:57:00+03:00
---

In 東京 on June 2 the 👩‍👩‍👧 delegation met.

Officials said the {long} was ready, and a value with a\ttab was not.
"""
ODD_CLAIMS = """article:
  path: ../articles/odd.md
subjects:
  talks: {{kind: event}}
claims:
  - id: tokyo-date
    subject: talks
    property: date
    type: date
    value: 2025-06-02
    text: June 2
    context: In 東京 on June 2
    status: unverified
  - id: long-word
    subject: talks
    property: word
    type: text
    value: "{long}"
    text: "{long}"
    status: unverified
  - id: missing-wide
    subject: talks
    property: family
    type: text
    value: "\u0301 👩‍👩‍👧 東京\\t\\x07\\x08\\x0b\\x0c\\r ::x  two  spaces\u00a0"
    text: "\u0301 not in the article \u200b"
    status: verified
    sources: [{{url: "https://example.org/a", title: "東京 ́"}}]
"""


def test_wide_combining_tab_and_control_characters_are_the_same(
    factcheck, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    long = "x" * 2500  # longer than the cap, and than any line
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "odd.md").write_text(ODD_ARTICLE.format(long=long), encoding="utf-8")
    (tmp_path / "claims" / "odd.yaml").write_text(ODD_CLAIMS.format(long=long), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for columns in ("20", "300"):
        monkeypatch.setenv("COLUMNS", columns)
        for detail in DETAILS:
            out = _assert_same(factcheck, monkeypatch, "verify", *detail, "claims/odd.yaml")
    out = _assert_same(factcheck, monkeypatch, "verify", "-v", "claims/odd.yaml")
    assert "\\x3a:warning::東京" in out  # the title's `::` is not a workflow command
    assert "👩‍👩‍👧" in out and "\\t" in out and "[truncated, 2,500 characters]" in out


def test_validate_rich_is_the_same(factcheck, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.yaml"
    broken.write_text("article: {path: a.md}\nclaims:\n  - id: x\n    tpye: date\n", "utf-8")
    out = _assert_same(factcheck, monkeypatch, "validate", "--format", "rich", str(broken))
    assert "broken.yaml:" in out
    _assert_same(factcheck, monkeypatch, "validate", "--format", "rich", *map(str, BUNDLED))


@pytest.mark.parametrize(
    "gold", ["tests/gold-real", "tests/gold-dev", "tests/gold-dev-people"], ids=str
)
def test_reports_of_gold_drafts_are_the_same(
    factcheck, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, gold: str
) -> None:
    """Drafts of real articles (one corpus's first three): quotes, names and places from
    many outlets, with the FC501 warnings of a default project."""
    import yaml

    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    for gold_file in sorted((ROOT / gold).glob("*.yaml"))[:3]:
        named = yaml.safe_load(gold_file.read_text(encoding="utf-8"))["article"]
        article = (gold_file.parent / named).resolve()
        shutil.copy(article, tmp_path / "articles" / article.name)
    monkeypatch.chdir(tmp_path)
    for article in sorted((tmp_path / "articles").iterdir()):
        assert factcheck("extract", f"articles/{article.name}").code == 0
    for detail in DETAILS:
        out = _assert_same(factcheck, monkeypatch, "verify", *detail, "claims")
        assert "3 articles" in out.splitlines()[-1]


# --- when the plain writer is used ---------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


def test_plain_only_where_rich_would_print_characters_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    assert rich_report.plain_output(io.StringIO(), None)
    assert rich_report.plain_output(_Tty(), False)  # --color never, NO_COLOR, --output
    assert not rich_report.plain_output(io.StringIO(), True)  # --color always
    assert not rich_report.plain_output(_Tty(), None)
    assert not rich_report.plain_output(_Closed(), None)  # rich has its own answer
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not rich_report.plain_output(io.StringIO(), None)
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert not rich_report.plain_output(io.StringIO(), None)
    monkeypatch.delenv("TTY_COMPATIBLE")
    monkeypatch.setattr(builtins, "get_ipython", lambda: None, raising=False)
    assert not rich_report.plain_output(io.StringIO(), None)


def test_forced_colour_on_a_pipe_still_gets_rich_colours(
    factcheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in factcheck("verify", str(BUNDLED[0])).out
    monkeypatch.delenv("FORCE_COLOR")
    assert "\x1b[" in factcheck("verify", "--color", "always", str(BUNDLED[0])).out


def test_a_terminal_gets_rich_with_its_width(tmp_path: Path) -> None:
    """On a real terminal (a pseudo-terminal here) the report is rich's: coloured, wrapped."""
    import pty

    probe = (
        "import sys\n"
        "from factcheck.__main__ import run\n"
        "code = run()\n"
        "print('RICH' if 'rich.console' in sys.modules else 'PLAIN', file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(COLUMNS="60", TERM="xterm-256color")
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-c", probe, "verify", str(BUNDLED[0])],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=secondary,
            stderr=subprocess.PIPE,
            env=env,
            timeout=120,
            check=False,
        )
        os.close(secondary)
        secondary = -1
        shown = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if secondary != -1:
            os.close(secondary)
        os.close(primary)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().split()[-1] == "RICH"
    assert b"\x1b[" in shown
    assert max(len(line) for line in _no_escapes(shown).splitlines()) <= 60


def _no_escapes(raw: bytes) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", raw.decode("utf-8")).replace("\r", "")


def test_a_pipe_gets_the_report_without_importing_rich() -> None:
    probe = (
        "import sys\n"
        "from factcheck.__main__ import run\n"
        "code = run()\n"
        "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('rich.')),"
        " file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, "-c", probe, "verify", str(BUNDLED[0])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("passed: 1 article")
    assert done.stderr.splitlines()[-1] == "[]"


def test_the_report_own_characters_are_one_cell_each_as_rich_counts() -> None:
    from rich.cells import cell_len

    assert all(cell_len(char) == 1 for char in plain_text._ONE_CELL)
    for text in ("", "abc", "✓ ok", "東京", "\u0301", "a\u200bb", "👩‍👩‍👧", "x\x07"):
        assert plain_text.cell_len(text) == cell_len(text), text


def test_a_stream_that_cannot_encode_a_character_gets_the_same_escapes_as_under_rich() -> None:
    """An ASCII-only stdout: the whole report, the same bytes on both paths, the characters
    the stream cannot hold escaped (factcheck.report.stream_encoding), no traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PYTHONIOENCODING"] = "ascii"
    force_rich = (
        "import sys\n"
        "from factcheck.report import rich_report\n"
        "rich_report.plain_output = lambda stream, color: False\n"
        "from factcheck.cli import main\n"
        "sys.exit(main())\n"
    )
    plain, through_rich = (
        subprocess.run(
            [sys.executable, *command, "verify", str(BUNDLED[-1])],
            cwd=ROOT,
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        for command in (["-m", "factcheck"], ["-c", force_rich])
    )
    assert plain.returncode == through_rich.returncode == 0
    assert plain.stdout == through_rich.stdout
    assert plain.stdout.startswith(b"\n")
    assert b"\\u" in plain.stdout  # escaped, not cut short
    plain.stdout.decode("ascii")
    assert plain.stderr == through_rich.stderr == b""

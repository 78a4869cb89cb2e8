"""The terminal report as a user sees it: what needs attention by default, every claim with
-v, the summary alone with -q, and lines wrapped to the terminal's width without ever
cutting a `path:line:col` location."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from conftest import BUNDLED_CLAIMS, FIXTURES, ROOT, TEST_CONFIG, bundled_copy
from factcheck.cli import main

# The June 27 example alone: these tests read one article's report line by line.
CLAIMS = BUNDLED_CLAIMS.relative_to(ROOT).as_posix()
SUMMARY = (
    "passed: 1 article, 63 claims (58 passed, 5 with warnings, 0 failed; 5 unverified), "
    "19 checks (19 held), 0 errors, 5 warnings"
)


class _Terminal(io.StringIO):
    """Standard output that says it is a terminal, as a user's shell gives it."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def on_terminal(monkeypatch: pytest.MonkeyPatch):
    """Run `factcheck ARGS...` from the repository root with stdout on a terminal of
    `columns` columns; returns (exit code, what the terminal shows)."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(TEST_CONFIG))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

    def run(*args: str | Path, columns: int = 60) -> tuple[int, str]:
        monkeypatch.setenv("COLUMNS", str(columns))
        screen = _Terminal()
        monkeypatch.setattr(sys, "stdout", screen)
        code = main([str(a) for a in args])
        monkeypatch.undo()  # restores sys.stdout; set the environment again for the next run
        monkeypatch.chdir(ROOT)
        monkeypatch.setenv("FACTCHECK_CONFIG", str(TEST_CONFIG))
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
        return code, screen.getvalue()

    return run


def test_default_shows_what_needs_attention_wrapped_at_60_columns(on_terminal) -> None:
    code, out = on_terminal("verify", CLAIMS, "--color", "never", columns=60)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert len(lines) < 100  # it was 172 lines, every passing claim included
    start = lines.index("  ! briefing-date  unverified  date 2025-06-26")
    assert lines[start : start + 3] == [
        "  ! briefing-date  unverified  date 2025-06-26",
        "      26:64  …said during a press briefing on June 26 that",
        "             it was Ukraine's goal to…",
    ]
    start = lines.index(f"      {CLAIMS}:748:13")
    assert lines[start - 1 : start + 8] == [
        "  FC425 warning",
        f"      {CLAIMS}:748:13",
        "      `briefing-date` is unverified  [briefing-date]",
        "      article articles/2025-06-27-putin-third-round.md:26:64",
        "      hint    The reports of the briefing at hand (Ukrainska",
        "              Pravda, Interfax-Ukraine, UNN) are all dated",
        "              June 27, 2025 and do not give the briefing's",
        "              day. The Ministry of Defence's own release, or",
        "              a report dated June 26, would verify June 26.",
    ]
    assert "  58 claims passed and 19 checks held: -v lists them" in lines
    assert "round-2-date" not in out  # a passing claim
    assert lines[-3:] == [
        "passed: 1 article, 63 claims (58 passed, 5 with warnings, 0",
        "        failed; 5 unverified), 19 checks (19 held), 0",
        "        errors, 5 warnings",
    ]


def test_a_location_is_never_split_however_narrow_the_terminal(on_terminal) -> None:
    for columns in (40, 50, 60, 72):
        _, out = on_terminal("verify", CLAIMS, "--color", "never", columns=columns)
        lines = out.splitlines()
        locations = [f"{CLAIMS}:{line}:13" for line in (472, 748, 1005, 1032, 1044)] + [
            f"articles/2025-06-27-putin-third-round.md:{place}"
            for place in ("7:100", "26:64", "38:76", "46:72", "46:207")
        ]
        paths = [CLAIMS, "articles/2025-06-27-putin-third-round.md"]
        for location in locations:
            assert any(location in line for line in lines), (columns, location)
        for line in lines:  # only a location longer than the width may pass it, whole
            assert len(line) <= columns or line.strip() in locations + paths, (columns, line)


def test_a_wide_terminal_keeps_a_finding_on_one_line(on_terminal) -> None:
    _, out = on_terminal("verify", CLAIMS, "--color", "never", columns=200)
    assert (
        f"  FC425 warning  {CLAIMS}:748:13  `briefing-date` is unverified  [briefing-date]\n" in out
    )
    assert out.splitlines()[-1] == SUMMARY


def test_verbose_lists_every_claim_and_check(on_terminal) -> None:
    code, out = on_terminal("verify", CLAIMS, "-v", "--color", "never", columns=100)
    assert code == 0
    marks = [line for line in out.splitlines() if line.startswith(("  ✓ ", "  ! ", "  ✗ "))]
    assert len(marks) == 63 + 19
    assert "  ✓ round-2-date  verified  date 2025-06-02" in out.splitlines()
    assert "  checks (19)" in out.splitlines()
    assert "-v lists them" not in out
    assert max(len(line) for line in out.splitlines()) <= 100


def test_quiet_prints_the_summary_line_only(on_terminal) -> None:
    code, out = on_terminal("verify", CLAIMS, "--quiet", "--color", "never", columns=200)
    assert (code, out) == (0, SUMMARY + "\n")
    assert on_terminal("verify", CLAIMS, "-q", "--color", "never", columns=200) == (
        0,
        SUMMARY + "\n",
    )


def test_quiet_and_verbose_together_are_refused(factcheck) -> None:
    run = factcheck("verify", "-q", "-v")
    assert run.code == 2
    assert "not allowed with argument" in run.err and run.err.count("\n") == 1


def test_a_pipe_gets_whole_lines_whatever_columns_says(factcheck, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")  # pytest-xdist and some shells export it
    out = factcheck("verify", CLAIMS, "--color", "never").out
    assert (
        f"  FC425 warning  {CLAIMS}:748:13  `briefing-date` is unverified  [briefing-date]\n" in out
    )
    assert out.splitlines()[-1] == SUMMARY


def test_a_failing_claim_is_shown_with_its_excerpt_and_the_run_fails(on_terminal, tmp_path) -> None:
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / "2025-06-27-putin-third-round.md"
    article.write_text(
        article.read_text().replace(
            "took place on June 2 in Istanbul", "took place on June 3 in Istanbul"
        )
    )
    code, out = on_terminal("verify", "--root", tmp_path, claims, "--color", "never", columns=80)
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith("  ✗ ") for line in lines), out
    assert lines[-2].startswith("FAILED: 1 article, 63 claims (")


def test_an_article_where_everything_passed_is_one_line(on_terminal, tmp_path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "talks.md").write_bytes(
        (FIXTURES / "articles" / "talks.md").read_bytes()
    )
    claims = tmp_path / "talks.yaml"
    claims.write_text((FIXTURES / "valid.yaml").read_text())
    code, out = on_terminal("verify", "--root", tmp_path, claims, "--color", "never", columns=200)
    assert code == 0, out
    assert out.splitlines() == [
        f"✓ {claims} (3 claims, 0 checks)",
        "",
        "passed: 1 article, 3 claims (3 passed, 0 with warnings, 0 failed; 0 unverified), "
        "0 checks (0 held), 0 errors, 0 warnings",
    ]


def test_wrapping_never_starts_a_line_with_a_workflow_command(on_terminal, tmp_path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "talks.md").write_bytes(
        (FIXTURES / "articles" / "talks.md").read_bytes()
    )
    claims = tmp_path / "talks.yaml"
    text = (
        (FIXTURES / "valid.yaml")
        .read_text()
        .replace(
            "    text: June 2\n    status: verified\n",
            "    text: June 2\n    status: unverified\n"
            "    note: a note that is long enough to wrap ::error::pwned and ::warning::twice\n",
        )
    )
    claims.write_text(text)
    escaped = set()
    for columns in range(30, 90):
        _, out = on_terminal(
            "verify", "--root", tmp_path, claims, "--color", "never", columns=columns
        )
        assert "pwned" in out
        for line in out.splitlines():
            assert not line.lstrip().startswith("::"), (columns, line)
            if line.lstrip().startswith("\\x3a:"):
                escaped.add(line.lstrip())
    # at some widths a word of the note did start a line: written `\x3a:`, the same text
    assert {"\\x3a:error::pwned and", "\\x3a:warning::twice"} <= escaped


def test_a_real_terminal_of_60_columns_wraps_at_60(tmp_path) -> None:
    """The width comes from the terminal itself when COLUMNS is not set."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 60, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "GITHUB_ACTIONS")}
    env.update(FACTCHECK_CONFIG=str(TEST_CONFIG), NO_COLOR="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "verify", CLAIMS],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    os.close(leader)
    screen = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    lines = screen.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert f"      {CLAIMS}:748:13" in lines

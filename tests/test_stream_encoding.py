"""A standard output that cannot encode every character (LANG=C, PYTHONIOENCODING=ascii)
still gets the whole report, escaped the way its reader reads escapes, and never a
traceback: the bundled article's "✓", "·" and "±" ended every format but `line` in a
UnicodeEncodeError before.

Each run is a real process (the encoding is the interpreter's, set at start-up), reading
the bundled example from the repository and writing nothing but its standard streams.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.dom.minidom

import pytest

from conftest import ROOT

CLAIMS = "claims/2025-06-27-putin-third-round.yaml"


def _run(*args: str, encoding: str = "ascii") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize(
    "output_format", ["rich", "json", "sarif", "html", "junit", "markdown", "line", "github"]
)
def test_every_format_is_written_whole_to_an_ascii_stream(output_format: str) -> None:
    done = _run("verify", CLAIMS, "--format", output_format)
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    assert b"Traceback" not in done.stderr
    assert done.stderr == b""
    done.stdout.decode("ascii")  # every byte is ASCII: nothing was cut short
    assert done.stdout.endswith(b"\n")


def test_json_escapes_are_json_and_read_back_as_the_utf8_report() -> None:
    ascii_run = _run("verify", CLAIMS, "--format", "json")
    utf8_run = _run("verify", CLAIMS, "--format", "json", encoding="utf-8")
    assert b"\\u2013" in ascii_run.stdout  # the article's en dash, escaped inside a string
    assert json.loads(ascii_run.stdout) == json.loads(utf8_run.stdout.decode("utf-8"))


def test_sarif_stays_valid_json() -> None:
    done = _run("verify", CLAIMS, "--format", "sarif")
    assert json.loads(done.stdout)["version"] == "2.1.0"


def test_html_and_junit_get_character_references() -> None:
    html = _run("verify", CLAIMS, "--format", "html").stdout.decode("ascii")
    assert "&#183;" in html  # the middle dot of the report's headings
    junit = _run("verify", CLAIMS, "--format", "junit").stdout
    xml.dom.minidom.parseString(junit)  # well formed


def test_the_terminal_report_shows_backslash_escapes() -> None:
    out = _run("verify").stdout.decode("ascii")
    assert out.startswith("\\u2713 claims/2025-06-02-istanbul-second-round.yaml (31 claims")


def test_a_utf8_stream_is_left_as_it_is() -> None:
    out = _run("verify", encoding="utf-8").stdout.decode("utf-8")
    assert out.startswith("\u2713 claims/2025-06-02-istanbul-second-round.yaml (31 claims")

"""Cold start: a run builds and imports only what it uses, and users see the same thing.

Speed itself is measured by `benchmarks/cold_start.py`, never here; these tests hold what the
start-up work may not change (help, messages, the report) and what it may not load.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import BUNDLED_CLAIMS, ROOT
from factcheck import cli

COMMANDS = sorted(cli._COMMANDS)


def _parsed(capsys: pytest.CaptureFixture[str], parser_command: str | None, argv: list[str]):
    """Exit code, stdout and stderr of parsing `argv` with `cli._parser(parser_command)`."""
    try:
        cli._parser(parser_command).parse_args(argv)
        code = 0
    except SystemExit as stop:
        code = stop.code
    except cli.RunError as error:
        code, message = 2, str(error)
        captured = capsys.readouterr()
        return code, captured.out, captured.err + message
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", COMMANDS)
def test_a_subcommands_help_is_the_same_when_only_its_parser_is_built(
    command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    whole = _parsed(capsys, None, [command, "--help"])
    alone = _parsed(capsys, command, [command, "--help"])
    assert whole[0] == 0 and whole[1].startswith(f"usage: factcheck {command}")
    assert alone == whole


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "--format", "yaml"],
        ["verify", "--bogus"],
        ["validate", "--jobs"],
        ["explain", "FC201", "FC202"],
        ["completion", "fish"],
    ],
)
def test_a_bad_option_gets_the_same_message_when_only_its_parser_is_built(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    whole = _parsed(capsys, None, argv)
    alone = _parsed(capsys, argv[0], argv)
    assert whole[0] == 2 and "see `factcheck" in whole[2]
    assert alone == whole


def test_the_command_line_picks_the_parser_by_the_first_argument_only() -> None:
    assert cli._command_named(["verify", "claims"]) == "verify"
    assert cli._command_named(["claims", "verify"]) is None  # not a subcommand: all are built
    assert cli._command_named(["verif"]) is None  # so "invalid choice" lists every command
    assert cli._command_named(["-V"]) is None
    assert cli._command_named([]) is None


def test_an_unknown_command_is_refused_with_every_command_listed(factcheck) -> None:
    run = factcheck("verif")
    assert run.code == 2
    assert "invalid choice: 'verif'" in run.err
    for command in COMMANDS:
        assert f"'{command}'" in run.err


def _modules_after(argv: list[str]) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a fresh process holds after `factcheck ARGV` (stdout is the report)."""
    probe = (
        "import sys\n"
        "from factcheck.__main__ import run\n"
        f"sys.argv = ['factcheck', *{argv!r}]\n"
        "code = run()\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
        "raise SystemExit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return set(done.stderr.split()), done


# Loaded by a run only when it needs them: other formats, invalid files, other commands,
# hints and diffs (difflib) when a phrase is missing or a key misspelt, markdown-it-py for a
# Markdown body that is not plain prose, HTML escaping and character references (html),
# worker processes (signal).
NOT_FOR_A_VALID_FILE_IN_JSON = (
    "difflib",
    "markdown_it",
    "html",
    "signal",
    "pydantic",
    "rich",
    "factcheck.report.rich_report",
    "factcheck.report.html_report",
    "factcheck.report.sarif_report",
    "factcheck.report.junit_report",
    "factcheck.report.markdown_report",
    "factcheck.report.github_report",
    "factcheck.extract",
    "factcheck.export",
    "factcheck.pin.accept",
    "factcheck.changes",
)


def test_verify_of_a_valid_file_imports_only_what_it_uses() -> None:
    modules, done = _modules_after(["verify", str(BUNDLED_CLAIMS), "--format", "json"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("{")
    loaded = sorted(m for m in NOT_FOR_A_VALID_FILE_IN_JSON if m in modules)
    assert loaded == []


def test_a_lazy_pattern_compiles_on_first_use_and_then_acts_as_the_pattern() -> None:
    from factcheck.lazy_pattern import LazyPattern

    lazy = LazyPattern(r"(?P<day>[0-9]{1,2}) (June|July)", re.IGNORECASE)
    compiled = re.compile(r"(?P<day>[0-9]{1,2}) (June|July)", re.IGNORECASE)
    assert "search" not in vars(lazy)  # nothing compiled yet
    text = "On 2 june and 27 July, not 3 May."
    assert lazy.search(text).group("day") == "2"
    assert "search" in vars(lazy)  # compiled once, now a plain attribute
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
    )
    assert LazyPattern(rb"^claims:", re.MULTILINE).search(b"a: 1\nclaims: []").start() == 5
    with pytest.raises(AttributeError):
        _ = lazy.no_such_method


def test_a_clean_verify_compiles_no_pattern_of_the_other_media() -> None:
    probe = (
        "import io, sys, contextlib\n"
        "from factcheck.__main__ import run\n"
        f"sys.argv = ['factcheck', 'verify', {str(BUNDLED_CLAIMS)!r}, '--format', 'json']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = run()\n"
        "from factcheck.report import escape\n"
        "print(code, [name for name in ('_NOT_XML', '_XML_SHOWN', '_MARKDOWN_SPECIAL')\n"
        "             if 'search' in vars(getattr(escape, name))])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.stdout.split("\n")[0] == "0 []", done.stderr[-2000:]


def test_start_up_is_frozen_before_the_first_file_without_a_collection_on_the_way() -> None:
    """What start-up imports lives to the end: the collector is not to scan it (a young
    collection of some 20,000 objects, in the middle of the imports), only to freeze it."""
    probe = (
        "import gc, io, sys, contextlib\n"
        "from factcheck.__main__ import run\n"
        "seen = {'collections': 0, 'at_freeze': None}\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.update(\n"
        "    collections=seen['collections'] + 1))\n"
        "freeze = gc.freeze\n"
        "def frozen():\n"
        "    if seen['at_freeze'] is None:\n"
        "        seen['at_freeze'] = (seen['collections'], gc.get_threshold()[0],\n"
        "                             'factcheck.engine' in sys.modules)\n"
        "    freeze()\n"
        "gc.freeze = frozen\n"
        f"sys.argv = ['factcheck', 'verify', {str(BUNDLED_CLAIMS)!r}, '--format', 'json']\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = run()\n"
        "print(code, *seen['at_freeze'], gc.get_threshold()[0])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    from factcheck.collector import START_UP_THRESHOLD, YOUNG_THRESHOLD

    expected = f"0 0 {START_UP_THRESHOLD} True {YOUNG_THRESHOLD}"
    assert done.stdout.strip() == expected, done.stderr[-2000:]


def test_validate_imports_nothing_only_verify_uses() -> None:
    modules, done = _modules_after(["validate", str(BUNDLED_CLAIMS)])
    assert done.returncode == 0, done.stderr[-2000:]
    verify_only = (
        "factcheck.check.grounding",
        "factcheck.coverage",
        "factcheck.pin.check",
        "factcheck.pin.sentences",
        "factcheck.mentions.finder",
        "factcheck.consistency.runner",
        *NOT_FOR_A_VALID_FILE_IN_JSON,
    )
    assert sorted(m for m in verify_only if m in modules) == []


def _cold_start_benchmark():
    """benchmarks/cold_start.py as a module (it is a script, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("cold_start", ROOT / "benchmarks/cold_start.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmarks_floor_compiles_the_runs_patterns_and_imports_no_factcheck(
    tmp_path,
) -> None:
    """The floor row is honest: the patterns a verify compiles, and nothing of factcheck."""
    benchmark = _cold_start_benchmark()
    patterns = tmp_path / "patterns.json"
    count = benchmark._collect_patterns(patterns)
    import json

    pairs = json.loads(patterns.read_text(encoding="utf-8"))
    assert count == len(pairs) > 50  # the finder's and the value readers' patterns
    sources = {pattern for pattern, _ in pairs}
    from factcheck.mentions import durations

    assert durations._DURATION.pattern in sources  # a pattern only the check compiles
    probe = (
        benchmark._FLOOR
        + "print(sorted(m for m in sys.modules if m.split('.')[0] == 'factcheck'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(patterns)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[]"), done.stderr[-2000:]

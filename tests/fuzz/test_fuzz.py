"""Fuzzing what a pull request controls, with a fixed budget: the CI check must hold.

Each example lays out a repository in a fresh temporary folder (claims file, article, lock,
configuration, links that leave it, a secret beside it and in `.git/config`) and runs the
real command line in it. Whatever the input, a run:
- exits 0, 1 or 2, never with an exception (a traceback), and a 2 says why in one line;
- prints output that parses in the chosen format (JSON and SARIF against their schemas,
  JUnit against its XSD), with no terminal control character, no line that input could turn
  into a GitHub workflow command, and no line of a file outside the repository;
- writes nothing but the file named by `--output` (or the lock, for `accept`).

The budget is fixed and the examples derandomized, so CI is repeatable:
FACTCHECK_FUZZ_EXAMPLES sets the number of examples a test (default 40); set it higher, and
FACTCHECK_FUZZ_RANDOM=1 for new examples each run, for a deeper search on a laptop.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from fuzz_strategies import SECRET, Case, articles, cases
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import FIXTURES, ROOT
from factcheck.cli import main

FORMATS = ("json", "line", "junit", "sarif", "markdown", "html", "github", "rich")
BUDGET = settings(
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40")),
    deadline=None,
    derandomize=os.environ.get("FACTCHECK_FUZZ_RANDOM") != "1",
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
SARIF_SCHEMA = json.loads((FIXTURES / "reports" / "sarif-schema-2.1.0.json").read_text())
JUNIT_SCHEMA = etree.XMLSchema(etree.parse(str(FIXTURES / "reports" / "junit-windyroad.xsd")))
# What no terminal-bound output may hold: C0 controls but tab and newline, DEL, C1 controls,
# and the bidirectional overrides that reorder what a reviewer sees.
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
GITHUB_COMMAND = re.compile(r"^::(error|warning|notice)( (?P<props>[^:]*))?::")


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@contextlib.contextmanager
def repository(case: Case) -> Iterator[Path]:
    """A repository laid out from `case`, with secrets beside it; yields its root."""
    with tempfile.TemporaryDirectory() as base_name:
        base = Path(base_name)
        # Facts in it, so a report that read it would quote it (coverage, the HTML article).
        leak = f'On June 2, 2025, "{SECRET}," President Putin said of 1,200 tokens.\n'
        (base / "secret.txt").write_text(leak)
        (base / "secret-folder").mkdir()
        (base / "secret-folder" / "secret.txt").write_text(leak)
        root = base / "repo"
        root.mkdir()
        (root / ".git").mkdir()
        (root / ".git" / "config").write_text(f"[http]\n\textraheader = token {SECRET}\n")
        (root / "folder").mkdir()
        (root / "linked-secret.md").symlink_to(base / "secret.txt")
        (root / "linked-folder").symlink_to(base / "secret-folder")
        (root / "article.md").write_text(case.article, encoding="utf-8")
        claims = case.claims.replace("SECRET_ABSOLUTE", str(base / "secret.txt"))
        (root / "claims.yaml").write_text(claims, encoding="utf-8", errors="surrogatepass")
        if case.lock is not None:
            (root / "claims.lock.json").write_text(case.lock, encoding="utf-8")
        if case.config is not None:
            (root / "factcheck.yaml").write_text(case.config, encoding="utf-8")
        yield root


def run(root: Path, *args: str) -> Outcome:
    """`factcheck ARGS` in `root`, as CI runs it (no configuration from the environment)."""
    out, err = io.StringIO(), io.StringIO()
    saved = os.getcwd()
    hidden = {
        k: os.environ.pop(k)
        for k in ("FACTCHECK_CONFIG", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE")
        if k in os.environ
    }
    os.chdir(root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(saved)
        os.environ.update(hidden)
    return Outcome(code, out.getvalue(), err.getvalue())


def tree(base: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry under `base` (links not followed): kind and mode, size, modification."""
    entries = {}
    for folder, names, files in os.walk(base, followlinks=False):
        for name in names + files:
            path = Path(folder) / name
            status = os.lstat(path)
            regular = stat.S_ISREG(status.st_mode)  # a folder's time changes with its entries
            size, changed = (status.st_size, status.st_mtime_ns) if regular else (0, 0)
            entries[str(path.relative_to(base))] = (status.st_mode, size, changed)
    return entries


def assert_run_contract(outcome: Outcome) -> None:
    assert outcome.code in (0, 1, 2), outcome
    assert "Traceback" not in outcome.out + outcome.err
    assert SECRET not in outcome.out + outcome.err
    assert not TERMINAL_UNSAFE.search(outcome.err), outcome.err
    if outcome.code == 2:
        assert outcome.err.startswith("factcheck: error: "), outcome.err
        assert outcome.err.count("\n") == 1, outcome.err


def assert_report(output_format: str, text: str, root: Path) -> None:
    """The report parses as its format says and carries nothing that could act on a reader."""
    assert SECRET not in text
    if output_format == "json":
        jsonschema.validate(json.loads(text), REPORT_SCHEMA)
    elif output_format == "sarif":
        jsonschema.validate(json.loads(text), SARIF_SCHEMA)
    elif output_format == "junit":
        JUNIT_SCHEMA.assertValid(etree.fromstring(text.encode("utf-8")))
    elif output_format == "html":
        assert "<script>alert(1)</script>" not in text
        assert "javascript:alert" not in text.lower().replace("&quot;", '"') or (
            'href="javascript' not in text.lower()
        )
    elif output_format == "markdown":
        assert "<script>alert(1)</script>" not in text
    if output_format in ("rich", "line", "github"):
        assert not TERMINAL_UNSAFE.search(text), repr(TERMINAL_UNSAFE.search(text))
    for line in text.splitlines():
        if not line.lstrip().startswith("::"):
            # GitHub's runner also runs the legacy `##[command]` from anywhere in a line.
            assert "##[" not in line, f"a legacy workflow command from input: {line!r}"
            continue
        command = GITHUB_COMMAND.match(line)
        assert output_format == "github" and command, f"a workflow command from input: {line!r}"
        properties = dict(
            part.split("=", 1) for part in (command.group("props") or "").split(",") if part
        )
        # Every annotation names a file of the repository: a forged one names README.md.
        named = properties.get("file", "").replace("%3A", ":").replace("%2C", ",")
        named = named.replace("%25", "%")
        assert named == "" or (root / named).is_file(), f"annotation on {named!r}: {line!r}"


@BUDGET
@given(case=cases(), output_format=st.sampled_from(FORMATS), to_file=st.booleans())
def test_verify_holds_on_any_repository(case: Case, output_format: str, to_file: bool) -> None:
    with repository(case) as root:
        before = tree(root.parent)
        args = ["verify", "claims.yaml", "--format", output_format]
        if to_file:
            args += ["--output", "out/report"]
        outcome = run(root, *args)
        event(f"exit {outcome.code}")
        assert_run_contract(outcome)
        after = tree(root.parent)
        written = {path for path in after if after[path] != before.get(path)}
        allowed = {"repo/out", "repo/out/report"} if to_file else set()
        allowed |= cache_entries(case, written)
        assert written <= allowed, f"wrote {written - allowed}"
        assert set(before) <= set(after), f"removed {set(before) - set(after)}"
        if outcome.code == 2:
            return
        report = (root / "out" / "report").read_text("utf-8") if to_file else outcome.out
        assert_report(output_format, report, root)


@BUDGET
@given(case=cases())
def test_validate_and_configured_runs_hold(case: Case) -> None:
    """No path: the configuration (drawn too) says what to check, within the root only."""
    with repository(case) as root:
        before = tree(root.parent)
        for args in (("validate",), ("verify", "--format", "line"), ("config",)):
            outcome = run(root, *args)
            assert_run_contract(outcome)
            if args[0] != "config":
                assert not TERMINAL_UNSAFE.search(outcome.out)
        after = tree(root.parent)
        written = {path for path in after if after[path] != before.get(path)}
        assert written <= cache_entries(case, written), f"wrote {written}"
        assert set(before) <= set(after), f"removed {set(before) - set(after)}"


def cache_entries(case: Case, written: set[str]) -> set[str]:
    """What a run may write besides --output: the archive cache, when a register is set."""
    if case.config and "register" in case.config:
        return {path for path in written if path.startswith("repo/.factcheck")}
    return set()


@BUDGET
@given(case=cases())
def test_accept_writes_only_the_lock(case: Case) -> None:
    with repository(case) as root:
        before = tree(root.parent)
        outcome = run(root, "accept", "--file", "claims.yaml")
        assert_run_contract(outcome)
        assert not TERMINAL_UNSAFE.search(outcome.out)
        after = tree(root.parent)
        written = {path for path in after if after[path] != before.get(path)}
        assert written <= {"repo/claims.lock.json"} | cache_entries(case, written), written
        lock = root / "claims.lock.json"
        if "repo/claims.lock.json" in written:
            assert stat.S_ISREG(os.lstat(lock).st_mode)
            json.loads(lock.read_text("utf-8"))


@BUDGET
@given(article=articles())
def test_extract_drafts_a_file_that_loads(article: str) -> None:
    """A draft of any article is written where asked, and verify loads it without FC1xx."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "article.md").write_text(article, encoding="utf-8")
        outcome = run(
            root, "extract", "article.md", "--published", "2025-06-27", "--output", "draft.yaml"
        )
        assert_run_contract(outcome)
        assert outcome.code in (0, 2)
        if outcome.code != 0:
            return
        checked = run(root, "verify", "draft.yaml", "--format", "json")
        assert_run_contract(checked)
        findings = json.loads(checked.out)["findings"]
        # The draft loads; an article's own mistakes (a front matter date) are its own.
        loading = [f for f in findings if f["code"].startswith("FC1") and f["file"] == "draft.yaml"]
        assert loading == [], loading


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_hostile_words_reach_no_report_raw(output_format: str) -> None:
    """Every hostile word as a claim's text, note and value at once, in every format."""
    from fuzz_strategies import HOSTILE_WORDS

    body = " ".join(HOSTILE_WORDS)
    claims = {
        "article": {"path": "article.md", "published": "2025-06-27T22:57:00+03:00"},
        "subjects": {"s": {"kind": "event"}},
        "claims": [
            {
                "id": f"c{i}",
                "subject": "s",
                "property": "p",
                "type": "text",
                "value": word,
                "text": word,
                "note": word,
                "status": "false",
            }
            for i, word in enumerate(HOSTILE_WORDS)
            if word.strip()
        ],
    }
    import yaml

    case = Case(f"{body}\n", yaml.safe_dump(claims, allow_unicode=True), None, None, "")
    with repository(case) as root:
        outcome = run(root, "verify", "claims.yaml", "--format", output_format)
        assert_run_contract(outcome)
        assert outcome.code in (0, 1)
        assert_report(output_format, outcome.out, root)

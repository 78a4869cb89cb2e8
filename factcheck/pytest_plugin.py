"""pytest plugin: `pytest claims/` checks claims files, one test per claim and per check.

Registered through the `pytest11` entry point, so installing factcheck is enough. A YAML file
is collected when it sits in a folder named `claims` (or matches a glob of the
`factcheck_claims` ini option) and has a top-level `claims:` key. `-k round-2-date` selects by
id, `--junit-xml` works as for any test, and a failure shows the claim's YAML lines and the
article's words instead of a Python traceback. Findings at or above `fail-on` (from the
factcheck configuration) fail; an item with warnings only (an unverified claim, FC425) passes
but is reported as WARNED, counted apart ("77 passed, 4 warned") and its findings listed in
a "factcheck warnings" section, so a claim nobody verified never reads as PASSED.

A failure's text holds the claims file's lines, messages and the article's words, all from
the pull request: each is shown escaped for a terminal (`factcheck.report.escape.terminal`),
and no line of it can start with `::`, which GitHub Actions would run as a command.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from factcheck.findings import SEVERITY_ORDER, Finding
from factcheck.report.escape import terminal, terminal_lines
from factcheck.result import FileResult

_CLAIMS_KEY = re.compile(r"^claims:", re.MULTILINE)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "factcheck_claims",
        "glob patterns of claims files to collect (besides YAML files in `claims` folders)",
        type="linelist",
        default=[],
    )


def _is_claims_file(path: Path, config: pytest.Config) -> bool:
    if path.suffix not in (".yaml", ".yml"):
        return False
    patterns = config.getini("factcheck_claims")
    wanted = path.parent.name == "claims" or any(
        fnmatch.fnmatch(str(path), pattern) for pattern in patterns
    )
    if not wanted:
        return False
    return bool(_CLAIMS_KEY.search(_head(path)))


def _head(path: Path, size: int = 65_536) -> str:
    """The first `size` bytes of a regular file as text ("" for anything else): collection
    looks at every YAML file of a `claims` folder, and one may be a FIFO or a huge file."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return ""
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return ""
        return os.read(descriptor, size).decode("utf-8", errors="replace")
    except OSError:
        return ""
    finally:
        os.close(descriptor)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if _is_claims_file(file_path, parent.config):
        return ClaimsFile.from_parent(parent, path=file_path)
    return None


def _source_lines(path: Path, config) -> list[str]:  # type: ignore[no-untyped-def]
    """The claims file's lines for failure reports, read under the run's read rule (the
    check itself has read it under the same rule; a refused file shows no lines)."""
    from factcheck.safe_paths import Refused

    try:
        return config.policy.read_bytes(path).decode("utf-8", errors="replace").splitlines()
    except (Refused, OSError):
        return []


class FactcheckFailure(Exception):
    """Findings that fail an item; shown by `repr_failure`, never as a traceback."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings)
        self.findings = findings


class ClaimsFile(pytest.File):
    """One claims file: checked once, then one item per claim and per check."""

    def collect(self):  # type: ignore[no-untyped-def]
        from factcheck.config import find_config
        from factcheck.engine import check_file

        config = find_config(None, self.path.parent)
        display = self.config.rootpath and _relative(self.path, self.config.rootpath)
        result = check_file(self.path, display, config)
        threshold = SEVERITY_ORDER[config.fail_on]
        source_lines = _source_lines(self.path, config)
        loose = [f for f in result.findings if not f.claim and not f.check]
        if loose or not result.claims:
            yield FactcheckItem.from_parent(
                self, name="file", findings=loose, threshold=threshold, line=1, result=result,
                source_lines=source_lines,
            )  # fmt: skip
        for claim in result.claims:
            findings = [f for f in result.findings if f.claim == claim.id and not f.check]
            yield FactcheckItem.from_parent(
                self, name=claim.id, findings=findings, threshold=threshold, line=claim.line,
                result=result, source_lines=source_lines,
            )  # fmt: skip
        for check in result.checks:
            findings = [f for f in result.findings if f.check == check.id]
            yield FactcheckItem.from_parent(
                self, name=check.id, findings=findings, threshold=threshold, line=check.line,
                result=result, source_lines=source_lines,
            )  # fmt: skip


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


class FactcheckItem(pytest.Item):
    """A claim or check of a claims file."""

    def __init__(
        self,
        *,
        findings: list[Finding],
        threshold: int,
        line: int,
        result: FileResult,
        source_lines: list[str],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.findings = findings
        self.threshold = threshold
        self.line = line
        self.result = result
        self.source_lines = source_lines

    def runtest(self) -> None:
        failing = [f for f in self.findings if SEVERITY_ORDER[f.severity] >= self.threshold]
        if failing:
            raise FactcheckFailure(self.findings)
        for finding in self.findings:
            if finding.severity == "warning":
                self.user_properties.append((_WARNING_PROPERTY, _finding_line(finding)))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:  # type: ignore[no-untyped-def, override]
        if not isinstance(excinfo.value, FactcheckFailure):
            return super().repr_failure(excinfo)
        parts = [self._yaml_lines()]
        for finding in excinfo.value.findings:
            parts.append(_finding_line(finding))
            if finding.hint:
                parts.append(f"    hint: {terminal(finding.hint)}")
        excerpt = self._excerpt()
        if excerpt:
            parts.append(excerpt)
        return terminal_lines("\n".join(parts))

    def _yaml_lines(self) -> str:
        """The item's lines of the claims file, up to the next item (at most 14)."""
        start = max(self.line - 1, 0)
        lines = [self.source_lines[start]] if start < len(self.source_lines) else []
        for line in self.source_lines[start + 1 : start + 14]:
            if line.lstrip().startswith("- ") and _indent(line) <= _indent(lines[0]):
                break
            if line and not line.startswith((" ", "-", "#")):
                break
            lines.append(line)
        return "\n".join(f"{start + 1 + i:>5} | {terminal(line)}" for i, line in enumerate(lines))

    def _excerpt(self) -> str:
        claim = next((c for c in self.result.claims if c.id == self.name), None)
        if claim is None or claim.excerpt is None:
            return ""
        where = f"{self.result.article_file}:{claim.article_line}:{claim.article_column}"
        words = claim.excerpt
        shown = "»".join((terminal(words.before), terminal(words.match)))
        return f"article {terminal(where)}: {shown}«{terminal(words.after)}"

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"factcheck {terminal(self.name)}"


_WARNING_PROPERTY = "factcheck warning"


def _finding_line(finding: Finding) -> str:
    """`file:line:col: CODE severity: message`, escaped for a terminal."""
    return (
        f"{terminal(finding.location)}: {finding.code} {finding.severity}: "
        f"{terminal(finding.message)}"
    )


def _warnings_of(report: pytest.TestReport) -> list[str]:
    return [str(value) for name, value in report.user_properties if name == _WARNING_PROPERTY]


def pytest_report_teststatus(
    report: pytest.TestReport, config: pytest.Config
) -> tuple[str, str, tuple[str, dict[str, bool]]] | None:
    """A passing claim or check with warnings is WARNED (`W`), counted apart from passed."""
    if report.when == "call" and report.passed and _warnings_of(report):
        return "warned", "W", ("WARNED", {"yellow": True})
    return None


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """List the findings of the WARNED items, one a line, after the tests."""
    lines = [
        terminal_lines(line)
        for report in terminalreporter.stats.get("warned", [])
        for line in _warnings_of(report)
    ]
    if lines:
        terminalreporter.write_sep("=", "factcheck warnings", yellow=True)
        for line in lines:
            terminalreporter.write_line(line)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())

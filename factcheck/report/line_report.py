"""`--format line`: `path:line:col: CODE severity message`, one finding a line.

The form compilers use, so editors, reviewdog and `grep` understand it without a plug-in.
Every text is capped and shown with its control characters escaped, one finding a line
(`factcheck.report.escape`); a path that would start the line with `::` (a GitHub workflow
command) is written `./::…`, the same file.
"""

from __future__ import annotations

from typing import IO

from factcheck.findings import Finding
from factcheck.report.escape import for_terminal
from factcheck.result import FileResult, RunResult


def _line(finding: Finding) -> str:
    """One line; `finding` is already made safe for a terminal (`for_terminal`)."""
    path = finding.file
    if path.lstrip().startswith("::"):
        path = "./" + path
    where = f"{path}:{finding.line or 1}:{finding.column or 1}"
    subject = f" [{finding.claim}]" if finding.claim else ""
    return f"{where}: {finding.code} {finding.severity} {finding.message}{subject}\n"


class LineWriter:
    """Writes each checked file's findings as they arrive."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def add(self, result: FileResult) -> None:
        self.out.writelines(_line(finding) for finding in for_terminal(result.findings))

    def finish(self) -> None:
        """Nothing to close: the line format has no header or footer."""


def render(run: RunResult, context: object = None) -> str:
    """One line per finding; nothing at all when there is none."""
    return "".join(_line(finding) for finding in for_terminal(run.findings))

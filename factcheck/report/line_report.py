"""`--format line`: `path:line:col: CODE severity message`, one finding a line.

The form compilers use, so editors, reviewdog and `grep` understand it without a plug-in.
Every text is capped and shown with its control characters escaped, one finding a line
(`factcheck.report.escape`); a path that would start the line with `::` (a GitHub workflow
command) is written `./::…`, the same file. The findings an edit caused follow the finding of
the edit (FC207), indented, `  ↳ CODE severity message (path:line:col)`: the location last,
so a tool reading `path:line:col:` at the start of a line sees one finding per cause.
"""

from __future__ import annotations

from typing import IO

from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import for_terminal
from factcheck.result import FileResult, RunResult


def _folded_line(finding: Finding) -> str:
    """A finding folded under the finding of the edit that caused it: indented, and with its
    location after the message, so editors and reviewdog do not take it for one more."""
    subject = f" [{finding.claim}]" if finding.claim else ""
    where = f"{finding.file}:{finding.line or 1}:{finding.column or 1}"
    return f"  ↳ {finding.code} {finding.severity} {finding.message}{subject} ({where})\n"


def _lines(findings: list[Finding]) -> list[str]:
    """Each finding's line; under the finding of an edit (FC207), the ones it caused."""
    folded = folded_by_cause(findings)
    out = []
    for finding in findings:
        if finding.folded:
            continue
        out.append(_line(finding))
        out.extend(_folded_line(f) for f in folded.get(finding.cause or "", []))
    return out


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
        self.out.writelines(_lines(for_terminal(result.findings)))

    def finish(self) -> None:
        """Nothing to close: the line format has no header or footer."""


def render(run: RunResult, context: object = None) -> str:
    """One line per finding; nothing at all when there is none."""
    return "".join(_lines(for_terminal(run.findings)))

"""`--format line`: `path:line:col: CODE severity message`, one finding a line.

The form compilers use, so editors, reviewdog and `grep` understand it without a plug-in.
"""

from __future__ import annotations

from factcheck.result import RunResult


def render(run: RunResult, context: object = None) -> str:
    """One line per finding; nothing at all when there is none."""
    lines = []
    for finding in run.findings:
        where = f"{finding.file}:{finding.line or 1}:{finding.column or 1}"
        subject = f" [{finding.claim}]" if finding.claim else ""
        lines.append(f"{where}: {finding.code} {finding.severity} {finding.message}{subject}")
    return "".join(line + "\n" for line in lines)

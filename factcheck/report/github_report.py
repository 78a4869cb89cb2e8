"""`--format github`: GitHub Actions workflow commands that annotate files in a pull request.

One `::error` (`::warning`, `::notice` for info) per finding on the claims file, and — where
the finding has an article location — a second one on the article line, since that is where
a pull request's changed lines usually are. Then one plain line with the verdict and counts.
Chosen by itself when `GITHUB_ACTIONS=true`; the command line also appends the Markdown
summary to `$GITHUB_STEP_SUMMARY`.

Paths are made relative to `$GITHUB_WORKSPACE` (the checkout) when it is set, so annotations
land on the right files even when factcheck runs in a sub-folder. Values are escaped as the
runner parses them (`factcheck.report.escape.github_data` and `github_property`, after
actions/toolkit's command.ts): `%`, CR and LF in the message; also `:` and `,` in
properties. So input text stays inside the command factcheck starts, and no line of the log
starts with input text. The step summary is the markdown format, escaped for Markdown.

The findings an edit of the article caused are folded into the annotation of the edit
(FC207) as lines of its text: a pull request shows one annotation per cause.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import bounded, github_data, github_property
from factcheck.report.markdown_report import counts, summary_text
from factcheck.result import RunResult
from factcheck.rules import RULES

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _path(path: str, root: Path | None) -> str:
    """`path` relative to the workspace when it is inside it, with forward slashes."""
    if root is None:
        return Path(path).as_posix()
    try:
        return (Path.cwd() / path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _command(
    kind: str, file: str, line: int | None, column: int | None, title: str, text: str
) -> str:
    props = [f"file={github_property(file)}"]
    if line:
        props.append(f"line={line}")
        if column:
            props.append(f"col={column}")
    props.append(f"title={github_property(title)}")
    return f"::{kind} {','.join(props)}::{github_data(text)}"


def annotations(
    finding: Finding, root: Path | None, folded: list[Finding] | None = None
) -> list[str]:
    """The workflow commands for one finding: claims file, then article. The findings the
    finding's edit caused (`folded`) are lines of its text, not annotations of their own."""
    kind = COMMANDS[finding.severity]
    rule = RULES.get(finding.code)
    title = f"{finding.code} {rule.name}" if rule else finding.code
    text = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    for caused in folded or []:
        about = f" [{caused.claim}]" if caused.claim else ""
        text += f"\n↳ {caused.code} {caused.severity} {caused.message}{about} ({caused.location})"
    claims_file = _path(finding.file, root)
    lines = [_command(kind, claims_file, finding.line, finding.column, title, text)]
    if finding.article_file and finding.article_line:
        about = finding.claim or finding.check
        where = f"{claims_file}:{finding.line}" if finding.line else claims_file
        back = f"\n(claim `{about}`, {where})" if about else f"\n({where})"
        lines.append(
            _command(
                kind,
                _path(finding.article_file, root),
                finding.article_line,
                finding.article_column,
                title,
                text + back,
            )
        )
    return lines


def render(run: RunResult, context: object = None) -> str:
    """The annotations, then `factcheck failed: …` or `factcheck passed: …`."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    root = Path(workspace) if workspace else None
    findings = bounded(run.findings)
    folded = folded_by_cause(findings)
    lines = [
        line
        for finding in findings
        if not finding.folded
        for line in annotations(finding, root, folded.get(finding.cause or ""))
    ]
    failed = getattr(context, "failed", None)
    if failed is None:
        failed = run.fails("error")
    verdict = "failed" if failed else "passed"
    lines.append(f"factcheck {verdict}: {summary_text(counts(run))}")
    return "".join(line + "\n" for line in lines)

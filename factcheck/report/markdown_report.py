"""`--format markdown`: a summary fit for a pull request comment or a job's summary page.

A heading with the verdict, the counts, a table of failing claims (the article's words
around each, the claimed words in bold, and its findings with file:line), failing checks,
the other findings, then the passing claims and checks folded in a `<details>` block.

Every piece of user text (ids, values, excerpts, messages, paths) is capped and escaped
(`factcheck.report.escape.markdown`): a `|` would end a table cell, `<script>` would become
HTML, `*` or `_` would start emphasis, `[x](y)` a link, `@someone` would notify them.
CommonMark lets a backslash escape any ASCII punctuation, so the escaped text renders as
written; a mention takes a zero-width space after its `@`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from factcheck.findings import Finding
from factcheck.report.escape import bounded, markdown, markdown_code
from factcheck.result import ClaimResult, FileResult, RunResult

# A pull request comment holds at most 65,536 characters: past this many passing items the
# folded list says how many more there are instead of listing them.
MAX_PASSING_ITEMS = 300

_CLAIM_MARKS = {"pass": "✓", "warning": "⚠", "fail": "✗", "not-checked": "–"}
_CHECK_MARKS = {"pass": "✓", "fail": "✗", "cannot-tell": "?"}


@dataclass(frozen=True)
class Counts:
    """The numbers every summary shows (the github format's last line, this heading)."""

    articles: int
    claims: int
    passed: int
    failed: int
    checks: int
    held: int
    checks_failed: int
    cannot_tell: int
    errors: int
    warnings: int
    infos: int
    silenced: int


def counts(run: RunResult) -> Counts:
    claims = [c for f in run.files for c in f.claims]
    checks = [c for f in run.files for c in f.checks]
    return Counts(
        articles=len(run.files),
        claims=len(claims),
        passed=sum(1 for c in claims if c.outcome == "pass"),
        failed=sum(1 for c in claims if c.outcome == "fail"),
        checks=len(checks),
        held=sum(1 for c in checks if c.outcome == "pass"),
        checks_failed=sum(1 for c in checks if c.outcome == "fail"),
        cannot_tell=sum(1 for c in checks if c.outcome == "cannot-tell"),
        errors=run.count("error"),
        warnings=run.count("warning"),
        infos=run.count("info"),
        silenced=sum(len(f.silenced) for f in run.files),
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_text(n: Counts) -> str:
    """`2 articles, 34 claims (32 passed, 2 failed), 23 checks (…), 3 errors, 0 warnings`."""
    return (
        f"{_plural(n.articles, 'article')}, {n.claims} claims ({n.passed} passed, "
        f"{n.failed} failed), {n.checks} checks ({n.held} held, {n.checks_failed} failed, "
        f"{n.cannot_tell} cannot tell), {_plural(n.errors, 'error')}, "
        f"{_plural(n.warnings, 'warning')}" + (f", {n.silenced} silenced" if n.silenced else "")
    )


def _where(file: str, line: int | None, column: int | None = None) -> str:
    if not line:
        return markdown(file)
    return markdown(f"{file}:{line}" + (f":{column}" if column else ""))


def _finding(finding: Finding) -> str:
    if finding.folded:  # one line, under (or beside) the finding of the edit that caused it
        return (
            f"↳ *{finding.code} {finding.severity} {_where(finding.file, finding.line)}: "
            f"{markdown(finding.message)} (caused by the edit reported by FC207)*"
        )
    parts = [f"**{finding.code}** {finding.severity} {_where(finding.file, finding.line)}"]
    if finding.article_file and finding.article_line:
        parts.append(f"article {_where(finding.article_file, finding.article_line)}")
    text = " · ".join(parts) + f"<br>{markdown(finding.message)}"
    if finding.hint:
        text += f"<br>*{markdown(finding.hint)}*"
    return text


def _excerpt(claim: ClaimResult) -> str:
    if claim.excerpt is None:
        return "—"
    e = claim.excerpt
    match = e.match.strip()
    if not match:
        return markdown(e.before + e.match + e.after)
    lead = " " if e.match[:1].isspace() or e.before[-1:].isspace() else ""
    trail = " " if e.match[-1:].isspace() or e.after[:1].isspace() else ""
    before, after = markdown(e.before).rstrip(), markdown(e.after).lstrip()
    return f"{before}{lead}**{markdown(match)}**{trail}{after}"


def _verdict(failed: bool, n: Counts) -> str:
    if failed:
        return "## ❌ factcheck failed"
    if n.warnings:
        return f"## ⚠️ factcheck passed with {_plural(n.warnings, 'warning')}"
    return "## ✅ factcheck passed"


def _counts_line(n: Counts) -> str:
    parts = [
        f"**{_plural(n.articles, 'article')}**",
        f"**{n.claims} claims**: {n.passed} passed, {n.failed} failed",
        f"**{n.checks} checks**: {n.held} held, {n.checks_failed} failed, "
        f"{n.cannot_tell} cannot tell",
        f"**{_plural(n.errors, 'error')}**",
        f"**{_plural(n.warnings, 'warning')}**",
    ]
    if n.silenced:
        parts.append(f"{n.silenced} silenced")
    return " · ".join(parts)


def _failing_claims(files: list[FileResult], shown: set[int]) -> list[str]:
    rows = []
    for f in files:
        for claim in f.claims:
            errors = [x for x in claim.findings if x.severity == "error"]
            if not errors:
                continue
            shown.update(id(x) for x in claim.findings)
            where = _where(f.claims_file, claim.line)
            findings = "<br><br>".join(_finding(x) for x in claim.findings)
            rows.append(
                f"| {markdown_code(claim.id)}<br>{where} | {_excerpt(claim)} | {findings} |"
            )
    if not rows:
        return []
    return [
        "### Failing claims",
        "",
        "| Claim | In the article | Findings |",
        "| --- | --- | --- |",
        *rows,
        "",
    ]


def _failing_checks(files: list[FileResult], shown: set[int]) -> list[str]:
    rows = []
    for f in files:
        for check in f.checks:
            findings = [x for x in f.findings if x.check == check.id]
            if not any(x.severity == "error" for x in findings):
                continue
            shown.update(id(x) for x in findings)
            where = _where(f.claims_file, check.line)
            text = "<br><br>".join(_finding(x) for x in findings)
            rows.append(
                f"| {markdown_code(check.id)}<br>{where} | {markdown(check.kind)} | {text} |"
            )
    if not rows:
        return []
    header = ["### Failing checks", "", "| Check | Kind | Findings |", "| --- | --- | --- |"]
    return [*header, *rows, ""]


def _other_findings(run: RunResult, shown: set[int]) -> list[str]:
    rows = []
    for x in run.findings:
        if id(x) in shown:
            continue
        about = markdown_code(x.check or x.claim) if (x.check or x.claim) else "—"
        rows.append(f"| {about} | {_finding(x)} |")
    if not rows:
        return []
    return ["### Other findings", "", "| Claim or check | Finding |", "| --- | --- |", *rows, ""]


def _passing(files: list[FileResult]) -> list[str]:
    claims = [(f, c) for f in files for c in f.claims if c.outcome != "fail"]
    checks = [(f, c) for f in files for c in f.checks if c.outcome != "fail"]
    if not claims and not checks:
        return []
    items = []
    for f, claim in claims:
        where = _where(f.claims_file, claim.line)
        if f.article_file and claim.article_line:
            where += f", article {_where(f.article_file, claim.article_line)}"
        items.append(
            f"- {_CLAIM_MARKS.get(claim.outcome, '·')} {markdown_code(claim.id)} "
            f"{markdown(claim.status)} {markdown(claim.type)} {markdown(claim.value)} — {where}"
        )
    for f, check in checks:
        where = _where(f.claims_file, check.line)
        about = f": {markdown(check.description)}" if check.description else ""
        items.append(
            f"- {_CHECK_MARKS.get(check.outcome, '·')} check {markdown_code(check.id)} "
            f"{markdown(check.kind)} {markdown(check.outcome)} — {where}{about}"
        )
    if len(items) > MAX_PASSING_ITEMS:
        more = len(items) - MAX_PASSING_ITEMS
        items = [*items[:MAX_PASSING_ITEMS], f"- … and {more} more (see the full report)"]
    title = f"Passing claims ({len(claims)}) and checks ({len(checks)})"
    return ["<details>", f"<summary>{html.escape(title)}</summary>", "", *items, "", "</details>"]


def render(run: RunResult, context: object = None) -> str:
    """The Markdown summary."""
    failed = getattr(context, "failed", None)
    if failed is None:
        failed = run.fails("error")
    run = bounded(run)
    n = counts(run)
    shown: set[int] = set()
    lines = [_verdict(failed, n), "", _counts_line(n), ""]
    lines += _failing_claims(run.files, shown)
    lines += _failing_checks(run.files, shown)
    lines += _other_findings(run, shown)
    lines += _passing(run.files)
    return "\n".join(lines).rstrip("\n") + "\n"

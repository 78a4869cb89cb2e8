"""The default terminal report: per article, each claim with its excerpt, then findings.

rich is imported here and only here, so formats meant for machines do not pay for it.

Input text never reaches the terminal as it was written: the result is first passed through
`for_terminal` (each text capped, control and bidi characters shown escaped, one value a
line), every text is printed as a rich `Text` (so `[bold]` in a claim is not markup), and
the only line that starts with input text, the file's title, cannot start with `::`.
"""

from __future__ import annotations

from typing import IO

from factcheck.findings import Finding
from factcheck.report.escape import for_terminal, terminal_line
from factcheck.result import ClaimResult, FileResult, RunResult

_MARKS = {
    "pass": ("✓", "green"),
    "warning": ("!", "yellow"),
    "fail": ("✗", "red"),
    "not-checked": ("·", "dim"),
}
_CHECK_MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red"), "cannot-tell": ("?", "cyan")}
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(run: RunResult, stream: IO[str], failed: bool, color: bool | None = None) -> None:
    """Print the report for `run` to `stream` (colour when it is a terminal, or if asked).

    `failed` is the run's verdict under `--fail-on`, so the last line agrees with the exit code.
    """
    from rich.console import Console

    console = Console(
        file=stream,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        soft_wrap=True,
    )
    for result in for_terminal(run).files:
        _file(console, result)
    console.print(_summary(run, failed))


def _file(console, result: FileResult) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    console.print()
    console.print(Text(terminal_line(result.title or result.claims_file), style="bold"))
    if result.article_file:
        console.print(Text.assemble(("  article   ", "dim"), result.article_file))
    if result.published:
        console.print(Text.assemble(("  dateline  ", "dim"), result.published))
    console.print(
        Text.assemble(
            ("  claims    ", "dim"), f"{result.claims_file} ({len(result.claims)} claims)"
        )
    )
    if result.coverage:
        covered = sum(c for c, _ in result.coverage.values())
        total = sum(t for _, t in result.coverage.values())
        kinds = ", ".join(f"{kind} {c}/{t}" for kind, (c, t) in result.coverage.items())
        console.print(
            Text.assemble(("  coverage  ", "dim"), f"{covered}/{total} mentions claimed ({kinds})")
        )
    if result.changed_since:
        lines = ", ".join(map(str, result.changed_lines)) or "none"
        since = f"since {result.changed_since}: paragraphs at lines {lines}"
        console.print(Text.assemble(("  changed   ", "dim"), since))
    if result.claims:
        console.print()
    for claim in result.claims:
        mark, style = _MARKS[claim.outcome]
        console.print(
            Text.assemble(
                (f"  {mark} ", style),
                (claim.id, "bold" if claim.outcome == "pass" else f"bold {style}"),
                "  ",
                (claim.status, _status_style(claim.status)),
                ("  ", ""),
                (f"{claim.type} ", "dim"),
                claim.value,
            )
        )
        console.print(_excerpt(claim))
    if result.checks:
        console.print()
        console.print(Text(f"  checks ({len(result.checks)})", style="dim"))
    for check in result.checks:
        mark, style = _CHECK_MARKS[check.outcome]
        line = Text.assemble((f"  {mark} ", style), (check.id, "bold"), ("  ", ""))
        line.append(f"{check.kind}", style="dim")
        if check.description:
            line.append(f"  {check.description}")
        console.print(line)
    if result.findings:
        console.print()
        for finding in result.findings:
            _finding(console, finding)
    if result.silenced:
        console.print(
            Text(f"  {len(result.silenced)} finding(s) silenced with a reason", style="dim")
        )


def _status_style(status: str) -> str:
    return {"verified": "green", "false": "red", "disputed": "yellow"}.get(status, "dim")


def _excerpt(claim: ClaimResult):  # type: ignore[no-untyped-def]
    from rich.text import Text

    if claim.excerpt is None:
        return Text(f"      “{claim.text}” (not located in the article)", style="dim")
    _, style = _MARKS[claim.outcome]
    return Text.assemble(
        (f"      {claim.article_line}:{claim.article_column}  ", "dim"),
        claim.excerpt.before,
        (claim.excerpt.match, f"bold {style} underline"),
        claim.excerpt.after,
    )


def _finding(console, finding: Finding) -> None:  # type: ignore[no-untyped-def]
    from rich.text import Text

    style = _SEVERITY_STYLE[finding.severity]
    head = Text.assemble(
        "  ",
        (f"{finding.code} {finding.severity}", style),
        "  ",
        (finding.location, "bold"),
        "  ",
        finding.message,
    )
    if finding.claim:
        head.append(f"  [{finding.claim}]", style="dim")
    console.print(head)
    if finding.article_file and finding.article_line:
        where = f"{finding.article_file}:{finding.article_line}:{finding.article_column or 1}"
        console.print(Text.assemble(("      article ", "dim"), where))
    if finding.hint:
        console.print(Text.assemble(("      hint    ", "dim"), finding.hint))


def _summary(run: RunResult, failed_run: bool):  # type: ignore[no-untyped-def]
    from rich.text import Text

    claims = [c for f in run.files for c in f.claims]
    checks = [c for f in run.files for c in f.checks]
    held = sum(1 for c in checks if c.outcome == "pass")
    passed = sum(1 for c in claims if c.outcome == "pass")
    failed = sum(1 for c in claims if c.outcome == "fail")
    errors, warnings = run.count("error"), run.count("warning")
    style = "bold red" if failed_run else "bold yellow" if warnings else "bold green"
    verdict = "FAILED" if failed_run else "passed"
    articles = len(run.files)
    return Text.assemble(
        "\n",
        (verdict, style),
        f": {articles} article{'s' if articles != 1 else ''}, {len(claims)} claims "
        f"({passed} passed, {failed} failed), {len(checks)} checks ({held} held), "
        f"{errors} error{'s' if errors != 1 else ''}, "
        f"{warnings} warning{'s' if warnings != 1 else ''}",
    )

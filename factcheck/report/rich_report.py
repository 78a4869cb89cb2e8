"""The default terminal report: what needs a person's attention, then one summary line.

Three levels of detail, because a newsroom reads this report in two moods: after an edit
("what broke?") and when reviewing a claims file ("what was checked?").

- `normal` (the default): per article its header, then only the claims and checks that did
  not pass and the findings; an article where everything passed is one line.
- `verbose` (`-v`): every claim with its excerpt and every check.
- `quiet` (`-q`): the summary line only.

Lines are wrapped to the terminal's width with a hanging indent, never inside a
`path:line:col` location (editors and terminals turn it into a link only when it is whole).
Output that goes to a file or a pipe is not wrapped: a CI log and `grep` read whole lines
best.

rich is imported here and only here, so formats meant for machines do not pay for it; and
only for a terminal (or forced colour): on a pipe or in a file, where rich would print the
characters alone, `plain_text` writes them without it (`plain_output` says when).

Input text never reaches the terminal as it was written: the result is first passed through
`for_terminal` (each text capped, control and bidi characters shown escaped, one value a
line), every text is printed as a rich `Text` (so `[bold]` in a claim is not markup), and no
line, the title's or one that wrapping starts with a word from the input, starts with `::`.
"""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Literal

from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import for_terminal, terminal_line
from factcheck.result import ClaimResult, FileResult, RunResult

if TYPE_CHECKING:
    from rich.text import Text

Detail = Literal["quiet", "normal", "verbose"]

_MARKS = {
    "pass": ("✓", "green"),
    "warning": ("!", "yellow"),
    "fail": ("✗", "red"),
    "not-checked": ("·", "dim"),
}
_CHECK_MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red"), "cannot-tell": ("?", "cyan")}
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# Continuation lines of a claim's excerpt, a finding and a header field start here.
_DETAIL_INDENT = 6
_FIELD_INDENT = 12


def render(
    run: RunResult,
    stream: IO[str],
    failed: bool,
    color: bool | None = None,
    detail: Detail = "normal",
    width: int | None = None,
) -> None:
    """Print the report for `run` to `stream` (colour when it is a terminal, or if asked).

    `failed` is the run's verdict under `--fail-on`, so the last line agrees with the exit
    code. `width` overrides the wrapping width found by `wrap_width`.
    """
    page = _page(stream, color, width if width is not None else wrap_width(stream))
    if detail != "quiet":
        for result in for_terminal(run).files:
            _file(page, result, verbose=detail == "verbose")
        page.blank()
    verdict, counts = _summary(page, run, failed)
    page.print(verdict, _words(page, counts), indent=verdict.cell_len + 1)


class FindingsWriter:
    """`validate --format rich`: each file's findings with their hints, as they arrive."""

    def __init__(self, stream: IO[str], color: bool | None = None) -> None:
        self.page = _page(stream, color, wrap_width(stream))

    def add(self, result: FileResult) -> None:
        for finding in for_terminal(result.findings):
            _finding(self.page, finding)

    def finish(self) -> None:
        """Nothing to close: the command prints the count line."""


def wrap_width(stream: IO[str]) -> int | None:
    """The width to wrap at on a terminal: `COLUMNS` if set, else the terminal's own. None
    (no wrapping) for a file or a pipe, whose reader (a CI log, `grep`, `less -S`) reads
    whole lines best, whatever `COLUMNS` a parent process exported."""
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError, OSError):
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns or None
    except (AttributeError, ValueError, OSError):
        return None


def plain_output(stream: IO[str], color: bool | None) -> bool:
    """Whether rich would print `stream` nothing but characters: no colour or other escape
    sequence (it is no terminal, or colour is off) and nothing rich decides by itself.

    rich's own test (rich.console.Console.is_terminal) is followed where it is cheap to
    follow and answered "ask rich" wherever it looks further: a notebook (`get_ipython`),
    IDLE, `TTY_COMPATIBLE` and `FORCE_COLOR` in the environment, a stream whose `isatty`
    fails. `color=False` (`--color never`, `NO_COLOR`, `--output`) is rich's
    `force_terminal=False`: plain whatever the stream.
    """
    if color is not None:
        return not color
    if hasattr(builtins, "get_ipython") or "TTY_COMPATIBLE" in os.environ:
        return False
    if "FORCE_COLOR" in os.environ:
        return False
    stdin_module = getattr(sys.stdin, "__module__", None) or ""
    if stdin_module.startswith("idlelib"):
        return False
    isatty = getattr(stream, "isatty", None)
    if isatty is None:
        return True
    try:
        return not isatty()
    except Exception:  # rich answers this case its own way: let it
        return False


def _page(stream: IO[str], color: bool | None, width: int | None) -> _Page:
    """A page on `stream`: through rich on a terminal, or when it wraps or colours; with
    plain text (`plain_text`, the same characters without importing rich) otherwise."""
    if width is None and plain_output(stream, color):
        from factcheck.report.plain_text import PlainConsole, PlainText

        return _Page(PlainConsole(stream), width, PlainText)
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=stream,
        force_terminal=color,
        no_color=color is False,
        highlight=False,
        soft_wrap=True,  # factcheck wraps itself, so a location is never cut
    )
    return _Page(console, width, Text)


class _Page:
    """Prints lines wrapped at `width` with a hanging indent, breaking only between words.

    `text` is the class its lines are made of: rich's `Text`, or `PlainText` when the
    console is a `PlainConsole`.
    """

    def __init__(self, console, width: int | None, text: type) -> None:  # type: ignore[no-untyped-def]
        self.console = console
        self.width = width
        self.text = text

    def print(self, lead: Text, words: Iterable[Text] = (), indent: int = 0) -> None:
        """`lead` then `words` (each unbreakable, one space apart) on as many lines as the
        width needs; continuation lines start `indent` columns in."""
        Text = self.text

        line = lead.copy()
        fresh = False  # a continuation line with no word on it yet
        out: list[Text] = []
        for word in words:
            fits = self.width is None or line.cell_len + 1 + word.cell_len <= self.width
            if not fits and not fresh and line.cell_len > indent:
                out.append(_rstripped(line))
                line, fresh = Text(" " * indent), True
            if fresh or not line.cell_len:
                word = _not_a_command(word[len(word.plain) - len(word.plain.lstrip(" ")) :])
            else:
                line.append(" ")
            line.append_text(word)
            fresh = False
        out.append(_rstripped(line))
        for printed in out:
            self.console.print(printed)

    def blank(self) -> None:
        self.console.print()


def _rstripped(line: Text) -> Text:
    line.rstrip()
    return line


def _not_a_command(word: Text) -> Text:
    r"""A word from the input that now starts a line, written so that GitHub's runner does
    not take the line for a workflow command (`::x` → `\x3a:x`, as `terminal_line` does)."""
    if not word.plain.startswith("::"):
        return word
    return type(word)("\\x3a", style=word.style) + word[1:]


def _words(page: _Page, text: str, style: str = "") -> list[Text]:
    """`text` as words to wrap between (spaces inside a value are break points)."""
    Text = page.text

    return [Text(word, style=style) for word in text.split(" ") if word]


def _token(page: _Page, text: str, style: str = "") -> list[Text]:
    """`text` as one unbreakable word: a location, a path, an id."""
    Text = page.text

    return [Text(text, style=style)]


def _file(page: _Page, result: FileResult, verbose: bool) -> None:
    Text = page.text

    shown_claims = [c for c in result.claims if verbose or c.outcome != "pass"]
    shown_checks = [c for c in result.checks if verbose or c.outcome != "pass"]
    if not (verbose or shown_claims or shown_checks or result.findings):
        _passed_file(page, result)
        return
    page.blank()
    page.print(Text(), _words(page, terminal_line(result.title or result.claims_file), "bold"))
    if result.article_file:
        _field(page, "article", _token(page, result.article_file), indent=4)
    if result.published:
        _field(page, "dateline", _token(page, result.published))
    claims_count = f"({_count(result.claims, 'claim')})"
    _field(
        page, "claims", [*_token(page, result.claims_file), *_token(page, claims_count)], indent=4
    )
    if result.coverage:
        covered = sum(c for c, _ in result.coverage.values())
        total = sum(t for _, t in result.coverage.values())
        kinds = ", ".join(f"{kind} {c}/{t}" for kind, (c, t) in result.coverage.items())
        _field(page, "coverage", _words(page, f"{covered}/{total} mentions claimed ({kinds})"))
    if result.changed_since:
        lines = ", ".join(map(str, result.changed_lines)) or "none"
        _field(
            page,
            "changed",
            _words(page, f"since {result.changed_since}: paragraphs at lines {lines}"),
        )
    if shown_claims:
        page.blank()
    for claim in shown_claims:
        _claim(page, claim)
    if shown_checks:
        page.blank()
        title = f"checks ({len(result.checks)})" if verbose else "checks that did not hold"
        page.print(Text(f"  {title}", style="dim"))
    for check in shown_checks:
        mark, style = _CHECK_MARKS[check.outcome]
        words = [Text(check.id, style="bold"), Text(f" {check.kind}", style="dim")]
        if check.description:
            words[-1].append(" ")
            words += _words(page, check.description)
        page.print(Text(f"  {mark}", style=style), words, indent=_DETAIL_INDENT)
    if result.findings:
        page.blank()
        folded = folded_by_cause(result.findings)
        for finding in result.findings:
            if finding.folded:
                continue
            _finding(page, finding)
            for caused in folded.get(finding.cause or "", []):
                _folded(page, caused)
    if result.silenced:
        page.print(
            Text(" "),
            _words(page, f"{len(result.silenced)} finding(s) silenced with a reason", "dim"),
            indent=_DETAIL_INDENT,
        )
    hidden = len(result.claims) - len(shown_claims) + len(result.checks) - len(shown_checks)
    if hidden:
        passed = sum(1 for c in result.claims if c.outcome == "pass")
        held = sum(1 for c in result.checks if c.outcome == "pass")
        note = f"{_count(passed, 'claim')} passed and {_count(held, 'check')} held: -v lists them"
        page.print(Text(" "), _words(page, note, "dim"), indent=_DETAIL_INDENT)


def _passed_file(page: _Page, result: FileResult) -> None:
    """One line for a claims file where every claim passed and every check held."""
    Text = page.text

    counts = f"({_count(result.claims, 'claim')}, {_count(result.checks, 'check')})"
    page.print(
        Text("✓", style="green"),
        [Text(result.claims_file), *_words(page, counts, "dim")],
        indent=_DETAIL_INDENT,
    )


def _count(items: object, noun: str) -> str:
    number = items if isinstance(items, int) else len(items)  # type: ignore[arg-type]
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _field(page: _Page, label: str, words: list[Text], indent: int = _FIELD_INDENT) -> None:
    Text = page.text

    page.print(Text(f"  {label:<9}", style="dim"), words, indent=indent)


def _claim(page: _Page, claim: ClaimResult) -> None:
    Text = page.text

    mark, style = _MARKS[claim.outcome]
    words = [
        Text(claim.id, style="bold" if claim.outcome == "pass" else f"bold {style}"),
        Text(f" {claim.status}", style=_status_style(claim.status)),
        Text(f" {claim.type}", style="dim"),
        *_words(page, claim.value),
    ]
    page.print(Text(f"  {mark}", style=style), words, indent=_DETAIL_INDENT)
    if claim.excerpt is None:
        quoted = f"“{claim.text}” (not located in the article)"
        page.print(
            Text(" " * (_DETAIL_INDENT - 1)), _words(page, quoted, "dim"), indent=_DETAIL_INDENT
        )
        return
    where = Text(f"{claim.article_line}:{claim.article_column} ", style="dim")
    excerpt = Text.assemble(
        claim.excerpt.before,
        (claim.excerpt.match, f"bold {style} underline"),
        claim.excerpt.after,
    )
    page.print(
        Text(" " * (_DETAIL_INDENT - 1)),
        [where, *_split_styled(excerpt)],
        indent=_DETAIL_INDENT + where.cell_len + 1,
    )


def _split_styled(text: Text) -> list[Text]:
    """`text` cut at its spaces into words that keep their styles."""
    return [word for word in text.split(" ", allow_blank=True) if word.plain]


def _status_style(status: str) -> str:
    return {"verified": "green", "false": "red", "disputed": "yellow"}.get(status, "dim")


def _finding(page: _Page, finding: Finding) -> None:
    Text = page.text

    style = _SEVERITY_STYLE[finding.severity]
    words = [
        Text(finding.severity + " ", style=style),
        Text(finding.location + " ", style="bold"),
        *_words(page, finding.message),
    ]
    if finding.claim:
        words.append(Text(f" [{finding.claim}]", style="dim"))
    page.print(Text(f"  {finding.code}", style=style), words, indent=_DETAIL_INDENT)
    if finding.article_file and finding.article_line:
        where = f"{finding.article_file}:{finding.article_line}:{finding.article_column or 1}"
        # A long location goes whole onto the next line rather than past the width.
        page.print(
            Text("      article", style="dim"), _token(page, where), indent=_DETAIL_INDENT + 2
        )
    if finding.hint:
        page.print(
            Text("      hint   ", style="dim"),
            _words(page, finding.hint),
            indent=_DETAIL_INDENT + 8,
        )


def _folded(page: _Page, finding: Finding) -> None:
    """A finding the edit above caused: one indented line, counted with the edit."""
    Text = page.text

    words = [
        Text(f"{finding.code} {finding.severity} ", style="dim"),
        Text(finding.location + " ", style="dim"),
        *_words(page, finding.message, "dim"),
    ]
    if finding.claim:
        words.append(Text(f" [{finding.claim}]", style="dim"))
    page.print(Text("      ↳", style="dim"), words, indent=_DETAIL_INDENT + 2)


def _summary(page: _Page, run: RunResult, failed_run: bool) -> tuple[Text, str]:
    """The last line: the verdict (agreeing with the exit code) and every count."""
    Text = page.text

    claims = [c for f in run.files for c in f.claims]
    checks = [c for f in run.files for c in f.checks]
    held = sum(1 for c in checks if c.outcome == "pass")
    outcomes = {outcome: sum(1 for c in claims if c.outcome == outcome) for outcome in _MARKS}
    unverified = sum(1 for c in claims if c.status == "unverified")
    errors, warnings = run.count("error"), run.count("warning")
    style = "bold red" if failed_run else "bold yellow" if warnings else "bold green"
    verdict = "FAILED" if failed_run else "passed"
    claim_counts = (
        f"{outcomes['pass']} passed, {outcomes['warning']} with warnings, {outcomes['fail']} failed"
    )
    if outcomes["not-checked"]:
        claim_counts += f", {outcomes['not-checked']} not checked"
    articles = len(run.files)
    counts = (
        f"{_count(articles, 'article')}, {len(claims)} claims ({claim_counts}; "
        f"{unverified} unverified), {len(checks)} checks ({held} held), "
        f"{_count(errors, 'error')}, {_count(warnings, 'warning')}"
    )
    return Text.assemble((verdict, style), ":"), counts

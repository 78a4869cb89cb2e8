"""`--format html`: one self-contained page to read a run in a browser, on a desk or a phone.

Editors open this page to learn what failed, often on a phone. So a failing page starts with
the failures, each with what failed, where (claims file and article) and the hint; the count
cards link to their sections; the article shows each claim's words by result and, where a
finding knows them, the words that changed (`html_changes`); word diffs show as insertions
and deletions. Filters by result and by kind are radio buttons styled with CSS (`:has`), so
they need no script; a browser without `:has` hides them and shows everything.

The page has no outside assets and no script: inline CSS (`html_style`), an inline SVG
timeline, and a Content-Security-Policy that forbids scripts, so nothing an article or a
claims file holds can run even if it slipped through. Every piece of text from articles and
claims files is capped, its control and bidi characters written out (`for_page`, which leaves
the article whole: it is shown once), and escaped with `html_text`; the timeline, drawn by
`html_timeline`, gets them the same way. The only links that leave the page are source
addresses whose scheme is http or https, opened with `rel="noopener noreferrer"`; any other
text (a `javascript:` address included) stays text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from factcheck import __version__
from factcheck.findings import Finding, folded_by_cause
from factcheck.report.escape import for_page, html_text, markup_lines
from factcheck.report.html_changes import (
    DIFF_CODES,
    Change,
    article_changes,
    diff_html,
    plain_diff,
)
from factcheck.report.html_style import HIGHLIGHT, css
from factcheck.report.html_timeline import timeline_html
from factcheck.result import CheckResult, ClaimResult, FileResult, RunResult

__all__ = ["HIGHLIGHT", "render"]

OUTCOMES = ("pass", "warning", "fail", "not-checked")
_OUTCOME_WORDS = {o: o.replace("-", " ") for o in OUTCOMES}
_CHECK_WORDS = {"pass": "held", "fail": "failed", "cannot-tell": "cannot tell"}
# The result filter's class for each claim outcome, check outcome and finding severity.
_RESULT_CLASS = {
    "pass": "r-pass",
    "fail": "r-fail",
    "warning": "r-warn",
    "cannot-tell": "r-warn",
    "not-checked": "r-none",
    "error": "r-fail",
    "info": "r-info",
}
# The filters: (input id, label, class an item needs to stay shown; "" shows all).
RESULT_FILTERS = (
    ("show-all", "all", ""),
    ("show-fail", "failed", "r-fail"),
    ("show-warn", "warnings", "r-warn"),
    ("show-pass", "passed", "r-pass"),
)
KIND_FILTERS = (
    ("kind-all", "all", ""),
    ("kind-claim", "claims", "k-claim"),
    ("kind-check", "checks", "k-check"),
    ("kind-coverage", "coverage", "k-coverage"),
)
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
# A source address the page may link to: http or https only, up to white space or markup.
_WEB_ADDRESS = re.compile(r"\bhttps?://[^\s<>\"'`]+", re.IGNORECASE)
_ADDRESS_TAIL = ".,;:!?)]}”’"


def render(run: RunResult, context: object = None) -> str:
    """The whole page, as text."""
    run = for_page(run)
    failed = bool(getattr(context, "failed", run.fails("error")))
    if len(run.files) == 1:
        title = run.files[0].title or run.files[0].claims_file
    else:
        title = f"{len(run.files)} articles"
    prefixes = [_prefix(index) for index in range(len(run.files))]
    changes = [
        article_changes(f.article_text, f.findings) if f.article_text else [] for f in run.files
    ]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck: {html_text(title)}</title>",
        f"<style>{css(RESULT_FILTERS, KIND_FILTERS)}</style></head><body>",
        _header(run, failed, title),
        _filters(),
        "<main>",
        _finding_sections(run, prefixes, changes),
    ]
    for result, prefix, found in zip(run.files, prefixes, changes, strict=True):
        parts.append(_file_section(result, prefix, found))
    parts.append(
        f"</main><footer>factcheck {html_text(__version__)} · a page with no script and no "
        "outside assets</footer></body></html>\n"
    )
    # A last guard over the whole page, the timeline's text included (`html_timeline`).
    return markup_lines("\n".join(parts))


# ---- the header: verdict and count cards --------------------------------------------------


def _header(run: RunResult, failed: bool, title: str) -> str:
    claims = [c for f in run.files for c in f.claims]
    checks = [c for f in run.files for c in f.checks]
    by_outcome = {o: sum(1 for c in claims if c.outcome == o) for o in OUTCOMES}
    by_check = {o: sum(1 for c in checks if c.outcome == o) for o in _CHECK_WORDS}
    silenced = sum(len(f.silenced) for f in run.files)
    covered = sum(c for f in run.files for c, _ in f.coverage.values())
    mentions = sum(t for f in run.files for _, t in f.coverage.values())
    verdict = "failed" if failed else "passed"
    claim_detail = ", ".join(f"{by_outcome[o]} {_OUTCOME_WORDS[o]}" for o in OUTCOMES)
    check_detail = ", ".join(f"{by_check[o]} {w}" for o, w in _CHECK_WORDS.items())

    def first(has: Callable[[FileResult], object], section: str) -> str:
        """A link to `section` of the first file that has what it shows ("" if none has)."""
        index = next((i for i, f in enumerate(run.files) if has(f)), None)
        return "" if index is None else f"#{_prefix(index)}{section}"

    stats = [
        ("error", run.count("error"), "", "#failures"),
        ("warning", run.count("warning"), "", "#warnings"),
        ("claim", len(claims), claim_detail, first(lambda f: f.claims, "claims")),
        ("check", len(checks), check_detail, first(lambda f: f.checks, "checks")),
    ]
    if mentions:
        where = first(lambda f: f.coverage, "coverage")
        stats.append(("mention", mentions, f"{covered} covered by a claim", where))
    infos = run.count("info")
    stats.append(
        ("info", infos, f"{silenced} silenced" if silenced else "", "#warnings" if infos else "")
    )
    if len(run.files) > 1:
        stats.append(("article", len(run.files), "", "#file"))
    boxes = []
    for name, count, detail, target in stats:
        inner = f"<b>{count}</b> {name}{_plural(name, count)}" + (
            f"<small>{html_text(detail)}</small>" if detail else ""
        )
        if target:
            boxes.append(f'<a class="stat stat-{name}" href="{target}">{inner}</a>')
        else:
            boxes.append(f'<span class="stat stat-{name}">{inner}</span>')
    legend = "".join(
        f'<mark class="fc fc-{o} legend">{html_text(_OUTCOME_WORDS[o])}</mark> ' for o in OUTCOMES
    )
    return (
        f'<header><h1>factcheck report <span class="verdict verdict-{verdict}">{verdict}'
        f'</span></h1><p class="subject">{html_text(title)}</p>'
        f'<nav class="stats" aria-label="Counts">{"".join(boxes)}</nav>'
        f'<p class="legend">In the article: {legend}<mark class="chg legend">changed words</mark>'
        ' <span class="near legend">nearest passage</span>'
        ' <span class="unc legend">not claimed</span> · tap a highlight for its claim.'
        "</p></header>"
    )


def _prefix(index: int) -> str:
    """What the ids of the file at `index` start with: none for the first, `f2-` after."""
    return f"f{index + 1}-" if index else ""


def _plural(name: str, count: int) -> str:
    return "" if count == 1 or name == "info" else "s"


def _filters() -> str:
    """Radio buttons the style sheet reads (`:has`): no script, and all shown by default."""
    groups = []
    for name, legend, choices in (
        ("result", "Show", RESULT_FILTERS),
        ("kind", "Kind", KIND_FILTERS),
    ):
        buttons = "".join(
            f'<input type="radio" name="{name}" id="{ident}"{" checked" if not need else ""}>'
            f'<label for="{ident}">{label}</label>'
            for ident, label, need in choices
        )
        groups.append(f"<fieldset><legend>{legend}</legend>{buttons}</fieldset>")
    return f'<nav class="filters" aria-label="Filters">{"".join(groups)}</nav>'


# ---- failures first -----------------------------------------------------------------------


def _finding_sections(run: RunResult, prefixes: list[str], changes: list[list[Change]]) -> str:
    """Failed (the errors), then warnings and notes: each finding as a card, in file order.

    A finding of an edit (FC207) holds, collapsed under it, the findings the edit caused
    (`Finding.folded`); they are counted once, with it.
    """
    errors, others = [], []
    for result, prefix, found in zip(run.files, prefixes, changes, strict=True):
        anchors = _article_anchors(result, prefix, found)
        folded = folded_by_cause(result.findings)
        for finding in result.findings:
            if finding.folded:
                continue
            under = folded.get(finding.cause or "", [])
            inner = "".join(
                _finding_card(f, result, prefix, anchors.get(id(f), ""), len(run.files) > 1)
                for f in under
            )
            target = anchors.get(id(finding), "")
            card = _finding_card(
                finding, result, prefix, target, len(run.files) > 1, inner, len(under)
            )
            (errors if finding.severity == "error" else others).append(card)
    failed = "".join(errors) or '<p class="none">Nothing failed.</p>'
    parts = [
        f'<section class="failures holds{"" if errors else " clear"}" id="failures">'
        f"<h2>Failed ({len(errors)})</h2>"
        f'<div class="cards">{failed}</div></section>'
    ]
    if others:
        warnings = run.count("warning")
        title = f"Warnings ({warnings})"
        if len(others) > warnings:
            title = f"Warnings and notes ({len(others)})"
        parts.append(
            f'<section class="warnings holds" id="warnings"><h2>{title}</h2>'
            f'<div class="cards">{"".join(others)}</div></section>'
        )
    else:
        parts.append(
            '<section class="warnings holds" id="warnings"><h2>Warnings (0)</h2></section>'
        )
    return "\n".join(parts)


def _message(finding: Finding) -> str:
    """A finding's message for the page; a word diff's as deletions and insertions, and an
    edit's new and old words (from its structured change) as an insertion and a deletion."""
    if finding.code in DIFF_CODES:
        return diff_html(finding.message)
    text = html_text(finding.message)
    if finding.code == "FC207" and finding.changes:
        change = finding.changes[0]
        new, old = html_text(f"`{change.new}`"), html_text(f"`{change.old}`")
        at = text.find(new) if change.new else -1
        if at >= 0:
            text = f"{text[:at]}<ins>{html_text(change.new)}</ins>{text[at + len(new) :]}"
        at = text.find(old, max(at, 0))
        if at >= 0:
            text = f"{text[:at]}<del>{html_text(change.old)}</del>{text[at + len(old) :]}"
    return text


def _finding_kind(finding: Finding) -> str:
    if finding.claim:
        return "k-claim"
    if finding.check:
        return "k-check"
    return "k-coverage" if finding.code.startswith("FC5") else "k-file"


def _finding_card(
    finding: Finding,
    result: FileResult,
    prefix: str,
    target: str,
    several: bool,
    folded: str = "",
    folded_count: int = 0,
) -> str:
    """One finding: code, severity and subject; the message (diffs marked); where; the hint;
    and the findings `folded` under it, collapsed."""
    severity = html_text(finding.severity)
    about = ""
    if finding.claim:
        ident = html_text(finding.claim)
        about = f'<a class="about" href="#{prefix}claim-{ident}">{ident}</a>'
    elif finding.check:
        about = f'<code class="about">{html_text(finding.check)}</code>'
    where = [f"<code>{html_text(finding.location)}</code>"]
    if finding.article_line:
        place = f"article {finding.article_line}:{finding.article_column or 1}"
        where.append(f'<a href="#{target}">{place}</a>' if target else html_text(place))
    if several and result.title:  # which article: the location names the claims file
        where.insert(0, html_text(result.title))
    message = _message(finding)
    hint = f'<p class="hint">{html_text(finding.hint)}</p>' if finding.hint else ""
    # A folded card is part of its primary's card: the filters show or hide them together.
    classes = (
        f"finding folded-card sev-{severity}"
        if finding.folded
        else f"finding fi sev-{severity} {_RESULT_CLASS.get(finding.severity, '')} "
        f"{_finding_kind(finding)}"
    )
    if folded:
        noun = "finding" if folded_count == 1 else "findings"
        hint += (
            f'<details class="folded"><summary>{folded_count} more {noun} from this edit'
            f"</summary>{folded}</details>"
        )
    return (
        f'<article class="{classes}"><h3><code>{html_text(finding.code)}</code> '
        f'<span class="badge badge-{severity}">{severity}</span> {about}</h3>'
        f'<p class="message">{message}</p><p class="where">{" · ".join(where)}</p>{hint}'
        "</article>"
    )


def _article_anchors(result: FileResult, prefix: str, changes: list[Change]) -> dict[int, str]:
    """Where in the article view each finding (by `id`) points: its claim's words, else the
    passage found in their place or the words it is about; none when the view has neither."""
    located = {c.id for c in result.claims if c.span} if result.article_text is not None else set()
    anchors: dict[int, str] = {}
    for index, change in enumerate(changes):
        names = _anchor_names(change, index)
        for finding in change.findings:
            wanted = f"near-{finding.claim}"
            anchors.setdefault(id(finding), wanted if wanted in names else names[0])
    for finding in result.findings:
        if finding.claim in located:
            anchors[id(finding)] = f"mark-{finding.claim}"
    return {key: f"{prefix}{html_text(name)}" for key, name in anchors.items()}


def _anchor_names(change: Change, index: int) -> list[str]:
    """The ids (less the file's prefix) where a change starts in the article view."""
    if change.kind == "passage":
        return [f"near-{c}" for c in change.claims] or [f"near-{index + 1}"]
    return [f"{'unc' if change.kind == 'uncovered' else 'chg'}-{index + 1}"]


# ---- one claims file ----------------------------------------------------------------------


def _file_section(result: FileResult, prefix: str, changes: list[Change]) -> str:
    numbers = {c.id: i + 1 for i, c in enumerate(result.claims)}
    errors = sum(1 for x in result.findings if x.severity == "error" and not x.folded)
    warnings = sum(1 for x in result.findings if x.severity == "warning" and not x.folded)
    meta = [("claims file", f"{result.claims_file} ({len(result.claims)} claims)")]
    if result.article_file:
        meta.insert(0, ("article", result.article_file))
    if result.published:
        meta.insert(1, ("dateline", result.published))
    counts = f"{errors} error{_plural('error', errors)}, {warnings} warning{_plural('w', warnings)}"
    meta.append(("findings", counts))
    rows = "".join(f"<dt>{html_text(k)}</dt><dd>{html_text(v)}</dd>" for k, v in meta)
    parts = [
        f'<section class="file" id="{prefix}file">',
        f'<h2>{html_text(result.title or result.claims_file)}</h2><dl class="meta">{rows}</dl>',
        f'<div class="ks k-claim" id="{prefix}article"><h3>Article</h3>',
        _article(result, numbers, prefix, changes),
        "</div>",
    ]
    timeline = timeline_html(result.claims, result.published, numbers, prefix)
    if timeline:
        parts += ['<div class="ks k-claim"><h3>Timeline</h3>', timeline, "</div>"]
    parts += [
        f'<div class="ks holds k-claim" id="{prefix}claims"><h3>Claims ({len(result.claims)})</h3>',
        _claims(result, numbers, prefix),
        "</div>",
    ]
    if result.checks:
        parts += [
            f'<div class="ks holds k-check" id="{prefix}checks">'
            f"<h3>Checks ({len(result.checks)})</h3>",
            _checks(result.checks),
            "</div>",
        ]
    if result.coverage:
        parts += [
            f'<div class="ks holds k-coverage" id="{prefix}coverage"><h3>Coverage</h3>',
            _coverage(result),
            "</div>",
        ]
    if result.silenced:
        parts += [f"<h3>Silenced ({len(result.silenced)})</h3>", _silenced(result)]
    parts.append("</section>")
    return "\n".join(parts)


def _tooltip(claim: ClaimResult, number: int) -> str:
    """What hovering a highlight shows: the claim's result, value, status, sources, findings."""
    lines = [
        f"#{number} {claim.id}: {_OUTCOME_WORDS[claim.outcome]}",
        f"{claim.type} {claim.value}",
        f"status: {claim.status}",
    ]
    lines += [f"source: {s}" for s in claim.sources] or ["no source"]
    if claim.note:
        lines.append(f"note: {claim.note}")
    lines += [
        f"{f.code} {f.severity}: {plain_diff(f.message) if f.code in DIFF_CODES else f.message}"
        for f in claim.findings
    ]
    return html_text("\n".join(lines))


def _change_tip(change: Change) -> str:
    who = ", ".join(change.claims)
    codes = ", ".join(change.codes)
    if change.kind == "uncovered":
        return html_text(f"“{change.now}” is a fact no claim covers ({codes}).")
    if change.kind == "passage":
        return html_text(
            f"The nearest passage to the words of {who} ({codes}): the claim says “{change.was}”."
        )
    if change.was:
        text = f"Changed: the article now says “{change.now}” where it said “{change.was}”"
    else:
        text = f"Changed: “{change.now}” is new"
    return html_text(f"{text} ({codes} on {who}).")


def _article(
    result: FileResult, numbers: dict[str, int], prefix: str, changes: list[Change] | None = None
) -> str:
    """The article's text, each claimed span a `<mark>`, nested where spans nest.

    The text is cut at every span's start and end. Each piece is wrapped in the marks of
    the claims that cover it, outermost (earliest start, then longest) first; a mark closes
    and opens again only where spans cross or a paragraph ends, and the pieces after the
    first carry no id. The innermost claim of a piece is the one a click on it opens, and a
    small number after each span links to its claim, so claims hidden under others (the
    same words claimed twice) stay reachable. Inside those, a piece in a passage found in
    place of a claim's words is a `span.near`, and changed words are a `mark.chg`, both
    opened and closed within the piece, so they never cross a claim's mark.
    """
    text = result.article_text
    if text is None:
        return '<p class="missing">The article could not be read.</p>'
    changes = changes or []  # each within the text (`article_changes` finds them there)
    spans = [
        (c.span[0], c.span[1], i, c)
        for i, c in enumerate(result.claims)
        if c.span and 0 <= c.span[0] < c.span[1] <= len(text)
    ]
    ends: dict[int, list[ClaimResult]] = {}
    for _, end, _, claim in spans:
        ends.setdefault(end, []).append(claim)
    anchors: dict[int, list[str]] = {}
    for index, change in enumerate(changes):
        anchors.setdefault(change.start, []).extend(_anchor_names(change, index))
    cuts = {min(c.start, len(text)) for c in changes} | {min(c.end, len(text)) for c in changes}
    bounds = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans} | cuts)
    first_class = ' class="headline"' if result.title and text.startswith(result.title) else ""
    out = [f'<div class="article"><p{first_class}>']
    stack: list[ClaimResult] = []
    started: set[str] = set()

    def open_marks(wanted: list[ClaimResult]) -> None:
        for claim in wanted[len(stack) :]:
            depth = min(len(stack), 3)
            first = claim.id not in started
            started.add(claim.id)
            anchor = f' id="{prefix}mark-{html_text(claim.id)}"' if first else ""
            more = "" if first else " fc-more"
            out.append(
                f'<mark class="fc fc-{html_text(claim.outcome)} d{depth}{more}"{anchor} '
                f'data-claim="{html_text(claim.id)}" title="{_tooltip(claim, numbers[claim.id])}">'
            )
            stack.append(claim)

    def close_to(keep: int) -> None:
        out.append("</mark>" * (len(stack) - keep))
        del stack[keep:]

    def changed(piece: str, start: int, end: int) -> str:
        """The piece's text, inside the changed-word and passage marks that cover it."""
        inner = html_text(piece)
        for change in changes:
            if change.start <= start and change.end >= end and change.kind == "changed":
                inner = f'<mark class="chg" title="{_change_tip(change)}">{inner}</mark>'
                break
        for kind, name in (("uncovered", "unc"), ("passage", "near")):
            for change in changes:
                if change.start <= start and change.end >= end and change.kind == kind:
                    inner = f'<span class="{name}" title="{_change_tip(change)}">{inner}</span>'
                    break
        return inner

    spans.sort(key=lambda item: (item[0], -item[1], item[2]))  # outermost first
    for start, end in itertools.pairwise(bounds):
        wanted = [c for s, e, _, c in spans if s <= start and e >= end]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        close_to(keep)
        out.extend(_ref(c, numbers, prefix) for c in ends.get(start, []))
        out.extend(
            f'<span class="anchor" id="{prefix}{html_text(name)}"></span>'
            for name in anchors.get(start, [])
        )
        for n, piece in enumerate(text[start:end].split("\n")):
            if n:
                close_to(0)
                out.append("</p>\n<p>")
            if piece:
                open_marks(wanted)
                shown = changed(piece, start, end)
                if stack:
                    target = f"#{prefix}claim-{html_text(stack[-1].id)}"
                    out.append(f'<a class="go" href="{target}">{shown}</a>')
                else:
                    out.append(shown)
    close_to(0)
    out.extend(_ref(c, numbers, prefix) for c in ends.get(len(text), []))
    out.append("</p></div>")
    return "".join(out)


def _ref(claim: ClaimResult, numbers: dict[str, int], prefix: str) -> str:
    return (
        f'<a class="ref ref-{html_text(claim.outcome)}" '
        f'href="#{prefix}claim-{html_text(claim.id)}" '
        f'title="{html_text(claim.id)}">{numbers[claim.id]}</a>'
    )


def linked(text: str) -> str:
    """`text` escaped, its http and https addresses made links that open without a referrer
    or a handle on this page; every other scheme (`javascript:`, `data:`) stays text."""
    out, last = [], 0
    for match in _WEB_ADDRESS.finditer(text):
        address = match.group().rstrip(_ADDRESS_TAIL)
        end = match.start() + len(address)
        if address.endswith("//"):  # a scheme and nothing after it: no address
            continue
        out.append(html_text(text[last : match.start()]))
        out.append(
            f'<a class="source" href="{html_text(address)}" rel="noopener noreferrer" '
            f'target="_blank">{html_text(address)}</a>'
        )
        last = end
    out.append(html_text(text[last:]))
    return "".join(out)


def _claims(result: FileResult, numbers: dict[str, int], prefix: str) -> str:
    cards = []
    for claim in result.claims:
        where = [html_text(f"{result.claims_file}:{claim.line}")]
        if claim.article_line and claim.span and result.article_text is not None:
            back = f"{prefix}mark-{html_text(claim.id)}"
            where.append(
                f'<a href="#{back}">article {claim.article_line}:{claim.article_column or 1}</a>'
            )
        elif claim.article_line:
            where.append(f"article {claim.article_line}:{claim.article_column or 1}")
        elif result.article_text is not None:
            where.append("not found in the article")
        rows = [
            f'<div class="value"><span class="type">{html_text(claim.type)}</span> '
            f"{html_text(claim.value)}</div>",
            f'<div class="status status-{html_text(claim.status)}">{html_text(claim.status)}</div>',
        ]
        if claim.text:
            rows.append(f"<blockquote>“{html_text(claim.text)}”</blockquote>")
        if claim.sources:
            items = "".join(f"<li>{linked(s)}</li>" for s in claim.sources)
            rows.append(f'<ul class="sources">{items}</ul>')
        else:
            rows.append('<p class="nosource">no source</p>')
        if claim.note:
            rows.append(f'<p class="note">{html_text(claim.note)}</p>')
        if claim.findings:
            rows.append(_finding_list(claim.findings))
        outcome = html_text(claim.outcome)
        cards.append(
            f'<article class="claim claim-{outcome} fi k-claim {_RESULT_CLASS[claim.outcome]}" '
            f'id="{prefix}claim-{html_text(claim.id)}"><h4><span class="num">{numbers[claim.id]}'
            f'</span> {html_text(claim.id)} <span class="badge badge-{outcome}">'
            f"{html_text(_OUTCOME_WORDS[claim.outcome])}</span></h4>"
            f'<div class="where">{" · ".join(where)}</div>{"".join(rows)}</article>'
        )
    return f'<div class="claims">{"".join(cards)}</div>'


def _finding_list(findings: list[Finding]) -> str:
    items = "".join(
        f'<li class="sev-{html_text(f.severity)}"><code>{html_text(f.code)}</code> '
        f"{html_text(f.severity)}: {_message(f)}"
        + (f'<div class="hint">{html_text(f.hint)}</div>' if f.hint else "")
        + "</li>"
        for f in findings
    )
    return f'<ul class="claim-findings">{items}</ul>'


def _checks(checks: list[CheckResult]) -> str:
    rows = "".join(
        f'<tr class="check-{html_text(c.outcome)} fi k-check {_RESULT_CLASS.get(c.outcome, "")}">'
        f'<td data-label="result"><span class="badge badge-{html_text(c.outcome)}">'
        f"{html_text(_CHECK_WORDS.get(c.outcome, c.outcome))}</span></td>"
        f'<td data-label="check"><code>{html_text(c.id)}</code></td>'
        f'<td data-label="kind">{html_text(c.kind)}</td>'
        f'<td data-label="what it says">{html_text(c.description or "")}</td>'
        f'<td data-label="line">{c.line}</td></tr>'
        for c in checks
    )
    return (
        '<table class="checks"><thead><tr><th>result</th><th>check</th><th>kind</th>'
        f"<th>what it says</th><th>line</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _coverage(result: FileResult) -> str:
    """Per kind of mention (dates, numbers, people …): how many a claim covers."""
    rows = []
    for kind, (covered, total) in result.coverage.items():
        outcome = "pass" if covered >= total else "warning"
        share = f"{covered * 100 // total}%" if total else "–"
        rows.append(
            f'<tr class="fi k-coverage {_RESULT_CLASS[outcome]}">'
            f'<td data-label="mentions of">{html_text(kind)}</td>'
            f'<td data-label="covered">{covered} of {total}</td>'
            f'<td data-label="share"><span class="badge badge-{outcome}">{share}</span></td></tr>'
        )
    return (
        '<table class="coverage"><thead><tr><th>mentions of</th><th>covered</th><th>share</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<p class="none">Mentions no claim covers are listed under warnings (FC5xx).</p>'
    )


def _silenced(result: FileResult) -> str:
    items = "".join(
        f"<li><code>{html_text(s.finding.code)}</code> {html_text(s.finding.message)}"
        f'<div class="hint">reason: {html_text(s.reason)}</div></li>'
        for s in result.silenced
    )
    return f'<ul class="silenced">{items}</ul>'

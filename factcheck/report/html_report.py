"""`--format html`: one self-contained page to read a run in a browser.

The page has no outside assets and no script: inline CSS, an inline SVG timeline, and a
Content-Security-Policy that forbids scripts, so nothing an article or a claims file holds
can run even if it slipped through. Every piece of text from articles and claims files is
capped, its control and bidi characters written out (`for_page`, which leaves the article
whole: it is shown once), and escaped with `html_text`; the timeline, drawn by
`html_timeline`, gets them the same way. Every link stays inside the page: a source's
address is shown as text, never made a link, whatever its scheme (`javascript:` included).

Per claims file the page shows the article with every claimed span highlighted by its
result (hover for the details, click for the claim's card), the timeline of dated claims,
a card per claim (value, status, sources, note, findings), the checks and the findings.
"""

from __future__ import annotations

import itertools

from factcheck import __version__
from factcheck.findings import Finding
from factcheck.report.escape import for_page, html_text, markup_lines
from factcheck.report.html_timeline import timeline_html
from factcheck.result import ClaimResult, FileResult, RunResult

OUTCOMES = ("pass", "warning", "fail", "not-checked")
# Per result: the highlight's background and its edge (also the timeline's colour).
HIGHLIGHT: dict[str, tuple[str, str]] = {
    "pass": ("#bbf7d0", "#15803d"),
    "warning": ("#fde68a", "#b45309"),
    "fail": ("#fecaca", "#b91c1c"),
    "not-checked": ("#e2e8f0", "#64748b"),
}
_OUTCOME_WORDS = {o: o.replace("-", " ") for o in OUTCOMES}
_CHECK_WORDS = {"pass": "held", "fail": "failed", "cannot-tell": "cannot tell"}
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def render(run: RunResult, context: object = None) -> str:
    """The whole page, as text."""
    run = for_page(run)
    failed = bool(getattr(context, "failed", run.fails("error")))
    if len(run.files) == 1:
        title = run.files[0].title or run.files[0].claims_file
    else:
        title = f"{len(run.files)} articles"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>factcheck: {html_text(title)}</title>",
        f"<style>{_css()}</style></head><body>",
        _header(run, failed),
        "<main>",
    ]
    for index, result in enumerate(run.files):
        parts.append(_file_section(result, f"f{index + 1}-" if index else ""))
    parts.append(
        f"</main><footer>factcheck {html_text(__version__)} · a page with no script and no "
        "outside assets</footer></body></html>\n"
    )
    # A last guard over the whole page, the timeline's text included (`html_timeline`).
    return markup_lines("\n".join(parts))


def _header(run: RunResult, failed: bool) -> str:
    claims = [c for f in run.files for c in f.claims]
    checks = [c for f in run.files for c in f.checks]
    by_outcome = {o: sum(1 for c in claims if c.outcome == o) for o in OUTCOMES}
    by_check = {o: sum(1 for c in checks if c.outcome == o) for o in _CHECK_WORDS}
    silenced = sum(len(f.silenced) for f in run.files)
    verdict = "failed" if failed else "passed"
    claim_detail = ", ".join(f"{by_outcome[o]} {_OUTCOME_WORDS[o]}" for o in OUTCOMES)
    check_detail = ", ".join(f"{by_check[o]} {w}" for o, w in _CHECK_WORDS.items())
    stats = [
        ("article", len(run.files), ""),
        ("claim", len(claims), claim_detail),
        ("check", len(checks), check_detail),
        ("error", run.count("error"), ""),
        ("warning", run.count("warning"), ""),
        ("info", run.count("info"), f"{silenced} silenced" if silenced else ""),
    ]
    boxes = "".join(
        f'<div class="stat stat-{name}"><b>{count}</b> {name}{_plural(name, count)}'
        + (f"<small>{html_text(detail)}</small>" if detail else "")
        + "</div>"
        for name, count, detail in stats
    )
    legend = "".join(
        f'<mark class="fc fc-{o} legend">{html_text(_OUTCOME_WORDS[o])}</mark> ' for o in OUTCOMES
    )
    return (
        f'<header><h1>factcheck report <span class="verdict verdict-{verdict}">{verdict}'
        f'</span></h1><div class="stats">{boxes}</div><p class="legend">Highlights: {legend}'
        "· hover a highlight for its details, click it (or its number) for the claim's card."
        "</p></header>"
    )


def _plural(name: str, count: int) -> str:
    return "" if count == 1 or name == "info" else "s"


def _file_section(result: FileResult, prefix: str) -> str:
    numbers = {c.id: i + 1 for i, c in enumerate(result.claims)}
    errors = sum(1 for x in result.findings if x.severity == "error")
    warnings = sum(1 for x in result.findings if x.severity == "warning")
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
        "<h3>Article</h3>",
        _article(result, numbers, prefix),
    ]
    timeline = timeline_html(result.claims, result.published, numbers, prefix)
    if timeline:
        parts += ["<h3>Timeline</h3>", timeline]
    parts += [f"<h3>Claims ({len(result.claims)})</h3>", _claims(result, numbers, prefix)]
    if result.checks:
        parts += [f"<h3>Checks ({len(result.checks)})</h3>", _checks(result)]
    parts += [f"<h3>Findings ({len(result.findings)})</h3>", _findings(result.findings, prefix)]
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
    lines += [f"{f.code} {f.severity}: {f.message}" for f in claim.findings]
    return html_text("\n".join(lines))


def _article(result: FileResult, numbers: dict[str, int], prefix: str) -> str:
    """The article's text, each claimed span a `<mark>`, nested where spans nest.

    The text is cut at every span's start and end. Each piece is wrapped in the marks of
    the claims that cover it, outermost (earliest start, then longest) first; a mark closes
    and opens again only where spans cross or a paragraph ends, and the pieces after the
    first carry no id. The innermost claim of a piece is the one a click on it opens, and a
    small number after each span links to its claim, so claims hidden under others (the
    same words claimed twice) stay reachable.
    """
    text = result.article_text
    if text is None:
        return '<p class="missing">The article could not be read.</p>'
    spans = [
        (c.span[0], c.span[1], i, c)
        for i, c in enumerate(result.claims)
        if c.span and 0 <= c.span[0] < c.span[1] <= len(text)
    ]
    ends: dict[int, list[ClaimResult]] = {}
    for _, end, _, claim in spans:
        ends.setdefault(end, []).append(claim)
    bounds = sorted({0, len(text)} | {s for s, *_ in spans} | {e for _, e, *_ in spans})
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

    spans.sort(key=lambda item: (item[0], -item[1], item[2]))  # outermost first
    for start, end in itertools.pairwise(bounds):
        wanted = [c for s, e, _, c in spans if s <= start and e >= end]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        close_to(keep)
        out.extend(_ref(c, numbers, prefix) for c in ends.get(start, []))
        for n, piece in enumerate(text[start:end].split("\n")):
            if n:
                close_to(0)
                out.append("</p>\n<p>")
            if piece:
                open_marks(wanted)
                if stack:
                    target = f"#{prefix}claim-{html_text(stack[-1].id)}"
                    out.append(f'<a class="go" href="{target}">{html_text(piece)}</a>')
                else:
                    out.append(html_text(piece))
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


def _claims(result: FileResult, numbers: dict[str, int], prefix: str) -> str:
    cards = []
    for claim in result.claims:
        where = [f"{result.claims_file}:{claim.line}"]
        if claim.article_line:
            back = f"{prefix}mark-{html_text(claim.id)}"
            where.append(
                f'<a href="#{back}">article {claim.article_line}:{claim.article_column or 1}</a>'
            )
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
            items = "".join(f"<li>{html_text(s)}</li>" for s in claim.sources)
            rows.append(f'<ul class="sources">{items}</ul>')
        else:
            rows.append('<p class="nosource">no source</p>')
        if claim.note:
            rows.append(f'<p class="note">{html_text(claim.note)}</p>')
        if claim.findings:
            rows.append(_finding_list(claim.findings))
        cards.append(
            f'<article class="claim claim-{html_text(claim.outcome)}" '
            f'id="{prefix}claim-{html_text(claim.id)}"><h4><span class="num">{numbers[claim.id]}'
            f'</span> {html_text(claim.id)} <span class="badge badge-{html_text(claim.outcome)}">'
            f"{html_text(_OUTCOME_WORDS[claim.outcome])}</span></h4>"
            f'<div class="where">{" · ".join(where)}</div>{"".join(rows)}</article>'
        )
    return f'<div class="claims">{"".join(cards)}</div>'


def _finding_list(findings: list[Finding]) -> str:
    items = "".join(
        f'<li class="sev-{html_text(f.severity)}"><code>{html_text(f.code)}</code> '
        f"{html_text(f.severity)}: {html_text(f.message)}"
        + (f'<div class="hint">{html_text(f.hint)}</div>' if f.hint else "")
        + "</li>"
        for f in findings
    )
    return f'<ul class="claim-findings">{items}</ul>'


def _checks(result: FileResult) -> str:
    rows = "".join(
        f'<tr class="check-{html_text(c.outcome)}">'
        f'<td><span class="badge badge-{html_text(c.outcome)}">'
        f"{html_text(_CHECK_WORDS.get(c.outcome, c.outcome))}</span></td>"
        f"<td><code>{html_text(c.id)}</code></td><td>{html_text(c.kind)}</td>"
        f"<td>{html_text(c.description or '')}</td><td>{c.line}</td></tr>"
        for c in result.checks
    )
    return (
        '<table class="checks"><thead><tr><th>result</th><th>check</th><th>kind</th>'
        f"<th>what it says</th><th>line</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _findings(findings: list[Finding], prefix: str) -> str:
    if not findings:
        return '<p class="none">No findings.</p>'
    rows = []
    for f in findings:
        about = ""
        if f.claim:
            about = f'<a href="#{prefix}claim-{html_text(f.claim)}">{html_text(f.claim)}</a>'
        elif f.check:
            about = f"<code>{html_text(f.check)}</code>"
        article = ""
        if f.article_file:
            line = f":{f.article_line}:{f.article_column or 1}" if f.article_line else ""
            article = f'<div class="article-at">article {html_text(f.article_file)}{line}</div>'
        hint = f'<div class="hint">{html_text(f.hint)}</div>' if f.hint else ""
        rows.append(
            f'<tr class="sev-{html_text(f.severity)}"><td><code>{html_text(f.code)}</code></td>'
            f'<td><span class="badge badge-{html_text(f.severity)}">'
            f"{html_text(f.severity)}</span></td>"
            f"<td><code>{html_text(f.location)}</code>{article}</td><td>{about}</td>"
            f"<td>{html_text(f.message)}{hint}</td></tr>"
        )
    return (
        '<table class="findings"><thead><tr><th>code</th><th>severity</th><th>where</th>'
        f"<th>about</th><th>message</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _silenced(result: FileResult) -> str:
    items = "".join(
        f"<li><code>{html_text(s.finding.code)}</code> {html_text(s.finding.message)}"
        f'<div class="hint">reason: {html_text(s.reason)}</div></li>'
        for s in result.silenced
    )
    return f'<ul class="silenced">{items}</ul>'


def _css() -> str:
    marks = "".join(
        f".fc-{o}{{background:{bg};border-bottom:2px solid {edge}}}"
        f".tl-{o} circle,.tl-{o} rect{{fill:{edge}}}"
        f".claim-{o}{{border-left-color:{edge}}}"
        f".badge-{o},.ref-{o}{{background:{bg};color:#0f172a;border-color:{edge}}}"
        for o, (bg, edge) in HIGHLIGHT.items()
    )
    return _CSS + marks


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#0f172a;background:#f1f5f9}
header{background:#fff;border-bottom:1px solid #cbd5e1;padding:16px 32px}
h1{font-size:22px;margin:0 0 10px}
main{max-width:1180px;margin:0 auto;padding:16px 24px}
footer{color:#64748b;font-size:12px;text-align:center;padding:16px}
.verdict{font-size:14px;padding:2px 10px;border-radius:12px;vertical-align:middle;margin-left:8px}
.verdict-passed{background:#bbf7d0;color:#14532d}.verdict-failed{background:#fecaca;color:#7f1d1d}
.stats{display:flex;flex-wrap:wrap;gap:8px}
.stat{background:#f8fafc;border:1px solid #e2e8f0;border-radius:6px;padding:6px 12px}
.stat b{font-size:18px}.stat small{display:block;color:#475569}
.stat-error b{color:#b91c1c}.stat-warning b{color:#b45309}
.legend{margin:10px 0 0;color:#475569}
section.file{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 28px 24px;
margin-bottom:24px}
h2{font-size:20px;margin:16px 0 6px}
h3{font-size:16px;margin:26px 0 8px;padding-bottom:4px;border-bottom:1px solid #e2e8f0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0;color:#334155}
dl.meta dt{color:#64748b}dl.meta dd{margin:0;font-family:ui-monospace,monospace;font-size:13px}
.article{font:17px/2.05 Georgia,"Times New Roman",serif;max-width:52em}
.article p{margin:0 0 .9em}.article p.headline{font-size:22px;font-weight:bold;line-height:1.6}
mark.fc{color:inherit;padding:0 1px;border-radius:2px}
mark.d0{padding-bottom:.32em}mark.d1{padding-bottom:.16em}mark.d2,mark.d3{padding-bottom:0}
mark.fc:target{outline:2px solid #2563eb;outline-offset:2px}
mark.legend{font-size:13px;padding:1px 6px}
a.go{color:inherit;text-decoration:none}
a.ref{font:10px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;
border:1px solid;border-radius:7px;padding:0 3px;margin:0 1px}
figure.timeline{margin:0;overflow-x:auto}
figure.timeline figcaption{color:#475569;font-size:13px;margin-top:4px}
.timeline-svg{display:block;max-width:100%;height:auto;font:11px system-ui,sans-serif}
.tl-bg{fill:#f8fafc;stroke:#e2e8f0}.tl-title{font-weight:600;font-size:12px;fill:#334155}
.tl-axis{stroke:#334155;stroke-width:1.5}.tl-tick{stroke:#334155}.tl-minor{stroke:#94a3b8}
.tl-tick-label{fill:#475569;font-size:10px}.tl-band{fill:#dbeafe;opacity:.7}
.tl-dateline{stroke:#2563eb;stroke-width:1.5;stroke-dasharray:4 3}
.tl-dateline-label{fill:#1d4ed8;font-weight:600}
.tl-mark text{fill:#0f172a}.tl-mark:hover text{text-decoration:underline}
.claims{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:10px;
align-items:start}
.claim{border:1px solid #e2e8f0;border-left:5px solid;border-radius:6px;padding:8px 12px;
font-size:13px;overflow-wrap:anywhere}
.claim:target{outline:3px solid #2563eb}
.claim h4{margin:0 0 2px;font-size:14px;font-family:ui-monospace,monospace}
.claim .num{color:#64748b}.claim .where{color:#64748b;font-size:12px}
.claim .value{font-weight:600;margin-top:4px}.claim .type{color:#64748b;font-weight:normal}
.claim blockquote{margin:4px 0;font-family:Georgia,serif;color:#334155}
.claim ul{margin:4px 0;padding-left:18px}.claim .note{margin:4px 0;color:#334155;font-style:italic}
.status{display:inline-block;font-size:12px;color:#334155}
.status-unverified,.status-disputed{color:#b45309}.status-false{color:#b91c1c;font-weight:bold}
.nosource{color:#b45309;margin:4px 0}
.badge{font:12px system-ui,sans-serif;border:1px solid #cbd5e1;border-radius:10px;padding:0 7px;
white-space:nowrap}
.badge-error{background:#fecaca;border-color:#b91c1c}
.badge-info,.badge-cannot-tell{background:#e0f2fe;border-color:#0369a1}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid #e2e8f0;padding:5px 8px}
th{color:#475569;font-weight:600}td code{font-size:12px}
.hint{color:#475569;font-size:12px;margin-top:2px}.article-at{color:#64748b;font-size:12px}
.none,.missing{color:#64748b}
"""

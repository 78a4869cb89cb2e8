"""The HTML report's style sheet: colours by result, filters, narrow screens and print.

Kept apart from the page's structure (`html_report`) because it is long and changes for
other reasons. It holds no input text: nothing here is escaped, and nothing may be added
from a report's content (a `<style>` element is not parsed as HTML).

Three parts matter beyond looks:
- the filters: radio buttons at the top, read with `:has`, hide the items (`.fi`) that lack
  the chosen result (`r-fail`, `r-warn`, `r-pass`) or kind (`k-claim`, `k-check`,
  `k-coverage`); a browser without `:has` never sees the buttons and shows everything;
- narrow screens (a phone, 400 px): nothing is wider than the screen, long words and
  addresses wrap, tables become one block per row with each cell labelled, and the
  timeline's wide drawing gives way to a vertical list;
- print: the wide layout, no filters, every item shown, cards kept whole, highlights
  printed in colour.
"""

from __future__ import annotations

import itertools

# Per result: the highlight's background and its edge (also the timeline's colour).
HIGHLIGHT: dict[str, tuple[str, str]] = {
    "pass": ("#bbf7d0", "#15803d"),
    "warning": ("#fde68a", "#b45309"),
    "fail": ("#fecaca", "#b91c1c"),
    "not-checked": ("#e2e8f0", "#64748b"),
}
# Changed words in the article: a strong colour no result uses, with white text.
CHANGED = ("#9f1239", "#ffffff")
NARROW = 720  # px: below this, the layout for phones


def css(
    result_filters: tuple[tuple[str, str, str], ...], kind_filters: tuple[tuple[str, str, str], ...]
) -> str:
    """The whole style sheet, with a rule per result colour and per filter button."""
    marks = "".join(
        f".fc-{o}{{background:{bg};border-bottom:2px solid {edge}}}"
        f".tl-{o} circle,.tl-{o} rect{{fill:{edge}}}.tl-dot-{o}{{background:{edge}}}"
        f".claim-{o}{{border-left-color:{edge}}}"
        f".badge-{o},.ref-{o}{{background:{bg};color:#0f172a;border-color:{edge}}}"
        for o, (bg, edge) in HIGHLIGHT.items()
    )
    hide = []
    for ident, _, need in (*result_filters, *kind_filters):
        if need:
            hide.append(f"body:has(#{ident}:checked) .fi:not(.{need})")
            if need.startswith("k-"):  # the article and timeline go with the claims
                hide.append(f"body:has(#{ident}:checked) .ks:not(.{need})")
    # A block of items (findings, claims, checks, coverage) the filters leave empty goes,
    # its heading too: for every choice of result and kind, a block with no item of both.
    for (r_ident, _, r_need), (k_ident, _, k_need) in itertools.product(
        result_filters, kind_filters
    ):
        if r_need or k_need:
            chosen = "".join(
                f":has(#{i}:checked)" for i, n in ((r_ident, r_need), (k_ident, k_need)) if n
            )
            wanted = "".join(f".{n}" for n in (r_need, k_need) if n)
            hide.append(f"body{chosen} .holds:not(:has(.fi{wanted}))")
    filters = f"{','.join(hide)}{{display:none}}"
    return _CSS + marks + f"@supports selector(:has(a)){{{filters}}}" + _NARROW + _PRINT


_CSS = f"""
*{{box-sizing:border-box}}
html{{-webkit-text-size-adjust:100%}}
body{{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:#0f172a;background:#f1f5f9;overflow-wrap:anywhere}}
a{{color:#1d4ed8}}
header{{background:#fff;border-bottom:1px solid #cbd5e1;padding:12px max(24px,calc(50% - 566px))}}
h1{{font-size:22px;margin:0}}
.subject{{margin:2px 0 8px;color:#334155}}
main{{max-width:1180px;margin:0 auto;padding:12px 24px}}
footer{{color:#64748b;font-size:12px;text-align:center;padding:16px}}
.verdict{{font-size:14px;padding:2px 10px;border-radius:12px;vertical-align:middle;
margin-left:8px}}
.verdict-passed{{background:#bbf7d0;color:#14532d}}
.verdict-failed{{background:#b91c1c;color:#fff}}
.stats{{display:flex;flex-wrap:wrap;gap:6px}}
.stat{{background:#f8fafc;border:1px solid #e2e8f0;border-radius:6px;padding:4px 10px;
color:inherit;text-decoration:none}}
a.stat:hover,a.stat:focus{{border-color:#2563eb}}
.stat b{{font-size:17px}}.stat small{{display:block;color:#475569;font-size:12px}}
.stat-error b{{color:#b91c1c}}.stat-warning b{{color:#b45309}}
.legend{{margin:8px 0 0;color:#475569;font-size:13px}}
.filters{{display:none}}
@supports selector(:has(a)){{
.filters{{display:flex;flex-wrap:wrap;gap:4px 16px;max-width:1180px;margin:0 auto;
padding:8px 24px 0}}
}}
.filters fieldset{{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px;
align-items:center}}
.filters legend{{float:left;margin-right:4px;color:#475569;font-size:13px}}
.filters input{{position:absolute;opacity:0;width:1px;height:1px;margin:0}}
.filters label{{font-size:13px;border:1px solid #cbd5e1;background:#fff;border-radius:14px;
padding:2px 10px;cursor:pointer}}
.filters input:checked+label{{background:#1e293b;border-color:#1e293b;color:#fff}}
.filters input:focus-visible+label{{outline:2px solid #2563eb;outline-offset:1px}}
section.failures,section.warnings{{margin-bottom:16px}}
section.failures h2,section.warnings h2{{margin:4px 0 8px}}
section.failures h2{{color:#991b1b}}section.failures.clear h2{{color:#14532d}}
.cards{{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(420px,100%),1fr));
gap:8px;align-items:start}}
.finding{{background:#fff;border:1px solid #e2e8f0;border-left:5px solid #94a3b8;
border-radius:6px;padding:8px 12px;font-size:14px}}
.finding.sev-error{{border-left-color:#b91c1c}}.finding.sev-warning{{border-left-color:#b45309}}
.finding.sev-info{{border-left-color:#0369a1}}
.finding h3{{font-size:14px;margin:0;border:0;padding:0}}
.finding .message{{margin:4px 0}}
.finding .where{{margin:0;color:#475569;font-size:12px}}
.finding .hint{{margin:4px 0 0;padding:4px 8px;background:#f8fafc;border-radius:4px;
color:#334155;font-size:13px}}
.finding details.folded{{margin-top:6px;font-size:13px}}
.finding details.folded summary{{cursor:pointer;color:#475569}}
.finding details.folded .finding{{margin-top:6px;border-left-width:3px}}
del{{background:#fecaca;color:#7f1d1d;text-decoration:line-through}}
ins{{background:#bbf7d0;color:#14532d;text-decoration:none;font-weight:600}}
section.file{{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:8px 28px 24px;
margin-bottom:24px}}
h2{{font-size:20px;margin:16px 0 6px}}
h3{{font-size:16px;margin:26px 0 8px;padding-bottom:4px;border-bottom:1px solid #e2e8f0}}
dl.meta{{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 14px;margin:0;
color:#334155}}
dl.meta dt{{color:#64748b}}dl.meta dd{{margin:0;font-family:ui-monospace,monospace;font-size:13px}}
.article{{font:17px/2.05 Georgia,"Times New Roman",serif;max-width:52em}}
.article p{{margin:0 0 .9em}}.article p.headline{{font-size:22px;font-weight:bold;line-height:1.6}}
mark.fc{{color:inherit;padding:0 1px;border-radius:2px}}
mark.d0{{padding-bottom:.32em}}mark.d1{{padding-bottom:.16em}}mark.d2,mark.d3{{padding-bottom:0}}
mark.fc:target{{outline:2px solid #2563eb;outline-offset:2px}}
mark.chg{{background:{CHANGED[0]};color:{CHANGED[1]};font-weight:bold;padding:0;
box-shadow:0 0 0 2px {CHANGED[0]};border-radius:1px}}
mark.chg.legend{{padding:1px 6px;box-shadow:none}}
.near{{text-decoration:underline dashed #b91c1c 2px;text-underline-offset:5px;
text-decoration-skip-ink:none}}
.unc{{text-decoration:underline dotted #b45309 3px;text-underline-offset:5px;
text-decoration-skip-ink:none}}
span.near.legend,span.unc.legend{{display:inline-block;line-height:1.3}}
.anchor{{scroll-margin-top:40px}}
.anchor:target+mark,.anchor:target+span{{outline:3px solid #2563eb}}
mark.legend,span.legend{{font-size:13px;padding:1px 6px}}
a.go{{color:inherit;text-decoration:none}}
a.ref{{font:10px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;
border:1px solid;border-radius:7px;padding:0 3px;margin:0 1px}}
figure.timeline{{margin:0;overflow-x:auto}}
figure.timeline figcaption{{color:#475569;font-size:13px;margin-top:4px}}
.timeline-svg{{display:block;max-width:100%;height:auto;font:11px system-ui,sans-serif}}
.tl-bg{{fill:#f8fafc;stroke:#e2e8f0}}.tl-title{{font-weight:600;font-size:12px;fill:#334155}}
.tl-axis{{stroke:#334155;stroke-width:1.5}}.tl-tick{{stroke:#334155}}.tl-minor{{stroke:#94a3b8}}
.tl-tick-label{{fill:#475569;font-size:10px}}.tl-band{{fill:#dbeafe;opacity:.7}}
.tl-dateline{{stroke:#2563eb;stroke-width:1.5;stroke-dasharray:4 3}}
.tl-dateline-label{{fill:#1d4ed8;font-weight:600}}
.tl-mark text{{fill:#0f172a}}.tl-mark:hover text{{text-decoration:underline}}
ol.tl-list{{display:none;list-style:none;margin:0 0 0 8px;padding:0 0 0 14px;
border-left:2px solid #94a3b8}}
.tl-list li{{position:relative;margin:0 0 8px;padding-left:8px;font-size:14px}}
.tl-list .tl-dot{{position:absolute;left:-21px;top:5px;width:12px;height:12px;border-radius:6px;
border:2px solid #fff}}
.tl-list .tl-when{{display:block;font-weight:600}}
.tl-list li.tl-dateline-item{{color:#1d4ed8;font-weight:600}}
.claims{{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(340px,100%),1fr));gap:10px;
align-items:start}}
.claim{{border:1px solid #e2e8f0;border-left:5px solid;border-radius:6px;padding:8px 12px;
font-size:13px;overflow-wrap:anywhere}}
.claim:target,.finding:target{{outline:3px solid #2563eb}}
.claim h4{{margin:0 0 2px;font-size:14px;font-family:ui-monospace,monospace}}
.claim .num{{color:#64748b}}.claim .where{{color:#64748b;font-size:12px}}
.claim .value{{font-weight:600;margin-top:4px}}.claim .type{{color:#64748b;font-weight:normal}}
.claim blockquote{{margin:4px 0;font-family:Georgia,serif;color:#334155}}
.claim ul{{margin:4px 0;padding-left:18px}}
.claim .note{{margin:4px 0;color:#334155;font-style:italic}}
.status{{display:inline-block;font-size:12px;color:#334155}}
.status-unverified,.status-disputed{{color:#b45309}}.status-false{{color:#b91c1c;font-weight:bold}}
.nosource{{color:#b45309;margin:4px 0}}
.badge{{font:12px system-ui,sans-serif;border:1px solid #cbd5e1;border-radius:10px;padding:0 7px;
white-space:nowrap}}
.badge-error{{background:#fecaca;border-color:#b91c1c}}
.badge-info,.badge-cannot-tell{{background:#e0f2fe;border-color:#0369a1}}
table{{border-collapse:collapse;width:100%;font-size:13px}}
th,td{{text-align:left;vertical-align:top;border-bottom:1px solid #e2e8f0;padding:5px 8px}}
th{{color:#475569;font-weight:600}}td code{{font-size:12px}}
.hint{{color:#475569;font-size:12px;margin-top:2px}}
.none,.missing{{color:#64748b}}
"""

_NARROW = f"""
@media screen and (max-width:{NARROW}px){{
header{{padding:8px 12px}}
h1{{font-size:18px}}
.subject{{font-size:14px;margin-bottom:6px}}
.stat{{padding:2px 8px}}.stat b{{font-size:15px}}.stat small{{display:none}}
.legend{{display:none}}
.filters{{padding:6px 10px 0}}
main{{padding:8px 10px}}
section.file{{padding:4px 12px 16px;border-radius:6px}}
dl.meta{{grid-template-columns:minmax(0,1fr)}}dl.meta dd{{margin-bottom:4px}}
.article{{font-size:16px;line-height:1.9}}
.article p.headline{{font-size:19px}}
.timeline-svg{{display:none}}
ol.tl-list{{display:block}}
table,thead,tbody,tr,th,td{{display:block;width:auto}}
thead{{display:none}}
tr{{border:1px solid #e2e8f0;border-radius:6px;margin:0 0 8px;padding:4px 8px}}
td{{border:0;padding:2px 0}}
td[data-label]::before{{content:attr(data-label) ": ";color:#64748b;font-size:12px}}
}}
"""

_PRINT = """
@media print{
body{background:#fff;font-size:11pt}
.filters,a.ref{display:none !important}
.fi,.ks{display:revert !important}
header,main{padding:0}
section.file{border:0;padding:0}
.finding,.claim,tr,figure{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:inherit;text-decoration:none}
a.source::after{content:""}
mark,ins,del,.badge,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.timeline-svg{display:block !important}
ol.tl-list{display:none !important}
}
"""

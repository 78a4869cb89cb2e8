"""`--format html`: one self-contained page, every text escaped, checked in a real browser.

The browser test runs Debian's chromium headless. CI installs it through `.ci/run`, which sets
FACTCHECK_REQUIRE_CHROMIUM=1: there, and wherever CI is set, a missing chromium fails the
test. On a laptop without it the test is skipped with the reason and the install command,
shown in pytest's summary (never silently), so the README's test command works on a fresh
machine with only Python and pip.
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import shutil
import struct
import subprocess
import threading
import zlib
from collections import Counter
from html.parser import HTMLParser
from itertools import accumulate
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, FIXTURES, ROOT, bundled_copy
from factcheck.report.html_report import HIGHLIGHT, linked
from factcheck.report.html_style import CHANGED

INJECTED = FIXTURES / "html" / "injected.yaml"
# What the page may contain: no script, no image, no frame, nothing fetched.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section",
    "h1", "h2", "h3", "h4", "dl", "dt", "dd", "div", "p", "span", "b", "small", "mark", "a",
    "article", "blockquote", "ul", "li", "code", "table", "thead", "tbody", "tr", "th", "td",
    "figure", "figcaption", "svg", "g", "rect", "line", "circle", "text",
    "nav", "fieldset", "legend", "input", "label", "ol", "ins", "del",
}  # fmt: skip
# The edits of a failing report: three facts changed, as an editor would change them.
EDITS = {
    "took place on June 2 in Istanbul": "took place on June 3 in Istanbul",
    "30-day ceasefire": "60-day ceasefire",
    "up to 1,200 prisoners": "up to 1,300 prisoners",
}


class _Page(HTMLParser):
    """Every element of a page, as (tag, attributes)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if name in a.get("class", "").split()]

    @property
    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if "id" in a}


def _html_report(factcheck, tmp_path: Path, *paths: Path) -> tuple[int, str]:
    output = tmp_path / "report.html"
    run = factcheck("verify", *paths, "--format", "html", "--output", output)
    assert run.out == "" and run.err == ""
    return run.code, output.read_text(encoding="utf-8")


def _claims(factcheck, *paths: Path) -> list[dict]:
    return factcheck("verify", *paths, "--format", "json").report["claims"]


def test_bundled_example_renders_every_claim_and_a_timeline_mark_per_date(
    factcheck, tmp_path
) -> None:
    code, text = _html_report(factcheck, tmp_path, BUNDLED_CLAIMS)
    assert code == 0
    claims = _claims(factcheck, BUNDLED_CLAIMS)
    page = _Page(text)
    assert "Russia ready to hold third round of peace talks with Ukraine, Putin says" in text
    assert "2025-06-27T22:57:00+03:00" in text
    for claim in claims:
        assert f"claim-{claim['id']}" in page.ids, claim["id"]
    marked = {a["data-claim"] for a in page.with_class("fc") if "data-claim" in a}
    assert marked == {c["id"] for c in claims if c["article_line"]}
    # Every claim has its own link in the article, even one whose words another claims too.
    refs = [a["href"] for a in page.with_class("ref")]
    assert sorted(refs) == sorted(f"#claim-{c['id']}" for c in claims if c["article_line"])
    # The timeline: one mark per date claim, a point or a bar, linked to the claim's card.
    dates = sorted(c["id"] for c in claims if c["type"] == "date")
    marks = page.with_class("tl-mark")
    assert len(dates) >= 10
    assert sorted(a["data-claim"] for a in marks) == dates
    assert all(a["href"] == f"#claim-{a['data-claim']}" for a in marks)
    assert {"circle", "rect"} <= {tag for tag, _ in page.elements}
    assert page.with_class("tl-dateline")
    # Nothing failed; the five unverified claims are warnings, each a card with its place.
    assert "<h2>Failed (0)</h2>" in text and "Nothing failed." in text
    cards = page.with_class("finding")
    assert len(cards) == 5
    assert all({"sev-warning", "r-warn", "k-claim"} <= set(a["class"].split()) for a in cards)
    assert "claims/2025-06-27-putin-third-round.yaml:748:13" in text


def test_page_is_self_contained_and_forbids_scripts(factcheck, tmp_path) -> None:
    _, text = _html_report(factcheck, tmp_path, BUNDLED_CLAIMS)
    page = _Page(text)
    assert {tag for tag, _ in page.elements} <= ALLOWED_TAGS
    (csp,) = [a for t, a in page.elements if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp["content"]
    assert "script-src" not in csp["content"]
    outside = []
    for tag, attrs in page.elements:
        assert "src" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), attrs
        href = attrs.get("href", "#")
        if not href.startswith("#"):  # only a source's web address leaves the page
            assert re.match(r"https?://", href), attrs
            assert attrs["rel"] == "noopener noreferrer" and "source" in attrs["class"], attrs
            outside.append(href)
        if tag == "input":
            assert attrs["type"] == "radio", attrs  # the filters; there is no form
    assert "url(" not in text and "@import" not in text
    addresses = re.findall(r"^\s+url: (\S+)$", BUNDLED_CLAIMS.read_text(), re.M)
    assert len(set(outside)) >= 10 and set(outside) <= set(addresses)


def test_every_link_inside_the_page_leads_somewhere(factcheck, tmp_path) -> None:
    _, text = _html_report(factcheck, tmp_path, BUNDLED_CLAIMS, INJECTED)
    page = _Page(text)
    inside = {a["href"][1:] for _, a in page.elements if a.get("href", "").startswith("#")}
    assert inside and inside <= page.ids, sorted(inside - page.ids)[:5]
    # The second file's ids are its own: its claim that failed is linked from the top.
    assert "f2-claim-round-1-date" in inside


def test_only_http_and_https_addresses_become_links() -> None:
    assert linked("Reuters, https://example.org/a?b=1&c=2.") == (
        'Reuters, <a class="source" href="https://example.org/a?b=1&amp;c=2" '
        'rel="noopener noreferrer" target="_blank">https://example.org/a?b=1&amp;c=2</a>.'
    )
    assert 'href="HTTP://EXAMPLE.ORG/"' in linked("(HTTP://EXAMPLE.ORG/)")
    cases = {
        "javascript:alert(1)": [],
        "data:text/html,<script>alert(1)</script>": [],
        "vbscript:msgbox": [],
        "ftp://example.org/file": [],
        "https://": [],
        "//example.org/no-scheme": [],
        # The web address inside is linked, never the `javascript:` around it.
        "javascript:alert('https://example.org')//": ["https://example.org"],
    }
    for text, hrefs in cases.items():
        assert re.findall(r'href="([^"]*)"', linked(text)) == hrefs, text
    # A quote or a bracket ends an address: no attribute can be opened from inside it.
    shown = linked('https://example.org/"onmouseover="alert(1)')
    assert 'href="https://example.org/"' in shown and "&quot;onmouseover=&quot;" in shown


def test_source_links_in_a_report_are_the_web_addresses_only(factcheck, tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks were held on June 2.\n", encoding="utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text(
        "article: {path: a.txt, published: 2025-06-27T22:57:00+03:00}\n"
        "subjects: {talks: {kind: event}}\n"
        "claims:\n"
        "  - {id: talks-date, subject: talks, property: date, type: date, value: 2025-06-02,\n"
        "     text: June 2, status: verified, sources: [\n"
        "       {title: 'javascript:alert(1)', url: 'https://example.org/a', date: '2025-06-27'},\n"
        "       {publisher: 'see data:text/html,x and javascript:alert(2)'}]}\n",
        encoding="utf-8",
    )
    _, text = _html_report(factcheck, tmp_path, claims)
    page = _Page(text)
    hrefs = [a["href"] for _, a in page.elements if "href" in a]
    assert [h for h in hrefs if not h.startswith("#")] == ["https://example.org/a"]
    assert "javascript:alert(1)" in text and "javascript:alert(2)" in text  # shown as text


def test_report_dir_writes_the_html_page(factcheck, tmp_path) -> None:
    run = factcheck("verify", BUNDLED_CLAIMS, "--format", "json", "--report-dir", tmp_path)
    assert run.code == 0
    assert (tmp_path / "factcheck.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_markup_in_articles_and_claims_is_shown_as_text(factcheck, tmp_path) -> None:
    code, text = _html_report(factcheck, tmp_path, INJECTED)
    assert code == 1  # one claim fails on purpose
    lowered = text.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<b>bold" not in lowered
    page = _Page(text)
    assert {tag for tag, _ in page.elements} <= ALLOWED_TAGS
    assert not any(name.startswith("on") for _, attrs in page.elements for name in attrs)
    # The words are all there, escaped: the article's, the claim's text, value, note, source.
    assert "&lt;script&gt;document.title = &#x27;pwned-article&#x27;&lt;/script&gt;" in text
    for word in ("pwned-value", "pwned-note", "pwned-source", "pwned-img", "pwned-fail"):
        assert word in text, word
    assert "&lt;img src=x onerror=&quot;document.title = &#x27;pwned-img&#x27;&quot;&gt;" in text
    assert "&amp; &lt;b&gt;bold&lt;/b&gt;" in text
    # Hover text (a `title` attribute) holds the note with its quotes escaped.
    (mark,) = [a for a in page.with_class("fc") if a.get("data-claim") == "board-image"]
    assert (
        "note: <img src=x onerror=\"document.title = 'pwned-note'\"> & <b>bold</b>"
        in (mark["title"])
    )
    marks = [a for a in page.with_class("fc") if "data-claim" in a]
    assert {a["data-claim"]: a["class"].split()[1] for a in marks} == {
        "headline-script": "fc-pass",
        "board-image": "fc-warning",
        "round-2-date": "fc-pass",
        "round-1-date": "fc-fail",
    }


@pytest.fixture
def failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled claims file against a copy of its article with three facts changed, run
    with the default configuration (coverage on), as a newsroom's repository would be."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text(encoding="utf-8")
    for old, new in EDITS.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    article.write_text(text, encoding="utf-8")
    return claims


def _changed_words(text: str) -> str:
    """The article's words marked as changed, joined."""
    return "".join(re.findall(r'<mark class="chg" title="[^"]*">([^<]*)</mark>', text))


def test_failing_report_opens_with_what_failed_where_and_the_hint(
    factcheck, tmp_path, failing
) -> None:
    claims = failing
    code, text = _html_report(factcheck, tmp_path, claims)
    assert code == 1
    report = factcheck("verify", claims, "--format", "json").report
    errors = [f for f in report["findings"] if f["severity"] == "error" and not f["folded_into"]]
    assert len(errors) >= 3
    # Failures first: before the warnings, the article and the claims' cards.
    order = [text.index(f'id="{name}"') for name in ("failures", "warnings", "article", "claims")]
    assert order == sorted(order)
    failures = text[order[0] : order[1]]
    # One card for each cause; the findings an edit caused are folded inside its card.
    cards = _Page(failures).with_class("fi")
    assert len(cards) == len(errors) and all("r-fail" in a["class"] for a in cards)
    assert f"<h2>Failed ({len(errors)})</h2>" in failures
    page = _Page(text)
    for finding in errors:
        assert f'href="#claim-{finding["claim"]}"' in failures  # what failed
        where = f"{Path(finding['file']).name}:{finding['line']}:{finding['column']}"
        assert where in failures, where  # where, in the claims file
        assert f"article {finding['article_line']}:{finding['article_column']}" in failures
        assert html.escape(finding["hint"]) in failures  # the hint
    # A fact no claim covers links to its words in the article; here each is the new words of
    # an edit, so its card is folded in the card of the edit.
    folded = _Page(failures).with_class("folded-card")
    assert len(folded) == len(report["findings"]) - len(
        [f for f in report["findings"] if not f["folded_into"]]
    )
    assert failures.count("<code>FC501</code>") == 3
    links = re.findall(r'href="#(unc-\d+)">article', text)
    assert len(links) == 3 and all(link in page.ids for link in links)
    # A claim whose words are gone links to the passage found in their place (its finding is
    # folded under the finding of the edit).
    lost = [f["claim"] for f in report["findings"] if f["code"] == "FC203"]
    assert lost
    for claim in lost:
        assert f'href="#near-{claim}"' in failures and f"near-{claim}" in page.ids
    # The count cards link to their sections.
    targets = {a["href"] for a in page.with_class("stat") if "href" in a}
    assert {"#failures", "#warnings", "#claims", "#checks", "#coverage"} <= targets
    assert all(target[1:] in page.ids for target in targets)


def test_failing_report_shows_diffs_as_insertions_and_marks_the_changed_words(
    factcheck, tmp_path, failing
) -> None:
    _, text = _html_report(factcheck, tmp_path, failing)
    assert "June <del>2</del> <ins>3</ins> in Istanbul" in text
    assert "<del>30-day</del> <ins>60-day</ins>" in text
    assert "<del>1,200</del> <ins>1,300</ins>" in text
    assert "[-" not in text and "{+" not in text  # no raw diff, not even in hover text
    assert "June 2 → 3 in Istanbul" in text  # hover text says it in words
    changed = _changed_words(text)
    for words in ("June 3", "60-day", "up to 1,300"):
        assert words in changed, changed
    assert "June 2" not in changed and "30-day" not in changed
    titles = re.findall(r'<mark class="chg" title="([^"]*)">', text)
    assert any("now says “60-day” where it said “30-day”" in t for t in titles), titles
    # The legend names the mark; a passing report marks nothing as changed.
    assert '<mark class="chg legend">changed words</mark>' in text
    _, passing = _html_report(factcheck, tmp_path, BUNDLED_CLAIMS)
    assert _changed_words(passing) == "" and "<ins>" not in passing


def test_every_filtered_item_has_one_result_and_one_kind(factcheck, tmp_path, failing) -> None:
    _, text = _html_report(factcheck, tmp_path, failing)
    page = _Page(text)
    radios = [a for tag, a in page.elements if tag == "input"]
    assert [a["id"] for a in radios if "checked" in a] == ["show-all", "kind-all"]
    assert {a["name"] for a in radios} == {"result", "kind"}
    items = page.with_class("fi")
    results = {"r-pass", "r-fail", "r-warn", "r-none", "r-info"}
    kinds = {"k-claim", "k-check", "k-coverage", "k-file"}
    for item in items:
        classes = set(item["class"].split())
        assert len(classes & results) == 1 and len(classes & kinds) == 1, item
    kinds_seen = {k for a in items for k in set(a["class"].split()) & kinds}
    assert {"k-claim", "k-check", "k-coverage"} <= kinds_seen
    assert "body:has(#show-fail:checked) .fi:not(.r-fail)" in text


def test_changed_words_are_read_only_from_the_findings_structured_changes() -> None:
    from factcheck.findings import Finding, WordChange
    from factcheck.report.html_changes import article_changes

    text = "Talks took place on June 3 in Istanbul.\nThe minister said the deal was signed today."
    changed = "the sentence `x` was verified against (accepted 2026-11-25) has changed: "

    def marked(*findings: Finding) -> list[tuple[str, str, str]]:
        return [(c.kind, c.now, c.was) for c in article_changes(text, list(findings))]

    def change(new: str, old: str, kind: str = "replaced", at: int | None = None) -> WordChange:
        start = text.index(new) if at is None else at
        return WordChange(old, new, start, start + len(new), 1, start + 1, kind, ("x",))  # type: ignore[arg-type]

    def fc205(diff: str, *changes: WordChange) -> Finding:
        return Finding("FC205", "error", changed + diff, "c.yaml", claim="x", changes=changes)

    def fc203(*changes: WordChange) -> Finding:
        return Finding(
            "FC203", "error", "the context is not in the article", "c.yaml", 3, 1,
            "nearest passage: “…”", "x", changes=changes,
        )  # fmt: skip

    diff = "Talks took place on June [-2-] {+3+} in Istanbul."
    assert marked(fc205(diff, change("3", "2"))) == [("changed", "3", "2")]
    # Words only added: new, replacing nothing.
    assert marked(fc205("…", change("signed", ""))) == [("changed", "signed", "")]
    # The message is never read: a diff in it marks nothing without the structured change.
    assert marked(fc205(diff)) == []
    # A change whose place does not fit the text (another version of it): no mark.
    assert marked(fc205(diff, change("3", "2", at=len(text)))) == []
    # A short value: its words as they read now, whole; the passage around them too.
    assert marked(fc203(change("Talks took place on June 3", "June 2", "passage"))) == [
        ("passage", "Talks took place on June 3", "June 2"),
        ("changed", "June 3", "June 2"),
    ]
    # A longer text: only the words that differ.
    said = "The minister said the deal was agreed today."
    passage = change("The minister said the deal was signed today.", said, "passage")
    assert marked(fc203(passage)) == [
        ("passage", "The minister said the deal was signed today.", said),
        ("changed", "signed", "agreed"),
    ]
    # No passage offered: no mark, whatever the hint says.
    assert marked(fc203()) == []

    # A fact no claim covers (FC501): its words where the finder found them, never the
    # words its message quotes (tests/test_grouping_coverage_span.py runs the real finder).
    def fc501(words: str, at: int | None = None, quoted: str | None = None) -> Finding:
        message = f"“{quoted or words}” (a date, 2025-06-03) is not covered by any claim"
        start = text.index(words) if at is None else at
        mention = WordChange("", words, start, start + len(words), 1, start + 1, "mention")
        return Finding("FC501", "warning", message, "a.md", 1, 21, changes=(mention,))

    assert marked(fc501("June 3")) == [("uncovered", "June 3", "")]
    assert marked(fc501("in", at=text.rindex(" in ") + 1)) == [("uncovered", "in", "")]
    assert marked(fc501("June 3", quoted="the deal")) == [("uncovered", "June 3", "")]
    assert marked(fc501("June 4", at=0)) == []  # not the words at that place: no mark
    assert marked(Finding("FC501", "warning", "“June 3” (a date) is not …", "a.md", 1, 21)) == []


# ---- in a real browser ------------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--force-color-profile=srgb",
    "--hide-scrollbars",
]

# Loads the report in a frame of the same origin and writes what the browser computed.
HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>harness</title></head>
<body><pre id="result">pending</pre>
<iframe id="report" src="report.html" style="width:1280px;height:2000px"></iframe>
<script>
window.addEventListener("load", () => {
  const frame = document.getElementById("report");
  const doc = frame.contentDocument;
  const marks = [...doc.querySelectorAll("mark.fc")].map((m) => {
    const box = m.getBoundingClientRect();
    return {
      claim: m.dataset.claim || null,
      section: m.closest("section.file") ? m.closest("section.file").id : null,
      outcome: [...m.classList].find((c) => c.startsWith("fc-")).slice(3),
      background: getComputedStyle(m).backgroundColor,
      visible: box.width > 0 && box.height > 0,
    };
  });
  const handlers = [...doc.querySelectorAll("*")].flatMap((e) =>
    [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name));
  document.getElementById("result").textContent = JSON.stringify({
    title: doc.title,
    marks,
    scripts: doc.querySelectorAll("script").length,
    images: doc.querySelectorAll("img").length,
    handlers,
    timeline: doc.querySelectorAll("svg .tl-mark").length,
    timelineWidths: [...doc.querySelectorAll("svg.timeline-svg")].map(
      (svg) => svg.getBoundingClientRect().width),
  });
});
</script></body></html>
"""


@pytest.fixture
def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        reason = (
            "the HTML report's browser test needs Debian's chromium: "
            "apt-get update && apt-get install -y chromium (.ci/run does this)"
        )
        if os.environ.get("FACTCHECK_REQUIRE_CHROMIUM") or os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@pytest.fixture
def served(tmp_path):
    """An HTTP server on 127.0.0.1 for tmp_path: the harness and the report share an origin."""
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _browse(chromium: str, tmp_path: Path, name: str, *args: str) -> str:
    profile = tmp_path / f"profile-{name}"
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _channels(colour: str) -> tuple[int, int, int]:
    """`#bbf7d0` → (187, 247, 208)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return red, green, blue


def _rgb(colour: str) -> str:
    """`#bbf7d0` as getComputedStyle writes it: `rgb(187, 247, 208)`."""
    return "rgb({}, {}, {})".format(*_channels(colour))


def test_chromium_shows_highlights_in_their_colours_and_runs_no_injected_script(
    factcheck, tmp_path, chromium, served
) -> None:
    _html_report(factcheck, tmp_path, BUNDLED_CLAIMS, INJECTED)
    claims = _claims(factcheck, BUNDLED_CLAIMS, INJECTED)
    (tmp_path / "harness.html").write_text(HARNESS, encoding="utf-8")

    dom = _browse(chromium, tmp_path, "dom", "--dump-dom", f"{served}/harness.html")
    found = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    assert found, dom[:2000]
    assert found.group(1) != "pending", "the harness did not run"
    seen = json.loads(html.unescape(found.group(1)))

    assert seen["title"] == "factcheck: 2 articles"  # an injected script would change it
    assert seen["scripts"] == 0 and seen["images"] == 0 and seen["handlers"] == []
    assert seen["timeline"] == sum(1 for c in claims if c["type"] == "date")
    assert len(seen["timelineWidths"]) == 2 and min(seen["timelineWidths"]) > 600
    # Each highlight's computed background is its result's colour; the four are distinct.
    colours = {outcome: _rgb(background) for outcome, (background, _) in HIGHLIGHT.items()}
    assert len(set(colours.values())) == 4
    red, green, blue = _channels(HIGHLIGHT["pass"][0])
    assert green > red and green > blue, "pass is green"
    red, green, blue = _channels(HIGHLIGHT["warning"][0])
    assert red > green > blue, "warning is amber"
    red, green, blue = _channels(HIGHLIGHT["fail"][0])
    assert red > green and red > blue, "fail is red"
    grey = _channels(HIGHLIGHT["not-checked"][0])
    assert max(grey) - min(grey) < 30, "not checked is grey"
    for mark in seen["marks"]:
        assert mark["background"] == colours[mark["outcome"]], mark
    assert {m["outcome"] for m in seen["marks"]} == set(HIGHLIGHT)  # the legend shows all four
    by_claim: dict[tuple[str, str], set[str]] = {}
    for mark in seen["marks"]:
        if mark["claim"] and mark["visible"]:
            by_claim.setdefault((mark["section"], mark["claim"]), set()).add(mark["outcome"])
    sections = {
        str(BUNDLED_CLAIMS.relative_to(ROOT)): "file",
        str(INJECTED.relative_to(ROOT)): "f2-file",
    }
    for claim in claims:
        if claim["article_line"]:
            key = (sections[claim["file"]], claim["id"])
            assert by_claim.get(key) == {claim["result"]}, key
    assert {"pass", "warning", "fail"} <= {o for s in by_claim.values() for o in s}

    # The page as a reader first sees it: the header, the highlighted article, the timeline.
    shot = tmp_path / "report.png"
    _browse(
        chromium, tmp_path, "shot", f"--screenshot={shot}", "--window-size=1280,3000",
        f"{served}/report.html",
    )  # fmt: skip
    width, height, pixels = _read_png(shot)
    assert (width, height) == (1280, 3000)
    counts = Counter(pixels)
    assert len(counts) > 50, "the screenshot is blank"
    for outcome in ("pass", "warning"):  # highlights in the first screen of the article
        assert counts[bytes(_channels(HIGHLIGHT[outcome][0]))] > 500, outcome


# Loads a failing report at a phone's width and a desktop's, and writes what each computed:
# the widths (horizontal scroll), where the failures stand, the changed words' colours, which
# timeline shows, and what each filter leaves visible.
WIDTHS = {"phone": (400, 900), "desktop": (1400, 1000)}
FAILING_HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>harness</title></head>
<body style="margin:0"><pre id="result">pending</pre>
<iframe id="phone" src="report.html" style="border:0;width:400px;height:900px"></iframe>
<iframe id="desktop" src="report.html" style="border:0;width:1400px;height:1000px"></iframe>
<script>
function measure(frame) {
  const win = frame.contentWindow, doc = frame.contentDocument;
  const shown = (selector) =>
    [...doc.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0);
  const classes = (selector) => shown(selector).map((e) => [...e.classList]);
  const pick = (id) => {
    doc.getElementById(id).checked = true;
    const blocks = [...doc.querySelectorAll(".holds")];
    return {items: classes(".fi"), blocks: shown(".holds").map((e) => e.id),
      filled: blocks.filter((b) => [...b.querySelectorAll(".fi")].some(
        (e) => e.getClientRects().length > 0)).map((e) => e.id)};
  };
  const filters = {};
  for (const id of ["show-fail", "show-warn", "show-pass", "show-all", "kind-claim",
                    "kind-check", "kind-coverage", "kind-all"]) filters[id] = pick(id);
  const wide = [...doc.querySelectorAll("body *")].filter(
    (e) => e.getBoundingClientRect().right > win.innerWidth + 0.5 && e.getClientRects().length
      && !e.closest(".filters input")).map((e) => e.tagName + "." + e.className);
  return {
    innerWidth: win.innerWidth, innerHeight: win.innerHeight,
    scrollWidth: doc.documentElement.scrollWidth, wide: wide.slice(0, 5),
    failuresTop: doc.getElementById("failures").getBoundingClientRect().top,
    firstFailure: doc.querySelector("#failures .finding").getBoundingClientRect().bottom,
    page: getComputedStyle(doc.body).backgroundColor,
    sheet: getComputedStyle(doc.querySelector("section.file")).backgroundColor,
    changed: [...doc.querySelectorAll("mark.chg:not(.legend)")].map((m) => ({
      text: m.textContent, background: getComputedStyle(m).backgroundColor,
      color: getComputedStyle(m).color, visible: m.getClientRects().length > 0})),
    svgShown: shown("svg.timeline-svg").length, listShown: shown("ol.tl-list").length,
    folded: {all: doc.querySelectorAll(".folded-card").length,
      shown: [...doc.querySelectorAll(".folded-card")].filter((e) => e.checkVisibility()).length,
      opened: (() => {
        const box = doc.querySelector("details.folded");
        box.open = true;
        const seen = [...box.querySelectorAll(".folded-card")].filter((e) => e.checkVisibility());
        box.open = false;
        return seen.length;
      })()},
    filters,
  };
}
window.addEventListener("load", () => {
  const out = {};
  for (const name of ["phone", "desktop"]) out[name] = measure(document.getElementById(name));
  document.getElementById("result").textContent = JSON.stringify(out);
});
</script></body></html>
"""


def test_chromium_failing_report_at_phone_and_desktop_widths(
    factcheck, tmp_path, failing, chromium, served
) -> None:
    _html_report(factcheck, tmp_path, failing)
    (tmp_path / "harness.html").write_text(FAILING_HARNESS, encoding="utf-8")
    dom = _browse(chromium, tmp_path, "dom", "--dump-dom", f"{served}/harness.html")
    found = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    assert found and found.group(1) != "pending", dom[:2000]
    seen = json.loads(html.unescape(found.group(1)))
    changed_background = _rgb(CHANGED[0])
    for name, (width, height) in WIDTHS.items():
        at = seen[name]
        assert (at["innerWidth"], at["innerHeight"]) == (width, height), name
        # No horizontal scroll: nothing is wider than the screen.
        assert at["scrollWidth"] <= at["innerWidth"], (name, at["scrollWidth"], at["wide"])
        assert at["wide"] == [], (name, at["wide"])
        # The first screen shows the failures: the section and its first card whole.
        assert 0 <= at["failuresTop"] < at["innerHeight"] / 2, (name, at["failuresTop"])
        # What each edit caused is collapsed in the edit's card (FC207) until asked for.
        assert at["folded"]["all"] >= 3 and at["folded"]["shown"] == 0, (name, at["folded"])
        assert at["folded"]["opened"] >= 1, (name, at["folded"])  # and shown when opened
        assert at["firstFailure"] <= at["innerHeight"], (name, at["firstFailure"])
        # The changed words are highlighted: their own colour, unlike the page and the sheet.
        texts = "".join(m["text"] for m in at["changed"])
        for words in ("June 3", "60-day", "up to 1,300"):
            assert words in texts, (name, texts)
        for mark in at["changed"]:
            assert mark["visible"], (name, mark)
            assert mark["background"] == changed_background, (name, mark)
            assert mark["background"] not in (at["page"], at["sheet"]), (name, mark)
            assert mark["color"] == _rgb(CHANGED[1]), (name, mark)
        # Each filter leaves only its items; "all" shows every one again.
        filters = {choice: left["items"] for choice, left in at["filters"].items()}
        blocks = {choice: left["blocks"] for choice, left in at["filters"].items()}
        everything = filters["show-all"]
        assert filters["kind-all"] == everything
        # A block (findings, claims, checks, coverage) shows exactly when it has items left.
        for choice, left in at["filters"].items():
            assert left["blocks"] == left["filled"], (name, choice)
        assert blocks["kind-all"] == ["failures", "warnings", "claims", "checks", "coverage"]
        assert blocks["show-fail"] == ["failures", "claims"]  # no check failed
        assert blocks["kind-check"] == ["checks"]  # no finding is about a check
        for choice, need in (
            ("show-fail", "r-fail"), ("show-warn", "r-warn"), ("show-pass", "r-pass"),
            ("kind-claim", "k-claim"), ("kind-check", "k-check"),
            ("kind-coverage", "k-coverage"),
        ):  # fmt: skip
            kept = filters[choice]
            assert kept and all(need in c for c in kept), (name, choice)
            assert len(kept) == sum(1 for c in everything if need in c), (name, choice)
    # The timeline: drawn on a desktop, a vertical list on a phone.
    assert (seen["phone"]["svgShown"], seen["phone"]["listShown"]) == (0, 1)
    assert (seen["desktop"]["svgShown"], seen["desktop"]["listShown"]) == (1, 0)

    # The phone's first screen, as a person sees it: the red of the failed cards' edges, and
    # the red and green of a diff's deletion and insertion.
    shot = tmp_path / "phone.png"
    _browse(
        chromium, tmp_path, "shot", f"--screenshot={shot}", "--window-size=400,900",
        f"{served}/report.html",
    )  # fmt: skip
    width, height, pixels = _read_png(shot)
    assert (width, height) == (400, 900)
    counts = Counter(pixels)
    assert counts[bytes(_channels("#b91c1c"))] > 300  # the failed cards' edges, the verdict
    assert counts[bytes(_channels("#fecaca"))] > 5 and counts[bytes(_channels("#bbf7d0"))] > 5


def _read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and every 4th pixel (RGB bytes) of an 8-bit, non-interlaced PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 3 if colour == 2 else 4
    chunks, i = [], 8
    while i < len(data):
        (size,) = struct.unpack(">I", data[i : i + 4])
        if data[i + 4 : i + 8] == b"IDAT":
            chunks.append(data[i + 8 : i + 8 + size])
        i += 12 + size
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    low = int.from_bytes(b"\x7f" * stride, "big")
    high = int.from_bytes(b"\x80" * stride, "big")
    previous = bytes(stride)
    pixels = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]
        if kind == 1:  # Sub: a running sum per channel
            out = bytearray(stride)
            for c in range(bpp):
                out[c::bpp] = bytes(accumulate(row[c::bpp], lambda a, b: (a + b) & 255))
            row = bytes(out)
        elif kind == 2:  # Up: add the row above, byte by byte, without carries between bytes
            a, b = int.from_bytes(row, "big"), int.from_bytes(previous, "big")
            row = (((a & low) + (b & low)) ^ ((a ^ b) & high)).to_bytes(stride, "big")
        elif kind in (3, 4):  # Average, Paeth
            out = bytearray(row)
            for x in range(stride):
                left = out[x - bpp] if x >= bpp else 0
                up = previous[x]
                if kind == 3:
                    out[x] = (out[x] + ((left + up) >> 1)) & 255
                    continue
                corner = previous[x - bpp] if x >= bpp else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                out[x] = (out[x] + guess) & 255
            row = bytes(out)
        pixels.extend(row[x : x + 3] for x in range(0, stride, bpp * 4))
        previous = row
    return width, height, pixels


class _Nesting(HTMLParser):
    """The text of an HTML fragment without the claim numbers; asserts tags close in order."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.words: list[str] = []
        self.in_ref = False
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.in_ref = ("class", "ref") in attrs or any(
            k == "class" and (v or "").startswith("ref ") for k, v in attrs
        )

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag
        self.in_ref = False

    def handle_data(self, data: str) -> None:
        if not self.in_ref:
            self.words.append(data)


def test_overlapping_spans_nest_and_every_claim_stays_reachable() -> None:
    from factcheck.report.html_report import _article
    from factcheck.result import ClaimResult, FileResult

    text = "Talks in Istanbul on June 2.\nA second <round> & more."
    spans = {
        "outer": (0, 17, "pass"),  # "Talks in Istanbul"
        "inner": (9, 17, "fail"),  # "Istanbul", the end of "outer"
        "same": (9, 17, "warning"),  # the very same words again
        "crossing": (12, 27, "pass"),  # "anbul on June 2": starts inside "outer", ends after it
        "two-paragraphs": (21, 38, "not-checked"),  # "June 2.\nA second"
    }
    claims = [
        ClaimResult(name, "verified", "text", "x", 1, outcome=outcome, span=(start, end))
        for name, (start, end, outcome) in spans.items()
    ]
    numbers = {name: n for n, name in enumerate(spans, 1)}
    page = _article(FileResult("c.yaml", article_text=text, claims=claims), numbers, "")
    nesting = _Nesting(page)
    assert nesting.stack == []
    assert "".join(nesting.words) == text  # every word once, in order, paragraphs kept
    for name in spans:
        assert page.count(f'id="mark-{name}"') == 1, name
        assert page.count(f'href="#claim-{name}" title="{name}"') == 1, name
    # "Ist" lies in outer, inner and same (innermost, so its colour shows): a click opens it.
    assert '<a class="go" href="#claim-same">Ist</a>' in page
    assert "&lt;round&gt; &amp; more." in page

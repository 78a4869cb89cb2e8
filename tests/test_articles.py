"""Articles as newsrooms keep them: Markdown with front matter, HTML pages and plain text.

A re-edit that changes no fact (quotes, dashes, spaces, line wrapping, line endings,
emphasis, links) must leave every claim standing, and every position reported must be the
line and column in the file the user edited. An edit that changes a fact must be caught on
the claim it breaks, with the passage the article now has as the suggestion.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, FIXTURES, bundled_copy

ARTICLES = FIXTURES / "articles"
ORIGINAL = BUNDLED_ARTICLE.read_text(encoding="utf-8")

# --- Helpers ----------------------------------------------------------------------------


def _front_and_body(source: str) -> tuple[str, str]:
    end = source.index("\n---\n", 4) + len("\n---\n")
    return source[:end], source[end:]


def _in_body(edit: Callable[[str], str]) -> Callable[[str], str]:
    """Apply `edit` to the Markdown body only, leaving the front matter as it is."""

    def edited(source: str) -> str:
        front, body = _front_and_body(source)
        return front + edit(body)

    return edited


def _curly_quotes(body: str) -> str:
    out, opening = [], True
    for char in body:
        if char == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append("’" if char == "'" else char)
    return "".join(out)


def _straight_quotes(source: str) -> str:
    return source.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def _rewrap(body: str, width: int = 60) -> str:
    """Re-wrap every prose paragraph at `width` columns, as an editor's "fill" would."""
    paragraphs = []
    for paragraph in body.split("\n\n"):
        if paragraph.startswith(("#", "<!--", "---")) or not paragraph.strip():
            paragraphs.append(paragraph)
        else:
            paragraphs.append(
                textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)
            )
    return "\n\n".join(paragraphs)


def _replace_once(old: str, new: str) -> Callable[[str], str]:
    def edit(source: str) -> str:
        assert source.count(old) == 1, f"{old!r} must occur once in the article"
        return source.replace(old, new)

    return edit


def _emphasis(source: str) -> str:
    source = _replace_once("on June 2 in Istanbul", "on *June 2* in **Istanbul**")(source)
    return _replace_once("took place in late May", "took place in _late May_")(source)


BENIGN_EDITS: dict[str, Callable[[str], str]] = {
    "straight-quotes-made-curly": _in_body(_curly_quotes),
    "curly-quotes-made-straight": _straight_quotes,
    "en-dash-in-2-3-day-made-hyphen": _replace_once("2–3-day", "2-3-day"),
    "en-dash-in-2-3-day-made-em-dash": _replace_once("2–3-day", "2—3-day"),
    "non-breaking-spaces-between-words": lambda s: re.sub(r"(?<=\w) (?=\w)", "\u00a0", s),
    "every-paragraph-rewrapped-at-60-columns": _in_body(_rewrap),
    "crlf-line-endings": lambda s: s.replace("\n", "\r\n"),
    "markdown-emphasis": _emphasis,
    "link-around-a-word": _replace_once(
        "on June 2 in Istanbul", "on June 2 in [Istanbul](https://example.org/x)"
    ),
    "added-sentence-without-facts": _replace_once(
        'remain "absolutely opposite."',
        'remain "absolutely opposite." The remarks were widely reported.',
    ),
    "byte-order-mark-at-file-start": lambda s: "\ufeff" + s,
}


def _write(path: Path, text: str) -> Path:
    """Write `text` exactly (no newline translation: CRLF stays CRLF)."""
    path.write_bytes(text.encode("utf-8"))
    return path


def _verify_edited(factcheck, tmp_path: Path, text: str):
    edited = _write(tmp_path / "edited.md", text)
    return factcheck("verify", "--format", "json", bundled_copy(tmp_path), "--article", edited)


def _about_the_words(run) -> list[dict]:
    """Findings about reading the article and finding each claim's words in it (FC1xx-FC3xx).

    Other rules (consistency checks, verification status, pinned sentences: FC205, the
    edit behind them: FC207) have their own tests; these tests must not depend on them.
    """
    return [f for f in run.findings() if f["code"] < "FC4" and f["code"] not in ("FC205", "FC207")]


def _outcome(run) -> tuple[set[tuple], dict[str, str]]:
    """What a user compares between two runs: the findings and each claim's result."""
    findings = {(f["code"], f["severity"], f["claim"], f["message"]) for f in run.findings()}
    return findings, {c["id"]: c["result"] for c in run.report["claims"]}


def _plain(text: str) -> str:
    """What a reader sees: one kind of quote, dash and space; no Markdown markers."""
    text = re.sub(r"\]\([^)]*\)", "", text)
    text = re.sub(r"[*_\[\]]", "", text)
    text = text.translate(str.maketrans("“”’‘–—\u00a0", "\"\"''-- "))
    return re.sub(r"\s+", " ", text).casefold()


def _text_at(source: str, line: int, column: int) -> str:
    """The file's text from 1-based `line` and `column` on (line endings kept)."""
    lines = source.split("\n")
    return "\n".join([lines[line - 1][column - 1 :], *lines[line:]])


def _assert_claims_point_at_their_words(report: dict, source: str) -> None:
    assert report["claims"], "the report lists the claims"
    for claim in report["claims"]:
        at = _text_at(source, claim["article_line"], claim["article_column"])
        # The column is on the first letter of the words, not on a `*` or `[` before them.
        assert _plain(at[0]) == _plain(claim["text"][0]), (claim["id"], at[:40])
        assert _plain(at[: len(claim["text"]) * 3]).startswith(_plain(claim["text"])), (
            claim["id"],
            at[:60],
        )


# --- 1. Re-edits that change no fact ---------------------------------------------------


@pytest.mark.parametrize("edit", BENIGN_EDITS.values(), ids=BENIGN_EDITS.keys())
def test_an_edit_that_changes_no_fact_breaks_no_claim(factcheck, tmp_path, edit) -> None:
    text = edit(ORIGINAL)
    assert text != ORIGINAL
    run = _verify_edited(factcheck, tmp_path, text)
    assert run.code == 0, [(f["code"], f["claim"], f["message"]) for f in run.findings()]
    assert _about_the_words(run) == []
    # exactly what the untouched article gives: not one finding more, not one claim less
    assert _outcome(run) == _outcome(factcheck("verify", "--format", "json", BUNDLED_CLAIMS))


def test_the_rewrapped_article_really_is_rewrapped() -> None:
    rewrapped = BENIGN_EDITS["every-paragraph-rewrapped-at-60-columns"](ORIGINAL)
    _, body = _front_and_body(rewrapped)
    prose = [line for line in body.splitlines() if not line.startswith(("#", "<!--"))]
    assert max(len(line) for line in prose) <= 60
    assert len(body.splitlines()) > 2 * len(_front_and_body(ORIGINAL)[1].splitlines())


# --- 2. Positions are in the edited file ----------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "every-paragraph-rewrapped-at-60-columns",
        "crlf-line-endings",
        "markdown-emphasis",
        "link-around-a-word",
        "non-breaking-spaces-between-words",
    ],
)
def test_claims_are_located_in_the_edited_file(factcheck, tmp_path, name) -> None:
    text = BENIGN_EDITS[name](ORIGINAL)
    run = _verify_edited(factcheck, tmp_path, text)
    assert run.code == 0
    _assert_claims_point_at_their_words(run.report, text)


def test_original_article_positions(factcheck) -> None:
    run = factcheck("verify", "--format", "json", BUNDLED_CLAIMS)
    _assert_claims_point_at_their_words(run.report, ORIGINAL)


def test_emphasised_words_are_located_after_the_markers(factcheck, tmp_path) -> None:
    text = _emphasis(ORIGINAL)
    claims = {c["id"]: c for c in _verify_edited(factcheck, tmp_path, text).report["claims"]}
    lines = text.split("\n")
    for claim_id, words in [
        ("round-2-date", "June 2*"),
        ("round-2-venue", "Istanbul**"),
        ("swap-date", "late May_"),
    ]:
        claim = claims[claim_id]
        line = lines[claim["article_line"] - 1]
        assert line[claim["article_column"] - 1 :].startswith(words), claim_id


def test_rewrapped_claim_is_located_on_its_new_line(factcheck, tmp_path) -> None:
    text = BENIGN_EDITS["every-paragraph-rewrapped-at-60-columns"](ORIGINAL)
    claims = {c["id"]: c for c in _verify_edited(factcheck, tmp_path, text).report["claims"]}
    lines = text.split("\n")
    follow_up = claims["follow-up-count"]
    assert follow_up["article_line"] != 24  # its line before the re-wrap
    assert lines[follow_up["article_line"] - 1].index("up to 1,200") == (
        follow_up["article_column"] - 1
    )


# --- 3. Edits that change a fact -------------------------------------------------------

FACT_EDITS = [
    pytest.param(
        "took place on June 2 in Istanbul",
        "took place on June 3 in Istanbul",
        ["round-2-date", "round-2-venue"],  # the venue's context names the date too
        "June 3",
        id="round-2-date-june-2-made-june-3",
    ),
    pytest.param(
        "June 2 in Istanbul",
        "June 2 in Ankara",
        ["round-2-venue"],
        "took place on June 2 in Ankara",
        id="round-2-venue-istanbul-made-ankara",
    ),
    pytest.param(
        "up to 1,200",
        "up to 1,300",
        ["follow-up-count"],
        "up to 1,300 prisoners",
        id="follow-up-count-1200-made-1300",
    ),
    pytest.param(
        "hold third round",
        "hold fourth round",
        ["title-round-3-ordinal"],
        "Russia ready to hold fourth round of peace talks",
        id="title-third-round-made-fourth",
    ),
    pytest.param(
        "Defense Minister Rustem Umerov",
        "Defense Minister Rustem UMEROV",
        ["umerov-title", "briefing-speaker"],
        "Defense Minister Rustem UMEROV said",
        id="name-letter-case-changed",
    ),
]


@pytest.mark.parametrize(("old", "new", "broken", "suggested"), FACT_EDITS)
def test_an_edit_that_changes_a_fact_is_caught_on_its_claim(
    factcheck, tmp_path, old, new, broken, suggested
) -> None:
    text = _replace_once(old, new)(ORIGINAL)
    run = _verify_edited(factcheck, tmp_path, text)
    assert run.code == 1
    findings = _about_the_words(run)
    assert sorted({f["claim"] for f in findings}) == sorted(broken)
    edited_line = next(n for n, line in enumerate(text.split("\n"), 1) if new in line)
    for finding in findings:
        assert finding["code"] in {"FC201", "FC203"}, finding
        assert finding["file"].endswith("claims/2025-06-27-putin-third-round.yaml")
        assert finding["hint"].startswith("nearest passage: “"), finding["hint"]
        assert suggested in finding["hint"]
        # The suggestion is located where the edited words now stand.
        assert finding["article_line"] == edited_line
    pinned_only = {f["claim"] for f in run.findings("FC205")} - set(broken)
    results = {c["id"]: c["result"] for c in run.report["claims"]}
    failing = {claim for claim, result in results.items() if result == "fail"}
    assert failing - pinned_only == set(broken)


def test_missing_text_suggests_exactly_what_the_article_now_says(factcheck, tmp_path) -> None:
    claims = _write(
        tmp_path / "claims.yaml",
        """\
article:
  path: article.md
  published: 2025-06-27T22:57:00+03:00
subjects:
  follow-up-exchange: {kind: event}
claims:
  - id: follow-up-count
    subject: follow-up-exchange
    property: count-per-side
    type: number
    value: 1200
    qualifier: up to
    text: up to 1,200
    status: unverified
""",
    )
    edited = _write(tmp_path / "edited.md", _replace_once("up to 1,200", "up to 1,300")(ORIGINAL))
    run = factcheck("verify", "--format", "json", claims, "--article", edited)
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC201"
    assert finding["claim"] == "follow-up-count"
    assert finding["message"] == "`up to 1,200` is not in the article"
    assert finding["hint"] == "nearest passage: “up to 1,300”"
    assert (finding["line"], finding["column"]) == (13, 11)  # `text:` in the claims file
    line = ORIGINAL.split("\n")[finding["article_line"] - 1]
    assert line.index("up to 1,200") == finding["article_column"] - 1


# --- 4. HTML pages -------------------------------------------------------------------

HTML = ARTICLES / "third-round.html"
HTML_LINES = HTML.read_text(encoding="utf-8").split("\n")
HEADLINE = "Russia ready to hold third round of peace talks with Ukraine, Putin says"


def _html_at(claim: dict) -> str:
    return HTML_LINES[claim["article_line"] - 1][claim["article_column"] - 1 :]


def test_html_article_claims_are_grounded(factcheck) -> None:
    run = factcheck("verify", "--format", "json", ARTICLES / "third-round-html.yaml")
    assert run.code == 0, run.findings()
    assert _about_the_words(run) == []
    assert "fail" not in {c["result"] for c in run.report["claims"]}
    [file] = run.report["files"]
    assert file["article_file"] == "tests/fixtures/articles/third-round.html"
    assert file["title"] == HEADLINE  # the <h1>, not the <title> with the site's name
    assert file["published"].startswith("2025-06-27")


@pytest.mark.parametrize(
    ("claim_id", "source_text"),
    [
        ("headline-ordinal", "third round of peace talks with Ukraine"),  # the <h1>, not <title>
        ("byline", "Dmytro Basmat</p>"),  # inside the article's own <header>
        ("round-2-parties", "Russia &amp; Ukraine"),
        ("round-2-date", "June&nbsp;2</em>"),
        ("round-2-venue", "Istanbul</a>, following"),
        ("truce-duration", "2&ndash;3-day truce<br>"),
        ("truce-purpose", "truce<br>"),  # runs on over the <br> to the next line
        ("follow-up-count", "up to 1,200&nbsp;prisoners"),
        ("follow-up-scope", "prisoners from each side"),  # not on the `p` of `&nbsp;`
        ("follow-up-speaker", "Putin&nbsp;said."),
    ],
)
def test_html_positions_are_in_the_html_file(factcheck, claim_id, source_text) -> None:
    run = factcheck("verify", "--format", "json", ARTICLES / "third-round-html.yaml")
    [claim] = [c for c in run.report["claims"] if c["id"] == claim_id]
    assert claim["article_file"] == "tests/fixtures/articles/third-round.html"
    assert _html_at(claim).startswith(source_text)


def test_html_scripts_navigation_and_page_chrome_are_not_the_article(factcheck) -> None:
    run = factcheck("verify", "--format", "json", ARTICLES / "third-round-html-hidden.yaml")
    assert run.code == 1
    assert [(f["code"], f["claim"]) for f in _about_the_words(run)] == [
        ("FC201", "in-script"),
        ("FC201", "in-nav"),
        ("FC201", "in-page-footer"),
        ("FC201", "in-page-header"),
    ]
    # and they are in the file, so the test above would fail if the reader searched them
    source = HTML.read_text(encoding="utf-8")
    for words in ["Kherson live blog", "Odesa war diary", "Lviv newsroom", "Skip to content"]:
        assert words in source


def test_html_page_title_is_searched_when_there_is_no_headline(factcheck, tmp_path) -> None:
    page = _write(
        tmp_path / "page.html",
        "<html><head><title>Russia ready to hold third round of talks</title></head>\n"
        "<body><p>Putin spoke on June 27.</p></body></html>\n",
    )
    claims = _write(
        tmp_path / "claims.yaml",
        "article:\n  path: page.html\n  published: 2025-06-27T22:57:00+03:00\n"
        "subjects:\n  round-3: {kind: event}\nclaims:\n"
        "  - {id: ordinal, subject: round-3, property: ordinal, type: ordinal, value: 3,\n"
        "     text: third round, status: unverified}\n",
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.findings()
    [claim] = run.report["claims"]
    first_line = page.read_text().split("\n")[0]
    assert (claim["article_line"], claim["article_column"]) == (
        1,
        first_line.index("third round") + 1,
    )


def test_html_bad_publication_date_is_located_in_the_page(factcheck, tmp_path) -> None:
    page = HTML.read_text(encoding="utf-8").replace("2025-06-27T22:57:00+03:00", "27 June 2025")
    _write(tmp_path / "third-round.html", page)
    claims = _write(
        tmp_path / "claims.yaml",
        (ARTICLES / "third-round-html.yaml").read_text(encoding="utf-8"),
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC106"
    assert finding["file"].endswith("third-round.html")
    assert (finding["line"], finding["column"]) == (6, 3)  # the <meta> tag
    assert "'27 June 2025'" in finding["message"]


# --- 5. Plain text -------------------------------------------------------------------

TEXT = ARTICLES / "third-round.txt"


def test_plain_text_article_claims_are_grounded(factcheck) -> None:
    run = factcheck("verify", "--format", "json", ARTICLES / "third-round-txt.yaml")
    assert run.code == 0, run.findings()
    assert "fail" not in {c["result"] for c in run.report["claims"]}
    claims = {c["id"]: c for c in run.report["claims"]}
    lines = TEXT.read_text(encoding="utf-8").split("\n")
    # the context runs over a line break: "June 2" ends line 5, "Istanbul" starts line 6
    assert (claims["round-2-date"]["article_line"], claims["round-2-date"]["article_column"]) == (
        5,
        lines[4].index("June 2") + 1,
    )
    assert (claims["round-2-venue"]["article_line"], claims["round-2-venue"]["article_column"]) == (
        6,
        4,
    )
    _assert_claims_point_at_their_words(run.report, TEXT.read_text(encoding="utf-8"))


def test_plain_text_with_crlf_keeps_its_positions(factcheck, tmp_path) -> None:
    text = TEXT.read_text(encoding="utf-8").replace("\n", "\r\n")
    _write(tmp_path / "third-round.txt", text)
    claims = _write(
        tmp_path / "claims.yaml", (ARTICLES / "third-round-txt.yaml").read_text(encoding="utf-8")
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.findings()
    _assert_claims_point_at_their_words(run.report, text)


def _text_claim(claim_id: str, text: str) -> str:
    return (
        f"  - {{id: {claim_id}, subject: talks, property: statement, type: text,\n"
        f"     value: {text!r}, text: {text!r}, status: unverified}}\n"
    )


def test_plain_text_claim_never_runs_across_two_paragraphs(factcheck, tmp_path) -> None:
    (tmp_path / TEXT.name).write_bytes(TEXT.read_bytes())  # inside the root, with its claims
    claims = _write(
        tmp_path / "claims.yaml",
        f"article:\n  path: {TEXT.name}\n  published: 2025-06-27T22:57:00+03:00\n"
        "subjects:\n  talks: {kind: event}\nclaims:\n"
        + _text_claim("across-paragraphs", "meeting on May 16. While no agreement")
        + _text_claim("within-a-paragraph", "While no agreement"),
    )
    run = factcheck("verify", "--format", "json", claims)
    assert [(f["code"], f["claim"]) for f in _about_the_words(run)] == [
        ("FC201", "across-paragraphs")
    ]


def test_plain_text_front_matter_gives_the_publication_date(factcheck, tmp_path) -> None:
    article = _write(
        tmp_path / "talks.txt",
        "---\npublished: 2025-06-27T22:57:00+03:00\n---\n\nThe talks took place on June 2.\n",
    )
    claims = _write(
        tmp_path / "claims.yaml",
        "article:\n  path: talks.txt\nsubjects:\n  round-2: {kind: event}\nclaims:\n"
        "  - {id: round-2-date, subject: round-2, property: date, type: date,\n"
        "     value: 2025-06-02, text: June 2, status: unverified}\n",
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.findings()
    [claim] = run.report["claims"]
    assert (claim["article_line"], claim["article_column"]) == (5, 25)
    assert article.read_text().split("\n")[4][24:].startswith("June 2")


# --- 6. Ambiguity ------------------------------------------------------------------------

AMBIGUOUS_ARTICLE = """\
---
published: 2025-06-27T22:57:00+03:00
---

The first round of talks was held in Istanbul on May 16.

The second round was also held in Istanbul, on June 2.

A third round in Istanbul is possible, Putin said.
"""


def _ambiguous_claims(tmp_path: Path, extra: str) -> Path:
    _write(tmp_path / "article.md", AMBIGUOUS_ARTICLE)
    return _write(
        tmp_path / "claims.yaml",
        "article:\n  path: article.md\nsubjects:\n  round-2: {kind: event}\nclaims:\n"
        "  - id: round-2-venue\n    subject: round-2\n    property: venue\n    type: place\n"
        "    value: Istanbul\n    text: Istanbul\n" + extra + "    status: unverified\n",
    )


def test_text_found_several_times_without_context_is_ambiguous(factcheck, tmp_path) -> None:
    run = factcheck("verify", "--format", "json", _ambiguous_claims(tmp_path, ""))
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC202"
    assert finding["claim"] == "round-2-venue"
    assert finding["message"] == "`Istanbul` occurs 3 times in the article (lines 5, 7, 9)"
    assert (finding["line"], finding["column"]) == (11, 11)
    assert (finding["article_line"], finding["article_column"]) == (5, 38)


def test_a_context_picks_one_occurrence(factcheck, tmp_path) -> None:
    claims = _ambiguous_claims(tmp_path, "    context: second round was also held in Istanbul\n")
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.findings()
    [claim] = run.report["claims"]
    line = AMBIGUOUS_ARTICLE.split("\n")[6]
    assert (claim["article_line"], claim["article_column"]) == (7, line.index("Istanbul") + 1)


def test_a_context_found_several_times_is_reported(factcheck, tmp_path) -> None:
    claims = _ambiguous_claims(tmp_path, "    context: held in Istanbul\n")
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC203"
    assert finding["claim"] == "round-2-venue"
    assert finding["message"] == "the context occurs 2 times in the article"
    assert finding["line"] == 12  # the `context:` key
    assert finding["article_line"] == 5


# --- 7. Publication date -----------------------------------------------------------------


def _dated_claims(tmp_path: Path, article: str) -> Path:
    _write(tmp_path / "article.md", article)
    return _write(
        tmp_path / "claims.yaml",
        "article:\n  path: article.md\nsubjects:\n  round-2: {kind: event}\nclaims:\n"
        "  - {id: round-2-date, subject: round-2, property: date, type: date,\n"
        "     value: 2025-06-02, text: June 2, status: unverified}\n",
    )


def test_no_publication_date_anywhere_is_fc114(factcheck, tmp_path) -> None:
    claims = _dated_claims(tmp_path, "---\ntitle: Talks\n---\n\nTalks took place on June 2.\n")
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC114"
    assert finding["file"].endswith("claims.yaml")


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_bad_front_matter_date_is_fc106_in_the_article(factcheck, tmp_path, newline) -> None:
    article = "---\ntitle: Talks\nauthor: Dmytro Basmat\npublished: 27 June 2025\n---\n\nJune 2.\n"
    claims = _dated_claims(tmp_path, article.replace("\n", newline))
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    [finding] = _about_the_words(run)
    assert finding["code"] == "FC106"
    assert finding["file"].endswith("article.md")
    assert (finding["line"], finding["column"]) == (4, 12)
    assert "'27 June 2025'" in finding["message"]


# --- 8. Whole words and whole numbers ------------------------------------------------------

NUMBERS_ARTICLE = """\
---
published: 2025-06-27T22:57:00+03:00
---

Zelensky and Trump met on June 25. Some 11,200 troops and 1,200,000 shells were counted,
and Russia offered a 2–3-day truce.
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("June 2", id="june-2-not-in-june-25"),
        pytest.param("1,200", id="1200-not-in-11200-or-1200000"),
        pytest.param("200", id="200-not-in-11200"),
        pytest.param("3-day truce", id="3-day-not-in-2-3-day"),
    ],
)
def test_words_and_numbers_match_only_whole(factcheck, tmp_path, text) -> None:
    _write(tmp_path / "article.md", NUMBERS_ARTICLE)
    claims = _write(
        tmp_path / "claims.yaml",
        "article:\n  path: article.md\nsubjects:\n  talks: {kind: event}\nclaims:\n"
        + _text_claim("partial", text),
    )
    run = factcheck("verify", "--format", "json", claims)
    assert [(f["code"], f["claim"]) for f in _about_the_words(run)] == [("FC201", "partial")]


def test_whole_words_are_found_next_to_the_longer_ones(factcheck, tmp_path) -> None:
    article = NUMBERS_ARTICLE + "\nThe round of June 2 swapped up to 1,200 prisoners.\n"
    _write(tmp_path / "article.md", article)
    claims = _write(
        tmp_path / "claims.yaml",
        "article:\n  path: article.md\nsubjects:\n  talks: {kind: event}\nclaims:\n"
        + _text_claim("date", "June 2")
        + _text_claim("count", "1,200"),
    )
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 0, run.findings()
    positions = {c["id"]: (c["article_line"], c["article_column"]) for c in run.report["claims"]}
    line = article.split("\n")[7]
    assert positions == {
        "date": (8, line.index("June 2") + 1),
        "count": (8, line.index("1,200") + 1),
    }


def test_line_starts_are_the_offsets_after_each_line_break() -> None:
    from factcheck.article.normalize import line_starts

    assert line_starts("a\nb\n\nc") == [0, 2, 4, 5]
    assert line_starts("a\nb\n\nc", 2) == [2, 4, 5]
    assert line_starts("a\r\nb") == [0, 3]
    assert line_starts("") == [0]

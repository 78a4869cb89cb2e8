"""A Markdown body with no Markdown in it is read without markdown-it-py, to the same result.

`factcheck.article.plain_markdown` splits such a body into paragraphs itself (a cold verify
then never imports markdown-it-py); any body it cannot vouch for is parsed as before. These
tests hold the two readings equal: on every Markdown article in the repository, on generated
bodies full of near-misses (every character that can start Markdown syntax, spaces of every
kind at the edges of lines, line endings markdown-it rewrites), and through the command
line, where a reading that took a list for prose would find words a reader never sees.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from factcheck.article.front_matter import split_front_matter
from factcheck.article.markdown import _parsed_paragraphs, _plain_paragraphs
from factcheck.article.plain_markdown import plain_blocks

MARKDOWN_FILES = sorted(
    path.relative_to(ROOT)
    for folder in ("articles", "tests")
    for path in (ROOT / folder).rglob("*.md")
)
EXAMPLES = settings(
    max_examples=int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "1500")),
    deadline=None,
    derandomize=os.environ.get("FACTCHECK_FUZZ_RANDOM") != "1",
    database=None,  # nothing written into the checkout
    suppress_health_check=[HealthCheck.too_slow],
)


def _both(body: str) -> tuple[list | None, list]:
    """The paragraphs of `body` read without the parser (None if declined), and with it."""
    return _plain_paragraphs(body, 7), list(_parsed_paragraphs(body, 7))


def _body(path: Path) -> str:
    source = (ROOT / path).read_text(encoding="utf-8")
    front, _ = split_front_matter(source, str(path))
    return source[front.body_start :]


@pytest.mark.parametrize("path", MARKDOWN_FILES, ids=str)
def test_every_markdown_article_here_reads_the_same_without_the_parser(path: Path) -> None:
    plain, parsed = _both(_body(path))
    assert plain is None or plain == parsed


def test_the_bundled_articles_and_most_others_are_read_without_the_parser() -> None:
    plain = [path for path in MARKDOWN_FILES if plain_blocks(_body(path)) is not None]
    assert Path("articles/2025-06-27-putin-third-round.md") in plain
    assert Path("articles/2025-06-02-istanbul-second-round.md") in plain
    assert len(plain) >= 0.8 * len(MARKDOWN_FILES)


# Prose: lines that start with a word, paragraphs between blank lines, headings, breaks
# and comments (some of them factcheck-ignore directives, one never closed).
_HEADS = ["Talks", "Putin", "Ukraine's", "Zelensky", "Ankara", "“We", "Umerov"]
_TAILS = [" June", " 2", " talks", " 1,000-for-1,000", " Putin's", " “absolutely opposite”"]
_TAILS += [" —", ",", ".", "!", "?", " (truce)", "'", '"', " $5", " 100%", " 2–3-day", " {x}"]
_SEPARATORS = [
    "\n\n",
    "\n\n",
    "\n \n",
    "\n\n\n",
    "\n## Talks resumed\n",
    "\n\n# Talks\n\n",
    "\n###### Talks\n",
    "\n\n---\n\n",
    "\n\n-----\n",
    "\n# Talks\n---\n",
    "\n<!-- a note -->\n",
    "\n\n<!-- factcheck-ignore FC501: the byline's date -->\n",
    "\n<!-- factcheck-ignore FC201, FC304: sourced --> and more\n\n",
    "\n<!-- a note\nover lines\n\n*with* [syntax] -->\n",
    "\n<!-->\n",
]
_LINE = st.builds(
    lambda head, tails: head + "".join(tails),
    st.sampled_from(_HEADS),
    st.lists(st.sampled_from(_TAILS), max_size=8),
)
_PARAGRAPH = st.lists(_LINE, min_size=1, max_size=4).map("\n".join)
_PROSE_BODY = st.builds(
    lambda parts, end: "".join(paragraph + separator for paragraph, separator in parts) + end,
    st.lists(st.tuples(_PARAGRAPH, st.sampled_from(_SEPARATORS)), max_size=6),
    st.sampled_from(["", "\n", "\n\n", "\n<!-- never closed\n\nTalks"]),
)
# Everything CommonMark reads otherwise, trims or indents, drawn at random with the above.
_WORDS = ["June", "2", "talks", "1,000-for-1,000", "Putin's", "“absolutely opposite”", "—"]
_PUNCTUATION = [".", ",", "!", "?", "(", ")", "'", '"', "$5", "100%", "2–3-day", "a@b", "{x}"]
_BREAKS = [" ", " ", "  ", "   ", "\n", "\n", "\n\n", "\n \n", "\n    ", *_SEPARATORS]
_SYNTAX = [
    *"*_`~[]<>&|\\#-+=:!",
    "~~",
    "](x)",
    "![",
    "&amp;",
    "<b>",
    "<!-- x -->",
    "-->",
    "# ",
    "#",
    "####### ",
    "## x ##",
    "- ",
    "+ ",
    "* * *",
    "- - -",
    "___",
    "===",
    "---",
    "|-|",
    "> ",
    "1.",
    "1)",
    "12. ",
    "```",
    "    ",
]
_ODD_CHARACTERS = [
    *"\t\r\x00\xa0\u2028\u2029\x0b\x0c\x85\u200b\ufeff\u3000\u2003\u1680\x1c\x1f\xad",
    "\r\n",
]
_PIECES = st.sampled_from(_WORDS + _PUNCTUATION + _BREAKS)
_NEAR_MISSES = st.sampled_from(_WORDS + _PUNCTUATION + _BREAKS + _SYNTAX + _ODD_CHARACTERS)


@EXAMPLES
@given(_PROSE_BODY)
def test_prose_with_headings_breaks_and_comments_reads_the_same_without_the_parser(
    body: str,
) -> None:
    plain, parsed = _both(body)
    assert plain is not None  # prose is always vouched for
    assert plain == parsed


@EXAMPLES
@given(
    st.lists(
        st.one_of(_PIECES, _NEAR_MISSES, _NEAR_MISSES.map(lambda piece: "\n" + piece)),
        max_size=40,
    ).map("".join)
)
def test_a_body_with_near_misses_is_vouched_for_only_when_the_parser_agrees(body: str) -> None:
    plain, parsed = _both(body)
    assert plain is None or plain == parsed


@pytest.mark.parametrize(
    "body",
    [
        "Talks\n1. resumed",  # an ordered list interrupts the paragraph
        "Talks\n- resumed",  # so does a bullet
        "Talks\n===",  # a setext heading
        "Talks\n---",  # also one, not a break
        "> Talks",
        "#Talks",  # not a heading, but hold it to the parser
        "## Talks ##",
        "Talks *resumed*",
        "Talks &amp; truce",
        "Talks <b>resumed</b>",
        "Talks  \nresumed",  # a hard break: its spaces are not text
        "Talks \nresumed",  # a trailing space is trimmed
        "    Talks",  # indented code
        " <!-- note -->",
        "Talks\u00a0",  # trimmed by markdown-it, whatever Python's strip does
        "\ufeffTalks",
        "Talks\r\nresumed",
        "a | b\n--|--",
        "a | b\n|--|--|",  # a table
    ],
)
def test_what_markdown_reads_otherwise_goes_to_the_parser(body: str) -> None:
    assert plain_blocks(body) is None


def _article(tmp_path: Path, body: str) -> Path:
    (tmp_path / "articles").mkdir()
    article = tmp_path / "articles" / "talks.md"
    article.write_text(
        "---\ntitle: Talks\npublished: 2025-06-27T22:57:00+03:00\n---\n\n" + body,
        encoding="utf-8",
    )
    return article


def _claims(tmp_path: Path, text: str) -> Path:
    claims = tmp_path / "talks.yaml"
    claims.write_text(
        "article:\n  path: articles/talks.md\n"
        "subjects:\n  talks: {kind: event}\n"
        "claims:\n"
        "  - {id: talks-place, subject: talks, property: venue, type: place,\n"
        f"     value: Istanbul, text: {text!r}, status: unverified}}\n",
        encoding="utf-8",
    )
    return claims


def test_words_across_a_line_break_of_a_plain_article_are_found_where_they_stand(
    factcheck, tmp_path: Path
) -> None:
    _article(tmp_path, "Peace talks were held on June 2\nin Istanbul, officials said.\n")
    run = factcheck("verify", str(_claims(tmp_path, "June 2 in Istanbul")), "--format", "json")
    assert run.code == 0, run.out
    (claim,) = run.report["claims"]
    assert claim["result"] == "warning"  # unverified: FC425, and nothing else
    assert [f["code"] for f in run.findings()] == ["FC425"]
    (finding,) = run.findings()
    assert (finding["article_line"], finding["article_column"]) == (6, 26)


def test_a_list_marker_in_an_otherwise_plain_article_is_not_text(factcheck, tmp_path: Path) -> None:
    _article(tmp_path, "Peace talks were held in Istanbul.\n\n1. Istanbul hosted them.\n")
    run = factcheck("verify", str(_claims(tmp_path, "1. Istanbul")), "--format", "json")
    assert run.code == 1
    assert "FC201" in [f["code"] for f in run.findings()]

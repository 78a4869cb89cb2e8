"""Page furniture (issue 13, item 5): footnote markers, photo positions and spelled-out vote
counts are no facts, and break neither sentences nor quotes; and the finder and the pinned
sentences split a text into the same sentences (one splitter)."""

from __future__ import annotations

import datetime

import pytest

from factcheck.article.sentences import sentence_spans
from factcheck.mentions import find_mentions
from factcheck.mentions._text import Doc
from factcheck.pin.sentences import sentence_bounds

ANCHOR = datetime.date(2025, 6, 27)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_mentions(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turnout was 62%.[1] Officials said 3 people died.[12]",
            [("number", "62%"), ("number", "3")],
            id="footnote-markers-are-no-numbers",
        ),
        pytest.param(
            "Erdogan (C) meets Putin (from 2nd L) in Ankara on June 2.",
            [("place", "Ankara"), ("date", "June 2")],
            id="photo-positions-are-no-ordinals",
        ),
        pytest.param(
            "Leaders pose (L-R) in Minsk, (second from right) the host.",
            [("place", "Minsk")],
            id="photo-positions-without-numbers",
        ),
        pytest.param(
            "The court ruled five to four that the law stands.",
            [],
            id="a-vote-count-spelled-out",
        ),
        pytest.param(
            "The Senate voted by seven to two to end the debate.",
            [],
            id="voted-by-seven-to-two",
        ),
        pytest.param(
            "Prices rose from five to six dollars.",
            [("number", "five"), ("number", "six dollars")],
            id="figures-that-are-no-vote-stay",
        ),
    ],
)
def test_furniture_is_no_fact(text: str, expected: list[tuple[str, str]]) -> None:
    assert [pair for pair in found(text) if pair[0] != "quote"] == expected


def test_a_footnote_after_a_quote_closes_it_and_ends_its_sentence() -> None:
    text = 'The minister said "We respect the decisions."[5] She left on June 3.'
    mentions = find_mentions(text, ANCHOR)
    quotes = [(m.text, m.speaker) for m in mentions if m.kind == "quote"]
    assert quotes == [("We respect the decisions", None)]
    doc = Doc(text)
    assert [text[a:b] for a, b in doc.sentences] == [
        'The minister said "We respect the decisions."[5]',
        "She left on June 3.",
    ]


SPLIT = [
    'He arrived at 3 p.m. Russian officials met him. "Talks went well."[2] They left.',
    "Police in N.Y. said so. Gen. Smith agreed! Pres. Lula spoke at No. 10 Downing St. Later.",
    "Sales fell... Then they rose? Yes.[3] U.S. officials (in Washington.) Agreed.",
]


@pytest.mark.parametrize("text", SPLIT)
def test_the_finder_and_the_pinned_sentences_split_alike(text: str) -> None:
    doc_sentences = [text[a:b] for a, b in Doc(text).sentences]
    pinned = []
    index = 0
    while index < len(text):
        start, end = sentence_bounds(text, index)
        pinned.append(text[start:end])
        index = end + 1
    assert doc_sentences == pinned
    assert [text[a:b] for a, b in sentence_spans(text)] == doc_sentences


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Police in N.Y. said so. Gen. Smith met Pres. Lula at 3 p.m. Friday."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Police in N.Y. said so.",
        "Gen. Smith met Pres. Lula at 3 p.m. Friday.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("It ended at 3:58 p.m. Officials left.", 2),
        ("It starts at 3 p.m. Friday in Kyiv.", 1),
        ("It starts at 10 a.m. EST on Friday.", 1),
        ("It starts at 9 a.m. Moscow time.", 1),
    ],
)
def test_a_clock_time_ends_a_sentence_unless_the_time_goes_on(text: str, sentences: int) -> None:
    assert len(sentence_spans(text)) == sentences

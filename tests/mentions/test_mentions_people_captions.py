"""Titles "of" a body before a name, as photo captions write them (issue 13, item 4): the
title and a rank between it and the name are roles of the person; the body is no name."""

from __future__ import annotations

import pytest
from people_mentions import ANCHOR, people

from factcheck.mentions import find_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chief of Turkish General Staff General Metin Gürak attends the talks.",
            [
                ("role", "Chief of Turkish General Staff", "Metin Gürak"),
                ("role", "General", "Metin Gürak"),
                ("person", "Metin Gürak", None),
            ],
            id="title-of-a-body-then-rank-then-name",
        ),
        pytest.param(
            "Erdogan meets head of Turkish Intelligence Ibrahim Kalin in Ankara.",
            [
                ("role", "head of Turkish Intelligence", "Ibrahim Kalin"),
                ("person", "Ibrahim Kalin", None),
            ],
            id="lower-case-head-of-a-body",
        ),
        pytest.param(
            "Director of the National Security Service Ivan Petrov said the border was calm.",
            [
                ("role", "Director of the National Security Service", "Ivan Petrov"),
                ("person", "Ivan Petrov", None),
            ],
            id="director-of-the-body",
        ),
        pytest.param(
            "The head of the delegation spoke first.", [], id="a-title-of-a-body-names-nobody"
        ),
    ],
)
def test_titles_of_a_body(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


def test_a_caption_title_gives_the_quote_its_speaker() -> None:
    text = 'Head of Turkish Intelligence Ibrahim Kalin spoke briefly. "We are hopeful," he said.'
    quotes = [(m.text, m.speaker) for m in find_mentions(text, ANCHOR) if m.kind == "quote"]
    assert quotes == [("We are hopeful", "Ibrahim Kalin")]

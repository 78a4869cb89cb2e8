"""Paragraphs and sentences of normalized text found by bisection (issue 12) are those a
search of the text finds."""

from __future__ import annotations

import random

from conftest import BUNDLED_ARTICLE
from factcheck.article.normalize import paragraph_bounds
from factcheck.article.reader import read_article
from factcheck.pin.sentences import sentence_at
from factcheck.safe_paths import ReadPolicy

SAMPLES = ["", "\n", "a\nbc\n\nd", "\nx\n", "no break", "one.\ntwo. Three.\n\nFour"]


def _searched(text: str, index: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return start, len(text) if end == -1 else end


def test_paragraph_bounds_are_those_a_search_finds() -> None:
    chance = random.Random(5)
    randoms = ["".join(chance.choice("ab \n") for _ in range(30)) for _ in range(200)]
    for text in [*SAMPLES, *randoms]:
        for index in range(len(text) + 1):
            assert paragraph_bounds(text, index) == _searched(text, index), (text, index)


def test_paragraph_bounds_follow_the_text_asked_about() -> None:
    """The breaks are kept for the latest text only; another text gets its own."""
    first, second = "ab\ncd", "abcd\ne"
    assert paragraph_bounds(first, 4) == (3, 5)
    assert paragraph_bounds(second, 4) == (0, 4)
    assert paragraph_bounds(first, 1) == (0, 2)


def test_sentences_of_a_long_paragraph() -> None:
    text = read_article(BUNDLED_ARTICLE, "a.md").text.text.replace("\n", " ") + ". He left. "
    long = text * 30
    assert sentence_at(long, len(long) - 4) == "He left."
    assert sentence_at(long, 5) == sentence_at(text, 5)


def test_positions_of_a_long_article_are_those_of_its_source(tmp_path) -> None:
    """Offsets kept as machine integers map every character back as before."""
    source = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    head, body = source.split("\n---\n", 1)
    path = tmp_path / "long.md"
    path.write_text(head + "\n---\n" + body * 40, encoding="utf-8")
    text = read_article(path, "long.md", policy=ReadPolicy.at(tmp_path)).text
    last = text.text.rindex("Kremlin")
    line, column = text.line_column(last)
    assert (
        path.read_text(encoding="utf-8").splitlines()[line - 1][column - 1 :].startswith("Kremlin")
    )
    assert text.original(last, last + 7) == "Kremlin"

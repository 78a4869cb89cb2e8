"""Hedge words before a value: the longest synonym wins, found through its first word."""

from __future__ import annotations

import random

import pytest

from factcheck.values import qualifiers
from factcheck.values._tokens import match_words, tokenize


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("up to 1,200 prisoners", ("up to", 2)),
        ("just under 300", ("nearly", 2)),  # not "under"
        ("no more than 40", ("up to", 3)),  # not "more than"
        ("more than 300", ("over", 2)),
        ("More-than 300", ("over", 3)),  # a hyphen between the words
        ("nearly three-and-a-half years", ("nearly", 1)),
        ("30 days", (None, 0)),
        ("the estimated 40", (None, 0)),  # at index 0 "the" starts no synonym
    ],
)
def test_read_qualifier(phrase: str, expected: tuple[str | None, int]) -> None:
    assert qualifiers.read_qualifier(tokenize(phrase), 0) == expected


def test_the_first_word_index_reads_what_trying_every_synonym_read() -> None:
    words = [w for phrase in qualifiers._SYNONYMS for w in phrase.split()]
    words += ["the", "-", "1,200", "30", "days", "More", "Just", "a"]
    rng = random.Random(6)
    for _ in range(3000):
        phrase = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.3:
            phrase = phrase.replace(" - ", "-")
        tokens = tokenize(phrase)
        for index in range(len(tokens) + 1):
            every = next(
                (
                    (qualifier, end)
                    for words_of, qualifier in qualifiers._BY_LENGTH
                    if (end := match_words(tokens, index, words_of)) is not None
                ),
                (None, index),
            )
            assert qualifiers.read_qualifier(tokens, index) == every, (phrase, index)

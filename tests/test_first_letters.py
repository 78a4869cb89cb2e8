"""`factcheck.first_letters`: word alternatives written from their first letters find what
the plain ``\\b(?:...)`` pattern finds, case folding included."""

from __future__ import annotations

import itertools
import re
import string
import sys

import pytest

from factcheck.first_letters import FOLDS, from_first_letters
from factcheck.values import direction

# Every character but the surrogates, each once.
EVERY_CHARACTER = "".join(
    chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF
)


def test_the_fold_table_lists_every_character_re_folds_to_an_ascii_letter() -> None:
    for letter in string.ascii_lowercase:
        folded = set(re.findall(letter, EVERY_CHARACTER, re.IGNORECASE))
        assert folded == {letter, letter.upper(), *FOLDS.get(letter, "")}, letter


# The direction rule's future words, as they were written before (plain, re.IGNORECASE).
PLAIN_FUTURE = re.compile(
    r"\b(?:will|'ll|would|(?:is|are|was|were) (?:due|scheduled|expected|slated|to)|set to|"
    r"(?:is|are) supposed to|planned (?:for|to)|scheduled|plans? to|planning|intends? to|"
    r"expects?|upcoming|next)\b",
    re.IGNORECASE,
)
PIECES = [
    "will", "WILL", "'ll", "\u2019ll", "is due", "IS DUE", "\u0131s to", "\u0130S to", "are to",
    "were scheduled", "\u017fet to", "Set To", "plans to", "planned for", "intends to",
    "expects", "Upcoming", "next", "x", "_", "1", " ", "'", "-", "\u00e9", "s", "ne", "xt",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def test_the_future_words_match_as_the_plain_pattern_did() -> None:
    future = direction._FUTURE()
    for size in range(1, 4):
        for parts in itertools.product(PIECES, repeat=size):
            text = "".join(parts)
            assert _spans(future, text) == _spans(PLAIN_FUTURE, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The bank will next review rates, and it expects to cut them; they'll see.",
        "Talks ARE SCHEDULED for May. The upcoming round is set to open.",
        "Wills and nextdoor, skills, he'll, s'll, _will, 1will, will_",
    ],
)
def test_sentences_match_as_the_plain_pattern_did(text: str) -> None:
    assert _spans(direction._FUTURE(), text) == _spans(PLAIN_FUTURE, text)


def test_case_sensitive_alternatives_keep_their_case() -> None:
    pattern = re.compile(from_first_letters(["May", "may be"]) + r"\b")
    assert _spans(pattern, "May may be MAY maybe") == [(0, 3), (4, 10)]

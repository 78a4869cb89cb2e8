"""Turn a quoted phrase into tokens so every parser sees dashes, quotes and spaces alike.

Articles and fact-checkers type the same words with different Unicode: an en dash in "2–3-day",
a non-breaking hyphen in "mid‑May", curly quotes, non-breaking spaces. Normalizing once here lets
each parser match plain ASCII shapes instead of repeating the same character classes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, NamedTuple

# Every character an article may use where a hyphen is meant: hyphen, non-breaking hyphen,
# figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
# Invisible characters that only affect line breaking; deleting them keeps words whole.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_INVISIBLE, None),
    }
)

# ASCII digits only: a number written in another script is not an article's figure we check.
_TOKEN = re.compile(
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<other>\S)"
)

# Punctuation that quoting a phrase out of a sentence tends to drag along.
_EDGE_LEADING = frozenset("(['\"")
_EDGE_TRAILING = frozenset(",.;:!?)]'\"")

# Punctuation that may appear in a trailing noun phrase ("prisoners, officials said").
_TAIL_PUNCTUATION = frozenset(",;:'\"()-./&")
# Punctuation that may end the value itself, glued or not ("1,200, officials said").
_TAIL_OPENERS = frozenset(",;:")


class Token(NamedTuple):
    """One piece of a phrase: its lower-cased text, its original text, and its spacing.

    A named tuple rather than a frozen dataclass: the parsers make some 80 tokens a claims
    file, and a frozen dataclass sets each field through `object.__setattr__`.
    """

    text: str
    raw: str
    kind: Literal["num", "word", "other"]
    spaced: bool  # whitespace came before it; "2nd" has a glued "nd", "June 2" a spaced "2"


def normalize_text(text: str) -> str:
    """Map dash, quote and space variants to ASCII and collapse runs of whitespace."""
    return " ".join(text.translate(_TRANSLATION).split())


def tokenize(phrase: str) -> list[Token]:
    """Split a phrase into tokens, dropping quoting punctuation at either end."""
    text = normalize_text(phrase)
    tokens: list[Token] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        assert kind in ("num", "word", "other")
        raw = match.group()
        tokens.append(Token(raw.lower(), raw, kind, match.start() > previous_end))
        previous_end = match.end()
    while tokens and tokens[-1].text in _EDGE_TRAILING:
        tokens.pop()
    while tokens and tokens[0].text in _EDGE_LEADING:
        tokens.pop(0)
    return tokens


def text_at(tokens: Sequence[Token], index: int) -> str:
    """The lower-cased text at ``index``, or "" past the end: look-ahead needs no bounds checks."""
    return tokens[index].text if 0 <= index < len(tokens) else ""


def match_words(tokens: Sequence[Token], index: int, words: Sequence[str]) -> int | None:
    """Match a word sequence, allowing hyphens between words ("three-and-a-half").

    Returns the index after the match, or None.
    """
    for position, word in enumerate(words):
        if position and text_at(tokens, index) == "-":
            index += 1
        if text_at(tokens, index) != word or tokens[index].kind != "word":
            return None
        index += 1
    return index


def is_plain_tail(tokens: Sequence[Token], index: int, *, allow_hyphen: bool = False) -> bool:
    """Whether the tokens from ``index`` are a trailing noun phrase that may follow a value.

    "up to 1,200 prisoners from each side" ends in plain words, so the value stands. A tail with
    digits or glued to the value ("3.11.7", "+380 44 123 4567") means the phrase is something else.
    ``allow_hyphen`` admits a compound such as "1,000-strong".
    """
    rest = tokens[index:]
    if not rest:
        return True
    first = rest[0]
    spaced_word = first.kind == "word" and first.spaced
    opener = first.text in _TAIL_OPENERS or (first.text == "(" and first.spaced)
    compound = (
        allow_hyphen
        and first.text == "-"
        and not first.spaced
        and len(rest) > 1
        and rest[1].kind == "word"
        and not rest[1].spaced
    )
    if not (spaced_word or opener or compound):
        return False
    return all(token.kind == "word" or token.text in _TAIL_PUNCTUATION for token in rest)

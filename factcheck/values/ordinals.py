"""Read the words an article uses for a position ("third", "21st", "the twenty-first round",
"the second-largest city").

The claim says 3; the article says "a third round of peace talks". ``parse_ordinal`` reads the
ordinal at the start of the phrase and ignores the noun after it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from factcheck.values._memo import per_article
from factcheck.values._safe import never_raises
from factcheck.values._tokens import Token, is_plain_tail, text_at, tokenize
from factcheck.values._words import read_numeral_ordinal, read_ordinal_word
from factcheck.values.types import OrdinalValue

_ARTICLES = frozenset({"the", "a", "an"})
# What an ordinal ranks when a hyphen joins them ("the second-largest city", "the
# third-ranked player"): superlatives and the words of a ranking. The position is the
# ordinal's; any other compound ("first-person", "second-hand", "third-party") is no
# position in a sequence. The mention finder reads the same list.
RANKS = frozenset(
    {
        "largest", "biggest", "smallest", "highest", "lowest", "longest", "shortest",
        "oldest", "youngest", "richest", "poorest", "busiest", "deadliest", "bloodiest",
        "costliest", "greatest", "strongest", "weakest", "fastest", "slowest", "heaviest",
        "tallest", "widest", "deepest", "hottest", "coldest", "wettest", "driest",
        "best", "worst", "most", "least", "ranked", "placed", "seeded",
    }
)  # fmt: skip


def _parse(phrase: str) -> OrdinalValue | None:
    tokens = tokenize(phrase)
    index = 1 if text_at(tokens, 0) in _ARTICLES else 0
    read = read_numeral_ordinal(tokens, index) or read_ordinal_word(tokens, index)
    if read is None:
        return None
    value, index = read
    if text_at(tokens, index) == "-" and text_at(tokens, index + 1) in RANKS:
        index += 2  # "second-largest": still the second
    # No other hyphen allowed straight after: "first-person", "second-hand" and "third-party"
    # are adjectives, not positions in a sequence.
    if not (is_plain_tail(tokens, index) or _named_tail(tokens, index)):
        return None
    return OrdinalValue(value)


def _named_tail(tokens: Sequence[Token], index: int) -> bool:
    """A noun phrase with a name that holds a number: "first STS-130 spacewalk", "the first
    F-16 squadron". The number is glued to its name by a hyphen, so the ordinal still stands
    apart from it (unlike "3.11.7" or "first-person")."""
    rest = tokens[index:]
    if not rest or rest[0].kind != "word" or not rest[0].spaced:
        return False
    for previous, token in itertools.pairwise(rest):
        glued = not token.spaced and previous.text == "-"
        if token.kind == "num" and not glued:
            return False
        if token.text == "-" and (token.spaced or previous.kind != "word"):
            return False
    return all(token.kind in ("word", "num") or token.text == "-" for token in rest)


@per_article
@never_raises
def parse_ordinal(phrase: str) -> OrdinalValue | None:
    """The position an article's phrase states, or None ("3" is a cardinal, not an ordinal).

    A leading article and a trailing noun are allowed ("the third round"); an ordinal glued to
    a hyphenated compound ("first-person view", "second-hand") is not an ordinal. Never raises.
    """
    return _parse(phrase)

"""Numbers written as words ("twenty-five", "a hundred", "three-and-a-half", "twenty-first").

Shared by the number, duration, date and ordinal parsers so that "two-day", "two prisoners" and
"two days ago" all read "two" the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from factcheck.values._tokens import Token, match_words, text_at

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
ORDINAL_UNITS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
ORDINAL_TENS: dict[str, int] = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}

_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"hundred", "dozen"}
_MULTIPLIERS = frozenset(SCALES) | {"hundred", "dozen"}
HALF = Decimal("0.5")


def _evaluate(words: Sequence[str]) -> Decimal | None:
    """The value of a run of number words, or None when the run is not well formed."""
    total = 0
    group = 0
    previous = ""  # "unit", "tens", "hundred", "dozen" or "scale"
    last_scale = 0
    for word in words:
        if word in UNITS:
            value = UNITS[word]
            if previous == "unit" or (previous == "tens" and not 0 < value < 10):
                return None
            group += value
            previous = "unit"
        elif word in TENS:
            if previous in ("unit", "tens"):
                return None
            group += TENS[word]
            previous = "tens"
        elif word == "hundred":
            if previous != "unit" or group >= 10:
                return None
            group *= 100
            previous = "hundred"
        elif word == "dozen":
            if previous != "unit" or group >= 100:
                return None
            group *= 12
            previous = "dozen"
        else:
            scale = SCALES[word]
            if group == 0 or (last_scale and scale >= last_scale):
                return None
            total += group * scale
            group = 0
            last_scale = scale
            previous = "scale"
    return Decimal(total + group)


def read_and_a_half(tokens: Sequence[Token], index: int) -> int | None:
    """Match "and a half" or "-and-a-half" after a count; returns the index after it."""
    if text_at(tokens, index) == "-":
        index += 1
    return match_words(tokens, index, ("and", "a", "half"))


def _joins_number_words(tokens: Sequence[Token], index: int, words: Sequence[str]) -> bool:
    """Whether the token at ``index`` links two number words: "twenty-five", "hundred and two"."""
    if not words:
        return False
    following = text_at(tokens, index + 1)
    if text_at(tokens, index) == "-":
        return following in _NUMBER_WORDS
    return (
        text_at(tokens, index) == "and"
        and words[-1] in _MULTIPLIERS
        and (following in UNITS or following in TENS)
    )


def _read_half_dozen(tokens: Sequence[Token], index: int) -> int | None:
    """The index after "half a dozen", "a half-dozen", "a half dozen" or "half-dozen" at
    ``index`` (six, as news copy writes it), or None."""
    if text_at(tokens, index) in ("a", "an"):
        index += 1
    if text_at(tokens, index) != "half":
        return None
    index += 1
    joint = text_at(tokens, index)
    if (joint == "-" and not tokens[index].spaced) or joint == "a":
        index += 1
    if text_at(tokens, index) != "dozen":
        return None
    return index + 1


def read_cardinal(
    tokens: Sequence[Token], index: int, *, half_article: bool = False
) -> tuple[Decimal, int, tuple[str, ...]] | None:
    """Read a cardinal written in words at ``index``.

    Handles "twenty-five", "a hundred", "a dozen", "one hundred and twenty", "three-and-a-half",
    "two and a half million" and "half a million". With ``half_article`` a bare "half a"/"half an"
    reads as 0.5 for the unit that follows ("half an hour"). Returns the value, the index after
    it and the words read (so a caller can spot the pronoun in "one of the few"), or None.
    """
    half_dozen = _read_half_dozen(tokens, index)
    if half_dozen is not None:
        return Decimal(6), half_dozen, ("half", "dozen")
    if text_at(tokens, index) == "half" and text_at(tokens, index + 1) in ("a", "an"):
        following = text_at(tokens, index + 2)
        if following in SCALES:
            return HALF * SCALES[following], index + 3, ("half", "a", following)
        if half_article:
            return HALF, index + 2, ("half", "a")
        return None
    words: list[str] = []
    position = index
    if text_at(tokens, index) in ("a", "an") and text_at(tokens, index + 1) in _MULTIPLIERS:
        words.append("one")
        position += 1
    while position < len(tokens):
        word = text_at(tokens, position)
        if tokens[position].kind == "word" and word in _NUMBER_WORDS:
            words.append(word)
            position += 1
        elif _joins_number_words(tokens, position, words):
            position += 1
        else:
            break
    if not words:
        return None
    value = _evaluate(words)
    if value is None:
        return None
    half_end = read_and_a_half(tokens, position)
    if half_end is not None and words[-1] not in SCALES:
        value += HALF
        position = half_end
        words.extend(("and", "a", "half"))
        scale = text_at(tokens, position)
        if scale in SCALES:
            value *= SCALES[scale]
            position += 1
            words.append(scale)
    return value, position, tuple(words)


def ordinal_suffix(number: int) -> str:
    """The English suffix for ``number``: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def read_ordinal_word(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """Read an ordinal in words ("third", "twenty-first", "twentieth", "hundredth")."""
    word = text_at(tokens, index)
    if word in ORDINAL_UNITS:
        return ORDINAL_UNITS[word], index + 1
    if word in ORDINAL_TENS:
        return ORDINAL_TENS[word], index + 1
    if word in ("hundredth", "thousandth"):
        return (100 if word == "hundredth" else 1000), index + 1
    if word in ("one", "a") and text_at(tokens, index + 1) in ("hundredth", "thousandth"):
        return (100 if text_at(tokens, index + 1) == "hundredth" else 1000), index + 2
    if word in TENS:
        position = index + 1
        if text_at(tokens, position) == "-":
            position += 1
        unit = text_at(tokens, position)
        if unit in ORDINAL_UNITS and ORDINAL_UNITS[unit] < 10:
            return TENS[word] + ORDINAL_UNITS[unit], position + 1
    return None


def read_numeral_ordinal(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """Read "3rd", "21st", "11th": digits with the correct glued suffix (so "21th" is refused)."""
    if index + 1 >= len(tokens):
        return None
    number, suffix = tokens[index], tokens[index + 1]
    if number.kind != "num" or not number.text.isdigit() or suffix.spaced:
        return None
    if len(number.text) > 12:
        return None
    value = int(number.text)
    if value < 1 or suffix.text != ordinal_suffix(value):
        return None
    return value, index + 2

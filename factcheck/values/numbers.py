"""Read the words an article uses for a figure ("up to 1,200", "$1.2 billion", "45 percent",
"approximately 10 km").

The claim says 1200 "up to"; the article says "up to 1,200 prisoners from each side".
``parse_number`` reads the figure at the start of the phrase, with its hedge, currency, percent
sign, measure unit (`values.measures`) or range, and ignores the noun phrase after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from factcheck.values._memo import per_article
from factcheck.values._safe import never_raises
from factcheck.values._tokens import Token, is_plain_tail, text_at, tokenize
from factcheck.values._words import SCALES, read_cardinal
from factcheck.values.currency_codes import ISO_4217_CODES
from factcheck.values.measures import read_measure_unit
from factcheck.values.qualifiers import read_qualifier
from factcheck.values.types import NumberValue, PairValue

_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH"}
_CURRENCY_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH"}
# Currencies named in words after a figure ("41.80 reais"), lower-case, and their ISO 4217
# codes: the value reader and the mention finder's span both end after them.
CURRENCY_NAMES = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "hryvnya": "UAH",
    "hryvnyas": "UAH",
    # Currencies news names in words after the figure whose word names one currency only
    # ("18 billion reais", "500 million yen"). "rupees", "pesos", "shillings", "francs" and
    # "dinars" name several countries' currencies and are left unread: a wrong code would
    # let a claim pass against another country's money.
    "reais": "BRL",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "rupiah": "IDR",
    "ringgit": "MYR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "baht": "THB",
    "naira": "NGN",
    "rand": "ZAR",
}
_CURRENCY_WORDS = CURRENCY_NAMES | _CURRENCY_CODES
# Abbreviated scales glued to digits ("$1.2bn", "5mln").
_SCALE_ABBREVIATIONS = {"bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12}
# One letter glued to digits is a scale only in money, as British news writes it ("£350m",
# "$50k"): without a currency "10m" is ten metres and "5k" a race, so they stay unread.
_MONEY_SCALE_ABBREVIATIONS = {"m": 10**6, "k": 10**3}
# A speed's unit glued to the figure, as a headline writes it ("80mph storm"): a rate, so
# the figure is read bare, as "180 kilometres per hour" is (tests/gold/README.md).
_GLUED_SPEEDS = frozenset({"mph", "kph"})
_RANGE_OPENERS = {"between": "and", "from": "to"}
# Words that make a preceding count a fraction ("two-thirds", "three quarters"), not a number.
_FRACTION_WORDS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth"}
    | {"tenths", "sixth", "sixths", "eighth", "eighths"}
)
_MAX_DIGITS = 40
# Shares of a unit written in words, whose value is exact: "two-tenths of a percentage
# point", "half a percentage point", "one half mile". A share of a whole ("more than half of
# the deaths") is left out, as the corpora leave it out, and so are thirds: no decimal states
# a third.
_SHARES = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
_SHARE_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


@dataclass(frozen=True)
class _Amount:
    """One figure as read, before it is paired or ranged with another."""

    value: Decimal
    unit: str | None
    scale: int  # the multiplier a scale word applied ("1.2 million" -> 10**6), else 1
    words: tuple[str, ...]  # the number words read, empty for digits
    fraction: bool = False  # written with a fraction of one ("1/2", "4-3/4")


def _read_digits(
    tokens: Sequence[Token], index: int, money: bool = False
) -> tuple[Decimal, int, int] | None:
    """ "1,200", "1.2 million", "1.2bn": value, scale applied and the index after.

    `money`: a currency came before the digits, so "£350m" is 350 million."""
    token = tokens[index] if index < len(tokens) else None
    if token is None or token.kind != "num" or len(token.text) > _MAX_DIGITS:
        return None
    value = Decimal(token.text.replace(",", ""))
    index += 1
    following = tokens[index] if index < len(tokens) else None
    if following is not None and following.kind == "word":
        if following.spaced and following.text in SCALES:
            return value * SCALES[following.text], SCALES[following.text], index + 1
        glued = _SCALE_ABBREVIATIONS | (_MONEY_SCALE_ABBREVIATIONS if money else {})
        if not following.spaced and following.text in glued:
            scale = glued[following.text]
            return value * scale, scale, index + 1
    if (
        following is not None
        and following.text == "-"
        and not following.spaced
        and index + 1 < len(tokens)
        and not tokens[index + 1].spaced
        and tokens[index + 1].text in SCALES
        and tokens[index + 1].text != "hundred"
    ):
        # "$4-billion", as some papers write the scale: the figure's scale all the same
        scale = SCALES[tokens[index + 1].text]
        return value * scale, scale, index + 2
    return value, 1, index


# The denominators of the fractions rates are written with ("1/2", "3/4", "1/8").
_DENOMINATORS = frozenset({"2", "4", "8"})


def _glued(tokens: Sequence[Token], index: int, *texts: str) -> bool:
    """Whether the tokens from ``index`` are ``texts`` ("" for any number), none spaced."""
    for offset, wanted in enumerate(texts):
        token = tokens[index + offset] if index + offset < len(tokens) else None
        if token is None or (offset and token.spaced):
            return False
        if token.kind != "num" if wanted == "" else token.text != wanted:
            return False
    return True


def _read_fraction(tokens: Sequence[Token], index: int) -> tuple[Decimal, int] | None:
    """ "1/2" or "4-3/4" (four and three quarters) at ``index``: the value and the index
    after. Central banks write rates so ("by 1/2 percentage point to 4-3/4 to 5 percent")."""
    whole = Decimal(0)
    if _glued(tokens, index, "", "-", "", "/", "") and tokens[index].text.isdigit():
        whole, index = Decimal(tokens[index].text), index + 2
    if not _glued(tokens, index, "", "/", ""):
        return None
    numerator, denominator = tokens[index].text, tokens[index + 2].text
    if denominator not in _DENOMINATORS or not numerator.isdigit():
        return None
    if not 0 < int(numerator) < int(denominator):
        return None
    return whole + Decimal(numerator) / Decimal(denominator), index + 3


def _read_share(tokens: Sequence[Token], index: int) -> tuple[_Amount, int] | None:
    """A share of a unit written in words at ``index``: "two-tenths of a percentage point"
    (0.2 pp), "a tenth of a percent" (0.1%), "half a point", "one half mile" (0.5 mi); the
    amount and the index after. "half a million" is a count (``read_cardinal``), and a share
    of anything else ("a quarter of a century", "half of the votes") no figure."""
    count, position = 1, index
    first = text_at(tokens, index)
    if first in _SHARE_COUNTS and text_at(tokens, index + 1) != "of":
        count, position = _SHARE_COUNTS[first], index + 1
        if text_at(tokens, position) == "-" and not tokens[position].spaced:
            position += 1
    share = text_at(tokens, position)
    if share not in _SHARES or (position == index and share != "half"):
        return None
    if share == "halves" or count >= _SHARES[share] or (share.endswith("s") != (count > 1)):
        return None  # "two-halves", "five fifths", "one tenths": no share
    value = Decimal(count) / Decimal(_SHARES[share])
    position += 1
    unit = None
    joint = text_at(tokens, position)
    if (joint == "of" and text_at(tokens, position + 1) in ("a", "an", "one")) or (
        share == "half" and count == 1 and joint in ("a", "an")
    ):
        after = position + 2 if joint == "of" else position + 1  # "half a percentage point"
        if text_at(tokens, after) in ("percent", "pct"):
            unit, position = "%", after + 1
        elif text_at(tokens, after) == "per" and text_at(tokens, after + 1) == "cent":
            unit, position = "%", after + 2
        elif text_at(tokens, after) == "point":
            position = after + 1  # "a quarter of a point": a share of a rate's point
        else:
            measure = read_measure_unit(tokens, after)
            if measure is None or measure[0] != "pp":
                return None  # "a quarter of a century"
            unit, position = measure
    else:
        # "one half mile", "a quarter mile": a measure written after the share
        measured = _with_unit(_Amount(value, None, 1, (), fraction=True), tokens, position)
        return measured if measured is not None and measured[0].unit is not None else None
    return _Amount(value, unit, 1, (), fraction=True), position


def _read_amount(tokens: Sequence[Token], index: int) -> tuple[_Amount, int] | None:
    """One figure with an optional currency before or after it and an optional percent."""
    unit: str | None = None
    share = _read_share(tokens, index)
    if share is not None:
        return share
    fraction = _read_fraction(tokens, index)
    if fraction is not None:
        return _with_unit(_Amount(fraction[0], None, 1, (), fraction=True), tokens, fraction[1])
    sign = text_at(tokens, index)
    negative = sign == "-" and _glued(tokens, index, "-", "")
    if negative or (sign == "+" and _glued(tokens, index, "+", "")):
        read = _read_amount(tokens, index + 1)  # "+49,000", "-140,000"
        if read is None or read[0].words:
            return None
        amount, end = read
        if negative:
            amount = _Amount(-amount.value, amount.unit, amount.scale, (), amount.fraction)
        return amount, end
    first = text_at(tokens, index)
    if first == "us" and text_at(tokens, index + 1) == "$":
        unit, index = "USD", index + 2
    elif first in _CURRENCY_SYMBOLS:
        unit, index = _CURRENCY_SYMBOLS[first], index + 1
    elif first in _CURRENCY_CODES and tokens[index].raw.isupper():
        unit, index = _CURRENCY_CODES[first], index + 1
    if unit is None and first == "twice":
        # "denied it twice", "twice as many": the count or factor 2 (tests/gold/README.md)
        return _Amount(Decimal(2), None, 1, ("twice",)), index + 1
    words: tuple[str, ...] = ()
    digits = _read_digits(tokens, index, money=unit is not None)
    if digits is not None:
        value, scale, index = digits
    else:
        cardinal = read_cardinal(tokens, index)
        if cardinal is None:
            return None
        value, index, words = cardinal
        scale = max((SCALES[word] for word in words if word in SCALES), default=1)
    return _with_unit(_Amount(value, unit, scale, words), tokens, index)


def _with_unit(amount: _Amount, tokens: Sequence[Token], index: int) -> tuple[_Amount, int] | None:
    """The amount with the percent, currency word or measure unit written after it."""
    unit = amount.unit
    after = text_at(tokens, index)
    if after == "-" and text_at(tokens, index + 1) == "percent" and not tokens[index].spaced:
        index += 1  # "less than three-percent"
        after = "percent"
    if after == "%" or after in ("percent", "pct"):
        if unit is not None:
            return None
        unit, index = "%", index + 1
    elif after == "per" and text_at(tokens, index + 1) == "cent":
        if unit is not None:
            return None
        unit, index = "%", index + 2
    elif unit is None and after in _CURRENCY_WORDS and tokens[index].spaced:
        unit, index = _CURRENCY_WORDS[after], index + 1
    elif unit is None and after.upper() in ISO_4217_CODES and _a_code(tokens[index]):
        unit, index = tokens[index].raw, index + 1  # "100,000 EGP", "5 million USD"
    elif unit is None:
        measure = read_measure_unit(tokens, index)  # "10 km", "25 basis points"
        if measure is not None:
            unit, index = measure
        elif after in _GLUED_SPEEDS and not tokens[index].spaced:
            index += 1  # "80mph": a rate's unit, read past but not kept, as "80 mph" is
    return _Amount(amount.value, unit, amount.scale, amount.words, amount.fraction), index


def _a_code(token: Token) -> bool:
    """Whether ``token`` is a currency code written as one: in capitals, after a space."""
    return token.spaced and token.raw.isupper()


def _range(low: _Amount, high: _Amount) -> tuple[Decimal, Decimal, str | None] | None:
    """Combine the ends of "1 to 2 million", "10-15%", "$1-2 billion"; None if they disagree.

    A scale or unit written only on the upper end applies to the lower end too, but the scale
    only when the lower figure is smaller than the upper one before scaling ("500 to 1.2
    million" stays 500).
    """
    low_value = low.value
    if low.scale == 1 and high.scale > 1 and low.value < high.value / high.scale:
        low_value = low.value * high.scale
    unit = low.unit if low.unit is not None else high.unit
    if high.unit not in (None, unit) or low_value > high.value:
        return None
    return low_value, high.value, unit


def _parse(phrase: str) -> NumberValue | PairValue | None:
    tokens = tokenize(phrase)
    index = 1 if text_at(tokens, 0) == "the" else 0
    article = text_at(tokens, index) in ("a", "an")
    if article and index + 1 < len(tokens) and tokens[index + 1].kind == "num":
        index += 1  # "a 1,000-for-1,000 swap"
    qualifier, index = read_qualifier(tokens, index)
    closer = _RANGE_OPENERS.get(text_at(tokens, index))
    if closer:
        index += 1
    read = _read_amount(tokens, index)
    if read is None:
        return None
    low, index = read
    if low.words == ("one",) and text_at(tokens, index) == "of":
        return None  # "one of the few": a pronoun, not a count
    fraction_at = index + 1 if text_at(tokens, index) == "-" else index
    if low.words and text_at(tokens, fraction_at) in _FRACTION_WORDS:
        return None  # "two-thirds": a fraction, not a count
    if closer:
        if text_at(tokens, index) not in (closer, "-"):
            return None
        high_read = _read_amount(tokens, index + 1)
        if high_read is None:
            return None
        high, index = high_read
        bounds = _range(low, high)
        if bounds is None:
            return None
        result: NumberValue | PairValue = NumberValue(bounds[0], qualifier, bounds[2], bounds[1])
        return result if is_plain_tail(tokens, index, allow_hyphen=True) else None
    pairable = low.unit is None and not low.fraction
    if text_at(tokens, index) == "of" and pairable and low.words[:1] != ("one",):
        whole = _read_amount(tokens, index + 1)  # "32 of 33": a part of a whole
        if whole is not None and whole[0].unit is None and low.value <= whole[0].value:
            pair = PairValue(low.value, whole[0].value, qualifier, relation="of")
            return pair if is_plain_tail(tokens, whole[1]) else None
    connector = index + 1 if text_at(tokens, index) == "-" else index
    if text_at(tokens, connector) == "for" and pairable:
        after_for = connector + 1
        if text_at(tokens, after_for) == "-":
            after_for += 1
        right = _read_amount(tokens, after_for)
        if right is not None and right[0].unit is None:
            pair = PairValue(low.value, right[0].value, qualifier)
            return pair if is_plain_tail(tokens, right[1], allow_hyphen=True) else None
    if (
        qualifier is None
        and text_at(tokens, index) == "-"
        and text_at(tokens, index + 1) == "plus"
        and not tokens[index].spaced
    ):
        qualifier, index = "at least", index + 2  # "35-plus degrees", "20 million-plus users"
    if text_at(tokens, index) in ("-", "to"):
        high_read = _read_amount(tokens, index + 1)
        if high_read is not None:
            high, end = high_read
            bounds = _range(low, high)
            if bounds is not None and is_plain_tail(tokens, end, allow_hyphen=True):
                return NumberValue(bounds[0], qualifier, bounds[2], bounds[1])
    if not is_plain_tail(tokens, index, allow_hyphen=True):
        return None
    return NumberValue(low.value, qualifier, low.unit)


@per_article
@never_raises
def parse_number(phrase: str) -> NumberValue | PairValue | None:
    """The figure at the start of an article's phrase, or None when it states no number.

    Vague quantities ("dozens", "a few", "several") and the pronoun in "one of" are not numbers.
    Never raises.
    """
    return _parse(phrase)

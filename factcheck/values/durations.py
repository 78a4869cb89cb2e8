"""Read the words an article uses for a length of time ("30-day", "2–3-day", "a year and a half").

The claim says P30D; the article says "a 30-day ceasefire". ``parse_duration`` reads the count
and unit at the start of the phrase, including hyphenated adjectives, ranges and halves, and
ignores the noun after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from factcheck.values._memo import per_article
from factcheck.values._safe import never_raises
from factcheck.values._tokens import Token, is_plain_tail, text_at, tokenize
from factcheck.values._words import HALF, read_and_a_half, read_cardinal
from factcheck.values.qualifiers import Qualifier, read_qualifier
from factcheck.values.types import Duration, DurationValue

# Unit word -> (Duration field, how many of that field one unit is).
_UNITS: dict[str, tuple[str, int]] = {
    "minute": ("minutes", 1),
    "minutes": ("minutes", 1),
    "hour": ("hours", 1),
    "hours": ("hours", 1),
    "day": ("days", 1),
    "days": ("days", 1),
    "week": ("weeks", 1),
    "weeks": ("weeks", 1),
    "fortnight": ("weeks", 2),
    "fortnights": ("weeks", 2),
    "month": ("months", 1),
    "months": ("months", 1),
    "year": ("years", 1),
    "years": ("years", 1),
    "decade": ("years", 10),
    "decades": ("years", 10),
    "century": ("years", 100),
    "centuries": ("years", 100),
    # "the past two quarters", "three straight quarters": a quarter of a year is three
    # months (the mention finder finds only plural counts in a time's context, as "three
    # quarters of the vote" is a fraction: mentions.durations).
    "quarter": ("months", 3),
    "quarters": ("months", 3),
}
_SINGULAR = frozenset(
    {"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"}
)
# "for the past two months", "the first nine months": words before a length that do not
# change it (the mention finder takes "the" and these modifiers into a duration's span).
_LEADING = frozenset(
    {"for", "the", "past", "last", "next", "first", "coming", "latest", "previous"}
)
# "two more weeks", "an additional year", "three straight months": words between a count and
# its unit that say the length is added to another or unbroken, which leave it what it is
# (the mention finder's duration pattern allows the same words: mentions.durations).
ADDED_WORDS = ("more", "additional", "extra", "further", "straight", "consecutive")
_ADDED = frozenset(ADDED_WORDS)
# "5 1/2 hours", "2 1/4 years": the fractions wire copy writes after a whole number.
_FRACTIONS = {("1", "2"): Decimal("0.5"), ("1", "4"): Decimal("0.25"), ("3", "4"): Decimal("0.75")}
_RANGE_OPENERS = {"between": "and", "from": "to"}
_RANGE_SEPARATORS = frozenset({"-", "to", "or"})
_MAX_DIGITS = 12


def _read_count(tokens: Sequence[Token], index: int) -> tuple[Decimal, int] | None:
    """A count before a unit: "30", "3.5", "two", "three-and-a-half", "half an", or "a"/"an"."""
    token = tokens[index] if index < len(tokens) else None
    if token is None:
        return None
    if token.kind == "num":
        if len(token.text) > _MAX_DIGITS:
            return None
        value = Decimal(token.text.replace(",", ""))
        half_end = read_and_a_half(tokens, index + 1)
        if half_end is not None:
            return value + HALF, half_end
        fraction = _fraction(tokens, index + 1)
        if fraction is not None:
            return value + fraction[0], fraction[1]
        return value, index + 1
    share = _share(tokens, index)
    if share is not None:
        return share
    if token.text in ("a", "an") and _unit_at(tokens, index + 1) is not None:
        return Decimal(1), index + 1
    cardinal = read_cardinal(tokens, index, half_article=True)
    if cardinal is None:
        return None
    return cardinal[0], cardinal[1]


# "a quarter of a century", "a quarter century", "three quarters of an hour": a share of one
# unit (not "a quarter", three months, which _UNITS reads when no unit follows).
_SHARES = {"a": (Decimal("0.25"), "quarter"), "three": (Decimal("0.75"), "quarters")}


def _share(tokens: Sequence[Token], index: int) -> tuple[Decimal, int] | None:
    """A share of a unit at ``index`` ("a quarter of a", "a quarter", "three quarters of
    an") and the index of the unit after it, or None."""
    share = _SHARES.get(text_at(tokens, index).lower())
    if share is None or text_at(tokens, index + 1).lower() != share[1]:
        return None
    after = index + 2
    if text_at(tokens, after) == "of" and text_at(tokens, after + 1) in ("a", "an"):
        after += 2
    elif share[1] == "quarters":
        return None  # "three quarters" alone: nine months, as _UNITS reads it
    unit = _unit_at(tokens, after)
    if unit is None or (unit[0] == "months" and unit[1] == 3):
        return None  # "a quarter" of nothing, or of a quarter
    return share[0], after


def _fraction(tokens: Sequence[Token], index: int) -> tuple[Decimal, int] | None:
    """A fraction "1/2", "1/4" or "3/4" at ``index``, after a space (as in "5 1/2 hours"),
    and the index after it."""
    if index + 2 >= len(tokens) or not tokens[index].spaced or tokens[index + 2].spaced:
        return None
    if text_at(tokens, index + 1) != "/" or tokens[index + 1].spaced:
        return None
    fraction = _FRACTIONS.get((tokens[index].text, tokens[index + 2].text))
    return (fraction, index + 3) if fraction is not None else None


def _unit_at(tokens: Sequence[Token], index: int) -> tuple[str, int, int] | None:
    """A unit word, joined by a hyphen or a space ("30-day", "30 days"), and a "-long" suffix;
    "more" or "additional" may stand before it ("two more weeks": _ADDED).

    Returns (field, multiplier, index after).
    """
    added = (
        text_at(tokens, index) in _ADDED and index + 1 < len(tokens) and tokens[index + 1].spaced
    )
    if added or text_at(tokens, index) == "-":
        index += 1
    word = text_at(tokens, index)
    if word not in _UNITS or tokens[index].kind != "word":
        return None
    field, multiplier = _UNITS[word]
    index += 1
    if text_at(tokens, index) == "-" and text_at(tokens, index + 1) == "long":
        index += 2
    return field, multiplier, index


def _duration(count: Decimal, field: str, multiplier: int) -> Duration:
    return Duration(**{field: count * multiplier})


def _add(first: Duration, second: Duration) -> Duration:
    return Duration(
        years=first.years + second.years,
        months=first.months + second.months,
        weeks=first.weeks + second.weeks,
        days=first.days + second.days,
        hours=first.hours + second.hours,
        minutes=first.minutes + second.minutes,
    )


def _read_span(tokens: Sequence[Token], index: int) -> tuple[Duration, int] | None:
    """One length, possibly compound: "a year and a half", "two years and three months"."""
    in_figures = index < len(tokens) and tokens[index].kind == "num"
    count = _read_count(tokens, index)
    if count is None:
        return None
    unit = _unit_at(tokens, count[1])
    if unit is None:
        return None
    field, multiplier, index = unit
    amount = count[0]
    half_end = read_and_a_half(tokens, index)
    if half_end is not None:
        amount += HALF
        index = half_end
    total = _duration(amount, field, multiplier)
    # Side by side, "1 hour 15 minutes" is one length when both counts are figures;
    # "three days 4 hours" mixes words and figures as no one writes a single length.
    while True:
        # "two years and three months", "1 hour, 15 minutes", "1 hour 15 minutes".
        joined = text_at(tokens, index) in ("and", ",")
        side_by_side = in_figures and index < len(tokens) and tokens[index].kind == "num"
        if not joined and not side_by_side:
            break
        more = _read_span(tokens, index + 1 if joined else index)
        if more is None:
            break
        total, index = _add(total, more[0]), more[1]
    return total, index


def _hyphenated_to(tokens: Sequence[Token], index: int) -> int | None:
    """The index after "-to-" or "- to " at ``index`` ("a two-to-three-day truce", "a two- to
    three-day pause": the first count's hyphen waits for the unit the second one names)."""
    if text_at(tokens, index) != "-" or text_at(tokens, index + 1) != "to":
        return None
    return index + 3 if text_at(tokens, index + 2) == "-" else index + 2


def _read_range(
    tokens: Sequence[Token], index: int, separators: frozenset[str]
) -> tuple[Duration, Duration, int] | None:
    """Two counts sharing a unit: "2-3-day", "two to three days", "two or three weeks"."""
    low = _read_count(tokens, index)
    if low is None:
        return None
    after = _hyphenated_to(tokens, low[1]) if "to" in separators else None
    if after is None:
        if text_at(tokens, low[1]) not in separators:
            return None
        after = low[1] + 1
    high = _read_count(tokens, after)
    if high is None:
        return None
    unit = _unit_at(tokens, high[1])
    if unit is None:
        return None
    field, multiplier, end = unit
    return _duration(low[0], field, multiplier), _duration(high[0], field, multiplier), end


def _read_long_adjective(tokens: Sequence[Token], index: int) -> tuple[Duration, int] | None:
    """ "week-long", "decade-long": a singular unit with no count is one of it."""
    if text_at(tokens, index) not in _SINGULAR:
        return None
    unit = _unit_at(tokens, index)
    if unit is None or text_at(tokens, unit[2] - 1) != "long":
        return None
    return _duration(Decimal(1), unit[0], unit[1]), unit[2]


def _parse_at(
    tokens: Sequence[Token], index: int, qualifier: Qualifier | None
) -> DurationValue | None:
    closer = _RANGE_OPENERS.get(text_at(tokens, index))
    if closer:
        spans = _read_range(tokens, index + 1, frozenset({closer, "-"}))
    else:
        spans = _read_range(tokens, index, _RANGE_SEPARATORS)
    if spans is not None:
        low, high, end = spans
    elif closer:
        return None
    else:
        single = _read_span(tokens, index) or _read_long_adjective(tokens, index)
        if single is None:
            return None
        low, end = single
        high = low
    if not is_plain_tail(tokens, end):
        return None
    shortest = low.approx_days()
    if shortest == 0 or shortest > high.approx_days():
        return None
    if len(tokens) == end + 2 and text_at(tokens, end) == "or" and text_at(tokens, end + 1) == "so":
        qualifier = qualifier or "about"  # "an hour or so", "the next two years or so"
    return DurationValue(low, high, qualifier)


# "over the past decade", "in the next century", "over the last decade": one of the unit,
# counted by the word before. "the past year", "the last month" are one unit too
# (tests/gold/README.md, "One rule for every corpus": one rule for "the past N units"
# whatever N is); "the next year" is not, as often the year after the dateline as a length.
_ONE_AFTER = frozenset({"past", "last", "previous", "next", "coming"})
_COUNTED_ALONE = frozenset({"decade", "century"})
_ONE_PAST = {
    "past": frozenset({"year", "month", "week", "day"}),
    "last": frozenset({"year", "month"}),
}


def _parse(phrase: str) -> DurationValue | None:
    tokens = tokenize(phrase)
    index = 0
    while text_at(tokens, index) in _LEADING:
        index += 1
    placing, unit = text_at(tokens, index - 1) if index else None, text_at(tokens, index)
    if (
        index
        and len(tokens) == index + 1
        and (
            (placing in _ONE_AFTER and unit in _COUNTED_ALONE)
            or unit in _ONE_PAST.get(placing or "", ())
        )
    ):
        return _parse_at(tokenize("one " + tokens[index].text), 0, None)
    qualifier, index = read_qualifier(tokens, index)
    value = _parse_at(tokens, index, qualifier)
    if value is None and text_at(tokens, index) in ("a", "an"):
        value = _parse_at(tokens, index + 1, qualifier)  # "a 30-day ceasefire", "a two-day visit"
    return value


@per_article
@never_raises
def parse_duration(phrase: str) -> DurationValue | None:
    """The length of time an article's phrase states, or None when it states none.

    A unit needs a count ("day" and "the day" are not durations) except in "week-long" style
    adjectives. Vague counts ("a few days", "several weeks") are not durations. Never raises.
    """
    return _parse(phrase)

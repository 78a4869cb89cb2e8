"""Values (FC3xx): a claim's `value` is what the article's words really say.

The grounded words are read as a value of the claim's type — dates against the article's
dateline — and compared with the value the fact-checker typed. Parsing lives in
`factcheck.values`; this module only decides what a difference means.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from factcheck import values as v
from factcheck.article.normalize import normalize_phrase
from factcheck.check.search import find_all
from factcheck.fiscal_years import fiscal_year_hint, fiscal_year_in
from factcheck.model import claims as m
from factcheck.model.units import without_unit
from factcheck.values._memo import per_object


@dataclass(frozen=True, slots=True)
class ValueProblem:
    """A difference between value and words; `key` is the claim key the finding points at."""

    code: str
    message: str
    hint: str = ""
    key: str = "value"
    severity: str = "error"


# A verify reads each claim's value three times (its line of the report, its value check,
# the consistency checks' facts). Claims are frozen, so a claim's value is remembered while
# its file is checked, with the article's phrases (`factcheck.values._memo`).
@per_object(limit=1024)
def claimed_value(claim: m.ClaimBase) -> object:
    """The claim's typed value, as the parsers would return it. Raises ValueError if invalid."""
    match claim:
        case m.DateClaim(value=m.RelativeDay() as relative):
            return v.DateOffset.from_iso(relative.relative_to, relative.offset)
        case m.DateClaim():
            return v.DateValue.from_edtf(claim.value)
        case m.NumberClaim(value=m.Range() as span):
            return v.NumberValue(
                _decimal(span.min), claim.qualifier, claim.unit, maximum=_decimal(span.max)
            )
        case m.NumberClaim():
            return v.NumberValue(_decimal(claim.value), claim.qualifier, claim.unit)
        case m.PairClaim():
            left, right = claim.value
            return v.PairValue(_decimal(left), _decimal(right), claim.qualifier, claim.relation)
        case m.DurationClaim(value=m.DurationRange() as span):
            return v.DurationValue(
                v.Duration.from_iso(span.min), v.Duration.from_iso(span.max), claim.qualifier
            )
        case m.DurationClaim():
            one = v.Duration.from_iso(claim.value)
            return v.DurationValue(one, one, claim.qualifier)
        case m.OrdinalClaim():
            return v.OrdinalValue(claim.value)
        case m.TimeClaim():
            return v.TimeValue.from_iso(claim.value)
        case m.FrequencyClaim():
            return v.FrequencyValue.from_iso(claim.value)
    return claim.value  # type: ignore[attr-defined]


def _decimal(number: float | int) -> Decimal:
    return Decimal(str(number)).normalize()


def describe(value: object) -> str:
    """A value as a person writes it in a claims file."""
    match value:
        case v.DateValue():
            return value.edtf()
        case v.NumberValue():
            amount = _number(value.amount)
            if value.maximum is not None:
                amount += f"–{_number(value.maximum)}"
            prefix = f"{value.qualifier} " if value.qualifier else ""
            return prefix + amount + (f" {value.unit}" if value.unit else "")
        case v.PairValue():
            prefix = f"{value.qualifier} " if value.qualifier else ""
            joint = " of " if value.relation == "of" else "-for-"
            return f"{prefix}{_number(value.left)}{joint}{_number(value.right)}"
        case v.DurationValue():
            prefix = f"{value.qualifier} " if value.qualifier else ""
            if value.minimum == value.maximum:
                return prefix + value.minimum.iso()
            return f"{prefix}{value.minimum.iso()}–{value.maximum.iso()}"
        case v.OrdinalValue():
            return str(value.n)
        case v.TimeValue() | v.FrequencyValue():
            return value.iso()
        case v.DateOffset():
            return f"{value.iso()} from `{value.relative_to}`"
    return str(value)


def _number(amount: Decimal) -> str:
    """1,200 or 1.5: thousands separated, no trailing zeros."""
    amount = amount.normalize()
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    return f"{amount:,f}"


def check_value(
    claim: m.ClaimBase,
    words: str,
    anchor: dt.date,
    names: list[str],
    in_quotes: bool,
    where: tuple[str, int] | None = None,
) -> list[ValueProblem]:
    """Compare `claim`'s value with the article's `words` (the grounded text).

    `names` are the subject's name and aliases (for named things); `in_quotes` says whether
    the article puts the words in quotation marks (for quotes). `where`, the article's
    normalized text and the words' offset in it, gives a date its sentence: "April 9" after
    "will" is the coming April 9, as the mention finder reads it (`values.direction`).
    """
    match claim:
        case m.NameClaim():
            return _check_name(claim, words, names)
        case m.QuoteClaim():
            return _check_quote(claim, words, in_quotes)
        case m.TextClaim():
            return []
    try:
        claimed = claimed_value(claim)
    except ValueError as error:
        return [ValueProblem("FC106", f"`value` {error}", _NOTATION_HINT.get(claim.type, ""))]
    read = _read(claim, words, anchor, where)
    if read is None:
        counted = isinstance(claimed, v.DateOffset)
        fiscal = fiscal_year_in(claim.text) if claim.type == "date" and not counted else None
        if fiscal:
            message = f"“{claim.text}” cannot be read as a date: it names a fiscal year"
            return [ValueProblem("FC302", message, fiscal_year_hint(fiscal), key="text")]
        return [
            ValueProblem(
                "FC302",
                f"“{claim.text}” cannot be read as "
                + ("a distance from another date" if counted else f"a {claim.type}"),
                "Make `text` the words that state the distance: “a day earlier”, “two days "
                "after the talks”."
                if counted
                else "Make `text` the words that state the value, with their qualifier.",
                key="text",
            )
        ]
    return _compare(claim, claimed, read, anchor)


_NOTATION_HINT = {
    "date": "Write YYYY-MM-DD, YYYY-MM, YYYY or START/END (each end one of those).",
    "duration": "Write an ISO 8601 duration such as P30D or P3Y6M.",
    "time": "Write HH:MM on a 24-hour clock, e.g. 14:44 or 14:44+03:00.",
    "frequency": "Write R/ and the period, e.g. R/P1D for daily or R/P1W/Thursday.",
}


def _read(
    claim: m.ClaimBase, words: str, anchor: dt.date, where: tuple[str, int] | None = None
) -> object | None:
    match claim:
        case m.DateClaim(value=m.RelativeDay() as relative):
            days = v.parse_event_offset(words)
            return None if days is None else v.DateOffset(relative.relative_to, days)
        case m.DateClaim() if where is not None:
            from factcheck.values.direction import read_date_at

            text, start = where
            return read_date_at(words, anchor, text, start, start + len(words))
        case m.DateClaim():
            return v.parse_date(words, anchor)
        case m.NumberClaim():
            bare = without_unit(words, claim.unit) if claim.unit else None
            read = v.parse_number(words if bare is None else bare)
            if bare is not None and isinstance(read, v.NumberValue) and read.unit is None:
                return replace(read, unit=claim.unit)  # "120 km": 120, in the claim's unit
            return read if isinstance(read, v.NumberValue) else None
        case m.PairClaim():
            read = v.parse_number(words)
            return read if isinstance(read, v.PairValue) else None
        case m.DurationClaim():
            return v.parse_duration(words)
        case m.OrdinalClaim():
            return v.parse_ordinal(words)
        case m.TimeClaim():
            return v.parse_time(words, anchor)
        case m.FrequencyClaim():
            return v.parse_frequency(words)
    return None


def _compare(
    claim: m.ClaimBase, claimed: object, read: object, anchor: dt.date
) -> list[ValueProblem]:
    if claimed == read:  # most claims: no difference to describe (values are dataclasses)
        return []
    said = f"the article's “{claim.text}” is {describe(read)}"
    if isinstance(claimed, v.DateValue) and isinstance(read, v.DateValue):
        said += f" (dateline {anchor.isoformat()})"
        if read.contains(claimed):
            return [
                ValueProblem(
                    "FC304",
                    f"{said}; the claim's {claimed.edtf()} is more precise than the article",
                    f"Write `value: {read.edtf()}`, or silence FC304 on the claim with a reason.",
                    severity="warning",
                )
            ]
        return [
            ValueProblem(
                "FC301",
                f"{said}, not {claimed.edtf()}",
                f"Write `value: {read.edtf()}` if the article is right.",
            )
        ]
    if isinstance(claimed, v.DateOffset) and isinstance(read, v.DateOffset):
        return [
            ValueProblem(
                "FC301",
                f"the article's “{claim.text}” is {read.iso()} from the event, not {claimed.iso()}",
                f"Write `offset: {read.iso()}` if the article is right.",
            )
        ]
    if isinstance(claimed, v.TimeValue) and isinstance(read, v.TimeValue):
        return _compare_times(claim, claimed, read)
    if isinstance(read, v.FrequencyValue):
        return [
            ValueProblem(
                "FC301",
                f"{said}, not {describe(claimed)}",
                f"Write `value: {read.iso()}` if the article is right.",
            )
        ]
    claimed_q = getattr(claimed, "qualifier", None)
    read_q = getattr(read, "qualifier", None)
    problems: list[ValueProblem] = []
    if _without_qualifier(claimed) != _without_qualifier(read):
        problems.append(
            ValueProblem("FC301", f"{said}, not {describe(claimed)}", _unit_fix(claimed, read))
        )
    if claimed_q != read_q:
        fix = f"qualifier: {read_q}" if read_q else "no qualifier"
        problems.append(
            ValueProblem(
                "FC303",
                f"the article says “{claim.text}” ({read_q or 'no qualifier'}); the claim has "
                f"{claimed_q or 'no qualifier'}",
                f"Write `{fix}`."
                if read_q
                else "Remove `qualifier`, or widen `text` to the article's words with their "
                "qualifier (“up to 1,200”, not “1,200”).",
                key="qualifier" if claimed_q else "value",
            )
        )
    return problems


def _compare_times(
    claim: m.ClaimBase, claimed: v.TimeValue, read: v.TimeValue
) -> list[ValueProblem]:
    """The clock times must be the article's; the claim may add the offset and date the
    article leaves out ("2:44 p.m." is 14:44+03:00 from a source), not change them."""
    same_clock = (claimed.start, claimed.end) == (read.start, read.end)
    zone_agrees = read.offset is None or claimed.offset == read.offset
    if same_clock and zone_agrees:
        return []
    said = f"the article's “{claim.text}” is {describe(read)}"
    if same_clock:
        return [
            ValueProblem(
                "FC301",
                f"{said}: its offset is not the claim's {describe(claimed)}",
                f"Write `value: {describe(read)}` if the article is right.",
            )
        ]
    return [
        ValueProblem(
            "FC301",
            f"{said}, not {describe(claimed)}",
            f"Write `value: {describe(read)}` if the article is right.",
        )
    ]


def _unit_fix(claimed: object, read: object) -> str:
    """The fix when only the unit differs: the claim lacks the measure the article's words
    give ("35 km"), or names another."""
    if not isinstance(claimed, v.NumberValue) or not isinstance(read, v.NumberValue):
        return ""
    if read.unit is None or _without_qualifier(replace(claimed, unit=read.unit)) != (
        _without_qualifier(read)
    ):
        return ""
    return f"Write `unit: {read.unit}` if the article is right."


def _without_qualifier(value: object) -> object:
    if hasattr(value, "qualifier"):
        return replace(value, qualifier=None)  # type: ignore[type-var]
    return value


def _check_name(claim: m.NameClaim, words: str, names: list[str]) -> list[ValueProblem]:
    normalized = normalize_phrase(words)
    for name in [claim.value, *names]:
        if find_all(normalized, normalize_phrase(name)):
            return []
    return [
        ValueProblem(
            "FC307",
            f"“{claim.value}” is not named in “{claim.text}”",
            "Ground the claim in the words that name it, or add the name to the subject's "
            "`aliases`.",
        )
    ]


def _check_quote(claim: m.QuoteClaim, words: str, in_quotes: bool) -> list[ValueProblem]:
    problems = []
    if normalize_phrase(claim.value) != normalize_phrase(words):
        problems.append(
            ValueProblem(
                "FC305",
                f"the quoted words are “{words}”, not “{claim.value}”",
                "A quote is verbatim: copy the article's words into `value`.",
            )
        )
    if not in_quotes:
        problems.append(
            ValueProblem(
                "FC306",
                f"the article does not put “{claim.text}” in quotation marks",
                "If the quote became paraphrase, make it a `text` claim.",
                key="text",
            )
        )
    return problems

"""Three-valued answers and the intervals they are computed on.

A date at month precision, "late May", "up to 1,200", "nearly three-and-a-half years": each
is a set of possible values, not a point. A comparison is true when it holds for every
possible value, false when it holds for none, and cannot-tell otherwise — which is reported
as information, never as an error, because the article's precision does not decide it.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass
from decimal import Decimal

from factcheck.values import DateValue, DurationValue, NumberValue, TimeValue


class Truth(enum.Enum):
    TRUE = "true"
    FALSE = "false"
    UNKNOWN = "cannot-tell"

    @staticmethod
    def of(always: bool, never: bool) -> Truth:
        """TRUE if it holds for every possible value, FALSE if for none, else UNKNOWN."""
        if always:
            return Truth.TRUE
        if never:
            return Truth.FALSE
        return Truth.UNKNOWN

    def __and__(self, other: Truth) -> Truth:
        if Truth.FALSE in (self, other):
            return Truth.FALSE
        if Truth.UNKNOWN in (self, other):
            return Truth.UNKNOWN
        return Truth.TRUE


@dataclass(frozen=True, slots=True)
class Tolerances:
    """How far "nearly" and "about" reach, as fractions of the stated value (configurable)."""

    nearly: float = 0.15
    about: float = 0.10


@dataclass(frozen=True, slots=True)
class Span:
    """A closed or open interval of real numbers: the possible values of a quantity."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def __add__(self, other: Span) -> Span:
        return Span(
            self.low + other.low,
            self.high + other.high,
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def inside(self, other: Span) -> bool:
        """Every value of self is a value of other."""
        low_ok = self.low > other.low or (
            self.low == other.low and (self.low_open or not other.low_open)
        )
        high_ok = self.high < other.high or (
            self.high == other.high and (self.high_open or not other.high_open)
        )
        return low_ok and high_ok

    def disjoint(self, other: Span) -> bool:
        """No value is in both."""
        if self.high < other.low or other.high < self.low:
            return True
        if self.high == other.low:
            return self.high_open or other.low_open
        if other.high == self.low:
            return other.high_open or self.low_open
        return False

    def describe(self) -> str:
        if self.low == self.high:
            return _number(self.low)
        low = "(" if self.low_open else "["
        high = ")" if self.high_open else "]"
        return f"{low}{_number(self.low)}, {_number(self.high)}{high}"


def _number(value: float) -> str:
    if math.isinf(value):
        return "∞"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def qualified(amount: float, maximum: float, qualifier: str | None, tol: Tolerances) -> Span:
    """The possible values of a stated amount under its qualifier.

    over X: more than X; under X: less than X (and not negative); up to X: at most X;
    at least X: X or more; nearly X: a little under X (down to X less the `nearly`
    tolerance); about X: within the `about` tolerance either side.
    """
    match qualifier:
        case "over":
            return Span(amount, math.inf, low_open=True)
        case "under":
            return Span(0.0, amount, high_open=True)
        case "up to":
            return Span(0.0, maximum)
        case "at least":
            return Span(amount, math.inf)
        case "nearly":
            return Span(amount * (1 - tol.nearly), maximum, high_open=True)
        case "about":
            return Span(amount * (1 - tol.about), maximum * (1 + tol.about))
    return Span(amount, maximum)


def number_span(value: NumberValue, tol: Tolerances) -> Span:
    maximum = value.maximum if value.maximum is not None else value.amount
    return qualified(float(value.amount), float(maximum), value.qualifier, tol)


def point(value: Decimal | float) -> Span:
    return Span(float(value), float(value))


def compare(left: Span, relation: str, right: Span) -> Truth:
    """`left RELATION right` over every possible pair of values."""
    match relation:
        case "less":
            return Truth.of(_below(left, right), not _possibly_below(left, right))
        case "greater":
            return Truth.of(_below(right, left), not _possibly_below(right, left))
        case "at-most":
            return Truth.of(not _possibly_below(right, left), _below(right, left))
        case "at-least":
            return Truth.of(not _possibly_below(left, right), _below(left, right))
        case "equal":
            same_point = left.low == left.high == right.low == right.high
            return Truth.of(same_point, left.disjoint(right))
        case "not-equal":
            same_point = left.low == left.high == right.low == right.high
            return Truth.of(left.disjoint(right), same_point)
    raise ValueError(relation)


def _below(a: Span, b: Span) -> bool:
    """Every value of a is less than every value of b."""
    return a.high < b.low or (a.high == b.low and (a.high_open or b.low_open))


def _possibly_below(a: Span, b: Span) -> bool:
    """Some value of a is less than some value of b."""
    return a.low < b.high


# Dates -------------------------------------------------------------------------------------


def date_before(a: DateValue, b: DateValue, strict: bool = True) -> Truth:
    """a before b (strict) or on-or-before b, given each date's precision."""
    if strict:
        return Truth.of(a.end < b.start, a.start >= b.end)
    return Truth.of(a.end <= b.start, a.start > b.end)


def date_equal(a: DateValue, b: DateValue) -> Truth:
    same_day = a.start == a.end == b.start == b.end
    return Truth.of(same_day, a.end < b.start or b.end < a.start)


def elapsed_days(start: DateValue, end: DateValue, inclusive: bool) -> Span:
    """The possible numbers of days from `start` to `end`."""
    extra = 1 if inclusive else 0
    return Span(
        float((end.start - start.end).days + extra), float((end.end - start.start).days + extra)
    )


def duration_span(value: DurationValue, tol: Tolerances) -> Span:
    """The possible lengths, in days, of a stated duration.

    An unqualified duration is rounded to its smallest unit ("three years" is 2.5 to 3.5
    years; "30-day" is 29.5 to 30.5 days); a qualifier then applies as for numbers.
    """
    low = value.minimum.approx_days()
    high = value.maximum.approx_days()
    if value.qualifier is None:
        half = _smallest_unit_days(value) / 2
        return Span(low - half, high + half)
    return qualified(low, high, value.qualifier, tol)


def _smallest_unit_days(value: DurationValue) -> float:
    duration = value.minimum
    for field, days in (
        ("minutes", 1 / 1440),
        ("hours", 1 / 24),
        ("days", 1.0),
        ("weeks", 7.0),
        ("months", 30.436875),
        ("years", 365.2425),
    ):
        if getattr(duration, field):
            return days
    return 1.0


def duration_minutes(value: DurationValue, tol: Tolerances) -> Span:
    """`duration_span` in minutes, the unit clock times are compared in."""
    days = duration_span(value, tol)
    return Span(days.low * 1440, days.high * 1440, days.low_open, days.high_open)


# Times of day ------------------------------------------------------------------------------


def time_span(value: TimeValue, zoned: bool, dated: bool) -> Span:
    """The minutes a time (or interval) covers, on a scale shared by the times it is
    compared with: UTC when all of them give an offset (`zoned`), else the article's local
    clock; counted from year 1 when all of them give a date (`dated`), else from midnight."""
    base = value.day.toordinal() * 1440 if dated and value.day is not None else 0
    shift = value.offset if zoned and value.offset is not None else 0
    return Span(float(base + value.start - shift), float(base + value.end - shift))


def time_spans(a: TimeValue, b: TimeValue) -> tuple[Span, Span]:
    """Two times on one scale (see `time_span`)."""
    zoned = a.offset is not None and b.offset is not None
    dated = a.day is not None and b.day is not None
    return time_span(a, zoned, dated), time_span(b, zoned, dated)


def time_before(a: TimeValue, b: TimeValue, strict: bool = True) -> Truth:
    """a before b. A clock time is exact and an interval is the stretch an event fills (not
    an uncertain point, as "late May" is), so a is before b only when it ends before b
    starts (or as b starts, when not strict): a statement during the meeting is not before
    it."""
    first, second = time_spans(a, b)
    before = first.high < second.low if strict else first.high <= second.low
    return Truth.of(before, not before)


def clock(minutes: float) -> str:
    """Minutes on a time scale as a clock time, "14:44" (the day left out)."""
    whole = int(minutes) % 1440
    return f"{whole // 60:02d}:{whole % 60:02d}"


def minutes_text(minutes: float) -> str:
    """A length in minutes as a reader says it: "1 h 14 min", "45 min", "no limit"."""
    if math.isinf(minutes):
        return "no limit"
    hours, rest = divmod(minutes, 60)
    text = f"{rest:.0f} min" if rest == int(rest) else f"{rest:.1f} min"
    if not hours:
        return text
    return f"{hours:,.0f} h {text}" if rest else f"{hours:,.0f} h"


def day(value: dt.date) -> DateValue:
    """A single day as a DateValue (the dateline)."""
    return DateValue(value, value, "day")

"""The normalized values a fact's words can mean, and their notations in claim files.

A claim file states a value in a standard notation (EDTF dates, ISO 8601 durations, plain
numbers) while the article says it in news prose. Both sides are turned into these frozen
values so that checking a claim is a comparison of equal objects, not of strings.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field, fields
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from typing import Literal

from factcheck.lazy_pattern import LazyPattern
from factcheck.values.qualifiers import QUALIFIERS, Qualifier, normalize_qualifier

__all__ = [
    "QUALIFIERS",
    "DateValue",
    "Duration",
    "DurationValue",
    "NumberValue",
    "OrdinalValue",
    "PairValue",
    "Precision",
    "Qualifier",
    "normalize_qualifier",
]

Precision = Literal["day", "month", "year", "interval"]
_PRECISIONS: tuple[Precision, ...] = ("day", "month", "year", "interval")

_EDTF_HINT = "expected YYYY, YYYY-MM, YYYY-MM-DD or START/END (two of those)"
_EDTF_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_EDTF_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_EDTF_YEAR = LazyPattern(r"[0-9]{4}")


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _check_qualifier(value: object) -> None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError(f"unknown qualifier {value!r}; use one of {', '.join(QUALIFIERS)}")


@dataclass(frozen=True)
class DateValue:
    """A day, a month, a year, or an interval of days ("late May" = May 21-31).

    ``start`` and ``end`` are inclusive. Equality compares precision too, so "2025-06" is not
    equal to "2025-06-01/2025-06-30"; use ``contains`` both ways to compare coverage.
    """

    start: datetime.date
    end: datetime.date
    precision: Precision

    def __post_init__(self) -> None:
        if self.precision not in _PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}; use one of {_PRECISIONS}")
        if self.start > self.end:
            raise ValueError(f"{self.start}/{self.end} ends before it starts")
        start, end = self.start, self.end
        if self.precision == "day" and start != end:
            raise ValueError("a day-precision date must start and end on the same day")
        if self.precision == "month" and (
            start.day != 1 or end != _month_end(start.year, start.month)
        ):
            raise ValueError("a month-precision date must cover exactly one calendar month")
        if self.precision == "year" and (
            (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year
        ):
            raise ValueError("a year-precision date must cover exactly one calendar year")

    @classmethod
    def for_day(cls, day: datetime.date) -> DateValue:
        """The single day ``day``."""
        return cls(day, day, "day")

    @classmethod
    def for_month(cls, year: int, month: int) -> DateValue:
        """The whole calendar month."""
        return cls(datetime.date(year, month, 1), _month_end(year, month), "month")

    @classmethod
    def for_year(cls, year: int) -> DateValue:
        """The whole calendar year."""
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")

    def edtf(self) -> str:
        """EDTF (ISO 8601-2) notation: "2025-06-02", "2022-03", "2024" or "START/END"."""
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    # Remembered across files: an archive's articles share dates (on the scale corpus a file
    # reads 15 distinct ones, 1 of them new to a 4,096-entry cache). 1,024 entries are full
    # within 300 files, so memory stops growing there; 4,096 were still filling at 3,000
    # files. The price: 3.4 misses a file instead of 1.
    @lru_cache(maxsize=1024)
    def from_edtf(cls, text: str) -> DateValue:
        """Read EDTF level 0 notation (what ``edtf`` writes, and intervals whose ends are
        months or years); raises ValueError saying what to write instead."""
        if not isinstance(text, str):
            raise ValueError(f"a date must be written as text, {_EDTF_HINT}; got {text!r}")
        stripped = text.strip()
        if "/" in stripped:
            return cls._edtf_interval(text, stripped)
        value = cls._edtf_period(stripped)
        if value is None:
            raise ValueError(f"cannot read {text!r} as a date: {_EDTF_HINT}")
        return value

    @classmethod
    def _edtf_interval(cls, text: str, stripped: str) -> DateValue:
        """START/END, each end a day, a month or a year, alike or not (EDTF level 0 allows
        `2004-02-01/2005-02`): from the first day of START to the last day of END, so
        `2006-10/2007-09` is 2006-10-01/2007-09-30, as "from October 2006 to September
        2007" reads."""
        start_text, _, end_text = stripped.partition("/")
        start, end = cls._edtf_period(start_text), cls._edtf_period(end_text)
        if start is None or end is None:
            raise ValueError(
                f"cannot read {text!r} as an interval: each end must be YYYY-MM-DD, YYYY-MM "
                "or YYYY, e.g. 2025-05-21/2025-05-31 or 2006-10/2007-09"
            )
        if start.start > end.end:
            raise ValueError(f"{stripped} ends before it starts; write the earlier date first")
        return cls(start.start, end.end, "interval")

    @classmethod
    def _edtf_period(cls, text: str) -> DateValue | None:
        """A day, month or year in EDTF notation; None if `text` is none of those shapes,
        ValueError if it is one but not in the calendar."""
        if _EDTF_DAY.fullmatch(text):
            return cls.for_day(_edtf_day(text))
        month_match = _EDTF_MONTH.fullmatch(text)
        if month_match:
            year, month = int(month_match.group(1)), int(month_match.group(2))
            if year < 1:
                raise ValueError(f"{text} is not a real month: years start at 0001")
            if not 1 <= month <= 12:
                raise ValueError(f"{text} is not a real month: months run from 01 to 12")
            return cls.for_month(year, month)
        if _EDTF_YEAR.fullmatch(text):
            if int(text) < 1:
                raise ValueError(f"{text} is not a real year: years start at 0001")
            return cls.for_year(int(text))
        return None

    def contains(self, other: DateValue) -> bool:
        """Whether every day of ``other`` falls within this value ("late May" holds May 27)."""
        return self.start <= other.start and other.end <= self.end


def _edtf_day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text} is not a real date") from None


def _to_decimal(value: object, name: str) -> Decimal:
    """Accept ints and numeric strings too, so callers need not wrap every literal in Decimal."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if isinstance(value, float):
        value = repr(value)
    try:
        result = Decimal(value)  # type: ignore[arg-type]
    except (ArithmeticError, TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return result


def _tidy(value: Decimal) -> Decimal:
    """Drop trailing zeros ("6.0" -> 6) so equal amounts also print alike."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1)) if value.adjusted() < 28 else value
    return value.normalize()


@dataclass(frozen=True)
class NumberValue:
    """A count, amount or percentage; ``maximum`` set makes it a range ("between 1,000 and 1,200").

    ``unit`` is "%" for percentages, an ISO 4217 code ("USD", "EUR", "GBP", "UAH") for money,
    else None.
    """

    amount: Decimal
    qualifier: Qualifier | None = None
    unit: str | None = None
    maximum: Decimal | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "amount", _tidy(_to_decimal(self.amount, "amount")))
        if self.maximum is not None:
            maximum = _tidy(_to_decimal(self.maximum, "maximum"))
            if maximum < self.amount:
                raise ValueError(f"range {self.amount}-{maximum} ends below where it starts")
            object.__setattr__(self, "maximum", maximum)
        _check_qualifier(self.qualifier)


@dataclass(frozen=True)
class PairValue:
    """Two counts that are one fact: an exchange of ``left`` for ``right`` ("1,000-for-1,000",
    ``relation`` "for"), or a part of a whole ("backed it 32 of 33", ``relation`` "of"), which
    two separate numbers would not say."""

    left: Decimal
    right: Decimal
    qualifier: Qualifier | None = None
    relation: Literal["for", "of"] = "for"

    def __post_init__(self) -> None:
        object.__setattr__(self, "left", _tidy(_to_decimal(self.left, "left")))
        object.__setattr__(self, "right", _tidy(_to_decimal(self.right, "right")))
        _check_qualifier(self.qualifier)
        if self.relation not in ("for", "of"):
            raise ValueError(f"unknown relation {self.relation!r}; use for or of")


_ISO_NUMBER = r"[0-9]+(?:[.,][0-9]+)?"
_ISO_DURATION = re.compile(
    rf"P(?:(?P<years>{_ISO_NUMBER})Y)?(?:(?P<months>{_ISO_NUMBER})M)?"
    rf"(?:(?P<weeks>{_ISO_NUMBER})W)?(?:(?P<days>{_ISO_NUMBER})D)?"
    rf"(?:T(?:(?P<hours>{_ISO_NUMBER})H)?(?:(?P<minutes>{_ISO_NUMBER})M)?"
    rf"(?:(?P<seconds>{_ISO_NUMBER})S)?)?"
)
_ISO_HINT = "expected an ISO 8601 duration such as P30D, P3Y6M, P1W or PT48H"
#: The longest duration read from notation: longer ones put the dates a check computes
#: outside the calendar (years 1 to 9999), and no news story measures one.
MAX_DURATION_YEARS = 10_000
#: The longest ISO 8601 duration text read (P9999Y11M4W6DT23H59M is 21 characters).
_ISO_MAX_CHARACTERS = 64
_DAYS_PER = {
    "years": Decimal("365.2425"),
    "months": Decimal("30.436875"),
    "weeks": Decimal(7),
    "days": Decimal(1),
    "hours": Decimal(1) / Decimal(24),
    "minutes": Decimal(1) / Decimal(1440),
}
# Where the fraction of a component goes: 3.5 years is 3 years 6 months, 1.5 days 1 day 12 hours.
# Order matters: a week's fraction becomes days before a day's fraction becomes hours.
_FRACTION_CARRY = {
    "years": ("months", 12),
    "weeks": ("days", 7),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
}


def _split_fraction(value: Decimal) -> tuple[Decimal, Decimal]:
    whole = value.to_integral_value(rounding=ROUND_FLOOR)
    return whole, value - whole


@dataclass(frozen=True)
class Duration:
    """A length of time by calendar components, kept as written: P18M stays 18 months.

    Fractions are carried down once (3.5 years -> P3Y6M, 1.5 days -> P1DT12H) and weeks stay
    weeks (P1W), so equality compares components; use ``approx_days`` to compare lengths.
    """

    years: Decimal = field(default=Decimal(0))
    months: Decimal = field(default=Decimal(0))
    weeks: Decimal = field(default=Decimal(0))
    days: Decimal = field(default=Decimal(0))
    hours: Decimal = field(default=Decimal(0))
    minutes: Decimal = field(default=Decimal(0))

    def __post_init__(self) -> None:
        values = {f.name: _to_decimal(getattr(self, f.name), f.name) for f in fields(self)}
        for name, value in values.items():
            if value < 0:
                raise ValueError(f"a duration cannot be negative ({name}={value})")
        for name, (target, factor) in _FRACTION_CARRY.items():
            whole, fraction = _split_fraction(values[name])
            if fraction:
                values[name] = whole
                values[target] += fraction * factor
        for name, value in values.items():
            object.__setattr__(self, name, _tidy(value))

    def iso(self) -> str:
        """ISO 8601 notation, e.g. "P30D", "P3Y6M", "PT48H", "P1W"; zero is "P0D"."""
        date_part = "".join(
            f"{_plain(getattr(self, name))}{letter}"
            for name, letter in (("years", "Y"), ("months", "M"), ("weeks", "W"), ("days", "D"))
            if getattr(self, name)
        )
        time_part = "".join(
            f"{_plain(getattr(self, name))}{letter}"
            for name, letter in (("hours", "H"), ("minutes", "M"))
            if getattr(self, name)
        )
        if not date_part and not time_part:
            return "P0D"
        return "P" + date_part + ("T" + time_part if time_part else "")

    @classmethod
    @lru_cache(maxsize=4096)
    def from_iso(cls, text: str) -> Duration:
        """Read ISO 8601 notation; raises ValueError saying what to write instead."""
        if not isinstance(text, str):
            raise ValueError(f"{_ISO_HINT}; got {text!r}")
        stripped = text.strip().upper()
        if len(stripped) > _ISO_MAX_CHARACTERS:
            # Also keeps long texts (P000…0001D is valid) out of this function's cache.
            raise ValueError(
                f"{stripped[:30]}… is {len(stripped):,} characters long: a duration is written "
                f"in at most {_ISO_MAX_CHARACTERS} (P3Y6M, PT48H)"
            )
        match = _ISO_DURATION.fullmatch(stripped)
        if not match:
            raise ValueError(f"cannot read {text!r} as a duration: {_ISO_HINT}")
        parts = match.groupdict()
        if parts.pop("seconds") is not None:
            raise ValueError(f"{text!r}: seconds are not supported; use minutes (PT1M) or more")
        if all(value is None for value in parts.values()):
            raise ValueError(f"{text!r} has no amounts: {_ISO_HINT}")
        if stripped.endswith("T"):
            raise ValueError(f"{text!r} has a T but no hours or minutes after it, e.g. PT48H")
        duration = cls(
            **{name: Decimal(value.replace(",", ".")) for name, value in parts.items() if value}
        )
        years = duration.approx_days() / float(_DAYS_PER["years"])
        if years > MAX_DURATION_YEARS:
            shown = stripped if len(stripped) <= 40 else f"{stripped[:30]}…{stripped[-5:]}"
            length = f"{years:,.0f} years" if years < 1e15 else "far more"
            raise ValueError(
                f"{shown} is out of range: a duration is at most {MAX_DURATION_YEARS:,} years "
                f"long (this one is {length})"
            )
        return duration

    def approx_days(self) -> float:
        """Length in days (a year is 365.2425 days, a month 30.436875), for comparisons only."""
        return float(sum(getattr(self, name) * per_day for name, per_day in _DAYS_PER.items()))


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class DurationValue:
    """A duration as an article states it: one length, or a range ("2–3-day"), maybe hedged."""

    minimum: Duration
    maximum: Duration
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        if self.minimum.approx_days() > self.maximum.approx_days():
            raise ValueError(
                f"duration range {self.minimum.iso()}-{self.maximum.iso()} ends before it starts"
            )
        _check_qualifier(self.qualifier)

    @property
    def is_range(self) -> bool:
        """Whether this is a span of lengths ("2–3-day") rather than one length."""
        return self.minimum != self.maximum


@dataclass(frozen=True)
class OrdinalValue:
    """A position in a sequence ("third round" -> 3); positions start at 1."""

    n: int

    def __post_init__(self) -> None:
        if isinstance(self.n, bool) or not isinstance(self.n, int) or self.n < 1:
            raise ValueError(f"an ordinal is a whole number from 1 up, got {self.n!r}")

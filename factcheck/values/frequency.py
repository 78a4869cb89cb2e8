"""Frequencies: "daily", "every two weeks", "annually", "each Thursday", "every July".

A frequency says how often something happens ("flights run daily", "the sanctions are
renewed every six months", "the council meets each Thursday"); TimeML calls these SET
expressions. A claims file writes one as an ISO 8601 repeating interval with no start and no
count, `R/` and the period between occurrences: `R/P1D` (daily), `R/P2W` (every two weeks),
`R/P1Y` (annually), `R/PT1H` (hourly). A weekly recurrence may name its weekday and a yearly
one its month after one more `/`: `R/P1W/Thursday` (each Thursday), `R/P1Y/July` (each July).
ISO 8601 has no notation for "on Thursdays" short of a start date, which the article does not
give; the name is factcheck's own, in English as the article's words are.

`parse_frequency` reads the article's words the way the mention finder finds them
(`factcheck.mentions.frequencies`), so a drafted claim verifies: "every"/"each" with a unit
("every day", "each year", "every other week", "every six months", "every quarter"), a
weekday or a month; a weekday in the plural ("on Tuesdays", "Tuesday nights"); the adverbs
"daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "annually", "yearly",
"hourly"; and "on a daily (weekly, …) basis". A rate ("$5 a year", "700 drones a day") is not
a frequency: it says how much per period, not how often.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factcheck.lazy_pattern import LazyPattern
from factcheck.values.types import Duration

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
HINT = (
    "expected R/ and the period between occurrences, an ISO 8601 duration: R/P1D (daily), "
    "R/P2W (every two weeks), R/P1Y (annually), R/PT1H (hourly); a weekly one may name its "
    "weekday, a yearly one its month: R/P1W/Thursday, R/P1Y/July"
)


@dataclass(frozen=True)
class FrequencyValue:
    """Something that recurs every `period`, on a named weekday or month (`on`) if given.

    The period is a `Duration`, so its bounds are a duration's (at least a minute, at most
    10,000 years: `factcheck.model.bounds`), and it must be longer than zero."""

    period: Duration
    on: str | None = None

    def __post_init__(self) -> None:
        if self.period.approx_days() <= 0:
            raise ValueError("a frequency's period must be longer than zero")
        if self.on is None:
            return
        if self.on in WEEKDAYS:
            if not _only(self.period, "weeks"):
                raise ValueError(
                    f"{self.on} recurs in whole weeks: write R/P1W/{self.on} (or R/P2W/{self.on})"
                )
        elif self.on in MONTHS:
            if not _only(self.period, "years"):
                raise ValueError(f"{self.on} recurs in whole years: write R/P1Y/{self.on}")
        else:
            raise ValueError(
                f"{self.on!r} is neither a weekday nor a month (write it in English, "
                "capitalized: Thursday, July)"
            )

    def iso(self) -> str:
        """The claims file's notation: "R/P1D", "R/P2W", "R/P1W/Thursday"."""
        written = f"R/{self.period.iso()}"
        return f"{written}/{self.on}" if self.on else written

    @classmethod
    def from_iso(cls, text: str) -> FrequencyValue:
        """Read the notation `iso` writes; raises ValueError saying what to write instead."""
        if not isinstance(text, str):
            raise ValueError(f"a frequency must be written as text, {HINT}; got {text!r}")
        parts = text.strip().split("/")
        if parts[0] != "R" or len(parts) not in (2, 3):
            raise ValueError(f"cannot read {text!r} as a frequency: {HINT}")
        period = Duration.from_iso(parts[1])
        return cls(period, parts[2] if len(parts) == 3 else None)


def _only(period: Duration, unit: str) -> bool:
    """Whether `period` is a whole number of `unit` and nothing else."""
    amounts = {name: getattr(period, name) for name in Duration.__dataclass_fields__}
    whole = amounts.pop(unit)
    return whole > 0 and whole == whole.to_integral_value() and not any(amounts.values())


_ADVERBS = {
    "hourly": Duration(hours=Decimal(1)),
    "daily": Duration(days=Decimal(1)),
    "nightly": Duration(days=Decimal(1)),
    "weekly": Duration(weeks=Decimal(1)),
    "fortnightly": Duration(weeks=Decimal(2)),
    "monthly": Duration(months=Decimal(1)),
    "quarterly": Duration(months=Decimal(3)),
    "annually": Duration(years=Decimal(1)),
    "yearly": Duration(years=Decimal(1)),
    "annual": Duration(years=Decimal(1)),  # only in "on an annual basis"
}
_UNITS = {
    "minute": Duration(minutes=Decimal(1)),
    "hour": Duration(hours=Decimal(1)),
    "day": Duration(days=Decimal(1)),
    "night": Duration(days=Decimal(1)),
    "week": Duration(weeks=Decimal(1)),
    "fortnight": Duration(weeks=Decimal(2)),
    "month": Duration(months=Decimal(1)),
    "quarter": Duration(months=Decimal(3)),
    "year": Duration(years=Decimal(1)),
    "decade": Duration(years=Decimal(10)),
    "century": Duration(years=Decimal(100)),
}
_EVERY = LazyPattern(r"(?:[Ee]very|[Ee]ach) (?P<rest>.+)")
# A weekday in the plural, or with a part of the day in the plural: "Tuesdays", "Tuesday nights".
_WEEKDAYS_PLURAL = LazyPattern(
    rf"(?P<day>{'|'.join(WEEKDAYS)})(?:s| (?:mornings|afternoons|evenings|nights))"
)
_BASIS = LazyPattern(r"(?:on an? )?(?P<word>[a-z]+) basis")
_UNIT_END = LazyPattern(
    r" (?:minute|hour|day|night|week|fortnight|month|year|decade)s?$| centur(?:y|ies)$"
)
_COUNTED_QUARTERS = LazyPattern(r"(?P<count>.+) quarters")


def _scaled(period: Duration, times: int) -> Duration:
    names = Duration.__dataclass_fields__
    return Duration(**{name: getattr(period, name) * times for name in names})


def _every(rest: str) -> FrequencyValue | None:
    """What follows "every"/"each": "day", "other week", "six months", "Thursday", "July"."""
    if rest in WEEKDAYS:
        return FrequencyValue(_UNITS["week"], rest)
    if rest in MONTHS:
        return FrequencyValue(_UNITS["year"], rest)
    words = rest.split(" ")
    if words[0] == "other" and len(words) == 2:
        if words[1] in WEEKDAYS:
            return FrequencyValue(_scaled(_UNITS["week"], 2), words[1])
        unit = _UNITS.get(words[1])
        return FrequencyValue(_scaled(unit, 2)) if unit else None
    if rest in _UNITS:
        return FrequencyValue(_UNITS[rest])
    quarters = _COUNTED_QUARTERS.fullmatch(rest)
    if quarters:
        rest = f"{quarters.group('count')} months"
        times = 3
    else:
        times = 1
    from factcheck.values.durations import parse_duration

    if "-" in rest or not _UNIT_END.search(rest):
        return None  # "every 30-day period" is every period, whose length is 30 days
    length = parse_duration(rest)
    if length is None or length.is_range or length.qualifier or not rest[:1].isalnum():
        return None
    return FrequencyValue(_scaled(length.minimum, times))


def parse_frequency(words: str) -> FrequencyValue | None:
    """The frequency ``words`` state ("every two weeks" -> R/P2W), or None."""
    phrase = " ".join(words.split())
    plural = _WEEKDAYS_PLURAL.fullmatch(phrase)
    if plural:
        return FrequencyValue(_UNITS["week"], plural.group("day"))
    every = _EVERY.fullmatch(phrase)
    if every:
        try:
            return _every(every.group("rest"))
        except ValueError:
            return None
    basis = _BASIS.fullmatch(phrase)
    word = basis.group("word") if basis else phrase.lower() if phrase[:1].isalpha() else ""
    if word == "annual" and not basis:
        return None  # "annual" alone is an adjective ("the annual parade"), not a frequency
    period = _ADVERBS.get(word)
    return FrequencyValue(period) if period is not None else None

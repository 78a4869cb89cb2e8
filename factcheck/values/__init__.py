"""Normalized values of the facts an article states, and parsers for the article's words.

A claim file gives a value in a standard notation; the parsers here read what the article's
words really say ("late May", "up to 1,200", "2–3-day", "third") so the two can be compared.
"""

from factcheck.values.dates import parse_date, weekday_named
from factcheck.values.dispatch import KINDS, parse_value
from factcheck.values.durations import parse_duration
from factcheck.values.event_offsets import DateOffset, parse_event_offset
from factcheck.values.frequency import FrequencyValue, parse_frequency
from factcheck.values.numbers import parse_number
from factcheck.values.ordinals import parse_ordinal
from factcheck.values.times import TimeValue, parse_time
from factcheck.values.types import (
    QUALIFIERS,
    DateValue,
    Duration,
    DurationValue,
    NumberValue,
    OrdinalValue,
    PairValue,
    Precision,
    Qualifier,
    normalize_qualifier,
)

__all__ = [
    "KINDS",
    "QUALIFIERS",
    "DateOffset",
    "DateValue",
    "Duration",
    "DurationValue",
    "FrequencyValue",
    "NumberValue",
    "OrdinalValue",
    "PairValue",
    "Precision",
    "Qualifier",
    "TimeValue",
    "normalize_qualifier",
    "parse_date",
    "parse_duration",
    "parse_event_offset",
    "parse_frequency",
    "parse_number",
    "parse_ordinal",
    "parse_time",
    "parse_value",
    "weekday_named",
]

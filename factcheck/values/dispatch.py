"""Pick the parser for a claim's kind, so callers need not know one module per kind."""

from __future__ import annotations

import datetime

from factcheck.values.dates import parse_date
from factcheck.values.durations import parse_duration
from factcheck.values.frequency import parse_frequency
from factcheck.values.numbers import parse_number
from factcheck.values.ordinals import parse_ordinal
from factcheck.values.times import parse_time
from factcheck.values.types import NumberValue, PairValue

KINDS: tuple[str, ...] = ("date", "number", "pair", "duration", "ordinal", "time", "frequency")


def parse_value(kind: str, phrase: str, anchor: datetime.date) -> object | None:
    """Parse ``phrase`` as a value of ``kind``; None when the words are not such a value.

    "number" accepts only a NumberValue and "pair" only a PairValue, so a claim of one kind is
    never satisfied by the other. Raises ValueError for an unknown kind (a claim-file mistake).
    """
    if kind == "date":
        return parse_date(phrase, anchor)
    if kind == "duration":
        return parse_duration(phrase)
    if kind == "ordinal":
        return parse_ordinal(phrase)
    if kind == "time":
        return parse_time(phrase, anchor)
    if kind == "frequency":
        return parse_frequency(phrase)
    if kind in ("number", "pair"):
        value = parse_number(phrase)
        wanted = NumberValue if kind == "number" else PairValue
        return value if isinstance(value, wanted) else None
    raise ValueError(f"unknown value kind {kind!r}; use one of {', '.join(KINDS)}")

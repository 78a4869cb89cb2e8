"""Draft claims from mentions: readable ids, values normalized against the dateline, the
article's words in `text`, and just enough `context` to be unique."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.check.search import find_all
from factcheck.pin.sentences import sentence_bounds
from factcheck.values import DateValue, DurationValue, NumberValue, OrdinalValue, PairValue

ARTICLE_SUBJECT = "article"
_CLAIM_TYPE = {
    "date": "date",
    "number": "number",
    "pair": "pair",
    "duration": "duration",
    "ordinal": "ordinal",
    "quote": "quote",
    "person": "person",
    "role": "role",
    "place": "place",
    "time": "text",
}
_PROPERTY = {"person": "name", "role": "title", "place": "place", "quote": "quote"}


@dataclass
class DraftSubject:
    id: str
    kind: str
    name: str


@dataclass
class DraftClaim:
    """One claim of a draft; `fields` are its keys in order, as YAML scalars or flows."""

    id: str
    fields: dict[str, object] = field(default_factory=dict)


def slug(text: str, limit: int = 5) -> str:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words[:limit]) or "x"


def unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def context_for(text: str, start: int, end: int) -> str | None:
    """The shortest stretch of the sentence around [start, end) that occurs once in `text`
    and holds the claim's words once; None when the words alone are unique."""
    words = text[start:end]
    if len(find_all(text, words)) == 1:
        return None
    first, last = sentence_bounds(text, start)
    left, right = start, end
    while True:
        window = text[left:right]
        occurrences = find_all(text, window)
        if len(occurrences) == 1 and len(find_all(window, words)) == 1:
            return window
        if left <= first and right >= last:
            return window
        grow_left = text.rfind(" ", first, max(left - 1, first))
        left = first if grow_left == -1 else grow_left + 1
        grow_right = text.find(" ", min(right + 1, last), last)
        right = last if grow_right == -1 else grow_right


def value_fields(kind: str, value: object) -> dict[str, object]:
    """`value` (and `qualifier`, `unit`) of a claim, from a mention's normalized value."""
    match value:
        case DateValue():
            return {"value": value.edtf()}
        case NumberValue():
            fields: dict[str, object] = {
                "value": _number(value.amount)
                if value.maximum is None
                else {"min": _number(value.amount), "max": _number(value.maximum)}
            }
            if value.qualifier:
                fields["qualifier"] = value.qualifier
            if value.unit:
                fields["unit"] = value.unit
            return fields
        case PairValue():
            fields = {"value": [_number(value.left), _number(value.right)]}
            if value.qualifier:
                fields["qualifier"] = value.qualifier
            return fields
        case DurationValue():
            if value.minimum == value.maximum:
                fields = {"value": value.minimum.iso()}
            else:
                fields = {"value": {"min": value.minimum.iso(), "max": value.maximum.iso()}}
            if value.qualifier:
                fields["qualifier"] = value.qualifier
            return fields
        case OrdinalValue():
            return {"value": value.n}
    return {"value": str(value)}


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def claim_type(kind: str) -> str:
    return _CLAIM_TYPE[kind]


def property_for(kind: str, claim_id: str) -> str:
    """Names and quotes have a natural property; for other facts the draft cannot know
    which property of which subject they state, so each gets its own (rename it)."""
    return _PROPERTY.get(kind, claim_id)

"""Draft claims from mentions: readable ids, values normalized against the dateline, the
article's words in `text`, and just enough `context` to be unique."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from factcheck.check.search import ONE_PASS_FROM, PhraseIndex, find_all
from factcheck.pin.sentences import sentence_bounds
from factcheck.values import (
    DateValue,
    DurationValue,
    FrequencyValue,
    NumberValue,
    OrdinalValue,
    PairValue,
)

ARTICLE_SUBJECT = "article"
_CLAIM_TYPE = {
    "date": "date",
    "number": "number",
    "pair": "pair",
    "duration": "duration",
    "frequency": "frequency",
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
    # Spellings the article uses that the name is not found in (a dateline's "TORONTO").
    aliases: list[str] = field(default_factory=list)
    planned: bool = False


@dataclass
class DraftClaim:
    """One claim of a draft; `fields` are its keys in order, as YAML scalars or flows."""

    id: str
    fields: dict[str, object] = field(default_factory=dict)


def slug(text: str, limit: int = 5) -> str:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words[:limit]) or "x"


def unique(base: str, taken: set[str], tried: dict[str, int] | None = None) -> str:
    """`base`, or the first of `base-2`, `base-3`... not in `taken` (which it joins).

    `tried` remembers, for each base, the number reached: ids are only ever added to
    `taken`, so the ones below it are still taken, and a draft of 10,000 "date-june-2"s no
    longer tries 1 + 2 + ... + 10,000 of them."""
    n = tried.get(base, 2) if tried is not None else 2
    candidate = base if n == 2 else f"{base}-{n}"
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    if tried is not None:
        tried[base] = n
    taken.add(candidate)
    return candidate


# A context grows a word each side a step until it occurs once; past this many steps it is
# left as it is (the claim's FC203 then asks for a longer one). The articles here need at
# most five; without a bound a sentence of 100,000 words repeated twice gave each of its
# mentions the whole sentence, a draft as large as the sentence squared.
MAX_CONTEXT_STEPS = 32


@dataclass
class _Growing:
    """A context being grown: the claim's words, the window, and its sentence."""

    words: str
    left: int
    right: int
    first: int
    last: int
    steps: int = 0

    def window(self, text: str) -> str:
        return text[self.left : self.right]

    def done(self, text: str, once: bool) -> bool:
        """Whether the window is the context: once in the text and holding the words once,
        or the whole sentence, or grown as far as it may."""
        self.steps += 1
        window = self.window(text)
        if once and len(find_all(window, self.words)) == 1:
            return True
        if self.left <= self.first and self.right >= self.last:
            return True
        return self.steps >= MAX_CONTEXT_STEPS

    def grow(self, text: str) -> None:
        first, last = self.first, self.last
        grow_left = text.rfind(" ", first, max(self.left - 1, first))
        self.left = first if grow_left == -1 else grow_left + 1
        grow_right = text.find(" ", min(self.right + 1, last), last)
        self.right = last if grow_right == -1 else grow_right


def context_for(text: str, start: int, end: int) -> str | None:
    """The shortest stretch of the sentence around [start, end) that occurs once in `text`
    and holds the claim's words once; None when the words alone are unique."""
    return contexts_for(text, [(start, end)])[0]


def contexts_for(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """`context_for` of each span. On a large text, all the spans' words and then each
    round of windows are counted with one pass over the text (PhraseIndex) instead of a
    search of the whole text for each: an article of n mentions cost n times its length."""
    count = _counter(text, [text[start:end] for start, end in spans], len(spans))
    contexts: list[str | None] = [None] * len(spans)
    growing: list[tuple[int, _Growing]] = []
    for number, (start, end) in enumerate(spans):
        words = text[start:end]
        if count(words) != 1:
            first, last = sentence_bounds(text, start)
            growing.append((number, _Growing(words, start, end, first, last)))
    while growing:
        windows = [context.window(text) for _, context in growing]
        count = _counter(text, windows, len(spans))
        still: list[tuple[int, _Growing]] = []
        for (number, context), window in zip(growing, windows, strict=True):
            if context.done(text, count(window) == 1):
                contexts[number] = window
            else:
                context.grow(text)
                still.append((number, context))
        growing = still
    return contexts


def _counter(text: str, phrases: list[str], mentions: int) -> Callable[[str], int]:
    """How many whole-word occurrences in `text` a phrase of `phrases` has."""
    if len(text) * mentions < ONE_PASS_FROM:
        return lambda phrase: len(find_all(text, phrase))
    return PhraseIndex(text, phrases, keep=0).count


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
            if value.relation != "for":
                fields["relation"] = value.relation
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
        case FrequencyValue():
            return {"value": value.iso()}
    return {"value": str(value)}


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def claim_type(kind: str) -> str:
    return _CLAIM_TYPE[kind]


def property_for(kind: str, claim_id: str) -> str:
    """Names and quotes have a natural property; for other facts the draft cannot know
    which property of which subject they state, so each gets its own (rename it)."""
    return _PROPERTY.get(kind, claim_id)

"""FC428 for clock times, lengths beside them and distances between events.

Words no claim covers, in a sentence tied to an event (`factcheck.consistency.
contradictions`), are checked against the event's claims:

- "the talks ended at 4:58 p.m." against the event's claimed times: a time the sentence
  says the event began or ended at must be one of the claimed starts or ends;
- "lasted about 2 hours and 15 minutes" against the event's claimed clock times, when no
  claim states its length: the minutes between them must fit the length;
- "drones struck on June 1, two days before the talks": the date claimed in the sentence
  must be the named event's claimed date moved by that distance.
"""

from __future__ import annotations

import re

from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.truth import Span, duration_minutes, time_spans
from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions.model import Mention
from factcheck.values import (
    DateValue,
    DurationValue,
    TimeValue,
    parse_duration,
    parse_event_offset,
)

# Words that say a time is when the event began or ended: "ended at", "from ... to".
_AT_EDGE = LazyPattern(
    r"\b(?:began|begun|started|opened|ended|finished|closed|concluded|adjourned|"
    r"broke\s+up|wrapped\s+up|got\s+under\s+way)(?:\s+\w+){0,2}\s+(?:at|around)"
    r"(?:\s+(?:about|around|roughly))?\s+$",
    re.IGNORECASE,
)
# "ran from 2:44 p.m. to 3:58 p.m.": the ends of the event's own span, after a verb saying
# it took place then ("moved the talks to 5 p.m." is a plan, not when they were held).
_IN_SPAN = LazyPattern(r"\b(?:from|to|until|till|between|and)\s+$", re.IGNORECASE)
_SPAN_VERB = LazyPattern(
    r"\b(?:ran|lasted|continued|went\s+on|were\s+held|was\s+held|took\s+place|met|"
    r"began|started|opened)\b",
    re.IGNORECASE,
)
_LASTED = LazyPattern(
    r"\b(?:lasted|lasting|ran\s+for|went\s+on\s+for|took)(?:\s+\w+){0,2}\s+$", re.IGNORECASE
)
_FROM_EVENT = LazyPattern(r"\s+(?:before|after|prior to|ahead of)\s+", re.IGNORECASE)


def _times(claims: list[Fact]) -> list[tuple[TimeValue, Fact]]:
    return [(fact.value, fact) for fact in claims if isinstance(fact.value, TimeValue)]


def time_conflict(
    mention: Mention, claims: list[Fact], text: str, sentence_start: int, tol: object
) -> tuple[Fact, ...] | None:
    """The event's time claims, when the sentence says it began or ended at a time that is
    none of their starts or ends, nor a claimed length away from one ("began at 2:44 p.m.,
    lasted about 1 hour 15": it ended at 15:51 to 16:06); None otherwise."""
    times = _times(claims)
    before = text[sentence_start : mention.start]
    edge = _AT_EDGE.search(before) or (_IN_SPAN.search(before) and _SPAN_VERB.search(before))
    if not times or not edge:
        return None
    try:
        said = TimeValue.from_iso(str(mention.value))
    except ValueError:
        return None
    lengths = [
        duration_minutes(fact.value, tol)  # type: ignore[arg-type]
        for fact in claims
        if isinstance(fact.value, DurationValue)
    ]
    for claimed, _ in times:
        mine, theirs = time_spans(said, claimed)
        if mine.low in (theirs.low, theirs.high):
            return None
        apart = Span(abs(mine.low - theirs.low), abs(mine.low - theirs.low))
        if any(apart.inside(length) for length in lengths):
            return None
    lengths_facts = [fact for fact in claims if isinstance(fact.value, DurationValue)]
    return (*(fact for _, fact in times), *lengths_facts)


def length_conflict(
    mention: Mention, claims: list[Fact], text: str, sentence_start: int, tol: object
) -> tuple[Fact, ...] | None:
    """The event's clock times, when the length the sentence gives it ("lasted about 2
    hours") cannot be the minutes between them; None when they agree or cannot tell."""
    length = _whole_length(mention, text)
    before = text[sentence_start : mention.start]
    if length is None or not _LASTED.search(before) or _AFTER_HOURS.search(before):
        return None
    times = _times(claims)
    elapsed = [
        (claimed.end - claimed.start, (fact,)) for claimed, fact in times if claimed.is_interval
    ]
    points = [(claimed, fact) for claimed, fact in times if not claimed.is_interval]
    if len(points) == 2:
        (a, fact_a), (b, fact_b) = points
        span_a, span_b = time_spans(a, b)
        elapsed.append((abs(span_b.low - span_a.low), (fact_a, fact_b)))
    if not elapsed:
        return None
    allowed = duration_minutes(length, tol)  # type: ignore[arg-type]
    if any(Span(minutes, minutes).inside(allowed) for minutes, _ in elapsed):
        return None
    return tuple(fact for _, involved in elapsed for fact in involved)


_AFTER_HOURS = LazyPattern(r"\bhours?,?\s+(?:and\s+)?$")  # "15 minutes" of "1 hour 15 minutes"
_MORE_MINUTES = LazyPattern(r",?\s+(?:and\s+)?[0-9]{1,2}\s+minutes?\b")


def _whole_length(mention: Mention, text: str) -> DurationValue | None:
    """The length a mention starts: "about 1 hour 15 minutes" is found as "about 1 hour" and
    "15 minutes", which together are one length."""
    if not isinstance(mention.value, DurationValue):
        return None
    more = _MORE_MINUTES.match(text, mention.end)
    if more is None:
        return mention.value
    whole = parse_duration(text[mention.start : more.end()])
    return whole if isinstance(whole, DurationValue) else mention.value


def offset_conflict(
    facts: Facts,
    mention: Mention,
    text: str,
    sentence: tuple[int, int],
    claim_spans: dict[str, tuple[int, int]],
    named_before: list[str],
    named_after: list[str],
) -> tuple[str, tuple[Fact, ...]] | None:
    """(event, claims) when "DATE, two days before EVENT" puts the sentence's claimed date
    at another distance from the event's claimed date; None when it agrees or says none.

    `named_before` and `named_after` are the subjects the sentence names before the
    distance and after its "before"/"after".
    """
    start, end = sentence
    follow = _FROM_EVENT.match(text, mention.end, end)
    if follow is None or not isinstance(mention.value, DurationValue):
        return None
    days = parse_event_offset(text[mention.start : follow.end()])
    if days is None:
        return None
    dated = [
        fact
        for claim_id, (span_start, _) in claim_spans.items()
        if start <= span_start < mention.start
        and (fact := facts.get(claim_id)) is not None
        and isinstance(fact.value, DateValue)
        and fact.value.precision == "day"
    ]
    dated += [
        fact
        for subject_id in named_before
        for fact in facts.claims_about(subject_id, "date")
        if isinstance(fact.value, DateValue) and fact.value.precision == "day"
    ]
    for subject_id in named_after:
        event_dates = [
            fact
            for fact in facts.claims_about(subject_id, "date")
            if isinstance(fact.value, DateValue) and fact.value.precision == "day"
        ]
        candidates = [fact for fact in dated if fact.claim and fact.claim.subject != subject_id]
        if not event_dates or not candidates:
            continue
        # "June 1, a day before the talks": June 1 is the talks' date less one day.
        if any(
            (here.value.start - there.value.start).days == days  # type: ignore[union-attr]
            for here in candidates
            for there in event_dates
        ):
            return None
        involved = {id(fact): fact for fact in (*event_dates, *candidates)}
        return subject_id, tuple(involved.values())
    return None

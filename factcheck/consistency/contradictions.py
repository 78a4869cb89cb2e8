"""FC428: a fact the article states, in words no claim covers, that contradicts a claim.

"The first round took place on June 10" names no claim's words, but it dates the event the
claims call round 1, which they date May 16. The sentence is tied to subjects by what it
says about them: an ordinal of a series ("the first round"), a subject's name or alias, or
words a claim already states ("the 1,000-for-1,000 swap"); a sentence that opens with a
pronoun or "the two leaders" refers back to the sentence before. An uncovered mention then
contradicts a subject when every claim of that subject with the mention's type says
otherwise: a date the sentence dates the event with ("took place on", "on Tuesday", a
weekday compared by weekday), a time it began or ended at, a length it lasted, a distance
from another event (`factcheck.consistency.clock_ties`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from factcheck.article.normalize import normalize_phrase
from factcheck.check.search import find_all
from factcheck.consistency.clock_ties import length_conflict, offset_conflict, time_conflict
from factcheck.consistency.facts import Fact, Facts
from factcheck.consistency.number_checks import same_value
from factcheck.consistency.truth import Truth
from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions.model import Mention
from factcheck.pin.sentences import sentence_bounds
from factcheck.values import DateValue, OrdinalValue, weekday_named

_CLAIM_TYPE = {"date": "date", "place": "place", "role": "role", "number": "number",
               "pair": "pair", "duration": "duration", "time": "time"}  # fmt: skip
# A sentence that opens by pointing back at the people of the sentence before. ("The
# summit opened on June 24" does not: it names something else, not the same participants.)
_REFERS_BACK = LazyPattern(
    r"^(?:He|She|They|The two (?:leaders|sides|men|presidents)|Both (?:leaders|sides))\b"
)


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Contradiction:
    mention: Mention
    subject: str
    facts: tuple[Fact, ...]


def contradictions(
    facts: Facts,
    text: str,
    mentions: list[Mention],
    uncovered: list[Mention],
    claim_spans: dict[str, tuple[int, int]],
) -> list[Contradiction]:
    found = []
    ties = _Ties(facts, mentions)
    claim_starts = ByStart(list(claim_spans), [span[0] for span in claim_spans.values()])
    for mention in uncovered:
        if mention.kind not in _CLAIM_TYPE and mention.kind != "ordinal":
            continue
        start, end = sentence_bounds(text, mention.start)
        if mention.kind == "duration":
            apart = _distance_between_events(facts, ties, text, (start, end), claim_spans, mention)
            if apart is not None:
                found.append(Contradiction(mention, *apart))
                continue
        subjects = _subjects_of(facts, ties, text, start, end, claim_starts, mention)
        if mention.kind == "role":
            subjects = _title_holder(facts, mention, subjects)
        if mention.kind == "ordinal" and _numbers_one_of(facts, subjects, mention):
            continue
        for subject in subjects:
            # A time claimed in the sentence ("began at 2:44 p.m.") does not make its other
            # time ("and ended at 4:58 p.m.") another event's: the verbs decide.
            if mention.kind != "time" and _claimed_in_sentence(
                facts, subject, mention, claim_spans, start, end
            ):
                continue
            conflict = _conflict(facts, subject, mention, text, start, end)
            if conflict is not None:
                found.append(Contradiction(mention, subject, conflict))
                break
    return found


def _distance_between_events(
    facts: Facts,
    ties: _Ties,
    text: str,
    sentence: tuple[int, int],
    claim_spans: dict[str, tuple[int, int]],
    mention: Mention,
) -> tuple[str, tuple[Fact, ...]] | None:
    """ "June 1, two days before the talks": the subjects named on each side of the distance,
    for `offset_conflict`."""
    start, end = sentence
    if not text.startswith((" before", " after", " prior", " ahead"), mention.end):
        return None

    def named(low: int, high: int) -> list[str]:
        subjects = dict.fromkeys(_named_in(facts, text[low:high]))
        for _tie, tied in ties.by_start.within(low, high):
            for subject_ids in tied:
                subjects.update(dict.fromkeys(subject_ids))
        return list(subjects)

    before, after = named(start, mention.start), named(mention.end, end)
    return offset_conflict(facts, mention, text, sentence, claim_spans, before, after)


def _numbers_one_of(facts: Facts, subjects: list[str], mention: Mention) -> bool:
    """An ordinal that is the number of one of the sentence's events names that event ("on
    June 2 for a second round, after a first meeting on May 16" speaks of two rounds)."""
    value = mention.value
    return isinstance(value, OrdinalValue) and any(
        getattr(facts.subjects.get(subject_id), "ordinal", None) == value.n
        for subject_id in subjects
    )


class _Ties:
    """The subjects each mention of the article ties its sentence to, found once an article.

    A mention ties its sentence to a subject when it is an ordinal of a series ("the first
    round") or says the words of a pair, number or date claim ("the 1,000-for-1,000 swap").
    Asked for every uncovered mention about every mention of its sentence, this was a pass
    over all claims (normalizing each claim's words) per mention, per sentence: half of the
    cost of FC428.
    """

    def __init__(self, facts: Facts, mentions: list[Mention]) -> None:
        by_ordinal: dict[int, list[str]] = {}
        for subject_id, subject in facts.subjects.items():
            if subject.ordinal is not None and subject.part_of:
                by_ordinal.setdefault(subject.ordinal, []).append(subject_id)
        by_words: dict[str, dict[str, None]] = {}  # words -> their subjects, once each
        for fact in facts.by_id.values():
            claim = fact.claim
            if claim is not None and claim.type in ("pair", "number", "date"):  # type: ignore[attr-defined]
                by_words.setdefault(normalize_phrase(claim.text), {})[claim.subject] = None
        # Only the mentions that tie their sentence to something, in the article's order,
        # with the lists of subjects they tie it to (shared, not copied for each mention:
        # 25,000 claims of "May 5" made each mention of it a list of 25,000).
        self.tying: list[tuple[Mention, tuple[Iterable[str], ...]]] = []
        for mention in mentions:
            tied: tuple[Iterable[str], ...] = ()
            if mention.kind == "ordinal" and isinstance(mention.value, OrdinalValue):
                tied += (by_ordinal.get(mention.value.n, ()),)
            tied += (by_words.get(mention.text, ()),)
            if any(tied):
                self.tying.append((mention, tied))
        # By start, so a sentence finds its own by bisection: going through all of them for
        # every uncovered mention was quadratic in a long article.
        self.by_start = ByStart(self.tying, [mention.start for mention, _ in self.tying])


class ByStart(Generic[T]):
    """Items found by where they start: those starting in [start, end), in their own order.

    A sentence asks for the tying mentions, or the claims, that stand in it; a pass over all
    of them for every uncovered mention made FC428 quadratic in the article's length.
    """

    def __init__(self, items: list[T], starts: list[int]) -> None:
        self._items = items
        self._order = sorted(range(len(items)), key=starts.__getitem__)
        self._starts = [starts[i] for i in self._order]

    def within(self, start: int, end: int) -> list[T]:
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        return [self._items[i] for i in sorted(self._order[low:high])]


def _subjects_of(
    facts: Facts,
    ties: _Ties,
    text: str,
    start: int,
    end: int,
    claim_starts: ByStart[str],
    about: Mention,
) -> list[str]:
    """The subjects a sentence speaks of, in a fixed order."""
    sentence = text[start:end]
    subjects: dict[str, None] = {}  # in the order first added (a list's `in` was quadratic)
    for mention, tied in ties.by_start.within(start, end):
        # Two ordinals in one sentence name two events ("the second round, after a first
        # meeting"): one ordinal never ties the sentence for another.
        if about.kind == "ordinal" and mention.kind == "ordinal":
            continue
        if mention is not about:
            for subject_ids in tied:
                subjects.update(dict.fromkeys(subject_ids))
    subjects.update(dict.fromkeys(_named_in(facts, sentence)))
    if not subjects and _REFERS_BACK.match(sentence):
        previous_start, _ = sentence_bounds(text, max(start - 2, 0))
        for claim_id in claim_starts.within(previous_start, start):
            fact = facts.get(claim_id)
            if fact is not None and fact.claim is not None:
                subjects[fact.claim.subject] = None
    return list(subjects)


# From this many names and aliases on, a sentence is searched for all of them at once (an
# automaton of them, built once a claims file) rather than for each in turn.
MANY_NAMES = 64


def _named_in(facts: Facts, sentence: str) -> list[str]:
    """The subjects whose name or alias the sentence uses (remembered per sentence)."""
    cache = facts.named_in_sentence
    if sentence not in cache:
        names = facts.subject_names()
        if len(names) >= MANY_NAMES:
            cache[sentence] = _Names.of(facts).named_in(sentence)
            return cache[sentence]
        named: list[str] = []
        for subject_id, name in names:  # a subject's names are adjacent
            if named and named[-1] == subject_id:
                continue
            if name in sentence and find_all(sentence, name):
                named.append(subject_id)
        cache[sentence] = named
    return cache[sentence]


class _Names:
    """A claims file's subject names as one PhraseSet, built on first use and kept with the
    file's facts (`Facts.name_search`): neither shared between files nor kept past them."""

    def __init__(self, names: list[tuple[str, str]]) -> None:
        from factcheck.check.search import PhraseSet

        self.names = names
        self.phrases = PhraseSet(name for _, name in names)
        self.subjects: dict[str, list[str]] = {}  # name -> the subjects it names, in order
        self.order: dict[str, int] = {}  # subject -> its place among the subjects
        for subject_id, name in names:
            self.order.setdefault(subject_id, len(self.order))
            self.subjects.setdefault(name, []).append(subject_id)

    @classmethod
    def of(cls, facts: Facts) -> _Names:
        """The search of `facts`' names, built once per file."""
        if not isinstance(facts.name_search, cls):
            facts.name_search = cls(facts.subject_names())
        return facts.name_search

    def named_in(self, sentence: str) -> list[str]:
        """What the pass over all names finds: the subjects, in order, one of whose names
        stands in the sentence as it is written and as whole words."""
        found = {
            subject_id
            for name in self.phrases.found_in(sentence)
            if name in sentence
            for subject_id in self.subjects[name]
        }
        return sorted(found, key=self.order.__getitem__)


def _title_holder(facts: Facts, mention: Mention, subjects: list[str]) -> list[str]:
    """A title belongs to the person it is given to, not to everyone the sentence names."""
    people = [sid for sid in subjects if facts.subjects[sid].kind == "person"]
    if mention.person:
        wanted = normalize_phrase(mention.person).casefold()
        return [
            sid
            for sid in people
            if any(
                find_all(wanted, normalize_phrase(name).casefold())
                for name in (facts.subjects[sid].name, *facts.subjects[sid].aliases)
                if name
            )
        ]
    return people if len(people) == 1 else []


def _claimed_in_sentence(
    facts: Facts,
    subject_id: str,
    mention: Mention,
    claim_spans: dict[str, tuple[int, int]],
    start: int,
    end: int,
) -> bool:
    """A claim of the subject, of the mention's type, stands in this very sentence.

    "took place on June 2 in Istanbul, following an earlier meeting on May 16": the round's
    date is claimed right there (June 2), so May 16 is the date of something else.
    """
    wanted = _CLAIM_TYPE.get(mention.kind)
    for fact in facts.claims_about(subject_id):
        span = claim_spans.get(fact.id)
        if fact.claim is None or span is None or fact.claim.type != wanted:  # type: ignore[attr-defined]
            continue
        if start <= span[0] < end:
            return True
    return False


def _conflict(
    facts: Facts, subject_id: str, mention: Mention, text: str, start: int, end: int
) -> tuple[Fact, ...] | None:
    """The subject's claims the mention contradicts (empty: its declared ordinal), or None."""
    subject = facts.subjects.get(subject_id)
    if mention.kind == "ordinal":
        value = mention.value
        declared = subject.ordinal if subject else None
        if declared and isinstance(value, OrdinalValue) and declared != value.n:
            return ()
        return None
    if mention.kind == "place" and not _venue(text, start, mention, subject):
        return None
    if mention.kind == "date" and not _dated_event(text, start, end, mention):
        return None
    if mention.kind == "time":
        claims = facts.claims_about(subject_id)
        return time_conflict(mention, claims, text, start, facts.tolerances)
    wanted = _CLAIM_TYPE[mention.kind]
    same_kind = [
        fact
        for fact in facts.claims_about(subject_id)
        if fact.claim is not None and fact.claim.type == wanted  # type: ignore[attr-defined]
    ]
    if not same_kind and mention.kind == "duration":
        claims = facts.claims_about(subject_id)
        return length_conflict(mention, claims, text, start, facts.tolerances)
    if not same_kind:
        return None
    weekday = _bare_weekday(mention)
    if weekday is not None:
        return _weekday_conflict(weekday, same_kind)
    if _agrees(facts, subject_id, mention, same_kind):
        return None
    return tuple(same_kind)


_DATE_WORDS = LazyPattern(r"\d|\b(?:last|next|this|past|coming)\b", re.IGNORECASE)


def _bare_weekday(mention: Mention) -> int | None:
    """The weekday of "on Tuesday" (no date, no "last"): it names the event's day of the
    week, not the date the dateline would make of it (the Tuesday before publication)."""
    if mention.kind != "date" or _DATE_WORDS.search(mention.text):
        return None
    return weekday_named(mention.text)


def _weekday_conflict(weekday: int, claims: list[Fact]) -> tuple[Fact, ...] | None:
    """The event's day-precision dates, when none of them falls on `weekday`."""
    days = [
        fact
        for fact in claims
        if isinstance(fact.value, DateValue) and fact.value.precision == "day"
    ]
    if not days or any(fact.value.start.weekday() == weekday for fact in days):  # type: ignore[union-attr]
        return None
    return tuple(days)


_HELD_IN = re.compile(
    r"\b(?:held|took place|hosted|convened|met|meet|meets|gathered|staged|opened|began|"
    r"ended|resumed|continued|happened)(?: \w+){0,2} (?:in|at)(?: the)? $"
)


_EVENT_VERB = LazyPattern(
    r"\b(?:took place|takes place|was held|were held|held|met|meet|meets|was completed|"
    r"were completed|completed|happened|occurred|began|begins|ended|ends|opened|was signed|"
    r"signed|was carried out|started|finished|convened|resumed)\b"
)
_RELATIVE = LazyPattern(r"\b(?:after|before|since|until|than|following|ago)(?: \S+){0,3} $")


_ON_DAY = LazyPattern(r"\bon(?: the)? $", re.IGNORECASE)
# "on June 1, a day before the talks": the date of something measured from the talks.
_MEASURED_FROM = LazyPattern(
    r",?\s+(?:(?:a|an|one|two|three|four|five|six|seven|[0-9]+)\s+(?:days?|weeks?)\s+)?"
    r"(?:before|after|ahead\s+of|prior\s+to)\b",
    re.IGNORECASE,
)


def _dated_event(text: str, start: int, end: int, mention: Mention) -> bool:
    """A date contradicts an event's only where the sentence dates the event itself ("the
    first round took place on June 10", "the second round on Tuesday"), not a date it
    measures from ("three years after the March 2022 negotiations")."""
    before = text[start : mention.start]
    if _RELATIVE.search(before) or _MEASURED_FROM.match(text, mention.end, end):
        return False
    return bool(_EVENT_VERB.search(text, start, end) or _ON_DAY.search(before))


def _venue(text: str, start: int, mention: Mention, subject: object) -> bool:
    """A place contradicts an event's venue only when the sentence says the event was held
    there ("the second round was held in Minsk"), not for any place the sentence names
    ("talks on the war in Ukraine")."""
    before = text[start : mention.start]
    return getattr(subject, "kind", None) == "event" and bool(_HELD_IN.search(before))


def _agrees(facts: Facts, subject_id: str, mention: Mention, claims: list[Fact]) -> bool:
    """Whether any of the subject's claims (or, for titles, its title record) fits."""
    probe = Fact("mention", None, mention.value, 0, None)
    if any(same_value(probe, fact, facts) is not Truth.FALSE for fact in claims):
        return True
    said = str(mention.value).casefold()
    if mention.kind == "role":
        subject = facts.subjects.get(subject_id)
        records = subject.titles if subject else []
        names = {n.casefold() for t in records for n in (t.title, *t.aliases)}
        names |= {str(f.value).casefold() for f in claims}
        return said in names or any(said in n or n in said for n in names)
    if mention.kind == "place":
        from factcheck.consistency.place_checks import place_within

        for fact in claims:
            claimed = [str(fact.value)]
            inside = place_within({}, [str(mention.value)], None, claimed, None)[0]
            outside = place_within({}, claimed, None, [str(mention.value)], None)[0]
            if Truth.TRUE in (inside, outside):
                return True
    return False

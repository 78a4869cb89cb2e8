"""The archive's index: every value stated for a registered subject's property, by value.

Values are grouped: a thousand articles that agree on "30-day" make one group. A new fact
is compared with a few groups, not all: for names, the first two (any value but its own
conflicts); for dates, numbers and durations, those with the extreme ends (see `_Slot`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from factcheck.archive.compare import conflicting, value_spans
from factcheck.archive.facts import ArchiveFact, FileFacts
from factcheck.archive.rank_tree import TOP, EndTree, NameTree
from factcheck.article.normalize import normalize_phrase
from factcheck.check.values import describe
from factcheck.consistency.truth import Span, Tolerances
from factcheck.values import OrdinalValue


@dataclass(frozen=True, slots=True)
class Conflict:
    """`fact` (in the file just added) cannot be true together with `other`."""

    fact: ArchiveFact
    other: ArchiveFact


# Titles change over time (a minister becomes an envoy): role claims are checked against the
# register's tenures (FC605), never against each other.
NOT_COMPARED = ("role",)

# Facts kept per distinct value, besides those that correct or supersede another: a finding
# names one of them. The first that is neither the new fact's own file nor excused by a
# correction is named; a thousand articles giving one value cost three facts, not a thousand.
KEPT_PER_VALUE = 3


class ArchiveIndex:
    """Facts about registered subjects from the files added so far."""

    def __init__(self, subjects: frozenset[str], tolerances: Tolerances) -> None:
        self.subjects = subjects
        self.tolerances = tolerances
        self._slots: dict[tuple[str, str, str, str | None], _Slot] = {}
        self.files: set[str] = set()

    def add(self, file: FileFacts) -> list[Conflict]:
        """Index a file's facts; return its facts' conflicts with the files added before
        (one per fact: the first value found that cannot be true with it).

        A claim marked `false` is left out: its value is what the article wrongly says, and
        FC424 already reports it; so are role claims (NOT_COMPARED). Two claims never
        conflict when one corrects or supersedes the other. Conflicts inside one file are
        FC421's, not the archive's.
        """
        if file.origin.path in self.files:
            return []  # a register file also in the run, say: indexed once
        mine = indexed_facts(file, self.subjects)
        conflicts = []
        for fact in mine:
            slot = self._slots.get(slot_key(fact))
            other = slot.conflict(fact, self.tolerances) if slot else None
            if other is not None:
                conflicts.append(Conflict(fact, other))
        for fact in mine:
            key = slot_key(fact)
            if key not in self._slots:
                self._slots[key] = _Slot()
            self._slots[key].add(fact, self.tolerances)
        self.files.add(file.origin.path)
        return conflicts


def high_end(span: Span) -> tuple[float, int]:
    """How the index ranks upper ends: lowest first, an open end before a closed one (the
    archive index file and its sparse reading rank them the same way)."""
    return (span.high, 0 if span.high_open else 1)


def low_end(span: Span) -> tuple[float, int]:
    """Lower ends: highest first, an open end before a closed one."""
    return (-span.low, 0 if span.low_open else 1)


def indexed_facts(file: FileFacts, subjects: frozenset[str]) -> list[ArchiveFact]:
    """The facts of a file the archive compares: about registered subjects, not marked
    `false`, not roles (NOT_COMPARED)."""
    return [
        fact
        for fact in file.facts
        if fact.subject in subjects and fact.status != "false" and fact.type not in NOT_COMPARED
    ]


def slot_key(fact: ArchiveFact) -> tuple[str, str, str, str | None]:
    """Values are compared within a subject, property and kind (and a number's unit)."""
    return (fact.subject, fact.property, fact.type, getattr(fact.value, "unit", None))


class _Slot:
    """The distinct values given for one subject's property, with the facts giving each.

    For interval values, the groups holding the lowest upper end and the highest lower end
    of each side are kept: only they can be disjoint from a new value if any is. Every
    group's ends (or, for names and ordinals, what it names) are also kept by rank in
    trees (`archive/rank_tree.py`), so a new fact whose extreme groups it excuses (it
    corrects them, or they it) finds the first other conflicting group in a few O(log n)
    steps, one per group it excuses, instead of comparing every group.
    """

    def __init__(self) -> None:
        self.groups: dict[str, list[ArchiveFact]] = {}
        self.order: dict[str, int] = {}  # each value's rank in the order it was first given
        self.keys: list[str] = []  # the values by rank
        self.lowest_high: list[tuple[Span, str]] = []
        self.highest_low: list[tuple[Span, str]] = []
        # Per side, by rank: each group's upper end (high, open first) and lower end
        # (-low, open first), as keys that sort the way the extremes are chosen.
        self.highs: list[EndTree] = []
        self.lows: list[EndTree] = []
        self.names = NameTree()  # by rank: what a name or an ordinal group names

    def add(self, fact: ArchiveFact, tolerances: Tolerances) -> None:
        key = describe(fact.value)
        members = self.groups.setdefault(key, [])
        if len(members) < KEPT_PER_VALUE or fact.replaces:
            members.append(fact)
        if len(members) > 1:
            return
        rank = self.order[key] = len(self.order)
        self.keys.append(key)
        spans = value_spans(fact.value, tolerances)
        name = _named(fact.value)
        if name is None:
            self.names.append_nothing()
        else:
            self.names.append(name)
        for side in range(max(len(self.highs), len(spans or ()))):
            if side == len(self.highs):
                self.highs.append(EndTree())
                self.lows.append(EndTree())
                for _ in range(rank):  # the groups before it have no such side
                    self.highs[side].append(TOP)
                    self.lows[side].append(TOP)
            if spans is not None and side < len(spans):
                span = spans[side]
                self.highs[side].append(high_end(span))
                self.lows[side].append(low_end(span))
            else:
                self.highs[side].append(TOP)
                self.lows[side].append(TOP)
        if spans is None:
            return
        if not self.lowest_high:
            self.lowest_high = [(span, key) for span in spans]
            self.highest_low = [(span, key) for span in spans]
            return
        for side, span in enumerate(spans):
            low, _ = self.lowest_high[side]
            if high_end(span) < high_end(low):
                self.lowest_high[side] = (span, key)
            high, _ = self.highest_low[side]
            if low_end(span) < low_end(high):
                self.highest_low[side] = (span, key)

    def conflict(self, fact: ArchiveFact, tolerances: Tolerances) -> ArchiveFact | None:
        """A fact of another file whose value cannot be true with `fact`'s, or None."""
        other, excused = self.direct_conflict(fact, tolerances)
        if other is None and excused:  # the extremes are corrected ones: look further (rare)
            return self._beyond_excused(fact, tolerances)
        return other

    def direct_conflict(
        self, fact: ArchiveFact, tolerances: Tolerances
    ) -> tuple[ArchiveFact | None, bool]:
        """The conflict found among the extreme groups (names: the first two), and whether
        one of them conflicts but is excused by a correction (then every group may matter).

        Only these groups are read, which is what lets `archive/sparse.py` rebuild a slot
        from the stored index with them alone."""
        if value_spans(fact.value, tolerances) is None:
            candidates = list(islice(self.groups, 2))  # names: any value but its own conflicts
        else:
            extremes = [key for _, key in (*self.lowest_high, *self.highest_low)]
            candidates = sorted(set(extremes), key=self.order.__getitem__)
        excused = False
        for key in candidates:
            other = self._against(fact, key, tolerances)
            if other is not None:
                return other, excused
            excused = excused or self._conflicts(fact, key, tolerances)
        return None, excused

    def _beyond_excused(self, fact: ArchiveFact, tolerances: Tolerances) -> ArchiveFact | None:
        """The first group, in the order values were given, with a fact that conflicts
        with `fact` and is not excused: as a scan of every group would find it.

        The trees give the groups that conflict with `fact`, in that order, one O(log n)
        step each. A group is passed over only when every fact it keeps is excused, and
        such a group holds a fact of `fact`'s file, the one it corrects or one correcting
        it: so the steps are at most one more than the facts that name `fact` or that it
        names, however many values the property has."""
        following = self._conflicting_after(fact, tolerances)
        if following is None:  # a value neither an interval nor a name: every group
            for key in self.groups:
                other = self._against(fact, key, tolerances)
                if other is not None:
                    return other
            return None
        rank = following(0)
        while rank is not None:
            other = self._against(fact, self.keys[rank], tolerances)
            if other is not None:
                return other
            rank = following(rank + 1)
        return None

    def _conflicting_after(
        self, fact: ArchiveFact, tolerances: Tolerances
    ) -> Callable[[int], int | None] | None:
        """A function giving the first rank from a given one whose group's value may
        conflict with `fact`'s (each is then compared), or None when that cannot be told
        from the trees. Two spans are disjoint when one's upper end is below the other's
        lower end, or at it with either end open: per side, a prefix of the ends' order."""
        spans = value_spans(fact.value, tolerances)
        if spans is None:
            name = _named(fact.value)
            if name is None:
                return None
            names = self.names
            return lambda start: names.first_other(start, name)
        bounds = []
        for side, span in enumerate(spans[: len(self.highs)]):
            below_low = (span.low, 2 if span.low_open else 1)
            above_high = (-span.high, 2 if span.high_open else 1)
            bounds.append((self.highs[side], below_low))
            bounds.append((self.lows[side], above_high))

        def following(start: int) -> int | None:
            found = [tree.first_below(start, bound) for tree, bound in bounds]
            return min((rank for rank in found if rank is not None), default=None)

        return following

    def _conflicts(self, fact: ArchiveFact, key: str, tolerances: Tolerances) -> bool:
        return conflicting(fact.value, self.groups[key][0].value, tolerances)

    def _against(self, fact: ArchiveFact, key: str, tolerances: Tolerances) -> ArchiveFact | None:
        if not self._conflicts(fact, key, tolerances):
            return None
        return _first_unexcused(fact, self.groups[key])


def _first_unexcused(fact: ArchiveFact, members: list[ArchiveFact]) -> ArchiveFact | None:
    """The first fact of another file in `members` that `fact` does not correct (nor it)."""
    for other in members:
        if other.origin.path == fact.origin.path:
            continue
        if fact.replaces == other.key or other.replaces == fact.key:
            continue
        return other
    return None


def _named(value: object) -> object | None:
    """What a value compared by name names (two conflict when it differs): a name
    normalized and casefolded, an ordinal's number; None for any other value."""
    if isinstance(value, str):
        return normalize_phrase(value).casefold()
    if isinstance(value, OrdinalValue):
        return ("ordinal", value.n)
    return None

"""The archive's index: every value stated for a registered subject's property, by value.

Values are grouped: a thousand articles that agree on "30-day" make one group. A new fact
is compared with a few groups, not all: for names, the first two (any value but its own
conflicts); for dates, numbers and durations, those with the extreme ends (see `_Slot`).
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass
from itertools import islice

from factcheck.archive.compare import conflicting, value_spans
from factcheck.archive.facts import ArchiveFact, FileFacts
from factcheck.article.normalize import normalize_phrase
from factcheck.check.values import describe
from factcheck.consistency.truth import Span, Tolerances


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
    group's ends are also kept sorted, and every kept fact is indexed by what can excuse it
    (its file, its key, the claim it corrects), so a new fact whose extreme groups it
    excuses (it corrects them, or they it) finds the next extremes in a few steps instead
    of comparing every group.
    """

    def __init__(self) -> None:
        self.groups: dict[str, list[ArchiveFact]] = {}
        self.order: dict[str, int] = {}  # each value's rank in the order it was first given
        self.lowest_high: list[tuple[Span, str]] = []
        self.highest_low: list[tuple[Span, str]] = []
        # Per side: (high, open first, rank, key) ascending; (-low, open first, rank, key).
        self.by_high: list[list[tuple[float, int, int, str]]] = []
        self.by_low: list[list[tuple[float, int, int, str]]] = []
        self.names: dict[str, int] = {}  # name groups per normalized, casefolded name
        self.name_of: dict[str, str] = {}  # a name group's normalized, casefolded name
        self.only_names = True  # every group's value is text (compared as names)
        self.by_path: dict[str, set[str]] = {}  # a file → the groups holding its facts
        self.by_fact: dict[tuple[str, str], set[str]] = {}  # a fact's key → its groups
        self.by_replaced: dict[tuple[str, str], set[str]] = {}  # a corrected claim → groups

    def add(self, fact: ArchiveFact, tolerances: Tolerances) -> None:
        key = describe(fact.value)
        members = self.groups.setdefault(key, [])
        if len(members) < KEPT_PER_VALUE or fact.replaces:
            members.append(fact)
            self.by_path.setdefault(fact.origin.path, set()).add(key)
            self.by_fact.setdefault(fact.key, set()).add(key)
            if fact.replaces:
                self.by_replaced.setdefault(fact.replaces, set()).add(key)
        if len(members) > 1:
            return
        rank = self.order[key] = len(self.order)
        spans = value_spans(fact.value, tolerances)
        if spans is None:
            if isinstance(fact.value, str):
                name = normalize_phrase(fact.value).casefold()
                self.name_of[key] = name
                self.names[name] = self.names.get(name, 0) + 1
            else:
                self.only_names = False
            return
        self.only_names = False
        for side, span in enumerate(spans):
            if side == len(self.by_high):
                self.by_high.append([])
                self.by_low.append([])
            insort(self.by_high[side], (span.high, 0 if span.high_open else 1, rank, key))
            insort(self.by_low[side], (-span.low, 0 if span.low_open else 1, rank, key))
        if not self.lowest_high:
            self.lowest_high = [(span, key) for span in spans]
            self.highest_low = [(span, key) for span in spans]
            return
        for side, span in enumerate(spans):
            low, _ = self.lowest_high[side]
            if span.high < low.high or (span.high == low.high and span.high_open > low.high_open):
                self.lowest_high[side] = (span, key)
            high, _ = self.highest_low[side]
            if span.low > high.low or (span.low == high.low and span.low_open > high.low_open):
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

        Only the few groups holding a fact `fact` may excuse (`excusable`) can conflict
        and yet yield nothing. So when no other group conflicts (the extremes of the
        others say so), the answer is among those few; when one does, there is a finding
        to report and the groups are scanned in order for the first."""
        excusable = self._excusable(fact)
        if self._others_conflict(fact, excusable, tolerances):
            groups: list[str] = list(self.groups)
        else:
            groups = sorted(excusable, key=self.order.__getitem__)
        for key in groups:
            other = self._against(fact, key, tolerances)
            if other is not None:
                return other
        return None

    def _excusable(self, fact: ArchiveFact) -> set[str]:
        """The groups holding a fact of `fact`'s file, the one it corrects, or one
        correcting it."""
        excusable = set(self.by_path.get(fact.origin.path, ()))
        if fact.replaces:
            excusable |= self.by_fact.get(fact.replaces, set())
        excusable |= self.by_replaced.get(fact.key, set())
        return excusable

    def _others_conflict(self, fact: ArchiveFact, skip: set[str], tolerances: Tolerances) -> bool:
        """Whether a group outside `skip` has a value that conflicts with `fact`'s (True
        when that cannot be told cheaply: the caller then scans every group)."""
        if not self.only_names and self.by_high:
            for ordered in (*self.by_high, *self.by_low):
                extreme = next((row[3] for row in ordered if row[3] not in skip), None)
                if extreme is not None and self._conflicts(fact, extreme, tolerances):
                    return True
            return False
        if not self.only_names or not isinstance(fact.value, str):
            return True
        name = normalize_phrase(fact.value).casefold()
        others = len(self.groups) - self.names.get(name, 0)
        others -= sum(1 for key in skip if self.name_of[key] != name)
        return others > 0

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

"""The archive pass of a changed-since run, from the stored index (`archive/index_file.py`).

`ArchiveIndex` compares a new fact with a few groups of values only: the groups holding
each side's extreme ends (for dates, numbers, durations) and the first two groups (for
names); every other group matters only when those are excused by a correction. So a slot
(one subject's property) rebuilt from just those groups, plus the groups of the few files
the index does not describe, gives the very answer the slot of the whole archive gives.
`SparseIndex` builds each slot that way the first time a changed file's fact needs it, from
the stored groups of the files that are unchanged since they were indexed, and falls back:

- to the slot of every stored group when a correction excuses the extremes (rare);
- to `ArchiveIndex` over every unchanged file's facts, read as without an index, when a
  part of the index proves not to be what factcheck writes.

A stored fact carries only what the comparison needs; when one is named by a finding, its
file's facts are read (from its cache entry when fresh, else its claims) and the named
fact is taken from them, so findings read exactly as without the index.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice

from factcheck.archive.cache import _inside, decode_value
from factcheck.archive.compare import value_spans
from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.index import (
    KEPT_PER_VALUE,
    ArchiveIndex,
    Conflict,
    _Slot,
    high_end,
    indexed_facts,
    low_end,
    slot_key,
)
from factcheck.archive.index_file import IndexCorrupt, SlotKey, StoredIndex
from factcheck.consistency.truth import Tolerances


@dataclass(slots=True)
class _Placed:
    """A fact with its place in the archive's order: (file position, index in the file)."""

    position: int
    seq: int
    fact: ArchiveFact


class SparseIndex:
    """`ArchiveIndex.add` for the changed files, the unchanged ones read from the index.

    `positions[n]` is the archive position of the index's file n when it is unchanged since
    indexed (None: changed, gone, or checked in this run); `extras` are the facts of the
    archive's other files (not indexed, or changed since) and of register files outside
    it, with their positions; `named(path)` reads a stored file's facts as the run without
    an index would; `plain()` builds that run's `ArchiveIndex` of every unchanged file.
    """

    def __init__(
        self,
        stored: StoredIndex,
        positions: list[int | None],
        extras: list[tuple[int, FileFacts]],
        subjects: frozenset[str],
        tolerances: Tolerances,
        named: Callable[[str], FileFacts],
        plain: Callable[[], ArchiveIndex],
    ) -> None:
        self.stored = stored
        self.positions = positions
        self.subjects = subjects
        self.tolerances = tolerances
        self.named = named
        self.plain_index = plain
        self.fallback: ArchiveIndex | None = None
        self.extras: dict[SlotKey, list[_Placed]] = {}
        for position, facts in extras:
            for seq, fact in enumerate(indexed_facts(facts, subjects)):
                self.extras.setdefault(slot_key(fact), []).append(_Placed(position, seq, fact))
        self.slots: dict[SlotKey, _Slot] = {}
        self.full: set[SlotKey] = set()  # slots built from every stored group
        self.added: list[FileFacts] = []  # the changed files added so far
        self.files: set[str] = set()
        self.origins: dict[int, Origin] = {}
        self.light: set[int] = set()  # ids of the stored facts made here (not yet named)
        self.values: dict[tuple[SlotKey, int], tuple[object, tuple]] = {}
        self.holders: dict[tuple[SlotKey, int], list] = {}
        self.claim_ids: dict[SlotKey, list[str]] = {}
        # The archive position of the first unchanged indexed file at or after each number.
        self.next_position: list[float] = [float("inf")] * (len(positions) + 1)
        for number in range(len(positions) - 1, -1, -1):
            here = positions[number]
            self.next_position[number] = (
                self.next_position[number + 1] if here is None else float(here)
            )

    def add(self, file: FileFacts) -> list[Conflict]:
        """Index a changed file's facts; its conflicts with the archive, as `ArchiveIndex`."""
        if self.fallback is None:
            try:
                return self._add(file)
            except IndexCorrupt:
                self.fallback = self.plain_index()
                for earlier in self.added:
                    self.fallback.add(earlier)
        return self.fallback.add(file)

    def _add(self, file: FileFacts) -> list[Conflict]:
        if file.origin.path in self.files:
            return []
        mine = indexed_facts(file, self.subjects)
        conflicts = []
        for fact in mine:
            key = slot_key(fact)
            slot = self._slot(key)
            other, excused = slot.direct_conflict(fact, self.tolerances)
            if other is None and excused:
                if key not in self.full:
                    slot = self.slots[key] = self._build(key, everything=True)
                    self.full.add(key)
                other = slot.conflict(fact, self.tolerances)
            if other is not None:
                conflicts.append(Conflict(fact, self._named(key, other)))
        for fact in mine:
            self._slot(slot_key(fact)).add(fact, self.tolerances)
        self.added.append(file)
        self.files.add(file.origin.path)
        return conflicts

    def _slot(self, key: SlotKey) -> _Slot:
        if key not in self.slots:
            self.slots[key] = self._build(key, everything=False)
        return self.slots[key]

    def _build(self, key: SlotKey, everything: bool) -> _Slot:
        """The slot of `key` from the stored groups that can matter (all of them when
        `everything`), the extras' facts, and the changed files' facts added so far."""
        placed = list(self.extras.get(key, ()))
        record = self.stored.slots.get(key)
        if record is not None:
            groups, by_high, by_low = _parts(record)
            if everything:
                chosen = set(range(len(groups)))
            else:
                chosen = self._extremes(key, groups, by_high, by_low)
                chosen |= self._first_two(key, groups)
                if placed:  # the groups the extras' values join
                    wanted = {describe_of(p.fact) for p in placed}
                    chosen |= {g for g in range(len(groups)) if _name(groups, g) in wanted}
            for group in sorted(chosen):
                placed.extend(self._members(key, groups, group))
        placed.sort(key=lambda p: (p.position, p.seq))
        slot = _Slot()
        for item in placed:
            slot.add(item.fact, self.tolerances)
        for file in self.added:  # the changed files before this one, in their order
            for fact in indexed_facts(file, self.subjects):
                if slot_key(fact) == key:
                    slot.add(fact, self.tolerances)
        return slot

    def _live_first(self, key: SlotKey, groups: list, group: int) -> tuple[int, int] | None:
        """(position, seq) of the group's first holder unchanged since indexed, or None."""
        best = None
        for number, seq, _ in self._plain(key, groups, group):
            position = self.positions[number]
            if position is not None:
                best = (position, seq)
                break
        for row in self._replacing(key, groups, group):
            position = self.positions[row[0]]
            if position is not None:
                if best is None or (position, row[1]) < best:
                    best = (position, row[1])
                break
        return best

    def _extremes(self, key: SlotKey, groups: list, by_high: list, by_low: list) -> set[int]:
        """Per side, every live group at the lowest upper end and the highest lower end
        (ties are all taken: the slot breaks them by first appearance, as the archive's)."""
        chosen: set[int] = set()
        for lows, orders in ((False, by_high), (True, by_low)):
            for side, order in enumerate(orders):
                best = None
                for group in order:
                    if type(group) is not int or not 0 <= group < len(groups):
                        raise IndexCorrupt("not a group")
                    if self._live_first(key, groups, group) is None:
                        continue
                    spans = self._value(key, groups, group)[1]
                    if len(spans) <= side:
                        raise IndexCorrupt("a value without that side")
                    span = spans[side]
                    end = low_end(span) if lows else high_end(span)
                    if best is None:
                        best = end
                    elif end != best:
                        if end < best:
                            raise IndexCorrupt("values out of order")
                        break
                    chosen.add(group)
        return chosen

    def _first_two(self, key: SlotKey, groups: list) -> set[int]:
        """The two live groups whose values were given first (names compare with them)."""
        ranked: list[tuple[tuple[int, int], int]] = []
        for group in range(len(groups)):
            numbers = [number for number, _, _ in islice(self._plain(key, groups, group), 1)]
            replacing = self._replacing(key, groups, group)
            numbers += [replacing[0][0]] if replacing else []
            if not numbers:
                raise IndexCorrupt("a value no file holds")
            if len(ranked) == 2 and (self.next_position[min(numbers)], 0) > ranked[1][0]:
                break  # every later group was first given after these two
            first = self._live_first(key, groups, group)
            if first is not None:
                ranked = sorted([*ranked, (first, group)])[:2]
        return {group for _, group in ranked}

    def _members(self, key: SlotKey, groups: list, group: int) -> list[_Placed]:
        """The group's first KEPT_PER_VALUE unchanged facts and every one correcting another."""
        value = self._value(key, groups, group)[0]
        members = []
        for number, seq, claim in self._plain(key, groups, group):
            if len(members) == KEPT_PER_VALUE:
                break
            position = self.positions[number]
            if position is not None:
                members.append(_Placed(position, seq, self._fact(number, claim, key, value, None)))
        for number, seq, claim, target, target_claim in self._replacing(key, groups, group):
            position = self.positions[number]
            if position is not None:
                fact = self._fact(number, claim, key, value, (target, target_claim))
                members.append(_Placed(position, seq, fact))
        return members

    def _fact(
        self, number: int, claim: str, key: SlotKey, value: object, replaces: tuple | None
    ) -> ArchiveFact:
        """A stored fact, with what the comparison needs (the rest is read when named)."""
        origin = self.origins.get(number)
        if origin is None:
            path = self.stored.paths[number]
            origin = self.origins[number] = Origin(path, path, None, None)
        subject, prop, kind, _ = key
        fact = ArchiveFact(
            origin, claim, subject, prop, kind, value, 0, 0, "", None, "verified", replaces
        )
        self.light.add(id(fact))
        return fact

    def _plain(self, key: SlotKey, groups: list, group: int) -> Iterator[tuple[int, int, str]]:
        """The group's holders that correct nothing, in order: (file, seq, claim id), read
        from its holders string only as far as the caller goes, each checked."""
        text = _row(groups, group)[2]
        claims = self._claims(key)
        files = len(self.positions)
        start, end = 0, len(text)
        while start < end:
            stop = text.find(" ", start)
            if stop < 0:
                stop = end
            parts = text[start:stop].split(".")
            start = stop + 1
            if len(parts) != 3 or not all(part.isascii() and part.isdigit() for part in parts):
                raise IndexCorrupt("not a holder")
            number, seq, claim = int(parts[0]), int(parts[1]), int(parts[2])
            if number >= files or claim >= len(claims):
                raise IndexCorrupt("a holder past the tables")
            yield number, seq, claims[claim]

    def _replacing(self, key: SlotKey, groups: list, group: int) -> list:
        """The group's holders that correct or supersede a claim, checked once per run."""
        if (key, group) not in self.holders:
            self.holders[key, group] = _checked_replacing(
                _row(groups, group)[3], len(self.positions), self.stored.base
            )
        return self.holders[key, group]

    def _claims(self, key: SlotKey) -> list[str]:
        """The property's table of claim ids, checked once per run."""
        if key not in self.claim_ids:
            claims = self.stored.slots[key][4]
            if not isinstance(claims, list) or not all(isinstance(c, str) for c in claims):
                raise IndexCorrupt("not claim ids")
            self.claim_ids[key] = claims
        return self.claim_ids[key]

    def _value(self, key: SlotKey, groups: list, group: int) -> tuple[object, tuple]:
        """A group's value, decoded and checked, with its spans (once per run)."""
        if (key, group) not in self.values:
            try:
                value = decode_value(groups[group][0])
            except (ValueError, ArithmeticError) as error:
                raise IndexCorrupt("not a value") from error
            if getattr(value, "unit", None) != key[3]:
                raise IndexCorrupt("a value of another unit")
            self.values[key, group] = (value, value_spans(value, self.tolerances) or ())
        return self.values[key, group]

    def _named(self, key: SlotKey, other: ArchiveFact) -> ArchiveFact:
        """The fact a finding names, as the run without an index has it."""
        if id(other) not in self.light:
            return other
        for fact in self.named(other.origin.path).facts:
            if fact.claim == other.claim and slot_key(fact) == key:
                return fact
        raise IndexCorrupt("a stored claim its file does not have")


def describe_of(fact: ArchiveFact) -> str:
    from factcheck.check.values import describe

    return describe(fact.value)


def _parts(record: list) -> tuple[list, list, list]:
    groups, by_high, by_low = record[5], record[6], record[7]
    if not (isinstance(groups, list) and isinstance(by_high, list) and isinstance(by_low, list)):
        raise IndexCorrupt("not a property")
    if not all(isinstance(order, list) for order in (*by_high, *by_low)):
        raise IndexCorrupt("not an order")
    return groups, by_high, by_low


def _row(groups: list, group: int) -> list:
    row = groups[group]
    if not (
        isinstance(row, list)
        and len(row) == 4
        and isinstance(row[1], str)
        and isinstance(row[2], str)
        and isinstance(row[3], list)
    ):
        raise IndexCorrupt("not a value group")
    return row


def _name(groups: list, group: int) -> str:
    return _row(groups, group)[1]


def _checked_replacing(replacing: list, files: int, base: str) -> list:
    """The correcting holders, checked, each target's root-relative path joined to the root
    (`base`) as the facts compared hold it."""
    checked = []
    for item in replacing:
        if not (
            isinstance(item, list)
            and len(item) == 5
            and type(item[0]) is int
            and 0 <= item[0] < files
            and type(item[1]) is int
            and item[1] >= 0
            and all(isinstance(text, str) for text in item[2:])
        ):
            raise IndexCorrupt("not a correcting holder")
        try:
            target = base + _inside(item[3])
        except ValueError:
            raise IndexCorrupt("a correction target outside the root") from None
        checked.append([*item[:3], target, item[4]])
    return checked

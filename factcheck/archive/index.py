"""The archive's index: every value stated for a registered subject's property, by value.

Values are grouped: a thousand articles that agree on "30-day" make one group, so a new
fact is compared with each distinct value once, not with every article that states it.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.archive.compare import conflicting
from factcheck.archive.facts import ArchiveFact, FileFacts
from factcheck.check.values import describe
from factcheck.consistency.truth import Tolerances


@dataclass(frozen=True, slots=True)
class Conflict:
    """`fact` (in the file just added) cannot be true together with `other`."""

    fact: ArchiveFact
    other: ArchiveFact


# Titles change over time (a minister becomes an envoy): role claims are checked against the
# register's tenures (FC605), never against each other.
NOT_COMPARED = ("role",)


class ArchiveIndex:
    """Facts about registered subjects from the files added so far."""

    def __init__(self, subjects: frozenset[str], tolerances: Tolerances) -> None:
        self.subjects = subjects
        self.tolerances = tolerances
        self._groups: dict[tuple[str, str], dict[tuple[str, str], list[ArchiveFact]]] = {}
        self.files: set[str] = set()

    def add(self, file: FileFacts) -> list[Conflict]:
        """Index a file's facts; return its facts' conflicts with the files added before.

        A claim marked `false` is left out: its value is what the article wrongly says, and
        FC424 already reports it; so are role claims (NOT_COMPARED). Two claims never
        conflict when one corrects or supersedes the other. Conflicts inside one file are
        FC421's, not the archive's.
        """
        mine = [
            fact
            for fact in file.facts
            if fact.subject in self.subjects
            and fact.status != "false"
            and fact.type not in NOT_COMPARED
        ]
        conflicts = []
        for fact in mine:
            groups = self._groups.get((fact.subject, fact.property), {})
            for (kind, _), members in groups.items():
                if kind != fact.type or not conflicting(
                    fact.value, members[0].value, self.tolerances
                ):
                    continue
                other = _first_unexcused(fact, members)
                if other is not None:
                    conflicts.append(Conflict(fact, other))
        for fact in mine:
            groups = self._groups.setdefault((fact.subject, fact.property), {})
            groups.setdefault((fact.type, describe(fact.value)), []).append(fact)
        self.files.add(file.origin.path)
        return conflicts


def _first_unexcused(fact: ArchiveFact, members: list[ArchiveFact]) -> ArchiveFact | None:
    """The first fact of another file in `members` that `fact` does not correct (nor it)."""
    for other in members:
        if other.origin.path == fact.origin.path:
            continue
        if fact.replaces == other.key or other.replaces == fact.key:
            continue
        return other
    return None

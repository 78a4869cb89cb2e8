"""The facts a claims file states: each claim's typed value, where it stands, and the dateline."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.article.normalize import normalize_phrase
from factcheck.check.values import claimed_value, describe
from factcheck.consistency.truth import Tolerances
from factcheck.load.check_references import PUBLISHED
from factcheck.model.claims import ClaimBase, ClaimsFile, Subject
from factcheck.result import ClaimResult
from factcheck.values import DateOffset, DateValue


@dataclass(frozen=True, slots=True)
class Fact:
    """One claim as a consistency check sees it."""

    id: str
    claim: ClaimBase | None
    value: object
    line: int
    article_line: int | None
    article_column: int | None = None
    # Another claims file's claim (`FILE#claim-id`): that file as reports name it, so the
    # message says `claims/other.yaml:471`, a place an editor opens, not a bare line of it.
    file: str | None = None

    def label(self) -> str:
        """`round-1-date` 2025-05-16 (line 540, article line 22), or for another file's
        claim (claims/june-02.yaml:11): names it, says where."""
        if self.file:
            where = f"{self.file}:{self.line}"
        else:
            where = f"line {self.line}" if self.line else "the dateline"
        if self.article_line:
            where += f", article line {self.article_line}"
        return f"`{self.id}` {describe(self.value)} ({where})"


def _as_written(name: str) -> tuple[str, ...]:
    """A name as sentences write it: an alias such as "the talks" also opens a sentence,
    "The talks ended on Sunday"."""
    if name.startswith(("the ", "a ", "an ")):
        return (name, name[0].upper() + name[1:])
    return (name,)


def _resolve_offsets(by_id: dict[str, Fact]) -> dict[str, str]:
    """Give each date counted from another ("a day earlier") its date, in place.

    A date may count from one that counts from another; each pass resolves those whose
    reference is known, so a chain takes as many passes as it is long. Those left (a
    reference that is no date claim, or a circle) lose their value and are returned with
    the reason, for FC430.
    """
    pending = {key: fact for key, fact in by_id.items() if isinstance(fact.value, DateOffset)}
    if not pending:
        return {}
    while pending:
        progressed = False
        for key, fact in list(pending.items()):
            offset: DateOffset = fact.value  # type: ignore[assignment]
            base = by_id.get(offset.relative_to)
            if base is None or not isinstance(base.value, DateOffset | DateValue):
                continue
            if isinstance(base.value, DateOffset):
                continue  # not worked out yet: a later pass
            try:
                value = offset.apply(base.value)
            except (OverflowError, ValueError):
                continue
            by_id[key] = replace(fact, value=value)
            del pending[key]
            progressed = True
        if not progressed:
            break
    reasons = {}
    for key, fact in pending.items():
        offset = fact.value  # type: ignore[assignment]
        base = by_id.get(offset.relative_to)
        if base is None or base.claim is None:
            reasons[key] = f"`{offset.relative_to}` is not a claim of this file"
        elif isinstance(base.value, DateOffset):
            reasons[key] = (
                f"`{offset.relative_to}` is itself counted from a date that cannot be worked "
                "out (a circle of offsets, or a reference that is no date)"
            )
        elif isinstance(base.value, DateValue):
            reasons[key] = f"moving `{offset.relative_to}` by {offset.iso()} leaves the calendar"
        else:
            reasons[key] = f"`{offset.relative_to}` is not a date claim"
        del by_id[key]
    return reasons


class Facts:
    """Every claim of a file by id, plus `published`, the subjects and the tolerances."""

    def __init__(
        self,
        model: ClaimsFile,
        results: list[ClaimResult],
        dateline: DateValue | None,
        tolerances: Tolerances,
        published_line: int = 0,
    ) -> None:
        self.model = model
        self.subjects: dict[str, Subject] = dict(model.subjects)
        self.tolerances = tolerances
        self.by_id: dict[str, Fact] = {}
        lines = {r.id: (r.line, r.article_line, r.article_column) for r in results}
        for claim in model.claims:
            try:
                value = claimed_value(claim)
            except ValueError:
                continue
            line, article_line, column = lines.get(claim.id, (0, None, None))
            self.by_id[claim.id] = Fact(claim.id, claim, value, line, article_line, column)
        if dateline is not None:
            self.by_id[PUBLISHED] = Fact(PUBLISHED, None, dateline, published_line, None)
        #: Dates counted from another claim that could not be worked out, with the reason.
        self.unresolved: dict[str, str] = _resolve_offsets(self.by_id)
        self.dateline = dateline
        # Subjects a sentence names, by sentence: asked once per mention of the sentence.
        self.named_in_sentence: dict[str, list[str]] = {}
        self._about: dict[str, list[Fact]] | None = None
        self._names: list[tuple[str, str]] | None = None
        # Place subjects by normalized, casefolded name or alias (place_checks builds it).
        self.places_by_name: dict[str, str] | None = None
        # The subjects' names as one search, for a file of many (contradictions builds it).
        self.name_search: object | None = None

    def get(self, item: str) -> Fact | None:
        """The fact named `item` (a claim id or `published`), None if it has no usable value."""
        return self.by_id.get(item)

    def date(self, item: str) -> tuple[DateValue, Fact] | None:
        fact = self.by_id.get(item)
        if fact is None or not isinstance(fact.value, DateValue):
            return None
        return fact.value, fact

    def subject_names(self) -> list[tuple[str, str]]:
        """(subject id, name or alias), normalized as article text is, subject by subject.

        Computed once: FC428 looks for them in every sentence with an uncovered mention.
        Flat pairs rather than a list per subject: a sentence is tested against all of them,
        and one loop over pairs costs a fraction of a generator per subject.
        """
        if self._names is None:
            self._names = [
                (subject_id, written)
                for subject_id, subject in self.subjects.items()
                for name in (subject.name, *subject.aliases)
                if name
                for written in _as_written(normalize_phrase(name))
            ]
        return self._names

    def claims_about(self, subject: str, property_name: str | None = None) -> list[Fact]:
        """Facts whose claim is about `subject` (and `property_name`, if given).

        From an index by subject built on the first question: FC428 asks for every subject
        of every uncovered mention, and a pass over all facts each time was a tenth of its
        cost.
        """
        if self._about is None:
            self._about = {}
            for fact in self.by_id.values():
                if fact.claim is not None:
                    self._about.setdefault(fact.claim.subject, []).append(fact)
        facts = self._about.get(subject, [])
        if property_name is None:
            return list(facts)
        return [fact for fact in facts if fact.claim.property == property_name]  # type: ignore[union-attr]

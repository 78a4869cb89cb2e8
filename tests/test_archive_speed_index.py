"""A fact whose extreme values it corrects (or that correct it) looks past them through the
index's sorted ends, not by comparing every value: it must name exactly the fact a scan of
every value, in the order they were given, would name."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from factcheck.archive.compare import conflicting
from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.index import ArchiveIndex, _first_unexcused, _Slot
from factcheck.consistency.truth import Tolerances
from factcheck.values import DateValue, NumberValue, PairValue

NAMES = ("Geneva", "geneva", "Istanbul", "Doha", "Vienna", "Oslo")


def _value(rng: random.Random, kind: str) -> object:
    if kind == "number":
        return NumberValue(Decimal(rng.randrange(900, 1300, 50)), rng.choice((None, "about")))
    if kind == "date":
        return DateValue.from_edtf(f"2025-05-{rng.randrange(1, 25):02d}")
    if kind == "pair":
        return PairValue(Decimal(rng.randrange(9, 13)), Decimal(rng.randrange(9, 13)), None)
    return rng.choice(NAMES)


def _fact(number: int, claim: str, value: object, kind: str, replaces=None) -> ArchiveFact:
    origin = Origin(f"/archive/claims/{number}.yaml", f"claims/{number}.yaml", None, None)
    return ArchiveFact(
        origin, claim, "talks", "venue", kind, value, 1, 1, "words", None, "verified", replaces
    )


def _scan(slot: _Slot, fact: ArchiveFact, tolerances: Tolerances) -> ArchiveFact | None:
    """Every group in order: the first conflicting one with a fact `fact` does not excuse."""
    for members in slot.groups.values():
        if conflicting(fact.value, members[0].value, tolerances):
            other = _first_unexcused(fact, members)
            if other is not None:
                return other
    return None


@pytest.mark.parametrize("kind", ["number", "date", "pair", "name"])
@pytest.mark.parametrize("seed", range(15))
def test_looking_past_excused_values_names_what_a_full_scan_names(kind: str, seed: int) -> None:
    rng = random.Random(seed)
    tolerances = Tolerances()
    slot = _Slot()
    facts: list[ArchiveFact] = []
    looked = 0
    for number in range(rng.randrange(5, 60)):
        replaces = rng.choice(facts).key if facts and rng.random() < 0.4 else None
        fact = _fact(number, f"c{number}", _value(rng, kind), kind, replaces)
        if rng.random() < 0.3:  # a file that came earlier corrects this very fact
            corrector = _fact(number + 1000, "fix", _value(rng, kind), kind, fact.key)
            slot.add(corrector, tolerances)
            facts.append(corrector)
        assert slot._beyond_excused(fact, tolerances) == _scan(slot, fact, tolerances)
        looked += 1
        slot.add(fact, tolerances)
        facts.append(fact)
    assert looked


def test_correcting_the_outlier_does_not_compare_every_value(monkeypatch) -> None:
    """A thousand files give a thousand different "under N" figures; one gave 5,000, and a
    later file corrects it with "under 900": it is compared with a few values, not all."""
    tolerances = Tolerances()
    index = ArchiveIndex(frozenset({"talks"}), tolerances)
    outlier = _fact(0, "c", NumberValue(Decimal(5000)), "number")
    index.add(FileFacts(outlier.origin, (outlier,)))
    for number in range(1, 1000):
        fact = _fact(number, "c", NumberValue(Decimal(1000 + number), "under"), "number")
        index.add(FileFacts(fact.origin, (fact,)))
    calls = []

    def counting(a: object, b: object, t: Tolerances) -> bool:
        calls.append(1)
        return conflicting(a, b, t)

    monkeypatch.setattr("factcheck.archive.index.conflicting", counting)
    correction = _fact(2000, "c", NumberValue(Decimal(900), "under"), "number", outlier.key)
    assert index.add(FileFacts(correction.origin, (correction,))) == []
    assert 0 < len(calls) < 20
    uncorrected = _fact(2001, "c", NumberValue(Decimal(900), "under"), "number")
    conflicts = index.add(FileFacts(uncorrected.origin, (uncorrected,)))
    assert [c.other.origin.display for c in conflicts] == ["claims/0.yaml"]

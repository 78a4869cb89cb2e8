"""Looking past values a correction excuses stays near linear on archives built for it:
many files correcting one claim while a value given late conflicts with them (files ×
values comparisons before), counted in comparisons, never timed. And it still names what a
scan of every value, in the order given, names (names, ordinals and pairs too)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from factcheck.archive.compare import conflicting
from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.index import ArchiveIndex, _first_unexcused, _Slot
from factcheck.consistency.truth import Tolerances
from factcheck.values import NumberValue, OrdinalValue, PairValue


def _fact(number: int, value: object, kind: str = "number", replaces=None) -> ArchiveFact:
    origin = Origin(f"/archive/claims/{number}.yaml", f"claims/{number}.yaml", None, None)
    return ArchiveFact(
        origin, "c", "swap", "count", kind, value, 1, 1, "words", None, "verified", replaces
    )


def _counted(monkeypatch) -> list[int]:
    calls: list[int] = []

    def counting(a: object, b: object, t: Tolerances) -> bool:
        calls.append(1)
        return conflicting(a, b, t)

    monkeypatch.setattr("factcheck.archive.index.conflicting", counting)
    return calls


def _add(index: ArchiveIndex, fact: ArchiveFact):
    return index.add(FileFacts(fact.origin, (fact,)))


@pytest.mark.parametrize("files", [200, 800])
def test_many_files_correcting_one_claim_cost_a_few_comparisons_each(monkeypatch, files):
    """File 0 says 5,000 (the highest value); `files` files give distinct figures near 1,000
    that agree with each other; one more says 2,000 (it conflicts with them, but is no
    extreme); then `files` files say about 1,000 and correct file 0. Each corrector's
    extremes are file 0's value (excused) and agreeing ones: it must find file M's 2,000
    without comparing every value before it."""
    index = ArchiveIndex(frozenset({"swap"}), Tolerances())
    outlier = _fact(0, NumberValue(Decimal(5000)))
    _add(index, outlier)
    for number in range(1, files + 1):
        _add(index, _fact(number, NumberValue(Decimal(1000) + Decimal(number) / 100, "about")))
    distant = _fact(files + 1, NumberValue(Decimal(2000)))
    assert len(_add(index, distant)) == 1  # it conflicts with the first figure near 1,000
    calls = _counted(monkeypatch)
    named = set()
    for number in range(files + 2, 2 * files + 2):
        corrector = _fact(number, NumberValue(Decimal(1000), "about"), replaces=outlier.key)
        [conflict] = _add(index, corrector)
        named.add(conflict.other.origin.display)
    assert named == {f"claims/{files + 1}.yaml"}
    assert len(calls) <= 8 * files  # a scan of every value made files × files


def test_a_claim_corrected_by_many_files_is_compared_once_each(monkeypatch):
    """Files 1..N each correct file 0's claim, which comes later in the archive's order
    (FC604's case) with a value none of theirs agrees with; a value given last conflicts
    with it too and is what it must name: the steps are the correctors, not N × values."""
    files = 600
    index = ArchiveIndex(frozenset({"swap"}), Tolerances())
    corrected = _fact(0, NumberValue(Decimal(5000)))
    for number in range(1, files + 1):
        fix = _fact(number, NumberValue(Decimal(1000) + number, "about"), replaces=corrected.key)
        _add(index, fix)
    distant = _fact(files + 1, NumberValue(Decimal(2000)))
    _add(index, distant)
    calls = _counted(monkeypatch)
    [conflict] = _add(index, corrected)
    assert conflict.other.origin.display == f"claims/{files + 1}.yaml"
    assert len(calls) <= 2 * files + 10


def test_names_given_in_many_spellings_are_passed_in_one_step(monkeypatch):
    """Hundreds of spellings of one place ("Istanbul", "ISTANBUL", ...) are one name: a
    fact correcting the first value finds the one other place given last in a few steps."""
    index = ArchiveIndex(frozenset({"swap"}), Tolerances())
    wrong = _fact(0, "Ankara", "place")
    _add(index, wrong)
    spellings = {
        "".join(
            c.upper() if bit == "1" else c for c, bit in zip("istanbul", f"{n:08b}", strict=True)
        )
        for n in range(256)
    }
    for number, spelling in enumerate(sorted(spellings), start=1):
        _add(index, _fact(number, spelling, "place"))
    doha = _fact(1000, "Doha", "place")
    _add(index, doha)
    calls = _counted(monkeypatch)
    corrector = _fact(1001, "Istanbul", "place", replaces=wrong.key)
    [conflict] = _add(index, corrector)
    assert conflict.other.origin.display == "claims/1000.yaml"
    assert len(calls) < 10


def _scan(slot: _Slot, fact: ArchiveFact, tolerances: Tolerances) -> ArchiveFact | None:
    for members in slot.groups.values():
        if conflicting(fact.value, members[0].value, tolerances):
            other = _first_unexcused(fact, members)
            if other is not None:
                return other
    return None


def _value(rng: random.Random, kind: str) -> object:
    if kind == "number":
        qualifier = rng.choice((None, "about", "over", "under", "up to", "at least"))
        return NumberValue(Decimal(rng.randrange(900, 1300, 50)), qualifier)
    if kind == "pair":
        return PairValue(Decimal(rng.randrange(9, 13)), Decimal(rng.randrange(9, 13)), "about")
    if kind == "ordinal":
        return OrdinalValue(rng.randrange(1, 5))
    return rng.choice(("Geneva", "GENEVA", "geneva", "Istanbul", "Doha"))


@pytest.mark.parametrize("kind", ["number", "pair", "ordinal", "name"])
@pytest.mark.parametrize("seed", range(20))
def test_the_first_unexcused_conflict_is_the_one_a_scan_names(kind: str, seed: int) -> None:
    rng = random.Random(seed)
    tolerances = Tolerances()
    slot = _Slot()
    facts: list[ArchiveFact] = []
    for number in range(rng.randrange(5, 80)):
        replaces = rng.choice(facts).key if facts and rng.random() < 0.5 else None
        fact = _fact(number, _value(rng, kind), kind, replaces)
        for extra in range(rng.choice((0, 0, 1, 3))):  # earlier files correcting this one
            corrector = _fact(number * 10 + 5000 + extra, _value(rng, kind), kind, fact.key)
            slot.add(corrector, tolerances)
            facts.append(corrector)
        assert slot._beyond_excused(fact, tolerances) == _scan(slot, fact, tolerances)
        slot.add(fact, tolerances)
        facts.append(fact)

"""The archive index compares a new value with a few stored ones (the extremes), never all:
it must find a conflict exactly when comparing with every stored value would."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from factcheck.archive.compare import conflicting
from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.index import ArchiveIndex
from factcheck.consistency.truth import Tolerances
from factcheck.values import DateValue, NumberValue, PairValue

QUALIFIERS = (None, "over", "under", "up to", "at least", "nearly", "about")


def _number(rng: random.Random) -> NumberValue:
    return NumberValue(Decimal(rng.randrange(900, 1300, 50)), rng.choice(QUALIFIERS))


def _date(rng: random.Random) -> DateValue:
    day = rng.randrange(1, 25)
    if rng.random() < 0.3:
        return DateValue.from_edtf(f"2025-05-{day:02d}/2025-05-{day + rng.randrange(1, 7):02d}")
    return DateValue.from_edtf(f"2025-05-{day:02d}")


def _pair(rng: random.Random) -> PairValue:
    left = Decimal(rng.randrange(900, 1300, 100))
    right = left if rng.random() < 0.7 else Decimal(rng.randrange(900, 1300, 100))
    return PairValue(left, right, rng.choice((None, "up to", "about")))


def _file(index: int, value: object, kind: str) -> FileFacts:
    origin = Origin(f"/archive/claims/{index}.yaml", f"claims/{index}.yaml", None, None)
    fact = ArchiveFact(origin, "c", "swap", "count", kind, value, 1, 1, "words", None, "verified")
    return FileFacts(origin, (fact,))


@pytest.mark.parametrize(("make", "kind"), [(_number, "number"), (_date, "date"), (_pair, "pair")])
@pytest.mark.parametrize("seed", range(20))
def test_the_extremes_find_a_conflict_exactly_when_all_values_would(make, kind, seed):
    rng = random.Random(seed)
    tolerances = Tolerances()
    index = ArchiveIndex(frozenset({"swap"}), tolerances)
    stored: list[object] = []
    for number in range(rng.randrange(2, 30)):
        value = make(rng)
        conflicts = index.add(_file(number, value, kind))
        expected = any(conflicting(value, other, tolerances) for other in stored)
        assert bool(conflicts) == expected, (value, stored)
        for conflict in conflicts:
            assert conflicting(value, conflict.other.value, tolerances)
        stored.append(value)

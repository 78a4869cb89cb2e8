"""`SparseIndex` (a changed-since run through the stored index) names, for every fact of
every changed file, exactly the fact `ArchiveIndex` names after reading every unchanged
file: on random archives of numbers, dates, pairs and names, with corrections, with files
changed anywhere in the order and files the index does not describe (read as extras)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.archive.facts import ArchiveFact, FileFacts, Origin, git_blob_id
from factcheck.archive.index import ArchiveIndex, indexed_facts
from factcheck.archive.index_file import IndexBuilder, load_index
from factcheck.archive.sparse import SparseIndex
from factcheck.consistency.truth import Tolerances
from factcheck.values import DateValue, NumberValue, PairValue

NAMES = ("Geneva", "geneva", "Istanbul", "Doha", "Vienna")
SUBJECTS = frozenset({"talks"})


def _value(rng: random.Random, kind: str) -> object:
    if kind == "number":
        amount = Decimal(rng.randrange(900, 1300, 50))
        return NumberValue(amount, rng.choice((None, None, "about", "up to", "over")))
    if kind == "date":
        return DateValue.from_edtf(rng.choice(("2025-05", f"2025-05-{rng.randrange(1, 31):02d}")))
    if kind == "pair":
        return PairValue(Decimal(rng.randrange(9, 13)), Decimal(rng.randrange(9, 13)), None)
    return rng.choice(NAMES)


def _archive(rng: random.Random, root: Path, kind: str, size: int) -> list[FileFacts]:
    files: list[FileFacts] = []
    keys: list[tuple[str, str]] = []
    for number in range(size):
        path = str(root / "claims" / f"{number:03d}.yaml")
        origin = Origin(path, f"claims/{number:03d}.yaml", None, None)
        facts = []
        for claim in range(rng.choice((1, 1, 2))):
            replaces = rng.choice(keys) if keys and rng.random() < 0.15 else None
            fact = ArchiveFact(
                origin, f"c{claim}", "talks", "venue", kind, _value(rng, kind), 1, 1, "w",
                None, "verified", replaces,
            )  # fmt: skip
            facts.append(fact)
        keys.extend(fact.key for fact in facts)
        files.append(FileFacts(origin, tuple(facts), git_blob_id(path), "a.md"))
    return files


def _conflicts(index, file: FileFacts) -> list[tuple[str, str, str]]:
    return [(c.fact.claim, c.other.origin.path, c.other.claim) for c in index.add(file)]


@pytest.mark.parametrize("kind", ["number", "date", "pair", "name"])
@pytest.mark.parametrize("seed", range(12))
def test_the_sparse_index_names_what_reading_every_file_names(tmp_path, kind, seed):
    rng = random.Random(seed)
    tolerances = Tolerances()
    files = _archive(rng, tmp_path.resolve(), kind, rng.randrange(8, 80))
    builder = IndexBuilder(tmp_path.resolve(), "register", tolerances)
    for file in files:
        builder.add(file, indexed_facts(file, SUBJECTS))
    builder.save([file.origin.path for file in files])
    stored = load_index(tmp_path.resolve())
    assert stored is not None and len(stored.paths) == len(files)

    changed = set(rng.sample(range(len(files)), rng.randrange(1, 4)))
    stale = set(rng.sample(range(len(files)), rng.randrange(0, 4))) - changed
    # A stale file says something else now: the run reads it (an extra), as without index.
    now = {
        n: FileFacts(files[n].origin, tuple(_restated(rng, f, kind) for f in files[n].facts))
        if n in stale
        else files[n]
        for n in range(len(files))
    }
    edited = {
        n: FileFacts(files[n].origin, tuple(_restated(rng, f, kind) for f in files[n].facts))
        for n in changed
    }

    plain = ArchiveIndex(SUBJECTS, tolerances)
    for n in range(len(files)):
        if n not in changed:
            plain.add(now[n])
    positions = [None if n in changed or n in stale else n for n in range(len(files))]
    extras = [(n, now[n]) for n in sorted(stale)]
    sparse = SparseIndex(
        stored, positions, extras, SUBJECTS, tolerances,
        lambda path: next(f for f in now.values() if f.origin.path == path),
        lambda: pytest.fail("the index is well formed: no fallback"),
    )  # fmt: skip
    for n in sorted(changed):
        assert _conflicts(sparse, edited[n]) == _conflicts(plain, edited[n])


def _restated(rng: random.Random, fact: ArchiveFact, kind: str) -> ArchiveFact:
    return ArchiveFact(
        fact.origin, fact.claim, fact.subject, fact.property, fact.type, _value(rng, kind),
        fact.line, fact.column, fact.words, None, fact.status, fact.replaces,
    )  # fmt: skip

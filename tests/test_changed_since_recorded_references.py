"""`--changed-since` after a claims file changed, with the archive index: the files naming
it (`FILE#claim-id`) are found from what the index recorded of each unchanged file
(`archive/reference_names.py`), not by reading every claims file again; the choice is the
byte scan's, and an index or cache entry that is corrupt, tracked by git or stale for a file
never leaves a file that names the changed one unchecked."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

INDEX = Path(".factcheck") / "archive" / "index.json"
ORDER = "{id: order, kind: chronology, items: [NAMED.yaml#round-2-date, published]}"
FILLERS = 8


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")  # the test configuration: use factcheck.yaml


def _archive(root: Path, named: str = "june-02", check: bool = True) -> Path:
    """a-00 (the register) to a-07 on a prisoner swap; NAMED.yaml dating the second round
    June 2; june-27.yaml, whose chronology names NAMED's claim (with `check`). Committed,
    then a full run writes the cache and the index. Returns NAMED.yaml."""
    for number in range(FILLERS):
        article(
            root,
            f"a-{number:02d}",
            "2025-06-10",
            "They swapped 1,000 prisoners.",
            claim("swap-count", "swap", "count", "number", "1000", '"1,000"'),
        )
    path = article(
        root,
        named,
        "2025-06-02",
        "The second round was held on June 2 in Istanbul.",
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
    )
    naming = article(
        root,
        "june-27",
        "2025-06-27",
        "Talks held on June 2 produced an exchange; Putin spoke on June 27.",
        claim("talks-date", "round-2", "date", "date", "2025-06-02", "June 2"),
    )
    if check:
        _add_check(naming, named)
    configure(root, "claims/a-00.yaml")
    commit_archive(root)
    return path


def _add_check(naming: Path, named: str) -> None:
    check = ORDER.replace("NAMED", named)
    naming.write_text(naming.read_text("utf-8") + f"checks:\n  - {check}\n", "utf-8")


def _full_run(factcheck, root: Path) -> None:
    assert factcheck("verify", "--format", "json").code == 0
    assert (root / INDEX).is_file()


def _move_date(named: Path) -> None:
    """NAMED now dates the round June 28, after the June 27 article: june-27's check fails."""
    text = named.read_text("utf-8").replace("value: 2025-06-02", "value: 2025-06-28")
    named.write_text(text, "utf-8")


class _Scans:
    """Counts the claims files read to find whether they name a changed file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import factcheck.archive.reference_names as names

        self.count = 0
        scan = names.may_name

        def counted(*args, **kwargs):
            self.count += 1
            return scan(*args, **kwargs)

        monkeypatch.setattr(names, "may_name", counted)


def _changed_run(factcheck):
    return factcheck("verify", "--format", "json", "--changed-since", "HEAD")


def _checked(run) -> list[str]:
    return [f["claims_file"] for f in run.report["files"]]


def _fc401(run) -> list[tuple[str, int]]:
    return [(f["file"], f["line"]) for f in run.findings("FC401")]


def _set_record(root: Path, name: str, record: str) -> None:
    """Write `record` as the references field of claims/NAME.yaml in the index."""
    data = json.loads((root / INDEX).read_text("utf-8"))
    fields = data["files"].split("\0")
    position = fields.index(f"claims/{name}.yaml")
    fields[position + 3] = record
    data["files"] = "\0".join(fields)
    (root / INDEX).write_text(json.dumps(data), "utf-8")


def _record(root: Path, name: str) -> str:
    fields = json.loads((root / INDEX).read_text("utf-8"))["files"].split("\0")
    return fields[fields.index(f"claims/{name}.yaml") + 3]


@pytest.mark.parametrize("edit", ["moved", "deleted"])
def test_the_file_naming_a_changed_one_is_found_without_reading_the_others(
    factcheck, tmp_path, monkeypatch, edit
) -> None:
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    assert _record(tmp_path, "june-27") == "june-02.yaml"
    assert _record(tmp_path, "a-03") == ""
    if edit == "moved":
        _move_date(named)
    else:
        git(tmp_path, "rm", "-q", "claims/june-02.yaml", "articles/june-02.md")
    scans = _Scans(monkeypatch)
    run = _changed_run(factcheck)
    assert scans.count == 0  # no unchanged claims file read for its references
    expected = ["claims/june-27.yaml"]
    if edit == "moved":
        expected.insert(0, "claims/june-02.yaml")
    assert _checked(run) == expected
    full = factcheck("verify", "--format", "json")
    assert run.code == full.code == 1
    if edit == "moved":
        assert _fc401(run) == _fc401(full) == [("claims/june-27.yaml", 20)]
    else:
        fc108 = [(f["file"], f["line"]) for f in run.findings("FC108")]
        assert fc108 == [(f["file"], f["line"]) for f in full.findings("FC108")]
        assert fc108 == [("claims/june-27.yaml", 20)]


def test_an_edit_naming_nothing_changed_checks_that_file_alone(
    factcheck, tmp_path, monkeypatch
) -> None:
    _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    with open(tmp_path / "claims" / "a-05.yaml", "a", encoding="utf-8") as stream:
        stream.write("# reviewed\n")
    scans = _Scans(monkeypatch)
    run = _changed_run(factcheck)
    assert _checked(run) == ["claims/a-05.yaml"] and run.code == 0
    assert scans.count == 0


def test_a_name_no_record_answers_for_is_found_by_reading_the_files(
    factcheck, tmp_path, monkeypatch
) -> None:
    """`june 02.yaml`: YAML may cut a name at a space, so a record of what follows the
    space cannot answer; every unchanged file is read, as without an index."""
    named = _archive(tmp_path, named="june 02")
    _full_run(factcheck, tmp_path)
    assert _record(tmp_path, "june-27") == "02.yaml"
    _move_date(named)
    scans = _Scans(monkeypatch)
    run = _changed_run(factcheck)
    assert scans.count == FILLERS + 1  # the fillers and june-27
    assert _checked(run) == ["claims/june 02.yaml", "claims/june-27.yaml"]
    assert _fc401(run) == [("claims/june-27.yaml", 20)]


def test_a_well_formed_record_is_trusted_as_written(factcheck, tmp_path) -> None:
    """The counterpart of the tests below: an edited but well-formed record is used (so
    they show the checks at work, not a record that is never read). A cache git does not
    track is this machine's own, as its facts are (`cache.cache_is_local`)."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", "")
    _move_date(named)
    assert _checked(_changed_run(factcheck)) == ["claims/june-02.yaml"]


# A record of june-27.yaml edited to hide its reference to june-02.yaml, in ways
# `record_of` never writes: each must make the index unused, not june-27 skipped.
HOSTILE = {
    "upper-case": "JUNE-02.YAML",
    "a-space": "june-02 .yaml",
    "not-a-yaml-name": "june-02",
    "a-tail-not-a-name": "a.yaml/b",
    "past-latin-1": "\u0436.yaml",
    "too-long": "/".join(["x.yaml"] * 700),
    "a-quote": "june-02'.yaml",
    "two-escapes": "\\\\",
}


@pytest.mark.parametrize("hostile", HOSTILE, ids=list(HOSTILE))
def test_a_record_not_as_written_is_not_used(factcheck, tmp_path, hostile) -> None:
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", HOSTILE[hostile])
    _move_date(named)
    run = _changed_run(factcheck)
    assert "Traceback" not in run.err
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert _fc401(run) == [("claims/june-27.yaml", 20)]
    assert _record(tmp_path, "june-27") == "june-02.yaml"  # the index was written anew


def test_a_record_in_an_index_git_tracks_is_not_used(factcheck, tmp_path) -> None:
    """A pull request can commit `.factcheck/` with a record that hides a reference: a
    cache git tracks is never read."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", "")
    git(tmp_path, "add", "-f", ".factcheck")
    git(tmp_path, "commit", "-q", "-m", "a cache hiding june-27's reference")
    _move_date(named)
    run = _changed_run(factcheck)
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert _fc401(run) == [("claims/june-27.yaml", 20)]


class _AskedGit:
    """Counts the `git ls-files` runs asking whether git tracks the cache, from a fresh
    memo (as a new process starts with)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from factcheck.archive import cache

        self.count = 0
        asked = cache._asked_git

        def counted(root: Path) -> bool:
            self.count += 1
            return asked(root)

        monkeypatch.setattr(cache, "_LOCAL", {})
        monkeypatch.setattr(cache, "_asked_git", counted)


def test_a_local_cache_is_known_from_the_diff_and_the_tree_listing(
    factcheck, tmp_path, monkeypatch
) -> None:
    """Neither the ref's tree nor the change holds anything under `.factcheck/`: the cache
    is this machine's own without a `git ls-files` of its own, and its records are used."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", "")
    _move_date(named)
    asked = _AskedGit(monkeypatch)
    assert _checked(_changed_run(factcheck)) == ["claims/june-02.yaml"]
    assert asked.count == 0


@pytest.mark.parametrize("how", ["committed", "staged"])
def test_a_cache_the_change_adds_to_git_is_not_used(factcheck, tmp_path, monkeypatch, how) -> None:
    """A pull request committing `.factcheck/` since the ref (or a cache staged since): the
    diff names it, git is asked, and the cache is not trusted."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", "")
    base = git(tmp_path, "rev-parse", "HEAD").strip()
    git(tmp_path, "add", "-f", ".factcheck")
    if how == "committed":
        git(tmp_path, "commit", "-q", "-m", "a cache hiding june-27's reference")
    _move_date(named)
    asked = _AskedGit(monkeypatch)
    run = factcheck("verify", "--format", "json", "--changed-since", base)
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert _fc401(run) == [("claims/june-27.yaml", 20)]
    assert asked.count == 1


def test_a_cache_in_the_refs_tree_is_not_used_and_git_is_asked(
    factcheck, tmp_path, monkeypatch
) -> None:
    """The ref's tree holds `.factcheck/`, unchanged since: `ls-tree` lists it."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    _set_record(tmp_path, "june-27", "")
    git(tmp_path, "add", "-f", ".factcheck")
    git(tmp_path, "commit", "-q", "-m", "a cache hiding june-27's reference")
    _move_date(named)
    asked = _AskedGit(monkeypatch)
    run = _changed_run(factcheck)
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert asked.count == 1


def test_anything_git_tracks_at_the_cache_leaves_the_question_to_git(tmp_path: Path) -> None:
    """A link or a submodule at `.factcheck` in the ref's tree, a name under it among the
    changed ones, or a root that is not the top level: not known local without git."""
    from factcheck.archive import cache

    (tmp_path / ".git").mkdir()
    top = str(tmp_path)
    cases = [
        (tmp_path, top, [".factcheck"], []),  # a link or submodule in the ref's tree
        (tmp_path, top, [], [".factcheck"]),  # the diff names the folder's own entry
        (tmp_path, top, [], [".factcheck/archive/index.json"]),
        (tmp_path / "sub", top, [], []),  # the root below the top level
    ]
    for root, at, tracked, changed in cases:
        cache._LOCAL.pop(root, None)
        cache.note_untracked_cache(root, at, tracked, changed)
        assert root not in cache._LOCAL, (tracked, changed)
    cache.note_untracked_cache(tmp_path, top, [], [".factcheckx", "claims/a.yaml"])
    assert cache._LOCAL.pop(tmp_path) is True


def test_a_file_edited_after_it_was_indexed_is_read(factcheck, tmp_path, monkeypatch) -> None:
    """june-27 named nothing when the index was written; the reference is added and
    committed after. Its recorded blob is no longer the one at HEAD: it is read."""
    named = _archive(tmp_path, check=False)
    _full_run(factcheck, tmp_path)
    assert _record(tmp_path, "june-27") == ""
    _add_check(tmp_path / "claims" / "june-27.yaml", "june-02")
    git(tmp_path, "commit", "-qam", "june-27 checks the order")
    _move_date(named)
    scans = _Scans(monkeypatch)
    run = _changed_run(factcheck)
    assert scans.count == 1  # june-27 alone
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert _fc401(run) == [("claims/june-27.yaml", 20)]


def _entry_of(root: Path, name: str) -> Path:
    for path in (root / ".factcheck" / "archive").glob("*.json"):
        data = {} if path.name == "index.json" else json.loads(path.read_text("utf-8"))
        if data.get("claims") == f"claims/{name}.yaml":
            return path
    raise AssertionError(f"no entry for {name}")


def test_an_index_rebuilt_from_the_cache_entries_keeps_the_records(
    factcheck, tmp_path, monkeypatch
) -> None:
    """The index deleted: the next run reads every file and rebuilds it from the entries,
    which keep each file's record; a record not as written makes its entry unused (the
    file's claims are read instead, and its record made again)."""
    named = _archive(tmp_path)
    _full_run(factcheck, tmp_path)
    entry = _entry_of(tmp_path, "june-27")
    data = json.loads(entry.read_text("utf-8"))
    assert data["references"] == "june-02.yaml"
    entry.write_text(json.dumps({**data, "references": "JUNE-02.YAML"}), "utf-8")
    (tmp_path / INDEX).unlink()
    with open(tmp_path / "claims" / "a-05.yaml", "a", encoding="utf-8") as stream:
        stream.write("# reviewed\n")
    assert _checked(_changed_run(factcheck)) == ["claims/a-05.yaml"]
    assert _record(tmp_path, "june-27") == "june-02.yaml"
    assert _record(tmp_path, "a-03") == ""
    git(tmp_path, "commit", "-qam", "a-05 reviewed")  # as indexed by that run
    _move_date(named)
    scans = _Scans(monkeypatch)
    run = _changed_run(factcheck)
    assert scans.count == 0
    assert _checked(run) == ["claims/june-02.yaml", "claims/june-27.yaml"]


# The byte scan's answer and the record's, on random bytes built from what matters to the
# scan: the characters YAML may cut a name at, reference ends, escapes, cases.
PIECES = [b"a", b"B", b"-", b"_", b"02", b".", b"\xc3\xa9", b"\xa0", b"\0"]
PIECES += [bytes([c]) for c in b" \t\r\n'\"[]{},/#\\"]
PIECES += [b".yaml#", b".yml#", b".YAML#", b"june-02.yaml#", b'\\"', b"\\x2e", b"\\\\"]
NAMES = [b"a.yaml", b"b.yaml", b"june-02.yaml", b"02.yaml", b".yaml", b"a.yml", b"-.yaml"]
NAMES += [b"\xc3\xa9.yaml", b"\xa0a.yml", b"ab.yaml", b"x" * 1024]


def test_the_record_answers_as_the_scan_does_on_random_bytes() -> None:
    from factcheck.archive.reference_names import (
        may_name,
        plain_names,
        record_may_name,
        record_of,
        valid_record,
    )

    rng = random.Random(20261204)
    answered = picked = 0
    for _ in range(4000):
        data = b"".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 40)))
        targets = frozenset(rng.sample(NAMES, rng.randrange(1, 4)))
        assert plain_names(targets)
        record = record_of(data)
        if record is None:  # a tail holding NUL: never stored, the file is read
            assert b"\0" in data
            continue
        assert valid_record(record), record
        expected = may_name(data, targets)
        assert record_may_name(record, targets) == expected, (data, targets, record)
        answered += 1
        picked += expected
    assert answered > 3000 and 300 < picked < answered - 300  # both answers well tried


def test_a_long_run_before_a_reference_keeps_its_last_bytes() -> None:
    from factcheck.archive.reference_names import MAX_TAIL, may_name, record_may_name, record_of

    data = b"corrects: " + b"x" * 5000 + b"a.yaml#c\n"
    record = record_of(data)
    assert record is not None and len(record) == MAX_TAIL
    for name in (b"a.yaml", b"x" * (MAX_TAIL - 6) + b"a.yaml", b"y" + b"x" * 1017 + b"a.yaml"):
        assert record_may_name(record, frozenset({name})) == may_name(data, frozenset({name}))


def test_names_a_record_cannot_answer_for() -> None:
    from factcheck.archive.reference_names import MAX_TAIL, plain_names

    assert plain_names([b"june-02.yaml", b"\xc3\xa9.yml"])
    for name in (b"june 02.yaml", b"it's.yaml", b"a,b.yaml", b"x" * (MAX_TAIL + 1)):
        assert not plain_names([b"a.yaml", name])

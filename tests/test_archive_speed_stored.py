"""The archive index (`.factcheck/archive/index.json`): `--changed-since` through it reports
exactly what it reports without it (and, for the file checked last, what a full run
reports), while reading no other claims file and only the cache entries a finding names;
an index that is corrupt, huge, linked, wrong-typed, made for another register, or tracked
by git is not used (same findings), and a stale one is not trusted for what changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

INDEX = Path(".factcheck") / "archive" / "index.json"
VENUES = ("Istanbul", "Istanbul", "Istanbul", "Ankara")


def _write(root: Path, number: int, days: int, venue: str, count: int, *extra: str) -> None:
    """Article a-NN and its claims: a ceasefire's length, the round's venue, a swap's size."""
    name = f"a-{number:02d}"
    body = (
        f"Kyiv wants a {days}-day ceasefire. The second round was held in {venue}. "
        f"The sides swapped {count:,} prisoners each."
    )
    article(
        root,
        name,
        f"2025-06-{number % 28 + 1:02d}",
        body,
        claim("proposal", "ceasefire-proposal", "duration", "duration", f"P{days}D",
              f"{days}-day", *extra),
        claim("venue", "round-2", "venue", "place", venue, venue),
        claim("count", "swap", "count-per-side", "number", str(count), f"{count:,}"),
    )  # fmt: skip


@pytest.fixture
def archive(factcheck, tmp_path, monkeypatch) -> Path:
    """30 articles, committed: the round in Istanbul, 1,000 prisoners each side, a 30-day
    proposal, but a-03 says 45 days and a-04 60 (so the archive has conflicts already)."""
    for number in range(30):
        days = {3: 45, 4: 60}.get(number, 30)
        _write(tmp_path, number, days, VENUES[number % 3], 1000)
    configure(tmp_path, "claims/a-00.yaml")
    commit_archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    return tmp_path


def _verify(factcheck, *args: str):
    return factcheck("verify", "--format", "json", *args)


def _full_run(factcheck, root: Path) -> None:
    """A run of the whole archive: it writes the entries and the index."""
    assert _verify(factcheck).code == 1  # a-03's 45 days and a-04's 60 against the 30
    assert (root / INDEX).is_file()


def _archive_findings(run, name: str) -> list[tuple]:
    mine = [f for f in run.findings() if f["file"] == f"claims/{name}.yaml"]
    return [(f["code"], f["line"], f["message"]) for f in mine if f["code"].startswith("FC6")]


class _Reads:
    """Counts the cache entries read and the claims files scanned for their article."""

    def __init__(self, monkeypatch) -> None:
        import factcheck.archive.run as run
        import factcheck.changes as changes

        self.entries = 0
        self.scans = 0
        load_entry, scan = run.load_entry, changes.scanned_article_path

        def counted_entry(*args, **kwargs):
            self.entries += 1
            return load_entry(*args, **kwargs)

        def counted_scan(*args, **kwargs):
            self.scans += 1
            return scan(*args, **kwargs)

        monkeypatch.setattr(run, "load_entry", counted_entry)
        monkeypatch.setattr(changes, "scanned_article_path", counted_scan)


# name, (days, venue, count, extra claim lines), what the edit should bring
SCENARIOS = {
    "longer-than-all": ("a-29", (90, "Istanbul", 1000), "FC601"),
    "shorter-than-all": ("a-29", (7, "Istanbul", 1000), "FC601"),
    "another-venue": ("a-29", (30, "Geneva", 1000), "FC601"),
    "another-count": ("a-29", (30, "Istanbul", 1200), "FC601"),
    "in-the-middle": ("a-05", (90, "Istanbul", 1000), "FC601"),
    # The extreme (a-04's 60) is the one corrected: the next value that conflicts (a-03's
    # 45) is found past it, through every group of the property.
    "corrects-the-extreme": (
        "a-29",
        (
            30,
            "Istanbul",
            1000,
            "corrects: a-04.yaml#proposal",
            "correction: The proposal was for 30 days, not 60.",
        ),
        "FC601 FC604",  # FC604: a-29 is dated before a-04, which it corrects
    ),
}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=list(SCENARIOS))
def test_changed_since_through_the_index_reports_what_it_reports_without(
    factcheck, archive, monkeypatch, scenario
):
    name, edit, expected = SCENARIOS[scenario]
    _full_run(factcheck, archive)
    index_before = (archive / INDEX).read_bytes()
    _write(archive, int(name[2:]), *edit)
    reads = _Reads(monkeypatch)
    indexed = _verify(factcheck, "--changed-since", "HEAD")
    assert [f["claims_file"] for f in indexed.report["files"]] == [f"claims/{name}.yaml"]
    found = _archive_findings(indexed, name)
    assert {code for code, _, _ in found} == set(expected.split()), found
    # Through the index: no claims file scanned, an entry read only for a finding's name.
    assert reads.scans == 0
    assert reads.entries <= len(found)
    assert (archive / INDEX).read_bytes() == index_before  # nothing re-read: not rewritten
    (archive / INDEX).unlink()
    plain = _verify(factcheck, "--changed-since", "HEAD")
    assert _archive_findings(plain, name) == found
    assert plain.code == indexed.code
    assert (archive / INDEX).is_file()  # that run read every file and wrote the index anew
    if name == "a-29":  # checked last in a full run, so compared with every other file
        assert _archive_findings(_verify(factcheck), name) == found


def test_the_finding_names_the_other_file_as_without_an_index(factcheck, archive):
    _full_run(factcheck, archive)
    _write(archive, 29, 90, "Istanbul", 1000)
    run = _verify(factcheck, "--changed-since", "HEAD")
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/a-29.yaml" and finding["line"] == 15
    # The first file holding 30 days, with its article's words and line, from its entry.
    assert "P30D in claims/a-00.yaml:15 (articles/a-00.md:6)" in finding["message"]
    assert "(`proposal`: “30-day”, dated 2025-06-01)" in finding["message"]
    assert run.code == 1


def _poisoned(text: str) -> str:
    """The index made to say every file gives 90 days: used, it hides the conflict below."""
    return text.replace('"P30D"', '"P90D"').replace('"P45D"', '"P90D"').replace('"P60D"', '"P90D"')


def test_a_well_formed_index_is_trusted_as_written(factcheck, archive):
    """The counterpart of the tests below: an edited but well-formed index is used (so they
    show the checks at work, not an index that is never read)."""
    _full_run(factcheck, archive)
    (archive / INDEX).write_text(_poisoned((archive / INDEX).read_text("utf-8")), "utf-8")
    _write(archive, 29, 90, "Istanbul", 1000)
    assert _verify(factcheck, "--changed-since", "HEAD").findings("FC601") == []


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _link(path: Path) -> None:
    target = path.with_name("elsewhere.json")
    target.write_text(_poisoned(path.read_text("utf-8")), "utf-8")
    path.unlink()
    path.symlink_to(target)


def _edit(change, poison: bool = True):
    """An edit of the index's data, which also poisons it unless the edit alone is the
    test (a claim id is checked only when a finding names it)."""

    def apply(path: Path) -> None:
        data = json.loads(path.read_text("utf-8"))
        change(data)
        text = json.dumps(data)
        path.write_text(_poisoned(text) if poison else text, "utf-8")

    return apply


def _slot(data: dict, prop: str) -> list:
    return next(record for record in data["slots"] if record[1] == prop)


def _files(change):
    """An edit of the files table (path, article, blob id, references per file,
    NUL-separated)."""

    def edit(data: dict) -> None:
        fields = data["files"].split("\0")
        change(fields)
        data["files"] = "\0".join(fields)

    return edit


def _duration(part: int, change):
    """An edit of part `part` of the duration's record: 4 claim ids, 5 value groups (value,
    name, holders string, correcting holders), 6 and 7 the orders by upper and lower end."""
    return lambda data: change(_slot(data, "duration")[part])


HOSTILE = {
    "not-json": lambda p: p.write_text("{" + _poisoned(p.read_text("utf-8")), "utf-8"),
    "a-list": lambda p: p.write_text("[]", "utf-8"),
    "empty": lambda p: p.write_text("", "utf-8"),
    "other-format": _edit(lambda d: d.update({"factcheck-archive-index": 1})),
    "other-register": _edit(lambda d: d.update({"register": "0" * 64})),
    "other-tolerances": _edit(lambda d: d.update({"tolerances": "nearly=0.5;about=0.1"})),
    "files-not-a-string": _edit(lambda d: d.update({"files": d["files"].split("\0")})),
    "file-outside-root": _edit(_files(lambda f: f.__setitem__(4, "../../etc/passwd"))),
    "file-absolute": _edit(_files(lambda f: f.__setitem__(4, "/etc/passwd"))),
    "files-cut": _edit(_files(lambda f: f.pop())),
    "blob-not-hex": _edit(_files(lambda f: f.__setitem__(6, "z" * 40))),
    "blob-upper-case": _edit(_files(lambda f: f.__setitem__(6, "A" * 40))),
    "blob-too-short": _edit(_files(lambda f: f.__setitem__(6, "a" * 39))),
    "blob-too-long": _edit(_files(lambda f: f.__setitem__(6, "a" * 41))),
    "file-through-dot-dot": _edit(_files(lambda f: f.__setitem__(4, "claims/../" + f[4]))),
    "file-twice": _edit(_files(lambda f: f.__setitem__(4, f[0]))),
    "holder-not-a-number": _edit(_duration(5, lambda g: g[0].__setitem__(2, "x.0.0"))),
    "holder-past-the-files": _edit(_duration(5, lambda g: g[0].__setitem__(2, "999.0.0"))),
    "holder-past-the-claims": _edit(_duration(5, lambda g: g[0].__setitem__(2, "0.0.9"))),
    "holders-not-a-string": _edit(_duration(5, lambda g: g[0].__setitem__(2, True))),
    "claims-not-strings": _edit(_duration(4, lambda c: c.__setitem__(0, 1))),
    "value-not-a-value": _edit(_duration(5, lambda g: g[0].__setitem__(0, ["x"]))),
    "order-not-a-group": _edit(_duration(6, lambda o: o[0].insert(0, 99))),
    "claim-not-in-its-file": _edit(_duration(4, lambda c: c.__setitem__(0, "x")), poison=False),
    "a-fifo": _fifo,
    "a-link": _link,
}


@pytest.mark.parametrize("hostile", HOSTILE, ids=list(HOSTILE))
def test_a_corrupt_or_hostile_index_is_not_used(factcheck, archive, hostile):
    _full_run(factcheck, archive)
    HOSTILE[hostile](archive / INDEX)
    _write(archive, 29, 90, "Istanbul", 1000)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1 and "Traceback" not in run.err
    [finding] = run.findings("FC601")  # as without an index: 90 days against the others' 30
    assert "P30D in claims/a-00.yaml:15 (articles/a-00.md:6)" in finding["message"]
    if hostile == "a-link":
        assert (archive / INDEX).is_symlink()  # neither followed nor replaced
        assert "P90D" in (archive / INDEX).with_name("elsewhere.json").read_text("utf-8")
    elif hostile == "a-fifo":
        assert not (archive / INDEX).is_file()  # left alone
    else:  # the run read every file and wrote the index anew: the next run can use it
        assert (
            "P90D"
            not in _slot(json.loads((archive / INDEX).read_text("utf-8")), "duration")[5][0][1]
        )
        assert _verify(factcheck, "--changed-since", "HEAD").findings("FC601") == [finding]


def test_an_index_over_the_size_limit_is_not_read(factcheck, archive, monkeypatch):
    import factcheck.archive.index_file as index_file

    _full_run(factcheck, archive)
    (archive / INDEX).write_text(_poisoned((archive / INDEX).read_text("utf-8")), "utf-8")
    monkeypatch.setattr(index_file, "MAX_INDEX_SIZE", 1000)
    _write(archive, 29, 90, "Istanbul", 1000)
    [finding] = _verify(factcheck, "--changed-since", "HEAD").findings("FC601")
    assert "P30D in claims/a-00.yaml:15" in finding["message"]


def test_an_index_git_tracks_is_not_used(factcheck, archive):
    """Anyone can write an index matching public files' blob ids: one a pull request
    committed is not read, so the poisoned one here hides nothing."""
    _full_run(factcheck, archive)
    (archive / INDEX).write_text(_poisoned((archive / INDEX).read_text("utf-8")), "utf-8")
    git(archive, "add", "-f", ".factcheck")
    git(archive, "commit", "-q", "-m", "a poisoned cache")
    _write(archive, 29, 90, "Istanbul", 1000)
    [finding] = _verify(factcheck, "--changed-since", "HEAD").findings("FC601")
    assert "P30D in claims/a-00.yaml:15" in finding["message"]


def test_a_file_changed_since_it_was_indexed_is_read_again(factcheck, archive, monkeypatch):
    """a-00 is edited and committed after the index was written: it is not "changed since
    HEAD", but its blob is no longer the recorded one, so its new value is what counts."""
    _full_run(factcheck, archive)
    for number in range(29):  # every other file moves to 90 days, committed
        _write(archive, number, 90, VENUES[number % 3], 1000)
    git(archive, "commit", "-qam", "90 days everywhere")
    _write(archive, 29, 90, "Istanbul", 1000)  # a-29 joins them: no conflict left
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/a-29.yaml"]
    assert run.findings("FC601") == [] and run.code == 0
    _write(archive, 5, 30, "Istanbul", 1000)  # and one unchanged file (uncommitted) disagrees
    git(archive, "commit", "-qm", "a-05 says 30", "--", "claims/a-05.yaml", "articles/a-05.md")
    run = _verify(factcheck, "--changed-since", "HEAD")
    [finding] = run.findings("FC601")
    assert "P30D in claims/a-05.yaml:15" in finding["message"]


def test_a_stale_index_is_rebuilt(factcheck, archive, monkeypatch):
    """More files changed since the index than EXTRAS_LIMIT: the run reads them all, as
    without an index, and writes an index that records them as they are now."""
    import factcheck.archive.run as run_module

    _full_run(factcheck, archive)
    old = json.loads((archive / INDEX).read_text("utf-8"))
    _write(archive, 3, 30, "Istanbul", 1000)
    _write(archive, 4, 30, "Istanbul", 1000)
    git(archive, "commit", "-qam", "30 days in a-03 and a-04")
    monkeypatch.setattr(run_module, "EXTRAS_LIMIT", 1)
    _write(archive, 29, 45, "Istanbul", 1000)
    run = _verify(factcheck, "--changed-since", "HEAD")
    [finding] = run.findings("FC601")
    assert "P30D in claims/a-00.yaml:15" in finding["message"]
    new = json.loads((archive / INDEX).read_text("utf-8"))
    assert new != old and len(new["files"].split("\0")) == 4 * 30
    assert _slot(new, "duration")[5][0][1] == "P30D"
    # What the index says now is what the files say: P45D only in the changed a-29.
    names = [group[1] for group in _slot(new, "duration")[5]]
    assert names == ["P30D", "P45D"]


def test_deleting_the_index_is_safe(factcheck, archive):
    _full_run(factcheck, archive)
    (archive / INDEX).unlink()
    _write(archive, 29, 90, "Istanbul", 1000)
    assert len(_verify(factcheck, "--changed-since", "HEAD").findings("FC601")) == 1
    assert (archive / INDEX).is_file()


def test_a_run_of_one_file_keeps_the_archive_index(factcheck, archive):
    _full_run(factcheck, archive)
    before = (archive / INDEX).read_bytes()
    assert _verify(factcheck, "claims/a-07.yaml").code == 0  # a-07 alone: no conflict
    assert (archive / INDEX).read_bytes() == before


def test_an_edited_article_or_a_new_lock_picks_its_claims_file_through_the_index(
    factcheck, archive, monkeypatch
):
    """Only a-07's article and a-08's lock change: their claims files are chosen from the
    article paths the index recorded, no claims file being scanned."""
    _full_run(factcheck, archive)
    with open(archive / "articles" / "a-07.md", "a", encoding="utf-8") as stream:
        stream.write("\nThe talks were followed closely.\n")
    (archive / "claims" / "a-08.lock.json").write_text("{}", encoding="utf-8")
    reads = _Reads(monkeypatch)
    run = _verify(factcheck, "--changed-since", "HEAD")
    chosen = [f["claims_file"] for f in run.report["files"]]
    assert chosen == ["claims/a-07.yaml", "claims/a-08.yaml"]
    assert reads.scans == 0


GOOD_PATHS = ["claims/a.yaml", ".hidden/x.yaml", "a/.x.yaml", "a/..x.yaml", "a/x..yaml", "a."]
BAD_PATHS = ["/abs.yaml", "a//b.yaml", "a/./b.yaml", "a/../b.yaml", "./a.yaml", "../a.yaml"]
BAD_PATHS += ["a/.", "a/..", "a/", "", ".", "..", "a\\b.yaml"]


@pytest.mark.parametrize("bad", BAD_PATHS)
@pytest.mark.parametrize("place", [0, 3, 6])
def test_a_stored_path_outside_the_root_is_refused_wherever_it_stands(bad, place):
    """The table is checked in one pass over all its paths (`_all_inside`): each form of a
    path that is not plainly inside the root is found first, last or among others, and
    names that merely start with dots are not."""
    from factcheck.archive.index_file import IndexCorrupt, _all_inside

    _all_inside(GOOD_PATHS)
    with pytest.raises(IndexCorrupt):
        _all_inside([*GOOD_PATHS[:place], bad, *GOOD_PATHS[place:]])


@pytest.mark.parametrize(
    "blob",
    [
        "A" * 40,
        "g" * 40,
        "a" * 39,
        "a" * 41,
        "\u0661" * 40,
        "a" * 39 + "\u00e9",
        " " * 40,
        "-" * 40,
    ],
)
def test_a_stored_blob_id_is_forty_lower_case_hex_digits_or_none(blob):
    from factcheck.archive.index_file import _all_blob_ids

    good = ["0123456789abcdef" * 2 + "01234567", "", "f" * 40]
    assert _all_blob_ids(good)
    assert not _all_blob_ids([*good, blob])
    assert not _all_blob_ids([blob, *good])

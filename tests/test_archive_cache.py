"""The archive cache (`.factcheck/archive/`, an entry per claims file) and `--changed-since`
against the archive: a changed article is checked against every unchanged file's cached
facts; entries are keyed by content, safe to delete, and not used when they are not exactly
what factcheck wrote."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure, git

JUNE_2 = "The second round was held on June 2 in Istanbul. Kyiv wants a 30-day ceasefire."
JUNE_27 = "Talks on June 2 ended with Kyiv still seeking a 30-day ceasefire."
CACHE = Path(".factcheck") / "archive"


def _entry_paths(root: Path) -> list[Path]:
    """The cache's entry files (not the archive index beside them)."""
    return [p for p in (root / CACHE).glob("*.json") if p.name != "index.json"]


def _entries(root: Path) -> dict[str, dict]:
    """The cache's entries by claims file."""
    found = [json.loads(p.read_text(encoding="utf-8")) for p in _entry_paths(root)]
    return {entry["claims"]: entry for entry in found}


@pytest.fixture
def newsroom(factcheck, tmp_path, monkeypatch) -> Path:
    """Two articles agreeing on the ceasefire's length, committed; the register is the first."""
    article(
        tmp_path,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    article(tmp_path, "june-27", "2025-06-27", JUNE_27,
            claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D",
                  "30-day"))  # fmt: skip
    configure(tmp_path, "claims/june-02.yaml")
    commit_archive(tmp_path, "two articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")  # the newsroom's own factcheck.yaml is found
    return tmp_path


def _verify(factcheck, *args: str):
    return factcheck("verify", "--format", "json", *args)


def _make_90_day(root: Path, name: str = "june-27") -> None:
    claims = ("value: P30D\n    text: 30-day", "value: P90D\n    text: 90-day")
    for path, old, new in (
        (root / "articles" / f"{name}.md", "30-day", "90-day"),
        (root / "claims" / f"{name}.yaml", *claims),
    ):
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_full_run_writes_the_cache_keyed_by_content(factcheck, newsroom):
    assert _verify(factcheck).code == 0
    entries = _entries(newsroom)
    assert sorted(entries) == ["claims/june-02.yaml", "claims/june-27.yaml"]
    entry = entries["claims/june-27.yaml"]
    assert entry["factcheck-archive"] == 2 and len(entry["key"]) == 64
    assert entry["article"] == "articles/june-27.md" and entry["dateline"] == "2025-06-27"
    assert entry["facts"][0][:5] == [
        "proposal", "ceasefire-proposal", "duration", "duration", ["duration", "P30D", "P30D", None]
    ]  # fmt: skip


def test_a_changed_article_is_checked_against_the_cached_archive(factcheck, newsroom):
    assert _verify(factcheck).code == 0
    _make_90_day(newsroom)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/june-27.yaml"]
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/june-27.yaml"
    assert "in claims/june-02.yaml:15 (articles/june-02.md:6)" in finding["message"]
    assert run.code == 1


def test_a_changed_register_file_meets_the_cached_unchanged_ones(factcheck, newsroom):
    # The register file itself changed: the finding lands on it, naming the cached file.
    assert _verify(factcheck).code == 0
    _make_90_day(newsroom, "june-02")
    run = _verify(factcheck, "--changed-since", "HEAD")
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/june-02.yaml"
    assert "in claims/june-27.yaml:15 (articles/june-27.md:6)" in finding["message"]


def test_without_a_cache_the_unchanged_files_claims_are_read(factcheck, newsroom):
    _make_90_day(newsroom)
    assert not (newsroom / CACHE).exists()
    run = _verify(factcheck, "--changed-since", "HEAD")
    [finding] = run.findings("FC601")
    # From the claims alone: the claims file's line, not the article's.
    assert "in claims/june-02.yaml:15 (`proposal`" in finding["message"]


def test_a_stale_entry_is_not_used(factcheck, newsroom):
    """An unchanged file edited after the cache was written (not committed: not "changed"
    since HEAD) is read again, not taken from its stale entry."""
    assert _verify(factcheck).code == 0
    _make_90_day(newsroom, "june-02")
    git(newsroom, "commit", "-qam", "june-02 says 90 days")
    _make_90_day(newsroom)  # june-27 too: the two agree again
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/june-27.yaml"]
    assert run.findings("FC601") == [], run.findings("FC601")
    assert run.code == 0


@pytest.mark.parametrize(
    "edit",
    [
        lambda e: "not json",
        lambda e: "[]",
        lambda e: {**e, "factcheck-archive": 1},  # the format before targets were relative
        lambda e: {**e, "register": "another register"},
        lambda e: {**e, "claims": "claims/june-27.yaml"},  # another file's entry
        lambda e: {**e, "claims": "../../etc/passwd"},
        lambda e: {**e, "facts": [[*e["facts"][0][:4], ["duration", "P1D", "P1D", "almost"],
                                   *e["facts"][0][5:]]]},
        lambda e: {**e, "facts": [[*e["facts"][0][:5], -1, *e["facts"][0][6:]]]},
        lambda e: {**e, "stamp": [[1, 2]]},
        lambda e: {k: v for k, v in e.items() if k != "key"},
    ],
    ids=["not-json", "a-list", "other-format", "other-register", "other-file", "outside",
         "bad-qualifier", "negative-line", "bad-stamp", "no-key"],
)  # fmt: skip
def test_a_corrupt_or_hostile_entry_is_not_used(factcheck, newsroom, edit):
    assert _verify(factcheck).code == 0
    [path] = [p for p in _entry_paths(newsroom) if "june-02.yaml" in p.read_text("utf-8")]
    content = edit(json.loads(path.read_text(encoding="utf-8")))
    # Made to say 90 days: used, it would hide the conflict below.
    text = content if isinstance(content, str) else json.dumps(content).replace("P30D", "P90D")
    path.write_text(text, encoding="utf-8")
    _make_90_day(newsroom)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1 and "Traceback" not in run.err
    [finding] = run.findings("FC601")  # found from the claims, as without a cache
    assert "claims/june-02.yaml:15 (`proposal`" in finding["message"]


def test_a_fresh_entry_is_trusted_as_written(factcheck, newsroom):
    """The counterpart of the test above: the same edit to a well-formed entry is used (so
    that test shows the checks at work, not an entry that is never read). Without the
    archive index, which otherwise gives the values (tests/test_archive_speed_stored.py)."""
    assert _verify(factcheck).code == 0
    (newsroom / CACHE / "index.json").unlink()
    [path] = [p for p in _entry_paths(newsroom) if "june-02.yaml" in p.read_text("utf-8")]
    path.write_text(path.read_text(encoding="utf-8").replace("P30D", "P90D"), "utf-8")
    _make_90_day(newsroom)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.findings("FC601") == [] and run.code == 0


def test_a_cache_folder_or_entry_that_is_a_link_is_neither_read_nor_written_through(
    factcheck, newsroom, tmp_path_factory
):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    os.symlink(elsewhere, newsroom / ".factcheck")
    assert _verify(factcheck).code == 0
    assert list(elsewhere.iterdir()) == []
    (newsroom / ".factcheck").unlink()
    (newsroom / ".factcheck").mkdir()
    os.symlink(elsewhere, newsroom / CACHE)
    assert _verify(factcheck).code == 0
    assert list(elsewhere.iterdir()) == []
    (newsroom / CACHE).unlink()
    assert _verify(factcheck).code == 0
    links = []
    for path in _entry_paths(newsroom):
        target = elsewhere / path.name
        target.write_text("{}", encoding="utf-8")
        path.unlink()
        os.symlink(target, path)
        links.append(path)
    assert _verify(factcheck).code == 0
    assert all(p.is_symlink() for p in links)
    assert [p.read_text(encoding="utf-8") for p in elsewhere.iterdir()] == ["{}", "{}"]


def test_deleting_the_cache_is_safe(factcheck, newsroom):
    assert _verify(factcheck).code == 0
    shutil.rmtree(newsroom / ".factcheck")
    assert _verify(factcheck).code == 0
    assert len(_entries(newsroom)) == 2


def test_validate_neither_compares_nor_writes_the_cache(factcheck, newsroom):
    _make_90_day(newsroom)
    run = factcheck("validate", "claims")
    assert run.code == 0 and "FC601" not in run.out
    assert not (newsroom / CACHE).exists()


def test_a_value_without_a_cache_form_leaves_its_file_out(tmp_path):
    """A kind of value the cache cannot write (a new value type, say) costs that file a
    re-read next time; the cache is still written for the others."""
    from factcheck.archive.cache import Entry, load_entry, save_entry
    from factcheck.archive.facts import ArchiveFact, FileFacts, Origin

    def entry(name: str, value: object) -> Entry:
        path = tmp_path / "claims" / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text("x", encoding="utf-8")
        origin = Origin(str(path), f"claims/{name}.yaml", None, None)
        fact = ArchiveFact(origin, "c", "s", "p", "text", value, 1, 1, "w", None, "verified")
        return Entry("0" * 64, FileFacts(origin, (fact,)), (None, None, None))

    save_entry(tmp_path, "r", entry("a", "Istanbul"))
    save_entry(tmp_path, "r", entry("b", object()))
    assert load_entry(tmp_path, "r", str(tmp_path / "claims" / "a.yaml")) is not None
    assert load_entry(tmp_path, "r", str(tmp_path / "claims" / "b.yaml")) is None


def test_a_run_with_another_article_writes_no_entry(factcheck, newsroom):
    draft = newsroom / "draft.md"
    draft.write_text((newsroom / "articles" / "june-27.md").read_text("utf-8"), "utf-8")
    run = _verify(factcheck, "claims/june-27.yaml", "--article", "draft.md")
    assert run.code == 0
    assert _entries(newsroom) == {}


def test_a_cache_the_repository_tracks_is_not_used(factcheck, newsroom):
    """An entry's key is a hash of public files: a pull request can commit an entry that
    matches them and holds made-up facts (here a 30-day proposal where the file says 90-day
    after the edit below). A cache git tracks is never read, so the conflict is found."""
    assert _verify(factcheck).code == 0
    [path] = [p for p in _entry_paths(newsroom) if "june-02.yaml" in p.read_text("utf-8")]
    path.write_text(path.read_text(encoding="utf-8").replace("P30D", "P90D"), "utf-8")
    git(newsroom, "add", "-f", ".factcheck")
    git(newsroom, "commit", "-q", "-m", "a poisoned cache")
    _make_90_day(newsroom)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1
    assert [f["file"] for f in run.findings("FC601")], run.findings()

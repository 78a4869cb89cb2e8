"""The archive cache (`.factcheck/archive.json`) and `--changed-since` against the archive:
a changed article is checked against every unchanged file's cached facts; the cache is
keyed by content, safe to delete, and ignored when it is not exactly what factcheck wrote."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from archive_helpers import article, claim, configure

JUNE_2 = "The second round was held on June 2 in Istanbul. Kyiv wants a 30-day ceasefire."
JUNE_27 = "Talks on June 2 ended with Kyiv still seeking a 30-day ceasefire."
CACHE = Path(".factcheck") / "archive.json"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=repo, capture_output=True, check=True,
    )  # fmt: skip


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
    (tmp_path / ".gitignore").write_text(".factcheck/\n", encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "two articles")
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
    cache = json.loads((newsroom / CACHE).read_text(encoding="utf-8"))
    assert cache["factcheck-archive"] == 1
    assert [f["claims"] for f in cache["files"]] == ["claims/june-02.yaml", "claims/june-27.yaml"]
    assert all(len(f["key"]) == 64 for f in cache["files"])
    assert cache["files"][1]["facts"][0][:5] == [
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
    _git(newsroom, "commit", "-qam", "june-02 says 90 days")
    _make_90_day(newsroom)  # june-27 too: the two agree again
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert [f["claims_file"] for f in run.report["files"]] == ["claims/june-27.yaml"]
    assert run.findings("FC601") == [], run.findings("FC601")
    assert run.code == 0


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"factcheck-archive": 1, "register": "x", "files": []}',
        "[]",
        "{}",
        '{"factcheck-archive": 1, "register": "REGISTER", "files": '
        '[{"claims": "../../etc/passwd"}]}',
        '{"factcheck-archive": 1, "register": "REGISTER", "files": '
        '[{"claims": "claims/june-02.yaml", '
        '"article": null, "key": "' + "0" * 64 + '", "dateline": null, "facts": [["proposal", '
        '"ceasefire-proposal", "duration", "duration", ["duration", "P1D", "P1D", "almost"], 1, 1, '
        '"w", null, "verified", null, null]]}]}',
    ],
    ids=["not-json", "other-register", "a-list", "no-format", "path-outside", "bad-qualifier"],
)  # fmt: skip
def test_a_corrupt_or_hostile_cache_is_ignored(factcheck, newsroom, content):
    assert _verify(factcheck).code == 0
    key = json.loads((newsroom / CACHE).read_text(encoding="utf-8"))["register"]
    (newsroom / CACHE).write_text(content.replace("REGISTER", key), encoding="utf-8")
    _make_90_day(newsroom)
    run = _verify(factcheck, "--changed-since", "HEAD")
    assert run.code == 1 and "Traceback" not in run.err
    [finding] = run.findings("FC601")  # found from the claims, as without a cache
    assert "claims/june-02.yaml:15" in finding["message"]
    # ...and the cache is written again, whole.
    cache = json.loads((newsroom / CACHE).read_text(encoding="utf-8"))
    assert "claims/june-27.yaml" in [f["claims"] for f in cache["files"]]


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written_through(
    factcheck, newsroom, tmp_path_factory
):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    os.symlink(elsewhere, newsroom / ".factcheck")
    assert _verify(factcheck).code == 0
    assert list(elsewhere.iterdir()) == []
    (newsroom / ".factcheck").unlink()
    (newsroom / ".factcheck").mkdir()
    target = elsewhere / "archive.json"
    target.write_text("{}", encoding="utf-8")
    os.symlink(target, newsroom / CACHE)
    assert _verify(factcheck).code == 0
    assert target.read_text(encoding="utf-8") == "{}" and (newsroom / CACHE).is_symlink()


def test_deleting_the_cache_is_safe(factcheck, newsroom):
    assert _verify(factcheck).code == 0
    (newsroom / CACHE).unlink()
    assert _verify(factcheck).code == 0
    assert (newsroom / CACHE).is_file()


def test_validate_neither_compares_nor_writes_the_cache(factcheck, newsroom):
    _make_90_day(newsroom)
    run = factcheck("validate", "claims")
    assert run.code == 0 and "FC601" not in run.out
    assert not (newsroom / CACHE).exists()


def test_a_value_without_a_cache_form_leaves_its_file_out(tmp_path):
    """A kind of value the cache cannot write (a new value type, say) costs that file a
    re-read next time; the cache is still written for the others."""
    from factcheck.archive.cache import Entry, load_cache, save_cache
    from factcheck.archive.facts import ArchiveFact, FileFacts, Origin

    def entry(name: str, value: object) -> tuple[str, Entry]:
        path = tmp_path / "claims" / f"{name}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text("x", encoding="utf-8")
        origin = Origin(str(path), f"claims/{name}.yaml", None, None)
        fact = ArchiveFact(origin, "c", "s", "p", "text", value, 1, 1, "w", None, "verified")
        return str(path), Entry("0" * 64, FileFacts(origin, (fact,)), (None, None, None))

    save_cache(tmp_path, "r", dict([entry("a", "Istanbul"), entry("b", object())]))
    assert [Path(p).name for p in load_cache(tmp_path, "r")] == ["a.yaml"]

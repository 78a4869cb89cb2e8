"""Cache entries a pull request wrote, with values the claims loader would refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from archive_helpers import article, claim, commit_archive, configure

JUNE_2 = "The second round was held on June 2 in Istanbul. Kyiv wants a 30-day ceasefire."
JUNE_27 = "Talks on June 2 ended with Kyiv still seeking a 30-day ceasefire."
CACHE = Path(".factcheck") / "archive"


@pytest.fixture
def newsroom(factcheck, tmp_path, monkeypatch) -> Path:
    article(
        tmp_path,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    article(
        tmp_path,
        "june-27",
        "2025-06-27",
        JUNE_27,
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    configure(tmp_path, "claims/june-02.yaml")
    commit_archive(tmp_path, "two articles")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    return tmp_path  # fmt: skip


def _poison(root: Path, value: list) -> None:
    (root / CACHE / "index.json").unlink()  # the entries, not the archive index, give values
    entries = [p for p in (root / CACHE).glob("*.json")]
    [path] = [p for p in entries if "june-02.yaml" in p.read_text("utf-8")]
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["facts"][0][4] = value
    path.write_text(json.dumps(entry), encoding="utf-8")


@pytest.mark.parametrize(
    "value",
    [
        ["duration", "P99999999999999999999Y", "P99999999999999999999Y", None],
        ["duration", "P30D", "P99999999999999999999Y", None],
        ["duration", "PT99999999999999999999S", "PT99999999999999999999S", None],
        ["date", "99999"],
        ["date", "Y-999999999"],
        ["number", "1E+999999999", None, None, None],
        ["number", "-1E+999999999", None, None, None],
        ["number", "1E-999999999", None, None, None],
        ["number", "1", None, None, "1E+999999999"],
        ["pair", "1E+999999999", "1", None],
        ["ordinal", 10**30],
    ],
)
def test_a_fresh_entry_with_an_out_of_range_value_is_no_traceback(factcheck, newsroom, value):
    assert factcheck("verify", "--format", "json").code == 0
    _poison(newsroom, value)
    article = newsroom / "articles" / "june-27.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    run = factcheck("verify", "--format", "json", "--changed-since", "HEAD")
    assert run.code in (0, 1), run.err
    assert "FC120" not in run.out


HOSTILE = "\x1b]0;t\x07 @team ##[error]x\n::error::y <img src=x> \u202e"


@pytest.mark.parametrize("output_format", ["line", "github", "markdown", "html", "rich"])
def test_hostile_texts_of_a_fresh_entry_are_escaped(factcheck, newsroom, output_format):
    assert factcheck("verify", "--format", "json").code == 0
    (newsroom / CACHE / "index.json").unlink()  # the entry, not the archive index, gives values
    [path] = [
        p for p in (newsroom / CACHE).glob("*.json") if "june-02.yaml" in p.read_text("utf-8")
    ]
    entry = json.loads(path.read_text(encoding="utf-8"))
    fact = entry["facts"][0]
    fact[0], fact[7], fact[4] = "proposal" + HOSTILE, HOSTILE, ["duration", "P90D", "P90D", None]
    path.write_text(json.dumps(entry), encoding="utf-8")
    article = newsroom / "articles" / "june-27.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    run = factcheck("verify", "--format", output_format, "--changed-since", "HEAD")
    assert run.code == 1, run.err
    assert "FC601" in run.out
    for text in (run.out, run.err):
        assert "\x1b" not in text and "\u202e" not in text
        assert not any(line.lstrip().startswith("::error::y") for line in text.splitlines())
        if output_format != "github":  # there inside a `::error` command's data, inert
            assert "##[" not in text
    if output_format == "markdown":
        assert "@team" not in run.out and "\\<img" in run.out
        assert "<img" not in run.out.replace("\\<img", "")
    if output_format == "html":
        assert "<img" not in run.out and "&lt;img" in run.out


def test_accept_writes_the_cache_as_verify_does(factcheck, newsroom):
    """docs/security.md lists who writes: accept, which checks like verify, writes entries."""
    run = factcheck("accept", "--file", "claims/june-27.yaml")
    assert run.code == 0, run.err
    found = [p for p in (newsroom / CACHE).glob("*.json") if p.name != "index.json"]
    entries = [json.loads(p.read_text("utf-8")) for p in found]
    assert [entry["claims"] for entry in entries] == ["claims/june-27.yaml"]

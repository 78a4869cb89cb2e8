"""The two bundled examples are one archive: the June 2 second round and the June 27 report
share subject ids, verify clean together, and a broken copy of the June 2 claims fails the
archive check with FC601 naming both files."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT

SECOND_ROUND = "2025-06-02-istanbul-second-round"
THIRD_ROUND = "2025-06-27-putin-third-round"


def _copy_archive(tmp_path: Path) -> Path:
    """Both examples (claims, locks, articles) and a configuration registering them."""
    for name in (SECOND_ROUND, THIRD_ROUND):
        for folder, suffix in (("claims", ".yaml"), ("claims", ".lock.json"), ("articles", ".md")):
            target = tmp_path / folder / (name + suffix)
            target.parent.mkdir(exist_ok=True)
            target.write_bytes((ROOT / folder / (name + suffix)).read_bytes())
    config = tmp_path / "factcheck.yaml"
    config.write_text("claims: [claims]\nregister: [claims]\n", encoding="utf-8")
    return config


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_bundled_examples_verify_clean_together(factcheck, tmp_path, monkeypatch):
    config = _copy_archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    run = factcheck("verify", "--config", config, "--format", "json")
    assert run.code == 0, [f for f in run.findings() if f["severity"] == "error"]
    assert [f["code"] for f in run.findings() if f["code"].startswith("FC6")] == []
    assert len(run.report["files"]) == 2


@pytest.mark.parametrize(
    ("article_words", "claim_value", "wrong"),
    [
        (
            ("a 30-day ceasefire, which", "a 90-day ceasefire, which"),
            (
                "    value: P30D\n    text: 30-day\n    status",
                "    value: P90D\n    text: 90-day\n    status",
            ),
            "P90D",
        ),
        (
            ("on a 1,000-for-1,000 prisoner", "on a 1,500-for-1,500 prisoner"),
            (
                "value: [1000, 1000]\n    text: 1,000-for-1,000",
                "value: [1500, 1500]\n    text: 1,500-for-1,500",
            ),
            "1,500-for-1,500",
        ),
    ],
    ids=["ceasefire-90-day", "exchange-1500-per-side"],
)
def test_a_broken_copy_of_the_second_round_fails_naming_both_files(
    factcheck, tmp_path, monkeypatch, article_words, claim_value, wrong
):
    config = _copy_archive(tmp_path)
    _edit(tmp_path / "articles" / f"{SECOND_ROUND}.md", *article_words)
    _edit(tmp_path / "claims" / f"{SECOND_ROUND}.yaml", *claim_value)
    monkeypatch.chdir(tmp_path)
    run = factcheck("verify", "--config", config, "--format", "json")
    assert run.code == 1
    [finding] = run.findings("FC601")
    # Checked second, the June 27 file carries it; the message names the June 2 file.
    assert finding["file"] == f"claims/{THIRD_ROUND}.yaml"
    assert f"claims/{SECOND_ROUND}.yaml:" in finding["message"]
    assert f"articles/{SECOND_ROUND}.md:" in finding["message"]
    assert wrong in finding["message"]
    assert "dated 2025-06-27" in finding["message"] and "dated 2025-06-02" in finding["message"]
    # Checked alone, the broken file still meets the June 27 claims through the register.
    run = factcheck("verify", "--config", config, "--format", "json", f"claims/{SECOND_ROUND}.yaml")
    [finding] = run.findings("FC601")
    assert finding["file"] == f"claims/{SECOND_ROUND}.yaml"
    assert f"claims/{THIRD_ROUND}.yaml:" in finding["message"]

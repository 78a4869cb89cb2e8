"""`--changed-since` on a generated archive with conflicts reports, on the changed file,
exactly what a full run reports on it: the same FC601 findings, naming the same files and
lines, though it scans instead of parsing and reads the others' facts from the cache."""

from __future__ import annotations

import random

import pytest
from archive_helpers import article, claim, commit_archive, configure

DAYS = (30, 30, 30, 60, 90, 30, 45)


def _findings(run, name: str) -> list[tuple]:
    mine = [f for f in run.findings() if f["file"] == f"claims/{name}.yaml"]
    return [(f["code"], f["line"], f["message"]) for f in mine]


@pytest.mark.parametrize("seed", [0, 1])
def test_changed_since_reports_what_a_full_run_reports(factcheck, tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    names = [f"a-{number:02d}" for number in range(30)]
    for number, name in enumerate(names):
        days = rng.choice(DAYS)
        article(
            tmp_path,
            name,
            f"2025-06-{number % 28 + 1:02d}",
            f"Kyiv wants a {days}-day ceasefire.",
            claim("proposal", "ceasefire-proposal", "duration", "duration", f"P{days}D",
                  f"{days}-day"),
        )  # fmt: skip
    last = names[-1]  # checked last in a full run, so compared with every other file there
    (tmp_path / "articles" / f"{last}.md").write_text(
        (tmp_path / "articles" / f"{last}.md").read_text().replace("wants a 30", "wants a 90")
    )
    claims = tmp_path / "claims" / f"{last}.yaml"
    claims.write_text(claims.read_text().replace("P30D", "P90D").replace("30-day", "90-day"))
    configure(tmp_path, f"claims/{names[0]}.yaml")
    commit_archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    full = factcheck("verify", "--format", "json")
    expected = _findings(full, last)
    assert "FC601" in {code for code, _, _ in expected}  # 90 days against the others' 30
    with open(tmp_path / "articles" / f"{last}.md", "a", encoding="utf-8") as stream:
        stream.write("\nThe talks were followed closely.\n")
    changed = factcheck("verify", "--format", "json", "--changed-since", "HEAD")
    assert [f["claims_file"] for f in changed.report["files"]] == [f"claims/{last}.yaml"]
    assert _findings(changed, last) == expected
    assert changed.code == full.code

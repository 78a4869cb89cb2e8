"""Silencing in the article: an HTML comment naming the code and the reason."""

from __future__ import annotations

from pathlib import Path

CLAIMS = """\
article:
  path: article.md
subjects:
  swap: {kind: event}
claims:
  - id: swap-date
    subject: swap
    property: date
    type: date
    value: 2025-05-24
    text: late May
    status: verified
    sources: [{publisher: The Kyiv Independent}]
"""
ARTICLE = """\
---
title: Swap
published: 2025-06-27T22:57:00+03:00
---

{comment}
A 1,000-for-1,000 swap took place in late May.
"""


def _files(tmp_path: Path, comment: str) -> Path:
    (tmp_path / "article.md").write_text(ARTICLE.replace("{comment}", comment))
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS)
    return claims


def test_without_a_comment_the_finding_stands(factcheck, tmp_path: Path) -> None:
    run = factcheck("verify", "--format", "json", _files(tmp_path, ""))
    assert [f["code"] for f in run.findings()] == ["FC304"]
    assert run.findings()[0]["article_line"] == 7


def test_a_comment_with_a_reason_silences_the_next_paragraph(factcheck, tmp_path) -> None:
    comment = "<!-- factcheck-ignore FC304: the exact day is in the ministry's statement -->\n"
    run = factcheck("verify", "--format", "json", _files(tmp_path, comment))
    assert run.code == 0
    assert run.findings() == []
    assert run.report["summary"]["silenced"] == 1


def test_a_comment_without_a_reason_is_reported_and_silences_nothing(factcheck, tmp_path) -> None:
    run = factcheck(
        "verify", "--format", "json", _files(tmp_path, "<!-- factcheck-ignore FC304 -->\n")
    )
    assert run.code == 1
    codes = {(f["code"], f["file"], f["line"]) for f in run.findings()}
    assert ("FC115", str(tmp_path / "article.md"), 6) in codes
    assert any(code == "FC304" for code, _, _ in codes)

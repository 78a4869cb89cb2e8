"""`extract` drafts "the nineties" as the decade and `verify` reads the same decade from the
same words; a temperature "in the nineties" is drafted as nothing. A fact-checker who writes
the wrong century is told which decade the words say."""

from __future__ import annotations

from pathlib import Path

from article_helpers import extract_draft

ARTICLE = """\
---
title: Hate groups
published: 1998-03-03T10:00:00-05:00
---

Membership in hate groups kept dropping through the nineties, the center said.
It had grown in the late '80s.
Highs will be in the nineties on Friday, forecasters said.
"""


def _draft(factcheck, tmp_path: Path) -> Path:
    return extract_draft(factcheck, tmp_path, ARTICLE, "groups")


def test_the_decade_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = _draft(factcheck, tmp_path)
    text = draft.read_text(encoding="utf-8")
    assert text.count('value: "1990-01-01/1999-12-31"') == 1  # not the temperature
    assert "text: the nineties" in text
    assert 'value: "1987-01-01/1989-12-31"' in text and "text: the late '80s" in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert {f["code"] for f in run.report["findings"]} == {"FC425"}


def test_verify_reads_the_decade_from_its_words(factcheck, tmp_path: Path) -> None:
    draft = _draft(factcheck, tmp_path)
    text = draft.read_text(encoding="utf-8")
    wrong = text.replace('value: "1990-01-01/1999-12-31"', 'value: "1890-01-01/1899-12-31"')
    draft.write_text(wrong, encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")

"""`export claimreview` prints its JSON-LD to standard output, often a CI log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_export_claimreview import ARTICLE, CLAIMS, CONFIG, export


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """The newsroom of tests/test_export_claimreview.py: configuration, article, claims."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims" / "talks.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def test_jsonld_on_stdout_holds_no_workflow_command_or_terminal_control(
    factcheck, newsroom: Path
) -> None:
    article = newsroom / "articles" / "talks.md"
    hostile = "Talks ##[warning]pwned \\x9b31m red \\u202e desrever \\x7f end"
    article.write_text(
        ARTICLE.replace('"Second round of talks ends in Istanbul"', f'"{hostile}"'),
        encoding="utf-8",
    )
    run = export(factcheck, newsroom)
    assert run.code == 0, run.err
    for bad in ("##[", "\x9b", "\u202e", "\x7f"):
        assert bad not in run.out
    work = json.loads(run.out)[0]["itemReviewed"]["appearance"]
    # The same strings to a JSON-LD reader.
    assert work["headline"] == "Talks ##[warning]pwned \x9b31m red \u202e desrever \x7f end"

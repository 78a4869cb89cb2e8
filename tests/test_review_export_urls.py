"""`export claimreview`'s review-url takes `{file}` from a claims file's name: any bytes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_export_claimreview import ARTICLE, CLAIMS, CONFIG


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """The newsroom of tests/test_export_claimreview.py: configuration, article, claims."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims" / "talks.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def test_a_claims_file_name_is_percent_encoded_in_the_review_url(factcheck, newsroom: Path):
    config = newsroom / "factcheck.yaml"
    config.write_text(
        CONFIG + '  review-url: "https://factdesk.example.org/checks/{file}#{claim}"\n'
    )
    named = newsroom / "claims" / "talks & more?page=2#top é.yaml"
    shutil.move(newsroom / "claims" / "talks.yaml", named)
    run = factcheck("export", "claimreview", named, "--config", config, "--date", "2025-06-03")
    assert run.code == 0, run.err
    urls = [review["url"] for review in json.loads(run.out)]
    assert urls[0] == (
        "https://factdesk.example.org/checks/"
        "talks%20%26%20more%3Fpage%3D2%23top%20%C3%A9#ceasefire-duration"
    )

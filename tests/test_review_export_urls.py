"""`export claimreview`'s review-url takes `{file}` from a claims file's name: any bytes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_export_claimreview import CONFIG, newsroom  # noqa: F401 (the fixture)


def test_a_claims_file_name_is_percent_encoded_in_the_review_url(factcheck, newsroom: Path):  # noqa: F811
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

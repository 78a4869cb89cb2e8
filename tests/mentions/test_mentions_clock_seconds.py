"""A clock time with seconds, as agencies give a quake's time ("18:51:49 UTC"), is one time
mention with its zone (found on tests/gold-dev-news, checked here on sentences written for
these tests); its value is the minute, which is what a claim states, and the draft of it
verifies. A figure with a decimal after the seconds is no clock.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2008, 7, 27)


def _times(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_mentions(text, ANCHOR) if m.kind == "time"]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Date-Time: Saturday, July 26, 2008 at 18:51:49 UTC", [("18:51:49 UTC", "18:51+00:00")]),
        ("It struck at 10:23:05 a.m. local time.", [("10:23:05 a.m. local time", "10:23")]),
        ("At 18:51 UTC it hit.", [("18:51 UTC", "18:51+00:00")]),
        ("The log read 12:34:56.7 at the end.", []),
    ],
)
def test_a_clock_with_seconds_is_one_time(text: str, times: list) -> None:
    assert _times(text) == times


def test_a_drafted_time_with_seconds_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "quake.md"
    article.write_text(
        "---\ntitle: Quake\npublished: 2008-07-27T12:00:00+06:00\n---\n\n"
        "The quake struck at 18:51:49 UTC on Saturday.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "quake.yaml"
    assert factcheck("extract", article, "--output", draft).code == 0
    claims = yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]
    # extract drafts a clock time as a text claim of its words
    assert "18:51:49 UTC" in [c["text"] for c in claims]
    assert factcheck("verify", "--format", "json", draft).code == 0

""" "Congo" names two countries, the Republic of the Congo (CG) and the Democratic Republic of
the Congo (CD): it is a place whose country is the one the story's other places are in, and
no country where they do not tell (a guessed code would let a claim pass against the other
country). A draft made from it verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.consistency import gazetteer
from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 1)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Fighting in eastern Congo spread to Goma last week.",
            [("Congo", "CD"), ("Goma", "CD")],
        ),
        ("Congo's president met donors in Brazzaville.", [("Congo", "CG"), ("Brazzaville", "CG")]),
        ("Officials from DR Congo said Congo would sign.", [("DR Congo", "CD"), ("Congo", "CD")]),
        ("Congo and Rwanda signed a deal.", [("Congo", None), ("Rwanda", "RW")]),
    ],
)
def test_congo_takes_the_country_its_story_names(
    text: str, places: list[tuple[str, str | None]]
) -> None:
    assert _places(text) == places


def test_the_gazetteer_still_names_no_country_congo() -> None:
    # verify's place checks read this; the finder's choice must not leak into them.
    assert gazetteer.country_code("Congo") is None


ARTICLE = """\
---
title: Talks
published: 2025-06-01T09:00:00+01:00
---

KINSHASA - Congo will host the talks in July, the foreign minister said.
"""


def test_congo_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    text = draft.read_text(encoding="utf-8")
    assert "value: Congo\n" in text and "text: Congo\n" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out

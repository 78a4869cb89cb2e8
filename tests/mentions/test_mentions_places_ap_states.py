"""A US state as AP style abbreviates it after a town and a comma ("YANKEETOWN, Fla.", "Ocean
City, Md.", "Redding, Calif., in 2001") is a place in the US, its span the abbreviation with
its period (issue 13; tests/gold-dev-roles), on sentences written for these tests; the
abbreviation that goes on in lower case ("Ind. candidate", "Mass. transit") is none. The
untouched draft of such a dateline verifies through the command line."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def places(text: str) -> list[tuple[str, object]]:
    return [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YANKEETOWN, Fla.- The crew searched the river.", [("Fla.", "US")]),
        ("A helicopter crew will visit Port Lane, Md.", [("Md.", "US")]),
        ("He moved to Redding, Calif., in 2001.", [("Redding", "US"), ("Calif.", "US")]),
        ("CHARLESTON, W.Va. (AP) - It rained.", [("CHARLESTON", "US"), ("W.Va.", "US")]),
    ],
)
def test_an_ap_state_after_a_town_is_a_place(text: str, expected: list) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Mr. Smith, Ind. candidate, won the seat.", "The plan, Va. officials said, works."],
)
def test_an_abbreviation_going_on_in_lower_case_is_no_state(text: str) -> None:
    assert places(text) == []


def test_the_draft_of_an_ap_dateline_verifies(factcheck, tmp_path: Path, monkeypatch) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "rescue",
        "---\ntitle: Boater rescued\npublished: 2016-05-22T12:00:00-04:00\n---\n\n"
        "PORT LANE, Fla.- The Coast Guard rescued two men on Saturday.\n",
    )
    assert "text: Fla." in draft
    run = factcheck("verify", "--format", "json", "claims/rescue.yaml")
    assert run.code == 0, run.out
    assert [f for f in run.report["findings"] if f["severity"] == "error"] == []

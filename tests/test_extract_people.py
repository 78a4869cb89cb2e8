"""A draft of titled people verifies untouched (issue 13, items 4 and 6), on articles written
here, through the command line (`extract`, then `verify`): a person's several titles are
claims of properties of their own, and a passage the article repeats word for word (a
script's speaker line) is named, not drafted."""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import draft_and_verify_in_claims_folder

PUBLISHED = "2011-05-19T12:00:00-05:00"


@pytest.fixture
def draft_of(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write an article of `body` in a project of its own, draft it, and return the
    extract run, the draft, and the verify report."""
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def draft(body: str):
        article = f"---\ntitle: A story\npublished: {PUBLISHED}\n---\n\n{body}\n"
        return draft_and_verify_in_claims_folder(factcheck, tmp_path, article)

    return draft


def _errors(verified) -> list[dict]:
    return [f for f in verified.report["findings"] if f["severity"] == "error"]


def test_each_title_of_one_person_is_a_property_of_its_own(draft_of) -> None:
    _, data, verified = draft_of(
        "Commander Mark Kelly spoke to reporters.\n\n"
        "Later, NASA astronaut Mark Kelly answered questions. Commander Mark Kelly smiled."
    )
    titles = [
        (claim["value"], claim["property"]) for claim in data["claims"] if claim["type"] == "role"
    ]
    assert titles == [("Commander", "title"), ("NASA astronaut", "title-2"),
                      ("Commander", "title")]  # fmt: skip
    assert _errors(verified) == [] and verified.code == 0


def test_a_speaker_line_given_twice_is_named_not_drafted(draft_of) -> None:
    extracted, data, verified = draft_of(
        "The minister spoke first.\n\n"
        "COLIN POWELL, U.S. SECRETARY OF STATE\n\n"
        '"We will talk again."\n\n'
        "Then came questions.\n\n"
        "COLIN POWELL, U.S. SECRETARY OF STATE\n\n"
        '"Nothing has changed."'
    )
    assert not any("POWELL" in claim["text"] for claim in data["claims"])
    line = extracted.out.splitlines()[1]
    assert line.startswith(
        "not drafted (4 mentions in a passage the article repeats word for word): "
    ), extracted.out
    assert "“COLIN POWELL” at 8:1" in line
    assert _errors(verified) == [] and verified.code == 0


def test_letters_after_a_members_name_are_a_title_of_their_own(draft_of) -> None:
    _, data, verified = draft_of(
        '"We will act," said Defence Secretary John Healey MP on Tuesday.\n\n'
        "The report was signed by Ruth Adair MSP."
    )
    roles = [(claim["value"], claim["text"]) for claim in data["claims"] if claim["type"] == "role"]
    assert ("MP", "MP") in roles and ("MSP", "MSP") in roles, roles
    quotes = [claim for claim in data["claims"] if claim["type"] == "quote"]
    assert [claim["subject"] for claim in quotes] == ["john-healey"], quotes
    assert _errors(verified) == [] and verified.code == 0

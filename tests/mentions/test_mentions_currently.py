"""The word "currently" as a reference to the present (TimeML's PRESENT_REF): found where it
tells when a clause's verb holds, left where it describes a thing or opens a sentence; never
drafted.

Sentences written for these tests; the rule was read off TBAQ (docs/tempeval3.md)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def references(sentence: str) -> list[tuple[str, str]]:
    return [
        (mention.text, str(mention.value))
        for mention in find_mentions(sentence, ANCHOR, references=True)
        if mention.kind == "reference"
    ]


# fmt: off
FOUND = [
    "The ministry currently holds 40 prisoners.",          # after its subject
    "Its debts currently exceed its assets.",
    "The convoy is currently being inspected at the border.",  # after a form of "be"
    "The plan has currently stalled, officials said.",
    "Kyiv wants 10% of the market by 2030; currently it holds 2%.",  # a pronoun after
    "The stake, currently valued at $40 million, was sold.",  # a participle after a comma
    "No talks are planned currently, he said.",            # before a pause
    "The city currently has no mayor.",
]

NOT_FOUND = [
    "Currently, the border crossings are shut.",           # the marker opening a sentence
    'The aid stopped. "Currently, nothing moves," she said.',
    "Olena Marchenko, currently deputy mayor, will lead the talks.",  # describes a person
    "A tired and currently leaderless opposition met.",    # describes a thing
    "The currently-closed road reopened.",
]
# fmt: on


@pytest.mark.parametrize("sentence", FOUND)
def test_currently_telling_when_a_verb_holds_is_the_present(sentence: str) -> None:
    assert references(sentence) == [("currently", "present")]


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_currently_before_a_noun_or_opening_a_sentence_is_left(sentence: str) -> None:
    assert references(sentence) == []


def test_currently_is_found_only_when_references_are_asked() -> None:
    sentence = "The ministry currently holds 40 prisoners."
    assert [m.kind for m in find_mentions(sentence, ANCHOR)] == ["number"]


def test_extract_skips_currently_and_its_draft_verifies(factcheck, tmp_path: Path) -> None:
    """A reference states no fact a source could confirm: `extract` drafts no claim of it,
    and the untouched draft verifies."""
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Prisoners\npublished: 2025-06-27T12:00:00+03:00\n---\n\n"
        "The ministry currently holds 40 prisoners, officials said on June 2.\n",
    )
    text = draft.read_text(encoding="utf-8")
    assert "currently" not in text
    assert "text: June 2" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

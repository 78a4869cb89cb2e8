"""A "he said" carried over paragraphs that name no one (issue 13; tests/gold-dev-newspeople),
on paragraphs written for these tests: news copy names its speaker once, then runs paragraphs
of "he said" and of reported speech with no quotation marks; the "he" of each is the speaker
named before the run, while a paragraph that neither reports "he said" nor opens with "He"
ends the run."""

from __future__ import annotations

import pytest
from people_mentions import speakers

NAMED = "Admiral Ruth Okafor visited the base on Tuesday.\nOkafor told the crew they mattered.\n"

# fmt: off
CARRIED = [
    pytest.param(NAMED + "There is more to do, she said.\n"
                 '"Training matters," she said. "We owe it to you."',
                 [("Training matters", "Okafor"), ("We owe it to you", "Okafor")],
                 id="over-a-paragraph-of-reported-speech"),
    pytest.param(NAMED + "She also stressed the budget. More is coming, she said.\n"
                 'She praised the crew for work that "turned the tide" at sea.\n'
                 '"You made the difference," she said.',
                 [("turned the tide", "Okafor"), ("You made the difference", "Okafor")],
                 id="over-a-paragraph-that-opens-with-she"),
    pytest.param('Minister Ana Ruiz spoke first.\nThe crowd cheered.\nPrices rose, he said.\n'
                 '"We will cut them," he said.',
                 [("We will cut them", None)],
                 id="a-paragraph-without-the-pronoun-ends-the-run"),
    pytest.param("Okafor spoke.\nIt rained, she said.\nIt snowed, she said.\n"
                 "It hailed, she said.\nIt cleared, she said.\nIt froze, she said.\n"
                 '"Go home," she said.',
                 [("Go home", None)],
                 id="no-further-back-than-four-paragraphs"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_he_said_is_carried_over_paragraphs_that_name_no_one(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_a_named_speaker_in_the_paragraph_before_still_wins() -> None:
    text = NAMED + 'Chief Lena Park said the ship was ready.\n"It is," she said.'
    assert speakers(text) == [("It is", "Lena Park")]

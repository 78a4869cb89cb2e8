"""A news outlet or an agency that "reports" is the speaker of the words it gives (issue 13;
tests/gold-dev-news): "The BBC reports the area as "hard hit."", "The New York Times has
reported ...". "reports" is also a noun and a lone capitalized word before it is most often
a sentence's first word ("Earlier reports said", "Media reports") or an adverb ("Finally has
reported"): that names nobody. Sentences written for these tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
CASES = [
    pytest.param('Roofs fell in. The BBC reports the town as "badly hit."',
                 [("badly hit", "BBC")], id="an-acronym"),
    pytest.param('The New York Times has reported that he was "very tired."',
                 [("very tired", "New York Times")], id="a-name-of-several-words"),
    pytest.param('Earlier reports said the quake was "huge."', [("huge", None)],
                 id="reports-as-a-noun"),
    pytest.param('Finally has reported on a search for people "keen on weather" today.',
                 [("keen on weather", None)], id="an-adverb-opening-the-sentence"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_outlet_that_reports_is_the_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected

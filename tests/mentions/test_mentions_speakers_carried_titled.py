"""A titled person named before a run of "he said" paragraphs is the speaker the run carries
(issue 13; tests/gold-dev-news), as a speaker named with a speech verb is: "IMF research chief
Olivier Blanchard downplayed the crisis." then ""...," he said." then "Similarly, he said ...
"as a major issue."" are all Blanchard's. Paragraphs written for these tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

TITLED = "Central bank governor Amara Osei played down the slump on Monday.\n"

# fmt: off
CASES = [
    pytest.param(TITLED + '"The damage will be small," she said.\n'
                 'Likewise, she said traders do not see the fall "as a lasting threat."',
                 [("The damage will be small", "Amara Osei"),
                  ("as a lasting threat", "Amara Osei")],
                 id="titled-person-before-the-run"),
    pytest.param(TITLED + "The crowd left early.\n"
                 'Likewise, she said traders do not see the fall "as a lasting threat."',
                 [("as a lasting threat", None)],
                 id="a-paragraph-without-the-pronoun-still-ends-the-run"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_titled_person_before_the_run_is_carried(text: str, expected: list) -> None:
    assert speakers(text) == expected

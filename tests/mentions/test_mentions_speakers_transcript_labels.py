"""A transcript's label in capitals before a quote ("LOUIS LATAIF: "..."", as VOA Special
English scripts set their speakers) gives the speaker as a name is written, "Louis Lataif"
(issue 13; tests/gold-dev-newsmix): the capitals are the layout's, and a claim names the
person so. A one-word speaker in capitals is an acronym and stays ("NATO"). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
CASES = [
    pytest.param('ANNA KOVAC: "The plan is ready."', [("The plan is ready", "Anna Kovac")],
                 id="a-label"),
    pytest.param('Officials met on Monday. ANNA KOVAC: "The plan is ready."',
                 [("The plan is ready", "Anna Kovac")], id="a-label-after-a-sentence"),
    pytest.param('"We stay," NATO said.', [("We stay", "NATO")], id="an-acronym-stays"),
    pytest.param('Anna Kovac said "We stay."', [("We stay", "Anna Kovac")], id="a-name-as-written"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_label_in_capitals_gives_the_name(text: str, expected: list) -> None:
    assert speakers(text) == expected

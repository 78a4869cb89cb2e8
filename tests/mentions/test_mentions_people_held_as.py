"""A formal title the sentence's subject holds, given after "as" with no name beside it, is
a role of that person (issue 13; tests/gold-dev-roles): "Kieran McAnulty will become ...,
aligning with his existing portfolio as Minister for Rural Communities", and a first name
the article gave in full before ("Ginny's been ... as Minister of Police"). A lower-case
noun ("as a teacher"), a sentence opening with a country or with "I'm", and a post someone
"will become" give none. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.person) for m in find_mentions(text, ANCHOR) if m.kind == "role"]


# fmt: off
CASES = [
    pytest.param("Aroha Tane will take on transport, building on her work as Minister of "
                 "Housing since May.", [("Minister of Housing", "Aroha Tane")],
                 id="full-name-opens-the-sentence"),
    pytest.param("Aroha Tane will take on transport from today.\n"
                 "Aroha's been a strong performer as Minister for Housing this year.",
                 [("Minister for Housing", "Aroha Tane")], id="a-first-name-given-before"),
    pytest.param("Aroha Tane will take on transport from today.\n"
                 "Mere's been a strong performer as Minister for Housing this year.",
                 [], id="a-first-name-nobody-had"),
    pytest.param("Aroha Tane worked for years as a teacher in the north.", [],
                 id="a-lower-case-noun"),
    pytest.param("Norway served as Chair of the Council last year.", [], id="a-country"),
    pytest.param("I'm Aroha Tane and I serve as Chair of the Council.", [],
                 id="a-first-person-opening"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_title_held_as_is_a_role_of_the_subject(text: str, expected: list) -> None:
    assert roles(text) == expected

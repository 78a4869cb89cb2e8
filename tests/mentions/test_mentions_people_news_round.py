"""Titled people in the layouts of news reporting (issue 13; tests/gold-dev-newspeople), on
sentences written for these tests. A headline in title case puts its verb or adjective right
after a title ("Chilean President Survives Impeachment Vote"): those words are no name where
none of them stands again in the story and the story gives the same title to a named person;
a title no one else in the story holds keeps the name after it."""

from __future__ import annotations

import pytest
from people_mentions import people, titled

BODY = "\nChilean President Lucia Ferrer won the vote on Tuesday, her aides said."

# fmt: off
HEADLINES = [
    pytest.param("Chilean President Survives Impeachment Vote" + BODY,
                 titled("Chilean President", "Lucia Ferrer"), id="a-verb-after-the-title"),
    pytest.param("Chilean President Optimistic About Talks" + BODY,
                 titled("Chilean President", "Lucia Ferrer"), id="an-adjective-after-the-title"),
    pytest.param("Chilean President Declared Winner\n"
                 "President Lucia Ferrer won the vote, her aides said.",
                 titled("President", "Lucia Ferrer"), id="the-same-head-with-other-modifiers"),
    pytest.param("President Ferrer Visits Lima" + BODY,
                 [*titled("President", "Ferrer"), *titled("Chilean President", "Lucia Ferrer")],
                 id="a-name-the-story-uses-again-stays"),
    pytest.param("Ambassador Rosa Tal Opens Embassy\nThe embassy opened on Tuesday.",
                 titled("Ambassador", "Rosa Tal"),
                 id="a-title-no-one-else-holds-keeps-its-name"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headline_verb_after_a_title_is_no_name(text: str, expected: list) -> None:
    assert people(text) == expected


def test_the_country_in_such_a_headline_is_a_place_again() -> None:
    from people_mentions import ANCHOR

    from factcheck.mentions import find_mentions

    text = "Chile President Declared Winner\nChile's President Lucia Ferrer won, aides said."
    places = [m.text for m in find_mentions(text, ANCHOR) if m.kind == "place"]
    assert places == ["Chile"]


# fmt: off
COURTESIES = [
    pytest.param("He met Her Majesty Queen Elizabeth II on Monday.",
                 titled("Queen", "Elizabeth II"), id="her-majesty"),
    pytest.param("His Holiness Pope Francis spoke at noon.", titled("Pope", "Francis"),
                 id="his-holiness"),
    pytest.param("His Royal Highness Prince Charles arrived.", titled("Prince", "Charles"),
                 id="his-royal-highness"),
    pytest.param("Her Excellency Sam Mostyn spoke.", [], id="a-courtesy-alone-is-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COURTESIES)
def test_a_courtesy_before_a_title_is_no_part_of_it(text: str, expected: list) -> None:
    assert people(text) == expected


# fmt: off
BEFORE_A_RANK = [
    pytest.param("A deal with acting military leader General Sekouba Konate held.",
                 [("role", "acting military leader", "Sekouba Konate"),
                  *titled("General", "Sekouba Konate")], id="acting-military-leader-general"),
    pytest.param("The country's injured military leader Captain Ana Ruiz stayed home.",
                 [("role", "country's injured military leader", "Ana Ruiz"),
                  *titled("Captain", "Ana Ruiz")], id="a-possessive-and-a-modifier"),
    pytest.param("She said General Ali Khan would stay.", titled("General", "Ali Khan"),
                 id="a-verb-before-the-rank-is-no-title"),
    pytest.param("The deputy commander, General Ali Khan, spoke.",
                 [("role", "deputy commander", "Ali Khan"), *titled("General", "Ali Khan")],
                 id="apposition-as-before"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BEFORE_A_RANK)
def test_a_lower_case_title_before_a_rank_is_a_role_of_its_own(text: str, expected: list) -> None:
    assert people(text) == expected


# fmt: off
LONG_REMITS = [
    pytest.param("It failed, according to Ida Berg, head of the observer team of the Council "
                 "for Security and Cooperation in Europe, or CSCE.",
                 [("person", "Ida Berg", None),
                  ("role", "head of the observer team of the Council for Security and "
                   "Cooperation in Europe", "Ida Berg")], id="four-parts-before-the-comma"),
    pytest.param("Ida Berg, chief of staff at the embassy of Chile, said so.",
                 [("person", "Ida Berg", None),
                  ("role", "chief of staff at the embassy of Chile", "Ida Berg")],
                 id="two-parts-then-a-speech-verb"),
    pytest.param("Ida Berg, head of the team in 2009, left.", [],
                 id="a-part-with-no-body-ends-nothing"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LONG_REMITS)
def test_an_appositive_title_runs_over_several_parts_of_its_remit(
    text: str, expected: list
) -> None:
    assert people(text) == expected


# fmt: off
LEADERS = [
    pytest.param("It was an uprising against leader Ferdinand Marcos.",
                 titled("leader", "Ferdinand Marcos"), id="leader-and-a-full-name"),
    pytest.param("He met leader Kim Jong Un in June.", titled("leader", "Kim Jong Un"),
                 id="a-three-word-name"),
    pytest.param("The market leader Nvidia said sales rose.", [],
                 id="a-company-after-a-bare-leader"),
    pytest.param("Opposition leader Ana Ruiz spoke.", titled("Opposition leader", "Ana Ruiz"),
                 id="with-a-modifier-as-before"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LEADERS)
def test_leader_before_a_full_name_is_a_title(text: str, expected: list) -> None:
    assert people(text) == expected

"""Quote speakers in layouts a media digest and agency news use (issue 13; tests/gold-dev-quotes),
on sentences written for these tests: a reporter's verb "points out that", a first name that
points back to the one person named before with it, and plural nouns for groups of people
("Judges", "Investigators"), which name nobody."""

from __future__ import annotations

import pytest
from people_mentions import speakers

# fmt: off
FIRST_NAMES = [
    pytest.param('Lena Ortiz said "yes". Lena also said "nothing is free".',
                 [("yes", "Lena Ortiz"), ("nothing is free", "Lena Ortiz")],
                 id="first-name-back-to-the-full-name"),
    pytest.param('Katie Knapman points out that:\n"Helicopters might never fly,"\n'
                 'Katie also points out that "lives depend on it", "it is critical" and more.',
                 [("Helicopters might never fly", "Katie Knapman"),
                  ("lives depend on it", "Katie Knapman"), ("it is critical", "Katie Knapman")],
                 id="a-digest-quoting-a-reporter"),
    pytest.param('Ortiz pointed out that "nothing is free".', [("nothing is free", "Ortiz")],
                 id="pointed-out-that"),
    pytest.param('Lena Ortiz and Lena Park met. Lena said "we agree".', [("we agree", "Lena")],
                 id="two-people-share-the-first-name"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FIRST_NAMES)
def test_first_names_and_points_out(text: str, expected: list) -> None:
    assert speakers(text) == expected


# fmt: off
GROUPS = [
    pytest.param('Judges later concluded that "the case was weak".', [("the case was weak", None)],
                 id="judges-concluded"),
    pytest.param('Investigators said "the engine failed".', [("the engine failed", None)],
                 id="investigators-said"),
    pytest.param('"It failed," Researchers said.', [("It failed", None)], id="after-the-quote"),
    pytest.param('Officials said "no".', [("no", None)], id="officials"),
    pytest.param('Judge Ann Lee wrote: "The law stands."', [("The law stands", "Ann Lee")],
                 id="a-titled-name-still-speaks"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_a_group_of_people_is_no_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected


# fmt: off
HEADLINES = [
    pytest.param('Statement by U.S. Secretary of Energy Jennifer M. Granholm on the Reserve\n'
                 '"The Department of Energy will act now.\n\nMore follows."',
                 [("The Department of Energy will act now", "Jennifer M. Granholm")],
                 id="statement-by-a-titled-person"),
    pytest.param('Remarks by President Ana Ruiz at the Opening\n"Thank you all for coming."',
                 [("Thank you all for coming", "Ana Ruiz")], id="remarks-by"),
    pytest.param('Ana Ruiz visits the port\n"Thank you all for coming."',
                 [("Thank you all for coming", None)], id="a-headline-that-is-no-statement"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_statement_headline_names_the_speaker_below_it(text: str, expected: list) -> None:
    assert speakers(text) == expected


# fmt: off
COMPLEMENTS = [
    pytest.param('Chief Forecaster at the Met Office, Andy Page, added: "Rain is due."',
                 [("Rain is due", "Andy Page")], id="the-person-after-the-body"),
    pytest.param('The head of the Met Office said: "Rain is due."', [("Rain is due", None)],
                 id="a-title-of-the-body-names-nobody"),
    pytest.param('The Met Office said: "Rain is due."', [("Rain is due", "Met Office")],
                 id="the-body-itself-speaks"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COMPLEMENTS)
def test_a_body_after_at_the_is_no_subject(text: str, expected: list) -> None:
    assert speakers(text) == expected

"""Titled people and quote speakers in the layouts of disaster, election and UN copy, central
bank and parliamentary releases (issue 13, item 4, third round), on sentences written for
these tests: a title "-designate", an incumbent, two portfolios joined by "and", an agency's
acronym spelled out before a title, reporters and coordinators; a statement "read" or
"released" before the paragraphs that quote it, "he" after a name with no title, and a
place named after its noun that is no speaker."""

from __future__ import annotations

import pytest
from people_mentions import people, speakers, titled

# fmt: off
FOUND = [
    pytest.param("The board welcomed Governor-designate Amara Osei on Monday.",
                 titled("Governor-designate", "Amara Osei"), id="designate"),
    pytest.param("In Vice Chair-designate Lund, the bank gains an economist.",
                 titled("Vice Chair-designate", "Lund"), id="vice-chair-designate"),
    pytest.param("Officials met Minister-elect Tomas Grau at the port.",
                 titled("Minister-elect", "Tomas Grau"), id="elect"),
    pytest.param("The runoff pits incumbent President Maria Solis against a newcomer.",
                 titled("incumbent President", "Maria Solis"), id="incumbent"),
    pytest.param("Schools closed, Environment and Urbanization Minister Deniz Aral said.",
                 titled("Environment and Urbanization Minister", "Deniz Aral"),
                 id="two-portfolios-joined-by-and"),
    pytest.param("Trade and Industry Secretary Hugo Lane opened the fair.",
                 titled("Trade and Industry Secretary", "Hugo Lane"), id="trade-and-industry"),
    pytest.param(
        "She was joined by the UNHCR (United Nations High Commissioner for Refugees) Deputy "
        "Director, Ines Varga, and two aides.",
        titled("UNHCR (United Nations High Commissioner for Refugees) Deputy Director",
               "Ines Varga"),
        id="acronym-spelled-out-before-a-title"),
    pytest.param("The Emergency Relief Coordinator, Paul O'Neill, briefed the council.",
                 titled("Emergency Relief Coordinator", "Paul O'Neill"),
                 id="coordinator-in-apposition-with-apostrophe-name"),
    pytest.param("Reporter Lena Fry told listeners the roads were shut.",
                 titled("Reporter", "Lena Fry"), id="reporter-opens-the-sentence"),
    pytest.param("The storm hit hardest in the south, said correspondent Omar Haddad.",
                 titled("correspondent", "Omar Haddad"), id="correspondent-after-said"),
    pytest.param("She thanked the Permanent Representative of Chile, Ana Rios, for her work.",
                 titled("Permanent Representative of Chile", "Ana Rios"),
                 id="permanent-representative-of-a-country"),
]
COURTS_AND_SPORT = [
    pytest.param("Defense attorney Mark Olsen told jurors his client acted alone.",
                 titled("Defense attorney", "Mark Olsen"), id="defense-attorney"),
    pytest.param("Interim U.S. Attorney Brad Sims asked for calm.",
                 titled("Interim U.S. Attorney", "Brad Sims"), id="us-attorney"),
    pytest.param("The defendant's lawyer, Ruth Adler, said she would appeal.",
                 titled("defendant's lawyer", "Ruth Adler"), id="lawyer-in-apposition"),
    pytest.param("England captain Harry Lane scored twice.",
                 titled("England captain", "Harry Lane"), id="team-captain"),
    # "lawyer" needs its modifier before a name: "a lawyer" alone is a description.
    pytest.param("Police were called by a lawyer. Ruth Adler said so.", [], id="a-lawyer"),
]
UN_TITLES = [
    pytest.param(
        "Chairperson of the African Union Commission Musa Fall welcomed the deal.",
        titled("Chairperson of the African Union Commission", "Musa Fall"),
        id="chairperson-of-a-body"),
    pytest.param(
        "The Under-Secretary-General for Peace Operations, Jean-Paul Roux, said troops were ready.",
        titled("Under-Secretary-General for Peace Operations", "Jean-Paul Roux"),
        id="under-secretary-general-with-remit-in-apposition"),
    pytest.param("Council chairperson Ana Lopes opened the session.",
                 titled("Council chairperson", "Ana Lopes"), id="lower-case-chairperson"),
]
RANKS = [
    pytest.param("The base is run by Brig. Gen. Ann Cole.",
                 titled("Brig. Gen.", "Ann Cole"), id="brig-gen-abbreviated"),
    pytest.param("Cmdr. Ivo Petrov took the ship out.",
                 titled("Cmdr.", "Ivo Petrov"), id="cmdr-abbreviated"),
    pytest.param(
        "Six were hurt, Coastal Police Chief Brig. Gen. Eko Wardana said.",
        [("role", "Coastal Police Chief", "Eko Wardana"), *titled("Brig. Gen.", "Eko Wardana")],
        id="post-then-rank-two-roles"),
    pytest.param("Army Chief General Asim Qadir met the envoy.",
                 [("role", "Army Chief", "Asim Qadir"), *titled("General", "Asim Qadir")],
                 id="post-then-rank-in-words"),
    pytest.param("Lt. Col. Tom Hale and Lieutenant General Ann Lee came.",
                 titled("Lt. Col.", "Tom Hale") + titled("Lieutenant General", "Ann Lee"),
                 id="rank-of-two-words-is-one-role"),
]
BODIES_AND_SLIPS = [
    pytest.param(
        "Expedition 36 Flight Engineers Ivan Orlov and Pavel Sokol went outside.",
        [*titled("Expedition 36 Flight Engineers", "Ivan Orlov"), ("person", "Pavel Sokol", None)],
        id="numbered-body-before-a-plural-title"),
    pytest.param("Apollo 11 Commander Neil Armstrong stepped out.",
                 titled("Apollo 11 Commander", "Neil Armstrong"), id="numbered-body"),
    pytest.param("Flight Engineer Karen Ortiz waved.",
                 titled("Flight Engineer", "Karen Ortiz"), id="flight-engineer"),
    pytest.param("NASA Adminstrator Carl Bolt spoke at the event.",
                 titled("NASA Adminstrator", "Carl Bolt"), id="misspelt-title-letter-dropped"),
    pytest.param("Secertary of State Tom Hale met them.",
                 titled("Secertary of State", "Tom Hale"), id="misspelt-title-letters-swapped"),
]
NOT_A_TITLE = [
    # "and" joins two people, not two portfolios: the title is only the second one's.
    pytest.param("Talks between Biden and Defense Secretary Lloyd Austin ended.",
                 titled("Defense Secretary", "Lloyd Austin"), id="and-between-people"),
    pytest.param("Mayor Ruth Kim and Health Minister Ivo Petrov toured the ward.",
                 titled("Mayor", "Ruth Kim") + titled("Health Minister", "Ivo Petrov"),
                 id="two-titled-people-joined-by-and"),
    # A bracket that spells out no acronym is no part of a title.
    pytest.param("The group (founded in 1990) Director Sam Obi spoke.",
                 titled("Director", "Sam Obi"), id="bracket-without-acronym"),
    # A number after a month or in a sentence's opening words names no body.
    pytest.param("On June 2 President Ana Lopes spoke.",
                 titled("President", "Ana Lopes"), id="day-before-a-title"),
    # A short title's slips are words of their own: "Minster" is no "Minister".
    pytest.param("The Minster Tom Hale visited was full.", [], id="short-word-slip-is-no-title"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "expected"),
    FOUND + COURTS_AND_SPORT + UN_TITLES + RANKS + BODIES_AND_SLIPS + NOT_A_TITLE,
)
def test_titles_of_this_round(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


def test_a_statement_read_out_is_quoted_in_the_next_paragraph() -> None:
    text = (
        "Maya Lind, for the Office of the Special Envoy, read the following statement:\n"
        '"The committee met for the first time today.\n'
        'It will meet again on Monday."'
    )
    assert speakers(text) == [("The committee met for the first time today", "Maya Lind")]


def test_a_released_statement_runs_on_over_its_paragraphs() -> None:
    text = (
        "WASHINGTON - Senate Majority Leader Tom Brandt released the following statement "
        "today after the vote:\n"
        '"Today the Senate did its job.\n'
        '"The bill now goes to the House.\n'
        '"I thank my colleagues for their work."'
    )
    assert speakers(text) == [
        ("Today the Senate did its job", "Tom Brandt"),
        ("The bill now goes to the House", "Tom Brandt"),
        ("I thank my colleagues for their work", "Tom Brandt"),
    ]


def test_he_points_back_to_a_name_without_a_title_that_opens_a_sentence() -> None:
    text = (
        "Reporter Lena Fry said the night was long. Ben Ortiz was among those who got out. "
        '"I ran down four floors," he said.'
    )
    assert speakers(text) == [("I ran down four floors", "Ben Ortiz")]


def test_he_still_points_to_a_titled_person_named_later() -> None:
    text = (
        "Ben Ortiz was among those who got out. Fire Chief Ada Moss said crews were on site. "
        '"We are searching every floor," she said.'
    )
    assert speakers(text) == [("We are searching every floor", "Ada Moss")]


def test_a_place_after_the_noun_for_it_is_no_speaker() -> None:
    text = 'A prosecutor in the capital Ankara announced an inquiry into "provocative" posts.'
    assert speakers(text) == [("provocative", None)]


def test_a_city_named_as_a_speaker_without_its_noun_still_speaks() -> None:
    text = 'Moscow said the claims were "absurd".'
    assert speakers(text) == [("absurd", "Moscow")]


def test_the_pm_after_scene_setting_words_is_the_untitled_name_before() -> None:
    text = (
        "The Prime Minister has met the FIFA delegation at Downing Street.\n"
        "Gordon Brown and the delegates discussed the bid.\n"
        "Before the meeting the PM said they would discuss the bid.\n"
        '"We have an outstanding bid."'
    )
    assert speakers(text) == [("We have an outstanding bid", "Gordon Brown")]


def test_the_pm_prefers_a_prime_minister_named_with_the_title() -> None:
    text = (
        "Prime Minister Ana Lopes met Gordon Brown.\n"
        "After the talks the PM said:\n"
        '"The talks went well."'
    )
    assert speakers(text) == [("The talks went well", "Ana Lopes")]


def test_a_scare_quote_in_reported_speech_is_the_reporting_speakers() -> None:
    text = (
        "Asked about a deadline, Ms. Lind said the envoy had urged patience. Once the "
        'so-called "small group" was chosen, journalists would be told.'
    )
    assert speakers(text) == [("small group", "Lind")]


def test_reported_speech_ends_with_its_paragraph() -> None:
    text = (
        "Ms. Lind said the envoy had urged patience.\n"
        'Once the so-called "small group" was chosen, journalists were told.'
    )
    assert speakers(text) == [("small group", None)]


def test_a_scare_quote_with_no_speaker_before_it_has_none() -> None:
    text = 'The so-called "small group" met on Monday. Ms. Lind said it went well.'
    assert speakers(text) == [("small group", None)]


@pytest.mark.parametrize(
    "opening",
    [
        "South Korea takes over the chair in January.",
        "New York City officials met at noon.",
        "Los Angeles firefighters were at the scene.",
    ],
    ids=["country", "city-with-noun", "city-in-gazetteer"],
)
def test_a_place_opening_a_sentence_is_no_one_he_points_to(opening: str) -> None:
    text = f'Ben Ortiz was among those who got out. {opening} "It was chaos," he said.'
    assert speakers(text) == [("It was chaos", "Ben Ortiz")]


def test_hyphenated_vice_titles() -> None:
    assert people("Vice-President Luis Moreno spoke after Executive Vice-President Ana Berg.") == [
        *titled("Vice-President", "Luis Moreno"),
        *titled("Executive Vice-President", "Ana Berg"),
    ]


def test_the_capitalized_title_said_is_the_person_last_named_with_it() -> None:
    text = (
        "High Representative Josep Vall said the union would respond. Minister Ana Berg "
        'agreed. "We will not accept this," the High Representative said.'
    )
    assert speakers(text) == [("We will not accept this", "Josep Vall")]


def test_an_organisation_after_the_still_speaks() -> None:
    text = '"No comment," the White House said.'
    assert speakers(text) == [("No comment", "White House")]


def test_a_title_in_apposition_with_a_rank_before_the_name_gives_both_roles() -> None:
    assert people("The mission's commander, Col. Ana Ruiz, said the crew was safe.") == [
        ("role", "mission's commander", "Ana Ruiz"),
        *titled("Col.", "Ana Ruiz"),
    ]


def test_a_lower_case_word_is_no_slip_of_a_title() -> None:
    # "resident" is "President" without its capital: a word of its own, no title.
    assert people('"It came fast," said Maria Lopez, 54, a resident of the town.') == []


def test_an_organisation_of_a_portfolio_speaks_by_its_whole_name() -> None:
    text = 'In a statement, the Ministry of Defence said the strike "hit its target."'
    assert speakers(text) == [("hit its target", "Ministry of Defence")]


def test_a_quote_that_ends_its_sentence_takes_no_speaker_from_the_next() -> None:
    text = (
        'The Bank of England said rates were "appropriate." Analyst Mark Feldman of Redwood '
        'Research said it was "too early."'
    )
    assert speakers(text) == [("appropriate", "Bank of England"), ("too early", "Mark Feldman")]


def test_a_whole_quoted_sentence_may_take_its_speaker_from_the_next() -> None:
    assert speakers('"We will rebuild." Erdogan said it twice.') == [("We will rebuild", "Erdogan")]


def test_unnamed_people_opening_a_sentence_are_no_speaker() -> None:
    assert speakers('Officials called the plan "a disaster."') == [("a disaster", None)]


@pytest.mark.parametrize(
    ("first", "reference", "speaker"),
    [
        ("Pope Leo said the war must end.", "the pontiff", "Leo"),
        ("Real Madrid coach Carlo Ancelotti praised his side.", "the coach", "Carlo Ancelotti"),
        ("Defense attorney Mark Olsen spoke first.", "the lawyer", "Mark Olsen"),
        ("Fed Chair Jerome Powell took questions.", "the chair", "Jerome Powell"),
    ],
    ids=["pontiff", "coach", "lawyer-for-attorney", "chair"],
)
def test_a_reference_back_names_the_person_last_titled_so(
    first: str, reference: str, speaker: str
) -> None:
    text = f'{first} Mayor Ana Lopes listened. "Peace is possible," {reference} said.'
    assert speakers(text) == [("Peace is possible", speaker)]


def test_a_lower_case_high_commissioner_in_apposition() -> None:
    text = '"We are concerned," said Volker Tann, the U.N. high commissioner for human rights.'
    assert people(text) == [
        ("person", "Volker Tann", None),
        ("role", "U.N. high commissioner for human rights", "Volker Tann"),
    ]
    assert speakers(text) == [("We are concerned", "Volker Tann")]


def test_the_complement_of_of_is_no_speaker_but_the_name_in_apposition_is() -> None:
    text = 'The mayor of Kyiv, Vitali Koval, wrote on Telegram that "explosions" were heard.'
    assert speakers(text) == [("explosions", "Vitali Koval")]


def test_a_title_of_a_country_with_no_name_gives_no_speaker() -> None:
    assert speakers('The president of France said "no."') == [("no", None)]


def test_names_with_an_arabic_article_and_a_title_word_inside() -> None:
    assert people("Sudan's army chief, Gen. Abdel Karim al-Bashir, spoke.") == [
        ("role", "Sudan's army chief", "Abdel Karim al-Bashir"),
        *titled("Gen.", "Abdel Karim al-Bashir"),
    ]
    assert people("President Hassan Sheikh Omar met them.") == titled(
        "President", "Hassan Sheikh Omar"
    )


def test_an_ambassador_to_a_body_named_in_full() -> None:
    text = "U.S. Ambassador to the United Nations Linda Grant told the council."
    assert people(text) == titled("U.S. Ambassador to the United Nations", "Linda Grant")

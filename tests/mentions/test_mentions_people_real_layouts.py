"""Titled people as real outlets write them (issue 13, item 4, second round), on sentences
written for these tests: names with initials, particles, suffixes and honorifics; titles with
a remit ("Minister of Foreign and European Affairs", "Ambassador to the UN"), in apposition,
in a headline in title case and in a transcript's speaker label; and what is no person."""

from __future__ import annotations

import pytest
from people_mentions import ANCHOR, people, titled

from factcheck.mentions import find_mentions

# fmt: off
FOUND = [
    pytest.param("Secretary of State Antony J. Blinken met his counterpart.",
                 titled("Secretary of State", "Antony J. Blinken"), id="middle-initial"),
    pytest.param("PRESS SECRETARY JOHN F. KIRBY: Good afternoon.",
                 titled("PRESS SECRETARY", "JOHN F. KIRBY"), id="transcript-label-in-capitals"),
    pytest.param("SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Thank you all.",
                 titled("SECRETARY OF DEFENSE", "LLOYD J. AUSTIN III"),
                 id="transcript-label-with-remit-and-numeral"),
    pytest.param("They mourn Sergeant Kennedy L. Saunders, age 24.",
                 titled("Sergeant", "Kennedy L. Saunders"), id="military-rank"),
    pytest.param("Chief Justice John G. Roberts Jr. wrote the opinion.",
                 titled("Chief Justice", "John G. Roberts Jr."), id="suffix-jr"),
    pytest.param("European Commission President Ursula von der Leyen spoke first.",
                 titled("European Commission President", "Ursula von der Leyen"),
                 id="two-particles"),
    pytest.param("Crown Prince Mohammed bin Salman met the delegation.",
                 titled("Crown Prince", "Mohammed bin Salman"), id="particle-bin"),
    pytest.param("French Foreign Minister Jean-Noël Barrot visited Kyiv.",
                 titled("French Foreign Minister", "Jean-Noël Barrot"), id="hyphenated-name"),
    pytest.param("Health Minister Dr. Mansukh Mandaviya said cases were falling.",
                 titled("Health Minister", "Mansukh Mandaviya"), id="honorific-is-not-the-name"),
    pytest.param(
        "Slovak Minister of Foreign and European Affairs Rastislav Káčer arrived.",
        titled("Slovak Minister of Foreign and European Affairs", "Rastislav Káčer"),
        id="remit-then-name"),
    pytest.param(
        "Under Secretary of State for Civilian Security, Democracy, and Human Rights "
        "Uzra Zeya will travel to Kingston.",
        titled("Under Secretary of State for Civilian Security, Democracy, and Human Rights",
               "Uzra Zeya"),
        id="remit-with-commas-then-name"),
    pytest.param(
        "UK Minister for Europe, North America and Overseas Territories, Stephen Doughty, "
        "chaired the meeting.",
        titled("UK Minister for Europe, North America and Overseas Territories",
               "Stephen Doughty"),
        id="remit-then-name-between-commas"),
    pytest.param("U.S. Ambassador to the UN Linda Thomas-Greenfield said the vote was delayed.",
                 titled("U.S. Ambassador to the UN", "Linda Thomas-Greenfield"),
                 id="ambassador-to-an-acronym"),
    pytest.param("Ukraine's ambassador to the United Nations, Sergiy Kyslytsya, told the council.",
                 titled("Ukraine's ambassador to the United Nations", "Sergiy Kyslytsya"),
                 id="possessive-title-with-remit"),
    pytest.param("The president of Venezuela, Nicolás Maduro, and his ministers attended.",
                 titled("president of Venezuela", "Nicolás Maduro"), id="president-of-a-country"),
    pytest.param("The minister, Ahmed Ali, said the bridge was safe.",
                 titled("minister", "Ahmed Ali"), id="the-title-comma-name"),
    pytest.param(
        "Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, said the outbreak was over.",
        [("person", "Tedros Adhanom Ghebreyesus", None),
         ("role", "WHO director-general", "Tedros Adhanom Ghebreyesus")],
        id="acronym-before-a-lower-case-title"),
    pytest.param(
        "Lt. Col. Nadav Shoshani, a military spokesman, said troops had withdrawn.",
        [("role", "Lt. Col.", "Nadav Shoshani"), ("person", "Nadav Shoshani", None),
         ("role", "military spokesman", "Nadav Shoshani")],
        id="two-titles-one-person"),
    pytest.param("Blinken Meets German Foreign Minister Baerbock\nThey met in Brussels.",
                 titled("German Foreign Minister", "Baerbock"),
                 id="headline-verb-is-no-modifier"),
    pytest.param("Uruguayan President José Mujica Rejects Foreign Interference\nHe spoke.",
                 titled("Uruguayan President", "José Mujica"), id="headline-verb-ends-the-name"),
    pytest.param("Under-Secretary Griffiths briefed the council.",
                 titled("Under-Secretary", "Griffiths"), id="hyphenated-title"),
    pytest.param("The news conference was with Administrator Charlie Bolden.",
                 titled("Administrator", "Charlie Bolden"), id="administrator"),
    pytest.param("Greenbrier County Sheriff Jan Cahill described the damage.",
                 titled("Greenbrier County Sheriff", "Jan Cahill"),
                 id="first-name-like-a-month"),
    pytest.param("National Weather Service meteorologist Frank Pereira said rain eased.",
                 titled("National Weather Service meteorologist", "Frank Pereira"),
                 id="occupation-of-a-body"),
    pytest.param("Bank of England Governor Mervyn King spoke.",
                 titled("Bank of England Governor", "Mervyn King"),
                 id="body-with-of-before-title-and-surname-like-a-title"),
    pytest.param("Chief Minister Y. S. Rajasekhara Reddy visited the site.",
                 titled("Chief Minister", "Y. S. Rajasekhara Reddy"), id="initials-first"),
    pytest.param("Y. S. Reddy, the chief minister, said the site was safe.",
                 [("person", "Y. S. Reddy", None), ("role", "chief minister", "Y. S. Reddy")],
                 id="initials-first-before-apposition"),
    pytest.param("A spokesman for the ministry, Ali Khan, said the toll rose.",
                 titled("spokesman for the ministry", "Ali Khan"),
                 id="title-with-lower-case-remit-then-name"),
    pytest.param("President Biden met Prime Minister Starmer.",
                 [*titled("President", "Biden"), *titled("Prime Minister", "Starmer")],
                 id="a-title-after-a-name-starts-its-own"),
    pytest.param("Judges Ann Lee and Bo Park dissented.",
                 [("role", "Judges", "Ann Lee"), ("person", "Ann Lee", None),
                  ("person", "Bo Park", None)],
                 id="plural-title-before-two-names"),
    pytest.param("Foreign Ministers Retno Marsudi and Vivian Balakrishnan met.",
                 [("role", "Foreign Ministers", "Retno Marsudi"),
                  ("person", "Retno Marsudi", None), ("person", "Vivian Balakrishnan", None)],
                 id="plural-title-with-modifier"),
    pytest.param("The toll rose, said district police chief Ahmed Raza.",
                 titled("district police chief", "Ahmed Raza"), id="service-before-a-title"),
    pytest.param("The toll rose, disaster management official Hassan Ali said.",
                 titled("disaster management official", "Hassan Ali"),
                 id="two-service-words-before-a-title"),
    pytest.param("The toll rose, a hospital spokesman, Ali Khan, said.",
                 titled("hospital spokesman", "Ali Khan"), id="service-title-then-name"),
    pytest.param("Ali Khan, a senior police officer, said the toll rose.",
                 [("person", "Ali Khan", None), ("role", "senior police officer", "Ali Khan")],
                 id="officer-in-apposition"),
    pytest.param("Maria Gomez, 52, the mayor of Soledad, said the dam held.",
                 [("person", "Maria Gomez", None),
                  ("role", "mayor of Soledad", "Maria Gomez")],
                 id="age-between-name-and-title"),
    pytest.param("The court's chief justice, Ifeoma Ade, dissented.",
                 titled("court's chief justice", "Ifeoma Ade"), id="possessive-chief-justice"),
    pytest.param("COLIN POWELL, U.S. SECRETARY OF STATE\nWe will talk again.",
                 [("person", "COLIN POWELL", None),
                  ("role", "U.S. SECRETARY OF STATE", "COLIN POWELL")],
                 id="script-caption-in-capitals"),
    pytest.param("Charlie Bolden, NASA Administrator:\nThe roadmap is clear.",
                 [("person", "Charlie Bolden", None),
                  ("role", "NASA Administrator", "Charlie Bolden")],
                 id="speaker-caption-with-colon"),
]

NOBODY = [
    pytest.param("The Prime Minister said on Monday that the plan would go ahead.",
                 id="title-alone"),
    pytest.param("The Foreign Ministry said the talks would resume.", id="ministry"),
    pytest.param("The Supreme Court ruled on Tuesday.", id="court"),
    pytest.param("A statement from the President's Office said the meeting was useful.",
                 id="office"),
    pytest.param("Secretary of Defense Briefs Reporters on NATO Meeting\nHe spoke.",
                 id="headline-verb-after-a-title"),
    pytest.param("The Minister of Health said cases were falling.", id="title-with-remit-alone"),
    pytest.param("STAFF: Thank you all for being here.", id="transcript-label-without-title"),
    pytest.param("The officer said the police station was closed.", id="service-words-alone"),
    pytest.param("Presidents Day is a holiday for Judges and Senators.", id="plural-titles-alone"),
    pytest.param("NOTE TO EDITORS: Photos are available.", id="capitals-before-a-colon"),
    pytest.param("WASHINGTON, UNITED STATES\nThe talks began.", id="capitals-caption-of-places"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_titled_person(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", NOBODY)
def test_no_person(text: str) -> None:
    assert people(text) == []


def test_a_month_after_a_name_is_still_a_date() -> None:
    found = [
        (m.kind, m.text)
        for m in find_mentions("President Putin met Erdogan on Jan 5.", ANCHOR)
        if m.kind in ("role", "person", "date")
    ]
    assert found == [("role", "President"), ("person", "Putin"), ("date", "Jan 5")]

"""Titles of agency releases (found on tests/gold-dev-real, checked here on sentences written
for these tests): "Inspector General" after the office that holds it, "Special Agent",
"Member" before a board member's name, an apposition whose body runs over "with", "of the"
and a numbered region ("a special agent with the Denver Field Office of the FBI", "chief of
EPA Region 5's Water Division"); and a predicate title before a body's name is no person
("serves as Chair of the Federal Maritime Commission").
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2024, 3, 1)


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.kind, m.text, m.person if m.kind == "role" else None)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("role", "person")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Treasury Inspector General Lena Ortiz released the audit.",
            [("role", "Treasury Inspector General", "Lena Ortiz"), ("person", "Lena Ortiz", None)],
        ),
        (
            "The Department of Labor Inspector General Sam Reyes said more audits would follow.",
            [
                ("role", "Department of Labor Inspector General", "Sam Reyes"),
                ("person", "Sam Reyes", None),
            ],
        ),
        (
            "Board Member Ana Ruiz and Member Paul Kim voted against the rule.",
            [
                ("role", "Board Member", "Ana Ruiz"),
                ("person", "Ana Ruiz", None),
                ("role", "Member", "Paul Kim"),
                ("person", "Paul Kim", None),
            ],
        ),
        (
            "Dana Cole, 41, a special agent with the Denver Field Office of the FBI, was hurt.",
            [
                ("person", "Dana Cole", None),
                ("role", "special agent with the Denver Field Office of the FBI", "Dana Cole"),
            ],
        ),
        (
            '"The water is safe," said Omar Haddad, chief of EPA Region 5\'s Water Division.',
            [
                ("person", "Omar Haddad", None),
                ("role", "chief of EPA Region 5's Water Division", "Omar Haddad"),
            ],
        ),
        # A name before a word that is no body's noun stays a name (a headline's capitals).
        (
            "Secretary of Labor Ana Ruiz Press Conference",
            [("role", "Secretary of Labor", "Ana Ruiz"), ("person", "Ana Ruiz", None)],
        ),
    ],
)
def test_agency_titles_and_their_people(text: str, found: list) -> None:
    assert _people(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "She has served as Chair of the Federal Maritime Commission since May.",
        "He was named Director of the National Park Service in June.",
        "EU Member States backed the plan, and Member Nations of the bloc agreed.",
        # A headline's verb in capitals is no name: "Former FBI Special Agent Pleads Guilty".
        "Former Customs Special Agent Pleads Guilty\nThe plea was entered on Monday.",
        "Ex-Mayor Charged In Bribery Case\nThe charges were filed on Monday.",
    ],
)
def test_a_body_s_name_and_a_member_state_are_no_person(text: str) -> None:
    assert [m for m in _people(text) if m[0] == "person"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The agency named Rosa Diaz as the Federal Disaster Recovery Coordinator.",
            [
                ("person", "Rosa Diaz", None),
                ("role", "Federal Disaster Recovery Coordinator", "Rosa Diaz"),
            ],
        ),
        (
            "The board appointed Omar Haddad as chief executive on Monday.",
            [("person", "Omar Haddad", None), ("role", "chief executive", "Omar Haddad")],
        ),
        # No title's head after "as": no role.
        ("The magazine named Omar Haddad as Person of the Year.", []),
        ("She was named as the new coach.", []),
    ],
)
def test_a_title_given_after_as(text: str, found: list) -> None:
    assert _people(text) == found

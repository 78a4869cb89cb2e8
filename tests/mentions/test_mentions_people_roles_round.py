"""Titles and names as government, regulator and parliament releases write them (issue 13;
tests/gold-dev-roles), on sentences written for these tests: "Member State" is a title word
before a common noun, not a title before a name; a role that ends in a company's legal form
keeps the abbreviation's period ("... of Tesla, Inc.")."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def people(text: str) -> list[tuple[str, str, object]]:
    """(kind, text, person) of the roles and persons found."""
    return [
        (m.kind, m.text, m.person if m.kind == "role" else None)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("role", "person")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "No Member State may be given more than 96 seats.",
        "Each Member State sends at least six members to the chamber.",
        "The rule binds every Member State of the union from 2027.",
    ],
)
def test_member_state_is_no_title_and_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Member Jennifer Lorne opened the board's hearing.",
            [("role", "Member", "Jennifer Lorne"), ("person", "Jennifer Lorne", None)],
        ),
        (
            "Secretary of State Ada Moreno met the envoy.",
            [("role", "Secretary of State", "Ada Moreno"), ("person", "Ada Moreno", None)],
        ),
    ],
)
def test_member_and_state_in_real_titles_still_name_their_person(text: str, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Elin Marsh, CEO and Chairman of Lakeside-based Nordway, Inc., has agreed.",
            "CEO and Chairman of Lakeside-based Nordway, Inc.",
        ),
        ("Ana Ruiz, chief executive of Acme Corp., said no.", "chief executive of Acme Corp."),
        ("Ana Ruiz, chief executive of Acme Ltd.", "chief executive of Acme Ltd."),
        ("Ana Ruiz, a senior director at Disco. She left.", "senior director at Disco"),
    ],
)
def test_a_company_form_keeps_its_period_in_the_role(text: str, role: str) -> None:
    assert [entry[1] for entry in people(text) if entry[0] == "role"] == [role]

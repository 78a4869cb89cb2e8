"""Titled people in the layouts of government releases from outlets the earlier rounds did not
read (issue 13, item 4, fourth round; tests/gold-dev-people), on sentences written for these
tests: a title "of" a country or a body before the name, with the name right after it."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def people(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, person) of every role and person the finder gives ``text``, in order."""
    return [
        (m.kind, m.text, m.person)
        for m in find_mentions(text, ANCHOR)
        if m.kind in ("role", "person")
    ]


def titled(role: str, name: str) -> list[tuple[str, str, str | None]]:
    return [("role", role, name), ("person", name, None)]


# fmt: off
FOUND = [
    pytest.param("On Tuesday President of Chile Lucia Ferrer signed the accord.",
                 titled("President of Chile", "Lucia Ferrer"), id="of-a-country"),
    pytest.param("Talks with Prime Minister of New Zealand Aroha Tane went well.",
                 titled("Prime Minister of New Zealand", "Aroha Tane"), id="of-a-two-word-country"),
    pytest.param("The letter reached Mayor of Lisbon Rui Vaz yesterday.",
                 titled("Mayor of Lisbon", "Rui Vaz"), id="of-a-city"),
    pytest.param("Secretary of the National Council Pavel Orlov chaired it.",
                 titled("Secretary of the National Council", "Pavel Orlov"), id="of-a-council"),
    pytest.param("Chief of Staff of the Governor's Office Ines Sala resigned.",
                 titled("Chief of Staff of the Governor's Office", "Ines Sala"),
                 id="of-an-office"),
    pytest.param("Present were Deputy Head of the Tax Service Oleg Lis, Chair of the Audit "
                 "Committee Vera Kron, and two aides.",
                 [*titled("Deputy Head of the Tax Service", "Oleg Lis"),
                  *titled("Chair of the Audit Committee", "Vera Kron")],
                 id="a-list-of-bodies-and-names"),
    pytest.param("President of Peru Ana Ruiz: Thank you all for coming.",
                 titled("President of Peru", "Ana Ruiz"), id="transcript-label"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_titled_people_are_found(text: str, expected: list) -> None:
    assert people(text) == expected


# fmt: off
NOT_FOUND = [
    pytest.param("The President of Chile will travel to Lima in May.", id="no-name-after"),
    pytest.param("The Secretary of the Council said it would meet again.", id="body-alone"),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_title_with_no_name_names_nobody(text: str) -> None:
    assert people(text) == []

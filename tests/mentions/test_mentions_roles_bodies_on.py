"""A title's remit may name a body that goes on with "on" and its subject: "Chairman of the
Senate Committee on Health", "chairman of the Council on Foreign Relations" (issue 13;
tests/gold-dev-newsmix), in apposition to a name and as the second title of a titled name.
"on" and a weekday or month after the body dates something else and ends no title there.
Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2031, 3, 6)


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.person) for m in find_mentions(text, ANCHOR) if m.kind == "role"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Hale, chairman of the Senate Committee on Health, said it rained.",
            [("chairman of the Senate Committee on Health", "Tom Hale")],
        ),
        (
            "Tom Hale, Chairman of the Council on Foreign Relations, said it rained.",
            [("Chairman of the Council on Foreign Relations", "Tom Hale")],
        ),
        (
            "Senator Ann Lee, Chairman of the Senate Committee on Health, said it rained.",
            [("Senator", "Ann Lee"), ("Chairman of the Senate Committee on Health", "Ann Lee")],
        ),
    ],
    ids=["lower-case", "capitalized", "second-title"],
)
def test_a_body_named_with_on_is_the_title_s_remit(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(text) == expected


def test_on_and_a_weekday_after_the_body_stays_out_of_the_title() -> None:
    found = roles("Tom Hale, head of the Senate Committee on Monday, said it rained.")
    assert not any("Monday" in title for title, _ in found), found

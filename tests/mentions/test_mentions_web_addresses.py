"""Nothing inside a web or e-mail address is a mention (found on tests/gold-dev-real: the year
of "mwl5_2015.aspx" was a date), checked here on sentences written for these tests: a year, a
figure or a place's name in an address is part of its name. The words around it are found.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.mentions.furniture import address_spans

ANCHOR = datetime.date(2024, 10, 1)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_mentions(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Details: https://example.org/reports/2019/kyiv-300.html.", []),
        ("See www.summit2024.org for the 12 sessions.", [("number", "12")]),
        ("Comments go to Kyiv-Desk-2023@example.gov by May 5.", [("date", "May 5")]),
        ("The report (http://example.com/a?b=7) came out in 2021.", [("date", "2021")]),
    ],
)
def test_nothing_in_an_address_is_a_mention(text: str, found: list) -> None:
    assert _found(text) == found


def test_an_address_ends_before_sentence_punctuation() -> None:
    text = "Read it at https://example.org/a/b. Then write to info@example.org, please."
    assert [text[a:b] for a, b in address_spans(text)] == [
        "https://example.org/a/b",
        "info@example.org",
    ]


def test_a_long_run_of_letters_before_many_at_signs_is_read_in_linear_time() -> None:
    text = "a" * 200_000 + "@" * 20_000 + " x"
    assert address_spans(text) == []

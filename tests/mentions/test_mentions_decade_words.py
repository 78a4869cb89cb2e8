"""A decade in words after "the" ("through the nineties", "in the late eighties") is a date
where the text makes it a decade, and no mention where it is a temperature, an age, a score
or a speed ("highs in the nineties", "a woman in her forties", "scores in the nineties")."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(1998, 3, 3)


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf()) for m in find_mentions(text, ANCHOR) if m.kind == "date"]


# fmt: off
FOUND = [
    ("Membership kept dropping through the nineties, the group said.",
     [("the nineties", "1990-01-01/1999-12-31")]),
    ("Back in the nineties, the firm grew fast.", [("the nineties", "1990-01-01/1999-12-31")]),
    ("The band was huge in the late eighties and the mid-seventies.",
     [("the late eighties", "1987-01-01/1989-12-31"),
      ("the mid-seventies", "1974-01-01/1976-12-31")]),
    ("It marked the last half of the '80s, he said.", [("the '80s", "1980-01-01/1989-12-31")]),
    ("Growth slowed in the mid-\u201990s.", [("the mid-\u201990s", "1994-01-01/1996-12-31")]),
    # A measure in another sentence does not make this one's decade a number.
    ("Numbers fell through the sixties. Highs reached 90 degrees.",
     [("the sixties", "1960-01-01/1969-12-31")]),
    ("Sales grew through the nineties, but rose 20 percent this year.",
     [("the nineties", "1990-01-01/1999-12-31"), ("this year", "1998")]),
]

NOT_FOUND = [
    "Highs will be in the nineties across the valley.",       # a temperature
    "Temperatures climbed into the eighties by noon.",
    "It was hot, with the mercury in the nineties.",
    "The forecast calls for the seventies and sunshine.",
    "She is a woman in her forties.",                          # an age: no "the"
    "Patients aged in the seventies were treated first.",
    "His scores were in the nineties all term.",               # a score
    "Winds gusted in the fifties, in mph.",                    # a speed
    "The nineties-era policy ended.",                          # an adjective
    "Prices rose in ninety cities.",
    "Highs in the '90s are expected on Friday.",               # a temperature, in figures
    "A mid-'90s sitcom returned.",                             # no "the": an adjective
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_decade_in_words_is_a_date(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_range_of_numbers_is_no_decade(text: str) -> None:
    assert [found for found in dates(text) if found[0].endswith(("ties", "0s"))] == []

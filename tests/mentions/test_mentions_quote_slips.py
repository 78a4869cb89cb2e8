"""Quotes as real copy writes them (issue 13, item 4, second round), on sentences written for
these tests: a second quote in the sentence of an attributed one, a quote after a colon, a
script's speaker line in mixed case, a headline's verb of saying, and the slips of real copy
(a closing mark glued to the next word, a double quote closed by a single mark)."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of every quote the finder gives ``text``, in order."""
    return [(m.text, m.speaker) for m in find_mentions(text, ANCHOR) if m.kind == "quote"]


# (text, [(quoted words, speaker), ...]); "\n" separates paragraphs, as in article text.
# fmt: off
LAYOUTS = [
    pytest.param(
        '"We want a peaceful solution," said Mujica, adding that "the weakest pay the price" '
        "in any war.",
        [("We want a peaceful solution", "Mujica"), ("the weakest pay the price", "Mujica")],
        id="second-quote-of-the-sentence-keeps-its-speaker"),
    pytest.param(
        '"We will rebuild," said Anna Berg, rejecting the plan of Mayor Tom Reyes as '
        '"a lost cause".',
        [("We will rebuild", "Anna Berg"), ("a lost cause", None)],
        id="someone-else-named-between-the-quotes"),
    pytest.param(
        "Defence Minister Lena Berg visited the base on Friday.\n"
        "She ended her speech with a warning: \"Nobody should test us.\"",
        [("Nobody should test us", "Lena Berg")],
        id="pronoun-subject-then-colon"),
    pytest.param(
        "Interior Minister Omar Haddad closed his remarks with a promise: \"We will find them.\"",
        [("We will find them", "Omar Haddad")],
        id="titled-subject-then-colon"),
    pytest.param(
        "Charlie Bolden, NASA Adminstrator:\n\"These astronauts are critical to our goals.\"",
        [("These astronauts are critical to our goals", "Charlie Bolden")],
        id="speaker-line-with-a-misspelt-title"),
    pytest.param(
        "The candidates met reporters.\nMaria Lopez, Mission Director:\n\"We are ready to fly.\"",
        [("We are ready to fly", "Maria Lopez")],
        id="speaker-line-as-its-own-paragraph"),
    pytest.param(
        'Uruguayan President José Mujica Rejects "Foreign Interference" in Venezuela\n'
        "He spoke on television.",
        [("Foreign Interference", "José Mujica")], id="headline-titled-subject-of-a-verb"),
    pytest.param(
        'Putin Says "No Talks" Until Spring\nThe Kremlin confirmed it.',
        [("No Talks", "Putin")], id="headline-name-says"),
    pytest.param(
        'Floods Leave "Total Chaos" in Town\nIt rained for days.',
        [("Total Chaos", None)], id="headline-scare-quote-names-nobody"),
    pytest.param(
        '"Little green men"in Crimea, March 2014. Source: archive.',
        [("Little green men", None)],
        id="closing-mark-glued-to-the-next-word"),
    pytest.param(
        'Anna Berg said:\n"The roadmap shows what exploration brings to all of us.\'',
        [("The roadmap shows what exploration brings to all of us", "Anna Berg")],
        id="double-quote-closed-by-a-single-mark"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_quote_and_its_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_quote_that_opens_a_new_paragraph_is_not_closed_by_a_glued_mark_in_the_next() -> None:
    """A glued mark closes only a quote of its own paragraph: a quote that runs on to the end
    of its paragraph still runs on."""
    text = 'Berg said: "We will rebuild the port\nand the rail line," she added.'
    assert quotes(text)[0] == ("We will rebuild the port", "Berg")

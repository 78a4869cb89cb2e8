"""Hostile input against the finder's patterns: the work grows with the text, not its square.

A pull request writes the article. benchmarks/hostile_finder.py times every pattern family
at 1x, 4x and 16x; the families it found quadratic are held here by counting work, never by
timing: the characters the finder copies out of the text (every slice of it), at 1x and 8x
the input. Linear work copies about 8 times as much; the old code copied about 60 times as
much. Each fix is also held to the answers it gave before on the same kind of text.
"""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions
from factcheck.mentions.model import Mention

ANCHOR = datetime.date(2025, 6, 27)
WORDS = ["Alder", "Birch", "Cedar", "Dover", "Elgin", "Falk", "Garnet", "Harlow"]


class CountedText(str):
    """The article's text, counting the characters of every slice taken of it."""

    sliced = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = super().__getitem__(key)
        CountedText.sliced += len(piece)
        return piece


def _sliced(text: str) -> int:
    """Characters copied out of ``text`` while finding its mentions (references too)."""
    CountedText.sliced = 0
    find_mentions(CountedText(text), ANCHOR, references=True)
    return CountedText.sliced


def _capitalised_paragraph(words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(words)) + "."


def _addresses(count: int) -> str:
    return " ".join(["1600 Pennsylvania Avenue NW"] * count)


HOSTILE = {
    # A paragraph of capitalised words is a headline: each shorter head of its one run was
    # cut out of the text to be looked up as a country or capital.
    "a paragraph of capitalised words": _capitalised_paragraph,
    "a line of capitals": lambda words: _capitalised_paragraph(words).upper(),
    # Each figure after a capitalised word ("Avenue 1600") copied all the text before it to
    # see what ends the sentence before the word.
    "figures after capitalised words": _addresses,
    "times with zones": lambda count: " ".join(["10:57 p.m. EST"] * count) + ".",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_the_text_copied_grows_as_the_text_does(name: str) -> None:
    build = HOSTILE[name]
    small, large = _sliced(build(500)), _sliced(build(4_000))
    assert large <= 10 * small, f"{name}: {small} -> {large} characters copied at 8x the text"


def test_a_long_headline_run_still_starts_with_its_country() -> None:
    run = " ".join(WORDS[i % len(WORDS)] for i in range(3_000))
    places = [(m.text, m.country) for m in find_mentions(f"Russia {run}", ANCHOR)]
    assert places == [("Russia", "RU")]


# What the old code found on these, kept: the bound on a head's length changes no answer.
HEADLINES = {
    "Russia Agree Ceasefire In Turkey Talks": [("Russia", "RU"), ("Turkey", "TR")],
    "Democratic Republic Of The Congo Votes Today Again": [],
    "Democratic Republic of the Congo Hails Peace Deal Today": [
        ("Democratic Republic of the Congo", "CD")
    ],
    "United States Signs Pact With Ukraine Today": [("United States", "US"), ("Ukraine", "UA")],
    "Bosnia and Herzegovina's Leaders Meet In Sarajevo Today": [("Sarajevo", "BA")],
}


@pytest.mark.parametrize("text", HEADLINES)
def test_a_headline_s_places_are_read_as_before(text: str) -> None:
    places = [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]
    assert places == HEADLINES[text]


FIGURES = {
    "The crew flew a Boeing 737 to Kyiv.": [],
    'He left. "(Flight 17" was late.': ["17"],
    'They left at noon. ("Article 5" applies.)': ["5"],
    "Ten left.  Avenue 12 stayed.": ["Ten", "12"],
    "Avenue 12 stayed.": ["12"],
    '" ( Gate 4 opened.': ["4"],
}


@pytest.mark.parametrize("text", FIGURES)
def test_a_figure_after_a_capitalised_word_is_told_apart_as_before(text: str) -> None:
    found = [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]
    assert found == FIGURES[text]


class _CountedReads:
    """Counts every attribute read of a ``Mention`` while the finder runs: a step that
    walks all mentions found so far once per new match reads them a square number of
    times."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads = 0
        read = object.__getattribute__

        def counted(mention: Mention, name: str) -> object:
            self.reads += 1
            return read(mention, name)

        monkeypatch.setattr(Mention, "__getattribute__", counted, raising=False)

    def of(self, text: str, *, uncheckable: bool = False) -> int:
        self.reads = 0
        find_mentions(text, ANCHOR, uncheckable=uncheckable)
        return self.reads


def test_members_named_with_mp_cost_as_many_reads_as_the_text_is_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter = _CountedReads(monkeypatch)
    line = "Defence Secretary John Healey MP said."
    small, large = counter.of(" ".join([line] * 100)), counter.of(" ".join([line] * 800))
    assert large <= 10 * small, f"{small} -> {large} mention reads at 8x the text"


def test_a_member_named_with_mp_is_read_as_before() -> None:
    found = find_mentions("Defence Secretary John Healey MP said it would end.", ANCHOR)
    people = [(m.kind, m.text, m.person) for m in found if m.kind in ("person", "role")]
    assert people == [
        ("role", "Defence Secretary", "John Healey"),
        ("person", "John Healey", None),
        ("role", "MP", "John Healey"),
    ]


def test_one_word_speakers_cost_as_many_reads_as_the_text_is_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter = _CountedReads(monkeypatch)
    line = '"We go," Katie said.'
    small, large = counter.of("\n\n".join([line] * 200)), counter.of("\n\n".join([line] * 1_600))
    assert large <= 10 * small, f"{small} -> {large} mention reads at 8x the text"


def test_a_one_word_speaker_is_still_given_the_full_name_said_before() -> None:
    text = '"We start," Katie Knapman said.\n\n"We go," Katie said.\n\n"Go," Bo said.'
    speakers = [m.speaker for m in find_mentions(text, ANCHOR) if m.kind == "quote"]
    assert speakers == ["Katie Knapman", "Katie Knapman", "Bo"]


def test_days_measured_from_the_last_date_cost_as_many_reads_as_the_text_is_long(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter = _CountedReads(monkeypatch)
    pair = "They met on June 2. That same day, it rained."

    def reads(count: int) -> int:
        return counter.of(" ".join([pair] * count), uncheckable=True)

    small, large = reads(200), reads(1_600)
    assert large <= 10 * small, f"{small} -> {large} mention reads at 8x the text"


def test_that_same_day_is_still_the_last_date_named_before_it() -> None:
    text = "They met on June 2. Talks resumed on June 9. That same day, it rained."
    found = find_mentions(text, ANCHOR, uncheckable=True)
    days = [(m.text, m.value.start) for m in found if m.text == "That same day"]
    assert days == [("That same day", datetime.date(2025, 6, 9))]


def test_number_words_in_one_long_headline_copy_as_much_as_the_text_is_long() -> None:
    small, large = _sliced("Ten Big " * 200), _sliced("Ten Big " * 1_600)
    assert large <= 10 * small, f"{small} -> {large} characters copied at 8x the text"


def test_a_number_word_in_a_headline_is_a_name_only_where_the_prose_says_so() -> None:
    text = "Storm Kills Ten People Near Five Eyes Base\n\nThe Five Eyes alliance met. Ten left."
    numbers = [m.text for m in find_mentions(text, ANCHOR) if m.kind == "number"]
    assert numbers == ["Ten", "Ten"]

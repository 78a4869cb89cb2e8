"""Mentions in linear time (issue 12): the scans rewritten for long runs find what they found.

A pull request controls the article: a paragraph of 100,000 periods, "President"s or one-word
lines must cost as much as any other text of its length. Each rewritten scan is held here to
its plain form on varied samples, and the finder to the bundled article's mentions when a long
run stands before it. (How fast: benchmarks/hostile.py.)
"""

from __future__ import annotations

import datetime
import random
import re
from dataclasses import replace

import pytest

from conftest import BUNDLED_ARTICLE
from factcheck.article import sentences
from factcheck.article.reader import read_article
from factcheck.mentions import find_mentions
from factcheck.mentions._text import Doc
from factcheck.mentions.people import modifiers

ANCHOR = datetime.date(2025, 6, 27)
BUNDLED_TEXT = read_article(BUNDLED_ARTICLE, "article.md").text.text
CAPITALISED = ["Alder", "Birch", "Cedar", "Dover", "Elgin", "Falk", "Garnet", "Harlow"]

RUNS = {
    "periods": "." * 20_000,
    "exclamation marks": "!" * 20_000,
    "question marks": "?" * 20_000,
    "ellipses": "..." * 20_000,  # "…" as normalized text has it
    "Presidents": " ".join(["President"] * 20_000),
    "capitalised words": " ".join(CAPITALISED[i % 8] for i in range(20_000)),
    "words": " ".join(CAPITALISED[i % 8].lower() for i in range(20_000)),  # one-word lines
    "sentences": "He left. " * 5_000,
    "initials": "A. B. C. " * 5_000,
    "titled names in headline case": "Director Wray Champions FBI " * 2_000,
    "places named after titles": "Prince Edward Island " * 2_000,
    "lists of titles": "the Honourable Ann Lee, Minister of Health and " * 1_000,
}


@pytest.mark.parametrize("name", RUNS)
def test_a_long_run_before_the_article_leaves_its_mentions_as_they_are(name: str) -> None:
    alone = find_mentions(BUNDLED_TEXT, ANCHOR)
    run = RUNS[name] + "\n"
    after = [m for m in find_mentions(run + BUNDLED_TEXT, ANCHOR) if m.start >= len(run)]
    shifted = [replace(m, start=m.start - len(run), end=m.end - len(run)) for m in after]
    assert shifted == alone


def test_a_run_of_titles_gives_a_title_of_at_most_nine_words() -> None:
    text = " ".join(["President"] * 20_000) + " Recep Tayyip Erdogan said on June 26."
    roles = [m for m in find_mentions(text, ANCHOR) if m.kind == "role"]
    assert [(m.text, m.person) for m in roles] == [
        (" ".join(["President"] * (modifiers._MAX_MODIFIERS + 1)), "Recep Tayyip Erdogan")
    ]


def test_modifiers_before_a_title_are_kept() -> None:
    text = "Former Ukrainian Defense Minister Oleksii Reznikov said on June 26."
    roles = [m for m in find_mentions(text, ANCHOR) if m.kind == "role"]
    assert [(m.text, m.person) for m in roles] == [
        ("Former Ukrainian Defense Minister", "Oleksii Reznikov")
    ]


_PLAIN_END = re.compile(r"""[.!?][.!?]*["')\]]*(?:\[[0-9]{1,3}\])*(?= +["'(\[]?[A-Z0-9])""")


def _samples() -> list[str]:
    chance = random.Random(12)
    pieces = [".", "!", "?", "..", "'", '"', ")", "]", " ", "  ", "A", "b", "9", "(", "U.S.", "Mr."]
    pieces += ["[5]", "[", "12"]
    return [
        "".join(chance.choice(pieces) for _ in range(chance.randint(0, 40))) for _ in range(3000)
    ]


def test_sentence_ends_are_those_the_plain_pattern_finds() -> None:
    for sample in _samples():
        assert [m.span() for m in sentences._END.finditer(sample)] == [
            m.span() for m in _PLAIN_END.finditer(sample)
        ], sample


def test_the_word_before_a_sentence_end_tells_abbreviations_as_the_whole_text_does() -> None:
    def plain(text: str, end: int) -> str:
        head = text[:end]
        return head[len(head.rstrip("".join(sentences._WORD_CHARS))) :]

    words = ["U.S", "Mr", "a", "x" * 40, "p.m", "Gen", "abc.def" * 9, "", "9"]
    for word in words:
        for before in ("", " ", "Then ", "x"):
            text = before + word + ". Next"
            end = len(before) + len(word)
            shown = sentences.word_before(text, end)
            whole = plain(text, end)
            assert sentences._abbreviation(text, end) == (
                whole in sentences.ABBREVIATIONS or sentences._INITIALS.fullmatch(whole) is not None
            ), text
            assert shown == whole[-32:], text


def test_sentences_of_a_paragraph_of_many_sentences() -> None:
    doc = Doc("He left. " * 3 + "Mr. Smith stayed.")
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "He left.",
        "He left.",
        "He left.",
        "Mr. Smith stayed.",
    ]


@pytest.mark.parametrize("words", [5, 20_000])
def test_a_country_ending_a_run_of_capitalised_words_is_found(words: int) -> None:
    """Only tails as short as a country's name are looked up; the longest is still found."""
    run = " ".join(CAPITALISED[i % 8] for i in range(words))
    text = run + " Democratic Republic of the Congo and Uganda agreed on June 2."
    places = [(m.text, m.country) for m in find_mentions(text, ANCHOR) if m.kind == "place"]
    assert places == [("Democratic Republic of the Congo", "CD"), ("Uganda", "UG")]


@pytest.mark.parametrize("opener", ["", '"', "(", " '"])
def test_a_title_opening_a_sentence_after_openers(opener: str) -> None:
    """A lower-case title capitalized by its position: "Analyst Mark Feldman" opens it."""
    text = "It rained. " + opener + "Analyst Mark Feldman said so on June 2."
    roles = [(m.text, m.person) for m in find_mentions(text, ANCHOR) if m.kind == "role"]
    assert roles == [("Analyst", "Mark Feldman")]


@pytest.mark.parametrize("mark", [". ", ", "])
def test_every_quote_of_a_long_paragraph_has_its_speaker(mark: str) -> None:
    """ "he said" resolves to the last speaker named before it, in a paragraph of 3,000."""
    text = (
        "Russian President Vladimir Putin said on June 2 that the talks went well. "
        + f'"Yes," he said{mark}' * 3000
        + '\n"No," Peskov said.'
    )
    quotes = [m for m in find_mentions(text, ANCHOR) if m.kind == "quote"]
    assert len(quotes) == 3001
    assert {m.speaker for m in quotes[:-1]} == {"Vladimir Putin"}
    assert quotes[-1].speaker == "Peskov"


def test_paragraph_bounds_are_those_a_search_of_the_text_finds() -> None:
    for text in ("", "\n", "a\nbc\n\nd", "\nx\n", "no break"):
        doc = Doc(text)
        for index in range(len(text) + 1):
            start = text.rfind("\n", 0, index) + 1
            end = text.find("\n", index)
            assert doc.paragraph_at(index) == (start, len(text) if end == -1 else end)


def test_a_dates_sentence_starts_where_a_search_back_finds_it() -> None:
    from factcheck.values.direction import sentence_start as _sentence_start

    def searched(text: str, index: int) -> int:
        # The last mark that ends by `index`; ". ", "? ", "! " not before a lower-case
        # letter ("a U.S. landfall": direction.MARKS).
        found = -1
        for mark in (". ", "? ", "! ", "\n"):
            at = text.rfind(mark, 0, index)
            while at != -1 and mark != "\n" and "a" <= text[at + 2 : at + 3] <= "z":
                at = text.rfind(mark, 0, at)
            found = max(found, at)
        return found + 1

    chance = random.Random(21)
    for _ in range(400):
        text = "".join(
            chance.choice([".", "?", "!", " ", "\n", "a", ". ", "June 2"]) for _ in range(30)
        )
        for index in range(len(text) + 1):
            assert _sentence_start(text, index) == searched(text, index), (text, index)


def test_dates_of_an_article_of_one_sentence_paragraphs() -> None:
    """No ". " anywhere: each date's sentence is its paragraph, and "will" in one paragraph
    puts its own date ahead of the dateline, not the next paragraph's."""
    text = "".join(
        f"The talks will open on June {1 + i % 20}.\nThe talks opened on May {1 + i % 28}.\n"
        for i in range(1500)
    )
    dates = [m for m in find_mentions(text, ANCHOR) if m.kind == "date"]
    assert len(dates) == 3000
    assert {m.value.start.year for m in dates if m.text.startswith("June")} == {2026}
    assert {m.value.start.year for m in dates if m.text.startswith("May")} == {2025}


def test_quotes_of_one_long_sentence_look_for_their_speaker_within_reach() -> None:
    """A speaker is looked for at most REACH characters before a quote: the quotes of a
    sentence of 3,000 quotes near "Putin said" are his, the far ones nobody's."""
    from factcheck.mentions.speakers import REACH

    text = "Putin said " + '"yes" and ' * 3000 + "more."
    quotes = [m for m in find_mentions(text, ANCHOR) if m.kind == "quote"]
    assert len(quotes) == 3000
    near = [m for m in quotes if m.start - 1 <= REACH]
    assert near and {m.speaker for m in near} == {"Putin"}
    assert {m.speaker for m in quotes[len(near) :]} == {None}


def test_according_to_in_a_long_sentence_names_each_quotes_speaker() -> None:
    text = "Putin said " + 'according to Peskov "yes" and ' * 3000 + "more."
    quotes = [m for m in find_mentions(text, ANCHOR) if m.kind == "quote"]
    assert len(quotes) == 3000
    assert {m.speaker for m in quotes if m.start > REACH_OF_PUTIN} == {"Peskov"}


REACH_OF_PUTIN = 1100  # past the reach of "Putin said", only "according to" names anyone

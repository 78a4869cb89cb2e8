"""Hostile input against the finder's patterns: the work grows with the text, not its square.

A pull request writes the article. benchmarks/hostile_finder.py times every pattern family
at 1x, 4x and 16x; the families it found quadratic are held here by counting work, never by
timing: the characters the finder copies out of the text (every slice of it), at 1x and 8x
the input. Linear work copies about 8 times as much; the old code copied about 60 times as
much. Each fix is also held to the answers it gave before on the same kind of text.
"""

from __future__ import annotations

import datetime
import random
import re

import pytest
import yaml

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


# Every date without a year in one long sentence: the direction rule (values/direction.py) cut
# the sentence out before and after each date and scanned both pieces for "will", past verbs,
# quote ends and verb forms, so each date cost the whole sentence.
SENTENCES = {
    "yearless dates": lambda count: "Alder said he left on June 2 and " * count + ".",
    "weekdays": lambda count: "they met on Tuesday and " * count + "left.",
    "seasons": lambda count: "they met in the spring and " * count + "left.",
    # future words, then a relative clause whose verb decides each date (rules 3 and 5)
    "dates after 'will' and 'where'": lambda count: (
        "Alder will go where " + "on June 2 and " * count
    ),
    "dates after a quote's end": lambda count: (
        "\"It will rise,\" he said.'' " * 2 + "They met on Tuesday and " * count
    ),
}


@pytest.mark.parametrize("name", SENTENCES)
def test_a_long_sentence_of_dates_costs_as_much_per_date_as_a_short_one(name: str) -> None:
    build = SENTENCES[name]
    small, large = _sliced(build(200)), _sliced(build(1_600))
    assert large <= 10 * small, f"{name}: {small} -> {large} characters copied at 8x the text"


def test_a_long_markdown_paragraph_of_dates_costs_as_much_per_date(tmp_path) -> None:
    from factcheck.article.reader import read_article
    from factcheck.safe_paths import ReadPolicy

    def copied(count: int) -> int:
        path = tmp_path / f"paragraph-{count}.md"
        body = "Alder said he left on June 2 and " * count
        path.write_text(f"---\ntitle: Dates\npublished: 2025-06-27\n---\n\n{body}\n", "utf-8")
        article = read_article(path, path.name, policy=ReadPolicy.at(tmp_path))
        return _sliced(article.text.text)

    small, large = copied(200), copied(1_600)
    assert large <= 10 * small, f"{small} -> {large} characters copied at 8x the paragraph"


LONG_SENTENCES = """\
---
title: Rates
published: 2024-11-27T14:00:00+13:00
---

The bank will review rates {will}and then stop.

It cut rates {cut}and then stopped.
"""


def _dates(*months: str) -> tuple[str, list[str]]:
    """ "on March 1 and on March 2 and ..." to the 28th of each month, and their month-days."""
    days = [(month, day) for month in months for day in range(1, 29)]
    number = {"March": 3, "April": 4, "May": 5, "June": 6}
    words = "".join(f"on {month} {day} and " for month, day in days)
    return words, [f"{number[month]:02}-{day:02}" for month, day in days]


def test_every_date_of_a_long_sentence_reads_as_in_a_short_one(factcheck, tmp_path) -> None:
    """The first and the fifty-sixth date of a sentence take its direction alike: after
    "will" the coming spring's, after "cut" the last one's; the draft verifies."""
    article = tmp_path / "articles" / "rates.md"
    article.parent.mkdir()
    (ahead, ahead_days), (behind, behind_days) = _dates("March", "April"), _dates("May", "June")
    article.write_text(LONG_SENTENCES.format(will=ahead, cut=behind), encoding="utf-8")
    draft = tmp_path / "rates.yaml"
    assert factcheck("extract", article, "--output", draft).code == 0
    claims = yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]
    values = [claim["value"] for claim in claims if claim["type"] == "date"]
    assert values == [f"2025-{day}" for day in ahead_days] + [f"2024-{day}" for day in behind_days]
    run = factcheck("verify", draft)
    assert run.code == 0, run.out + run.err


# The look-ups answer what the plain scans of each piece answered (values/_slice_scans.py):
# held on generated text that piles up what their edges read differently ("who'll", "who's
# killed", "to to to", quote ends, words cut at a piece's end).
PIECES = [*"toedwhasilkn' ", " to ", "who", "'s ", "'ll ", "'ve ", "has ", "being ", "will "]
PIECES += ["was ", ". ", ".'' ", '." ', "\n", "On ", "and ", "killed", "where", "June 2", "X"]
PIECES += ["Tuesday", "9", "is due", "willing", "are supposed to ", "iſ", "said ", "which "]


def _generated(chance: random.Random) -> str:
    return "".join(chance.choice(PIECES) for _ in range(chance.choice([5, 20, 60, 200])))


# The whole text's matches are found a block of lines at a time (_BLOCK characters or more):
# with blocks of a few characters, generated text spans many of them.
BLOCKS = pytest.mark.parametrize("block", [4096, 8])


@BLOCKS
def test_a_verb_form_look_up_finds_what_the_piece_s_own_scan_finds(monkeypatch, block) -> None:
    from factcheck.values import _slice_scans, direction
    from factcheck.values._slice_scans import SliceScan

    monkeypatch.setattr(_slice_scans, "_BLOCK", block)

    def seen(form: re.Match[str]) -> tuple[str, bool]:
        return form.group(), form.group("past") is not None

    chance = random.Random(11)
    for _ in range(600):
        text = _generated(chance)
        scan = SliceScan(
            direction._VERB_FORM,
            text,
            barrier=direction._NOT_IN_A_FORM,
            behind=direction._FORM_LOOKBEHIND,
            value=seen,
        )
        for _ in range(30):
            a = chance.randrange(len(text) + 1)
            b = chance.randrange(a, len(text) + 1)
            plain = [seen(form) for form in direction._VERB_FORM().finditer(text[a:b])]
            assert scan.first(a, b) == (plain[0] if plain else None), (text, a, b)
            assert scan.last(a, b) == (plain[-1] if plain else None), (text, a, b)


@BLOCKS
def test_the_word_look_ups_find_what_the_piece_s_own_scan_finds(monkeypatch, block) -> None:
    from factcheck.values import _slice_scans, direction

    monkeypatch.setattr(_slice_scans, "_BLOCK", block)

    chance = random.Random(12)
    for _ in range(600):
        text = _generated(chance)
        sentences = direction._Sentences(text)
        for _ in range(30):
            start = chance.randrange(len(text) + 1)
            first, _ = sentences.around(start, start)
            before = text[first:start]
            futures = list(direction._FUTURE().finditer(before))
            found = sentences._future.last_end(first, start)
            assert found == (first + futures[-1].end() if futures else None), (text, start)
            if not futures:
                continue
            future = futures[-1].end()
            past = direction._PAST_SINCE().search(before, future) is not None
            assert sentences._past_since.finds(first + future, start) == past, (text, start)
            clauses = list(direction._RELATIVE().finditer(before, future))
            clause = first + clauses[-1].end() if clauses else None
            assert sentences._relative.last_end(first + future, start) == clause, (text, start)


def test_an_opening_is_what_the_whole_opening_pattern_matches() -> None:
    from factcheck.values import direction

    opening = re.compile(r"[\s\"'`(]*(?:(?:[Oo]n|[Bb]y|[Aa]lso|[Aa]nd|[Bb]ut|[Tt]hen) )*")
    chance = random.Random(13)
    words = ["On ", "on ", "And ", "Also ", "Then ", "By ", "But ", " ", '"', "(", "Onward ", "X"]
    for _ in range(2_000):
        text = "".join(chance.choice(words) for _ in range(chance.randrange(8)))
        for start in range(len(text) + 1):
            expected = opening.fullmatch(text, 0, start) is not None
            assert direction._Sentences(text)._opens(0, start) == expected, (text, start)

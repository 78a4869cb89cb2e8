"""The development set of real texts rich in quotes (tests/gold-dev-quotes/, see its README) is
well formed, and is new text: no article is shared with another gold corpus, and no outlet with
a corpus older than today's blind dev sets.

The finder may be tuned on this set after its first blind run, so its scores here are not held
up by this file (tests/mentions/test_mentions_gold.py and the other corpora's tests hold the
finder); `python benchmarks/mentions.py --gold tests/gold-dev-quotes --errors` prints them.
The checks and value rules are tests/gold-real's (gold_corpus.py), with the measure units this
corpus uses added to the currencies that one allows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus

GOLD_DEV_QUOTES = Corpus(
    ROOT / "tests" / "gold-dev-quotes",
    licences=("Open Government Licence v3.0", "Public domain"),
    min_articles=12,
    min_outlets=6,
    # Measure units as written in these articles: measures.py's codes, and degrees Celsius
    # and pounds, which the annotation keeps from the text ("30 °C", "up to 100 pounds").
    measures=frozenset({"km", "m", "mi", "ft", "°C", "lb"}),
)
value_problems = GOLD_DEV_QUOTES.value_problems


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_QUOTES.check_big_and_varied()


def test_no_article_or_outlet_is_shared_with_another_gold_corpus() -> None:
    # tests/gold-dev-real and gold-dev-people were drawn the same day from outlets no older
    # set used; every older corpus's outlets stay out. tests/gold-dev-newspeople, a later dev
    # set, was drawn on purpose from outlets other sets use (new articles, not new outlets), as
    # was the later held-out tests/gold-real2 (the Scottish Government among them).
    GOLD_DEV_QUOTES.check_new_text(
        min_others=110,
        same_day={"gold-dev-real", "gold-dev-people", "gold-dev-newspeople", "gold-real2"},
    )


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_QUOTES.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_QUOTES.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_QUOTES.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_QUOTES.check_readme()


@pytest.mark.parametrize("path", GOLD_DEV_QUOTES.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_QUOTES.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_QUOTES.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_DEV_QUOTES.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "number", "text": "30 °C", "value": "30", "unit": "F"}, "unit 'F'"),
        ({"kind": "number", "text": "about 35", "value": "35", "qualifier": "approx"}, "canon"),
        ({"kind": "time", "text": "6 p.m.", "value": "6 p.m."}, "not HH:MM"),
        ({"kind": "duration", "text": "one week", "value": "1W"}, "ISO 8601"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_measure_units_of_this_corpus_pass() -> None:
    good = [
        {"kind": "number", "text": "30 °C", "value": "30", "unit": "°C"},
        {"kind": "number", "text": "up to 100 pounds", "value": "100", "unit": "lb"},
        {"kind": "number", "text": "9115 feet", "value": "9115", "unit": "ft"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]


def test_the_set_is_rich_in_attributed_quotes() -> None:
    quotes = GOLD_DEV_QUOTES.kind_entries("quote")
    assert len(quotes) >= 20, len(quotes)
    assert sum("speaker" in entry for entry in quotes) >= 15

"""The development set of real articles of every kind (tests/gold-dev-real/, see its README) is
well formed, and is new text: no article, and no outlet, is shared with another gold corpus.

The finder was tuned on this set after its first blind run, so its scores here are not held
up by this file (tests/mentions/test_mentions_gold.py and the other corpora's tests hold the
finder); `python benchmarks/mentions.py --gold tests/gold-dev-real --errors` prints them.
The checks and value rules are tests/gold-real's (gold_corpus.py), with the measure units this
corpus uses added to the currencies that one allows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus

GOLD_DEV_REAL = Corpus(
    ROOT / "tests" / "gold-dev-real",
    licences=("CC BY 4.0", "Public domain", "Reproduction permitted"),
    min_articles=12,
    min_outlets=6,
    # Measure units as written in these articles: measures.py's codes, and feet, which the
    # annotation keeps from the text ("164 ft").
    measures=frozenset({"bp", "pp", "km", "m", "cm", "mi", "ft"}),
)
value_problems = GOLD_DEV_REAL.value_problems


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_REAL.check_big_and_varied()


def test_no_article_or_outlet_is_shared_with_another_gold_corpus() -> None:
    # tests/gold-dev-people was drawn the same day from the same unused outlets.
    GOLD_DEV_REAL.check_new_text(min_others=80, same_day={"gold-dev-people"})


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_REAL.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_REAL.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_REAL.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_REAL.check_readme()


@pytest.mark.parametrize("path", GOLD_DEV_REAL.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_REAL.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_REAL.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_DEV_REAL.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "number", "text": "164 ft", "value": "164", "unit": "yd"}, "unit 'yd'"),
        ({"kind": "number", "text": "about 50 m", "value": "50", "qualifier": "approx"}, "canon"),
        ({"kind": "time", "text": "10:31pm HST", "value": "22:31 HST"}, "not HH:MM"),
        ({"kind": "duration", "text": "the past day", "value": "1D"}, "ISO 8601"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_measure_units_of_this_corpus_pass() -> None:
    good = [
        {"kind": "number", "text": "164 ft", "value": "164", "unit": "ft"},
        {"kind": "number", "text": "one half mile", "value": "0.5", "unit": "mi"},
        {"kind": "number", "text": "25 basis points", "value": "25", "unit": "bp"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]

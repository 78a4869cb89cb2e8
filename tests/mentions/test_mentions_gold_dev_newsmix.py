"""The eighth development set, real news on health, education, courts, business, elections and
local government (tests/gold-dev-newsmix/, see its README), is well formed, and is new text: no
article (file, title or address) is shared with another gold corpus.

The finder is tuned on this set after its first blind run, so its scores here are not held up
by this file; `python benchmarks/mentions.py --gold tests/gold-dev-newsmix --errors` prints
them. Like tests/gold-dev-newsdates it shares outlets with other corpora on purpose (issue 13
asked for Wikinews, Voice of America, Global Voices and US agency news), so the check here is on
the articles themselves. The value rules are tests/gold-real's (gold_corpus.py), with the units
these stories write, frequencies (tests/gold/README.md's `R/P1Y`) and continents, which
tests/gold/README.md counts as places though no ISO 3166 code names one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus, frequency_problems

NEWSMIX = ROOT / "tests" / "gold-dev-newsmix"

GOLD_DEV_NEWSMIX = Corpus(
    NEWSMIX,
    licences=("CC BY", "Public domain"),
    min_articles=12,
    min_outlets=4,
    # Units as written in these stories: measures.py's miles, and the Egyptian pound's ISO code.
    measures=frozenset({"mi", "EGP"}),
    extra_kinds={"frequency": frequency_problems},
    continents=True,
)


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_NEWSMIX.check_big_and_varied()


def test_no_article_is_another_gold_corpus_s_by_file_title_or_address() -> None:
    GOLD_DEV_NEWSMIX.check_no_article_shared(min_others=140)


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_NEWSMIX.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_NEWSMIX.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_NEWSMIX.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_NEWSMIX.check_readme()


@pytest.mark.parametrize("path", GOLD_DEV_NEWSMIX.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_NEWSMIX.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_NEWSMIX.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_DEV_NEWSMIX.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "number", "text": "1,600-mile", "value": "1600", "unit": "yd"}, "unit 'yd'"),
        ({"kind": "frequency", "text": "each year", "value": "yearly"}, "repeating interval"),
        ({"kind": "date", "text": "next winter", "value": "2003-02/2002-12"}, "ends before"),
        ({"kind": "place", "text": "Kinshasa"}, "country None"),
        ({"kind": "place", "text": "Africa", "country": "XX"}, "country 'XX'"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    found = GOLD_DEV_NEWSMIX.value_problems(entry)
    assert any(problem in one for one in found), found


def test_this_corpus_s_units_frequencies_and_continents_pass() -> None:
    good = [
        {
            "kind": "number",
            "text": "over 114 miles",
            "value": "114",
            "qualifier": "over",
            "unit": "mi",
        },
        {"kind": "number", "text": "100,000 EGP", "value": "100000", "unit": "EGP"},
        {"kind": "frequency", "text": "each year", "value": "R/P1Y"},
        {"kind": "place", "text": "Africa"},
        {"kind": "date", "text": "next winter", "value": "2002-12/2003-02"},
    ]
    assert [GOLD_DEV_NEWSMIX.value_problems(entry) for entry in good] == [[] for _ in good]

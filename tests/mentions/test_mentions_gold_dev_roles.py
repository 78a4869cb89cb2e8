"""The development set of real texts rich in titles and figures (tests/gold-dev-roles/, see its
README) is
well formed, and is new text: no article is shared with another gold corpus, and no outlet with
a corpus older than today's blind dev sets.

The finder may be tuned on this set after its first blind run, so its scores here are not held
up by this file (tests/mentions/test_mentions_gold.py and the other corpora's tests hold the
finder); `python benchmarks/mentions.py --gold tests/gold-dev-roles --errors` prints them.
The checks and value rules are tests/gold-real's (gold_corpus.py), with the measure units this
corpus uses added to the currencies that one allows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus, frequency_problems

GOLD_DEV_ROLES = Corpus(
    ROOT / "tests" / "gold-dev-roles",
    licences=(
        "Public domain",
        "Creative Commons Attribution 4.0",
        "European Parliament, reproduction authorised",
    ),
    min_articles=12,
    min_outlets=6,
    # Measure units as written in these articles: miles (measures.py's code) and feet, which
    # the annotation keeps from the text ("27-foot", as tests/gold-dev-real's "164 ft").
    measures=frozenset({"mi", "ft"}),
    extra_kinds={"frequency": frequency_problems},
)
value_problems = GOLD_DEV_ROLES.value_problems


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_ROLES.check_big_and_varied()


def test_no_article_or_outlet_is_shared_with_another_gold_corpus() -> None:
    # tests/gold-dev-real, gold-dev-people and gold-dev-quotes were drawn the same day from
    # outlets no older set used; every older corpus's outlets stay out.
    GOLD_DEV_ROLES.check_new_text(
        min_others=110, same_day={"gold-dev-real", "gold-dev-people", "gold-dev-quotes"}
    )


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_ROLES.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_ROLES.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_ROLES.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_ROLES.check_readme()


@pytest.mark.parametrize("path", GOLD_DEV_ROLES.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_ROLES.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_ROLES.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_DEV_ROLES.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "number", "text": "27-foot", "value": "27", "unit": "feet"}, "unit 'feet'"),
        ({"kind": "number", "text": "about 35", "value": "35", "qualifier": "approx"}, "canon"),
        ({"kind": "time", "text": "6 p.m.", "value": "6 p.m."}, "not HH:MM"),
        ({"kind": "duration", "text": "one week", "value": "1W"}, "ISO 8601"),
        ({"kind": "frequency", "text": "each year", "value": "P1Y"}, "repeating interval"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_measure_units_of_this_corpus_pass() -> None:
    good = [
        {"kind": "number", "text": "23-foot", "value": "23", "unit": "ft"},
        {"kind": "number", "text": "approximately six miles", "value": "6", "unit": "mi"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]


def test_the_set_is_rich_in_titles_and_figures() -> None:
    entries = GOLD_DEV_ROLES.all_entries()
    roles = [entry for entry in entries if entry["kind"] == "role"]
    assert len(roles) >= 15, len(roles)
    assert all(entry.get("person") for entry in roles)
    assert sum(entry["kind"] == "number" for entry in entries) >= 40

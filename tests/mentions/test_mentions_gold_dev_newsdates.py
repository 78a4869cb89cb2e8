"""The seventh development set, real news stories full of dates, times and durations
(tests/gold-dev-newsdates/, see its README), is well formed, and is new text: no article
(file, title or address) is shared with another gold corpus.

The finder is tuned on this set after its first blind run, so its scores here are not held up
by this file; `python benchmarks/mentions.py --gold tests/gold-dev-newsdates --errors` prints
them. Like tests/gold-dev-news it shares outlets with other corpora on purpose (issue 13 asked
for Wikinews, Voice of America and Global Voices news, the outlets the held-out tests/gold-real
draws on), so the check here is on the articles themselves. The value rules are
tests/gold-real's (gold_corpus.py), with the measure units these stories write.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus

NEWSDATES = ROOT / "tests" / "gold-dev-newsdates"

GOLD_DEV_NEWSDATES = Corpus(
    NEWSDATES,
    licences=("CC BY", "Public domain"),
    min_articles=13,
    min_outlets=4,
    # Units as written in these stories: measures.py's codes.
    measures=frozenset({"km", "m", "cm"}),
)
value_problems = GOLD_DEV_NEWSDATES.value_problems


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_NEWSDATES.check_big_and_varied()


def test_no_article_is_another_gold_corpus_s_by_file_title_or_address() -> None:
    GOLD_DEV_NEWSDATES.check_no_article_shared(min_others=140)


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_NEWSDATES.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_NEWSDATES.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_NEWSDATES.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_NEWSDATES.check_readme()


@pytest.mark.parametrize("path", GOLD_DEV_NEWSDATES.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_NEWSDATES.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_NEWSDATES.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_DEV_NEWSDATES.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "number", "text": "7-meter", "value": "7", "unit": "yd"}, "unit 'yd'"),
        ({"kind": "duration", "text": "4.5 hour long", "value": "4.5H"}, "ISO 8601"),
        ({"kind": "date", "text": "last week", "value": "2017-07-30/2017-07-24"}, "ends before"),
        ({"kind": "time", "text": "1800 UTC", "value": "1800Z"}, "HH:MM"),
        ({"kind": "place", "text": "Bermuda", "country": "XX"}, "country 'XX'"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_this_corpus_s_units_times_and_durations_pass() -> None:
    good = [
        {"kind": "number", "text": "446-kilometer", "value": "446", "unit": "km"},
        {"kind": "number", "text": "7 to 13 centimeters", "value": "7", "max": "13", "unit": "cm"},
        {"kind": "duration", "text": "4.5 hour long", "value": "PT4H30M"},
        {"kind": "time", "text": "1800 UTC", "value": "18:00+00:00"},
        {"kind": "date", "text": "this weekend", "value": "2020-08-29/2020-08-30"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]

"""Mention finding measured against the gold corpus in tests/gold/ (see its README).

The scoring lives in benchmarks/mentions.py, which also prints the per-kind table:
`python benchmarks/mentions.py --errors`. Here the figures are held up: recall at least 0.95
and precision at least 0.90 for every kind and overall.
"""

from __future__ import annotations

import re

import pytest
from gold_corpus import ROOT
from gold_corpus import bench as load_bench

bench = load_bench()

MIN_RECALL = 0.95
MIN_PRECISION = 0.90
MIN_VALUE_ACCURACY = 0.90


@pytest.fixture(scope="module")
def corpus() -> list:
    return bench.load_corpus()


@pytest.fixture(scope="module")
def tallies(corpus: list) -> dict:
    return bench.total([bench.score_article(article) for article in corpus])


def test_corpus_has_the_bundled_article_and_at_least_eight_more(corpus: list) -> None:
    names = {article.path.name for article in corpus}
    assert "2025-06-27-putin-third-round.md" in names
    assert len(names) >= 9


def test_written_articles_are_short_news_pieces(corpus: list) -> None:
    for article in corpus:
        if article.path.parent.name != "articles" or article.path.parent.parent.name != "gold":
            continue
        words = len(article.text.split())
        assert 150 <= words <= 400, (article.name, words)


def test_every_kind_has_gold_mentions(tallies: dict) -> None:
    assert all(tallies[kind].gold for kind in bench.KINDS)


@pytest.mark.parametrize("kind", [*bench.KINDS, "all"])
def test_recall_and_precision(tallies: dict, kind: str) -> None:
    tally = bench.overall(tallies) if kind == "all" else tallies[kind]
    assert tally.recall >= MIN_RECALL, bench.table(tallies)
    assert tally.precision >= MIN_PRECISION, bench.table(tallies)


def test_value_accuracy_overall(tallies: dict) -> None:
    assert bench.overall(tallies).accuracy >= MIN_VALUE_ACCURACY, bench.table(tallies)


def test_occurrences_are_whole_words() -> None:
    text = "Russia and Russian forces; Russia's army"
    assert bench.occurrences(text, "Russia") == [0, 27]


def test_gold_files_name_existing_articles_and_known_kinds() -> None:
    for path in sorted((ROOT / "tests" / "gold").glob("*.yaml")):
        source = path.read_text(encoding="utf-8")
        target = re.search(r"^article: (.+)$", source, re.MULTILINE)
        assert target, path.name
        assert (path.parent / target.group(1).strip()).is_file(), path.name
        kinds = set(re.findall(r"kind: (\w+)", source))
        assert kinds <= set(bench.KINDS), (path.name, kinds)


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [
        ("Putin", "Vladimir Putin", True),  # the surname
        ("Anwar", "Anwar Ibrahim", True),  # a name the story shortens to its first word
        ("Ibrahim", "Anwar Ibrahim", True),
        ("Min Aung Hlaing", "Senior General Min Aung Hlaing", True),
        (None, None, True),
        ("Anwar", None, False),
        ("John Smith", "John Brown", False),  # a shared first name is not a run of the other
        ("Anwar Ibrahim", "Ibrahim Anwar", False),  # the same words in another order
        ("Lee", "Leeds", False),  # words, not letters
    ],
)
def test_a_quotes_speaker_is_the_same_person_by_surname_or_by_a_run_of_words(
    gold: str | None, found: str | None, same: bool
) -> None:
    assert bench._same_speaker(gold, found) is same


@pytest.mark.parametrize(
    ("gold", "found", "same"),
    [
        ("2002-09/2002-11", "2002-09-01/2002-11-30", True),  # one interval, two spellings
        ("2025-06", "2025-06-01/2025-06-30", True),
        ("2025-06", "2025-06-01/2025-06-29", False),
        ("2025-06-02", "2025-06-03", False),
        ("2025-06-02", None, False),
        ("not a date", "not a date", True),  # the same words: equal as before
        ("not a date", "2025-06-02", False),
    ],
)
def test_a_dates_value_is_the_days_it_names_however_written(gold, found, same) -> None:
    assert bench.values_equal("date", (("value", gold),), (("value", found),)) is same

"""The second held-out corpus of real articles (tests/gold-real2/, see its README) is well
formed and new text: no article (file, title or address) is another gold corpus's.

Only the corpus is checked here: every annotation lies in its article's normalized text at the
stated occurrence, every value parses for its kind, every article carries its licence, credit
and a zoned publication time. No test runs the finder on this folder and none holds a score up:
the set is held out, never to be tuned on, and `python benchmarks/mentions.py --gold
tests/gold-real2 --errors` prints its figures when the integrator runs it. The value rules are
tests/gold-real's (gold_corpus.py), with this set's measure units, frequencies (a time unit
allowed: "four times an hour" is `R/PT15M`) and continents, which have no country code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus

REAL2 = ROOT / "tests" / "gold-real2"
# An ISO 8601 repeating interval: a date part, a time part or both, and an optional weekday.
_FREQUENCY = re.compile(
    r"R/P(?=\d|T)(?:\d+[YMWD])*(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?(?:/[A-Z][a-z]+)?"
)


def frequency_problems(entry: dict) -> list[str]:
    value = str(entry.get("value", entry["text"]))
    problems = [
        f"unknown field {name!r}"
        for name in sorted(set(entry) - {"kind", "text", "occurrence", "value"})
    ]
    if not _FREQUENCY.fullmatch(value) or value in ("R/P", "R/PT"):
        problems.append(f"{value!r} is not an ISO 8601 repeating interval")
    return problems


GOLD_REAL2 = Corpus(
    REAL2,
    # The licences that let the repository keep an article's text.
    licences=(
        "CC BY 2.5",
        "CC BY 3.0",
        "CC BY 4.0",
        "Public domain",
        "Open Government Licence v3.0",
        "Reuse authorised with acknowledgement of the source",
    ),
    min_articles=22,
    min_outlets=9,
    # Units as written in these texts: measures.py's codes.
    measures=frozenset({"km", "mi", "cm", "lb"}),
    extra_kinds={"frequency": frequency_problems},
    continents=True,
)


def test_corpus_is_big_and_varied_enough_to_measure_on() -> None:
    GOLD_REAL2.check_big_and_varied()


def test_no_article_is_another_gold_corpus_s_by_file_title_or_address() -> None:
    GOLD_REAL2.check_no_article_shared(min_others=140)


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_REAL2.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_REAL2.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_REAL2.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_held_out() -> None:
    GOLD_REAL2.check_readme(dev_set=False)
    readme = (REAL2 / "README.md").read_text(encoding="utf-8")
    assert "HELD OUT" in readme and "annotated blind" in readme.lower()
    assert "never to be tuned on" in readme


def test_every_kind_of_mention_is_present() -> None:
    kinds = {entry["kind"] for entry in GOLD_REAL2.all_entries()}
    wanted = {"date", "time", "number", "duration", "frequency", "ordinal", "quote", "role"}
    assert wanted | {"person", "place"} <= kinds, sorted(kinds)
    spoken = [entry for entry in GOLD_REAL2.kind_entries("quote") if entry.get("speaker")]
    assert len(spoken) >= 10, len(spoken)  # quotes with their speakers, not only scare quotes


@pytest.mark.parametrize("path", GOLD_REAL2.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_REAL2.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_REAL2.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_REAL2.check_values(path)


@pytest.mark.parametrize(
    ("value", "good"),
    [("R/PT15M", True), ("R/P1D", True), ("R/P1W/Thursday", True), ("R/PT", False), ("P1D", False)],
)
def test_the_frequency_check_takes_time_units_and_refuses_what_is_no_interval(
    value: str, good: bool
) -> None:
    entry = {"kind": "frequency", "text": "x", "value": value}
    assert (frequency_problems(entry) == []) is good

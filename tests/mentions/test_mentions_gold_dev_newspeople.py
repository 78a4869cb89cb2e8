"""The development set of real news stories about people, every kind annotated
(tests/gold-dev-newspeople/, see its README) is well formed: every annotation lies in its
article at its occurrence, values parse for their kind, every role names a person annotated in
the same file, every article carries its licence and credit and is listed in the README, and no
article is one another gold corpus holds (by file, address or title).

Its outlets (Voice of America, Wikinews, Global Voices, the State Department, the U.S. Army)
also appear in other sets with other articles: the set is new text, not new outlets. It is
tuned on, so its scores are not held up here; `python benchmarks/mentions.py --gold
tests/gold-dev-newspeople --per-article --errors` prints them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from gold_corpus import ROOT, Corpus, frequency_problems, front_matter

GOLD_DEV_NEWSPEOPLE = Corpus(
    ROOT / "tests" / "gold-dev-newspeople",
    licences=("CC BY 2.5", "CC BY 3.0", "Public domain"),
    min_articles=14,
    min_outlets=5,
    extra_kinds={"frequency": frequency_problems},
    continents=True,  # tests/gold/README.md writes a continent with no country ("eastern Europe")
)
value_problems = GOLD_DEV_NEWSPEOPLE.value_problems


def test_corpus_is_big_and_varied_enough_to_tune_on() -> None:
    GOLD_DEV_NEWSPEOPLE.check_big_and_varied()


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_DEV_NEWSPEOPLE.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_DEV_NEWSPEOPLE.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_DEV_NEWSPEOPLE.check_front_matter(path)


def test_readme_lists_every_article_with_its_credit_and_says_it_is_a_dev_set() -> None:
    GOLD_DEV_NEWSPEOPLE.check_readme()


def _identity(path: Path) -> set[str]:
    """What names an article: its file name, its title and the first address of its `url`."""
    meta = front_matter(path)
    address = str(meta.get("url") or "").split()  # tests/gold's own articles have none
    return {path.name, str(meta["title"]).casefold(), *(a.casefold() for a in address[:1])}


def test_no_article_is_one_another_gold_corpus_holds() -> None:
    others = [
        path
        for folder in sorted(ROOT.joinpath("tests").glob("gold*"))
        if folder != GOLD_DEV_NEWSPEOPLE.folder
        for path in (folder / "articles").glob("*.md")
    ]
    assert len(others) >= 100, len(others)
    taken = set().union(*(_identity(path) for path in others))
    for path in GOLD_DEV_NEWSPEOPLE.article_files:
        assert not _identity(path) & taken, path.name


@pytest.mark.parametrize("path", GOLD_DEV_NEWSPEOPLE.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_DEV_NEWSPEOPLE.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_DEV_NEWSPEOPLE.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["mentions"]
    problems = [
        f"#{number} {entry['kind']} {entry['text']!r}: {problem}"
        for number, entry in enumerate(entries, 1)
        for problem in value_problems(entry)
    ]
    assert not problems, "\n".join(problems)


def test_every_role_names_a_person_annotated_in_its_file() -> None:
    from gold_corpus import bench

    for path in GOLD_DEV_NEWSPEOPLE.gold_files:
        gold = bench().load_gold(path)
        persons = {m.text for m in gold.mentions if m.kind == "person"}
        for mention in gold.mentions:
            if mention.kind == "role":
                person = dict(mention.fields)["person"]
                assert person in persons, (path.name, mention.text, person)


def test_the_set_is_large_enough_to_measure_people_and_speakers() -> None:
    entries = GOLD_DEV_NEWSPEOPLE.all_entries()
    count = {kind: sum(e["kind"] == kind for e in entries) for kind in ("person", "role", "quote")}
    speakers = sum(1 for e in entries if e["kind"] == "quote" and e.get("speaker"))
    assert count["person"] >= 60 and count["role"] >= 60, count
    assert count["quote"] >= 20 and speakers >= 18, (count, speakers)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "place", "text": "Europa"}, "country None"),
        ({"kind": "role", "text": "EU spokesman"}, "names its person"),
        ({"kind": "frequency", "text": "every day", "value": "daily"}, "repeating interval"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_a_continent_needs_no_country_and_a_frequency_is_checked_as_one() -> None:
    good = [
        {"kind": "place", "text": "Europe"},
        {"kind": "frequency", "text": "every day", "value": "R/P1D"},
        {"kind": "place", "text": "Kranj", "country": "SI"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]

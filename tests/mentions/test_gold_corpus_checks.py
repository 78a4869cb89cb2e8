"""Every shared gold-corpus check (gold_corpus.py) fails when a corpus is wrong.

The real corpora pass them, so these tests write a small corpus in tmp_path, show it passes,
then break one thing at a time and show the check that guards it fails. The gold files
themselves are never edited.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import Corpus, frequency_problems

ARTICLE = (
    "---\ntitle: Rates held\npublished: {published}\nurl: {url}\noutlet: {outlet}\n"
    "licence: {licence}\ncredit: {credit}\n---\n\n"
    "NAIROBI - The bank held its rate at 9.5% on Wednesday, the governor said.\n"
)
GOLD = (
    "article: articles/{name}.md\nmentions:\n"
    '  - {{kind: number, text: "9.5%", value: "9.5", unit: "%"}}\n'
    '  - {{kind: date, text: "Wednesday", value: "2025-10-08"}}\n'
)


def _write(folder: Path, name: str, outlet: str, **front: str) -> None:
    fields = {
        "published": "2025-10-08T15:30:00+03:00",
        "url": "https://example.org/rates",
        "outlet": outlet,
        "licence": "Public domain",
        "credit": f"Credit {outlet}",
    } | front
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    (folder / "articles" / f"{name}.md").write_text(ARTICLE.format(**fields), encoding="utf-8")
    (folder / f"{name}.yaml").write_text(GOLD.format(name=name), encoding="utf-8")


def _readme(folder: Path, *, dev_set: bool = True) -> None:
    lines = ["A development set, annotated blind."] if dev_set else ["A held-out set."]
    for path in sorted((folder / "articles").glob("*.md")):
        outlet = path.stem.split("-", 3)[3]
        lines.append(f"- `{path.stem}` (Credit {outlet})")
    (folder / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    """gold-x: two articles from two outlets; its sibling gold-y, one from a third outlet."""
    folder = tmp_path / "gold-x"
    _write(folder, "2025-10-08-alpha", "alpha")
    _write(folder, "2025-10-08-beta", "beta")
    _readme(folder)
    _write(tmp_path / "gold-y", "2025-10-08-gamma", "gamma")
    return Corpus(folder, licences=("Public domain",), min_articles=2, min_outlets=2)


def test_a_well_formed_corpus_passes_every_check(corpus: Corpus) -> None:
    corpus.check_big_and_varied()
    corpus.check_articles_and_gold_files_pair()
    corpus.check_readme()
    corpus.check_new_text(min_others=1)
    for path in corpus.article_files:
        corpus.check_front_matter(path)
    for path in corpus.gold_files:
        corpus.check_annotations_lie_in_the_article(path)
        corpus.check_values(path)


def test_too_few_articles_or_outlets_fail(corpus: Corpus) -> None:
    _write(corpus.folder, "2025-10-08-gamma2", "beta")
    with pytest.raises(AssertionError, match=r"^3$"):
        Corpus(
            corpus.folder, ("Public domain",), min_articles=4, min_outlets=1
        ).check_big_and_varied()
    with pytest.raises(AssertionError, match="alpha"):
        Corpus(
            corpus.folder, ("Public domain",), min_articles=1, min_outlets=3
        ).check_big_and_varied()


def test_an_article_without_its_gold_file_fails(corpus: Corpus) -> None:
    (corpus.folder / "2025-10-08-beta.yaml").unlink()
    with pytest.raises(AssertionError):
        corpus.check_articles_and_gold_files_pair()


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ({"credit": "''"}, "lacks \\['credit'\\]"),
        ({"licence": "All rights reserved"}, "All rights reserved"),
        ({"url": "example.org/rates"}, "example.org"),
        ({"published": "2025-10-08"}, "2025-10-08"),
        ({"published": "2025-10-08T15:30:00"}, "needs its zone"),
        ({"published": "2025-10-09T15:30:00+03:00"}, r"alpha\.md.*2025, 10, 9"),
    ],
)
def test_bad_front_matter_fails(corpus: Corpus, front: dict, problem: str) -> None:
    _write(corpus.folder, "2025-10-08-alpha", "alpha", **front)
    with pytest.raises(AssertionError, match=problem):
        corpus.check_front_matter(corpus.folder / "articles" / "2025-10-08-alpha.md")


def test_a_held_out_file_name_need_not_start_with_its_day(corpus: Corpus) -> None:
    _write(corpus.folder, "2025-10-08-alpha", "alpha", published="2025-10-09T15:30:00+03:00")
    path = corpus.folder / "articles" / "2025-10-08-alpha.md"
    corpus.check_front_matter(path, dateline_in_name=False)


def test_a_readme_missing_an_article_or_the_dev_set_words_fails(corpus: Corpus) -> None:
    readme = corpus.folder / "README.md"
    text = readme.read_text(encoding="utf-8")
    readme.write_text(text.replace("`2025-10-08-beta`", "beta"), encoding="utf-8")
    with pytest.raises(AssertionError, match="beta"):
        corpus.check_readme()
    _readme(corpus.folder, dev_set=False)
    corpus.check_readme(dev_set=False)
    with pytest.raises(AssertionError):
        corpus.check_readme()


def test_an_annotation_not_in_the_article_fails(corpus: Corpus) -> None:
    path = corpus.folder / "2025-10-08-alpha.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"9.5%"', '"9.6%"'), "utf-8")
    with pytest.raises(ValueError, match=r"'9\.6%' occurs 0 times"):
        corpus.check_annotations_lie_in_the_article(path)


def test_an_annotation_made_twice_fails(corpus: Corpus) -> None:
    path = corpus.folder / "2025-10-08-alpha.yaml"
    with path.open("a", encoding="utf-8") as gold:
        gold.write('  - {kind: number, text: "9.5%", value: "9.5", unit: "%"}\n')
    with pytest.raises(AssertionError, match="annotated twice"):
        corpus.check_annotations_lie_in_the_article(path)


def test_a_gold_file_with_no_mentions_fails(corpus: Corpus) -> None:
    path = corpus.folder / "2025-10-08-alpha.yaml"
    path.write_text("article: articles/2025-10-08-alpha.md\nmentions: []\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"2025-10-08-alpha\.yaml"):
        corpus.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('{kind: date, text: "Wednesday", value: "Wednesday"}', "#2 date 'Wednesday': .*EDTF"),
        ('{kind: weather, text: "Wednesday"}', "#2 weather 'Wednesday': unknown kind"),
        ('{kind: date, text: "Wednesday", value: "2025-10-08", unit: "%"}', "unknown field"),
    ],
)
def test_a_value_that_does_not_parse_fails(corpus: Corpus, entry: str, problem: str) -> None:
    path = corpus.folder / "2025-10-08-alpha.yaml"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*text[:3], f"  - {entry}"]) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=problem):
        corpus.check_values(path)


def test_measure_units_and_extra_kinds_are_the_corpus_own(corpus: Corpus) -> None:
    path = corpus.folder / "2025-10-08-alpha.yaml"
    with path.open("a", encoding="utf-8") as gold:
        gold.write('  - {kind: number, text: "9.5", value: "9.5", unit: "ft"}\n')
        gold.write('  - {kind: frequency, text: "Wednesday", value: "R/P1W/Wednesday"}\n')
    with pytest.raises(AssertionError, match=r"unit 'ft'.*\n.*unknown kind"):
        corpus.check_values(path)
    Corpus(
        corpus.folder,
        ("Public domain",),
        2,
        2,
        measures=frozenset({"ft"}),
        extra_kinds={"frequency": frequency_problems},
    ).check_values(path)


def test_an_article_or_outlet_shared_with_another_corpus_fails(corpus: Corpus) -> None:
    with pytest.raises(AssertionError, match="1"):
        corpus.check_new_text(min_others=2)
    sibling = corpus.folder.parent / "gold-y"
    _write(sibling, "2025-10-08-delta", "alpha")
    with pytest.raises(AssertionError, match="alpha"):
        corpus.check_new_text(min_others=1)
    corpus.check_new_text(min_others=1, same_day={"gold-y"})
    _write(sibling, "2025-10-08-beta", "gamma")
    with pytest.raises(AssertionError):
        corpus.check_new_text(min_others=1, same_day={"gold-y"})

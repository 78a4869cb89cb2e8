"""The held-out corpus of real articles in tests/gold-real/ is well formed (see its README).

Only the corpus is checked here: every annotation lies in its article's normalized text at the
stated occurrence, its value parses for its kind, every article carries its licence and credit.
The finder's scores on it are not held up: they are below the goals today, and
`python benchmarks/mentions.py --gold tests/gold-real --errors` prints them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_corpus import ROOT, Corpus, bench, value_problems

GOLD_REAL = Corpus(
    ROOT / "tests" / "gold-real",
    # The licences that let the repository keep an article's text.
    licences=("CC BY 2.5", "CC BY 3.0", "Public domain", "Open Government Licence v3.0"),
    min_articles=20,
    min_outlets=8,
)


def test_corpus_is_big_and_varied_enough_to_measure_on() -> None:
    GOLD_REAL.check_big_and_varied()


def test_every_article_has_one_gold_file_and_every_gold_file_an_article() -> None:
    GOLD_REAL.check_articles_and_gold_files_pair()


@pytest.mark.parametrize("path", GOLD_REAL.article_files, ids=lambda path: path.stem)
def test_article_carries_its_licence_credit_and_dateline(path: Path) -> None:
    GOLD_REAL.check_front_matter(path, dateline_in_name=False)


def test_readme_lists_every_article_with_its_credit() -> None:
    GOLD_REAL.check_readme(dev_set=False)


@pytest.mark.parametrize("path", GOLD_REAL.gold_files, ids=lambda path: path.stem)
def test_every_annotation_lies_in_the_normalized_article(path: Path) -> None:
    GOLD_REAL.check_annotations_lie_in_the_article(path)


@pytest.mark.parametrize("path", GOLD_REAL.gold_files, ids=lambda path: path.stem)
def test_every_value_parses_for_its_kind(path: Path) -> None:
    GOLD_REAL.check_values(path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"kind": "date", "text": "30 February", "value": "2025-02-30"}, "day is out of range"),
        ({"kind": "date", "text": "x", "value": "2025-06-09/2025-06-02"}, "ends before"),
        ({"kind": "date", "text": "x", "value": "June 2"}, "not an EDTF"),
        ({"kind": "time", "text": "25:00", "value": "25:00"}, "not HH:MM"),
        ({"kind": "number", "text": "about ten", "value": "ten"}, "not an amount"),
        ({"kind": "number", "text": "5-3", "value": "5", "max": "3"}, "not above"),
        ({"kind": "number", "text": "roughly 5", "value": "5", "qualifier": "roughly"}, "canon"),
        ({"kind": "duration", "text": "two days", "value": "2D"}, "ISO 8601"),
        ({"kind": "ordinal", "text": "third", "value": "third"}, "position"),
        ({"kind": "role", "text": "Governor"}, "names its person"),
        ({"kind": "place", "text": "Kyiv", "country": "XX"}, "ISO 3166"),
        ({"kind": "place", "text": "Kyiv", "country": "UA", "person": "x"}, "unknown field"),
    ],
)
def test_a_broken_value_is_caught(entry: dict, problem: str) -> None:
    assert any(problem in found for found in value_problems(entry)), value_problems(entry)


def test_good_values_pass() -> None:
    good = [
        {"kind": "date", "text": "last week", "value": "2025-09-29/2025-10-05"},
        {"kind": "date", "text": "earlier in the year", "value": "2018-01/2018-11"},
        {"kind": "time", "text": "3:22 a.m. (PDT)", "value": "03:22-07:00"},
        {"kind": "number", "text": "10-to-15", "value": "10", "max": "15"},
        {"kind": "number", "text": "£200bn", "value": "200000000000", "unit": "GBP"},
        {"kind": "duration", "text": "about 90 minutes", "value": "PT90M", "qualifier": "about"},
        {"kind": "duration", "text": "2-3-day", "value": "P2D/P3D"},
        {"kind": "ordinal", "text": "26th", "value": 26},
        {"kind": "place", "text": "U.K.", "country": "GB"},
    ]
    assert [value_problems(entry) for entry in good] == [[] for _ in good]


def test_benchmark_scores_the_folder_given_with_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(
        "---\ntitle: Rates held\npublished: 2025-10-08T15:30:00+03:00\n---\n\n"
        "NAIROBI - The bank held its rate at 9.5% on Wednesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.yaml").write_text(
        "article: articles/a.md\nmentions:\n"
        '  - {kind: number, text: "9.5%", value: "9.5", unit: "%"}\n',
        encoding="utf-8",
    )
    assert bench().main(["--gold", str(tmp_path), "--runs", "1", "--errors"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gold corpus: 1 articles, 13 words, 1 mentions\n")
    assert "false place 'NAIROBI'" in out  # scored against this folder, not tests/gold


@pytest.mark.parametrize("make", [lambda path: path / "missing", lambda path: path])
def test_benchmark_refuses_a_gold_folder_it_cannot_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make
) -> None:
    folder = make(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        bench().main(["--gold", str(folder), "--runs", "1"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"--gold {folder}:" in err
    assert ("no such folder" in err) if folder.name == "missing" else ("no *.yaml" in err)

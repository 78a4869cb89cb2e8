"""FC428 over a long article (issue 12): each sentence finds its own ties and claims by
bisection, not by going through every tying mention and every claim of the article."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, bundled_copy
from factcheck.consistency.contradictions import ByStart

TEXT = BUNDLED_ARTICLE.read_text(encoding="utf-8")
ANCHOR = "to retrieve the bodies of fallen soldiers."


def test_items_within_a_stretch_are_those_a_pass_over_all_finds() -> None:
    chance = random.Random(12)
    for _ in range(300):
        starts = [chance.randrange(200) for _ in range(chance.randint(0, 30))]
        items = [f"item{i}" for i in range(len(starts))]
        found = ByStart(items, starts)
        for start in range(0, 210, 7):
            end = start + chance.randint(0, 40)
            expected = [item for item, at in zip(items, starts, strict=True) if start <= at < end]
            assert found.within(start, end) == expected


@pytest.fixture
def real_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")


def test_every_contradicting_sentence_of_a_long_article_is_found(
    factcheck, real_config, tmp_path: Path
) -> None:
    """400 inserted sentences, each contradicting a claim, in one article."""
    added = " The first round took place on June 10. The two leaders met again on June 24."
    assert TEXT.count(ANCHOR) == 1
    claims = bundled_copy(tmp_path)  # the edit lies inside the root with the claims file
    article = tmp_path / "articles" / "edited.md"
    article.write_text(TEXT.replace(ANCHOR, ANCHOR + added * 200), encoding="utf-8")
    run = factcheck("verify", "--format", "json", claims, "--article", article)
    assert run.code == 1
    found = run.findings("FC428")
    assert len(found) == 400
    assert {f["claim"] for f in found} == {"round-1-date", "meeting-date"}
    assert sum("speaks of `round-1`" in f["message"] for f in found) == 200
    assert sum("speaks of `zelensky-trump-meeting`" in f["message"] for f in found) == 200


def _named_by_each(names: list[tuple[str, str]], sentence: str) -> list[str]:
    """The pass over every name that _Names stands for."""
    from factcheck.check.search import find_all

    named: list[str] = []
    for subject_id, name in names:
        if named and named[-1] == subject_id:
            continue
        if name in sentence and find_all(sentence, name):
            named.append(subject_id)
    return named


def test_names_found_at_once_are_those_found_one_by_one() -> None:
    from factcheck.consistency.contradictions import _Names

    chance = random.Random(8)
    words = ["Putin", "Vladimir Putin", "Kyiv", "O'Brien", "Minsk", "Ankara", "Erdogan", "Al"]
    names = [(f"s{i}", name) for i in range(40) for name in chance.sample(words, 2)]
    names.sort(key=lambda pair: int(pair[0][1:]))  # a subject's names adjacent, as Facts has
    found = _Names(names)
    pieces = [*words, "Putins", 'O"Brien', "met", "in", ",", "Kyiv-born", "Al-Minsk", "2"]
    for _ in range(500):
        sentence = " ".join(chance.choice(pieces) for _ in range(chance.randint(0, 12)))
        assert found.named_in(sentence) == _named_by_each(names, sentence), sentence


def test_a_claims_file_of_many_named_subjects_finds_what_it_found(
    factcheck, real_config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.consistency import contradictions

    added = " The first round took place on June 10. The two leaders met again on June 24."
    article = tmp_path / BUNDLED_ARTICLE.name
    article.write_text(TEXT.replace(ANCHOR, ANCHOR + added * 20), encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    many = "".join(f"  person-{i}: {{kind: person, name: Person Number{i}}}\n" for i in range(80))
    text = BUNDLED_CLAIMS.read_text(encoding="utf-8")
    text = text.replace("\nsubjects:\n", "\nsubjects:\n" + many, 1)
    text = text.replace("../articles/", str(BUNDLED_ARTICLE.parent) + "/")
    claims.write_text(text, encoding="utf-8")
    at_once = factcheck("verify", "--format", "json", claims, "--article", article)
    monkeypatch.setattr(contradictions, "MANY_NAMES", 10**9)
    one_by_one = factcheck("verify", "--format", "json", claims, "--article", article)
    assert len(at_once.findings("FC428")) == 40
    assert at_once.report == one_by_one.report


def test_each_claims_file_keeps_its_own_name_search(factcheck, real_config, tmp_path: Path) -> None:
    """Two files of many named subjects in one run: each is searched with its own names
    (kept with its facts, not in a class attribute shared by every file of the process),
    so each reports what it reports alone, and nothing stays behind after the run."""
    from factcheck.consistency.contradictions import _Names

    added = " The first round took place on June 10."
    text = BUNDLED_CLAIMS.read_text(encoding="utf-8")
    paths = []
    for name, repeat in (("a", 3), ("b", 5)):
        article = tmp_path / f"{name}.md"
        article.write_text(TEXT.replace(ANCHOR, ANCHOR + added * repeat), encoding="utf-8")
        many = "".join(
            f"  {name}-{i}: {{kind: person, name: Person {name.upper()}{i}}}\n" for i in range(80)
        )
        claims = tmp_path / f"{name}.yaml"
        edited = text.replace("\nsubjects:\n", "\nsubjects:\n" + many, 1)
        claims.write_text(edited.replace(f"../articles/{BUNDLED_ARTICLE.name}", article.name))
        paths.append(claims)
    both = factcheck("verify", "--format", "json", *paths)
    alone = [factcheck("verify", "--format", "json", path) for path in paths]
    by_file = [
        [f for f in both.findings("FC428") if f["file"].endswith(p.with_suffix(".md").name)]
        for p in paths
    ]
    assert [len(found) for found in by_file] == [3, 5]
    assert by_file == [run.findings("FC428") for run in alone]
    assert not any(isinstance(value, _Names) for value in vars(_Names).values())

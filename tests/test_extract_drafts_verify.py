"""`factcheck extract` then `factcheck verify` on the untouched draft: no error, for every
article of the gold corpora (issue 13, item 6).

A draft is a promise that extract and verify read the article's words the same way: the
value it writes is the value verify reads from the text it writes, the place it names is
named by those words, and the words are found once. Each gold article (tests/gold, the
development sets tests/gold-dev, tests/gold-dev-numbers, tests/gold-dev-real,
tests/gold-dev-people, tests/gold-dev-quotes, tests/gold-dev-roles, tests/gold-dev-news,
tests/gold-dev-newspeople, tests/gold-dev-newsdates and tests/gold-dev-newsmix, and the
held-out tests/gold-real and tests/gold-real2) is copied into a project of its own in
tmp_path, as a newsroom would have it, and drafted and verified through the real command line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

GOLD_CORPORA = (
    ROOT / "tests" / "gold",
    ROOT / "tests" / "gold-dev",
    ROOT / "tests" / "gold-dev-numbers",
    ROOT / "tests" / "gold-dev-real",
    ROOT / "tests" / "gold-dev-people",
    ROOT / "tests" / "gold-dev-quotes",
    ROOT / "tests" / "gold-dev-roles",
    ROOT / "tests" / "gold-dev-news",
    ROOT / "tests" / "gold-dev-newspeople",
    ROOT / "tests" / "gold-dev-newsdates",
    ROOT / "tests" / "gold-dev-newsmix",
    ROOT / "tests" / "gold-real",
    ROOT / "tests" / "gold-real2",
)


def _gold_articles() -> list[Path]:
    """Every article a gold file names (its `article:`, relative to the gold file)."""
    articles = []
    for corpus in GOLD_CORPORA:
        for gold in sorted(corpus.glob("*.yaml")):
            named = yaml.safe_load(gold.read_text(encoding="utf-8"))["article"]
            articles.append((gold.parent / named).resolve())
    return articles


def _params() -> list[object]:
    return [pytest.param(article, id=article.stem) for article in _gold_articles()]


def test_every_gold_corpus_article_is_drafted() -> None:
    """The corpora are all here: a gold file whose article went missing must not shrink the
    test below to nothing."""
    articles = _gold_articles()
    assert len(articles) >= 219
    assert all(article.is_file() for article in articles)


def _draft_and_verify(article: Path, factcheck, tmp_path: Path, monkeypatch) -> tuple:
    """`extract` then `verify --format json` on a copy of `article` in a project of its own
    (the defaults, coverage on); the verify run and its error findings."""
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    copy = tmp_path / "articles" / article.name
    copy.write_bytes(article.read_bytes())
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    drafted = factcheck("extract", f"articles/{article.name}")
    assert drafted.code == 0, drafted.err
    draft = tmp_path / "claims" / f"{article.stem}.yaml"
    assert drafted.out.startswith("wrote ") and draft.is_file()

    run = factcheck("verify", "--format", "json", draft)
    assert run.report["summary"]["claims"] > 0
    return run, [f for f in run.report["findings"] if f["severity"] == "error"]


@pytest.mark.parametrize("article", _params())
def test_the_untouched_draft_verifies(
    article: Path, factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run, errors = _draft_and_verify(article, factcheck, tmp_path, monkeypatch)
    shown = json.dumps(errors, indent=1, ensure_ascii=False)
    assert errors == [], f"{article.name}: the draft has errors:\n{shown}"
    assert run.code == 0, run.err

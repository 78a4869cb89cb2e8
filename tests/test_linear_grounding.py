"""Grounding in one pass over the article (issue 12): same answers as a search a claim.

A large article with many claims is grounded with one automaton of all the claims' words
(`PhraseIndex`) instead of a `str.find` scan of the whole article for each claim. These
tests hold the index to `find_all` and the command line's report to the one the scan a
claim gives.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS
from factcheck.article.normalize import normalize_phrase
from factcheck.article.reader import read_article
from factcheck.check import grounding, search
from factcheck.check.search import PhraseIndex, find_all
from factcheck.safe_paths import ReadPolicy


def _bundled_phrases() -> list[str]:
    """Every claim's `text` and `context` of the bundled claims file, normalized."""
    yaml = BUNDLED_CLAIMS.read_text(encoding="utf-8")
    found = re.findall(r"^    (?:text|context): (.+)$", yaml, flags=re.M)
    return [normalize_phrase(p.strip().strip('"')) for p in found]


TRICKY = (
    "He said 'quite possible' and \"quite possible\". 1,200 and 200 and 1,200,000; "
    "a 2-3-day truce, a 3-day one; May 2-3 and May 2. June 25, June 2, June 2. "
    "a a a a a aa a."
)
TRICKY_PHRASES = [
    "quite possible",
    "'quite possible'",
    '"quite possible"',
    "200",
    "1,200",
    "1,200,000",
    "3-day",
    "2-3-day",
    "May 2",
    "June 2",
    "a",
    "a a",
    "a a a",
    "aa",
    "not there",
]


def test_index_finds_what_find_all_finds_in_tricky_text() -> None:
    index = PhraseIndex(TRICKY, TRICKY_PHRASES)
    for phrase in TRICKY_PHRASES:
        assert index.spans(phrase) == find_all(TRICKY, phrase), phrase
        assert index.count(phrase) == len(find_all(TRICKY, phrase)), phrase


def test_index_finds_what_find_all_finds_in_the_bundled_article() -> None:
    text = read_article(BUNDLED_ARTICLE, "article.md").text.text
    phrases = _bundled_phrases()
    assert len(phrases) > 100
    index = PhraseIndex(text, phrases)
    for phrase in phrases:
        assert index.spans(phrase) == find_all(text, phrase), phrase


def test_index_keeps_the_first_spans_and_counts_them_all() -> None:
    text = "June 2. " * 1000
    index = PhraseIndex(text, ["June 2"], keep=5)
    assert index.count("June 2") == 1000
    assert index.spans("June 2") == find_all(text, "June 2")[:5]


def _big_case(folder: Path, copies: int) -> Path:
    """The bundled article's body `copies` times over, and the bundled claims pointed at it
    with one claim added whose words occur once (so it grounds only in the one-pass path's
    answer being right)."""
    article = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    end = article.index("\n---\n", 4) + len("\n---\n")
    front, body = article[:end], article[end:]
    (folder / "articles").mkdir()
    (folder / "claims").mkdir()
    unique = "\nA closing line names Quorndon Vale once.\n"
    (folder / "articles" / "big.md").write_text(front + body * copies + unique, encoding="utf-8")
    claims = BUNDLED_CLAIMS.read_text(encoding="utf-8").replace(
        "../articles/2025-06-27-putin-third-round.md", "../articles/big.md"
    )
    claims = claims.replace(
        "\nclaims:\n",
        "\nclaims:\n  - {id: closing-place, type: place, subject: putin, property: closing,"
        " value: Quorndon Vale, text: Quorndon Vale, status: unverified}\n",
        1,
    )
    path = folder / "claims" / "big.yaml"
    path.write_text(claims, encoding="utf-8")
    return path


def test_one_pass_grounding_gives_the_report_a_search_a_claim_gives(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = _big_case(tmp_path, copies=10)
    big = read_article(tmp_path / "articles" / "big.md", "a", policy=ReadPolicy.at(tmp_path))
    assert len(big.text.text) * 82 > (grounding.ONE_PASS_FROM)
    one_pass = factcheck("verify", claims, "--format", "json")
    monkeypatch.setattr(grounding, "ONE_PASS_FROM", 10**18)
    per_claim = factcheck("verify", claims, "--format", "json")
    assert one_pass.code == per_claim.code == 1
    assert one_pass.report == per_claim.report
    codes = {f["code"] for f in one_pass.findings()}
    assert "FC203" in codes  # every bundled context now occurs ten times
    closing = [c for c in one_pass.report["claims"] if c["id"] == "closing-place"]
    assert closing and not [
        f
        for f in one_pass.findings()
        if f.get("claim") == "closing-place" and f["code"].startswith("FC2")
    ]


def test_a_phrase_on_many_lines_names_ten_of_them(factcheck, tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    body = "".join(f"Paragraph {i} was written on June 2.\n\n" for i in range(40))
    (tmp_path / "articles" / "a.md").write_text(
        "---\ntitle: T\npublished: 2025-06-27T10:00:00+03:00\n---\n\n" + body, encoding="utf-8"
    )
    (tmp_path / "claims" / "a.yaml").write_text(
        "version: 1\narticle:\n  path: ../articles/a.md\nsubjects:\n  t: {kind: event}\n"
        "claims:\n  - {id: d, type: date, subject: t, property: date, value: '2025-06-02',"
        " text: June 2, status: unverified}\n",
        encoding="utf-8",
    )
    run = factcheck("verify", tmp_path / "claims" / "a.yaml", "--format", "json")
    [found] = run.findings("FC202")
    assert found["message"] == (
        "`June 2` occurs 40 times in the article (lines 6, 8, 10, 12, 14, 16, 18, 20, 22, 24"
        " and 30 more)"
    )
    assert found["line"] == 7


MISSING = [
    "took place on June 2 in Ankara",
    "following an earlier meeting on May 17.",
    "up to 1,300",
    "Russian President Vladimir Putin told journalists",
    "June 3",
]


@pytest.mark.parametrize("phrase", MISSING)
def test_nearest_passage_around_the_words_is_the_one_every_window_gives(
    phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a long article only the windows around the phrase's rarest words are compared."""
    text = read_article(BUNDLED_ARTICLE, "a.md").text.text
    long = (text + "\n") * 8
    assert len(long) >= search.WHOLE_SEARCH_UNDER
    near = search.nearest_passage(long, phrase)
    monkeypatch.setattr(search, "WHOLE_SEARCH_UNDER", 10**12)
    assert near is not None
    assert near == search.nearest_passage(long, phrase)


def test_every_missing_claim_of_a_long_article_gets_its_hint(factcheck, tmp_path: Path) -> None:
    claims = _big_case(tmp_path, copies=40)
    text = claims.read_text(encoding="utf-8")
    # Thirty claims whose words the article no longer has: each gets the nearest passage.
    extra = "".join(
        f"  - {{id: gone-{i}, type: date, subject: putin, property: gone{i},"
        f" value: '2025-06-0{1 + i % 9}',"
        f" text: 'took place on June 2 in Ankara, number {i}',"
        " status: unverified}\n"
        for i in range(30)
    )
    claims.write_text(text.replace("\nclaims:\n", "\nclaims:\n" + extra, 1), encoding="utf-8")
    run = factcheck("verify", claims, "--format", "json")
    gone = [f for f in run.findings("FC201") if f["claim"].startswith("gone-")]
    assert len(gone) == 30
    # What comparing every window of the article gives (the test above holds the two equal):
    # a passage with at least half of the missing words (`passage_hint`).
    expected = "nearest passage: “took place on June 2 in Istanbul, following an”"
    assert {f["hint"] for f in gone} == {expected}

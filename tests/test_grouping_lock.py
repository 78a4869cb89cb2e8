"""What the lock says is what a pull request says: a pinned sentence that cannot be the one a
claim was verified in aligns nothing, and costs nothing that grows with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy

SENTENCE = (
    "The latest peace talks between Russia and Ukraine took place on June 2 in Istanbul, "
    "following an earlier meeting on May 16."
)


def _edited_with_pin(tmp_path: Path, sentence: str) -> Path:
    """The bundled example, "June 2" made "June 3", and round-2-date's pin set to
    `sentence`."""
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("on June 2 in", "on June 3 in", 1), encoding="utf-8")
    lock = claims.with_name(claims.stem + ".lock.json")
    document = json.loads(lock.read_text(encoding="utf-8"))
    for claim_id in ("round-2-date", "round-2-venue", "round-1-date"):
        document["claims"][claim_id]["sentence"] = sentence
    lock.write_text(json.dumps(document), encoding="utf-8")
    return claims


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("word " * 20_000 + SENTENCE, id="a-pinned-sentence-of-20000-words"),
        pytest.param(SENTENCE + " " + SENTENCE, id="the-claims-words-twice-in-it"),
    ],
)
def test_a_pinned_sentence_that_cannot_be_aligned_gives_the_findings_as_before(
    factcheck, tmp_path, sentence
) -> None:
    claims = _edited_with_pin(tmp_path, sentence)
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    report = run.report
    # Without the lock's sentence, the claims' contexts find the edit.
    [primary] = [f for f in report["findings"] if f["code"] == "FC207"]
    assert primary["message"].startswith("the article now says `June 3` where `round-2-date`")
    # The changed pins are reported as they are, not folded: the edit does not explain them.
    pinned = [f for f in report["findings"] if f["code"] == "FC205"]
    assert pinned and all(f["folded_into"] is None for f in pinned)


def test_a_pin_that_is_not_in_the_article_any_more_offers_no_other_sentence(
    factcheck, tmp_path
) -> None:
    claims = _edited_with_pin(
        tmp_path, "Talks took place on June 2 somewhere nobody wrote about, said no one."
    )
    report = factcheck("verify", claims, "--format", "json").report
    [primary] = [f for f in report["findings"] if f["code"] == "FC207"]
    assert primary["changes"][0]["new"] == "June 3"  # from the context, as without a lock

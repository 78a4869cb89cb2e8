"""Pinned sentences: `factcheck accept` records what a claim was verified against, and
`verify` reports a verified claim whose sentence changed since, even when its words survive."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS

ARTICLE_NAME = BUNDLED_ARTICLE.name


def _copy_example(tmp_path: Path, with_lock: bool = False) -> Path:
    """The bundled claims file and article in a folder of their own; returns the claims path."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    claims = tmp_path / "claims" / BUNDLED_CLAIMS.name
    shutil.copy(BUNDLED_CLAIMS, claims)
    shutil.copy(BUNDLED_ARTICLE, tmp_path / "articles" / ARTICLE_NAME)
    if with_lock:
        lock = BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json")
        shutil.copy(lock, claims.with_name(lock.name))
    return claims


def _edit_article(claims: Path, old: str, new: str) -> None:
    article = claims.parent.parent / "articles" / ARTICLE_NAME
    text = article.read_text(encoding="utf-8")
    assert text.count(old) == 1
    article.write_text(text.replace(old, new), encoding="utf-8")


def test_the_bundled_example_ships_its_lock_and_passes_it(factcheck) -> None:
    lock = json.loads(BUNDLED_CLAIMS.with_name(BUNDLED_CLAIMS.stem + ".lock.json").read_text())
    assert lock["version"] == 1
    assert len(lock["claims"]) == 58  # every verified claim
    assert "round-2-date" in lock["claims"]
    assert factcheck("verify", "--format", "json").findings("FC205") == []


def test_accept_writes_a_sorted_lock_beside_the_claims_file_and_leaves_the_yaml(
    factcheck, tmp_path
) -> None:
    claims = _copy_example(tmp_path)
    before = claims.read_bytes()
    run = factcheck("accept", "--file", claims)
    assert run.code == 0, run.out + run.err
    lock_file = claims.with_name(claims.stem + ".lock.json")
    assert run.out.startswith(f"accepted 58 claims in {lock_file}")
    assert claims.read_bytes() == before
    lock = json.loads(lock_file.read_text())
    assert list(lock["claims"]) == sorted(lock["claims"])
    assert lock["claims"]["round-2-venue"]["sentence"] == (
        "The latest peace talks between Russia and Ukraine took place on June 2 in Istanbul, "
        "following an earlier meeting on May 16."
    )
    assert "briefing-date" not in lock["claims"]  # unverified claims are not pinned


def test_a_changed_sentence_is_reported_with_a_word_diff_though_the_words_survive(
    factcheck, tmp_path
) -> None:
    claims = _copy_example(tmp_path, with_lock=True)
    _edit_article(claims, "meeting on May 16.", "meeting on May 16, which ended without a deal.")
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    pinned = {f["claim"]: f for f in run.findings("FC205")}
    # Every claim of that sentence still finds its words; FC205 is the only thing to catch it.
    assert set(pinned) == {"round-2-date", "round-2-venue", "round-1-date"}
    assert {f["code"] for f in run.findings() if f["claim"] in pinned} == {"FC205"}
    finding = pinned["round-1-date"]
    assert finding["message"].endswith(
        "has changed: The latest peace talks between Russia and Ukraine took place on June 2 "
        "in Istanbul, following an earlier meeting on May [-16.-] {+16, which ended without a "
        "deal.+}"
    )
    assert finding["article_line"] == 22
    assert "factcheck accept round-1-date" in finding["hint"]


def test_accepting_again_is_the_explicit_act_that_clears_it(factcheck, tmp_path) -> None:
    claims = _copy_example(tmp_path, with_lock=True)
    _edit_article(claims, "meeting on May 16.", "meeting on May 16, which ended without a deal.")
    assert factcheck("accept", "round-1-date", "--file", claims).code == 0
    remaining = {
        f["claim"] for f in factcheck("verify", "--format", "json", claims).findings("FC205")
    }
    assert remaining == {"round-2-date", "round-2-venue"}


def test_accept_refuses_what_is_not_verified_and_unknown_ids(factcheck, tmp_path) -> None:
    claims = _copy_example(tmp_path)
    run = factcheck("accept", "briefing-date", "--file", claims)
    assert run.code == 1
    assert run.out == "not accepted: briefing-date: it is unverified, not verified\n"
    assert not claims.with_name(claims.stem + ".lock.json").exists()
    run = factcheck("accept", "no-such-claim", "--file", claims)
    assert run.code == 2
    assert run.err == (
        "factcheck: error: no claim with id no-such-claim in the claims files checked\n"
    )


def test_a_damaged_lock_file_is_reported_where_it_is_damaged(factcheck, tmp_path) -> None:
    claims = _copy_example(tmp_path)
    lock_file = claims.with_name(claims.stem + ".lock.json")
    lock_file.write_text('{"version": 1,\n  "claims": {"round-2-date": {"sentence": \n')
    run = factcheck("verify", "--format", "json", claims)
    assert run.code == 1
    (finding,) = run.findings("FC206")
    assert finding["file"] == str(lock_file)
    assert finding["line"] == 3


def test_accept_says_why_a_broken_file_accepts_nothing(factcheck) -> None:
    run = factcheck("accept", "--file", "tests/fixtures/broken/syntax-unquoted-colon.yaml")
    assert run.code == 1
    assert run.out.startswith(
        "not accepted: tests/fixtures/broken/syntax-unquoted-colon.yaml: "
        "tests/fixtures/broken/syntax-unquoted-colon.yaml:17:21: FC101 "
    )


def test_accept_tells_a_file_from_a_claim_id(factcheck) -> None:
    run = factcheck("accept", "claims/2025-06-27-putin-third-round.yaml")
    assert run.code == 2
    assert run.err == (
        "factcheck: error: claims/2025-06-27-putin-third-round.yaml looks like a claims file; "
        "name files with --file claims/2025-06-27-putin-third-round.yaml\n"
    )

"""`factcheck accept` with no argument on a lock nobody touched changes nothing, and after
one edit changes that edit's lines only (it used to re-stamp every claim: a 116-line diff)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import bundled_copy

ARTICLE = "articles/2025-06-27-putin-third-round.md"


def _lock(claims: Path) -> Path:
    return claims.with_name(claims.stem + ".lock.json")


def test_accept_on_an_untouched_lock_changes_nothing(factcheck, tmp_path) -> None:
    claims = bundled_copy(tmp_path)
    before = _lock(claims).read_bytes()
    run = factcheck("accept", "--file", claims)
    assert run.code == 0, run.err
    assert run.out == f"nothing changed in {_lock(claims)}: 58 claims unchanged since accepted\n"
    assert _lock(claims).read_bytes() == before


def test_accept_after_one_edit_restamps_only_the_claims_it_touched(factcheck, tmp_path) -> None:
    claims = bundled_copy(tmp_path)
    before = json.loads(_lock(claims).read_text())["claims"]
    article = tmp_path / ARTICLE
    article.write_text(
        article.read_text().replace("meeting on May 16.", "meeting on May 16, without a deal.")
    )
    run = factcheck("accept", "--file", claims)
    assert run.code == 0, run.err
    assert run.out == (
        f"accepted 3 claims in {_lock(claims)} (55 claims unchanged since accepted)\n"
    )
    after = json.loads(_lock(claims).read_text())["claims"]
    changed = {claim for claim in after if after[claim] != before[claim]}
    assert changed == {"round-1-date", "round-2-date", "round-2-venue"}
    assert after["round-1-date"]["sentence"].endswith("meeting on May 16, without a deal.")
    assert after["round-1-date"]["accepted"] != before["round-1-date"]["accepted"]
    assert factcheck("verify", "--format", "json", claims).findings("FC205") == []


def test_naming_an_unchanged_claim_keeps_its_date(factcheck, tmp_path) -> None:
    claims = bundled_copy(tmp_path)
    before = _lock(claims).read_bytes()
    run = factcheck("accept", "round-2-date", "--file", claims)
    assert run.out == f"nothing changed in {_lock(claims)}: 1 claim unchanged since accepted\n"
    assert _lock(claims).read_bytes() == before

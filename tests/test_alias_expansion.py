"""Aliases may share a value, not multiply the file: expansion is bounded by the file's size.

A 2.1 MB file under the old limit of 200,000 values expanded to 944 MB of JSON. Now what a
document expands to, in characters with each alias at its full expansion, may be at most 4
times the file's size plus 1,000,000, and FC112 says how far it went and the limit.
"""

from __future__ import annotations

import pytest

from conftest import BUNDLED_CLAIMS
from factcheck.load.positioned_yaml import (
    EXPANSION_ALLOWANCE,
    EXPANSION_FACTOR,
    YamlProblem,
    load_positioned,
)

ARTICLE = """---
title: Talks
published: 2025-06-27T22:57:00+03:00
---

The latest peace talks took place on June 2 in Istanbul.
"""
CLAIM = (
    "  - {id: d, subject: s, property: date, type: date, value: 2025-06-02, text: June 2, "
    "status: verified, sources: *shared}\n"
)


def _wide_repetition(copies: int) -> str:
    """Few values, long texts, many aliases: small in values, huge in characters."""
    long_text = '"' + "x" * 1000 + '"'
    return (
        "article: {path: article.md}\n"
        "subjects: {s: {kind: event}}\n"
        f"padding: &pad [{', '.join([long_text] * 10)}]\n"
        f"copies: [{', '.join(['*pad'] * copies)}]\n"
    )


def test_a_small_file_that_expands_to_20_million_characters_is_fc112(factcheck, tmp_path) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    path = tmp_path / "claims.yaml"
    text = _wide_repetition(2000)  # 20 kB, 2,000 aliases: fewer than 22,000 values
    path.write_text(text)
    run = factcheck("verify", "--format", "json", path)
    assert "Traceback" not in run.out + run.err
    assert run.code == 1
    (finding,) = run.findings("FC112")
    assert (finding["line"], finding["column"]) == (4, len("copies: ") + 1)
    limit = EXPANSION_FACTOR * len(text) + EXPANSION_ALLOWANCE
    assert finding["message"] == (
        f"aliases expand this value to {1 + 2000 * (1 + 10 * 1001):,} characters; a file of "
        f"{len(text):,} characters may expand to at most {limit:,} (4 times its size plus "
        "1,000,000)"
    )
    assert "reference shared sources by id" in finding["hint"]


def test_the_limit_is_four_times_the_file_plus_a_million() -> None:
    def document(copies: int) -> str:
        return f'a: &a "{"x" * 10_000}"\nb: [{", ".join(["*a"] * copies)}]\n'

    def expanded(copies: int) -> int:
        # The root, keys `a` and `b` (a character and one each), the scalar (10,000 and
        # one), the list (one) and each alias at the scalar's full size.
        return 1 + 2 + 10_001 + 2 + 1 + copies * 10_001

    def limit(copies: int) -> int:
        return EXPANSION_FACTOR * len(document(copies)) + EXPANSION_ALLOWANCE

    fits = max(c for c in range(200) if expanded(c) <= limit(c))
    assert load_positioned(document(fits))[0]["b"][-1] == "x" * 10_000
    with pytest.raises(YamlProblem) as refused:
        load_positioned(document(fits + 1))
    assert refused.value.kind == "alias-bomb"
    assert refused.value.message.startswith(
        f"aliases expand this value to {expanded(fits + 1):,} characters; a file of "
        f"{len(document(fits + 1)):,} characters may expand to at most {limit(fits + 1):,}"
    )


def test_merge_keys_count_at_their_full_expansion() -> None:
    base = "{" + ", ".join(f"k{i}: {'y' * 1000}" for i in range(50)) + "}"
    text = f"base: &b {base}\nitems:\n" + "".join(f"  - {{<<: *b, n: {i}}}\n" for i in range(400))
    with pytest.raises(YamlProblem) as refused:
        load_positioned(text)
    assert refused.value.kind == "alias-bomb"
    assert (refused.value.position.line, refused.value.position.column) == (3, 3)  # the list


def test_shared_source_lists_through_aliases_still_pass(factcheck, tmp_path) -> None:
    (tmp_path / "article.md").write_text(ARTICLE)
    path = tmp_path / "claims.yaml"
    path.write_text(
        "article: {path: article.md}\n"
        "sources:\n  ki: {publisher: The Kyiv Independent, date: '2025-06-27'}\n"
        "subjects: {s: {kind: event}}\n"
        "shared-sources: &shared [ki]\n"
        "claims:\n" + CLAIM
    )
    run = factcheck("verify", "--format", "json", path)
    assert not run.findings("FC112")
    assert [f["code"] for f in run.findings()] == ["FC103"]  # `shared-sources` is unknown


def test_the_bundled_claims_file_with_an_alias_added_loads() -> None:
    text = BUNDLED_CLAIMS.read_text()
    data, _ = load_positioned(text + "\nextra: &e [a]\nagain: *e\n")
    assert data["again"] == ["a"]


def test_a_recursive_alias_is_still_refused() -> None:
    with pytest.raises(YamlProblem) as refused:
        load_positioned("a: &a [1, *a]\n")
    assert refused.value.kind == "alias-bomb"
    assert "recursive" in refused.value.message

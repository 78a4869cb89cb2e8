"""Whether a quote claim stands in quotation marks, found by bisection (issue 12).

`_in_quotes` once counted the double quotes between a paragraph's start and each claim: a
long paragraph of many claims made that quadratic. The quotes are now found once per text
and counted by bisection; these tests hold that the answers are the plain count's.
"""

from __future__ import annotations

import random
from pathlib import Path

from factcheck.article.normalize import count_between

FRONT = "---\ntitle: Quotes\npublished: 2025-06-02T21:00:00+03:00\n---\n\n"


def test_count_between_is_the_slice_count_for_any_bounds_and_text() -> None:
    chooser = random.Random(12)
    texts = ["", '"', 'a"b"c', '""""', *("".join(chooser.choices('ab" ', k=60)) for _ in range(40))]
    for text in texts:
        for _ in range(60):
            start = chooser.randint(-70, 70)
            end = chooser.randint(-70, 70)
            assert count_between(text, '"', start, end) == text[start:end].count('"'), (
                text,
                start,
                end,
            )
        # Another character over the same text is counted afresh, not from the cache.
        assert count_between(text, "a", 0, len(text)) == text.count("a")


def test_a_new_text_equal_to_an_old_one_is_still_counted_right() -> None:
    first = 'x "y" z'
    assert count_between(first, '"', 0, 3) == 1
    second = 'x y "z"'
    assert count_between(second, '"', 0, 3) == 0
    assert count_between(second, '"', 0, 7) == 2


def _quote_claims(quotes: list[tuple[str, bool]]) -> tuple[str, str]:
    """One long paragraph of phrases, quoted or not, and a quote claim for each."""
    parts = []
    for n, (words, quoted) in enumerate(quotes):
        parts.append(
            f'Speaker {n} said "{words}" today.' if quoted else f"Speaker {n} said {words}."
        )
    article = FRONT + " ".join(parts) + "\n"
    lines = [
        "version: 1",
        "article:",
        "  path: ../articles/quotes.md",
        "subjects:",
        "  speaker: {kind: person, name: Speaker}",
        "claims:",
    ]
    for n, (words, _) in enumerate(quotes):
        lines += [
            f"  - id: quote-{n}",
            "    type: quote",
            "    subject: speaker",
            "    property: quote",
            f"    value: {words}",
            f"    text: {words}",
            "    status: unverified",
        ]
    return article, "\n".join(lines) + "\n"


def test_quote_claims_in_one_long_paragraph_are_told_apart(factcheck, tmp_path: Path) -> None:
    quotes = [(f"we hold line {n} firmly", n % 3 != 0) for n in range(300)]
    article, claims = _quote_claims(quotes)
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "quotes.md").write_text(article, encoding="utf-8")
    claims_file = tmp_path / "claims" / "quotes.yaml"
    claims_file.write_text(claims, encoding="utf-8")

    run = factcheck("verify", claims_file, "--format", "json")

    unquoted = sorted(f["claim"] for f in run.findings("FC306"))
    assert unquoted == sorted(f"quote-{n}" for n, (_, quoted) in enumerate(quotes) if not quoted)
    assert run.code == 1
    first = next(f for f in run.findings("FC306") if f["claim"] == "quote-0")
    assert first["message"] == "the article does not put “we hold line 0 firmly” in quotation marks"
    assert first["article_line"] == 6

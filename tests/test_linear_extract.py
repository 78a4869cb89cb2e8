"""`factcheck extract` on a large article (issue 12): contexts counted in one pass over the
text a round, ids numbered without retrying every earlier number, uncovered mentions found
by bisection; the same draft as before."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE
from factcheck.article.reader import read_article
from factcheck.extract import draft
from factcheck.extract.builder import uncovered
from factcheck.mentions import find_mentions
from factcheck.mentions.model import Mention
from factcheck.safe_paths import ReadPolicy


def _repeated(folder: Path, copies: int) -> Path:
    source = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    end = source.index("\n---\n", 4) + len("\n---\n")
    path = folder / "big.md"
    path.write_text(source[:end] + source[end:] * copies, encoding="utf-8")
    return path


def test_contexts_counted_in_one_pass_are_those_a_search_each_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = read_article(_repeated(tmp_path, 3), "big.md", policy=ReadPolicy.at(tmp_path))
    text = article.text.text
    spans = [(m.start, m.end) for m in find_mentions(text, article.dateline)]
    # The bundled article once more, so that some contexts become unique and some do not.
    text += "\n" + read_article(BUNDLED_ARTICLE, "a.md").text.text.replace("June 2", "June 3")
    assert len(text) * len(spans) >= draft.ONE_PASS_FROM
    one_pass = draft.contexts_for(text, spans)
    monkeypatch.setattr(draft, "ONE_PASS_FROM", 10**18)
    assert one_pass == draft.contexts_for(text, spans)
    assert one_pass == [draft.context_for(text, start, end) for start, end in spans]
    assert None in one_pass and any(c is not None for c in one_pass)


def test_a_context_grows_at_most_its_bound() -> None:
    sentence = (
        " ".join(f"w{i}" for i in range(200))
        + " on June 2 "
        + " ".join(f"v{i}" for i in range(200))
    )
    text = sentence + ".\n" + sentence + "."
    start = text.index("June 2")
    context = draft.context_for(text, start, start + len("June 2"))
    assert context is not None
    words = context.split()
    assert len(words) == 2 * draft.MAX_CONTEXT_STEPS
    # The words, and a word each side for every step but the first (which tries the words).
    steps = draft.MAX_CONTEXT_STEPS - 1
    assert words[steps : steps + 2] == ["June", "2"]


def test_unique_ids_with_the_numbers_reached_are_those_without() -> None:
    chance = random.Random(9)
    bases = ["date-june-2", "date-june-2-2", "place-kyiv", "x"]
    plain: set[str] = set()
    remembered: set[str] = set()
    tried: dict[str, int] = {}
    for _ in range(2000):
        base = chance.choice(bases)
        if chance.random() < 0.05:  # an id taken from elsewhere (an existing claim)
            other = f"{base}-{chance.randint(2, 80)}"
            plain.add(other)
            remembered.add(other)
            continue
        assert draft.unique(base, remembered, tried) == draft.unique(base, plain)


def test_uncovered_mentions_are_those_no_span_overlaps() -> None:
    chance = random.Random(4)
    for _ in range(300):
        spans = [(a, a + chance.randint(0, 9)) for a in chance.sample(range(100), 8)]
        mentions = [
            Mention("date", a, a + chance.randint(1, 9), "x", None) for a in range(0, 110, 3)
        ]
        expected = [
            m for m in mentions if not any(m.start < end and start < m.end for start, end in spans)
        ]
        assert uncovered(mentions, spans) == expected


def test_extract_drafts_a_claim_for_every_mention_of_a_long_article(
    factcheck, tmp_path: Path
) -> None:
    article = _repeated(tmp_path, 30)
    out = tmp_path / "draft.yaml"
    run = factcheck("extract", article, "--output", out)
    assert run.code == 0, run.err
    read = read_article(article, "a", policy=ReadPolicy.at(tmp_path))
    mentions = find_mentions(read.text.text, read.dateline)
    ids = [
        line.split(": ", 1)[1]
        for line in out.read_text().splitlines()
        if line.startswith("  - id: ")
    ]
    assert run.out.startswith(f"wrote {len(ids)} draft claims to ")
    assert len(ids) == len(set(ids))
    # Thirty copies of one article: a mention whose sentence the article repeats word for
    # word has no context that picks it out, so it is named, not drafted (a claim of it
    # would fail verify's first check); every other mention is drafted.
    repeated = re.search(r"not drafted \((\d+) mentions in a passage the article repeats", run.out)
    assert repeated is not None, run.out
    assert len(ids) + int(repeated.group(1)) == len(mentions)

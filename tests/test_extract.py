"""`factcheck extract`: a draft claims file from an article, and additions to a person's file."""

from __future__ import annotations

import shutil

import pytest

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, ROOT
from factcheck.config import Config
from factcheck.engine import check_file
from factcheck.load.positioned_yaml import load_positioned


@pytest.fixture
def real_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG")


def _gold_spans(text: str) -> list[tuple[str, int, int]]:
    """The gold annotations of the bundled article, as (kind, start, end) in `text`."""
    gold, _ = load_positioned(
        (ROOT / "tests" / "gold" / f"{BUNDLED_ARTICLE.stem}.yaml").read_text()
    )
    spans = []
    for entry in gold["mentions"]:
        start = -1
        for _ in range(entry.get("occurrence", 0) + 1):
            start = text.find(entry["text"], start + 1)
        assert start != -1, entry
        spans.append((entry["kind"], start, start + len(entry["text"])))
    return spans


def test_extract_drafts_a_valid_file_that_covers_every_gold_mention(
    factcheck, real_config, tmp_path, monkeypatch
) -> None:
    shutil.copy(BUNDLED_ARTICLE, tmp_path)
    monkeypatch.chdir(tmp_path)
    run = factcheck("extract", BUNDLED_ARTICLE.name)
    assert run.code == 0, run.err
    draft = tmp_path / "claims" / f"{BUNDLED_ARTICLE.stem}.yaml"
    assert run.out == f"wrote 71 draft claims to claims/{draft.name} (every one unverified)\n"
    assert factcheck("validate", draft).code == 0
    report = factcheck("verify", "--format", "json", draft).report
    assert report["summary"]["errors"] == 0
    assert {f["code"] for f in report["findings"]} == {"FC425"}  # every claim unverified
    assert {c["status"] for c in report["claims"]} == {"unverified"}
    assert report["summary"]["covered"] == report["summary"]["mentions"]
    # Every gold mention (annotated by hand, not by the finder) is covered by a drafted claim.
    result = check_file(draft, "draft", Config())
    text = result.article_text or ""
    spans = [claim.span for claim in result.claims if claim.span]
    assert len(spans) == len(result.claims) == 71
    missed = [
        (kind, text[start:end])
        for kind, start, end in _gold_spans(text)
        if not any(start < e and s < end for s, e in spans)
    ]
    assert missed == []


def test_the_draft_reads_like_a_person_wrote_it(factcheck, real_config, tmp_path, monkeypatch):
    shutil.copy(BUNDLED_ARTICLE, tmp_path)
    monkeypatch.chdir(tmp_path)
    factcheck("extract", BUNDLED_ARTICLE.name, "--output", "draft.yaml")
    data, _ = load_positioned((tmp_path / "draft.yaml").read_text())
    claims = {claim["id"]: claim for claim in data["claims"]}
    assert claims["date-june-2"]["value"] == "2025-06-02"
    assert claims["date-late-may"]["value"] == "2025-05-21/2025-05-31"
    assert claims["pair-1-000-for-1-000"]["value"] == [1000, 1000]
    assert (claims["number-up-to-1-200"]["value"], claims["number-up-to-1-200"]["qualifier"]) == (
        1200,
        "up to",
    )
    assert claims["duration-2-3-day"]["value"] == {"min": "P2D", "max": "P3D"}
    assert claims["duration-2-3-day"]["text"] == "2–3-day"  # the article's own en dash
    assert claims["ordinal-third-round"]["context"]  # "third round" is in the title too
    # "Putin said": the speaker is the Vladimir Putin the article names in full.
    assert claims["quote-quite-possible"]["subject"] == "vladimir-putin"
    assert "putin" not in data["subjects"]


def test_extract_never_overwrites(factcheck, tmp_path, monkeypatch) -> None:
    shutil.copy(BUNDLED_ARTICLE, tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text("# my own notes\n")
    run = factcheck("extract", BUNDLED_ARTICLE.name, "--output", "mine.yaml")
    assert run.code == 2
    assert run.err == "factcheck: error: mine.yaml exists; use --update mine.yaml to add to it\n"
    assert (tmp_path / "mine.yaml").read_text() == "# my own notes\n"


def test_update_adds_only_what_no_claim_covers_and_keeps_every_line(
    factcheck, real_config, tmp_path
) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles").mkdir()
    claims = tmp_path / "claims" / BUNDLED_CLAIMS.name
    shutil.copy(BUNDLED_CLAIMS, claims)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = BUNDLED_ARTICLE.read_text().replace(
        "meeting on May 16.", "meeting on May 16. The third round took place on July 23."
    )
    article.write_text(text)
    before = claims.read_text().splitlines()
    run = factcheck("extract", article, "--update", claims)
    assert run.code == 0, run.err
    assert run.out.startswith("added 2 draft claims (unverified) and 1 subjects to ")
    after = claims.read_text().splitlines()
    # Every original line is there, in order; only new lines were inserted.
    remaining = iter(after)
    assert all(any(line == other for other in remaining) for line in before)
    assert len(after) > len(before)
    assert "    text: July 23" in after
    report = factcheck("verify", "--format", "json", claims).report
    assert report["summary"]["errors"] == 0
    assert report["summary"]["covered"] == report["summary"]["mentions"]
    run = factcheck("extract", article, "--update", claims)
    assert run.out == f"{claims} already covers every mention of {article}\n"


def test_an_undated_article_takes_its_date_from_published(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "note.txt").write_text("Up to 1,200 prisoners were swapped on June 2.\n")
    run = factcheck("extract", "note.txt")
    assert run.code == 2
    assert run.err.endswith("cannot be read: give it with --published 2025-06-27\n")
    run = factcheck("extract", "note.txt", "--published", "2025-06-27")
    assert run.code == 0
    data, _ = load_positioned((tmp_path / "claims" / "note.yaml").read_text())
    assert data["article"]["published"] == "2025-06-27T00:00:00Z"
    assert {c["id"]: c["value"] for c in data["claims"]}["date-june-2"] == "2025-06-02"


def test_an_article_with_no_fact_gets_no_draft(factcheck, tmp_path) -> None:
    """A claims file needs a claim: extract says so instead of writing one that cannot load."""
    (tmp_path / "empty.md").write_text("---\ntitle: Notes\n---\n\nNothing to see here.\n")
    draft = tmp_path / "draft.yaml"
    run = factcheck(
        "extract", tmp_path / "empty.md", "--published", "2025-06-27", "--output", draft
    )
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: {tmp_path / 'empty.md'} mentions no fact a claim could check (no date, "
        "number, duration, ordinal, quote, titled person or place): no draft written\n"
    )
    assert not draft.exists()


def test_a_markdown_article_with_lone_carriage_returns_is_read(factcheck, tmp_path) -> None:
    """markdown-it counts a lone CR as a line break; reading such an article used to crash."""
    article = tmp_path / "cr.md"
    article.write_bytes(
        b"---\ntitle: Talks\npublished: 2025-06-27T22:57:00+03:00\n---\n\r \r"
        b"The talks took place on June 2 in Istanbul.\n"
    )
    draft = tmp_path / "draft.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    assert 'value: "2025-06-02"' in draft.read_text()


def test_published_given_for_an_article_that_states_it(factcheck, tmp_path) -> None:
    """The article's own dateline wins; a --published that disagrees with it is refused."""
    article = tmp_path / "dated.md"
    article.write_text(
        "---\ntitle: Talks\npublished: 2025-06-27T22:57:00+03:00\n---\n\n"
        "The talks took place on June 2 in Istanbul.\n"
    )
    same = tmp_path / "same.yaml"
    run = factcheck("extract", article, "--published", "2025-06-27", "--output", same)
    assert run.code == 0, run.err
    assert "published" not in same.read_text()  # the article's, to the second, is used
    assert factcheck("verify", same, "--format", "json").findings("FC114") == []
    other = tmp_path / "other.yaml"
    run = factcheck("extract", article, "--published", "2025-06-28", "--output", other)
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: {article} says it was published on 2025-06-27, not 2025-06-28: "
        "drop --published (it is for articles that give no date)\n"
    )
    assert not other.exists()


def test_control_characters_in_an_article_reach_the_draft_escaped(factcheck, tmp_path) -> None:
    """YAML forbids C0/C1 controls even in quotes: the draft escapes them, so it loads."""
    article = tmp_path / "controls.md"
    article.write_text(
        '---\ntitle: "Talks \\x9b2J \\x1b[31m"\npublished: 2025-06-27T22:57:00+03:00\n---\n\n'
        "The talks took place on June 2 in Istanbul.\n"
    )
    draft = tmp_path / "draft.yaml"
    assert factcheck("extract", article, "--output", draft).code == 0
    assert "\\u009b2J \\u001b[31m" in draft.read_text()
    findings = factcheck("verify", draft, "--format", "json").findings()
    assert [f for f in findings if f["code"].startswith("FC1")] == []

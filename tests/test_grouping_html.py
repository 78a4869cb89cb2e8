"""The HTML report of an edited article: one card per edit (FC207), the findings it caused
collapsed in it, and the changed words marked from the findings' structured changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy


@pytest.fixture(autouse=True)
def _project_configuration(factcheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration a newsroom runs (the test suite's own turns FC501 off)."""
    monkeypatch.delenv("FACTCHECK_CONFIG")


def _report(factcheck, tmp_path: Path, old: str, new: str) -> str:
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text(encoding="utf-8")
    assert text.count(old) == 1
    article.write_text(text.replace(old, new), encoding="utf-8")
    out = tmp_path / "report.html"
    run = factcheck("verify", claims, "--format", "html", "--output", out)
    assert run.code == 1
    return out.read_text(encoding="utf-8")


def test_the_edit_is_one_failed_card_with_what_it_caused_collapsed_in_it(
    factcheck, tmp_path
) -> None:
    page = _report(factcheck, tmp_path, "on June 2 in Istanbul", "on June 3 in Istanbul")
    failures = page[page.index('id="failures"') : page.index('id="warnings"')]
    assert "<h2>Failed (1)</h2>" in failures
    cards = re.findall(r'<article class="finding fi [^"]*">', failures)
    assert len(cards) == 1
    # The message shows the new words inserted and the claim's words deleted.
    assert (
        "the article now says <ins>June 3</ins> where `round-2-date` says <del>June 2</del>"
        in failures
    )
    details = re.search(r'<details class="folded"><summary>(.*?)</summary>(.*?)</details>', page)
    assert details and details.group(1) == "4 more findings from this edit"
    folded = re.findall(r'<article class="finding folded-card [^"]*"><h3><code>(FC\d+)', page)
    assert sorted(folded) == ["FC203", "FC203", "FC205", "FC501"]
    # The changed words are marked in the article from the structured change (in pieces
    # where other marks, the nearest passage's, cross them).
    marked = re.findall(r'<mark class="chg" title="([^"]*)">([^<]*)</mark>', page)
    assert "".join(words for _, words in marked) == "June 3"
    assert all("now says “June 3” where it said “June 2” (FC207" in title for title, _ in marked)


def test_a_changed_word_inside_a_long_claim_is_marked_alone(factcheck, tmp_path) -> None:
    page = _report(factcheck, tmp_path, "in limited areas", "in some areas")
    marked = re.findall(r'<mark class="chg" title="([^"]*)">([^<]*)</mark>', page)
    assert [words for _, words in marked] == ["some"]
    assert "now says “some” where it said “limited”" in marked[0][0]

"""FC501 carries the uncovered words as data (issue 15, item 2): the HTML report marks them
where the finder found them, never by reading the message.

A fact the article states twice, both times unclaimed, used to be marked nowhere (the message's
quoted words stood twice, so which one was meant was not known); now each is marked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import BUNDLED_ARTICLE, bundled_copy

ADDED = "Turkey previously hosted"
NEW = "Negotiators said they would meet again on July 23. "


@pytest.fixture(autouse=True)
def _project_configuration(factcheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration a newsroom runs (the test suite's own turns FC501 off)."""
    monkeypatch.delenv("FACTCHECK_CONFIG")


def _with_new_facts(tmp_path: Path, times: int) -> tuple[Path, str]:
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = article.read_text(encoding="utf-8")
    assert text.count(ADDED) == 1
    text = text.replace(ADDED, NEW * times + ADDED)
    article.write_text(text, encoding="utf-8")
    return claims, text


def _place(text: str, words: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def test_an_uncovered_fact_names_its_words_and_place_in_the_json_report(
    factcheck, tmp_path
) -> None:
    claims, text = _with_new_facts(tmp_path, 1)
    run = factcheck("verify", claims, "--format", "json")
    [finding] = [f for f in run.report["findings"] if f["code"] == "FC501"
                 and f["message"].startswith("“July 23”")]  # fmt: skip
    line, column = _place(text, "July 23", 0)
    assert (finding["article_line"], finding["article_column"]) == (line, column)
    assert finding["changes"] == [
        {
            "kind": "mention",
            "old": "",
            "new": "July 23",
            "article_line": line,
            "article_column": column,
            "claims": [],
        }
    ]
    assert finding["folded_into"] is None  # a new fact, not an edit under a claim


def test_the_html_report_marks_each_uncovered_fact_even_when_its_words_repeat(
    factcheck, tmp_path
) -> None:
    claims, _text = _with_new_facts(tmp_path, 2)
    out = tmp_path / "report.html"
    factcheck("verify", claims, "--format", "html", "--output", out)
    page = out.read_text(encoding="utf-8")
    marks = re.findall(r'<span class="unc" title="([^"]*)">([^<]*)</span>', page)
    july = [title for title, words in marks if words == "July 23"]
    assert len(july) == 2
    assert all(title == "“July 23” is a fact no claim covers (FC501)." for title in july)

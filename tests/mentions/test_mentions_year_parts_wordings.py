"""More wordings of a year's quarter or half: "the final quarter of 2012", "the last half of
1989" (the year's last, only with its year: "last quarter" alone is the one before this),
the quarter earnings copy gives its figure with ("a loss for the third quarter of $226.3
million"), and a quarter named by its months ("the October-December quarter"). Sentences
written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from date_mentions import found_dates

ANCHOR = datetime.date(2013, 3, 21)

# fmt: off
FOUND = [
    ("GDP contracted in the final quarter of 2012.",
     [("the final quarter of 2012", "2012-10-01/2012-12-31")]),
    ("GDP contracted in the last quarter of 2012.",
     [("the last quarter of 2012", "2012-10-01/2012-12-31")]),
    ("Sales slowed in the last half of 1989.",
     [("the last half of 1989", "1989-07-01/1989-12-31")]),
    ("Output will rise in the final quarter of this year.",
     [("the final quarter of this year", "2013-10-01/2013-12-31")]),
    ("The bank announced a loss for the third quarter of $226.3 million.",
     [("the third quarter", "2012-07-01/2012-09-30")]),
    ("It posted net income for the second quarter of US$8.6 million.",
     [("the second quarter", "2012-04-01/2012-06-30")]),
    # a quarter named by its months, the latest begun by the dateline without a year
    ("The economy grew 0.3% in the October-December quarter.",
     [("the October-December quarter", "2012-10-01/2012-12-31")]),
    ("Profit rose in the July-September period.",
     [("the July-September period", "2012-07-01/2012-09-30")]),
    ("Sales fell in the January-May quarter.", []),       # five months are no quarter
    # the one before this; a game's; a fraction
    ("Margins widened last quarter.", [("last quarter", "2012-10-01/2012-12-31")]),
    ("He scored twice in the final quarter.", []),
    ("The Bulls led in the final quarter of the game.", []),
    ("The first quarter of 1,000 runners finished.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_the_wording_names_the_quarter_or_half(sentence: str, expected: list) -> None:
    assert found_dates(sentence, ANCHOR) == expected


def test_a_draft_of_the_final_quarter_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: GDP\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "The economy shrank 0.5% in the final quarter of 2012, the agency said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: the final quarter of 2012" in text, text
    assert 'value: "2012-10-01/2012-12-31"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0
    wrong = text.replace('"2012-10-01/2012-12-31"', '"2012-07-01/2012-09-30"')
    draft.write_text(wrong, encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1
    assert run.findings("FC301")


def test_a_draft_of_a_quarter_named_by_its_months_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "story.md"
    article.write_text(
        "---\ntitle: GDP\npublished: 2013-03-21T12:00:00-04:00\n---\n\n"
        "Japan's economy grew 0.2% in the October-December quarter, the government said.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "story.yaml"
    run = factcheck("extract", article, "--output", draft)
    assert run.code == 0, run.err
    text = draft.read_text(encoding="utf-8")
    assert "text: the October-December quarter" in text, text
    assert 'value: "2012-10-01/2012-12-31"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

"""A quote's future words end with the quote: "... will rise.'' The rate dropped in December"
reads December behind the dateline. The finder and `verify` read it alike (values.direction),
and a draft of such a date verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import extract_draft

from factcheck.mentions import find_mentions
from factcheck.values.direction import read_date_at

FEBRUARY = datetime.date(1998, 2, 6)


def _read(text: str, words: str) -> str | None:
    start = text.rindex(words)
    value = read_date_at(words, FEBRUARY, text, start, start + len(words))
    return value.edtf() if value else None


# fmt: off
CASES = [
    # the quote's "will" ends with the quote: the next sentence's month is behind
    ("``Prices will rise in the spring.'' The rate declined from 4.1 percent in December.",
     "in December", "1997-12"),
    ('"Prices will rise in the spring." The rate declined from 4.1 percent in December.',
     "in December", "1997-12"),
    ("'Prices will rise.' The rate dropped in December.", "in December", "1997-12"),
    # the future words of the date's own sentence still count, inside a quote or after one
    ("``Prices rose.'' The bank will decide in December.", "in December", "1998-12"),
    ("``The bank will decide in December,'' he said.", "in December", "1998-12"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words", "edtf"), CASES)
def test_a_quotes_future_words_end_with_the_quote(text: str, words: str, edtf: str) -> None:
    assert _read(text, words) == edtf
    dates = [m for m in find_mentions(text, FEBRUARY) if m.kind == "date"]
    [found] = [m for m in dates if m.text == words.removeprefix("in ")]
    assert found.value.edtf() == edtf  # type: ignore[attr-defined]


def test_a_draft_after_a_quote_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(
        factcheck,
        tmp_path,
        "---\ntitle: Jobs\npublished: 1998-02-06T12:00:00-05:00\n---\n\n"
        '"Factories will cut jobs." The rate declined from 4.1 percent in December.\n',
        "jobs",
    )
    text = draft.read_text(encoding="utf-8")
    assert 'value: "1997-12"' in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

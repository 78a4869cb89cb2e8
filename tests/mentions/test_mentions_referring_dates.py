"""Words that date themselves by a quarter the story named: "a year earlier", "the year-ago
quarter", "the quarter" (values.reference). Where the story named no quarter they are no
mention at all, never the length "a year"."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from article_helpers import drafted_claims, extract_draft
from date_mentions import found_dates

from factcheck.mentions import find_mentions
from factcheck.values.direction import read_date_at

OCTOBER = datetime.date(2025, 10, 24)
Q3_2025 = "2025-07-01/2025-09-30"
Q3_2024 = "2024-07-01/2024-09-30"

# fmt: off
CASES = [
    ("Third-quarter profit rose to $50 million from $44 million a year earlier.",
     [("Third-quarter", Q3_2025), ("a year earlier", Q3_2024)]),
    ("Profit in the third quarter rose. In the year-ago quarter it was $44 million.",
     [("the third quarter", Q3_2025), ("the year-ago quarter", Q3_2024)]),
    ("In the year-earlier second quarter, the bank lost money.",
     [("the year-earlier second quarter", "2024-04-01/2024-06-30")]),
    ("The second quarter was strong. Sales in the quarter rose 5%.",
     [("The second quarter", "2025-04-01/2025-06-30"), ("the quarter", "2025-04-01/2025-06-30")]),
    ("The first quarter looked weak, and that quarter decided it.",
     [("The first quarter", "2025-01-01/2025-03-31"), ("quarter", "2025-01-01/2025-03-31")]),
    ("Sales for Q2 2023 fell. Costs in the quarter rose.",
     [("Q2 2023", "2023-04-01/2023-06-30"), ("the quarter", "2023-04-01/2023-06-30")]),
    # "a year ago": the quarter of its sentence, a year back; else the dateline's year before.
    ("Third-quarter net rose 8% from a year ago.", [("Third-quarter", Q3_2025),
                                                    ("a year ago", Q3_2024)]),
    ("The plant opened a year ago.", [("a year ago", "2024")]),
    # A year's quarter: named, or the story's quarter in the year named.
    ("Net for this year's third quarter was $14 million.",
     [("this year's third quarter", Q3_2025)]),
    ("Profit rose in the third quarter, against a loss in last year's quarter.",
     [("the third quarter", Q3_2025), ("last year's quarter", Q3_2024)]),
    ("The plant opens in next year's first quarter.",
     [("next year's first quarter", "2026-01-01/2026-03-31")]),
    # A year's quarter is a period named by its own noun: its "the" is in the span.
    ("In the 2023 second quarter, it lost money.",
     [("the 2023 second quarter", "2023-04-01/2023-06-30")]),
    ("Profit rose in the third quarter, against a loss in the 2024 quarter.",
     [("the third quarter", Q3_2025), ("the 2024 quarter", Q3_2024)]),
    ("It won in 2023 a quarter of the vote.", [("2023", "2023")]),
    # No quarter named before: no date, and no duration "a year" either.
    ("A year earlier, the company had warned of weak demand.", []),
    ("Sales in the quarter rose 5%.", []),
    # Or earlier in the story, with no other period of results named since.
    ("The third quarter was strong. Costs were lower a year earlier.",
     [("The third quarter", Q3_2025), ("a year earlier", Q3_2024)]),
    ("Third-quarter net rose to $5 million. It cited demand. Sales fell from a year ago.",
     [("Third-quarter", Q3_2025), ("a year ago", Q3_2024)]),
    ("The third quarter was strong. It cited demand. Costs rose. Sales fell a year earlier.",
     [("The third quarter", Q3_2025), ("a year earlier", Q3_2024)]),
    ("Third-quarter net rose.\nIt cited demand.\nLoans in the quarter were $6 million, "
     "against $9 million a year ago.",
     [("Third-quarter", Q3_2025), ("the quarter", Q3_2025), ("a year ago", Q3_2024)]),
    ("Third-quarter net rose. For the nine months, net was $9 million against $7 million a "
     "year earlier.", [("Third-quarter", Q3_2025)]),
    ("Third-quarter net rose. In the first half, sales fell from a year ago.",
     [("Third-quarter", Q3_2025), ("the first half", "2025-01-01/2025-06-30"),
      ("a year ago", "2024")]),
    # "the year-ago period", "the latest period", "the 2024 period": the story's quarter,
    # when the last period of results it named is a quarter begun by the dateline.
    ("Third-quarter net rose to $5 million. In the year-ago period, it earned $4 million.",
     [("Third-quarter", Q3_2025), ("the year-ago period", Q3_2024)]),
    ("Net rose in the third quarter. Sales in the latest period were $2 billion.",
     [("the third quarter", Q3_2025), ("the latest period", Q3_2025)]),
    ("Third-quarter net rose. In the 2024 period, it lost money.",
     [("Third-quarter", Q3_2025), ("the 2024 period", Q3_2024)]),
    ("Third-quarter net rose. For the nine months, net was $9 million, against $7 million in "
     "the year-earlier period.", [("Third-quarter", Q3_2025)]),
    ("Analysts expect losses in the first quarter of 2026. The latest period was weak.",
     [("the first quarter of 2026", "2026-01-01/2026-03-31")]),
    ("Sales in the latest period rose.", []),
    # "year-earlier", "year-ago" before another noun, as "third-quarter" before "profit".
    ("Net fell in the third quarter, compared with a year-earlier loss of $6 million.",
     [("the third quarter", Q3_2025), ("year-earlier", Q3_2024)]),
    ("Third-quarter net rose. Year-earlier results included a gain.",
     [("Third-quarter", Q3_2025), ("Year-earlier", Q3_2024)]),
    ("Third-quarter net rose. For the nine months, it lost $9 million, against year-earlier "
     "net income of $2 million.", [("Third-quarter", Q3_2025)]),
    ("Year-ago results included a gain.", []),
    # A quarter that is no part of a year.
    ("Profit rose in the third quarter. A quarter of the staff left the quarter of the city.",
     [("the third quarter", Q3_2025)]),
    ("He scored in the third quarter and again late in the quarter.", []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_referring_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found_dates(sentence, OCTOBER) == expected


def test_a_year_earlier_without_a_quarter_is_no_duration() -> None:
    text = "A year earlier, the company had warned of weak demand."
    assert [m.kind for m in find_mentions(text, OCTOBER)] == []


def test_verify_reads_the_words_as_the_finder_does() -> None:
    text = "Third-quarter profit rose to $50 million from $44 million a year earlier."
    start = text.index("a year earlier")
    value = read_date_at("a year earlier", OCTOBER, text, start, start + 14)
    assert value is not None and value.edtf() == Q3_2024
    # The same words with no quarter before them in the sentence: no value.
    assert read_date_at("a year earlier", OCTOBER, "Costs fell a year earlier.", 11, 25) is None


ARTICLE = """\
---
title: Acme profit rises
published: 2025-10-24T09:00:00Z
---

Acme said its third-quarter net income rose to $50 million from $44 million a year earlier.

Sales in the quarter climbed to $1.2 billion. In the year-ago quarter, sales were $1.1 billion.

A year earlier, the company had warned of weak demand.
"""


def test_an_earnings_draft_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "acme")
    text = draft.read_text(encoding="utf-8")
    assert "text: a year earlier" in text and f'value: "{Q3_2024}"' in text
    assert "text: the year-ago quarter" in text
    assert "text: the quarter\n" in text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert {f["code"] for f in run.report["findings"]} == {"FC425"}


NEXT_SENTENCE = """\
---
title: Acme profit rises
published: 2025-10-24T09:00:00Z
---

Acme said its third-quarter net income rose to $50 million from a year-earlier $44 million.

Revenue fell to $900 million from $1 billion a year earlier, the company said.
In the year-ago period, Acme had cut 300 jobs.
"""


def test_a_draft_dated_by_the_sentence_before_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, NEXT_SENTENCE, "acme")
    claims = drafted_claims(draft)
    dates = [(c["text"], c["value"]) for c in claims if c["type"] == "date"]
    assert dates == [
        ("third-quarter", Q3_2025),
        ("year-earlier", Q3_2024),
        ("a year earlier", Q3_2024),
        ("the year-ago period", Q3_2024),
    ]
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    assert run.report["summary"]["errors"] == 0

"""TempEval-3 benchmark: a clock time with the day written right after it ("10 p.m.
Wednesday", "5 p.m. EST, Nov. 6") is one TIMEX3 of type TIME on that day, as TimeML writes
it, not a time on the DCT's day and a separate date. TimeML written for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import timeml_document


def _system(body: str) -> list[tuple[str, str, str]]:
    document = timeml_document(body, "1989-10-27", "Oct. 27, 1989")
    return [(t.text, t.type, t.value) for t in tempeval3.system_timexes(document)]


# fmt: off
CASES = [
    ("The offer expired at 5 p.m. EST, Oct. 20.",
     [("5 p.m. EST, Oct. 20", "TIME", "1989-10-20T17:00")]),
    ("The polls closed at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "TIME", "1989-10-25T22:00")]),
    ("The strike began at noon Thursday.", [("noon Thursday", "TIME", "1989-10-26T12:00")]),
    # apart from a day, a clock time keeps the DCT's day; a day alone stays a date
    ("The polls closed at 10 p.m., officials said.", [("10 p.m.", "TIME", "1989-10-27T22:00")]),
    ("The polls closed Wednesday at 10 p.m.",
     [("Wednesday", "DATE", "1989-10-25"), ("10 p.m.", "TIME", "1989-10-27T22:00")]),
    # a part of the day is no clock time: "Wednesday night" is its own TIMEX3
    ("Talks ran to 10 p.m. and resumed Wednesday night.",
     [("10 p.m.", "TIME", "1989-10-27T22:00"), ("Wednesday night", "TIME", "1989-10-25TNI")]),
]
# fmt: on


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_time_and_its_day_are_one_timex3(body: str, expected: list) -> None:
    assert _system(body) == expected

"""TempEval-3 benchmark: a range the finder reads as one interval is written as TimeML writes
a range, a TIMEX3 per end ("between <TIMEX3>1994</TIMEX3> and <TIMEX3>1997</TIMEX3>").
TimeML written for these tests."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import tempeval3
from article_helpers import timeml_document

DCT = datetime.date(1989, 10, 27)  # a Friday


def _system(body: str) -> list[tuple[str, str, str]]:
    document = timeml_document(body, "1989-10-27", "Oct. 27, 1989")
    return [(t.text, t.type, t.value) for t in tempeval3.system_timexes(document)]


# fmt: off
CASES = [
    ("Output doubled between 1994 and 1997.",
     [("1994", "DATE", "1994"), ("1997", "DATE", "1997")]),
    ("He served from 1991 to 1997.", [("1991", "DATE", "1991"), ("1997", "DATE", "1997")]),
    ("Shares traded from Aug. 26 to Oct. 20.",
     [("Aug. 26", "DATE", "1989-08-26"), ("Oct. 20", "DATE", "1989-10-20")]),
    # the second end is the weekday the range ends on, as the finder read the range
    ("The offer ran from Sept. 14 to Thursday.",
     [("Sept. 14", "DATE", "1989-09-14"), ("Thursday", "DATE", "1989-10-26")]),
    # no end alone is a date: one TIMEX3, valued by the interval rules
    ("The fair ran June 2-4.", [("June 2-4", "DATE", "1989-06-02")]),
    ("Sales peaked in mid-1988.", [("mid-1988", "DATE", "1988")]),
]
# fmt: on


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_range_is_a_timex3_per_end(body: str, expected: list) -> None:
    assert _system(body) == expected


def test_a_range_matches_both_gold_ends(tmp_path: Path) -> None:
    """Scored against TimeML's own annotation of a range, both ends match strictly."""
    document = timeml_document(
        'Output doubled between <TIMEX3 tid="t1" type="DATE" value="1994">1994</TIMEX3>'
        ' and <TIMEX3 tid="t2" type="DATE" value="1997">1997</TIMEX3>.',
        "1989-10-27",
        "Oct. 27, 1989",
    )
    alignment = tempeval3.align(
        "d", document.text, document.timexes, tempeval3.system_timexes(document)
    )
    assert [(p.gold.text, p.system.text, p.system.value) for p in alignment.pairs] == [
        ("1994", "1994", "1994"),
        ("1997", "1997", "1997"),
    ]
    assert alignment.missed == [] and alignment.false == []

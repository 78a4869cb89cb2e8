"""A bare weekday takes the reading of the same weekday named just before (rule 7); the
mentions before it are found in one scan of the text, so a text of many weekdays costs one
scan, not one per weekday (a pull request writes the article: work must stay linear)."""

from __future__ import annotations

import datetime

from factcheck.mentions import find_mentions
from factcheck.values import direction

ANCHOR = datetime.date(2025, 6, 27)  # a Friday


def _dates(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.edtf()) for m in find_mentions(text, ANCHOR) if m.kind == "date"]


def test_a_bare_weekday_takes_the_reading_of_the_same_weekday_named_ahead_before_it() -> None:
    text = (
        "The envoys will be at the new peace talks Monday. "
        "The ministers said the visit created a good atmosphere for Monday's meetings."
    )
    assert _dates(text) == [("Monday", "2025-06-30"), ("Monday", "2025-06-30")]


def test_a_weekday_in_another_case_or_folded_letters_is_the_same_day() -> None:
    assert direction._weekday_before("They met on MONDAY. Then Monday", "monday", 20) == (12, 18)
    assert direction._weekday_before("Tue\u017fday came.", "Tuesday", 12) == (0, 7)
    assert direction._weekday_before("Mondays are dull.", "Monday", 17) is None
    assert direction._weekday_before("Friday.", "Monday", 7) is None


def test_the_weekdays_of_a_long_text_are_scanned_once(monkeypatch) -> None:
    scans = []
    pattern = direction._ANY_WEEKDAY()

    class Counted:
        def finditer(self, text):  # type: ignore[no-untyped-def]
            scans.append(len(text))
            return pattern.finditer(text)

        def fullmatch(self, text):  # type: ignore[no-untyped-def]
            return pattern.fullmatch(text)

    monkeypatch.setattr(direction, "_ANY_WEEKDAY", lambda: Counted())
    text = "The envoys will meet Monday. " + "They spoke of Monday's talks. " * 300
    found = _dates(text)
    assert len(found) == 301  # only the nearest earlier mention is read: no chain
    assert found[:3] == [("Monday", "2025-06-30")] * 2 + [("Monday", "2025-06-23")]
    assert len(scans) == 1

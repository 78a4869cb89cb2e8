"""Month names do not follow the process's locale: a run whose LC_TIME is German (a test
session that called setlocale, say) still reads "June 2" as June."""

from __future__ import annotations

import calendar
import importlib

import pytest

import factcheck.values._calendar as calendar_names


def test_month_names_are_english_whatever_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    german = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]  # fmt: skip
    monkeypatch.setattr(calendar, "month_name", german)
    try:
        reloaded = importlib.reload(calendar_names)
        assert reloaded.MONTHS["june"] == 6 and reloaded.MONTHS["may"] == 5
        assert "juni" not in reloaded.MONTHS
    finally:
        monkeypatch.undo()
        importlib.reload(calendar_names)

"""Patterns tried over a whole text only when it holds the words they cannot match without
("the summer", "the nineties", "the past decade"): a text without them never pays for the
scan, and one with them finds what it found before."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import dates, durations, find_mentions

ANCHOR = datetime.date(2025, 6, 27)
PROSE = (
    "The second round of talks in the capital ended on June 2. The parties said the "
    "authorities of both cities in the 2020s had 500 staff for three days."
)


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the guarded patterns asked for, in order."""
    asked: list[str] = []
    for module, name in (
        (dates, "_THE_SEASON"),
        (dates, "_THE_DECADE_WORD"),
        (durations, "_ONE_DECADE"),
    ):
        pattern = getattr(module, name)

        def counted(pattern=pattern, name=name):  # type: ignore[no-untyped-def]
            asked.append(name)
            return pattern()

        monkeypatch.setattr(module, name, counted)
    return asked


def test_prose_without_the_words_is_never_scanned(scans: list[str]) -> None:
    found = find_mentions(PROSE, ANCHOR)
    assert [m.text for m in found if m.kind == "date"] == ["June 2", "the 2020s"]
    assert scans == []


@pytest.mark.parametrize(
    ("sentence", "kind", "words", "scanned"),
    [
        ("Output rose in the fall.", "date", "the fall", "_THE_SEASON"),
        ("They will meet in the spring.", "date", "the spring", "_THE_SEASON"),
        ("Talks stalled in the winter of discontent.", None, None, "_THE_SEASON"),
        ("Rents doubled in the nineties here.", "date", "the nineties", "_THE_DECADE_WORD"),
        ("Rents doubled in the '90s here.", "date", "the '90s", "_THE_DECADE_WORD"),
        ("Rents doubled over the past decade.", "duration", "the past decade", "_ONE_DECADE"),
    ],
)
def test_a_text_with_the_words_is_scanned_and_found(
    scans: list[str], sentence: str, kind: str | None, words: str | None, scanned: str
) -> None:
    found = [(m.kind, m.text) for m in find_mentions(sentence, ANCHOR)]
    assert scanned in scans
    if kind is not None:
        assert (kind, words) in found
    else:
        assert not [m for m in found if m[0] == "date"]

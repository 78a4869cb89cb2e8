"""`_scan.occurrences`: where needle words start, as a `str.find` scan for each finds them,
whether answered by that scan or by the one-pass index of the needles asked before."""

from __future__ import annotations

import random

import pytest

from factcheck.mentions import _scan


@pytest.fixture(autouse=True)
def fresh_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no needle known, as a new process does."""
    monkeypatch.setattr(_scan, "_asked", {})
    monkeypatch.setattr(_scan, "_automaton", [])
    monkeypatch.setattr(_scan, "_indexed", [])
    monkeypatch.setattr(_scan, "_learning", [])


def _plain(text: str, needles: tuple[str, ...]) -> list[int]:
    found = []
    for needle in needles:
        at = text.find(needle)
        while at != -1:
            found.append(at)
            at = text.find(needle, at + 1)
    return found


QUESTIONS = [("-",), (" ago", "ago"), ("aa", "a"), (", ", "-", ", "), ("weekend",), ("é",), ("",)]


def test_the_same_places_in_every_text_and_order() -> None:
    rng = random.Random(7)
    for _ in range(60):
        pieces = ["a", "aa", "-", ", ", " ago", "é", "weekend", "x"]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(200, 600)))
        for needles in rng.sample(QUESTIONS, len(QUESTIONS)):
            assert _scan.occurrences(text, needles) == _plain(text, needles), needles
            assert _scan.occurrences(text, list(needles)) == _plain(text, needles)


def test_a_long_text_is_scanned_once_for_the_needles_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = "The weekend talks ended - a year ago, in Vienna. " * 40
    for needles in QUESTIONS[:5]:
        _scan.occurrences(first, needles)  # the first text: each needle scanned for alone
    assert _scan._indexed == []  # a single article never pays for a pass
    scans: list[str] = []
    found_each = _scan._found_each
    monkeypatch.setattr(
        _scan, "_found_each", lambda text, needles: scans.append(text) or found_each(text, needles)
    )
    second = "Next weekend - in a month - the talks resume, aides said ago. " * 40
    for needles in QUESTIONS[:5]:
        assert _scan.occurrences(second, needles) == _plain(second, needles)
    assert scans == []  # all answered from the one pass over the second text
    assert len(_scan._indexed) == 1
    # A needle not asked before is scanned for alone, and joins the pass of the next text.
    assert _scan.occurrences(second, ("resume",)) == _plain(second, ("resume",))
    assert scans == [second]
    third = second.replace("Next", "Last")
    assert _scan.occurrences(third, ("resume", "-")) == _plain(third, ("resume", "-"))
    assert scans == [second]


def test_short_texts_are_scanned_directly() -> None:
    assert _scan.occurrences("a-b-c", ("-",)) == [1, 3]
    assert _scan._indexed == []

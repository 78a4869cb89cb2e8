"""A pronoun speaker after a sentence that opens with a name ("Todd Lynch was there. "…," he
said") is that name, and finding it reads each sentence's opener a bounded number of times:
a paragraph of many "he said" once re-read every earlier sentence for each of them
(quadratic: 64 KB took 2.2 s). Counted here, not timed; `benchmarks/speaker_pronouns.py`
prints the times at 1x and 8x."""

from __future__ import annotations

import datetime

import pytest

from factcheck.mentions import find_mentions, speakers

UNIT = 'Todd Lynch was there. "We will go on," he said. It rained. '


def _quotes_and_reads(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, int]:
    reads = 0
    read = speakers._opener_at

    def counted(*args: object) -> str | None:
        nonlocal reads
        reads += 1
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(speakers, "_opener_at", counted)
    found = find_mentions(text, datetime.date(2024, 1, 1))
    return [(m.text, m.speaker) for m in found if m.kind == "quote"], reads


@pytest.mark.parametrize("units", [1, 40, 400])
def test_each_he_is_the_name_that_opened_the_sentence_before(
    units: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes, _ = _quotes_and_reads(UNIT * units, monkeypatch)
    assert quotes == [("We will go on", "Todd Lynch")] * units


def test_openers_are_read_a_bounded_number_of_times_a_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _quotes_and_reads(UNIT * 40, monkeypatch)[1]
    large = _quotes_and_reads(UNIT * 400, monkeypatch)[1]
    sentences = 3 * 400
    assert large <= 3 * sentences, large
    assert large <= 12 * small, (small, large)

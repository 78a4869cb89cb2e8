"""The parsers remember one article's phrases: same answers, forgotten per file, bounded."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.values import _memo, parse_date, parse_duration, parse_number, parse_ordinal

SEED = datetime.date(2025, 6, 27)
ROOT = Path(__file__).resolve().parents[2]

PHRASES = [
    (parse_date, ("June 2", SEED)),
    (parse_date, ("June 2", datetime.date(2024, 1, 3))),  # another dateline, another year
    (parse_duration, ("nearly three-and-a-half years",)),
    (parse_number, ("up to 1,200",)),
    (parse_ordinal, ("the third round",)),
]


@pytest.mark.parametrize(("parse", "arguments"), PHRASES)
def test_a_remembered_answer_is_the_parsers_answer(parse, arguments) -> None:
    _memo.forget_parses()
    first = parse(*arguments)
    assert first is not None
    assert parse(*arguments) is first  # the repeat is answered from the table
    assert first == parse.__wrapped__(*arguments)  # and is what parsing again gives
    _memo.forget_parses()
    assert parse(*arguments) is not first
    assert parse(*arguments) == first


def test_the_anchor_is_part_of_what_is_remembered() -> None:
    _memo.forget_parses()
    assert parse_date("June 2", SEED).edtf() == "2025-06-02"
    # Seen from January 2024, "June 2" is the June before, not the one remembered above.
    assert parse_date("June 2", datetime.date(2024, 1, 3)).edtf() == "2023-06-02"


def test_what_is_not_a_phrase_is_answered_and_not_kept() -> None:
    _memo.forget_parses()
    assert parse_number(["1,200"]) is None
    assert parse_date(None, SEED) is None
    assert all(not table for table in _memo._TABLES)


def test_a_table_never_holds_more_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_memo, "LIMIT", 10)
    _memo.forget_parses()
    for count in range(1, 26):
        parse_number(f"{count} prisoners")
    assert max(len(table) for table in _memo._TABLES) <= 10
    assert parse_number("25 prisoners").amount == 25


def test_verify_forgets_between_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each claims file starts with empty tables: nothing of one article outlives its check."""
    from factcheck.config import Config
    from factcheck.engine import check_file

    cleared: list[int] = []
    original = _memo.forget_parses
    monkeypatch.setattr(
        "factcheck.engine.forget_parses", lambda: (cleared.append(1), original())[1]
    )
    parse_number("12,345 words no article of this test holds")
    example = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
    monkeypatch.chdir(ROOT)
    result = check_file(example, "claims/2025-06-27-putin-third-round.yaml", Config())
    assert cleared == [1]
    assert result.claims and not [f for f in result.findings if f.severity == "error"]
    remembered = {key[0] for table in _memo._TABLES for key in table if isinstance(key, tuple)}
    assert "12,345 words no article of this test holds" not in remembered
    assert "June 2" in remembered  # the bundled article's phrases, kept while it was checked


def test_a_claims_value_is_remembered_for_its_file_only() -> None:
    from factcheck.check.values import claimed_value
    from factcheck.load.positioned_yaml import load_positioned
    from factcheck.model.reading import read_claims_file

    example = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"
    model = read_claims_file(load_positioned(example.read_text(encoding="utf-8"))[0])
    # A number: its value is built anew each time it is read (a date's comes from a cache).
    claim = next(claim for claim in model.claims if claim.type == "number")
    _memo.forget_parses()
    first = claimed_value(claim)
    assert claimed_value(claim) is first
    _memo.forget_parses()
    assert claimed_value(claim) is not first
    assert claimed_value(claim) == first

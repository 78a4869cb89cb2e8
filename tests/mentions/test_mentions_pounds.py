""" "Pounds" is a weight (`lb`) where it weighs and money (`GBP`) where it pays
(tests/gold/README.md, "One rule for every corpus"): the words around the figure decide.
Checked on sentences written for these tests, and through extract and verify.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_in_newsroom

from factcheck.mentions import find_mentions
from factcheck.values import parse_number

ANCHOR = datetime.date(2025, 6, 12)


def _numbers(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [
        (m.text, m.value.amount, m.value.unit)
        for m in find_mentions(text, ANCHOR)
        if m.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The suspect weighed 300 pounds.", [("300 pounds", Decimal(300), "lb")]),
        ("She hauled a 100-pound bag up the hill.", [("100-pound", Decimal(100), "lb")]),
        (
            "The ranger carries a very heavy pack, up to 80 pounds.",
            [("up to 80 pounds", Decimal(80), "lb")],
        ),
        ("Police seized 200 pounds of cocaine.", [("200 pounds", Decimal(200), "lb")]),
        ("He weighs 180 lbs.", [("180 lbs", Decimal(180), "lb")]),
        # Money: a cue of paying, "sterling", a money noun, the sign.
        ("He paid 5,000 pounds for the car.", [("5,000 pounds", Decimal(5000), "GBP")]),
        ("The club was fined 500 pounds.", [("500 pounds", Decimal(500), "GBP")]),
        (
            "The bank lent 5 million pounds of funding.",
            [("5 million pounds", Decimal(5000000), "GBP")],
        ),
        (
            "It is worth 2 billion pounds sterling.",
            [("2 billion pounds", Decimal(2000000000), "GBP")],
        ),
        ("She found a 20-pound note.", [("20", Decimal(20), None)]),
        ("The load cost £300.", [("£300", Decimal(300), "GBP")]),
        # No cue either way: money, as the value reader reads it.
        ("The prize is 300 pounds.", [("300 pounds", Decimal(300), "GBP")]),
        # The cue must stand in the figure's own clause.
        ("He lifted weights. The fee is 40 pounds.", [("40 pounds", Decimal(40), "GBP")]),
    ],
)
def test_pounds_weigh_or_pay(text: str, numbers: list) -> None:
    assert _numbers(text) == numbers


def test_the_value_reader_reads_pounds_as_money_and_lbs_as_weight() -> None:
    assert parse_number("100 pounds").unit == "GBP"
    assert parse_number("180 lbs").unit == "lb"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The suspect weighed 300 pounds, police said.", "300 pounds"),
        ("She hauled a 100-pound bag up the hill, rangers said.", "100-pound"),
        # a number in words before the unit: verify reads the unit off it as off a figure
        (
            "The truck carried explosives weighing over three hundred pounds, police said.",
            "over three hundred pounds",
        ),
    ],
)
def test_a_drafted_weight_in_pounds_verifies(
    factcheck, tmp_path: Path, monkeypatch, sentence: str, words: str
) -> None:
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "park",
        f"---\ntitle: Park\npublished: 2025-06-12T09:00:00+00:00\n---\n\n{sentence}\n",
    )
    assert words in draft
    assert "unit: lb" in draft
    run = factcheck("verify", "claims/park.yaml")
    assert run.code == 0, run.out


def test_a_claim_of_pounds_weight_against_money_fails(
    factcheck, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "car.md").write_text(
        "---\ntitle: Car\npublished: 2025-06-12T09:00:00+00:00\n---\n\nHe paid £5,000 for it.\n",
        encoding="utf-8",
    )
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert factcheck("extract", "articles/car.md").code == 0
    draft = tmp_path / "claims" / "car.yaml"
    assert "unit: GBP" in draft.read_text(encoding="utf-8")
    draft.write_text(
        draft.read_text(encoding="utf-8").replace("unit: GBP", "unit: lb"), encoding="utf-8"
    )
    run = factcheck("verify", "claims/car.yaml", "--format", "line")
    assert run.code == 1, run.out
    assert "FC301" in run.out


def test_a_drafted_pound_note_guesses_no_weight(factcheck, tmp_path: Path, monkeypatch) -> None:
    # "a 20-pound note" is money: the draft keeps the figure alone, with no `unit: lb`.
    draft = draft_in_newsroom(
        factcheck,
        tmp_path,
        monkeypatch,
        "note",
        "---\ntitle: Note\npublished: 2025-06-12T09:00:00+00:00\n---\n\n"
        "She found a 20-pound note in the street, police said.\n",
    )
    assert "unit: lb" not in draft
    assert factcheck("verify", "claims/note.yaml").code == 0

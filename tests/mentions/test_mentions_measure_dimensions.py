"""A hyphenated measure that ends with its size adjective ("a 1,600-mile-long pipeline", "a
10-km-long road", "a 300-metre-high tower") is one number with its unit, the adjective in the
span (tests/gold/README.md: a number's span holds its measure unit), and a draft made from
it verifies. Sentences written for these tests."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import extract_draft
from number_mentions import found_numbers

from factcheck.values import NumberValue, parse_number

ANCHOR = datetime.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "The company plans a 1,600-mile-long pipeline to the coast.",
            [("1,600-mile-long", NumberValue(Decimal("1600"), None, "mi"))],
        ),
        (
            "Crews dug a 10-km-long tunnel under the river.",
            [("10-km-long", NumberValue(Decimal("10"), None, "km"))],
        ),
        (
            "A 300-metre-high tower will stand on the site.",
            [("300-metre-high", NumberValue(Decimal("300"), None, "m"))],
        ),
        (
            "They chose a 5-km-longer route.",
            [("5", NumberValue(Decimal("5"), None, None))],
        ),
    ],
)
def test_a_measure_with_its_size_adjective(text: str, numbers: list[tuple[str, object]]) -> None:
    assert found_numbers(text, ANCHOR) == numbers


def test_the_value_reader_reads_the_measure() -> None:
    assert parse_number("1,600-mile-long") == NumberValue(Decimal("1600"), None, "mi")


ARTICLE = """\
---
title: Pipeline
published: 2025-06-01T09:00:00-05:00
---

HOUSTON - The company will build a 1,600-mile-long pipeline, its chief executive said.
"""


def test_the_measure_is_drafted_and_verifies(factcheck, tmp_path: Path) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "pipeline")
    text = draft.read_text(encoding="utf-8")
    assert 'text: "1,600-mile-long"' in text and "unit: mi" in text, text
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out
    draft.write_text(text.replace("unit: mi", "unit: km"), encoding="utf-8")
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 1

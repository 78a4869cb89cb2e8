"""Temperatures as weather and climate stories write them (found on tests/gold-dev-news,
checked here on sentences written for these tests): the figure keeps its unit in words,
"38 degrees Celsius", "0.23 degrees Fahrenheit (0.13 Celsius)", with its hedge ("topping").
A rate ("5 degrees Celsius per hour") keeps none, and bare degrees name no scale.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2016, 1, 20)


def _numbers(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    return [
        (m.text, m.value.amount, m.value.qualifier, m.value.unit)
        for m in find_mentions(text, ANCHOR)
        if m.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "A heat wave will peak Saturday with temperatures topping 38 degrees Celsius.",
            [("topping 38 degrees Celsius", Decimal(38), "over", "°C")],
        ),
        (
            "Temperatures beat the mark by 0.23 degrees Fahrenheit (0.13 Celsius).",
            [
                ("0.23 degrees Fahrenheit", Decimal("0.23"), None, "°F"),
                ("0.13 Celsius", Decimal("0.13"), None, "°C"),
            ],
        ),
        (
            "Nights stayed at 1 degree Celsius.",
            [("1 degree Celsius", Decimal(1), None, "°C")],
        ),
        # The symbols, spaced or glued (found on tests/gold-dev-quotes: "reaching 30 °C").
        (
            "Places may reach 30 °C on Sunday and 86°F on Monday.",
            [("30 °C", Decimal(30), None, "°C"), ("86°F", Decimal(86), None, "°F")],
        ),
        # A rate keeps no unit; bare degrees name no scale.
        ("The air cooled 5 degrees Celsius per hour.", [("5", Decimal(5), None, None)]),
        ("It reached 35 degrees in the shade.", [("35", Decimal(35), None, None)]),
    ],
)
def test_a_temperature_keeps_its_unit(text: str, numbers: list) -> None:
    assert _numbers(text) == numbers


def test_a_drafted_temperature_verifies(factcheck, tmp_path: Path) -> None:
    article = tmp_path / "heat.md"
    article.write_text(
        "---\ntitle: Heat\npublished: 2012-07-07T12:00:00-04:00\n---\n\n"
        "Temperatures topped 38 degrees Celsius on Saturday, 0.5 Fahrenheit above the record; "
        "Sunday brought 30 °C.\n",
        encoding="utf-8",
    )
    draft = tmp_path / "heat.yaml"
    assert factcheck("extract", article, "--output", draft).code == 0
    claims = yaml.safe_load(draft.read_text(encoding="utf-8"))["claims"]
    drafted = {(c["text"], c["value"], c.get("unit")) for c in claims if c["type"] == "number"}
    assert drafted == {
        ("topped 38 degrees Celsius", 38, "°C"),
        ("0.5 Fahrenheit", 0.5, "°F"),
        ("30 °C", 30, "°C"),
    }
    run = factcheck("verify", "--format", "json", draft)
    assert run.code == 0, run.out

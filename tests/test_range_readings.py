"""Both readings of the model agree on every range: the fast reading and pydantic accept the
same edge values and refuse the same values out of range (see tests/test_fast_reader.py)."""

from __future__ import annotations

from typing import Any

import pytest
from test_fast_reader import BUNDLED, _data, _fast, _pydantic, _replaced, _same

DATA = _data(BUNDLED)


def _claim(claim_type: str) -> int:
    return next(i for i, claim in enumerate(DATA["claims"]) if claim["type"] == claim_type)


def _ordinal_subject() -> str:
    return next(name for name, subject in DATA["subjects"].items() if "ordinal" in subject)


def _numeric_constant() -> tuple[Any, ...]:
    """Where a numeric check compares with a number written out (`right: 1200`)."""
    for index, check in enumerate(DATA["checks"]):
        for side in ("left", "right"):
            if check["kind"] == "numeric" and type(check[side]) is int:
                return ("checks", index, side)
    raise AssertionError("the bundled example has no numeric check with a constant")


PLACES: dict[str, tuple[Any, ...]] = {
    "number": ("claims", _claim("number"), "value"),
    "pair side": ("claims", _claim("pair"), "value", 0),
    "ordinal": ("claims", _claim("ordinal"), "value"),
    "subject ordinal": ("subjects", _ordinal_subject(), "ordinal"),
    "check constant": _numeric_constant(),
    "duration": ("claims", _claim("duration"), "value"),
    "date": ("claims", _claim("date"), "value"),
    "published": ("article", "published"),
}
ACCEPTED = {
    "number": [10**18, -(10**18), 1e18, -1e18, 0, 0.5],
    "pair side": [0, 10**18, 1e18],
    "ordinal": [1, 10_000],
    "subject ordinal": [1, 10_000],
    "check constant": [10**18, -1e18],
    "duration": ["P10000Y", "P120000M", "P3652425D"],
    "date": ["0001-01-01", "9999-12-31", "0001-01-01/9999-12-31", "9999"],
    "published": ["1000-01-01T00:00:00+14:00", "2999-12-31T23:59:59-12:00"],
}
REFUSED = {
    "number": [10**18 + 1, -(10**18) - 1, 1e19, float("inf"), float("-inf"), float("nan")],
    "pair side": [-1, -0.5, 10**18 + 1, float("inf"), float("nan")],
    "ordinal": [0, 10_001, 10**30],
    "subject ordinal": [0, 10_001, 10**30],
    "check constant": [10**18 + 1, float("inf"), float("nan")],
    "duration": ["P10001Y", "P99999999Y", "PT999999999999H", "P" + "9" * 500 + "D"],
    "date": ["0000", "-9999", "9999-12-31/..", "Y170000002", "10000-01-01"],
    "published": ["0999-12-31T23:59:59+00:00", "3000-01-01T00:00:00+00:00"],
}


@pytest.mark.parametrize(
    ("place", "value"),
    [(place, value) for place, values in ACCEPTED.items() for value in values],
    ids=str,
)
def test_an_edge_value_is_read_alike_by_both(place: str, value: Any) -> None:
    edited = _replaced(DATA, PLACES[place], value)
    fast = _fast(edited)
    assert fast is not None
    assert _same(_pydantic(edited), fast)


@pytest.mark.parametrize(
    ("place", "value"),
    [(place, value) for place, values in REFUSED.items() for value in values],
    ids=str,
)
def test_a_value_out_of_range_is_refused_by_both(place: str, value: Any) -> None:
    edited = _replaced(DATA, PLACES[place], value)
    assert _fast(edited) is None
    assert _pydantic(edited) is None

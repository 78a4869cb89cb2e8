"""The unit forms `extract` adds to a number's words are the ones verify reads back: both
come from one expression (`model/units.unit_forms`), so a draft's `text` and `unit` always
verify ("120-kilometre" drafted as `unit: km` is read as 120 km)."""

from __future__ import annotations

import pytest

from factcheck.model.units import MEASURE_UNITS, unit_after, without_unit

FORMS = [(unit, form) for unit, forms in MEASURE_UNITS.items() for form in forms]


@pytest.mark.parametrize(("unit", "form"), FORMS)
@pytest.mark.parametrize("joint", [" ", "-", ""])
def test_every_form_extract_takes_is_read_back(unit, form, joint):
    after = f"{joint}{form}"
    match = unit_after(unit).match(after + " long")
    assert match is not None and match.end() == len(after)
    assert without_unit(f"120{after}", unit) == "120"


def test_a_symbol_keeps_its_case_and_a_word_boundary():
    assert unit_after("m").match(" M") is None  # "M" is not metres
    assert unit_after("km").match(" kms") is None  # not the end of a word
    assert unit_after("km").match(" KILOMETRES") is not None  # words in any case
    assert without_unit("120 M", "m") is None

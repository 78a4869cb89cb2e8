"""Where loaded values stand, with anchors and merge keys: the lines findings point at."""

from __future__ import annotations

import pytest

from factcheck.load.positioned_yaml import Position, YamlProblem, load_positioned

DOCUMENT = """\
defaults: &defaults
  status: checked
  type: date
claims:
  - <<: *defaults
    id: round-1
    type: number
  - id: round-2
    <<: *defaults
    note: second
"""


def test_merged_values_are_built_with_explicit_keys_winning() -> None:
    data, _ = load_positioned(DOCUMENT)
    assert data["claims"] == [
        {"status": "checked", "type": "number", "id": "round-1"},
        {"id": "round-2", "status": "checked", "type": "date", "note": "second"},
    ]


@pytest.mark.parametrize(
    ("path", "line", "column"),
    [
        (("claims", 0, "type"), 7, 11),  # the explicit `type: number`, not the merged one
        (("claims", 0, "status"), 2, 11),  # a merged value stands where the anchor wrote it
        (("claims", 1, "type"), 3, 9),
        (("claims", 1, "note"), 10, 11),
        (("claims", 0, "missing"), 5, 5),  # no such key: the claim it would belong to
        (("claims", 9), 5, 3),  # no such claim: the list
        ((), 1, 1),
    ],
)
def test_values_stand_where_they_were_written(path, line, column) -> None:
    _, positions = load_positioned(DOCUMENT)
    assert positions.of_value(path) == Position(line, column)


def test_keys_stand_where_they_were_written() -> None:
    _, positions = load_positioned(DOCUMENT)
    assert positions.of_key(("claims", 1, "note")) == Position(10, 5)
    assert positions.of_key(("claims", 0, "status")) == Position(2, 3)  # merged: in the anchor
    assert positions.of_key(("claims", 0, "missing")) == Position(5, 5)


@pytest.mark.parametrize(
    ("text", "line", "first"),
    [
        ("a: 1\nb: 2\na: 3\n", 3, 1),
        # A merged key may be overridden once; a second explicit one is a duplicate.
        ("d: &d {a: 1}\nm:\n  <<: *d\n  a: 2\n  a: 3\n", 5, 4),
    ],
)
def test_duplicate_keys_name_both_lines(text, line, first) -> None:
    with pytest.raises(YamlProblem) as problem:
        load_positioned(text)
    assert problem.value.kind == "duplicate-key"
    assert problem.value.position.line == line
    assert f"(first at line {first})" in problem.value.message

"""Positions from the compact tree are the node tree's, and loading pauses the collector only
while it loads (issue 12).

`Positions` once kept pyyaml's node tree (some sixty objects a claim, scanned by every full
collection of the garbage collector for the whole run); it keeps a tree of tuples and packed
integers now. The reference below walks the node tree as the old `Positions` did; every path
of each document, and paths that stop short, must give the same answers.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import yaml

from factcheck.load.positioned_yaml import Position, YamlProblem, load_positioned

MERGE = "tag:yaml.org,2002:merge"

DOCUMENTS = [
    "",
    "just text\n",
    "- a\n- [b, c]\n- {d: 1}\n",
    """\
defaults: &defaults
  status: checked
  type: date
more: &more {note: merged, type: text}
claims:
  - <<: *defaults
    id: round-1
    type: number
  - id: round-2
    <<: [*more, *defaults]
    sources: [a, b]
  - &shared {id: round-3, value: {inner: [1, 2, {deep: x}]}}
  - *shared
""",
    "version: 1\narticle:\n  path: a.md\nclaims:\n"
    + "".join(f"  - {{id: c{n}, text: 'word {n}', line: {n}}}\n" for n in range(50)),
]


def _reference_entry(node: yaml.Node, part: str | int):
    """The old `_entry`, on pyyaml nodes."""
    if isinstance(node, yaml.SequenceNode):
        inside = isinstance(part, int) and 0 <= part < len(node.value)
        return (None, node.value[part]) if inside else None
    if not isinstance(node, yaml.MappingNode) or not isinstance(part, str):
        return None
    merged = []
    for key_node, value_node in node.value:
        if key_node.tag == MERGE:
            is_list = isinstance(value_node, yaml.SequenceNode)
            merged.extend(value_node.value if is_list else [value_node])
        elif key_node.value == part:
            return key_node, value_node
    for source in merged:
        found = _reference_entry(source, part)
        if found is not None:
            return found
    return None


def _at(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _reference_value(root: yaml.Node | None, path: tuple) -> Position:
    node = root
    if node is None:
        return Position(1, 1)
    for part in path:
        entry = _reference_entry(node, part)
        if entry is None:
            break
        node = entry[1]
    return _at(node)


def _reference_key(root: yaml.Node | None, path: tuple) -> Position:
    parent = root
    for part in path[:-1]:
        entry = _reference_entry(parent, part) if parent is not None else None
        parent = entry[1] if entry else None
    entry = _reference_entry(parent, path[-1]) if path and parent is not None else None
    if entry is not None and entry[0] is not None:
        return _at(entry[0])
    return _reference_value(root, path)


def _paths(value: object, path: tuple = ()) -> Iterator[tuple]:
    """Every path of a built value, and beside each a path that leaves it."""
    yield path
    yield (*path, "missing")
    yield (*path, 99)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


@pytest.mark.parametrize("text", DOCUMENTS)
def test_every_path_stands_where_the_node_tree_says(text: str) -> None:
    data, positions = load_positioned(text)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for path in _paths(data):
        assert positions.of_value(path) == _reference_value(root, path), path
        assert positions.of_key(path) == _reference_key(root, path), path


def test_the_collector_is_paused_only_while_loading() -> None:
    assert gc.isenabled()
    load_positioned(DOCUMENTS[3])
    assert gc.isenabled()
    with pytest.raises(YamlProblem):
        load_positioned("a: 1\na: 2\n")  # a duplicate key: refused while paused
    assert gc.isenabled()
    gc.disable()
    try:
        load_positioned(DOCUMENTS[3])
        assert not gc.isenabled()  # a caller's choice to keep it off stands
    finally:
        gc.enable()


def test_a_recursive_document_is_refused_and_the_collector_resumes() -> None:
    with pytest.raises(YamlProblem) as refused:
        load_positioned("a: &a [*a]\n")
    assert refused.value.kind == "alias-bomb"
    assert gc.isenabled()

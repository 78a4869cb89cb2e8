"""factcheck's quicker scalar resolver gives exactly the tags pyyaml's safe loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.load.positioned_yaml import _BaseLoader, _Loader

ROOT = Path(__file__).resolve().parent.parent

SCALARS = [
    "", "~", "null", "Null", "NULL", "yes", "No", "on", "OFF", "y", "n", "true", "False",
    "0", "1", "-1", "+1.5", ".5", "-.inf", ".NaN", "0x1F", "0o7", "0b101", "1_000", "1e3",
    "12:30", "1:20:30", "2025-06-27", "2025-06-27T22:57:00+03:00", "2025-6-7", "<<", "=",
    "id", "Istanbul", "P30D", "FC304", "!", "&a", "*a", "Norway", "NO",
]  # fmt: skip


def _words_of_repository() -> list[str]:
    words = set(SCALARS)
    for path in sorted(ROOT.glob("**/*.yaml")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words.update(part.strip("'\",[]{}") for part in line.replace(":", " ").split())
    return sorted(words)


def test_the_safe_loader_has_no_resolvers_the_quick_one_skips() -> None:
    assert not _BaseLoader.yaml_path_resolvers
    assert None not in _BaseLoader.yaml_implicit_resolvers


@pytest.mark.parametrize("implicit", [(True, False), (False, True), (False, False)])
def test_same_tag_for_every_scalar(implicit: tuple[bool, bool]) -> None:
    base, quick = _BaseLoader(""), _Loader("")
    words = _words_of_repository()
    assert len(words) > 1000
    differ = [
        word
        for word in words
        if base.resolve(yaml.ScalarNode, word, implicit)
        != quick.resolve(yaml.ScalarNode, word, implicit)
    ]
    assert differ == []


@pytest.mark.parametrize("kind", [yaml.SequenceNode, yaml.MappingNode])
def test_same_tag_for_collections(kind: type) -> None:
    assert _BaseLoader("").resolve(kind, None, (True, False)) == _Loader("").resolve(
        kind, None, (True, False)
    )


def _shape(node: yaml.Node) -> object:
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line)
    if isinstance(node, yaml.ScalarNode):
        return (node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return (node.tag, marks, [_shape(item) for item in node.value])
    return (node.tag, marks, [(_shape(k), _shape(v)) for k, v in node.value])


def test_same_node_tree_for_every_yaml_file_of_the_repository() -> None:
    """The quick loader's do-nothing path tracking composes the trees pyyaml's does."""
    compared = 0
    for path in sorted(ROOT.glob("**/*.yaml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "&" in text:  # anchors: the alias bomb expands without bound when walked
            continue
        try:
            expected = _BaseLoader(text).get_single_node()
        except yaml.YAMLError:
            continue  # the broken fixtures
        if expected is None:  # the empty file
            continue
        assert _shape(_Loader(text).get_single_node()) == _shape(expected), path
        compared += 1
    assert compared > 50

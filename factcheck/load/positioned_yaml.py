"""Safe YAML loading that remembers where every value came from.

pyyaml's `CSafeLoader` composes a node tree with line and column marks; we construct plain
Python values from that tree ourselves so that we can (1) keep a map from each value's path
to its position, (2) reject duplicate keys, which pyyaml silently resolves by keeping the
last, (3) keep timestamps as strings so the models parse dates with their precision, (4)
refuse every tag that is not plain YAML data (no Python objects), and (5) stop alias bombs:
aliases share one node, so a "billion laughs" document composes small and explodes only in
construction, where we count what we build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A claims file of a few hundred claims builds a few thousand values; a document that
# expands to this many is an alias bomb, not a claims file.
MAX_VALUES = 200_000

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"

Path = tuple[str | int, ...]


_RESOLVERS_BY_FIRST_CHARACTER: dict[str, tuple[tuple[str, Any], ...]] = {
    first: tuple(resolvers)
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    if first is not None
}


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """pyyaml's safe loader with a quicker tag resolver for scalars.

    The C composer calls `resolve` in Python for every scalar (keys included: a claims file
    has thousands). pyyaml's version builds a list per call and checks path resolvers, which
    the safe loader never has; this one goes straight to the patterns for the scalar's
    first character, and most words (`id`, `Istanbul`) have none. Same tags, same order.
    """

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, pattern in _RESOLVERS_BY_FIRST_CHARACTER.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column in a source file."""

    line: int
    column: int


@dataclass(slots=True)
class Positions:
    """Where each value (and each mapping key) of a loaded document stands.

    The parser's marks are kept as they are and turned into positions only when asked: a
    file has thousands of values, and a run asks where a few dozen stand.
    """

    values: dict[Path, Any] = field(default_factory=dict)
    keys: dict[Path, Any] = field(default_factory=dict)

    def of_value(self, path: Path) -> Position:
        """The position of the value at `path`, or of its nearest ancestor that has one."""
        while path not in self.values and path:
            path = path[:-1]
        return _from_mark(self.values.get(path))

    def of_key(self, path: Path) -> Position:
        """The position of the key naming `path` (for "unknown key" findings)."""
        mark = self.keys.get(path)
        return _from_mark(mark) if mark is not None else self.of_value(path)


def _from_mark(mark: Any) -> Position:
    if mark is None:
        return Position(1, 1)
    if isinstance(mark, Position):
        return mark
    return Position(mark.line + 1, mark.column + 1)


class YamlProblem(Exception):
    """A document that cannot be loaded; `kind` picks the finding code."""

    def __init__(self, kind: str, message: str, position: Position, hint: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.position = position
        self.hint = hint


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    """Builds Python values from a composed node tree, recording positions."""

    def __init__(self) -> None:
        self.positions = Positions()
        self._constructor = SafeConstructor()

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.positions.values.setdefault(path, node.start_mark)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode):
            self._require_tag(node, _SEQ)
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        self._require_tag(node, _MAP)
        return self._mapping(node, path)

    def _require_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            raise _tag_problem(node)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag in (_STR, _TIMESTAMP):
            return node.value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return self._constructor.construct_yaml_bool(node)
        if tag == _INT:
            return self._constructor.construct_yaml_int(node)
        if tag == _FLOAT:
            return self._constructor.construct_yaml_float(node)
        raise _tag_problem(node)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                self._merge(value_node, path, result)
                continue
            # Keys are names, whatever YAML 1.1 would resolve them to: `on:` and `no:` stay
            # the words typed, not booleans (the "Norway problem").
            if not isinstance(key_node, yaml.ScalarNode) or not _is_plain_data(key_node.tag):
                raise YamlProblem(
                    "type",
                    "mapping keys must be plain words",
                    _position(key_node),
                    "Write the key as a word followed by a colon, e.g. `id: round-2-date`.",
                )
            key = str(key_node.value)
            if key in seen:
                first = _position(seen[key])
                raise YamlProblem(
                    "duplicate-key",
                    f"duplicate key `{key}` (first at line {first.line})",
                    _position(key_node),
                    "YAML keeps only one of them: remove or rename one.",
                )
            seen[key] = key_node
            self.positions.keys[(*path, key)] = key_node.start_mark
            result[key] = self.build(value_node, (*path, key))
        return result

    def _merge(self, node: yaml.Node, path: Path, into: dict[str, Any]) -> None:
        """YAML merge keys (`<<: *defaults`): explicit keys win over merged ones."""
        sources = node.value if isinstance(node, yaml.SequenceNode) else [node]
        for source in sources:
            if not isinstance(source, yaml.MappingNode):
                raise YamlProblem(
                    "type", "`<<` must merge a mapping", _position(source), "Use `<<: *anchor`."
                )
            for key, value in self.build(source, path).items():
                into.setdefault(key, value)


def _refuse_alias_bombs(root: yaml.Node) -> None:
    """Measure what the tree expands to before building it; refuse recursion and bombs.

    Sizes are memoized per node, so measuring costs one visit per distinct node however
    often aliases repeat it. The finding points at the innermost value that is already too
    large: the place where the repetition starts to explode.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def children(node: yaml.Node) -> list[yaml.Node]:
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        if isinstance(node, yaml.MappingNode):
            return [part for pair in node.value for part in pair]
        return []

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise YamlProblem(
                "alias-bomb",
                "an alias refers to a value that contains it (a recursive document)",
                _position(node),
                "Remove the recursive alias.",
            )
        active.add(key)
        sizes[key] = 1 + sum(size(child) for child in children(node))
        active.discard(key)
        return sizes[key]

    if size(root) <= MAX_VALUES:
        return
    node = root
    while True:
        larger = [child for child in children(node) if sizes[id(child)] > MAX_VALUES]
        if not larger:
            break
        node = larger[0]
    raise YamlProblem(
        "alias-bomb",
        f"this value expands to {sizes[id(node)]:,} values through aliases "
        f"(a claims file has a few thousand)",
        _position(node),
        "Write the repeated parts out, or reference shared sources by id.",
    )


def _is_plain_data(tag: str) -> bool:
    return tag in (_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP)


def _tag_problem(node: yaml.Node) -> YamlProblem:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    return YamlProblem(
        "tag",
        f"the tag `{tag}` is not allowed",
        _position(node),
        "Claims files hold plain data only: remove the `!` tag.",
    )


def load_positioned(text: str) -> tuple[Any, Positions]:
    """Load one YAML document safely, returning its data and where each value stands.

    Raises `YamlProblem` for syntax errors, duplicate keys, tags and alias bombs.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
        problem = (error.problem or error.context or "invalid YAML").strip()
        line = text.splitlines()[position.line - 1] if position.line <= text.count("\n") else ""
        hint = _syntax_hint(problem, line)
        raise YamlProblem("syntax", problem, position, hint) from None
    except yaml.YAMLError as error:
        raise YamlProblem("syntax", str(error).splitlines()[0], Position(1, 1)) from None
    except RecursionError:
        raise YamlProblem("syntax", "the document is nested too deeply", Position(1, 1)) from None
    finally:
        loader.dispose()
    builder = _Builder()
    if node is None:
        return None, builder.positions
    try:
        if "*" in text:  # without an alias nothing is shared, so nothing can expand
            _refuse_alias_bombs(node)
        data = builder.build(node, ())
    except RecursionError:
        raise YamlProblem("syntax", "the document is nested too deeply", Position(1, 1)) from None
    return data, builder.positions


def _syntax_hint(problem: str, line: str) -> str:
    """The usual fix for pyyaml's most common complaints, in a newsroom user's words."""
    if "mapping values are not allowed" in problem:
        return "A value containing `: ` must be quoted: wrap it in double quotes."
    if "\t" in line[: len(line) - len(line.lstrip())] or "'\\t'" in problem:
        return "YAML indents with spaces, not tabs."
    if "could not find expected ':'" in problem:
        return "Each key needs a colon after it; check the line above too."
    if "but found another document" in problem:
        return "A claims file holds one document: remove the extra `---`."
    if "found undefined alias" in problem:
        return "Define the anchor (`&name`) before using the alias (`*name`)."
    if "expected <block end>" in problem:
        return "Check the indentation: items of one list or mapping line up."
    return "Check the quoting and indentation at this point."

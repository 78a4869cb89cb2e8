"""Safe YAML loading that remembers where every value came from.

pyyaml's `CSafeLoader` composes a node tree with line and column marks; we construct plain
Python values from that tree ourselves so that we can (1) keep a map from each value's path
to its position, (2) reject duplicate keys, which pyyaml silently resolves by keeping the
last, (3) keep timestamps as strings so the models parse dates with their precision, (4)
refuse every tag that is not plain YAML data (no Python objects), (5) stop alias bombs:
aliases share one node, so a "billion laughs" document composes small and explodes only in
construction, so what the node tree expands to is measured first and bounded in proportion
to the file, and (6) refuse integers too long to be numbers anyone meant, which Python
would refuse to convert with a ValueError.
"""

from __future__ import annotations

import gc
import operator
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Aliases may repeat a value (a shared list of sources), not multiply the document: what a
# document expands to, in characters (see `_refuse_alias_bombs`), may be at most this many
# times the characters of the file, plus a constant so that small files use aliases freely.
# Output and memory then grow in proportion to the file, as the threat model requires
# (a 2.1 MB file of 200,000 values once expanded to 944 MB of JSON).
EXPANSION_FACTOR = 4
EXPANSION_ALLOWANCE = 1_000_000

# The longest integer read, in characters. Python refuses to convert decimal text of more
# than 4,300 digits (a ValueError from deep in pyyaml), and converting the base-60 notation
# of YAML 1.1 (`1:30:00`) takes time quadratic in its length; no value of a claims file or
# front matter needs more than a few digits (`factcheck.model.bounds` has the ranges).
MAX_INTEGER_CHARACTERS = 1_000

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

# Scalars kept as the text typed: timestamps too, so the models parse dates with their precision.
_TEXT = frozenset((_STR, _TIMESTAMP))
_PLAIN_DATA = frozenset((_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP))


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

    The composer also calls `descend_resolver(parent, index)` and `ascend_resolver()` around
    every node, to track the path for path resolvers, which a safe loader never has: they
    are replaced by built-in functions that do nothing with their arguments, so a node costs
    two Python calls fewer (7% of loading the bundled claims file).
    """

    descend_resolver = staticmethod(operator.is_)  # (parent, index) -> ignored
    ascend_resolver = staticmethod(bool)  # () -> ignored

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


class Positions:
    """Where each value (and each mapping key) of a loaded document stands.

    Kept as a compact tree of plain tuples and integers made from the composed nodes (see
    `_Builder.positioned`), and a position is found by walking it along the path when
    asked: a claims file of 50 claims has some 850 values, and a verify asks where about
    150 of them stand, so a map from every path was more than the questions cost. The node
    tree itself was kept once: for 10,000 claims 655,000 objects (370,000 of them pyyaml's
    marks) that the garbage collector scanned at every full collection for the whole run,
    which made a file of 100,000 claims take 13 times the time of one of 10,000, and most
    of its memory.
    """

    __slots__ = ("_root",)

    def __init__(self, root: _Compact | None = None) -> None:
        self._root = root

    def of_value(self, path: Path) -> Position:
        """The position of the value at `path`, or of its nearest ancestor that has one."""
        node = self._root
        if node is None:
            return Position(1, 1)
        for part in path:
            entry = _entry(node, part)
            if entry is None:
                break
            node = entry[1]
        return _unpacked(node if type(node) is int else node[1])

    def of_key(self, path: Path) -> Position:
        """The position of the key naming `path` (for "unknown key" findings)."""
        parent = self._root
        for part in path[:-1]:
            entry = _entry(parent, part) if parent is not None else None
            parent = entry[1] if entry else None
        entry = _entry(parent, path[-1]) if path and parent is not None else None
        if entry is not None and entry[0] is not None:
            return _unpacked(entry[0])
        return self.of_value(path)


# A node of the compact tree: a scalar is its packed position (an int); a sequence is
# (_SEQUENCE, position, items); a mapping is (_MAPPING, position, keys, key positions,
# values), a `<<` merge key standing as None. Tuples of strings and integers are what the
# garbage collector stops tracking, and they hold neither pyyaml's marks nor its tags.
_Compact = Any
_SEQUENCE, _MAPPING = "sequence", "mapping"
_COLUMNS = 1 << 32  # a position packed as line * _COLUMNS + column (both 0-based)


def _unpacked(position: int) -> Position:
    line, column = divmod(position, _COLUMNS)
    return Position(line + 1, column + 1)


def _entry(node: _Compact, part: str | int) -> tuple[int | None, _Compact] | None:
    """The key's packed position (None in a list) and the value at `part` of `node`, as the
    built value has them: explicit keys first, then the mappings merged with `<<`, the
    first winning."""
    if type(node) is int:
        return None
    if node[0] is _SEQUENCE:
        items = node[2]
        inside = type(part) is int and 0 <= part < len(items)
        return (None, items[part]) if inside else None
    if not isinstance(part, str):
        return None
    _, _, keys, key_positions, values = node
    merged: list[_Compact] = []
    for index, key in enumerate(keys):
        if key is None:
            value = values[index]
            is_list = type(value) is tuple and value[0] is _SEQUENCE
            merged.extend(value[2] if is_list else [value])
        elif key == part:
            return key_positions[index], values[index]
    for source in merged:
        found = _entry(source, part)
        if found is not None:
            return found
    return None


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
    """Builds Python values from a composed node tree: plain data only, no duplicate keys;
    with them, the compact tree of their positions."""

    def __init__(self) -> None:
        self._constructor = SafeConstructor()

    def positioned(self, node: yaml.Node) -> tuple[Any, _Compact]:
        """The value of `node` and its compact tree (see `_Compact`), made in one walk of
        the node tree (a walk for each was a third of loading a claims file, composing
        aside)."""
        mark = node.start_mark
        position = mark.line * _COLUMNS + mark.column
        kind = node.__class__
        if kind is yaml.ScalarNode:
            return (node.value if node.tag in _TEXT else self._scalar(node)), position
        if kind is yaml.SequenceNode:
            if node.tag != _SEQ:
                raise _tag_problem(node)
            values = []
            items = []
            for item in node.value:
                if item.__class__ is yaml.ScalarNode:
                    values.append(item.value if item.tag in _TEXT else self._scalar(item))
                    mark = item.start_mark
                    items.append(mark.line * _COLUMNS + mark.column)
                else:
                    value, compact = self.positioned(item)
                    values.append(value)
                    items.append(compact)
            return values, (_SEQUENCE, position, tuple(items))
        if node.tag != _MAP:
            raise _tag_problem(node)
        return self._mapping(node, position)

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return self._constructor.construct_yaml_bool(node)
        if tag == _INT:
            return self._integer(node)
        if tag == _FLOAT:
            return self._constructor.construct_yaml_float(node)
        raise _tag_problem(node)

    def _integer(self, node: yaml.ScalarNode) -> int:
        """An integer, or a located problem for one too long to be a number anyone meant."""
        digits = sum(character.isalnum() for character in node.value)
        if len(node.value) <= MAX_INTEGER_CHARACTERS:
            try:
                return int(self._constructor.construct_yaml_int(node))
            except ValueError:  # Python's limit on converting long decimal text
                pass
        raise YamlProblem(
            "type",
            f"this number has {digits:,} digits; a number here may have at most "
            f"{MAX_INTEGER_CHARACTERS:,}",
            _position(node),
            "Write the value the article gives (numbers in a claims file run from "
            "-1,000,000,000,000,000,000 to 1,000,000,000,000,000,000), or quote it "
            "if it is text.",
        )

    def _mapping(self, node: yaml.MappingNode, position: int) -> tuple[dict[str, Any], _Compact]:
        result: dict[str, Any] = {}
        merged: set[str] = set()  # keys a `<<` gave, which one explicit key may override
        keys: list[str | None] = []
        key_positions = []
        values = []
        scalar = yaml.ScalarNode
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            key_positions.append(mark.line * _COLUMNS + mark.column)
            if key_node.tag == _MERGE:
                keys.append(None)
                values.append(self._merge(value_node, result, merged))
                continue
            # Keys are names, whatever YAML 1.1 would resolve them to: `on:` and `no:` stay
            # the words typed, not booleans (the "Norway problem").
            if key_node.__class__ is not scalar or key_node.tag not in _PLAIN_DATA:
                raise YamlProblem(
                    "type",
                    "mapping keys must be plain words",
                    _position(key_node),
                    "Write the key as a word followed by a colon, e.g. `id: round-2-date`.",
                )
            key = key_node.value
            if key in result:
                if key not in merged:
                    raise _duplicate(node, key_node)
                merged.discard(key)
            keys.append(key)
            if value_node.__class__ is scalar:
                tag = value_node.tag
                result[key] = value_node.value if tag in _TEXT else self._scalar(value_node)
                mark = value_node.start_mark
                values.append(mark.line * _COLUMNS + mark.column)
            else:
                result[key], compact = self.positioned(value_node)
                values.append(compact)
        return result, (_MAPPING, position, tuple(keys), tuple(key_positions), tuple(values))

    def _merge(self, node: yaml.Node, into: dict[str, Any], merged: set[str]) -> _Compact:
        """YAML merge keys (`<<: *defaults`): explicit keys win over merged ones. Returns
        the compact tree of the `<<` entry's value (a mapping, or a list of them), made
        by the same walk that built the merged values."""
        is_list = isinstance(node, yaml.SequenceNode)
        sources = node.value if is_list else [node]
        compacts = []
        for source in sources:
            if not isinstance(source, yaml.MappingNode):
                raise YamlProblem(
                    "type", "`<<` must merge a mapping", _position(source), "Use `<<: *anchor`."
                )
            value, compact = self.positioned(source)
            compacts.append(compact)
            for key, item in value.items():
                if key not in into:
                    into[key] = item
                    merged.add(key)
        if not is_list:
            return compacts[0]
        mark = node.start_mark
        return (_SEQUENCE, mark.line * _COLUMNS + mark.column, tuple(compacts))


def _duplicate(mapping: yaml.MappingNode, key_node: yaml.Node) -> YamlProblem:
    first = next(k for k, _ in mapping.value if k.tag != _MERGE and k.value == key_node.value)
    line = _position(first).line
    return YamlProblem(
        "duplicate-key",
        f"duplicate key `{key_node.value}` (first at line {line})",
        _position(key_node),
        "YAML keeps only one of them: remove or rename one.",
    )


def _refuse_alias_bombs(root: yaml.Node, source_size: int) -> None:
    """Measure what the tree expands to before building it; refuse recursion and bombs.

    A value's expanded size is its characters plus one (a scalar), or one plus its
    children's sizes (a list or mapping), each alias counted at its full expansion: about
    what the built value costs to hold and to write out as JSON. A document may expand to
    `EXPANSION_FACTOR` times its own size plus `EXPANSION_ALLOWANCE`. Sizes are memoized per
    node, so measuring costs one visit per distinct node however often aliases repeat it.
    The finding points at the innermost value that is already too large: the place where
    the repetition starts to explode.
    """
    limit = EXPANSION_FACTOR * source_size + EXPANSION_ALLOWANCE
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
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = len(node.value) + 1
            return sizes[key]
        active.add(key)
        sizes[key] = 1 + sum(size(child) for child in children(node))
        active.discard(key)
        return sizes[key]

    total = size(root)
    if total <= limit:
        return
    node = root
    while True:
        larger = [child for child in children(node) if sizes[id(child)] > limit]
        if not larger:
            break
        node = larger[0]
    raise YamlProblem(
        "alias-bomb",
        f"aliases expand this value to {sizes[id(node)]:,} characters; a file of "
        f"{source_size:,} characters may expand to at most {limit:,} "
        f"({EXPANSION_FACTOR} times its size plus {EXPANSION_ALLOWANCE:,})",
        _position(node),
        "Write the repeated parts out, or reference shared sources by id.",
    )


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

    The cyclic garbage collector is paused meanwhile. Composing makes some sixty objects a
    claim (nodes, marks, tuples), all alive until the data is built, and a collection of
    the oldest generation scans every one: the collections during the load of 100,000
    claims took 2.8 s of its 5 and grew faster than the file. A node tree holds no cycle (a
    recursive alias is refused, and its nodes collected once the collector resumes), so
    reference counting frees all of it.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(text)
    finally:
        if collecting:
            gc.enable()


def _load(text: str) -> tuple[Any, Positions]:
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
    if node is None:
        return None, Positions()
    try:
        aliased = "*" in text  # without an alias nothing is shared, so nothing can expand
        if aliased:
            _refuse_alias_bombs(node, len(text))
        data, compact = _Builder().positioned(node)
        positions = Positions(compact)
    except RecursionError:
        raise YamlProblem("syntax", "the document is nested too deeply", Position(1, 1)) from None
    return data, positions


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

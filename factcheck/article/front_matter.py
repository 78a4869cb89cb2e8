"""YAML front matter of Markdown (and text) articles, with positions in the article file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.findings import Finding
from factcheck.load.positioned_yaml import Positions, YamlProblem, load_positioned

_FENCES = ("---", "...")


@dataclass
class FrontMatter:
    """The front matter's data, where its values stand, and where the body starts."""

    data: dict[str, Any]
    positions: Positions
    line_offset: int
    body_start: int


def split_front_matter(source: str, display: str) -> tuple[FrontMatter, list[Finding]]:
    """Read a leading `---` block. A document without one has empty front matter."""
    lines = source.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != "---":
        return FrontMatter({}, Positions(), 0, 0), []
    offset = len(lines[0])
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip("\r\n") in _FENCES:
            yaml_text = "".join(lines[1:number])
            body_start = offset + len(line)
            return _parse(yaml_text, display, body_start)
        offset += len(line)
    finding = Finding(
        "FC101",
        "error",
        "the front matter opened by `---` on line 1 is never closed",
        display,
        1,
        1,
        "End the front matter with a line holding only `---`.",
    )
    return FrontMatter({}, Positions(), 0, 0), [finding]


def _parse(yaml_text: str, display: str, body_start: int) -> tuple[FrontMatter, list[Finding]]:
    try:
        data, positions = load_positioned(yaml_text)
    except YamlProblem as problem:
        code = {
            "duplicate-key": "FC102",
            "type": "FC104",
            "tag": "FC111",
            "alias-bomb": "FC112",
        }.get(problem.kind, "FC101")
        finding = Finding(
            code,
            "error",
            f"front matter: {problem.message}",
            display,
            problem.position.line + 1,
            problem.position.column,
            problem.hint,
        )
        return FrontMatter({}, Positions(), 1, body_start), [finding]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        finding = Finding(
            "FC104",
            "error",
            "front matter must be a mapping of keys (title:, published:, ...)",
            display,
            2,
            1,
        )
        return FrontMatter({}, Positions(), 1, body_start), [finding]
    return FrontMatter(data, positions, 1, body_start), []

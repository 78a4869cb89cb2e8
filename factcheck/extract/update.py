"""`extract --update`: add claims to a person's file without touching a line of it.

New subjects go at the end of the `subjects:` block and new claims at the end of the
`claims:` list — before any comment that introduces the next top-level key — indented as the
file indents them. Nothing else in the file changes: every existing line and comment stays.
"""

from __future__ import annotations

import re

from factcheck.extract.builder import Draft
from factcheck.extract.render import claim_lines, subject_lines

_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")


def _block_end(lines: list[str], key: str) -> int | None:
    """Index of the line after the `key:` block (before trailing blank and comment lines)."""
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return None
    end = len(lines)
    for i in range(start + 1, len(lines)):
        if _TOP_KEY.match(lines[i]):
            end = i
            break
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1
    return end


def _indent_of(lines: list[str], key: str, default: str) -> str:
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return default
    for line in lines[start + 1 :]:
        if line.strip() and not line.lstrip().startswith("#"):
            return line[: len(line) - len(line.lstrip())]
    return default


class UpdateProblem(Exception):
    """The file's layout is not one lines can be added to safely."""


def updated_text(original: str, draft: Draft) -> str:
    """`original` with the draft's subjects and claims added at the ends of their blocks."""
    # Split at LF only, each line keeping its CR: str.splitlines() also breaks at U+2028,
    # U+0085 and others that a quoted YAML value may hold, and joining again with one line
    # ending rewrote those characters and every line ending unlike the first found.
    lines = original.split("\n")
    ending = "\r" if "\r\n" in original else ""
    claims_line = next((i for i, line in enumerate(lines) if line.startswith("claims:")), None)
    claims_end = _block_end(lines, "claims")
    if claims_line is None or claims_end is None:
        raise UpdateProblem("the file has no top-level `claims:` list")
    if lines[claims_line].split(":", 1)[1].split("#", 1)[0].strip():
        raise UpdateProblem("`claims:` is written on one line; make it a block list to add to it")
    indent = _indent_of(lines, "claims", "  ")
    insertions = [(claims_end, [line for c in draft.claims for line in claim_lines(c, indent)])]
    if draft.subjects:
        subjects_end = _block_end(lines, "subjects")
        if subjects_end is None:
            block = ["subjects:", *(line for s in draft.subjects for line in subject_lines(s)), ""]
            insertions.append((claims_line, block))
        else:
            indent = _indent_of(lines, "subjects", "  ")
            block = [line for s in draft.subjects for line in subject_lines(s, indent)]
            insertions.append((subjects_end, block))
    # From the bottom up, so the earlier indexes stay right.
    for index, new_lines in sorted(insertions, key=lambda pair: pair[0], reverse=True):
        lines[index:index] = [line + ending for line in new_lines]
    return "\n".join(lines)

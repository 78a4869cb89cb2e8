"""Markdown bodies of plain prose: their paragraphs, read without a Markdown parser.

Most articles are prose: paragraphs separated by blank lines, perhaps a heading, a
thematic break or an HTML comment on lines of their own, and no emphasis, link, list,
quote block, code, inline HTML or entity. For such a body CommonMark has one answer, and
markdown-it-py gives it: each run of lines between those blocks is a paragraph, its visible
text its lines in order with a soft line break between two; a heading's text is one more
paragraph; breaks and comments show nothing. Importing markdown-it-py costs a cold
`factcheck verify` some 17 ms, more than reading and checking the article, so a body this
module can vouch for is split here, and any other goes to markdown-it-py.

The test is deliberately stricter than CommonMark needs: a line of text is vouched for only
when no character that can start inline syntax appears in it (`_INLINE_SYNTAX`), it does not
begin with one that can start a block (`_LINE_START_SYNTAX`), and it neither begins nor ends
with a space or an invisible character (indentation, hard breaks and trimming are then never
in play); a heading is `#` to `######`, one space and such a text; a break is a line of three
or more hyphens after a blank line (under a paragraph it would be a heading's underline); a
comment block starts a line with `<!--` and ends on the line holding `-->`. Everything else,
however plain in fact, is parsed. `tests/test_plain_markdown.py` compares the two readings on
generated bodies full of near-misses and on every Markdown article in the repository.
"""

from __future__ import annotations

import re

# Anywhere in the body: tabs (they count as indentation), CR (line endings markdown-it
# rewrites) and NUL (which it replaces).
_NEVER = re.compile(r"[\t\r\x00]")
# In a line of text: escapes, code spans, emphasis, strikethrough, links and images,
# autolinks and HTML, entities, table cells.
_INLINE_SYNTAX = re.compile(r"[\\`*_~\[\]<>&|]")
# What a line of text may not begin with: headings, quote blocks, list items, thematic
# breaks and setext underlines, table delimiter rows, an ordered list's number.
_LINE_START_SYNTAX = re.compile(r"[#>+\-=:]|[0-9]+[.)]")
_HEADING = re.compile(r"#{1,6} ([^#]+)")
_BREAK = re.compile(r"-{3,}")
_COMMENT_START = "<!--"
_COMMENT_END = "-->"

#: One block with visible text (a paragraph or a heading): the index of its first line in
#: the body, the index just past its last (as markdown-it's token map), its visible pieces
#: (None stands for a line break), and the comment blocks met since the previous one (the
#: index of each one's first line, and its text).
Block = tuple[int, int, list[str | None], list[tuple[int, str]]]


def plain_blocks(body: str) -> list[Block] | None:
    """The blocks of text of a Markdown `body` of plain prose, or None when it may hold
    other Markdown (the caller then parses it)."""
    if _NEVER.search(body):
        return None
    lines = body.split("\n")
    if lines[-1] == "":
        lines.pop()  # the line break that ends the last line starts no line
    blocks: list[Block] = []
    comments: list[tuple[int, str]] = []
    pieces: list[str | None] = []  # the open paragraph's
    first = 0
    number = 0
    while number < len(lines):
        line = lines[number]
        if pieces and (not line.strip(" ") or _ends_paragraph(line)):
            blocks.append((first, number, pieces, comments))
            pieces, comments = [], []
        if not line.strip(" "):  # blank, as markdown-it reads it (spaces only: no tabs here)
            number += 1
        elif line.startswith(_COMMENT_START):
            end = _comment_end(lines, number)
            text = "\n".join(lines[number:end])
            comments.append(
                (number, text + "\n" if end < len(lines) or body[-1:] == "\n" else text)
            )
            number = end
        elif line.startswith("#"):
            heading = _HEADING.fullmatch(line)
            if heading is None or not _plain_text(heading.group(1)):
                return None
            blocks.append((number, number + 1, [heading.group(1)], comments))
            comments = []
            number += 1
        elif _BREAK.fullmatch(line) and not pieces:
            number += 1
        elif _plain_text(line) and not _LINE_START_SYNTAX.match(line):
            if pieces:
                pieces.append(None)
            else:
                first = number
            pieces.append(line)
            number += 1
        else:
            return None
    if pieces:
        blocks.append((first, len(lines), pieces, comments))
    return blocks


def _ends_paragraph(line: str) -> bool:
    """Whether `line` closes the paragraph above it (a heading, a comment block); a line
    that would close it otherwise is refused (a list item, a quote block, an underline)."""
    return line.startswith(("#", _COMMENT_START))


def _comment_end(lines: list[str], start: int) -> int:
    """The index just past the comment block starting at line `start`: past the first line,
    from the start on, that holds `-->`, else the end of the body."""
    for number in range(start, len(lines)):
        if _COMMENT_END in lines[number]:
            return number + 1
    return len(lines)


def _plain_text(text: str) -> bool:
    """Whether `text` is words alone: no inline syntax, and its first and last characters
    visible (not a space of any kind, nor a control or format character)."""
    head, tail = text[0], text[-1]
    return (
        not _INLINE_SYNTAX.search(text)
        and head.isprintable()
        and tail.isprintable()
        and not head.isspace()
        and not tail.isspace()
    )

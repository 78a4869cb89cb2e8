"""Markdown articles: front matter plus a CommonMark body, read by markdown-it-py.

The parser decides what is emphasis, a link, a comment or code; we keep only the words a
reader sees, and find each piece again in the source to keep its position. A body of plain
prose, which CommonMark reads one way only, is split without the parser (`plain_markdown`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from factcheck.article.front_matter import FrontMatter
from factcheck.article.ignores import IgnoreDirective, directives_in
from factcheck.article.normalize import NormalizedText, align
from factcheck.article.plain_markdown import plain_blocks

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SKIPPED_BLOCKS = {"fence", "code_block", "html_block", "hr"}
_SPACES = {"softbreak", "hardbreak"}


def add_markdown_body(
    text: NormalizedText, source: str, front: FrontMatter, ignores: list[IgnoreDirective]
) -> None:
    """Append the visible words of the Markdown body of `source` to `text`, by paragraph.

    `factcheck-ignore` comments found on the way are added to `ignores`. A body of plain
    prose is split without markdown-it-py (`plain_markdown`), into the same paragraphs.
    """
    body = source[front.body_start :]
    starts = _markdown_line_starts(source, front.body_start)
    first_body_line = source.count("\n", 0, front.body_start) + 1
    paragraphs = _plain_paragraphs(body, first_body_line)
    if paragraphs is None:
        paragraphs = _parsed_paragraphs(body, first_body_line)
    for begin, end, pieces, directives in paragraphs:
        first, last = first_body_line + begin, first_body_line + end - 1
        for codes, why, line in directives:
            ignores.append(IgnoreDirective(codes, why, first, last, line))
        cursor = starts[begin]
        for piece in pieces:
            if piece is None:
                text.add(" ", [cursor])
                continue
            offsets, cursor = align(piece, source, cursor)
            text.add(piece, offsets)
        text.end_paragraph()


#: A `factcheck-ignore` comment: its codes, its reason and the file line it is written on.
_Directive = tuple[frozenset[str], str, int]
_Paragraph = tuple[int, int, list[str | None], list[_Directive]]


def _plain_paragraphs(body: str, first_body_line: int) -> list[_Paragraph] | None:
    """The paragraphs of `body` as `_parsed_paragraphs` gives them, when it is plain prose."""
    blocks = plain_blocks(body)
    if blocks is None:
        return None
    return [
        (
            first,
            end,
            pieces,
            [
                (codes, why, first_body_line + line)
                for line, html in comments
                for codes, why in directives_in(html)
            ],
        )
        for first, end, pieces, comments in blocks
    ]


def _parsed_paragraphs(body: str, first_body_line: int) -> Iterator[_Paragraph]:
    """The paragraphs and headings markdown-it-py finds in `body`: the index of the first
    line and the index past the last, the visible pieces (None for a line break), and the
    `factcheck-ignore` comments written before the block or inside it."""
    pending: list[_Directive] = []
    for token in _parser().parse(body):
        if token.type == "html_block" and token.map:
            line = first_body_line + token.map[0]
            pending += [(codes, why, line) for codes, why in directives_in(token.content)]
            continue
        if token.type in _SKIPPED_BLOCKS or token.type != "inline" or not token.map:
            continue
        inline = [c.content for c in token.children or [] if c.type == "html_inline"]
        first = first_body_line + token.map[0]
        here = [(codes, why, first) for html in inline for codes, why in directives_in(html)]
        yield token.map[0], token.map[1], _visible(token.children or []), pending + here
        pending = []


# markdown-it ends a line at CR LF, a lone CR or LF (it normalizes them before parsing), so
# its token line numbers count lone CRs too; a count of LFs alone fell short of them.
_LINE_BREAK = re.compile(r"\r\n?|\n")


def _markdown_line_starts(source: str, start: int) -> list[int]:
    """Offsets where the lines of `source` begin from `start` on, as markdown-it counts lines."""
    return [start, *(match.end() for match in _LINE_BREAK.finditer(source, start))]


@cache
def _parser() -> MarkdownIt:
    """One parser for the run: building it (rules, options) cost more than parsing an article.

    markdown-it-py keeps each parse's state in the call, so one instance parses them all.
    Imported here: only Markdown articles pay for markdown-it-py.
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")


def _visible(children: list) -> list[str | None]:
    """The words of inline tokens a reader sees; None stands for a line break."""
    pieces: list[str | None] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in _SPACES:
            pieces.append(None)
        elif child.type == "image":
            pieces.extend(_visible(child.children or []))
    return pieces

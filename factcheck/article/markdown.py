"""Markdown articles: front matter plus a CommonMark body, read by markdown-it-py.

The parser decides what is emphasis, a link, a comment or code; we keep only the words a
reader sees, and find each piece again in the source to keep its position.
"""

from __future__ import annotations

from factcheck.article.front_matter import FrontMatter
from factcheck.article.normalize import NormalizedText, align

_SKIPPED_BLOCKS = {"fence", "code_block", "html_block", "hr"}
_SPACES = {"softbreak", "hardbreak"}


def add_markdown_body(text: NormalizedText, source: str, front: FrontMatter) -> None:
    """Append the visible words of the Markdown body of `source` to `text`, by paragraph."""
    from markdown_it import MarkdownIt  # imported here: only Markdown articles pay for it

    body = source[front.body_start :]
    line_starts = [front.body_start]
    for index, char in enumerate(body):
        if char == "\n":
            line_starts.append(front.body_start + index + 1)
    parser = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    for token in parser.parse(body):
        if token.type in _SKIPPED_BLOCKS or token.type != "inline" or not token.map:
            continue
        cursor = line_starts[token.map[0]]
        for child in _visible(token.children or []):
            if child is None:
                text.add(" ", [cursor])
                continue
            offsets, cursor = align(child, source, cursor)
            text.add(child, offsets)
        text.end_paragraph()


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

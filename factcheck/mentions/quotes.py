"""Find direct quotes: the words between quotation marks, without the marks.

Marks are paired within a paragraph by their surroundings (an opening mark follows a space or
the paragraph start, a closing one precedes a space or punctuation), so apostrophes never
open a quote. A quote left open at the end of a paragraph runs to its end, as news does when
a quote continues into the next paragraph. Single quotation marks (British style) count only
outside double ones. A comma or period the writer put inside the closing mark is not part of
the quoted words. Real copy slips: a closing mark glued to the next word ('"Little green
men"in Crimea') closes a quote that nothing else closes, and a double quote that ends its
paragraph with a single mark ('… to all of us.\'') ends there.
"""

from __future__ import annotations

from typing import NamedTuple

_OPEN_BEFORE = " ([{/-\n"
_CLOSE_AFTER = " .,;:!?)]}-\n["  # "[": a footnote marker after the mark ("decisions."[5])


class QuoteSpan(NamedTuple):
    """The quoted words [start, end) and the marks around them (close is None when open)."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None


def _can_open(text: str, index: int) -> bool:
    before = text[index - 1] if index else "\n"
    after = text[index + 1] if index + 1 < len(text) else "\n"
    return before in _OPEN_BEFORE and not after.isspace()


def _can_close(text: str, index: int) -> bool:
    before = text[index - 1] if index else "\n"
    after = text[index + 1] if index + 1 < len(text) else "\n"
    return not before.isspace() and (after in _CLOSE_AFTER or after in "\"'")


def _pairs(
    text: str, start: int, end: int, mark: str, *, run_on: bool
) -> list[tuple[int, int | None]]:
    pairs: list[tuple[int, int | None]] = []
    opened: int | None = None
    # A double mark after a word but glued to the next one ('"Little green men"in Crimea'):
    # it closes the quote only if nothing else does before the paragraph ends. A single mark
    # between letters is an apostrophe or an okina ("Pu'u 'Ō'ō"), never a closing mark.
    glued_close: int | None = None
    index = text.find(mark, start, end)
    while index != -1:
        if opened is None:
            if _can_open(text, index):
                opened, glued_close = index, None
        elif _can_close(text, index):
            pairs.append((opened, index))
            opened = None
        elif (
            mark == '"'
            and glued_close is None
            and index > opened + 1
            and not text[index - 1].isspace()
        ):
            glued_close = index
        index = text.find(mark, index + 1, end)
    if opened is not None and glued_close is not None:
        pairs.append((opened, glued_close))
    elif opened is not None and run_on:
        pairs.append((opened, None))
    return pairs


def _words(
    text: str, open_mark: int, close_mark: int | None, paragraph_end: int
) -> QuoteSpan | None:
    start = open_mark + 1
    end = paragraph_end if close_mark is None else close_mark
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if close_mark is None and end - start > 2 and text[end - 1] == "'" and text[end - 2] in ".!?":
        end -= 1  # a double quote closed by a single mark at its paragraph's end ('… us.\'')
    if end > start and text[end - 1] in ",." and not text[start:end].endswith(".."):
        end -= 1
    if end <= start:
        return None
    return QuoteSpan(start, end, open_mark, close_mark)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted passage of the text, in order."""
    found: list[QuoteSpan] = []
    paragraph_start = 0
    while paragraph_start <= len(text):
        paragraph_end = text.find("\n", paragraph_start)
        if paragraph_end == -1:
            paragraph_end = len(text)
        doubles = _pairs(text, paragraph_start, paragraph_end, '"', run_on=True)
        covered = [(o, paragraph_end if c is None else c) for o, c in doubles]
        singles = [
            pair
            for pair in _pairs(text, paragraph_start, paragraph_end, "'", run_on=False)
            if not any(o < pair[0] < c for o, c in covered)
        ]
        for open_mark, close_mark in sorted(doubles + singles):
            span = _words(text, open_mark, close_mark, paragraph_end)
            if span is not None:
                found.append(span)
        paragraph_start = paragraph_end + 1
    return found

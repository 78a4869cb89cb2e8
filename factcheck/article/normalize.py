"""Text normalized for matching, with a map back to the original file.

A re-edit that changes no fact must not break a claim: curly or straight quotes, dash
variants, non-breaking spaces, re-wrapped lines and CRLF all read the same. Every character
of the normalized text remembers the offset of the character it came from, so a match is
reported at its line and column in the file the user edited.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

_QUOTES = dict.fromkeys("‘’‚‛′`´", "'") | dict.fromkeys("“”„‟″«»", '"')
_DASHES = dict.fromkeys("‐‑‒–—―−﹘﹣－", "-")
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_EXPANDED = {"…": "..."}
PARAGRAPH_BREAK = "\n"


def normalize_char(char: str) -> str:
    """The form a character takes for matching ("" for invisible ones, " " for any space)."""
    if char in _DROPPED:
        return ""
    if char.isspace():
        return " "
    return _QUOTES.get(char) or _DASHES.get(char) or _EXPANDED.get(char) or char


def normalize_phrase(text: str) -> str:
    """Normalize a phrase a user typed (a claim's `text` or `context`)."""
    out: list[str] = []
    for char in text:
        norm = normalize_char(char)
        if norm == " " and (not out or out[-1] == " "):
            continue
        out.append(norm)
    return "".join(out).strip()


@dataclass
class NormalizedText:
    """Normalized text plus, for each of its characters, the offset in the original source.

    Paragraphs are separated by a single newline, which never occurs inside one, so no match
    runs from one paragraph into the next.
    """

    source: str
    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    _text: str | None = None
    _line_starts: list[int] | None = None

    def add(self, piece: str, offsets: list[int]) -> None:
        """Append original text `piece` whose characters stand at `offsets` in the source."""
        for char, offset in zip(piece, offsets, strict=True):
            norm = normalize_char(char)
            if not norm:
                continue
            if norm == " " and (not self.chars or self.chars[-1] in (" ", PARAGRAPH_BREAK)):
                continue
            for part in norm:
                self.chars.append(part)
                self.offsets.append(offset)
        self._text = None

    def end_paragraph(self) -> None:
        """Close the current paragraph (a heading, a caption, a list item...)."""
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars and self.chars[-1] != PARAGRAPH_BREAK:
            self.chars.append(PARAGRAPH_BREAK)
            self.offsets.append(self.offsets[-1])
        self._text = None

    @property
    def text(self) -> str:
        """The normalized text."""
        if self._text is None:
            self._text = "".join(self.chars)
        return self._text

    def line_column(self, index: int) -> tuple[int, int]:
        """1-based line and column in the source of normalized character `index`."""
        if self._line_starts is None:
            self._line_starts = [0] + [i + 1 for i, c in enumerate(self.source) if c == "\n"]
        offset = self.offsets[min(index, len(self.offsets) - 1)] if self.offsets else 0
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def paragraph_bounds(self, index: int) -> tuple[int, int]:
        """Start and end (normalized indices) of the paragraph holding `index`."""
        text = self.text
        start = text.rfind(PARAGRAPH_BREAK, 0, index) + 1
        end = text.find(PARAGRAPH_BREAK, index)
        return start, len(text) if end == -1 else end


def align(piece: str, source: str, start: int, window: int = 400) -> tuple[list[int], int]:
    """Offsets in `source`, from `start` on, of the characters of `piece` (parsed text).

    A parser hands us text with its syntax removed (`*`, link targets, entities, YAML
    quoting and folding); we find each character again in the source, in order, skipping
    what the parser dropped. Returns the offsets and the cursor after the piece.
    """
    direct = source.find(piece, start, start + len(piece) + window)
    if direct != -1:
        return list(range(direct, direct + len(piece))), direct + len(piece)
    offsets: list[int] = []
    cursor = start
    for char in piece:
        if char.isspace():
            offsets.append(min(cursor, max(len(source) - 1, 0)))
            continue
        found = source.find(char, cursor, cursor + window)
        if found == -1:
            offsets.append(min(cursor, max(len(source) - 1, 0)))
            continue
        offsets.append(found)
        cursor = found + 1
    return offsets, cursor

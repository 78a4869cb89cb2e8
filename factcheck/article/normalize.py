"""Text normalized for matching, with a map back to the original file.

A re-edit that changes no fact must not break a claim: curly or straight quotes, dash
variants, non-breaking spaces, re-wrapped lines and CRLF all read the same. Every character
of the normalized text remembers the offset of the character it came from, so a match is
reported at its line and column in the file the user edited.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.lazy_pattern import LazyPattern

_QUOTES = dict.fromkeys("‘’‚‛′`´", "'") | dict.fromkeys("“”„‟″«»", '"')
_DASHES = dict.fromkeys("‐‑‒–—―−﹘﹣－", "-")
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_EXPANDED = {"…": "..."}
PARAGRAPH_BREAK = "\n"


_REPLACED = _QUOTES | _DASHES | _EXPANDED | dict.fromkeys(_DROPPED, "")
_TABLE = str.maketrans(_REPLACED)
_SPACES = re.compile(r"\s+")
# A piece with nothing to normalize: no character to replace, no space but single ones
# between other characters.
_KEPT = "[^\\s" + re.escape("".join(_REPLACED)) + "]+"
_PLAIN = re.compile(f"(?:{_KEPT} )*{_KEPT}")


def normalize_char(char: str) -> str:
    """The form a character takes for matching ("" for invisible ones, " " for any space)."""
    replaced = _REPLACED.get(char)
    if replaced is not None:
        return replaced
    return " " if char.isspace() else char


@lru_cache(maxsize=8192)
def normalize_phrase(text: str) -> str:
    """Normalize a phrase a user typed (a claim's `text` or `context`).

    Cached: checks normalize the same claim texts and subject names many times a run.
    """
    return _SPACES.sub(" ", text.translate(_TABLE)).strip()


@dataclass
class NormalizedText:
    """Normalized text plus, for each of its characters, the offset in the original source.

    Paragraphs are separated by a single newline, which never occurs inside one, so no match
    runs from one paragraph into the next.

    The offsets are kept as runs: most pieces a parser hands over are found whole in the
    source, so their characters' offsets rise one by one. A run is where it starts in the
    normalized text and the offset of its first character; a character's offset is found by
    bisection. An array of every character's offset cost a tenth of reading an article to
    fill (`offsets` still gives one, for the few callers that walk every character).
    """

    source: str
    chars: list[str] = field(default_factory=list)
    _text: str | None = None
    _line_starts: list[int] | None = None
    # Where each run starts in the normalized text, and the source offset of its first
    # character; `_size` characters in all.
    _run_starts: list[int] = field(default_factory=list)
    _run_offsets: list[int] = field(default_factory=list)
    _size: int = 0
    _array: array[int] | None = None  # `offsets`, made when first asked for

    def add(self, piece: str, offsets: Sequence[int]) -> None:
        """Append original text `piece` whose characters stand at `offsets` in the source."""
        if _PLAIN.fullmatch(piece):
            # Most pieces are words and single spaces, nothing to fold: take them whole.
            self.chars.extend(piece)
            if type(offsets) is range and offsets.step == 1:
                self._append_run(offsets.start, len(offsets))
            else:
                for offset in offsets:
                    self._append_run(offset, 1)
            self._text = None
            return
        for char, offset in zip(piece, offsets, strict=True):
            norm = normalize_char(char)
            if not norm:
                continue
            if norm == " " and (not self.chars or self.chars[-1] in (" ", PARAGRAPH_BREAK)):
                continue
            for part in norm:
                self.chars.append(part)
                self._append_run(offset, 1)
        self._text = None

    def _append_run(self, first: int, length: int) -> None:
        """Offsets first, first + 1, ... for `length` more characters."""
        if not length:
            return
        self._array = None
        starts = self._run_starts
        if starts and self._run_offsets[-1] + self._size - starts[-1] == first:
            self._size += length  # the last run goes on
            return
        starts.append(self._size)
        self._run_offsets.append(first)
        self._size += length

    def _offset(self, index: int) -> int:
        """The source offset of normalized character `index` (an array's indexing)."""
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("normalized index out of range")
        run = bisect.bisect_right(self._run_starts, index) - 1
        return self._run_offsets[run] + index - self._run_starts[run]

    @property
    def offsets(self) -> array[int]:
        """Each normalized character's offset in the source (8 bytes a character)."""
        if self._array is None:
            self._array = array("q")
            ends = [*self._run_starts[1:], self._size] if self._run_starts else []
            for start, end, first in zip(self._run_starts, ends, self._run_offsets, strict=True):
                self._array.extend(range(first, first + end - start))
        return self._array

    def end_paragraph(self) -> None:
        """Close the current paragraph (a heading, a caption, a list item...)."""
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self._array = None
            self._size -= 1
            if self._size == self._run_starts[-1]:
                self._run_starts.pop()
                self._run_offsets.pop()
        if self.chars and self.chars[-1] != PARAGRAPH_BREAK:
            self.chars.append(PARAGRAPH_BREAK)
            self._append_run(self._offset(-1), 1)
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
            self._line_starts = line_starts(self.source)
        offset = self._offset(min(index, self._size - 1)) if self._size else 0
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def original(self, start: int, end: int) -> str:
        """The source's characters for normalized [start, end) (empty when not contiguous)."""
        if not self._size or start >= end:
            return ""
        first, last = self._offset(start), self._offset(end - 1)
        return self.source[first : last + 1] if last >= first else ""

    def paragraph_bounds(self, index: int) -> tuple[int, int]:
        """Start and end (normalized indices) of the paragraph holding `index`."""
        return paragraph_bounds(self.text, index)


# The paragraph breaks of the latest text asked about: each claim and mention asks for its
# paragraph, and a search of the text back and forth for the breaks at each question was
# quadratic in a long paragraph. Keyed by the text object itself; only the latest is kept.
_breaks_of: tuple[str, list[int]] = ("", [])


def paragraph_bounds(text: str, index: int) -> tuple[int, int]:
    """Start and end of the paragraph of `text` (normalized) holding `index`.

    The same as `text.rfind(PARAGRAPH_BREAK, 0, index) + 1` and `text.find(PARAGRAPH_BREAK,
    index)` (or the text's end), by bisection in the text's breaks, found once."""
    global _breaks_of
    if _breaks_of[0] is not text:
        _breaks_of = (text, paragraph_starts(text))
    return paragraph_within(_breaks_of[1], len(text), index)


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph but the first begins: one past each break (normalized text)."""
    return line_starts(text)[1:]


def paragraph_within(starts: Sequence[int], length: int, index: int) -> tuple[int, int]:
    """`paragraph_bounds` in a text of `length` whose `paragraph_starts` are `starts` (the
    mention finder keeps them with its own copy of the text: `mentions._text.Doc`)."""
    after = bisect.bisect_right(starts, index)
    start = starts[after - 1] if after else 0
    end = starts[after] - 1 if after < len(starts) else length
    return start, end


# The offsets of one character in the latest text asked about, for the same reason: each
# claim asks how many double quotes open before it in its paragraph, and counting them
# afresh at each question was quadratic in a long paragraph of many claims.
_offsets_of: tuple[str, str, Sequence[int]] = ("", "", array("q"))


def count_between(text: str, character: str, start: int, end: int) -> int:
    """`text[start:end].count(character)` for one character, by bisection in its offsets,
    found once per text (only the latest text and character are kept)."""
    global _offsets_of
    if _offsets_of[0] is not text or _offsets_of[1] != character:
        offsets = array("q")  # 8 bytes an offset, not a list's 36
        at = text.find(character)
        while at != -1:
            offsets.append(at)
            at = text.find(character, at + 1)
        _offsets_of = (text, character, offsets)
    offsets = _offsets_of[2]
    start, end, _ = slice(start, end).indices(len(text))
    return max(0, bisect.bisect_left(offsets, end) - bisect.bisect_left(offsets, start))


def line_starts(source: str, start: int = 0) -> list[int]:
    """Offsets where the lines of `source` begin, from `start` on (`start` itself first).

    Found with `str.find`, not by visiting each character: an article has thousands of
    characters and a few dozen line breaks.
    """
    starts = [start]
    newline = source.find("\n", start)
    while newline != -1:
        starts.append(newline + 1)
        newline = source.find("\n", newline + 1)
    return starts


def align(piece: str, source: str, start: int, window: int = 400) -> tuple[Sequence[int], int]:
    """Offsets in `source`, from `start` on, of the characters of `piece` (parsed text).

    A parser hands us text with its syntax removed (`*`, link targets, entities, YAML
    quoting and folding); we find each character again in the source, in order, skipping
    what the parser dropped. Returns the offsets and the cursor after the piece.

    A character the source writes as a reference (`&amp;`, `&nbsp;`, `&#8212;`) is placed
    on the reference and the cursor moves past it: searching for the bare character instead
    put the `s` of "Putin&nbsp;said" on the `s` of `&nbsp;`, so a claim "said" was reported
    at the wrong column.
    """
    direct = source.find(piece, start, start + len(piece) + window)
    if direct != -1:
        return range(direct, direct + len(piece)), direct + len(piece)
    offsets: list[int] = []
    cursor = start
    for char in piece:
        if char.isspace():
            if cursor < len(source) and source[cursor].isspace():
                offsets.append(cursor)
                cursor += 1
                continue
            reference = _reference(source, cursor)
            if reference is not None and reference[0].isspace():
                offsets.append(cursor)
                cursor = reference[1]
                continue
            offsets.append(min(cursor, max(len(source) - 1, 0)))
            continue
        found = _find(source, char, cursor, cursor + window)
        if found is None:
            offsets.append(min(cursor, max(len(source) - 1, 0)))
            continue
        offsets.append(found[0])
        cursor = found[1]
    return offsets, cursor


_REFERENCE = LazyPattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _reference(source: str, index: int) -> tuple[str, int] | None:
    """The character a reference at `index` stands for, and the index after it."""
    match = _REFERENCE.match(source, index)
    if match is None:
        return None
    import html  # here: only an article that writes a character reference needs it

    value = html.unescape(match.group())
    if len(value) != 1 or value == match.group():
        return None
    return value, match.end()


def _find(source: str, char: str, start: int, stop: int) -> tuple[int, int] | None:
    """Where `char` stands in `source[start:stop]`, written as itself or as a reference."""
    index = start
    while index < stop:
        plain = source.find(char, index, stop)
        amp = source.find("&", index, stop if plain == -1 else plain + 1)
        if amp == -1:
            return None if plain == -1 else (plain, plain + 1)
        reference = _reference(source, amp)
        if reference is not None and reference[0] == char:
            return amp, reference[1]
        if amp == plain:  # a bare "&" is the character itself
            return plain, plain + 1
        index = amp + 1
    return None

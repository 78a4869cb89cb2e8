"""The rich report's text without rich, for output that is not a terminal.

When the rich report goes to a pipe or a file (a CI log, pre-commit, `| less`, `--output`),
rich writes no colour, no markup and wraps nothing (the report asks it not to), so what it
prints is each line's characters and a line feed. Importing rich for that costs a cold run
about 25 ms (42 modules). `PlainText` and `PlainConsole` are stand-ins for the few parts of
`rich.text.Text` and `rich.console.Console` the report uses, keeping the characters and
dropping the styles, so the report's code is the same for both; `rich_report.plain_output`
says when they are used. `tests/test_rich_plain.py` renders reports both ways and compares
them byte for byte.

What rich does to the characters, and so this module too: a `Text` drops the control
codes BEL, BS, VT, FF and CR (`rich.control.strip_control_codes`); a line with a tab has its
tabs expanded to 8 columns by cell width (left to rich itself: the report escapes tabs, so
it never happens in practice); the cell width of a text (only asked whether it is zero here)
follows rich's table.
"""

from __future__ import annotations

from typing import IO

# rich.control.STRIP_CONTROL_CODES: what rich's Text drops from every string it is given.
_STRIPPED = {7: None, 8: None, 11: None, 12: None, 13: None}
# Non-ASCII characters the report itself prints, one cell each in rich's table (a test
# checks it), so the common report needs no width table.
_ONE_CELL = frozenset("✓✗·↳“”…")
# What rich adds to the error when a stream cannot encode a character (rich.console).
_ENCODING_HINT = "*** You may need to add PYTHONIOENCODING=utf-8 to your environment ***"


def _clean(text: str) -> str:
    return text.translate(_STRIPPED) if not text.isprintable() else text


def cell_len(text: str) -> int:
    """The columns `text` takes on a terminal, as rich counts them."""
    if text.isascii() and text.isprintable():
        return len(text)
    if all(" " <= char <= "~" or char in _ONE_CELL for char in text):
        return len(text)
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


class PlainText:
    """The characters of a `rich.text.Text`, with the methods the report calls on one."""

    __slots__ = ("plain", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.plain = _clean(text)
        self.style = style  # kept only because the report passes styles along

    @classmethod
    def assemble(cls, *parts: str | PlainText | tuple[str, str]) -> PlainText:
        """`Text.assemble`: the parts, each a string, a text or a (string, style) pair."""
        text = cls()
        for part in parts:
            text.append(part[0] if isinstance(part, tuple) else part)
        return text

    @property
    def cell_len(self) -> int:
        return cell_len(self.plain)

    def __len__(self) -> int:
        return len(self.plain)

    def __getitem__(self, index: slice) -> PlainText:
        if index.step is not None:  # rich's Text refuses a step too
            raise TypeError("slices with a step are not supported")
        return PlainText(self.plain[index], self.style)

    def __add__(self, other: str | PlainText) -> PlainText:
        result = self.copy()
        result.append(other)
        return result

    def copy(self) -> PlainText:
        return PlainText(self.plain, self.style)

    def append(self, text: str | PlainText) -> PlainText:
        self.plain += text.plain if isinstance(text, PlainText) else _clean(text)
        return self

    def append_text(self, text: PlainText) -> PlainText:
        self.plain += text.plain
        return self

    def rstrip(self) -> None:
        self.plain = self.plain.rstrip()

    def split(self, separator: str, allow_blank: bool = False) -> list[PlainText]:
        """`Text.split` (separators dropped; a trailing empty piece only with allow_blank)."""
        pieces = self.plain.split(separator)
        if not allow_blank and self.plain.endswith(separator):
            pieces.pop()
        return [PlainText(piece, self.style) for piece in pieces]


class PlainConsole:
    """`Console.print` for a stream that is no terminal: each text's characters on a line,
    flushed after each print as rich does."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def print(self, text: PlainText | None = None) -> None:
        line = "" if text is None else text.plain
        if "\t" in line:  # rich expands tabs by cell width: let it
            self._rich_print(line)
            return
        try:
            self.stream.write(line + "\n")
        except UnicodeEncodeError as error:  # rich says the same
            error.reason = f"{error.reason}\n{_ENCODING_HINT}"
            raise
        self.stream.flush()

    def _rich_print(self, line: str) -> None:
        from rich.console import Console
        from rich.text import Text

        Console(file=self.stream, force_terminal=False, highlight=False, soft_wrap=True).print(
            Text(line)
        )

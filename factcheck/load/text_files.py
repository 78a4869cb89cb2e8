"""Reading a text file as UTF-8, saying where it is not, within the run's read rule."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.findings import Finding
from factcheck.safe_paths import ReadPolicy


class DecodeProblem(Exception):
    """The file is not UTF-8; knows the line and column of the first bad byte."""

    def __init__(self, line: int, column: int, byte: int) -> None:
        super().__init__(f"byte 0x{byte:02x} is not UTF-8")
        self.line = line
        self.column = column
        self.byte = byte

    def finding(self, code: str, file: str) -> Finding:
        """The located finding for this problem in `file`."""
        return Finding(
            code,
            "error",
            f"the file is not UTF-8 (byte 0x{self.byte:02x})",
            file,
            self.line,
            self.column,
            "Save the file as UTF-8 (most editors: 'Save with encoding').",
        )


def decode_utf8(raw: bytes) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped), or raise `DecodeProblem`."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        raise DecodeProblem(line, column, raw[error.start]) from None


def position_of_match(text: str, pattern: str) -> tuple[int, int] | None:
    """(line, column), from 1, of the first match of `pattern` in `text`; None if none.

    Parsers that only say "a number is too long" (Python's 4,300-digit limit, inside
    json and tomllib) are located this way: by the run of digits itself."""
    match = re.search(pattern, text)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    return line, match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1


def read_text(path: Path, policy: ReadPolicy | None = None) -> str:
    """Read `path` as UTF-8 text, if `policy` (default: inside the current folder) allows.

    `safe_paths.Refused` (an OSError) and other OSErrors are left to the caller.
    """
    return decode_utf8((policy or ReadPolicy.here()).read_bytes(path))

"""The one rule for every file factcheck reads: a regular file inside the root, size-bounded.

factcheck runs in CI on pull requests, and whoever opens one controls every path a claims
file, a lock or a configuration names. So a path is read only if, after following
symlinks, it lies inside the repository root, has no `.git` component (a token lives in
`.git/config`), holds no NUL byte, and is a regular file no larger than the limit. The
file is opened without blocking (a FIFO never hangs the run) and the descriptor is checked
with fstat BEFORE a byte is read, so `/dev/zero`, a FIFO or a huge file is refused, not
read; at most limit + 1 bytes are ever read, even if the file grows meanwhile.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_FILE_SIZE = 10_000_000  # 10 MB: far beyond any article or claims file

# Refusal codes: the finding code for each broken part of the rule.
OUTSIDE_ROOT, NOT_REGULAR, TOO_LARGE = "FC116", "FC117", "FC118"

_UNITS = {
    "": 1,
    "b": 1,
    "kb": 1000,
    "mb": 1000**2,
    "gb": 1000**3,
    "kib": 1024,
    "mib": 1024**2,
    "gib": 1024**3,
}


class Refused(OSError):
    """A path breaks the rule; `code` is the finding code, the message names path and rule."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class ReadPolicy:
    """Where reads may go (`root`, resolved) and how large a file may be (bytes)."""

    root: Path
    max_file_size: int = DEFAULT_MAX_FILE_SIZE

    @classmethod
    def at(cls, root: Path, max_file_size: int = DEFAULT_MAX_FILE_SIZE) -> ReadPolicy:
        """A policy for `root` (resolved here, once)."""
        return cls(Path(os.path.realpath(root)), max_file_size)

    @classmethod
    def here(cls) -> ReadPolicy:
        """The default where no run chose one: inside the current folder, default limit."""
        return cls.at(Path.cwd())

    def resolve(self, path: Path | str) -> Path:
        """The real path of `path` if it may be read; raises `Refused` if not.

        Only the name is checked here (NUL, root, `.git`); `read_bytes` checks the file.
        """
        text = os.fspath(path)
        if "\0" in text:
            shown = text.replace("\0", "\\0")
            raise Refused(NOT_REGULAR, f"{shown} holds a NUL byte, which no file name can hold")
        real = Path(os.path.realpath(text))
        try:
            inside = real.relative_to(self.root)
        except ValueError:
            raise Refused(
                OUTSIDE_ROOT,
                f"{text} is outside the repository root {self.root}"
                + (f" (it leads to {real})" if str(real) != text else "")
                + "; factcheck reads only files inside the root",
            ) from None
        if ".git" in inside.parts:
            raise Refused(
                OUTSIDE_ROOT,
                f"{text} is inside a .git folder, which factcheck never reads "
                "(it can hold credentials)",
            )
        return real

    def read_bytes(self, path: Path | str) -> bytes:
        """The bytes of `path`, if the rule allows it; raises `Refused` or OSError.

        FileNotFoundError and the like pass through unchanged, so callers keep their
        "does not exist" messages.
        """
        real = self.resolve(path)
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
        flags |= getattr(os, "O_NOFOLLOW", 0)  # `real` has no links; one put there now fails
        try:
            descriptor = os.open(real, flags)
        except OSError as error:
            if getattr(error, "errno", None) == getattr(os, "ELOOP", -1):
                raise Refused(NOT_REGULAR, f"{path} changed into a symbolic link") from None
            if error.filename is None:
                error.filename = str(path)
            raise
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise Refused(
                    NOT_REGULAR,
                    f"{path} is {file_kind(status.st_mode)}, not a regular file; "
                    "factcheck reads only regular files",
                )
            limit = self.max_file_size
            if status.st_size > limit:
                raise Refused(TOO_LARGE, _too_large(path, f"{status.st_size:,} bytes", limit))
            chunks = []
            left = limit + 1
            while left > 0:
                chunk = os.read(descriptor, min(left, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            data = b"".join(chunks)
            if len(data) > limit:  # it grew after fstat
                raise Refused(TOO_LARGE, _too_large(path, "it grew while read", limit))
            return data
        finally:
            os.close(descriptor)


def _too_large(path: Path | str, size: str, limit: int) -> str:
    return (
        f"{path} is larger than the limit of {format_size(limit)} ({size}); "
        "raise `max-file-size` in the configuration if it is meant to be read"
    )


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, for a message: "a folder", "a device"…"""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def parse_size(value: object) -> int:
    """`max-file-size` as bytes: a whole number, or text like "10 MB", "512 KiB".

    Raises ValueError with the accepted forms.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{1,15})(?:\.(\d{1,6}))?\s*([A-Za-z]{0,3})\s*", value)
        if match and match.group(3).lower() in _UNITS:
            whole, fraction, unit = match.groups()
            number = float(f"{whole}.{fraction or 0}")
            size = int(number * _UNITS[unit.lower()])
            if size > 0:
                return size
    raise ValueError(
        f"`max-file-size` takes a positive number of bytes or a size such as "
        f'"10 MB" or "512 KiB", not {value!r}'
    )


def format_size(size: int) -> str:
    """A size as people write it: 10 MB, 512 KiB, 1,234 bytes."""
    for unit, factor in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size:,} bytes"

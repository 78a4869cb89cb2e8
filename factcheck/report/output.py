"""Writing files (reports, drafts, locks): whole or not at all, and only ever regular files.

factcheck runs as root in CI on pull requests, so the path it is told to write may be a
device (`/dev/null`), a FIFO, a folder or a symlink placed there by whoever opened the pull
request. Renaming a temporary file over such a path would replace the device or write
through the link; it is refused instead, before anything is written. A replaced file keeps
its mode; a new one gets the umask's (0644 under the usual 022), not mkstemp's 0600.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from factcheck.safe_paths import file_kind


class UnsafeOutput(OSError):
    """The path to write is not a regular file (or a folder on its way is not a folder)."""


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file, so no reader sees half a file."""
    with atomic_text_file(path) as stream:
        stream.write(text)


def check_writable(path: Path) -> int | None:
    """The mode to give the new file at `path`: the old file's, or None for the umask's.

    Raises `UnsafeOutput` when `path` is a symlink, device, FIFO, socket or folder.
    """
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        raise UnsafeOutput(f"{path}: a folder on the way is not a folder") from None
    if stat.S_ISLNK(status.st_mode):
        raise UnsafeOutput(f"{path} is a symbolic link; factcheck writes only regular files")
    if not stat.S_ISREG(status.st_mode):
        kind = file_kind(status.st_mode)
        raise UnsafeOutput(f"{path} is {kind}, not a regular file; factcheck will not replace it")
    return stat.S_IMODE(status.st_mode)


def _umask_mode() -> int:
    """0666 less the process's umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_text_file(path: Path | None) -> Iterator[IO[str]]:
    """A stream to write to: standard output, or a temporary file beside `path` that
    replaces it only when complete. Raises `UnsafeOutput` before writing anything if `path`
    is not a regular file (or absent)."""
    if path is None:
        yield sys.stdout
        return
    mode = check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # here: it imports shutil, and with it bz2 and lzma (~5 ms a cold run)

    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(handle, _umask_mode() if mode is None else mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        # Looked at again just before the rename: a link or device put there meanwhile is
        # refused too (the rename itself replaces a link, never writes through it).
        check_writable(path)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""How files are named in findings and reports: relative to the current folder when inside it."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """`path` relative to the current folder if it is inside it, else as given."""
    try:
        return str(path.resolve().relative_to(_real_cwd()))
    except ValueError:
        return str(path)


# The current folder as last asked, and its real path.
_cwd_of: tuple[str, Path] = ("", Path())


def _real_cwd() -> Path:
    """The current folder's real path, resolved again only when the folder changes: an
    archive run names two files a claims file, and resolving the folder's links each time
    was half of naming them."""
    global _cwd_of
    here = os.getcwd()
    if _cwd_of[0] != here:
        _cwd_of = (here, Path(here).resolve())
    return _cwd_of[1]


def real_path(path: Path | str) -> str:
    """`os.path.realpath(path)`, or the absolute path as written for a name no file can have
    (a NUL byte, which a claims file from a pull request can hold): it then matches no file,
    and reading it is refused where it is read (FC117)."""
    try:
        return os.path.realpath(path)
    except ValueError:
        return os.path.abspath(path)

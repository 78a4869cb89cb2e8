"""How files are named in findings and reports: relative to the current folder when inside it."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """`path` relative to the current folder if it is inside it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def real_path(path: Path | str) -> str:
    """`os.path.realpath(path)`, or the absolute path as written for a name no file can have
    (a NUL byte, which a claims file from a pull request can hold): it then matches no file,
    and reading it is refused where it is read (FC117)."""
    try:
        return os.path.realpath(path)
    except ValueError:
        return os.path.abspath(path)

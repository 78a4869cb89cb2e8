"""The repository root: the folder factcheck reads inside, and where it came from.

In order: `--root DIR`; the folder of a configuration file found by walking up from the
current folder; the git top level (the nearest folder with a `.git` entry, found without
running git); the current folder. A configuration named with `--config` or
`$FACTCHECK_CONFIG` is chosen by whoever runs factcheck, not by the repository, so it does
not move the root: the root is then found from the current folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class RootError(Exception):
    """`--root` names something that is not a folder: the run stops with exit 2."""


@dataclass(frozen=True, slots=True)
class Root:
    """The resolved root folder and a phrase saying why it is the root."""

    path: Path
    origin: str


def git_top_level(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding `.git` (a folder, or a worktree's file)."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def find_root(explicit: str | None, walked_config: Path | None) -> Root:
    """The root for a run started in the current folder; `walked_config` is the
    configuration file found by walking up (None when there is none, or when one was named
    explicitly). The current folder is the process's, where the command (or pytest) runs,
    even when the configuration was searched from a claims file's folder."""
    if explicit is not None:
        path = Path(explicit)
        if "\0" in explicit or not path.is_dir():
            raise RootError(f"--root {explicit!r} is not a folder")
        return Root(path.resolve(), "--root")
    if walked_config is not None:
        return Root(walked_config.resolve().parent, f"the folder of {walked_config}")
    here = Path.cwd().resolve()
    top = git_top_level(here)
    if top is not None:
        return Root(top, "the git top level")
    return Root(here, "the current folder: no configuration file found, not in a git repository")

"""Which claims files a run checks: the paths given, folders searched, in one fixed order.

The list lives for the whole run, so an archive must not pay much for it: it is kept as
path strings, about 100 bytes a file, and a file's `Path` is made when it is checked.
Measured on the 10,000-file scale corpus: 1.0 MiB kept and 1.9 MiB at the peak of the walk,
where the `sorted(rglob(...))` list of `Path` objects and a task object per file held
5.5 MiB, and the walk peaked at 6.6 MiB.

The order is the one `sorted(folder.rglob("*"))` gave, which reports and `--shard` rely on:
by path component, so `a/b.yaml` comes before `a-c.yaml` (a string sort would put it after),
not into linked folders (a linked claims file is listed, and refused when read if it leads
outside the root), hidden files included, `.git` folders excluded. Every path given must lie
inside the repository root (`factcheck.safe_paths`); a folder is walked only inside it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from factcheck.lazy_pattern import LazyPattern
from factcheck.safe_paths import ReadPolicy, Refused

CLAIMS_SUFFIXES = (".yaml", ".yml")

# pathlib compares Windows paths case-insensitively; the walk gives the order it gave.
_ORDER = str.lower if os.name == "nt" else None


class SelectionError(Exception):
    """A path given cannot be checked: missing, an empty folder, an unreadable folder."""


def claims_files(
    chosen: list[Path], policy: ReadPolicy, links: dict[str, frozenset[str]] | None = None
) -> list[str]:
    """The claims files among `chosen`: files as given, folders searched for *.yaml, *.yml.

    A path outside `policy`'s root, or neither a regular file nor a folder, is refused.
    `links`, when given, receives the names of the symbolic links in each folder walked,
    by the folder as a listed name's part before its last separator: `--changed-since`
    needs them to resolve 10,000 names, and a second listing of the folder cost 4 ms.
    """
    files: list[str] = []
    for path in chosen:
        try:
            policy.resolve(path)
        except Refused as refused:
            raise SelectionError(refused.message) from None
        if path.is_dir():
            before = len(files)
            _walk(str(path), files, links=links)
            if len(files) == before:
                raise SelectionError(f"{path} holds no claims files (*.yaml, *.yml)")
        elif path.is_file():
            files.append(str(path))
        elif path.exists():
            raise SelectionError(
                f"{path} is not a regular file or a folder; factcheck reads only regular files"
            )
        else:
            raise SelectionError(f"{path} does not exist")
    return files


def _walk(
    folder: str,
    into: list[str],
    skip: Callable[[str], bool] | None = None,
    links: dict[str, frozenset[str]] | None = None,
) -> None:
    """Append the claims files under `folder` to `into`, depth first in name order.

    Only the names of a folder's claims files and subfolders are held while it is sorted,
    not its `os.DirEntry` objects (with them the walk of 10,000 files peaked at 2.6 MiB).
    A stack of the open folders' remaining names, not recursion: a pull request can nest
    folders deeper than Python's recursion limit (1,100 deep made a RecursionError).
    """
    stack = [(_prefix(folder), *_listing(folder, skip, links))]
    while stack:
        prefix, names, folders = stack[-1]
        if not folders:  # only files left here (a claims folder): joined in one go
            into.extend([prefix + name for name in reversed(names)])
            names.clear()
        if not names:
            stack.pop()
            continue
        name = names.pop()
        path = prefix + name
        if name in folders:
            folders.discard(name)
            stack.append((_prefix(path), *_listing(path, skip, links)))
        else:
            into.append(path)


def _prefix(folder: str) -> str:
    """What `os.path.join(folder, name)` puts before a name (none for "." or "", as
    `Path(".") / name`): worked out once a folder, not by a join per file (10,000 joins
    were 8 ms of a changed-since run)."""
    if folder in (".", ""):
        return ""
    return folder if folder.endswith(os.sep) else folder + os.sep


def _listing(
    folder: str,
    skip: Callable[[str], bool] | None,
    links: dict[str, frozenset[str]] | None = None,
) -> tuple[list[str], set[str]]:
    """`folder`'s claims files and subfolders by name, last first (taken from the end), and
    which of them are folders; its symbolic links' names go to `links` (when given)."""
    names: list[str] = []
    folders: set[str] = set()
    linked: list[str] = []
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                name = entry.name
                if links is not None and entry.is_symlink():
                    linked.append(name)
                # As `_suffix(name) in CLAIMS_SUFFIXES`, without a call per file.
                if (
                    name.endswith(CLAIMS_SUFFIXES)
                    and name not in CLAIMS_SUFFIXES
                    and entry.is_file()
                ):
                    names.append(name)
                elif (
                    entry.is_dir(follow_symlinks=False)
                    and name != ".git"
                    and not (skip and skip(name))
                ):
                    folders.add(name)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SelectionError(f"cannot read the folder {folder}: {reason}") from None
    if links is not None:
        # keyed as `changes._listing` is: a joined name's part before its last separator
        parent, separator, _ = (_prefix(folder) + "-").rpartition(os.sep)
        links[parent or separator] = frozenset(linked)
    names.extend(folders)
    names.sort(key=_ORDER)
    names.reverse()
    return names, folders


def _suffix(name: str) -> str:
    """The suffix as `Path.suffix` reads it: none for `.yaml` alone or a trailing dot."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


# What marks a YAML file as a claims file when factcheck looks for them itself: the two
# top-level keys every claims file has. A workflow, a compose file or factcheck.yaml has
# neither pair, so they are not mistaken for one.
_CLAIMS_KEY = LazyPattern(rb"^claims[ \t]*:", re.MULTILINE)
_ARTICLE_KEY = LazyPattern(rb"^article[ \t]*:", re.MULTILINE)
# Folders a repository keeps tools or other people's files in, never its claims.
_NOT_SEARCHED = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


def discover_claims_files(folder: Path, policy: ReadPolicy) -> list[str]:
    """The claims files under `folder` (with top-level `claims:` and `article:` keys), in
    the walk's order: what `factcheck verify` checks given no path and no configuration, as
    ruff checks ".". Hidden folders (`.git`, `.venv`, `.github`) are not searched; a file
    the read rule refuses (outside the root, too large) is not a candidate."""
    candidates: list[str] = []
    _walk(str(folder), candidates, skip=lambda name: name.startswith(".") or name in _NOT_SEARCHED)
    found = []
    for path in candidates:
        try:
            head = policy.read_bytes(path)
        except OSError:
            continue
        if _CLAIMS_KEY.search(head) and _ARTICLE_KEY.search(head):
            found.append(path)
    return found

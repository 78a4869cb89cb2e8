"""`--changed-since REF`: pick the claims files a change touched, before running anything.

A claims file is picked when it, its article or its lock file changed since the git ref
(committed, staged, unstaged or new and not ignored). For each picked article, the
paragraphs that differ from the ref's version are reported by line, so a reviewer sees what
the pull request changed next to what it broke.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from factcheck.safe_paths import ReadPolicy, Refused


class ChangesError(Exception):
    """git could not answer (not a repository, unknown ref): the run stops with exit 2."""


def _git(root: Path, *args: str, errors: str = "surrogateescape") -> str:
    """git's output as text. Its bytes are whatever the history holds, so they are decoded
    here: file names as the file system's (`surrogateescape`, as `os.fsdecode` does), an
    old article with `errors="replace"`; never strictly, which a byte not UTF-8 would crash."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        reason = (stderr.strip().splitlines() or ["git failed"])[-1]
        raise ChangesError(f"git {args[0]}: {reason}")
    return done.stdout.decode("utf-8", errors)


def repository_root(start: Path) -> Path:
    return Path(_git(start, "rev-parse", "--show-toplevel").strip())


def changed_since(ref: str, start: Path) -> set[Path]:
    """Absolute paths of the files that differ from `ref` in the working tree."""
    root = repository_root(start)
    try:
        _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except ChangesError:
        raise ChangesError(f"`{ref}` is not a commit, branch or tag of this repository") from None
    # -z: names as they are, not C-quoted (git quotes `é` as "\303\251", which names no file).
    names = _git(root, "diff", "-z", "--name-only", "--no-renames", ref, "--").split("\0")
    names += _git(root, "ls-files", "-z", "--others", "--exclude-standard").split("\0")
    return {(root / name).resolve() for name in names if name}


def article_of(claims_file: Path, policy: ReadPolicy | None = None) -> Path | None:
    """The article a claims file names, read cheaply (None if the file cannot say, or the
    read rule refuses it: the check itself then reports why)."""
    from factcheck.load.positioned_yaml import YamlProblem, load_positioned
    from factcheck.load.text_files import DecodeProblem, read_text

    try:
        data, _ = load_positioned(read_text(claims_file, policy))
    except (YamlProblem, DecodeProblem, OSError, RecursionError):
        return None
    article = data.get("article") if isinstance(data, dict) else None
    path = article.get("path") if isinstance(article, dict) else None
    if not isinstance(path, str):
        return None
    try:
        return (claims_file.parent / path).resolve()
    except (OSError, ValueError):  # ValueError: a NUL in the path, which no file can have
        return None


def select_changed(
    claims_files: list[Path], changed: set[Path], policy: ReadPolicy | None = None
) -> list[Path]:
    """The claims files whose own file, article or lock file is among `changed`."""
    from factcheck.pin.lock import lock_path

    picked = []
    for claims_file in claims_files:
        related = {claims_file.resolve(), lock_path(claims_file).resolve()}
        article = article_of(claims_file, policy)
        if article is not None:
            related.add(article)
        if related & changed:
            picked.append(claims_file)
    return picked


def changed_paragraph_lines(article: Path, ref: str, policy: ReadPolicy | None = None) -> list[int]:
    """First lines of the article's paragraphs that are not in its version at `ref`.

    The article is read under `policy`'s rule; a refused one has no changed lines (its
    check already reported the refusal).
    """
    from factcheck.article.model import ArticleProblem
    from factcheck.article.reader import read_article

    root = repository_root(article.parent)
    relative = article.resolve().relative_to(root).as_posix()
    try:
        old_source = _git(root, "show", f"{ref}:{relative}", errors="replace")
    except ChangesError:
        old_source = ""  # a new article: every paragraph is new
    if policy is not None and len(old_source) > policy.max_file_size:
        old_source = ""  # the old version is over the size limit: compare with nothing
    try:
        new = read_article(article, str(article), policy=policy)
        old = read_article(article, str(article), source=old_source)
    except (ArticleProblem, Refused):
        return []
    before = set(old.text.text.split("\n"))
    lines = []
    offset = 0
    for paragraph in new.text.text.split("\n"):
        if paragraph and paragraph not in before:
            lines.append(new.text.line_column(offset)[0])
        offset += len(paragraph) + 1
    return lines

"""`--changed-since REF`: pick the claims files a change touched, before running anything.

A claims file is picked when it, its article or its lock file changed since the git ref
(committed, staged, unstaged or new and not ignored). For each picked article, the
paragraphs that differ from the ref's version are reported by line, so a reviewer sees what
the pull request changed next to what it broke.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from factcheck.safe_paths import ReadPolicy, Refused

_P = TypeVar("_P", str, Path)


class ChangesError(Exception):
    """git could not answer (not a repository, unknown ref): the run stops with exit 2."""


def _git(root: Path, *args: str, errors: str = "surrogateescape") -> str:
    """git's output as text. Its bytes are whatever the history holds, so they are decoded
    here: file names as the file system's (`surrogateescape`, as `os.fsdecode` does), an
    old article with `errors="replace"`; never strictly, which a byte not UTF-8 would crash."""
    return _git_bytes(root, *args).decode("utf-8", errors)


def _git_bytes(root: Path, *args: str) -> bytes:
    """git's output as it is (`ChangesError` when git fails or is missing)."""
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        stderr = done.stderr.decode("utf-8", "replace")
        reason = (stderr.strip().splitlines() or ["git failed"])[-1]
        raise ChangesError(f"git {args[0]}: {reason}")
    return done.stdout


def content_at(ref: str, path: Path) -> bytes | None:
    """The bytes of the file at `path` (absolute) in `ref`'s tree; None if `ref` has no file
    there (it is new since, or outside the repository). Asked from the file's own folder as
    `REF:./NAME`, which git resolves in the repository holding that folder: one git process,
    not a second one to find the top level first."""
    try:
        real = path.resolve()
        return _git_bytes(real.parent, "show", f"{ref}:./{real.name}")
    except (ChangesError, OSError, ValueError):
        return None


def repository_root(start: Path) -> Path:
    """The top level of the git repository holding `start` (asked once per folder and
    run: a changed-since run needs it several times)."""
    folder = os.path.abspath(start)
    top = _TOPLEVELS.get(folder)
    if top is None:
        top = _TOPLEVELS[folder] = _git(Path(folder), "rev-parse", "--show-toplevel").strip()
    return Path(top)


_TOPLEVELS: dict[str, str] = {}  # folder → the top level of its repository, as git said


def _root_with_ref(ref: str, start: Path) -> Path:
    """`repository_root(start)`, checking in the same git process that `ref` names a commit
    (one process fewer a run; the top level is remembered for `repository_root`)."""
    folder = os.path.abspath(start)
    args = ["rev-parse", "--show-toplevel", "--verify", "--quiet", f"{ref}^{{commit}}"]
    try:
        done = subprocess.run(["git", "-C", folder, *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise ChangesError("--changed-since needs git, which is not installed") from None
    top = done.stdout.decode("utf-8", "surrogateescape").split("\n", 1)[0]
    if done.returncode != 0 and not top:  # not a repository: git says why
        stderr = done.stderr.decode("utf-8", "replace")
        raise ChangesError(f"git rev-parse: {(stderr.strip().splitlines() or ['failed'])[-1]}")
    _TOPLEVELS[folder] = top
    if done.returncode != 0:
        raise ChangesError(f"`{ref}` is not a commit, branch or tag of this repository")
    return Path(top)


def changed_since(ref: str, start: Path, names_given: list[str] | None = None) -> set[Path]:
    """Absolute paths of the files that differ from `ref` in the working tree;
    `names_given`, when given, receives the names as git gave them (from the top level,
    `/` between folders), for `archive.cache.note_untracked_cache`."""
    root = _root_with_ref(ref, start)
    # -z: names as they are, not C-quoted (git quotes `é` as "\303\251", which names no file).
    # The two run side by side: each walks the work tree (at 10,000 articles, 30 and 13 ms).
    diff, others = _git_together(
        root,
        ("diff", "-z", "--name-only", "--no-renames", ref, "--"),
        ("ls-files", "-z", "--others", "--exclude-standard"),
    )
    names = [
        name for name in (diff + others).decode("utf-8", "surrogateescape").split("\0") if name
    ]
    if names_given is not None:
        names_given.extend(names)
    return {(root / name).resolve() for name in names}


def _git_together(root: Path, *commands: tuple[str, ...]) -> list[bytes]:
    """The outputs of several git commands run at once, as `_git_bytes` gives each (the
    first that fails, in order, raises `ChangesError`)."""
    started = []
    try:
        for args in commands:
            started.append(
                subprocess.Popen(
                    ["git", "-C", str(root), *args],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
            )
    except FileNotFoundError:
        for process in started:
            process.kill()
            process.communicate()
        raise ChangesError("--changed-since needs git, which is not installed") from None
    outputs = [process.communicate() for process in started]
    for args, process, (_, stderr) in zip(commands, started, outputs, strict=True):
        if process.returncode != 0:
            reason = (stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"])[-1]
            raise ChangesError(f"git {args[0]}: {reason}")
    return [stdout for stdout, _ in outputs]


def blobs_at(
    ref: str,
    start: Path,
    folders: Iterable[str] = (),
    watched: str | None = None,
    seen: list[str] | None = None,
) -> dict[str, str]:
    """The git blob id of every regular file in `ref`'s tree (under `folders`, absolute,
    when given: the archive's claims folders), by absolute path (the repository's top level
    joined with the name): what the archive index compares with the blob ids it recorded,
    so an unchanged claims file is known without reading it.

    `seen`, when given, receives the name (from the top level) of every entry of any kind
    at or under `watched` (a name from the top level: `.factcheck`), from the same
    listing: whether the ref's tree holds the cache, without a process of its own."""
    root = os.path.realpath(repository_root(start))
    wanted = sorted({os.path.relpath(folder, root) for folder in folders})
    if len(wanted) > 256 or any(w.startswith(("..", ":")) or w == "." for w in wanted):
        wanted = []  # outside the repository, or too many to name: list the whole tree
    elif watched is not None and wanted:
        wanted.append(watched)
    listing = _git(Path(root), "ls-tree", "-r", "-z", "--full-tree", ref, "--", *wanted)
    blobs = {}
    prefix = root.rstrip(os.sep) + os.sep
    inside = f"{watched}/"
    watching = seen is not None and watched is not None
    for line in listing.split("\0"):
        meta, _, name = line.partition("\t")
        if meta.startswith(("100644 blob ", "100755 blob ")) and name:
            blobs[prefix + name] = meta[-40:]
        if watching and (name == watched or name.startswith(inside)):
            seen.append(name)  # type: ignore[union-attr]
    return blobs


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
    claims_files: Sequence[_P],
    changed: set[Path],
    policy: ReadPolicy | None = None,
    known: Mapping[str, str] | None = None,
    resolved: dict[str, str] | None = None,
    folders: dict[str, Any] | None = None,
) -> list[_P]:
    """The claims files (paths or their names) whose own file, article or lock file is
    among `changed`.

    `known` maps the resolved path of a claims file that is unchanged since the archive
    index recorded it to its `article.path` as written, parsed then (`archive/index_file.py`):
    those files are not read at all. For the others the article path comes from
    `scanned_article_path`, a line scan that costs a thousandth of parsing the file; where
    the scan cannot say, or where its answer alone would pick the file, the full parse
    (`article_of`) decides, so the selection is always the one the full parse gives (see
    `scanned_article_path` for why). `resolved`, when given, receives each file's resolved
    path by its name; `folders`, when given, keeps each folder's resolved path and listing
    (`resolved_name`) for `select_referencing`, which needs the claims folders' links again.
    """
    if folders is None:
        folders = {}
    names = {str(path) for path in changed}
    # A lock file's resolved path ends with its own name unless that name is a link in its
    # folder: in a folder without links, when no changed path is a lock file, no lock is
    # among them, and its name need not be built (at 10,000 files, 4 ms of a run).
    locks_changed = any(name.endswith(_LOCK_SUFFIX) for name in names)
    # So does an article's: one whose name ends no changed path and is no link in its
    # folder is not changed (each folder's links by the two folder names it is joined from).
    tails = {name.rpartition(os.sep)[2] for name in names}
    article_links: dict[tuple[str, str], frozenset[str] | None] = {}
    picked = []
    for claims_file in claims_files:
        lexical = os.fspath(claims_file)
        folder, separator, name = lexical.rpartition(os.sep)
        _, prefix, links = _listing(folder or separator, folders)
        if links is None or name in links or name in ("", ".", ".."):
            own = resolved_name(lexical, folders)
        else:
            own = prefix + name  # as resolved_name gives it
        if resolved is not None:
            resolved[lexical] = own
        if own in names or (
            (links or links is None or locks_changed)
            and resolved_name(_lock_name(lexical), folders) in names
        ):
            picked.append(claims_file)
            continue
        written = known.get(own) if known is not None else None
        if written is not None:
            written_folder, _, written_name = written.rpartition(os.sep)
            if written_name not in tails and written_name not in ("", ".", ".."):
                key = (folder, written_folder)
                links_there = article_links.get(key, _UNLISTED)
                if links_there is _UNLISTED:
                    links_there = article_links[key] = _article_folder_links(
                        folder, separator, written, folders
                    )
                if links_there is not None and written_name not in links_there:
                    continue  # its resolved path ends with its name: not a changed one
            if not written.startswith(os.sep):  # as os.path.join(dirname, written)
                written = folder + separator + written if folder else separator + written
            try:
                article = resolved_name(written, folders)
            except ValueError:  # a NUL in the path: no file, not changed
                continue
            if article in names:
                picked.append(claims_file)
            continue
        path = Path(lexical)
        scanned = scanned_article_path(path, policy, folders)
        if scanned is _UNKNOWN or scanned in changed:
            scanned = article_of(path, policy)
        if scanned is not None and scanned in changed:
            picked.append(claims_file)
    return picked


_UNLISTED = frozenset({"\0"})  # not looked up yet (None: the folder cannot be listed)


def _article_folder_links(
    folder: str, separator: str, written: str, folders: dict[str, Any]
) -> frozenset[str] | None:
    """The links of the folder holding the article `written` names (as written in a claims
    file in `folder`), as `resolved_name` lists it; None when that cannot say."""
    if not written.startswith(os.sep):  # as os.path.join(dirname, written)
        written = folder + separator + written if folder else separator + written
    parent, parent_separator, _ = written.rpartition(os.sep)
    try:
        return _listing(parent or parent_separator, folders)[2]
    except ValueError:  # a NUL in the path: resolved_name decides
        return None


def select_referencing(
    claims_files: Sequence[_P],
    picked: Sequence[_P],
    changed: set[Path],
    policy: ReadPolicy | None = None,
    records: Mapping[str, str] | None = None,
    resolved: Mapping[str, str] | None = None,
    folders: dict[str, Any] | None = None,
) -> list[_P]:
    """`picked` and the other claims files that may name a changed claims file's claim, in
    the order of `claims_files`: what a changed-since run checks.

    A check item, a numeric operand, `corrects:` or `supersedes:` names another file's
    claim as `FILE#claim-id` (`archive/referenced.py`) and reads its value (and dateline)
    from that file's claims, so when FILE changed or was deleted the naming file's checks
    may now fail (FC401, FC108, FC603, FC604...) though it did not change. They are found by a
    byte scan, never a parse (`archive/reference_names.may_name`): a file is picked when a
    reference's name ends as a changed file's name does (or a link's to one, in the claims
    folders or the changed files' folders), or when it holds an escape that may spell any
    character. Picking a file that names another file of the same name only checks one
    more file; none that names a changed one is left out.

    `records` maps the resolved path of a claims file unchanged since the archive index
    recorded it to what the scan found in it then (`reference_names.record_of`): such a
    file is not read, when every changed name is one a record answers for exactly
    (`plain_names`; else every file is read). `resolved` gives names' resolved paths
    already known (`select_changed`'s), `folders` the folders it resolved and listed.
    """
    from factcheck.archive.reference_names import may_name, plain_names, record_may_name

    targets = _changed_claims_names(claims_files, changed, {} if folders is None else folders)
    if not targets:
        return list(picked)
    from factcheck.safe_paths import ReadPolicy as Policy

    reader = policy or Policy.here()
    chosen = {os.fspath(path) for path in picked}
    if not records or not plain_names(targets):
        records = {}
    known = resolved or {}  # select_changed resolved every claims file's name
    kept = []
    for claims_file in claims_files:
        lexical = os.fspath(claims_file)
        if lexical in chosen:
            kept.append(claims_file)
            continue
        if records:
            real = known.get(lexical)
            record = records.get(real) if real is not None else None  # else read it below
            if record is not None:
                if record and record_may_name(record, targets):  # "": names no file
                    kept.append(claims_file)
                continue
        try:
            data = reader.read_bytes(claims_file)
        except (OSError, Refused, ValueError):
            continue  # its check reports that alone; no change here alters it
        if may_name(data, targets):
            kept.append(claims_file)
    return kept


def _changed_claims_names(
    claims_files: Sequence[_P], changed: set[Path], folders: dict[str, Any]
) -> frozenset[bytes]:
    """The lowercased names (bytes) a reference may give a changed or deleted `.yaml` or
    `.yml` file by: its own, and those of the links to it in the claims files' folders and
    its own folder (each listed once; `folders` holds those `select_changed` listed)."""
    names = {str(path) for path in changed}
    wanted = [path for path in changed if path.suffix in (".yaml", ".yml")]
    if not wanted:
        return frozenset()
    targets = {os.fsencode(path.name).lower() for path in wanted}
    # The claims files' folders, each resolved and listed once: 10,000 files lie in a few
    # folders, and a `realpath` per file was a fifth of a changed-since run at 10,000 files.
    listed: dict[str, frozenset[str] | None] = {}
    # Each name's folder as `_folder_of` gives it, without a call per file.
    parts = (os.fspath(f).rpartition(os.sep) for f in claims_files)
    for folder in {part[0] or part[1] for part in parts}:
        real, _, links = _listing(folder, folders)
        listed[real] = links
    for path in wanted:
        folder = str(path.parent)
        if folder not in listed:
            listed[folder] = _links(folder)
    for folder, links in listed.items():
        for link in links or ():
            if os.path.realpath(os.path.join(folder, link)) in names:
                targets.add(os.fsencode(link).lower())
    return frozenset(targets)


def _lock_name(claims_file: str) -> str:
    """`pin.lock.lock_path` on a name: the claims file's stem + `.lock.json`, beside it."""
    folder, separator, name = claims_file.rpartition(os.sep)
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name  # as `Path.stem`
    return folder + separator + stem + _LOCK_SUFFIX


_LOCK_SUFFIX = ".lock.json"


_UNKNOWN = Path("\0unknown")  # the scan cannot say: parse the file

# A top-level key line, an `article:` line with nothing after it, and a `path:` line whose
# value is a plain scalar of harmless characters or a quoted one without escapes.
_KEY_LINE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*[ ]*:(?:[ ]|$)")
_ARTICLE_LINE = re.compile(r"article[ ]*:[ ]*(?:[ ]#.*)?$")
# The value ends on a character that is not a space: a lazy `*?` before `[ ]*` backtracked
# once per space, quadratic on a line of 20,000 spaces (6 s), in a file a pull request writes.
_PLAIN = (
    r"[^\s'\"\[\]{},&*!|>%@`\\:#?-]"
    r"(?:[^'\"\[\]{},&*!|>%@`\\:#]*[^ '\"\[\]{},&*!|>%@`\\:#])?"
)
_PATH_LINE = re.compile(
    r"path[ ]*:[ ]+(?:(?P<plain>" + _PLAIN + r")|\"(?P<double>[^\"\\]*)\"|'(?P<single>[^']*)')"
    r"[ ]*(?:[ ]#.*)?$"
)
_TOP_LINE = re.compile(r"^[^ #\n][^\n]*", re.MULTILINE)
# The first line that is neither blank nor a comment at column 0 is indented.
_INDENTED_FIRST = re.compile(r"(?:[ ]*\n|#[^\n]*\n)*[ ]+[^ \n]")
# Characters PyYAML reads as line breaks (or that no claims file needs) that a split on
# "\n" would not: a file holding one is parsed instead.
_ODD = re.compile(r"[\r\x85\u2028\u2029\t\x00\ufeff]")


def _resolved(path: Path, folders: dict[str, Any]) -> Path:
    """`path.resolve()`, with each folder resolved once (`folders` remembers them)."""
    return Path(resolved_name(str(path), folders))


def resolved_name(path: str, folders: dict[str, Any]) -> str:
    """`os.path.realpath(path)` for many paths in few folders: each folder is resolved and
    listed once (`folders` remembers both), and a name that is not a link in its folder's
    listing resolves to the resolved folder joined with it, without a call per file."""
    folder, separator, name = path.rpartition(os.sep)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    _, prefix, links = _listing(folder or separator, folders)
    if links is None:  # the folder cannot be listed: ask about this name alone
        joined = prefix + name
        return os.path.realpath(joined) if os.path.islink(joined) else joined
    return os.path.realpath(prefix + name) if name in links else prefix + name


def _folder_of(name: str) -> str:
    """The part of a name `_listing` takes: before its last separator ("/" at the root,
    "" in the current folder)."""
    folder, separator, _ = name.rpartition(os.sep)
    return folder or separator


def _listing(folder: str, folders: dict[str, Any]) -> tuple[str, str, frozenset[str] | None]:
    """The resolved path of `folder` (a name's part before its last separator; "" for the
    current folder), it with a trailing separator, and its links (`_links`), each folder
    resolved and listed once (`folders` remembers them)."""
    known = folders.get(folder)
    if known is None:
        real = os.path.realpath(folder or ".")
        known = folders[folder] = (real, real.rstrip(os.sep) + os.sep, _links(real))
    return known


def listed_folders(links: Mapping[str, frozenset[str]]) -> dict[str, Any]:
    """A `folders` memo for `select_changed` (and `resolved_name`) built from the links
    the claims walk found in each folder it listed (`selection.claims_files`), keyed as
    `_listing` keys them: the walk has listed those folders, and at 10,000 files a second
    `scandir` of the claims folder cost 4 ms of a run."""
    folders: dict[str, Any] = {}
    for folder, names in links.items():
        real = os.path.realpath(folder or ".")
        folders[folder] = (real, real.rstrip(os.sep) + os.sep, names)
    return folders


def _links(real: str) -> frozenset[str] | None:
    """The names of the symbolic links in the resolved folder `real`, from one listing;
    None if it cannot be listed."""
    try:
        with os.scandir(real) as entries:
            return frozenset(entry.name for entry in entries if entry.is_symlink())
    except (OSError, ValueError):
        return None


def scanned_article_path(
    claims_file: Path, policy: ReadPolicy | None = None, folders: dict[str, Any] | None = None
) -> Path | None:
    """The `article.path` a claims file names, from its lines, or `_UNKNOWN`.

    Only the plainest layout is read: every top-level line a plain `key:`, one bare
    `article:` line, one `path:` line at its mapping's indentation with a one-line value.
    Anything else (flow style, anchors, quoted or complex keys, tabs, a BOM, documents,
    escapes, continuation lines) is `_UNKNOWN`. This is exact where it matters: when the
    file is valid YAML with a string `article.path`, that key is a plain top-level
    `article:` line and a `path:` line at the mapping's indentation, which the scan finds
    (two of either and it gives up), so it names the same path. Where the file is not valid
    or the path not a string, the full parse says None while the scan may name a path; the
    caller parses any file whose scanned path is among the changed ones, so the two never
    pick differently.
    """
    from factcheck.safe_paths import ReadPolicy as Policy

    try:
        text = (policy or Policy.here()).read_bytes(claims_file).decode("utf-8")
    except (OSError, Refused, UnicodeDecodeError, ValueError):
        return _UNKNOWN
    if _ODD.search(text):
        return _UNKNOWN
    if _INDENTED_FIRST.match(text):
        return _UNKNOWN  # an indented document: its keys are not at column 0
    found: tuple[int, int] | None = None  # where the article's block starts and ends
    for top in _TOP_LINE.finditer(text):  # lines at column 0 but comments: few, found in C
        line = top.group()
        if found is not None and found[1] < 0:
            found = (found[0], top.start())
        if not _KEY_LINE.match(line):
            return _UNKNOWN
        if line.split(":", 1)[0].rstrip(" ") == "article":
            if found is not None or not _ARTICLE_LINE.match(line):
                return _UNKNOWN
            found = (top.end() + 1, -1)
    if found is None:
        return _UNKNOWN
    block = text[found[0] : found[1] if found[1] >= 0 else len(text)]
    return _path_in_block(claims_file, block.split("\n"), 0, {} if folders is None else folders)


def _path_in_block(
    claims_file: Path, lines: list[str], start: int, folders: dict[str, Any]
) -> Path | None:
    """The `path:` of the block mapping that starts at line `start`, or `_UNKNOWN`."""
    indent = 0
    value: str | None = None
    after_value = False
    for line in lines[start:]:
        stripped = line.lstrip(" ")
        if not stripped:
            continue
        depth = len(line) - len(stripped)
        if after_value:
            if depth > indent:
                return _UNKNOWN  # a continuation of the value, or a comment among it
            after_value = False
        if stripped.startswith("#"):
            continue
        if depth == 0:
            break  # the next top-level key
        if not indent:
            indent = depth
        if depth < indent:
            return _UNKNOWN
        if depth > indent:
            continue  # inside a nested value
        if not _KEY_LINE.match(stripped):
            return _UNKNOWN
        if stripped.split(":", 1)[0].rstrip(" ") == "path":
            match = _PATH_LINE.match(stripped)
            if value is not None or match is None:
                return _UNKNOWN
            value = match.group("plain") or match.group("double") or match.group("single")
            if not value:
                return _UNKNOWN
            after_value = True
    if value is None:
        return _UNKNOWN
    try:
        return _resolved(claims_file.parent / value, folders)
    except (OSError, ValueError):
        return _UNKNOWN


def changed_paragraph_lines(article: Path, ref: str, policy: ReadPolicy | None = None) -> list[int]:
    """First lines of the article's paragraphs that are not in its version at `ref`.

    The article is read under `policy`'s rule; a refused one has no changed lines (its
    check already reported the refusal).
    """
    from factcheck.article.model import ArticleProblem
    from factcheck.article.reader import read_article

    old_bytes = content_at(ref, article)  # None: a new article, every paragraph is new
    old_source = old_bytes.decode("utf-8", "replace") if old_bytes is not None else ""
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


# The files `config.find_config` reads, by name, in each folder it walks up through.
CONFIG_NAMES = ("factcheck.yaml", "pyproject.toml")


def configuration_change(
    ref: str, changed: set[Path], cwd: Path, explicit: str | None = None
) -> Path | None:
    """The configuration file that differs from `ref`, if any: then a changed-since run must
    check every claims file, since its claims folders, register, tolerances or severities
    may have changed for all of them (a pull request loosening a tolerance, or turning a
    rule off, would otherwise pass every unchanged file unchecked against the new settings).

    `explicit` is `--config` (else `$FACTCHECK_CONFIG`): that file alone. Otherwise the walk
    `config.find_config` makes from `cwd`, up to the file in force or the git top level:
    a `factcheck.yaml` on the way that changed (edited, added, deleted) decides which file
    is in force or what it says; a `pyproject.toml` only when its `[tool.factcheck]` table
    changed, so a dependency bump does not make every run a full one. `changed` holds
    absolute, resolved paths, as `changed_since` gives them.
    """
    from factcheck.config import TOOL_TABLE, config_candidates

    chosen = explicit or os.environ.get("FACTCHECK_CONFIG")
    if chosen:
        path = Path(chosen)
        return path if _config_differs(ref, path, changed) else None
    for yaml_file, pyproject in config_candidates(cwd):
        if _config_differs(ref, yaml_file, changed):
            return yaml_file
        if yaml_file.is_file():
            return None  # the file in force, unchanged: those above it are not read
        if _config_differs(ref, pyproject, changed):
            return pyproject
        if TOOL_TABLE.encode() in (_bytes_of(pyproject) or b""):
            return None  # in force, as `config._walk_up` tells it
    return None


def _config_differs(ref: str, path: Path, changed: set[Path]) -> bool:
    """Whether the configuration file at `path` is not what it was at `ref`: any change to
    a YAML configuration (or a file whose name is not pyproject.toml), a change of the
    `[tool.factcheck]` table of a pyproject.toml."""
    try:
        if path.resolve() not in changed:
            return False
    except (OSError, ValueError):
        return False
    if path.name != "pyproject.toml":
        return True
    before = content_at(ref, path)
    then = _factcheck_table(before) if before is not None else None
    return then != _factcheck_table(_bytes_of(path)) or then is _UNREADABLE


def _bytes_of(path: Path) -> bytes | None:
    """A configuration file's bytes as the config loader would read them (under the default
    size limit), or None when there is none to read."""
    from factcheck.config import config_bytes

    try:
        return config_bytes(path)
    except (OSError, Refused, ValueError):
        return None


_UNREADABLE: dict[str, Any] = {"\0": "unreadable"}  # never equal to a table read from TOML


def _factcheck_table(data: bytes | None) -> Any:
    """A pyproject.toml's `[tool.factcheck]` table (None when it has none, `_UNREADABLE`
    when the file is not TOML: it then counts as changed)."""
    import tomllib

    if data is None:
        return None
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return _UNREADABLE
    tool = document.get("tool")
    return tool.get("factcheck") if isinstance(tool, dict) else None

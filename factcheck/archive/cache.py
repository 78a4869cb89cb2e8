"""The archive cache: every claims file's facts, kept beside the claims in `.factcheck/`.

`verify` with a register writes, for each claims file it checks, one entry in
`.factcheck/archive/` at the repository root: a hash of the claims file's bytes, its
article's and its lock's (with their sizes and times), and its facts about the register's
subjects. An entry is written as its file is checked and read only when needed, so no run
holds the whole cache: `verify --changed-since REF` checks the changed files and compares
them with each unchanged file's entry, used only while it is fresh (else the file's claims
are read instead).

Safe to delete: it is rebuilt by the next runs. It is input an attacker may control too (a
pull request can add it), so an entry is read like a lock file: a regular file inside the
root, never through a symbolic link (nor a linked folder), bounded in size, bound to its
claims file, every field checked; anything unexpected and the entry is not used, never
trusted in part and never a traceback. And a cache that git tracks (one a pull request
brought) is not used at all: its entries could match the files and hold made-up facts.

With the archive index beside the entries (`archive/index_file.py`), a changed-since run
reads an entry only when a finding names its file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import stat
import subprocess
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
from factcheck.archive.reference_names import valid_record
from factcheck.model.bounds import MAX_ORDINAL, NUMBER_LIMIT
from factcheck.safe_paths import ReadPolicy, Refused
from factcheck.values import (
    DateValue,
    Duration,
    DurationValue,
    NumberValue,
    OrdinalValue,
    PairValue,
)

FOLDER = ".factcheck"
ENTRIES = "archive"
# 2: a correction's target is stored relative to the root (1 stored it absolute, so a
# checkout moved with its `.factcheck/` lost its corrections); entries of 1 are not used.
FORMAT = 2
MAX_ENTRY_SIZE = 10_000_000  # one file's facts: a few kB
QUALIFIERS = ("over", "under", "up to", "at least", "nearly", "about")


@dataclass(frozen=True, slots=True)
class Entry:
    """One claims file's cached facts and the hash they were made from."""

    key: str
    facts: FileFacts
    # (size, mtime in ns) of the claims file, article and lock when the key was computed:
    # the same stamp means the same files, without reading them (as git's index does).
    stamp: tuple[tuple[int, int] | None, ...] = ()


def entry_path(root: Path, claims: str) -> Path | None:
    """Where the entry of the claims file at (resolved) `claims` lives; None outside root."""
    try:
        relative = Path(claims).relative_to(root).as_posix()
    except ValueError:
        return None
    name = hashlib.sha256(relative.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return root / FOLDER / ENTRIES / f"{name}.json"


def content_key(claims: Path, article: Path | None, policy: ReadPolicy) -> str:
    """sha256 over the claims file, its article and its lock, each read under the run's
    read rule (one that is absent or refused counts as a distinct empty marker)."""
    from factcheck.pin.lock import lock_path

    digest = hashlib.sha256()
    for path in (claims, article, lock_path(claims)):
        try:
            data = policy.read_bytes(path) if path is not None else None
        except (OSError, Refused):
            data = None
        if data is None:
            digest.update(b"-")
        else:
            digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def file_stamp(claims: Path, article: Path | None) -> tuple[tuple[int, int] | None, ...]:
    """Size and modification time of the three files a key covers (None: absent)."""
    from factcheck.pin.lock import lock_path

    stamp: list[tuple[int, int] | None] = []
    for path in (claims, article, lock_path(claims)):
        try:
            status = os.stat(path) if path is not None else None
        except (OSError, ValueError):  # ValueError: a NUL in a name (no such file)
            status = None
        stamp.append((status.st_size, status.st_mtime_ns) if status else None)
    return tuple(stamp)


def fresh(entry: Entry, claims: Path, policy: ReadPolicy) -> bool:
    """Whether `entry` still describes `claims`: same stamp, or else same content hash."""
    origin = entry.facts.origin
    article = Path(origin.article_path) if origin.article_path else None
    if entry.stamp and entry.stamp == file_stamp(claims, article):
        return True
    return entry.key == content_key(claims, article, policy)


def load_entry(root: Path, register_key: str, claims: str) -> Entry | None:
    """The entry of the claims file at (resolved) `claims`; None when there is none, it was
    made with another register, it is unreadable or not exactly what this module writes, or
    the cache came with the repository's content (`cache_is_local`)."""
    path = entry_path(root, claims)
    if path is None or not plain_folders(path) or not cache_is_local(root):
        return None
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return None
        data = json.loads(_entry_policy(root).read_bytes(path))
        return _entry(data, root, register_key, claims)
    except (OSError, Refused, ValueError, TypeError, KeyError, InvalidOperation, RecursionError):
        return None


@functools.lru_cache(maxsize=8)
def _entry_policy(root: Path) -> ReadPolicy:
    """The read rule for entries (resolving the root once, not once per entry)."""
    return ReadPolicy.at(root, MAX_ENTRY_SIZE)


@functools.lru_cache(maxsize=8)
def _real_folder(folder: str) -> str:
    """The current folder, resolved once per run (not once per entry read)."""
    return str(Path(folder).resolve())


def cache_is_local(root: Path) -> bool:
    """Whether the cache is this machine's own: git tracks nothing under `.factcheck/`.

    An entry's key is a hash of public files, so anyone can write an entry that matches the
    files and holds made-up facts; committed in a pull request, it would hide the conflicts
    of the files it names. A CI checkout holds only what git tracks, so a cache that git
    tracks is never used (the unchanged files' claims are read instead). Outside a git
    repository nothing is tracked; if git cannot answer, the cache is not used. Asked once
    a root and run, unless `note_untracked_cache` already knew.
    """
    known = _LOCAL.get(root)
    if known is None:
        known = _LOCAL[root] = _asked_git(root)
    return known


_LOCAL: dict[Path, bool] = {}  # root → whether its cache is local, as found this run


def note_untracked_cache(
    root: Path, top: str, tracked_at_ref: list[str], changed_names: list[str]
) -> None:
    """Record that git tracks nothing under `root/.factcheck/` when what a changed-since
    run already asked git shows it, so `cache_is_local` runs no `ls-files` (3.4 ms at
    10,000 files). `top` is the repository's top level; `tracked_at_ref`, the entries of
    any kind (files, links, submodules) at or under `.factcheck` in the ref's tree
    (`changes.blobs_at`); `changed_names`, the names git's diff against the ref and its
    list of untracked files gave, relative to `top` (`changes.changed_since`).

    Every entry of git's index under `.factcheck/` is then in one of them: one the ref's
    tree holds is listed by `ls-tree` whether or not it changed since; one the ref lacks
    was added, and the diff names it (a pull request committing a cache is one). The only
    entry neither shows is one added to the index whose file was deleted since: no file
    is read from it. Anything short of this (`root` not the top level, a name at or under
    `.factcheck` among either list) leaves the question to `ls-files`."""
    if root in _LOCAL or tracked_at_ref:
        return
    if os.path.realpath(root) != os.path.realpath(top) or not os.path.lexists(root / ".git"):
        return
    inside = FOLDER + "/"
    if any(name == FOLDER or name.startswith(inside) for name in changed_names):
        return
    _LOCAL[root] = True


def _asked_git(root: Path) -> bool:
    """`cache_is_local`, asked of git's index."""
    if not os.path.lexists(root / ".git"):
        return True
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--", FOLDER],
            capture_output=True,
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return listed.stdout == b""


def save_entry(root: Path, register_key: str, entry: Entry) -> None:
    """Write a checked file's entry atomically; skipped (silently: it is only a cache) when
    a folder on the way or the entry is a link or not what it should be, or a value has no
    cache form (that file's claims are read next time)."""
    from factcheck.report.output import write_atomically

    origin = entry.facts.origin
    path = entry_path(root, origin.path)
    if path is None or not make_folders(path):
        return
    try:
        rows = [_fact_row(fact, root) for fact in entry.facts.facts]
    except ValueError:
        return
    text = json.dumps(
        {
            "factcheck-archive": FORMAT,
            "register": register_key,
            "claims": Path(origin.path).relative_to(root).as_posix(),
            "article": _relative(origin.article_path, root),
            "key": entry.key,
            "stamp": [list(part) if part else None for part in entry.stamp],
            "dateline": origin.dateline,
            "facts": rows,
            "blob": entry.facts.blob,
            "article-ref": entry.facts.article_ref,
            "references": entry.facts.references,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    # An entry that cannot be written costs the next run time, nothing else.
    with contextlib.suppress(OSError):
        write_atomically(path, text + "\n")


def plain_folders(path: Path) -> bool:
    """The folders of a cache file at `path`, `.factcheck` and `.factcheck/archive`, are
    folders, not links to one."""
    return _plain_folder(path.parent.parent) and _plain_folder(path.parent)


def make_folders(path: Path) -> bool:
    """Make the folders of a cache file at `path` that are missing, one at a time so
    nothing is ever made through a link; whether both are now plain folders (if not, the
    file is not written: it is only a cache)."""
    for folder in (path.parent.parent, path.parent):
        if not os.path.lexists(folder):
            with contextlib.suppress(OSError):
                folder.mkdir()
        if not _plain_folder(folder):
            return False
    return True


def _plain_folder(folder: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def _relative(path: str | None, root: Path) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return None


def relative_target(path: str, root: Path) -> str:
    """A correction target's resolved path as stored: relative to the root, `/`-separated;
    ValueError for one outside it."""
    relative = _relative(path, root)
    if relative is None:
        raise ValueError("a correction target outside the root")
    return _inside(relative)


def _fact_row(fact: ArchiveFact, root: Path) -> list[object]:
    replaces = None
    if fact.replaces:
        # Relative to the root, as every path of an entry: a moved checkout keeps it.
        # A target outside the root (refused, FC603) has no cache form: no entry is written.
        replaces = [relative_target(fact.replaces[0], root), fact.replaces[1]]
    return [
        fact.claim, fact.subject, fact.property, fact.type, encode_value(fact.value),
        fact.line, fact.column, fact.words, fact.article_line, fact.status, replaces,
        fact.ignored,
    ]  # fmt: skip


def encode_value(value: object) -> list[object]:
    """A typed value as JSON, exactly: decimals as strings, dates in EDTF."""
    match value:
        case DateValue():
            return ["date", value.edtf()]
        case NumberValue():
            maximum = str(value.maximum) if value.maximum is not None else None
            return ["number", str(value.amount), value.qualifier, value.unit, maximum]
        case PairValue():
            pair = ["pair", str(value.left), str(value.right), value.qualifier]
            return pair if value.relation == "for" else [*pair, value.relation]
        case DurationValue():
            return ["duration", value.minimum.iso(), value.maximum.iso(), value.qualifier]
        case OrdinalValue():
            return ["ordinal", value.n]
        case str():
            return ["name", value]
    raise ValueError(f"no cache form for {type(value).__name__}")


def decode_value(data: object) -> object:
    """The value `encode_value` wrote; ValueError for anything else."""
    if not isinstance(data, list) or not data:
        raise ValueError("not a value")
    kind, *rest = data
    if kind == "date" and len(rest) == 1:
        return DateValue.from_edtf(_text(rest[0]))
    if kind == "number" and len(rest) == 4:
        maximum = None if rest[3] is None else _decimal(rest[3])
        unit = None if rest[2] is None else _text(rest[2])
        return NumberValue(_decimal(rest[0]), _qualifier(rest[1]), unit, maximum=maximum)
    if kind == "pair" and len(rest) in (3, 4):
        relation = "of" if rest[3:] == ["of"] else "for"
        if rest[3:] not in ([], ["of"]):
            raise ValueError("not a pair's relation")
        return PairValue(_decimal(rest[0]), _decimal(rest[1]), _qualifier(rest[2]), relation)
    if kind == "duration" and len(rest) == 3:
        low, high = Duration.from_iso(_text(rest[0])), Duration.from_iso(_text(rest[1]))
        return DurationValue(low, high, _qualifier(rest[2]))
    if (
        kind == "ordinal"
        and len(rest) == 1
        and type(rest[0]) is int
        and 1 <= rest[0] <= MAX_ORDINAL
    ):
        return OrdinalValue(rest[0])
    if kind == "name" and len(rest) == 1:
        return _text(rest[0])
    raise ValueError("not a value")


def _entry(data: object, root: Path, register_key: str, claims: str) -> Entry:
    """The entry `data` holds, checked field by field, for the claims file at `claims`."""
    if not isinstance(data, dict) or data.get("factcheck-archive") != FORMAT:
        raise ValueError("not an entry")
    if data.get("register") != register_key:
        raise ValueError("made with another register")
    if os.path.join(root, _inside(data["claims"])) != claims:
        raise ValueError("the entry of another file")
    article = None if data["article"] is None else os.path.join(root, _inside(data["article"]))
    dateline = data["dateline"]
    if dateline is not None:
        DateValue.from_edtf(_text(dateline))
    here = _real_folder(os.getcwd())
    origin = Origin(
        claims,
        _display(claims, here),
        _display(article, here) if article else None,
        dateline,
        article,
    )
    if not isinstance(data["facts"], list):
        raise ValueError("not a list of facts")
    facts = tuple(_fact(origin, row, str(root)) for row in data["facts"])
    key = _text(data["key"])
    if len(key) != 64:
        raise ValueError("not a hash")
    # The claims text's git blob id and `article.path`, for the archive index (optional:
    # an entry written before the index has neither, and its file is then re-read).
    blob = data.get("blob")
    if blob is not None and (len(_text(blob)) != 40 or not set(blob) <= set("0123456789abcdef")):
        raise ValueError("not a blob id")
    reference = data.get("article-ref")
    if reference is not None:
        _text(reference)
    # What the scan for `FILE#claim-id` found in the claims text (optional, as the blob id).
    names = data.get("references")
    if names is not None and not valid_record(_text(names)):
        raise ValueError("not a record of references")
    facts_of_file = FileFacts(origin, facts, blob, reference, names)
    return Entry(key, facts_of_file, _stamp(data["stamp"]))


def _fact(origin: Origin, row: object, root: str) -> ArchiveFact:
    if not isinstance(row, list) or len(row) != 12:
        raise ValueError("not a fact")
    claim, subject, prop, kind, value, line, column, words, article_line, status, rep, ign = row
    replaces = None
    if rep is not None:
        if not (isinstance(rep, list) and len(rep) == 2):
            raise ValueError("not a reference")
        replaces = (os.path.join(root, _inside(rep[0])), _text(rep[1]))
    if ign is not None and not (
        isinstance(ign, dict) and all(isinstance(v, str) for v in ign.values())
    ):
        raise ValueError("not ignores")
    if status not in ("verified", "unverified", "disputed", "false"):
        raise ValueError("not a status")
    return ArchiveFact(
        origin, _text(claim), _text(subject), _text(prop), _text(kind), decode_value(value),
        _count(line), _count(column), _text(words),
        None if article_line is None else _count(article_line), status, replaces, ign,
    )  # fmt: skip


def _stamp(data: object) -> tuple[tuple[int, int] | None, ...]:
    if not isinstance(data, list) or len(data) != 3:
        raise ValueError("not a stamp")
    parts: list[tuple[int, int] | None] = []
    for part in data:
        if part is None:
            parts.append(None)
        elif isinstance(part, list) and len(part) == 2:
            parts.append((_count(part[0]), _count(part[1])))
        else:
            raise ValueError("not a stamp")
    return tuple(parts)


def _display(path: str, here: str) -> str:
    """As `factcheck.paths.display_path` names it (relative to the current folder when inside
    it), for a path known to be real: without resolving it again."""
    if path.startswith(here + os.sep):
        return path[len(here) + 1 :]
    return path


def _inside(text: object) -> str:
    """A root-relative path that stays inside the root (no `..`, not absolute)."""
    path = _text(text)
    parts = path.split("/")
    if not path or path.startswith("/") or ".." in parts or "." in parts or "" in parts:
        raise ValueError("not a path inside the root")
    if "\0" in path or "\\" in path:
        raise ValueError("not a path inside the root")
    return path


def _text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 100_000:
        raise ValueError("not a text")
    return value


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not a line number")
    return value


def _decimal(value: object) -> Decimal:
    """A number within the range the claims loader allows (an entry may be hostile: 1E+999999
    would overflow the checks' arithmetic)."""
    number = Decimal(_text(value))
    if not number.is_finite() or not -NUMBER_LIMIT <= number <= NUMBER_LIMIT:
        raise ValueError("not a number in range")
    return number


def _qualifier(value: object) -> str | None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError("not a qualifier")
    return value  # type: ignore[return-value]

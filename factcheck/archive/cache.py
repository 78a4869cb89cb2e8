"""The archive cache: every claims file's facts, kept beside the claims in `.factcheck/`.

`verify` with a register writes `.factcheck/archive.json` at the repository root: for each
claims file, a hash of its bytes, its article's and its lock's, and its facts about the
register's subjects. `verify --changed-since REF` checks the changed files and compares them
with the unchanged ones' cached facts, whose files are hashed (read, not parsed or checked).
An entry whose hash no longer matches is not used (the file's claims are read instead).

Safe to delete: it is rebuilt by the next run. It is input an attacker may control too (a
pull request can add it), so it is read like a lock file: a regular file inside the root,
never through a symbolic link, bounded in size, every field checked; anything unexpected
and the whole cache is ignored, never trusted in part and never a traceback.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from factcheck.archive.facts import ArchiveFact, FileFacts, Origin
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
NAME = "archive.json"
FORMAT = 1
MAX_CACHE_SIZE = 512_000_000  # 10,000 files of facts take a few tens of MB
QUALIFIERS = ("over", "under", "up to", "at least", "nearly", "about")


@dataclass(frozen=True, slots=True)
class Entry:
    """One claims file's cached facts and the hash they were made from."""

    key: str
    facts: FileFacts
    # (size, mtime in ns) of the claims file, article and lock when the key was computed:
    # the same stamp means the same files, without reading them (as git's index does).
    stamp: tuple[tuple[int, int] | None, ...] = ()


def cache_path(root: Path) -> Path:
    return root / FOLDER / NAME


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
        except OSError:
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


def load_cache(root: Path, register_key: str) -> dict[str, Entry]:
    """The cached entries by resolved claims path; empty when the cache is absent, stale
    (made with another register), unreadable or not exactly what this module writes."""
    path = cache_path(root)
    if not _plain_folder(path.parent):
        return {}
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return {}
        data = json.loads(ReadPolicy.at(root, MAX_CACHE_SIZE).read_bytes(path))
        return _entries(data, root, register_key)
    except (OSError, Refused, ValueError, TypeError, KeyError, InvalidOperation, RecursionError):
        return {}


def save_cache(root: Path, register_key: str, entries: dict[str, Entry]) -> None:
    """Write the cache atomically; skipped (silently: it is only a cache) when `.factcheck`
    or the cache file is a link or not what it should be."""
    from factcheck.report.output import write_atomically

    path = cache_path(root)
    if path.parent.exists() and not _plain_folder(path.parent):
        return
    files = []
    for real, entry in sorted(entries.items()):
        try:
            claims = Path(real).relative_to(root).as_posix()
        except ValueError:
            continue
        origin = entry.facts.origin
        try:
            rows = [_fact_row(fact) for fact in entry.facts.facts]
        except ValueError:
            continue  # a value with no cache form: the file's claims are read next time
        files.append(
            {
                "claims": claims,
                "article": _relative(origin.article_path, root),
                "key": entry.key,
                "stamp": [list(part) if part else None for part in entry.stamp],
                "dateline": origin.dateline,
                "facts": rows,
            }
        )
    text = json.dumps(
        {"factcheck-archive": FORMAT, "register": register_key, "files": files},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    # A cache that cannot be written costs the next run time, nothing else.
    with contextlib.suppress(OSError):
        write_atomically(path, text + "\n")


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


def _fact_row(fact: ArchiveFact) -> list[object]:
    replaces = list(fact.replaces) if fact.replaces else None
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
            return ["pair", str(value.left), str(value.right), value.qualifier]
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
    if kind == "pair" and len(rest) == 3:
        return PairValue(_decimal(rest[0]), _decimal(rest[1]), _qualifier(rest[2]))
    if kind == "duration" and len(rest) == 3:
        low, high = Duration.from_iso(_text(rest[0])), Duration.from_iso(_text(rest[1]))
        return DurationValue(low, high, _qualifier(rest[2]))
    if kind == "ordinal" and len(rest) == 1 and type(rest[0]) is int and rest[0] >= 1:
        return OrdinalValue(rest[0])
    if kind == "name" and len(rest) == 1:
        return _text(rest[0])
    raise ValueError("not a value")


def _entries(data: object, root: Path, register_key: str) -> dict[str, Entry]:
    """Every entry, checked. Paths are joined to the (real) root, not resolved one by one:
    an entry under a linked folder then matches no file, and that file's claims are read."""
    if not isinstance(data, dict) or data.get("factcheck-archive") != FORMAT:
        return {}
    if data.get("register") != register_key or not isinstance(data.get("files"), list):
        return {}
    entries: dict[str, Entry] = {}
    here = str(Path.cwd().resolve())
    for item in data["files"]:
        if not isinstance(item, dict):
            raise ValueError("not an entry")
        claims = os.path.join(root, _inside(item["claims"]))
        article = None if item["article"] is None else os.path.join(root, _inside(item["article"]))
        dateline = item["dateline"]
        if dateline is not None:
            DateValue.from_edtf(_text(dateline))
        origin = Origin(
            claims,
            _display(claims, here),
            _display(article, here) if article else None,
            dateline,
            article,
        )
        if not isinstance(item["facts"], list):
            raise ValueError("not a list of facts")
        facts = tuple(_fact(origin, row) for row in item["facts"])
        key = _text(item["key"])
        if len(key) != 64:
            raise ValueError("not a hash")
        entries[origin.path] = Entry(key, FileFacts(origin, facts), _stamp(item["stamp"]))
    return entries


def _fact(origin: Origin, row: object) -> ArchiveFact:
    if not isinstance(row, list) or len(row) != 12:
        raise ValueError("not a fact")
    claim, subject, prop, kind, value, line, column, words, article_line, status, rep, ign = row
    replaces = None
    if rep is not None:
        if not (isinstance(rep, list) and len(rep) == 2):
            raise ValueError("not a reference")
        replaces = (_text(rep[0]), _text(rep[1]))
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
    number = Decimal(_text(value))
    if not number.is_finite():
        raise ValueError("not a finite number")
    return number


def _qualifier(value: object) -> str | None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError("not a qualifier")
    return value  # type: ignore[return-value]

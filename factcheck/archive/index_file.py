"""The archive index: one file beside the cache entries, `.factcheck/archive/index.json`.

`verify --changed-since REF` checks a few changed files against the whole archive. Without
this file it reads every other claims file (to find its article) and every cache entry (to
compare its facts): seconds at 10,000 files. The index holds, in one file,

- per claims file (in the archive's order): its path, its `article.path` as written, the
  git blob id of the claims text its facts were read from, and what a scan of that text
  for `FILE#claim-id` found (`archive/reference_names.py`);
- per subject, property, kind and unit: the distinct values (grouped as the archive pass
  groups them), which files and claims hold each, and the values' order by their ends,

so a run learns which files are unchanged from one `git ls-tree` (a file unchanged since
REF whose blob at REF is the recorded one; a file git does not know is hashed), picks the
changed files, and the files naming a changed claims file, without reading the others, and
compares each changed claim with only the
few values that can conflict with it (`archive/sparse.py`), reading only the entries of the
files a finding names.

It is input an attacker may write, read like an entry: a regular file inside the root,
never through a link, at most `MAX_INDEX_SIZE` bytes, every field type-checked (the files
table when read, a property's values when a changed claim first needs them), made with the
same register and tolerances; never used when git tracks anything under `.factcheck/`.
Anything unexpected and it is not used: the run takes the path without it, exactly as
before, and writes a new one. Written atomically, only by factcheck; deleting it is safe.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.archive.cache import (
    ENTRIES,
    FOLDER,
    _inside,
    _text,
    cache_is_local,
    encode_value,
    make_folders,
    plain_folders,
    relative_target,
)
from factcheck.archive.compare import value_spans
from factcheck.archive.facts import ArchiveFact, FileFacts
from factcheck.archive.index import high_end, low_end, slot_key
from factcheck.archive.reference_names import valid_record
from factcheck.check.values import describe
from factcheck.consistency.truth import Tolerances
from factcheck.safe_paths import ReadPolicy, Refused

NAME = "index.json"
# 2: a correction's target is stored relative to the root, as the files are (1 stored it
# absolute, so a checkout moved with its `.factcheck/` lost its corrections). 3: a fourth
# field a file, its references' record (an index of 2 is not used: it would be rebuilt).
FORMAT = 3
# Between the fields of the files table, one string (four fields a file: path, article,
# blob id, references). No path holds it; an `article.path` that does is not stored, nor
# a record (`reference_names.record_of` gives none then).
SEPARATOR = "\0"
FIELDS = 4
UNKNOWN = "?"  # the references field of a file whose record is not known: it is read
MAX_INDEX_SIZE = 200_000_000  # about 25 bytes a fact and 150 a file: far beyond 100,000 articles

SlotKey = tuple[str, str, str, "str | None"]


class IndexCorrupt(ValueError):
    """A part of the index is not what factcheck writes: it is not used."""


@dataclass(frozen=True, slots=True)
class StoredIndex:
    """The index as read: the files table checked, each property's record raw until used."""

    register: str
    tolerances: str
    paths: list[str]  # absolute: the root joined with each file's stored path
    article_refs: list[str | None]
    blobs: list[str | None]
    slots: dict[SlotKey, list]
    base: str = ""  # the root and a `/`: what each stored path is joined to
    # Each file's references record (`reference_names.record_of`), None when unknown.
    references: list[str | None] = field(default_factory=list)


def index_path(root: Path) -> Path:
    return root / FOLDER / ENTRIES / NAME


def tolerances_key(tolerances: Tolerances) -> str:
    """The stored order of values by their ends depends on how far `nearly` and `about`
    reach: an index made with other tolerances is not used."""
    return f"nearly={tolerances.nearly!r};about={tolerances.about!r}"


def load_index(root: Path, trust: bool = True) -> StoredIndex | None:
    """The index at `root`, or None when there is none, git tracks the cache, it is a link
    or not a regular file, too large, or not exactly what `IndexBuilder.save` writes.
    With `trust=False` whether git tracks it is not asked: the caller asks
    `cache_is_local` before it uses anything the index holds."""
    path = index_path(root)
    if not plain_folders(path):
        return None
    try:
        if stat.S_ISLNK(os.lstat(path).st_mode):
            return None
    except OSError:
        return None
    if trust and not cache_is_local(root):
        return None
    try:
        data = json.loads(ReadPolicy.at(root, MAX_INDEX_SIZE).read_bytes(path))
        return _stored(data, root)
    except (OSError, Refused, ValueError, TypeError, KeyError, RecursionError):
        return None


def _stored(data: object, root: Path) -> StoredIndex:
    if not isinstance(data, dict) or data.get("factcheck-archive-index") != FORMAT:
        raise IndexCorrupt("not an index")
    files, slots = data["files"], data["slots"]
    if not isinstance(files, str) or not isinstance(slots, list):
        raise IndexCorrupt("not tables")
    fields = files.split(SEPARATOR) if files else []
    if len(fields) % FIELDS:
        raise IndexCorrupt("not a files table")
    base = str(root) + "/"
    relative = fields[0::FIELDS]
    _all_inside(relative)
    paths = [base + path for path in relative]
    refs = [ref or None for ref in fields[1::FIELDS]]
    stored_blobs = fields[2::FIELDS]
    if not _all_blob_ids(stored_blobs):
        raise IndexCorrupt("not a blob id")
    blobs = [blob or None for blob in stored_blobs]
    references = [_references(text) for text in fields[3::FIELDS]]
    if len(set(paths)) != len(paths):
        raise IndexCorrupt("a file listed twice")
    by_key: dict[SlotKey, list] = {}
    for record in slots:
        if not isinstance(record, list) or len(record) != 8:
            raise IndexCorrupt("not a property")
        unit = None if record[3] is None else _text(record[3])
        key = (_text(record[0]), _text(record[1]), _text(record[2]), unit)
        if key in by_key:
            raise IndexCorrupt("a property listed twice")
        by_key[key] = record
    register, tolerances = _text(data["register"]), _text(data["tolerances"])
    return StoredIndex(register, tolerances, paths, refs, blobs, by_key, base, references)


def _references(text: str) -> str | None:
    """A files table's references field, checked: None for `UNKNOWN`."""
    if text == UNKNOWN:
        return None
    if text and not valid_record(text):
        raise IndexCorrupt("not a record of references")
    return text


# What no root-relative path inside the root holds, seen in all paths joined by NUL (so a
# path's start and end are NUL too): an absolute path, an empty, `.` or `..` part, a
# backslash. One scan of the table in C, not a split of each of 10,000 paths.
_OUTSIDE = ("\0/", "//", "/./", "/../", "\0./", "\0../", "/.\0", "/..\0", "/\0", "\0\0")
_OUTSIDE += ("\0.\0", "\0..\0", "\\")


# A blob id: 40 lower-case hex digits, or empty (none).
_HEX_DIGITS = b"0123456789abcdef"


def _all_blob_ids(blobs: list[str]) -> bool:
    """Whether every one of `blobs` is a stored blob id: the lengths, then the characters
    of all at once, deleted in C (a regular expression's class took 2 ms at 10,000 files,
    this 0.15 ms)."""
    joined = "".join(blobs)
    return (
        {*map(len, blobs)}.issubset((0, 40))
        and joined.isascii()
        and not joined.encode("ascii").translate(None, _HEX_DIGITS)
    )


# Each of `_OUTSIDE` holds one of these: the rest are looked for only where one is found
# (a name starting with a dot is rare), 7 scans of the table instead of 13.
_OUTSIDE_GATES = {
    "\0/": ("\0/",),
    "//": ("//",),
    "/\0": ("/\0",),
    "\0\0": ("\0\0",),
    "\\": ("\\",),
    "/.": ("/./", "/../", "/.\0", "/..\0"),
    "\0.": ("\0./", "\0../", "\0.\0", "\0..\0"),
}


def _all_inside(paths: list[str]) -> None:
    """Raise IndexCorrupt unless every path is a plain relative path inside the root."""
    joined = "\0" + "\0".join(paths) + "\0"
    for gate, parts in _OUTSIDE_GATES.items():
        if gate in joined and any(part in joined for part in parts):
            raise IndexCorrupt("a path outside the root")


@dataclass(slots=True)
class _Group:
    """One value's holders while the index is built: (file, seq, claim, replaces).

    They are kept until the end of the run, one per fact the archive compares (some 140,000
    at 10,000 files), so flat: `flat` holds the file's number in the order files were
    added, the fact's place in its file and the claim id, three slots a holder (a tuple
    each cost three times as much); `replaces` the few that correct or supersede, by
    holder."""

    value: object
    encoded: list[object]
    flat: list[int | str] = field(default_factory=list)
    replaces: dict[int, tuple[str, str]] | None = None

    def add(self, file: int, seq: int, claim: str, replaces: tuple[str, str] | None) -> None:
        if replaces is not None:
            if self.replaces is None:
                self.replaces = {}
            self.replaces[len(self.flat) // 3] = replaces
        self.flat += (file, seq, claim)

    def holders(self, paths: list[str]) -> Iterator[tuple[str, int, str, tuple[str, str] | None]]:
        """(file, seq, claim, replaces) of each holder, in the order they were added."""
        flat, replaces = self.flat, self.replaces or {}
        for holder in range(len(flat) // 3):
            file, seq, claim = flat[3 * holder : 3 * holder + 3]
            yield paths[file], seq, claim, replaces.get(holder)  # type: ignore[index,misc]


class IndexBuilder:
    """Collects the indexed facts of every file of a run, then writes the index once.

    Files may arrive in any order (a changed-since run adds the unchanged files first):
    `save` writes them in the archive's order, which is the order the archive pass
    compares them in."""

    def __init__(self, root: Path, register_key: str, tolerances: Tolerances) -> None:
        self.root = root
        self.register_key = register_key
        self.tolerances = tolerances
        # path → (article, blob id, references record)
        self.files: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.paths: list[str] = []  # the files in the order they were added
        self.slots: dict[SlotKey, dict[str, _Group]] = {}

    def add(self, facts: FileFacts, indexed: list[ArchiveFact]) -> None:
        """Record a file and its facts the archive compares (`indexed`, in file order)."""
        path = facts.origin.path
        if path in self.files:
            return
        blob = facts.blob
        try:
            rows = [(fact, encode_value(fact.value)) for fact in indexed]
        except ValueError:
            blob = None  # a value without a stored form: the file is re-read every time
            rows = []
        self.files[path] = (facts.article_ref, blob, facts.references)
        if blob is None:
            return
        file = len(self.paths)  # one int object for all of the file's holders
        self.paths.append(path)
        for seq, (fact, encoded) in enumerate(rows):
            slot = self.slots.setdefault(slot_key(fact), {})
            group = slot.get(name := describe(fact.value))
            if group is None:
                group = slot[name] = _Group(fact.value, encoded)
            # Claim ids repeat from file to file ("round-2-date"): one string each, not
            # one per holder, kept until the index is written at the end of the run.
            group.add(file, seq, sys.intern(fact.claim), fact.replaces)

    def save(self, order: list[str]) -> None:
        """Write the index, files in the order of `order` (resolved paths; files not in it
        are left out). Skipped, silently, where a folder on the way is a link or the
        index cannot be written: it is only a cache."""
        from factcheck.report.output import write_atomically

        root = str(self.root)
        number: dict[str, int] = {}
        files: list[str] = []
        for path in order:
            if path in self.files and path not in number:
                try:
                    relative = _inside(os.path.relpath(path, root).replace(os.sep, "/"))
                except ValueError:
                    continue  # outside the root: not indexed, read every time
                article, blob, references = self.files[path]
                if article is not None and SEPARATOR in article:
                    article = None  # cannot be stored: the file is scanned for it instead
                number[path] = len(files) // FIELDS
                stored = UNKNOWN if references is None else references
                files.extend((relative, article or "", blob or "", stored))
        slots = []
        for (subject, prop, kind, unit), groups in self.slots.items():
            try:
                record = self._slot(groups, number)
            except ValueError:
                return  # a correction naming a file outside the root: runs read every file
            if record is not None:
                slots.append([subject, prop, kind, unit, *record])
        text = json.dumps(
            {
                "factcheck-archive-index": FORMAT,
                "register": self.register_key,
                "tolerances": tolerances_key(self.tolerances),
                "files": SEPARATOR.join(files),
                "slots": slots,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        path = index_path(self.root)
        if not make_folders(path):
            return
        with contextlib.suppress(OSError):
            if os.path.lexists(path) and not stat.S_ISREG(os.lstat(path).st_mode):
                return  # a link or anything else put there: left alone
            write_atomically(path, text + "\n")

    def _slot(self, groups: dict[str, _Group], number: dict[str, int]) -> list | None:
        """[claim ids, groups, by_high, by_low] of one property, groups in the order their
        values were first given, each [value, name, holders, correcting holders]; None when
        no file of the order holds it. Holders are one string, `file.seq.claim ...`
        (numbers: a file's, the fact's in its file, the claim id's in the list), read only
        as far as a run needs: the first few unchanged holders of a value."""
        rows = []
        for name, group in groups.items():
            holders = sorted(
                (
                    (number[h[0]], h[1], h[2], h[3])
                    for h in group.holders(self.paths)
                    if h[0] in number
                ),
                key=lambda h: (h[0], h[1]),
            )
            if holders:
                rows.append((holders[0][:2], name, group, holders))
        if not rows:
            return None
        rows.sort(key=lambda row: row[0])
        stored = []
        ends: list[tuple[tuple, tuple]] = []  # per group, per side: (high key, low key)
        claims: dict[str, int] = {}  # the property's claim ids, each stored once
        for rank, (_, name, group, holders) in enumerate(rows):
            plain = []
            replacing = []
            for no, seq, claim, replaces in holders:
                if replaces is None:
                    plain.append(f"{no}.{seq}.{claims.setdefault(claim, len(claims))}")
                else:
                    target = relative_target(replaces[0], self.root)
                    replacing.append([no, seq, claim, target, replaces[1]])
            stored.append([group.encoded, name, " ".join(plain), replacing])
            spans = value_spans(group.value, self.tolerances) or ()
            # Ranked by end, then by the value given first.
            ends.append(tuple(((*high_end(s), rank), (*low_end(s), rank)) for s in spans))
        sides = max((len(e) for e in ends), default=0)
        by_high = [_ordered(ends, side, 0) for side in range(sides)]
        by_low = [_ordered(ends, side, 1) for side in range(sides)]
        return [list(claims), stored, by_high, by_low]


def _ordered(ends: list[tuple], side: int, which: int) -> list[int]:
    """The groups having that side, in the order of that end."""
    having = [(e[side][which], rank) for rank, e in enumerate(ends) if len(e) > side]
    return [rank for _, rank in sorted(having)]


@dataclass(frozen=True, slots=True)
class KnownArchive:
    """The stored index and which of its files are unchanged since it recorded them."""

    stored: StoredIndex
    live: frozenset[int]  # numbers of the files whose claims text is the recorded one
    articles: dict[str, str]  # resolved path of each such file → its `article.path`
    # Resolved path of each such file → its references record, where known.
    references: dict[str, str] = field(default_factory=dict)
    # Each archive file's name → its resolved path, as choosing the changed files found
    # it (`changes.select_changed`), so the archive pass does not resolve it again.
    resolved: dict[str, str] = field(default_factory=dict)


def known_archive(
    root: Path,
    blobs_at_ref: Callable[[set[str]], dict[str, str]],
    changed: set[str],
    policy: ReadPolicy,
) -> KnownArchive | None:
    """What the index at `root` tells of the archive now, or None without a usable index.

    A file is unchanged since it was indexed when it is not among the `changed` files
    (git: since REF, in the work tree too) and its blob id at REF (`blobs_at_ref()`) is
    the one recorded; a file git does not know (ignored, say) is read and hashed instead.
    Nothing is trusted on a stat: git's own index does that, with its care for racy
    timestamps.
    """
    from factcheck.archive.facts import git_blob_id
    from factcheck.load.text_files import DecodeProblem, read_text

    real = Path(os.path.realpath(root))
    stored = load_index(real, trust=False)
    if stored is None:
        return None
    # Asked of git only when there is an index to compare with, for its files' folders;
    # whether git tracks the cache after that listing, which may already tell
    # (`cache.note_untracked_cache`). Nothing the index holds is used before.
    blobs = blobs_at_ref({path.rpartition("/")[0] for path in stored.paths})
    if not cache_is_local(real):
        return None
    live = []
    articles = {}
    references = {}
    rows = zip(stored.paths, stored.blobs, stored.article_refs, stored.references, strict=True)
    for number, (path, recorded, article, record) in enumerate(rows):
        if recorded is None or path in changed:
            continue
        blob = blobs.get(path)
        if blob is None:
            try:
                blob = git_blob_id(read_text(Path(path), policy))
            except (OSError, Refused, DecodeProblem, ValueError):
                continue
        if blob == recorded:
            live.append(number)
            if article is not None:
                articles[path] = article
            if record is not None:
                references[path] = record
    return KnownArchive(stored, frozenset(live), articles, references=references)

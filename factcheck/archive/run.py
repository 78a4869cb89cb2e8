"""The archive pass of a run: each file's facts against the files before it and the register.

Wraps the stream of results (one file at a time, as reports write them): a file's FC6xx
findings are added to it before it is passed on, so streamed reports stay streamed. The
finding goes to the file that is checked second, and names the first.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.archive.cache import Entry, content_key, file_stamp, fresh, load_entry, save_entry
from factcheck.archive.facts import ArchiveFact, FileFacts
from factcheck.archive.index import ArchiveIndex, Conflict, indexed_facts
from factcheck.archive.index_file import IndexBuilder, KnownArchive, load_index, tolerances_key
from factcheck.archive.register import Register, claims_facts
from factcheck.archive.sparse import SparseIndex
from factcheck.archive.titles import title_problem
from factcheck.check.values import describe
from factcheck.config import Config
from factcheck.findings import Finding
from factcheck.paths import real_path
from factcheck.result import FileResult, Silenced, outcome_of


def archive_checked(
    results: Iterable[FileResult],
    files: list[str],
    config: Config,
    register: Register,
    unchanged: list[str] | None = None,
    write_cache: bool = True,
    known: KnownArchive | None = None,
    read: dict[str, FileFacts] | None = None,
) -> Iterator[FileResult]:
    """`results` (of `files`, in order) with the archive's findings added, file by file.

    `unchanged` are the archive's other claims files when `--changed-since` chose `files`:
    they are compared through the archive index (`known`, see `archive/sparse.py`) when it
    describes all but a few of them; else their facts come from their cache entries
    (`.factcheck/archive/`) where fresh, else from their claims, indexed first, so a
    finding lands on the changed file, and the index is written anew. Each checked file's
    entry is written as it is passed on (unless `write_cache` is false: with `--article`,
    the words checked are not those of the article the entry would be keyed by), and a run
    of the whole archive writes the index at its end. `read` holds unchanged files' facts
    already read (by resolved path) while choosing the files, so none is parsed twice.
    """
    tolerances = config.typed_tolerances
    key = register_key(register)
    checked = {real_path(path) for path in files}
    builder = IndexBuilder(_root(config), key, tolerances) if write_cache else None
    index: ArchiveIndex | SparseIndex
    if unchanged is None:
        index = ArchiveIndex(register.subjects, tolerances)
        for path, facts in register.files.items():
            if path not in checked:
                index.add(facts)
    else:
        sparse = None
        if known is not None:
            sparse = _sparse(unchanged, checked, key, register, config, known, builder, read)
        if sparse is not None:
            index = sparse
        else:
            index = _plain(unchanged, checked, key, register, config, builder, read)
    for path, result in zip(files, results, strict=True):
        facts, result.archive = result.archive, None  # keep only the index's share
        if facts is not None:
            for conflict in index.add(facts):
                _report(result, conflicting_values(conflict), conflict.fact, config)
            for fact in facts.facts:
                titles = register.titles.get(fact.subject)
                if titles and fact.type == "role" and fact.status != "false":
                    problem = title_problem(fact, titles)
                    if problem:
                        _report(result, title_not_held(fact, problem), fact, config)
            if write_cache:
                save_entry(config.root, key, _entry(path, facts, register, config))
            if builder is not None:
                builder.add(facts, indexed_facts(facts, register.subjects))
        yield result
    if builder is None or (isinstance(index, SparseIndex) and index.fallback is None):
        return  # nothing to write, or the stored index stands: nothing was re-read
    if unchanged is None and not _replaces_index(config, checked, key):
        return
    builder.save([real_path(path) for path in (files if unchanged is None else unchanged)])


def _root(config: Config) -> Path:
    return Path(os.path.realpath(config.root))


def _replaces_index(config: Config, checked: set[str], key: str) -> bool:
    """Whether a run of `checked` may replace the stored index: it covers every file the
    index holds (a run of one file must not shrink the archive's index to that file), or
    the index is not usable anyway."""
    stored = load_index(_root(config))
    if stored is None or stored.register != key:
        return True
    return checked.issuperset(stored.paths)


def _plain(
    unchanged: list[str],
    checked: set[str],
    key: str,
    register: Register,
    config: Config,
    builder: IndexBuilder | None,
    read: dict[str, FileFacts] | None = None,
) -> ArchiveIndex:
    """Every unchanged file's facts, indexed (and given to `builder`, for a new index);
    those in `read` (by resolved path) were read already and are taken from it."""
    index = ArchiveIndex(register.subjects, config.typed_tolerances)
    memo = read if read is not None else {}
    for path in unchanged:
        real = real_path(path)
        if real not in checked:
            facts = memo.pop(real, None) or unchanged_facts(path, real, key, register, config)
            index.add(facts)
            if builder is not None:
                builder.add(facts, indexed_facts(facts, register.subjects))
    for path, facts in register.files.items():
        if path not in checked:
            index.add(facts)
    return index


# Unchanged files the index does not describe (not indexed, or changed since) that a run
# reads as it would without an index; with more, the index is rebuilt from all of them.
EXTRAS_LIMIT = 64


def _sparse(
    unchanged: list[str],
    checked: set[str],
    key: str,
    register: Register,
    config: Config,
    known: KnownArchive,
    builder: IndexBuilder | None,
    read: dict[str, FileFacts] | None = None,
) -> SparseIndex | None:
    """The changed files' comparison through the stored index, or None when the index
    was made with another register or tolerances, lists the files in another order, or
    misses more than EXTRAS_LIMIT of them (the caller then reads them all; `read`: as for
    `_plain`). Should a part
    of the index prove corrupt, the run reads them all then, giving them to `builder`."""
    from factcheck.changes import resolved_name

    stored = known.stored
    tolerances = config.typed_tolerances
    if stored.register != key or stored.tolerances != tolerances_key(tolerances):
        return None
    number = {path: n for n, path in enumerate(stored.paths)}
    positions: list[int | None] = [None] * len(stored.paths)
    seen: set[str] = set()
    others: list[tuple[int, str, str]] = []
    folders: dict = {}
    last = -1
    for position, path in enumerate(unchanged):
        real = known.resolved.get(path)
        if real is None:
            try:
                real = resolved_name(path, folders)
            except ValueError:
                real = real_path(path)
        if real in checked or real in seen:
            continue
        seen.add(real)
        n = number.get(real)
        if n is not None and n in known.live:
            if n < last:
                return None  # the archive's order is not the index's
            last = n
            positions[n] = position
        else:
            others.append((position, path, real))
            if len(others) > EXTRAS_LIMIT:
                return None
    memo = read if read is not None else {}
    extras = [
        (p, memo.pop(real, None) or unchanged_facts(path, real, key, register, config))
        for p, path, real in others
    ]
    end = len(unchanged)
    for offset, (path, facts) in enumerate(register.files.items()):
        if path not in checked and path not in seen:
            extras.append((end + offset, facts))
    named: dict[str, FileFacts] = {}

    def facts_of(path: str) -> FileFacts:
        if path not in named:
            named[path] = unchanged_facts(path, path, key, register, config)
        return named[path]

    def plain() -> ArchiveIndex:
        return _plain(unchanged, checked, key, register, config, builder, memo)

    return SparseIndex(stored, positions, extras, register.subjects, tolerances, facts_of, plain)


def register_key(register: Register) -> str:
    """What the cached facts depend on besides the files: the register's subject ids."""
    return hashlib.sha256("\n".join(sorted(register.subjects)).encode()).hexdigest()


def _entry(path: str, facts: FileFacts, register: Register, config: Config) -> Entry:
    """The cache entry of a checked file: its hash and its facts about register subjects."""
    article = Path(facts.origin.article_path) if facts.origin.article_path else None
    shared = tuple(fact for fact in facts.facts if fact.subject in register.subjects)
    stamp = file_stamp(Path(path), article)  # before hashing: a later edit changes it
    key = content_key(Path(path), article, config.policy)
    kept = FileFacts(facts.origin, shared, facts.blob, facts.article_ref, facts.references)
    return Entry(key, kept, stamp)


def unchanged_facts(
    path: str, real: str, key: str, register: Register, config: Config
) -> FileFacts:
    """An unchanged file's facts (`real`: its resolved path): cached if still fresh, else
    from its claims."""
    entry = load_entry(config.root, key, real)
    if entry is not None and fresh(entry, Path(path), config.policy):
        return entry.facts
    if real in register.files:
        return register.files[real]
    return claims_facts(Path(path), config)


def conflicting_values(conflict: Conflict) -> Finding:
    """FC601, at the claim of the file checked second, naming both files and articles."""
    fact, other = conflict.fact, conflict.other
    message = (
        f"`{fact.subject}` {fact.property} is {describe(fact.value)} here "
        f"(“{fact.words}”, {_dated(fact)}) but {describe(other.value)} in {other.where()} "
        f"(`{other.claim}`: “{other.words}”, {_dated(other)}): both cannot be true"
    )
    reference = os.path.relpath(other.origin.path, os.path.dirname(fact.origin.path))
    hint = (
        "One article is wrong: correct it and its claim. If the later article corrects the "
        f"earlier, say so on its claim: `corrects: {reference}#{other.claim}` with a "
        "`correction:` note."
    )
    return Finding(
        "FC601",
        "error",
        message,
        fact.origin.display,
        fact.line,
        fact.column,
        hint,
        claim=fact.claim,
        article_file=fact.origin.article if fact.article_line else None,
        article_line=fact.article_line,
    )


def title_not_held(fact: ArchiveFact, problem: str) -> Finding:
    """FC605, at a role claim the register's tenures contradict on the article's dateline."""
    return Finding(
        "FC605",
        "error",
        f"`{fact.claim}` calls `{fact.subject}` {fact.value} (“{fact.words}”): {problem}",
        fact.origin.display,
        fact.line,
        fact.column,
        'Use the title held on the dateline ("former …" for one no longer held), or '
        "correct the tenure in the register.",
        claim=fact.claim,
        article_file=fact.origin.article if fact.article_line else None,
        article_line=fact.article_line,
    )


def _dated(fact: ArchiveFact) -> str:
    return f"dated {fact.origin.dateline}" if fact.origin.dateline else "undated"


def _report(result: FileResult, finding: Finding, fact: ArchiveFact, config: Config) -> None:
    """Add an archive finding to a file's result: severity as configured, silenced with the
    claim's `ignore:` reason, and the claim's outcome updated."""
    from factcheck.rules import RULES

    level = config.severity.get(finding.code, RULES[finding.code].severity)
    if level == "off":
        return
    if level != finding.severity:
        finding = finding.with_severity(level)  # type: ignore[arg-type]
    reason = (fact.ignored or {}).get(finding.code)
    if reason:
        result.silenced.append(Silenced(finding, reason))
        return
    result.findings.append(finding)
    result.findings.sort(key=Finding.sort_key)
    for claim in result.claims:
        if claim.id == finding.claim:
            claim.findings.append(finding)
            claim.outcome = outcome_of(claim.findings)

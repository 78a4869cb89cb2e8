"""`--changed-since` and the register: which subjects a change altered (their titles, or
their being in the register at all), and the unchanged claims files to check again
because of it.

FC605 checks every role claim about a register subject against the titles the register
files declare, and FC601 compares every claim about a register subject across files, but a
changed-since run checks the changed files only. A register file of subjects only that
changed makes every file be checked (`register.register_changed`); a register file that is
a claims file is a changed file like any other, so without this a pull request editing only
a person's `titles:` in it (a tenure cut short, a title renamed) would be checked alone, and
the unchanged articles that the new tenure contradicts would pass CI. Likewise a register
claims file that declares a subject id the register did not hold makes that id shared by
every file: two unchanged articles that give it different values now conflict, and a full
run says so in the later one. Here the register is worked out as it was at the ref (the
unchanged files' records as they are, the changed files' as git has them at the ref) and
compared, subject by subject, with the register now; the unchanged files with a role claim
about a subject whose titles differ, or with any claim about a subject new to the register,
are checked again. A new article repeating a record or a subject another register file
already holds changes nothing, so it is still checked alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.archive.facts import FileFacts
from factcheck.archive.register import (
    DeclaredTitles,
    Register,
    declared_titles,
    merged_titles,
)
from factcheck.config import Config
from factcheck.paths import real_path


@dataclass(frozen=True)
class RegisterChange:
    """What a change did to the register since the ref."""

    retitled: set[str] = field(default_factory=set)  # subjects whose titles differ
    added: set[str] = field(default_factory=set)  # subject ids the register did not declare

    def __bool__(self) -> bool:
        return bool(self.retitled or self.added)


def register_change(
    register: Register, changed: set[Path], ref: str, config: Config
) -> RegisterChange:
    """How the register differs from what it said at `ref`, judged from the register files
    among `changed` (absolute, resolved)."""
    names = {str(path) for path in changed}
    then_titles: list[DeclaredTitles] = []
    then_ids = {s for real, ids in register.declared_ids if real not in names for s in ids}
    touched = False
    for real, declared in register.declared_titles:
        if real not in names:
            then_titles.append(declared)
            continue
        touched = True
        before = _declared_at(ref, Path(real), config)
        if before is None:  # the ref's version cannot be read: assume the worst of it
            return RegisterChange(set(register.titles), set(register.subjects) - then_ids)
        then_titles.append(before[0])
        then_ids.update(before[1])
    if not touched:
        return RegisterChange()
    before_titles = merged_titles(then_titles)
    subjects = before_titles.keys() | register.titles.keys()
    retitled = {s for s in subjects if before_titles.get(s, ()) != register.titles.get(s, ())}
    return RegisterChange(retitled, set(register.subjects) - then_ids)


def _declared_at(
    ref: str, path: Path, config: Config
) -> tuple[DeclaredTitles, frozenset[str]] | None:
    """The titles and subject ids the register file at `path` declared at `ref` (none when
    it is new since); None when that version is not a valid claims or register file."""
    from factcheck.changes import content_at
    from factcheck.load.claims_loader import load_claims_file

    data = content_at(ref, path)
    if data is None:
        return (), frozenset()
    if len(data) > config.policy.max_file_size:
        return None
    loaded = load_claims_file(path, str(path), config.policy, data=data, register=True)
    declared = loaded.model or loaded.declared
    if declared is None:
        return None
    return declared_titles(declared.subjects), frozenset(declared.subjects)


def files_naming(
    files: Sequence[str],
    picked: Sequence[str],
    change: RegisterChange,
    register: Register,
    config: Config,
) -> tuple[list[str], dict[str, FileFacts]]:
    """`picked` and the other `files` with a role claim about a retitled subject or any
    claim about a subject new to the register, in the order of `files`: what a
    changed-since run checks after that change. The others' facts come from the register,
    their cache entries or their claims; those of the files left unchecked are returned too
    (by resolved path), so the archive pass compares against them without parsing each
    again."""
    from factcheck.archive.run import register_key, unchanged_facts

    chosen = {real_path(path) for path in picked}
    key = register_key(register)
    kept = []
    read: dict[str, FileFacts] = {}
    for path in files:
        real = real_path(path)
        if real in chosen:
            kept.append(path)
            continue
        file_facts = unchanged_facts(path, real, key, register, config)
        if any(
            f.subject in change.added or (f.type == "role" and f.subject in change.retitled)
            for f in file_facts.facts
        ):
            kept.append(path)  # checked: its facts are read again with its claims
        else:  # kept for the archive pass, which compares register subjects' facts only
            shared = tuple(f for f in file_facts.facts if f.subject in register.subjects)
            read[real] = replace(file_facts, facts=shared)
    return kept, read

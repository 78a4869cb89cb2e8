"""`--changed-since` and the register's titles: whose tenures a change altered, and the
unchanged claims files to check again because of it.

FC605 checks every role claim about a register subject against the titles the register
files declare, but a changed-since run checks the changed files only. A register file of
subjects only that changed makes every file be checked (`register.register_changed`); a
register file that is a claims file is a changed file like any other, so without this a
pull request editing only a person's `titles:` in it (a tenure cut short, a title renamed)
would be checked alone, and the unchanged articles that the new tenure contradicts would
pass CI. Here the register's titles are worked out as they were at the ref (the unchanged
files' records as they are, the changed files' as git has them at the ref) and compared,
subject by subject, with the titles now; the unchanged files with a role claim about a
subject whose titles differ are checked again. A new article repeating a record another
file already holds changes nothing, so it is still checked alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factcheck.archive.register import (
    DeclaredTitles,
    Register,
    declared_titles,
    merged_titles,
)
from factcheck.config import Config
from factcheck.paths import real_path


def retitled_subjects(register: Register, changed: set[Path], ref: str, config: Config) -> set[str]:
    """The subjects whose titles in the register differ from what the register said at
    `ref`, judged from the register files among `changed` (absolute, resolved)."""
    names = {str(path) for path in changed}
    then: list[DeclaredTitles] = []
    touched = False
    for real, declared in register.declared_titles:
        if real not in names:
            then.append(declared)
            continue
        touched = True
        before = _declared_at(ref, Path(real), config)
        if before is None:  # the ref's version cannot be read as a register file
            return set(register.titles)
        then.append(before)
    if not touched:
        return set()
    before_titles = merged_titles(then)
    subjects = before_titles.keys() | register.titles.keys()
    return {s for s in subjects if before_titles.get(s, ()) != register.titles.get(s, ())}


def _declared_at(ref: str, path: Path, config: Config) -> DeclaredTitles | None:
    """The titles the register file at `path` declared at `ref` (none when it is new since);
    None when that version is not a valid claims or register file."""
    from factcheck.changes import content_at
    from factcheck.load.claims_loader import load_claims_file

    data = content_at(ref, path)
    if data is None:
        return ()
    if len(data) > config.policy.max_file_size:
        return None
    loaded = load_claims_file(path, str(path), config.policy, data=data, register=True)
    declared = loaded.model or loaded.declared
    return declared_titles(declared.subjects) if declared is not None else None


def files_naming(
    files: Sequence[str],
    picked: Sequence[str],
    subjects: set[str],
    register: Register,
    config: Config,
) -> list[str]:
    """`picked` and the other `files` with a role claim about one of `subjects`, in the
    order of `files`: what a changed-since run checks when those subjects' titles changed.
    The others' facts come from the register, their cache entries or their claims."""
    from factcheck.archive.run import register_key, unchanged_facts

    chosen = {real_path(path) for path in picked}
    key = register_key(register)
    kept = []
    for path in files:
        real = real_path(path)
        if real in chosen:
            kept.append(path)
            continue
        facts = unchanged_facts(path, real, key, register, config).facts
        if any(f.type == "role" and f.subject in subjects for f in facts):
            kept.append(path)
    return kept

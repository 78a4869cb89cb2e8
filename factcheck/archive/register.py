"""The register: the files whose `subjects:` are the archive's shared subjects.

Configured as `register:` (files or folders, relative to the configuration). A register
file is either a claims file or a file of subjects only (no `article:`, no `claims:`; see
`factcheck schema register`), such as one file per person in a `subjects/` folder. A
subject id declared in any register file is one event, person or place in every claims
file; the claims of register files that are claims files are part of the archive even when
a run checks other files only. Files of subjects only are not claims files: a run that
finds them among its claims files leaves them out (they are checked here, as the register).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.archive.facts import FileFacts, Origin, file_facts
from factcheck.config import Config
from factcheck.load.claims_loader import LoadedClaims, subjects_only
from factcheck.model.claims import Subject, TitleHeld
from factcheck.paths import real_path
from factcheck.safe_paths import ReadPolicy


class RegisterError(Exception):
    """A register file cannot be used: the run stops (exit 2) with the file's first problem."""


@dataclass(frozen=True, slots=True)
class Register:
    """The shared subject ids, each register file's facts (by resolved path), and the
    titles each subject held over time, as the register files declare them."""

    subjects: frozenset[str]
    files: dict[str, FileFacts]
    titles: dict[str, tuple[TitleHeld, ...]]
    # The register files of subjects only (resolved paths): not claims files.
    declarations: frozenset[str] = frozenset()
    # Every register file (resolved path) in the register's order, with the titles it
    # declares: what a changed-since run compares with the files' versions at its ref.
    declared_titles: tuple[tuple[str, DeclaredTitles], ...] = ()
    # Every register file (resolved path) with the subject ids it declares: what a
    # changed-since run compares with the ids at its ref (`archive/retitled.py`).
    declared_ids: tuple[tuple[str, frozenset[str]], ...] = ()


# The `titles:` one register file declares, by subject (subjects without titles left out).
DeclaredTitles = tuple[tuple[str, tuple[TitleHeld, ...]], ...]


def declared_titles(subjects: dict[str, Subject]) -> DeclaredTitles:
    """The titles a register file's `subjects:` declare."""
    return tuple(
        (sid, tuple(subject.titles)) for sid, subject in subjects.items() if subject.titles
    )


def merged_titles(files: Iterable[DeclaredTitles]) -> dict[str, tuple[TitleHeld, ...]]:
    """Each subject's titles over the register files, in their order, each record once: the
    register's view, whichever file holds a record."""
    titles: dict[str, tuple[TitleHeld, ...]] = {}
    for declared in files:
        for subject_id, held in declared:
            known = titles.get(subject_id, ())
            titles[subject_id] = known + tuple(t for t in held if t not in known)
    return titles


def load_register(paths: list[Path], policy: ReadPolicy) -> Register:
    """Read the register files under the run's read rule (claims only: no article is read)."""
    from factcheck.load.claims_loader import load_claims_file
    from factcheck.paths import display_path
    from factcheck.selection import SelectionError, claims_files

    try:
        chosen = claims_files(paths, policy)
    except SelectionError as error:
        raise RegisterError(f"`register`: {error}") from None
    subjects: set[str] = set()
    files: dict[str, FileFacts] = {}
    declarations: set[str] = set()
    per_file: list[tuple[str, DeclaredTitles]] = []
    ids: list[tuple[str, frozenset[str]]] = []
    for name in chosen:
        path = Path(name)
        display = display_path(path)
        loaded = load_claims_file(path, display, policy, register=True)
        declared = loaded.model or loaded.declared
        if declared is None:
            _refuse(loaded)
        assert declared is not None
        subjects.update(declared.subjects)
        real = real_path(path)
        per_file.append((real, declared_titles(declared.subjects)))
        ids.append((real, frozenset(declared.subjects)))
        if loaded.model is None:
            declarations.add(real)
        else:
            files[real] = _model_facts(loaded)
    return Register(
        frozenset(subjects),
        files,
        merged_titles(titles for _, titles in per_file),
        frozenset(declarations),
        tuple(per_file),
        tuple(ids),
    )


def register_changed(changed: set[Path], paths: list[Path], policy: ReadPolicy) -> Path | None:
    """Whether a register file of subjects only (named by `register:`, or under a folder it
    names) is among the `changed` files (absolute, resolved), or a register file was
    deleted: then every claims file is checked against the new register, as its subjects
    and titles may have changed for all of them. A register file that is a claims file is
    a changed file like any other (its claims meet the archive's as they do). Returns the
    first such file (what the run names as the reason), or None."""
    from factcheck.load.claims_loader import load_claims_file
    from factcheck.paths import display_path
    from factcheck.selection import CLAIMS_SUFFIXES

    roots = [Path(real_path(path)) for path in paths]
    for path in sorted(changed):
        if path.suffix not in CLAIMS_SUFFIXES:
            continue
        if not any(path == root or root in path.parents for root in roots):
            continue
        if not path.exists():
            return path  # what it declared is gone, whichever form it had
        loaded = load_claims_file(path, display_path(path), policy, register=True)
        if subjects_only(loaded.data):
            return path
    return None


def declarations_among(files: list[str], paths: list[Path], policy: ReadPolicy) -> set[str]:
    """The register files of subjects only among `files` (resolved paths), each validated
    (`RegisterError` at its first problem): what `validate` leaves out of its claims files.
    Register files that are claims files are not read here."""
    from factcheck.load.claims_loader import load_claims_file
    from factcheck.paths import display_path
    from factcheck.selection import SelectionError, claims_files

    try:
        named = {real_path(Path(name)) for name in claims_files(paths, policy)}
    except SelectionError as error:
        raise RegisterError(f"`register`: {error}") from None
    found: set[str] = set()
    for name in files:
        real = real_path(Path(name))
        if real not in named:
            continue
        loaded = load_claims_file(Path(name), display_path(Path(name)), policy, register=True)
        if subjects_only(loaded.data):
            if loaded.declared is None:
                _refuse(loaded)
            found.add(real)
    return found


def _refuse(loaded: LoadedClaims) -> None:
    first = min(
        (f for f in loaded.findings if f.severity == "error"), key=lambda f: (f.line, f.column)
    )
    fix = f" ({first.hint})" if first.hint else ""
    if subjects_only(loaded.data):  # `validate` would read it as a claims file
        raise RegisterError(f"register file {first.location}: {first.code} {first.message}{fix}")
    raise RegisterError(
        f"register file {first.location}: {first.code} {first.message} "
        f"(run `factcheck validate {loaded.display}`)"
    )


def _model_facts(loaded: LoadedClaims) -> FileFacts:
    """A valid claims file's facts from its claims alone (its article is not read)."""
    from factcheck.paths import display_path

    model = loaded.model
    assert model is not None
    article = display_path(loaded.path.parent / model.article.path)
    published = model.article.published
    return file_facts(loaded, model, [], article, published.isoformat() if published else None)


def claims_facts(path: Path, config: Config) -> FileFacts:
    """An archive file's facts from its claims (no cache entry fits it); none if the file
    cannot be loaded: it is reported when it is itself checked."""
    from factcheck.load.claims_loader import load_claims_file
    from factcheck.paths import display_path

    loaded = load_claims_file(path, display_path(path), config.policy)
    if loaded.model is None:
        origin = Origin(real_path(path), display_path(path), None, None)
        return FileFacts(origin, ())
    return _model_facts(loaded)

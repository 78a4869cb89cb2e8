"""Read one claims file: bytes → text → positioned YAML → validated model, with findings.

Nothing here raises for a problem in the file: every problem becomes a located finding
(FC1xx), so a user sees all of them at once and never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

from factcheck.findings import Finding
from factcheck.load.check_references import check_check_references
from factcheck.load.positioned_yaml import Position, Positions, YamlProblem, load_positioned
from factcheck.load.references import check_references
from factcheck.load.schema_errors import findings_from_validation
from factcheck.load.text_files import DecodeProblem, decode_utf8, read_text
from factcheck.model.claims import ClaimsFile, RegisterFile
from factcheck.model.reading import InvalidClaims, read_claims_file, read_register_file
from factcheck.safe_paths import ReadPolicy, Refused

REFUSED_HINT = (
    "factcheck reads only regular files inside the repository root (see `factcheck config`)."
)

_YAML_CODES = {
    "syntax": "FC101",
    "duplicate-key": "FC102",
    "type": "FC104",
    "tag": "FC111",
    "alias-bomb": "FC112",
}


@dataclass
class LoadedClaims:
    """A claims file as loaded: the model when it is valid, and every finding on the way."""

    path: FsPath
    display: str
    text: str = ""
    data: Any = None
    positions: Positions = field(default_factory=Positions)
    model: ClaimsFile | None = None
    findings: list[Finding] = field(default_factory=list)
    # A register file of subjects only (loaded with `register=True`), when it is valid.
    declared: RegisterFile | None = None

    def position_of(self, *path: str | int) -> Position:
        """Where a value of the file stands (the nearest enclosing one if it has none)."""
        return self.positions.of_value(tuple(path))


def subjects_only(data: Any) -> bool:
    """Whether parsed YAML is a register file's shape: a mapping with neither `article:`
    nor `claims:` (a claims file with one of them missing is still a claims file, and is
    told which key it lacks)."""
    return isinstance(data, dict) and "article" not in data and "claims" not in data


def load_claims_file(
    path: FsPath,
    display: str,
    policy: ReadPolicy | None = None,
    data: bytes | None = None,
    register: bool = False,
) -> LoadedClaims:
    """Load and validate `path`; `display` is how findings name the file.

    A file the read rule refuses (a listed link leading outside the root, a file over the
    size limit) is a finding at its first line, and none of it is read. `data`, when given,
    is the file's content already read (standard input); `path` then only places it.
    With `register` (a file named by `register:`), a file of `subjects:` alone is read as a
    register file (`declared`) instead of a claims file lacking its article.
    """
    loaded = LoadedClaims(path, display)
    try:
        loaded.text = read_text(path, policy) if data is None else decode_utf8(data)
    except DecodeProblem as problem:
        loaded.findings.append(problem.finding("FC110", display))
        return loaded
    except Refused as refused:
        loaded.findings.append(
            Finding(refused.code, "error", refused.message, display, 1, 1, REFUSED_HINT)
        )
        return loaded
    try:
        loaded.data, loaded.positions = load_positioned(loaded.text)
    except YamlProblem as problem:
        loaded.findings.append(
            Finding(
                _YAML_CODES[problem.kind],
                "error",
                problem.message,
                display,
                problem.position.line,
                problem.position.column,
                problem.hint,
            )
        )
        return loaded
    if not isinstance(loaded.data, dict):
        what = "empty" if loaded.data is None else "not a mapping of keys"
        position = loaded.position_of()
        loaded.findings.append(
            Finding(
                "FC113",
                "error",
                f"the file is {what}: a claims file starts with `article:` and `claims:`",
                display,
                position.line,
                position.column,
                "See `factcheck schema claims` or the bundled example in claims/.",
            )
        )
        return loaded
    if register and subjects_only(loaded.data):
        return _load_register_file(loaded)
    try:
        loaded.model = read_claims_file(loaded.data)
    except InvalidClaims as invalid:
        found = findings_from_validation(invalid.errors, loaded.data, loaded.positions, display)
        if subjects_only(loaded.data) and "subjects" in loaded.data:
            found = [_register_hint(finding) for finding in found]
        loaded.findings.extend(found)
    loaded.findings.extend(check_references(loaded.data, loaded.positions, display))
    loaded.findings.extend(check_check_references(loaded.data, loaded.positions, display))
    # A check naming the wrong type (FC411) fails that check alone (see consistency.runner).
    if any(f.severity == "error" and f.code != "FC411" for f in loaded.findings):
        loaded.model = None
    return loaded


def _load_register_file(loaded: LoadedClaims) -> LoadedClaims:
    """Validate a register file of subjects only: the register schema's mistakes and the
    subjects' references, each at its line and column."""
    try:
        loaded.declared = read_register_file(loaded.data)
    except InvalidClaims as invalid:
        loaded.findings.extend(
            findings_from_validation(invalid.errors, loaded.data, loaded.positions, loaded.display)
        )
    loaded.findings.extend(check_references(loaded.data, loaded.positions, loaded.display))
    if any(f.severity == "error" for f in loaded.findings):
        loaded.declared = None
    return loaded


REGISTER_HINT = (
    "A file of `subjects:` alone is a register file: name it (or its folder) under "
    "`register:` in factcheck.yaml (see docs/archive.md), or give it `article:` and `claims:`."
)


def _register_hint(finding: Finding) -> Finding:
    """A missing `article`/`claims` in a file of subjects only: say it reads as a register
    file that the configuration does not name."""
    from dataclasses import replace

    if finding.message.startswith(
        ("missing required key `article`", "missing required key `claims`")
    ):
        return replace(finding, hint=REGISTER_HINT)
    return finding

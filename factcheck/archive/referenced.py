"""The other claims files one claims file names (`FILE#claim-id`), each found and loaded once.

Check items and operands (`archive/references.py`) and `corrects:`/`supersedes:`
(`archive/corrections.py`) name another file's claim the same way, FILE relative to the
claims file, as `article.path` is. Both need the same answer (the read rule's refusal, no
such file, the file itself, not a valid claims file, or the file and its claim ids), so it
is worked out here, once per file named: a file both kinds of reference name is read once,
and a chronology naming hundreds of one file's claims reads it once.
"""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.load.claims_loader import LoadedClaims
from factcheck.paths import real_path
from factcheck.safe_paths import ReadPolicy, Refused

# Why a named file cannot give a claim. (Plain names, not an Enum, nor a dataclass below:
# the engine imports this module on every run, and each costs start-up.)
REFUSED = "refused"  # the read rule refuses it (outside the root, a link out, too large)
MISSING = "missing"  # no regular file there
ITSELF = "itself"  # the naming file itself
INVALID = "invalid"  # not a valid claims file


class Referenced:
    """A named file: its path (joined to the naming file's folder) and display name, and
    either its loaded claims with each claim id's index (the first, as a scan finds it) or
    the problem (with the read rule's message when it refused the file)."""

    __slots__ = ("display", "loaded", "path", "positions", "problem", "refusal")

    def __init__(
        self,
        path: Path,
        display: str,
        problem: str | None = None,
        refusal: str = "",
        loaded: LoadedClaims | None = None,
        positions: dict[str, int] | None = None,
    ) -> None:
        self.path = path
        self.display = display
        self.problem = problem
        self.refusal = refusal
        self.loaded = loaded
        self.positions = positions or {}


class ReferencedFiles:
    """The files the claims file `naming` refers to, resolved and loaded on first use."""

    def __init__(self, naming: LoadedClaims, policy: ReadPolicy) -> None:
        self.naming = naming
        self.policy = policy
        self._files: dict[str, Referenced] = {}  # by resolved path

    def get(self, file: str) -> Referenced:
        """The file `file` names, relative to the naming file's folder."""
        path = Path(os.path.dirname(self.naming.path)) / file
        key = real_path(path)
        found = self._files.get(key)
        if found is None:
            found = self._files[key] = self._read(path, key)
        return found

    def _read(self, path: Path, real: str) -> Referenced:
        from factcheck.load.claims_loader import load_claims_file
        from factcheck.paths import display_path

        try:
            self.policy.resolve(path)
        except Refused as refused:  # (a NUL byte in the name, say: not displayed)
            return Referenced(path, str(path), REFUSED, refused.message)
        display = display_path(path)
        if not path.is_file():
            return Referenced(path, display, MISSING)
        if real == real_path(self.naming.path):
            return Referenced(path, display, ITSELF)
        loaded = load_claims_file(path, display, self.policy)
        if loaded.model is None:
            return Referenced(path, display, INVALID, loaded=loaded)
        positions: dict[str, int] = {}
        for index, claim in enumerate(loaded.model.claims):
            positions.setdefault(claim.id, index)
        return Referenced(path, display, loaded=loaded, positions=positions)

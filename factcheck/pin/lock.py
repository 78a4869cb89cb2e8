"""The lock file: for each accepted claim, the sentence it was verified against.

Machine-written, beside the claims file (`NAME.lock.json` for `NAME.yaml`), so the person's
YAML is never rewritten. Keys are sorted and the file ends with a newline, so a pull request
shows exactly which sentences were (re-)accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.report.output import write_atomically

LOCK_VERSION = 1


@dataclass(frozen=True, slots=True)
class Pin:
    """A claim's accepted sentence (normalized) and the day it was accepted."""

    sentence: str
    text: str
    accepted: str


class LockProblem(Exception):
    """The lock file exists but cannot be read; `line` locates the problem."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def lock_path(claims_file: Path) -> Path:
    """Where the lock file of `claims_file` lives."""
    return claims_file.with_name(claims_file.stem + ".lock.json")


def lock_display(claims_display: str) -> str:
    """How findings name the lock file of the claims file shown as `claims_display`."""
    return str(lock_path(Path(claims_display)))


def read_lock(path: Path) -> dict[str, Pin]:
    """The pins of a lock file ({} when there is none). Raises `LockProblem`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise LockProblem(f"cannot read the lock file: {error}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        message = f"the lock file is not JSON: {error.msg}"
        raise LockProblem(message, error.lineno, error.colno) from None
    if not isinstance(document, dict):
        document = {}
    claims = document.get("claims")
    if document.get("version") != LOCK_VERSION or not isinstance(claims, dict):
        raise LockProblem(f"the lock file is not a version {LOCK_VERSION} factcheck lock")
    pins = {}
    for claim_id, entry in claims.items():
        try:
            pins[claim_id] = Pin(entry["sentence"], entry["text"], entry["accepted"])
        except (KeyError, TypeError):
            raise LockProblem(f"the lock entry for `{claim_id}` is incomplete") from None
    return pins


def write_lock(path: Path, claims_file: str, article: str, pins: dict[str, Pin]) -> None:
    """Write all `pins` to `path`, sorted by claim id."""
    document = {
        "version": LOCK_VERSION,
        "comment": "Written by `factcheck accept`; do not edit. Sentences are normalized.",
        "claims_file": claims_file,
        "article": article,
        "claims": {
            claim_id: {"sentence": pin.sentence, "text": pin.text, "accepted": pin.accepted}
            for claim_id, pin in sorted(pins.items())
        },
    }
    write_atomically(path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")

"""The lock file: for each accepted claim, the sentence it was verified against.

Machine-written, beside the claims file (`NAME.lock.json` for `NAME.yaml`), so the person's
YAML is never rewritten. Keys are sorted and the file ends with a newline, so a pull request
shows exactly which sentences were (re-)accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from factcheck.load.text_files import position_of_match
from factcheck.report.output import write_atomically
from factcheck.safe_paths import ReadPolicy, Refused

LOCK_VERSION = 1


@dataclass(frozen=True, slots=True)
class Pin:
    """A claim's accepted sentence (normalized) and the day it was accepted."""

    sentence: str
    text: str
    accepted: str


class LockProblem(Exception):
    """The lock file exists but cannot be read; `line` locates the problem."""

    def __init__(self, message: str, line: int = 1, column: int = 1, refused: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.refused = refused  # the read rule refused the path: accept must not replace it


def lock_path(claims_file: Path) -> Path:
    """Where the lock file of `claims_file` lives."""
    return claims_file.with_name(claims_file.stem + ".lock.json")


def lock_display(claims_display: str) -> str:
    """How findings name the lock file of the claims file shown as `claims_display`."""
    return str(lock_path(Path(claims_display)))


def read_lock(path: Path, policy: ReadPolicy | None = None) -> dict[str, Pin]:
    """The pins of a lock file ({} when there is none). Raises `LockProblem`.

    The lock is read under the run's read rule (`policy`; default: inside the current
    folder): a link leading outside the root, a folder, a device or an oversized file is
    refused unread. Every entry's fields must be strings.
    """
    try:
        raw = (policy or ReadPolicy.here()).read_bytes(path)
    except FileNotFoundError:
        return {}
    except Refused as refused:
        message = f"the lock file cannot be read: {refused.message}"
        raise LockProblem(message, refused=True) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise LockProblem(f"the lock file cannot be read: {reason}", refused=True) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise LockProblem("the lock file is not UTF-8", line, column) from None
    document = _parse(text)
    if not isinstance(document, dict):
        document = {}
    claims = document.get("claims")
    if document.get("version") != LOCK_VERSION or not isinstance(claims, dict):
        raise LockProblem(f"the lock file is not a version {LOCK_VERSION} factcheck lock")
    pins = {}
    for claim_id, entry in claims.items():
        if not isinstance(entry, dict) or not all(k in entry for k in _FIELDS):
            raise LockProblem(f"the lock entry for `{claim_id}` is incomplete")
        for key in _FIELDS:
            if not isinstance(entry[key], str):
                what = "null" if entry[key] is None else type(entry[key]).__name__
                raise LockProblem(
                    f"the lock entry for `{claim_id}` has a {what} as `{key}`, not a string"
                )
        pins[claim_id] = Pin(entry["sentence"], entry["text"], entry["accepted"])
    return pins


_FIELDS = ("sentence", "text", "accepted")


def _parse(text: str) -> object:
    """JSON → Python, every failure a located `LockProblem`."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        message = f"the lock file is not JSON: {error.msg}"
        raise LockProblem(message, error.lineno, error.colno) from None
    except RecursionError:
        raise LockProblem("the lock file nests too deeply to be a factcheck lock") from None
    except ValueError:  # a number past Python's 4,300-digit limit
        line, column = position_of_match(text, r"[0-9]{4301,}") or (1, 1)
        message = "the lock file holds a number of more than 4,300 digits"
        raise LockProblem(message, line, column) from None


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
    from factcheck.report.escape import json_text  # valid UTF-8 even for a non-UTF-8 name

    write_atomically(path, json_text(json.dumps(document, indent=2, ensure_ascii=False)) + "\n")

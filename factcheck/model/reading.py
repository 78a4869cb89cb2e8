"""Read parsed YAML into a `ClaimsFile`: the fast reading first, pydantic when it declines.

A valid file (the everyday case, and the whole of a CI run that passes) never imports
pydantic. A file the fast reading declines is read by pydantic, which converts what it can
(`status: false`, `value: 2025` for a year) and names every mistake; those mistakes are
passed on as plain dictionaries, so callers need not import pydantic to catch them.

A run over an archive is the other way round. pydantic's compiled validator reads a file
about three times as fast as the fast reading (0.4–0.5 ms against 1.1–1.9 ms for a file of
50 claims), and building it costs about 220 ms once: from the `PYDANTIC_AFTER`th file on,
a process has paid for the fast reading longer than building pydantic's would have taken,
so it reads the rest with pydantic; a run that knows it has more files than that reads them
all with pydantic (`expect_files`). Both readings build the same model from a valid file
(tests compare them on every claims file of the repository and thousands of edits), and a
file the fast reading declines went to pydantic anyway, so which one read a file never
shows in a report.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from factcheck.model import checks, claims, fast_reader, vocabulary
from factcheck.model.claims import ClaimsFile, RegisterFile

if TYPE_CHECKING:
    from pydantic import TypeAdapter


class InvalidClaims(Exception):
    """pydantic's account of what is wrong: its `errors()`, one dictionary per mistake."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation errors")
        self.errors = errors


# Files a process reads with the fast reading before it builds pydantic's validator.
PYDANTIC_AFTER = 256
_read_fast = 0


def expect_files(count: int) -> None:
    """Say how many claims files this process is about to read. More than `PYDANTIC_AFTER`,
    and pydantic reads them all from the first: reading the first ones fast would only put
    off building its validator, which that many files repay anyway (on the scale corpus
    0.57 ms a file against 1.17 ms, and 170 ms to build: 1,000 files read 0.15 s sooner)."""
    global _read_fast
    if count > PYDANTIC_AFTER:
        _read_fast = PYDANTIC_AFTER


def read_claims_file(data: Any) -> ClaimsFile:
    """The model of a parsed claims file, or `InvalidClaims`."""
    global _read_fast
    if _read_fast < PYDANTIC_AFTER:
        _read_fast += 1
        try:
            return fast_reader.read(ClaimsFile, data)
        except fast_reader.Declined:
            pass
    from pydantic import ValidationError

    try:
        return pydantic_adapter().validate_python(data)
    except ValidationError as error:
        raise InvalidClaims(list(error.errors(include_url=False))) from None


def read_register_file(data: Any) -> RegisterFile:
    """The model of a parsed register file (subjects only), or `InvalidClaims`: the fast
    reading first, as for claims files (a register is read on every run that has one)."""
    try:
        return fast_reader.read(RegisterFile, data)
    except fast_reader.Declined:
        pass
    from pydantic import ValidationError

    try:
        return register_adapter().validate_python(data)
    except ValidationError as error:
        raise InvalidClaims(list(error.errors(include_url=False))) from None


@cache
def register_adapter() -> TypeAdapter[RegisterFile]:
    """pydantic's reading of a register file, built once (after the claims model's, which
    puts pydantic's names in the model's modules)."""
    from pydantic import TypeAdapter

    pydantic_adapter()
    return TypeAdapter(RegisterFile)


@cache
def pydantic_adapter() -> TypeAdapter[ClaimsFile]:
    """pydantic's reading of the model, built once.

    pydantic evaluates the string annotations in their module's globals, so pydantic's
    names (`Field`, `Tag`, ...) and the type aliases evaluated with them are put there
    first (replacing the aliases' text); the fast reading is unaffected, as it passes its
    own namespace as locals, which come first.
    """
    from pydantic import TypeAdapter

    names = vocabulary.pydantic_names()
    for module in (checks, claims):
        vars(module).update(vocabulary.namespace(module, names))
    return TypeAdapter(ClaimsFile)

"""What a consistency check concludes, before it becomes a finding."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.consistency.facts import Fact
from factcheck.consistency.truth import Truth


@dataclass(frozen=True, slots=True)
class Verdict:
    """One conclusion of a check: true, false or cannot-tell, about the facts named.

    `message` says, when false, what is wrong and what would make it hold; when
    cannot-tell, why the precision given does not decide it.
    """

    truth: Truth
    code: str
    message: str
    facts: tuple[Fact, ...] = ()
    key: tuple[str | int, ...] = ()


def holds(code: str, facts: tuple[Fact, ...] = ()) -> Verdict:
    return Verdict(Truth.TRUE, code, "", facts)


def missing(code: str, item: str, key: str | None = None) -> Verdict:
    """A check item without a usable value (its claim has a problem reported elsewhere)."""
    return Verdict(
        Truth.UNKNOWN,
        code,
        f"`{item}` has no usable value, so this cannot be checked",
        key=(key,) if key else (),
    )

"""What one claims file tells the archive: its claims about registered subjects, small.

Built while the file is checked (the engine has every value and position at hand) and kept
after its full result is reported, so it holds only what an FC6xx finding names: the value,
the claims file's line, the article's words and line, and the article's dateline.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.paths import real_path

if TYPE_CHECKING:
    from factcheck.load.claims_loader import LoadedClaims
    from factcheck.model.claims import ClaimBase, ClaimsFile
    from factcheck.result import ClaimResult

# Claims whose value is a passage, not a single value of a property: never compared.
NOT_SINGLE_VALUED = ("quote", "text")


@dataclass(frozen=True, slots=True)
class Origin:
    """The claims file and article a fact comes from (shared by all facts of one file)."""

    path: str  # resolved, absolute: how `FILE#claim-id` references are matched
    display: str
    article: str | None
    dateline: str | None  # ISO date, or None when the article gives none
    article_path: str | None = None  # resolved: what the cache hashes

    def describe(self) -> str:
        """`claims/a.yaml` (article articles/a.md, dated 2025-06-02)."""
        parts = []
        if self.article:
            parts.append(f"article {self.article}")
        parts.append(f"dated {self.dateline}" if self.dateline else "undated")
        return f"{self.display} ({', '.join(parts)})"


@dataclass(frozen=True, slots=True)
class ArchiveFact:
    """One claim about a registered subject, as the archive compares it."""

    origin: Origin
    claim: str
    subject: str
    property: str
    type: str
    value: object
    line: int  # of the claim's `value` in the claims file
    column: int
    words: str  # the article's words for it (the claim's `text` when not grounded)
    article_line: int | None
    status: str
    # (resolved claims file, claim id) this claim corrects or supersedes, if it says so.
    replaces: tuple[str, str] | None = None
    ignored: dict[str, str] | None = None  # FC6xx codes the claim silences, with reasons

    def where(self) -> str:
        """`claims/a.yaml:12` and, when grounded, `articles/a.md:30`."""
        place = f"{self.origin.display}:{self.line}"
        if self.article_line and self.origin.article:
            place += f" ({self.origin.article}:{self.article_line})"
        return place

    @property
    def key(self) -> tuple[str, str]:
        return (self.origin.path, self.claim)


@dataclass(frozen=True, slots=True)
class FileFacts:
    """A file's facts about registered subjects, with its origin."""

    origin: Origin
    facts: tuple[ArchiveFact, ...]
    # The git blob id of the claims text the facts were read from, and its `article.path`
    # as written: what the archive index (`archive/index_file.py`) keeps to know, without
    # reading the file again, that it is unchanged and which article it checks.
    blob: str | None = None
    article_ref: str | None = None
    # What a byte scan for `FILE#claim-id` found in that text (`archive/reference_names.py`),
    # kept by the index so `--changed-since` need not read the file to know which changed
    # file it may name; None when unknown (the file is then read).
    references: str | None = None


def file_facts(
    loaded: LoadedClaims,
    model: ClaimsFile,
    results: list[ClaimResult],
    article: str | None,
    dateline: str | None,
) -> FileFacts:
    """The archive's summary of a loaded claims file; `results` give the article's words and
    lines where the claims were grounded (empty when the article was not read). `dateline`
    is the article's publication date or date-time in ISO form."""
    from factcheck.check.values import claimed_value

    origin = Origin(
        real_path(loaded.path),
        loaded.display,
        article,
        dateline[:10] if dateline else None,  # a date-time's day: the dateline
        real_path(loaded.path.parent / model.article.path),
    )
    grounded = {r.id: r for r in results}
    facts = []
    for index, claim in enumerate(model.claims):
        kind = claim.type  # type: ignore[attr-defined]
        if kind in NOT_SINGLE_VALUED:
            continue
        try:
            value = claimed_value(claim)
        except ValueError:
            continue
        position = loaded.position_of("claims", index, "value")
        result = grounded.get(claim.id)
        words = result.excerpt.match if result and result.excerpt else claim.text
        ignored = {c: r for c, r in claim.ignore.items() if c.startswith("FC6")} or None
        facts.append(
            ArchiveFact(
                origin,
                claim.id,
                claim.subject,
                claim.property,
                kind,
                value,
                position.line,
                position.column,
                words,
                result.article_line if result else None,
                claim.status,
                _replaces(loaded, claim),
                ignored,
            )
        )
    from factcheck.archive.reference_names import record_of

    data = loaded.text.encode("utf-8", "surrogatepass")
    return FileFacts(origin, tuple(facts), _blob_id(data), model.article.path, record_of(data))


def git_blob_id(text: str) -> str:
    """The id git gives a file holding `text` in UTF-8 (sha1 of `blob SIZE\\0` + bytes): the
    same as `git ls-tree` shows for it when git stores the file as it is on disk."""
    return _blob_id(text.encode("utf-8", "surrogatepass"))


def _blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _replaces(loaded: LoadedClaims, claim: ClaimBase) -> tuple[str, str] | None:
    """The claim this one corrects or supersedes, as (resolved claims file, claim id)."""
    target = claim.corrects or claim.supersedes
    if not target:
        return None
    file, _, claim_id = target.rpartition("#")
    return real_path(os.path.join(os.path.dirname(loaded.path), file)), claim_id

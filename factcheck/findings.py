"""The finding: what every layer of factcheck reports, in one shape for every output format."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
ChangeKind = Literal["replaced", "passage", "mention"]


@dataclass(frozen=True, slots=True)
class WordChange:
    """Words of the article that stand where a claim's words stood, found by aligning the
    sentence as it was with the sentence as it is (`factcheck.grouping`).

    Reports read this rather than a finding's message, so a capped or reworded message never
    marks the wrong words. `kind` is "replaced" when the alignment is known (the lock's
    pinned sentence, or a claim's context, against the article's sentence now) and "passage"
    for the nearest passage offered for words that could not be aligned; "mention" is no
    edit but the words of a fact the finding is about (FC501: a fact no claim covers), `old`
    empty, so a report marks them without reading the message. `start` and `end`
    are offsets of `new` in the file's normalized article text (`FileResult.article_text`),
    `article_line` and `article_column` its place in the article file; `new` is "" where
    words were removed, and then `start == end` marks where they stood.
    """

    old: str
    new: str
    start: int
    end: int
    article_line: int
    article_column: int
    kind: ChangeKind = "replaced"
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, located in the claims file and, where it has one, in the article.

    Lines and columns are 1-based, as editors and CI annotations count them.
    """

    code: str
    severity: Severity
    message: str
    file: str
    line: int = 0
    column: int = 0
    hint: str = ""
    claim: str | None = None
    check: str | None = None
    article_file: str | None = None
    article_line: int | None = None
    article_column: int | None = None
    # The article's words behind the finding (an FC207 names the edit it reports).
    changes: tuple[WordChange, ...] = ()
    # Findings with one cause share its id (`factcheck.grouping`): the primary finding has
    # `folded` False, the others are shown folded under it and counted once, with it.
    cause: str | None = None
    folded: bool = False

    def with_severity(self, severity: Severity) -> Finding:
        """A copy with the severity set by configuration."""
        return replace(self, severity=severity)

    @property
    def location(self) -> str:
        """`file:line:col`, the form editors and terminals turn into links."""
        if self.line:
            return f"{self.file}:{self.line}:{self.column or 1}"
        return self.file

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order findings as a reader goes through the file."""
        return (self.file, self.line, self.column, self.code)


def folded_by_cause(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """The folded findings (caused by an edit) by the cause of their FC207, in order: what
    every report shows under the FC207."""
    folded: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.folded and finding.cause:
            folded.setdefault(finding.cause, []).append(finding)
    return folded

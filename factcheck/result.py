"""The result of a run: one object every report format reads, so they never disagree."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from factcheck.findings import SEVERITY_ORDER, Finding

if TYPE_CHECKING:
    from factcheck.archive.facts import FileFacts

Outcome = Literal["pass", "warning", "fail", "not-checked"]


@dataclass(frozen=True, slots=True)
class Excerpt:
    """The article's words around a claim: `before` + `match` + `after` (normalized)."""

    before: str
    match: str
    after: str


@dataclass
class ClaimResult:
    """One claim after checking.

    `span` is where its words stand in the file's `article_text` (normalized, paragraphs
    separated by newlines), for reports that draw the article with every claim marked.
    """

    id: str
    status: str
    type: str
    value: str
    line: int
    outcome: Outcome = "not-checked"
    text: str = ""
    article_line: int | None = None
    article_column: int | None = None
    excerpt: Excerpt | None = None
    span: tuple[int, int] | None = None
    sentence: str | None = None
    # The words (normalized `text`, or `context`) the article no longer has (FC201, FC203).
    missing: str | None = None
    note: str | None = None
    sources: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One consistency check of a claims file: pass, fail or cannot-tell."""

    id: str
    kind: str
    description: str | None
    outcome: str
    line: int


@dataclass(frozen=True, slots=True)
class Silenced:
    """A finding silenced on its claim, kept with the reason so reports can show it."""

    finding: Finding
    reason: str


@dataclass
class FileResult:
    """One claims file and its article."""

    claims_file: str
    article_file: str | None = None
    title: str | None = None
    published: str | None = None
    article_text: str | None = None
    changed_since: str | None = None
    changed_lines: list[int] = field(default_factory=list)
    coverage: dict[str, tuple[int, int]] = field(default_factory=dict)
    claims: list[ClaimResult] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    silenced: list[Silenced] = field(default_factory=list)
    # With a register: what the archive pass compares across files; it empties it.
    archive: FileFacts | None = None


@dataclass(frozen=True, slots=True)
class Selection:
    """What `--changed-since REF` chose to check: the claims files (shown as reports show
    them, in the run's order, before `--shard` takes its share) out of `candidates`, the
    files the run would check without it. `full_run_reason` says why it chose every file
    (the configuration or a register file changed), so reports can tell a full run from a
    change that touched every file; standard error alone said it before."""

    changed_since: str
    claims_files: list[str]
    candidates: int
    full_run_reason: str | None = None


@dataclass
class RunResult:
    """Everything a run found, in a deterministic order."""

    files: list[FileResult] = field(default_factory=list)
    # With --changed-since: what the selection chose, and why every file when it did.
    selection: Selection | None = None

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def count(self, severity: str) -> int:
        """Findings of `severity`, each cause once: findings folded under the finding of the
        edit that caused them (`factcheck.grouping`) are not counted again."""
        return sum(1 for f in self.findings if f.severity == severity and not f.folded)

    @property
    def check_count(self) -> int:
        return sum(len(result.checks) for result in self.files)

    @property
    def claim_count(self) -> int:
        return sum(len(result.claims) for result in self.files)

    def fails(self, fail_on: str) -> bool:
        """Whether the run fails CI: any finding at or above the `fail_on` severity."""
        threshold = SEVERITY_ORDER[fail_on]
        return any(SEVERITY_ORDER[f.severity] >= threshold for f in self.findings)


def outcome_of(findings: list[Finding]) -> Literal["fail", "warning", "pass"]:
    """A checked claim's outcome from its findings: an error fails it, a warning marks it
    (the engine sets it; the archive pass again when it adds a finding to a claim)."""
    severities = {f.severity for f in findings}
    return "fail" if "error" in severities else "warning" if "warning" in severities else "pass"

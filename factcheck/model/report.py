"""The JSON report (`factcheck verify --format json`), the contract other tools read.

Fields named in DESIGN.md are never renamed or removed; new fields may be added.
`schemas/report.schema.json` is generated from these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Summary(_Closed):
    articles: int = Field(description="Articles checked (one per claims file).")
    claims: int = Field(description="Claims in the files checked.")
    checks: int = Field(description="Consistency checks run.")
    errors: int = Field(
        description="Findings of severity error (they fail the run), each cause once: a "
        "finding folded under the finding of the edit that caused it is not counted."
    )
    warnings: int = Field(description="Findings of severity warning, each cause once.")
    infos: int = Field(0, description="Findings of severity info, each cause once.")
    passed: int = Field(0, description="Claims with no finding of severity warning or error.")
    failed: int = Field(0, description="Claims with at least one error finding.")
    silenced: int = Field(0, description="Findings silenced by `ignore:` with a reason.")
    mentions: int = Field(0, description="Mentions of facts found in the articles.")
    covered: int = Field(0, description="Mentions that a claim covers.")
    folded: int = Field(
        0, description="Findings folded under the finding of the edit that caused them."
    )


class ReportChange(_Closed):
    kind: Literal["replaced", "passage", "mention"] = Field(
        description="`replaced`: the article's words now where a claim's words were, found by "
        "aligning the sentence as it was with the sentence as it is; `passage`: the nearest "
        "passage to words that could not be aligned; `mention`: no edit, the words of the fact "
        "the finding is about (FC501), `old` empty."
    )
    old: str = Field(description="The words as the claim (or its pinned sentence) has them.")
    new: str = Field(description="The words the article has now (empty: removed).")
    article_line: int = Field(description="1-based line of the new words in the article.")
    article_column: int = Field(description="1-based column of the new words.")
    claims: list[str] = Field(default_factory=list, description="The claims affected.")


class ReportFinding(_Closed):
    code: str = Field(pattern=r"^FC[0-9]{3}$", description="Stable finding code.")
    severity: Literal["error", "warning", "info"]
    message: str
    hint: str = Field("", description="How to fix it.")
    claim: str | None = Field(None, description="Id of the claim concerned.")
    check: str | None = Field(None, description="Id of the check concerned.")
    file: str = Field(description="Claims file (or article, for article problems).")
    line: int = Field(ge=0, description="1-based line in `file` (0: the whole file).")
    column: int = Field(ge=0, description="1-based column in `file`.")
    article_file: str | None = None
    article_line: int | None = None
    article_column: int | None = None
    cause: str | None = Field(
        None,
        description="Id of the article edit that caused the finding; the finding of the edit "
        "itself (FC207) has it and no `folded_into`.",
    )
    folded_into: str | None = Field(
        None,
        description="The `cause` of the finding this one is folded under: shown under it, "
        "not counted in the summary again.",
    )
    changes: list[ReportChange] = Field(
        default_factory=list, description="The article's changed words behind the finding."
    )


class ReportClaim(_Closed):
    id: str
    status: Literal["verified", "unverified", "disputed", "false"]
    result: Literal["pass", "warning", "fail", "not-checked"]
    type: str
    value: str = Field(description="The claimed value as written in notation.")
    text: str
    file: str
    line: int
    article_file: str | None = None
    article_line: int | None = None
    article_column: int | None = None


class ReportCheck(_Closed):
    id: str
    kind: str
    result: Literal["pass", "fail", "cannot-tell"]
    description: str | None = None
    file: str
    line: int


class KindCoverage(_Closed):
    covered: int = Field(description="Mentions of this kind that a claim covers.")
    total: int = Field(description="Mentions of this kind in the article.")


class ReportFile(_Closed):
    claims_file: str
    article_file: str | None = None
    title: str | None = None
    published: str | None = None
    claims: int
    checks: int = 0
    changed_since: str | None = Field(None, description="The git ref of --changed-since.")
    changed_lines: list[int] = Field(
        default_factory=list,
        description="With --changed-since: first lines of the article's changed paragraphs.",
    )
    coverage: dict[str, KindCoverage] = Field(
        default_factory=dict,
        description="Mentions of facts in the article, per kind, and how many claims cover.",
    )
    errors: int
    warnings: int


class ReportSelection(_Closed):
    changed_since: str = Field(description="The git ref of --changed-since.")
    full_run: bool = Field(
        description="Every claims file was checked, not only the changed ones: `reason` says "
        "why (the configuration, or a register file, changed since the ref)."
    )
    reason: str | None = Field(None, description="Why every claims file was checked.")
    candidates: int = Field(description="Claims files the run would check without --changed-since.")
    claims_files: list[str] = Field(
        default_factory=list,
        description="The claims files chosen, in the run's order (before --shard takes its share).",
    )


class Report(_Closed):
    model_config = ConfigDict(
        title="factcheck JSON report",
        json_schema_extra={"$comment": "Generated from factcheck.model.report; do not edit."},
    )
    version: Literal[1] = 1
    tool: dict[str, str] = Field(description="Name and version of the tool that wrote it.")
    summary: Summary
    selection: ReportSelection | None = Field(
        None,
        description="With --changed-since: which claims files were chosen, and why all of "
        "them when the run became a full run. Absent without --changed-since.",
    )
    findings: list[ReportFinding]
    claims: list[ReportClaim]
    checks: list[ReportCheck] = Field(
        default_factory=list, description="Consistency checks, with their result."
    )
    files: list[ReportFile] = Field(default_factory=list)

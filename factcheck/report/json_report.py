"""`--format json`: the machine-readable report described by schemas/report.schema.json."""

from __future__ import annotations

from factcheck import __version__
from factcheck.model.report import (
    KindCoverage,
    Report,
    ReportCheck,
    ReportClaim,
    ReportFile,
    ReportFinding,
    Summary,
)
from factcheck.result import RunResult


def build_report(run: RunResult) -> Report:
    """The report model for a run."""
    claims = [
        ReportClaim(
            id=c.id,
            status=c.status,  # type: ignore[arg-type]
            result=c.outcome,
            type=c.type,
            value=c.value,
            text=c.text,
            file=f.claims_file,
            line=c.line,
            article_file=f.article_file if c.article_line else None,
            article_line=c.article_line,
            article_column=c.article_column,
        )
        for f in run.files
        for c in f.claims
    ]
    findings = [
        ReportFinding(
            code=x.code,
            severity=x.severity,
            message=x.message,
            hint=x.hint,
            claim=x.claim,
            check=x.check,
            file=x.file,
            line=x.line,
            column=x.column,
            article_file=x.article_file,
            article_line=x.article_line,
            article_column=x.article_column,
        )
        for x in run.findings
    ]
    checks = [
        ReportCheck(
            id=c.id,
            kind=c.kind,
            result=c.outcome,  # type: ignore[arg-type]
            description=c.description,
            file=f.claims_file,
            line=c.line,
        )
        for f in run.files
        for c in f.checks
    ]
    files = [
        ReportFile(
            claims_file=f.claims_file,
            article_file=f.article_file,
            title=f.title,
            published=f.published,
            claims=len(f.claims),
            checks=len(f.checks),
            changed_since=f.changed_since,
            changed_lines=f.changed_lines,
            coverage={
                kind: KindCoverage(covered=covered, total=total)
                for kind, (covered, total) in f.coverage.items()
            },
            errors=sum(1 for x in f.findings if x.severity == "error"),
            warnings=sum(1 for x in f.findings if x.severity == "warning"),
        )
        for f in run.files
    ]
    summary = Summary(
        articles=len(run.files),
        claims=run.claim_count,
        checks=run.check_count,
        errors=run.count("error"),
        warnings=run.count("warning"),
        infos=run.count("info"),
        passed=sum(1 for c in claims if c.result == "pass"),
        failed=sum(1 for c in claims if c.result == "fail"),
        silenced=sum(len(f.silenced) for f in run.files),
        mentions=sum(total for f in run.files for _, total in f.coverage.values()),
        covered=sum(covered for f in run.files for covered, _ in f.coverage.values()),
    )
    return Report(
        tool={"name": "factcheck", "version": __version__},
        summary=summary,
        findings=findings,
        claims=claims,
        checks=checks,
        files=files,
    )


def render(run: RunResult, context: object = None) -> str:
    """The JSON text, indented for people who open the file."""
    return build_report(run).model_dump_json(indent=2) + "\n"

"""Severity and silencing: configuration sets each code's severity (or turns it off), and a
finding is silenced only with a reason — `ignore:` on its claim or check, or a
`factcheck-ignore` comment in the article. Silenced findings are kept, with the reason, so
reports can count and show them."""

from __future__ import annotations

from factcheck.article.ignores import IgnoreDirective
from factcheck.config import Config
from factcheck.findings import Finding
from factcheck.model.claims import ClaimsFile
from factcheck.result import Silenced
from factcheck.rules import RULES


def apply_config(
    findings: list[Finding],
    model: ClaimsFile | None,
    config: Config,
    article_file: str | None = None,
    article_ignores: tuple[IgnoreDirective, ...] = (),
) -> tuple[list[Finding], list[Silenced]]:
    """The findings kept (sorted, severities set) and the ones silenced with their reasons."""
    claim_ignores = {c.id: c.ignore for c in model.claims} if model else {}
    check_ignores = {c.id: c.ignore for c in model.checks} if model else {}
    kept: list[Finding] = []
    silenced: list[Silenced] = []
    for finding in findings:
        default = RULES[finding.code].severity if finding.code in RULES else finding.severity
        level = config.severity.get(finding.code, default)
        if level == "off":
            continue
        if level != finding.severity:
            finding = finding.with_severity(level)  # type: ignore[arg-type]
        reason = (
            claim_ignores.get(finding.claim or "", {}).get(finding.code)
            or check_ignores.get(finding.check or "", {}).get(finding.code)
            or _article_reason(finding, article_file, article_ignores)
        )
        if reason:
            silenced.append(Silenced(finding, reason))
        else:
            kept.append(finding)
    kept.sort(key=Finding.sort_key)
    return kept, silenced


def _article_reason(
    finding: Finding, article_file: str | None, ignores: tuple[IgnoreDirective, ...]
) -> str | None:
    if not ignores or finding.article_file != article_file:
        return None
    for directive in ignores:
        if directive.covers(finding.code, finding.article_line):
            return directive.reason
    return None

"""FC5xx: facts in the article that no claim covers."""

from __future__ import annotations

from factcheck.rules.rule import Rule

COVERAGE_RULES: tuple[Rule, ...] = (
    Rule(
        "FC501",
        "uncovered-mention",
        "warning",
        "The article mentions a fact (a date, number, duration, ordinal, quote, titled person "
        "or place) that no claim covers.",
        'When an editor adds "The third round took place on July 23 in Istanbul", nothing '
        "checks the new date until someone claims it. Each such mention is reported where it "
        "stands in the article; `factcheck extract ARTICLE --update CLAIMS` drafts the claims. "
        "People and places are covered when a subject of the claims file is called by their "
        "name. A warning by default; `--strict` makes it fail the run.",
        "article: The third round took place on July 23 in Istanbul.   (no claim of July 23)",
        "claims:\n  - {id: round-3-date, type: date, value: 2025-07-23, text: July 23, ...}",
    ),
)

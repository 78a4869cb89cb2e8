"""Collects the rules of every family into one registry, checked for duplicate codes."""

from __future__ import annotations

from factcheck.rules.archive_rules import ARCHIVE_RULES
from factcheck.rules.consistency_rules import CONSISTENCY_RULES
from factcheck.rules.coverage_rules import COVERAGE_RULES
from factcheck.rules.grounding_rules import GROUNDING_RULES
from factcheck.rules.loading_rules import LOADING_RULES
from factcheck.rules.rule import Rule
from factcheck.rules.value_rules import VALUE_RULES


def _registry(*families: tuple[Rule, ...]) -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    for family in families:
        for entry in family:
            if entry.code in registry:
                raise RuntimeError(f"rule code {entry.code} is defined twice")
            registry[entry.code] = entry
    return dict(sorted(registry.items()))


RULES: dict[str, Rule] = _registry(
    LOADING_RULES,
    GROUNDING_RULES,
    VALUE_RULES,
    CONSISTENCY_RULES,
    COVERAGE_RULES,
    ARCHIVE_RULES,
)


def rule(code: str) -> Rule:
    """The rule for `code` (KeyError for an unknown code)."""
    return RULES[code.upper()]

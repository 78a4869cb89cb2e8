"""Silencing a finding in the article itself, with a reason, by an HTML comment.

    <!-- factcheck-ignore FC501: the byline's date is not a claim -->

A comment on a line of its own covers the block (paragraph, heading) that follows it; a
comment inside a paragraph covers that paragraph. A directive without a reason silences
nothing and is itself reported (FC115): a silenced finding must say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"<!--\s*factcheck-ignore\s+(?P<codes>FC\d{3}(?:\s*,\s*FC\d{3})*)\s*(?::\s*(?P<reason>.*?))?\s*-->",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class IgnoreDirective:
    """Codes silenced, why, and the article lines (inclusive) they cover."""

    codes: frozenset[str]
    reason: str
    first_line: int
    last_line: int
    line: int  # where the comment itself stands

    def covers(self, code: str, line: int | None) -> bool:
        return code in self.codes and line is not None and self.first_line <= line <= self.last_line


def directives_in(html: str) -> list[tuple[frozenset[str], str]]:
    """The (codes, reason) of each factcheck-ignore comment in a piece of HTML."""
    found = []
    for match in _DIRECTIVE.finditer(html):
        codes = frozenset(re.findall(r"FC\d{3}", match.group("codes")))
        found.append((codes, (match.group("reason") or "").strip()))
    return found

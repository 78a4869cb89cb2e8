"""What every finding code documents."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.findings import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """A finding code with its documentation.

    `failing` and `passing` are short examples (YAML or article text) that show the mistake
    and its fix; the test suite checks every rule has both.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    failing: str
    passing: str

    def explain(self) -> str:
        """The text `factcheck explain CODE` prints."""
        return (
            f"{self.code} {self.name} (default severity: {self.severity})\n\n"
            f"{self.summary}\n\n{self.doc}\n\n"
            f"Fails:\n{_indent(self.failing)}\n\nPasses:\n{_indent(self.passing)}\n"
        )


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip("\n").splitlines())

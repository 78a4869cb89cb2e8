"""The finding: what every layer of factcheck reports, in one shape for every output format."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


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

"""Report formats: each module turns a `RunResult` into one output format.

Every format reads the same result object, so they never disagree. A text format's module
has `render(run, context) -> str`; the registry maps the format's name to its module, which
is imported only when the format is used. No format writes input text as it came:
`factcheck.report.escape` has the cap every format applies and the escaping of each medium.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # an annotation only: `explain` and `schema` never load the result model
    from factcheck.result import RunResult

# name → module; `rich` writes to a terminal stream and is handled by the command line.
FORMATS: dict[str, str] = {
    "rich": "factcheck.report.rich_report",
    "json": "factcheck.report.json_report",
    "line": "factcheck.report.line_report",
    "junit": "factcheck.report.junit_report",
    "sarif": "factcheck.report.sarif_report",
    "github": "factcheck.report.github_report",
    "markdown": "factcheck.report.markdown_report",
    "html": "factcheck.report.html_report",
}
# What `--report-dir` writes, and the file name each format gets there.
REPORT_DIR_FILES: dict[str, str] = {
    "json": "factcheck.json",
    "junit": "factcheck.junit.xml",
    "sarif": "factcheck.sarif",
    "html": "factcheck.html",
}


@dataclass(frozen=True)
class ReportContext:
    """What a format needs besides the result: the verdict and where paths are relative to."""

    failed: bool
    fail_on: str = "error"
    root: Path = field(default_factory=Path.cwd)


def render(name: str, run: RunResult, context: ReportContext) -> str:
    """The report in format `name` (not `rich`), as text."""
    module = importlib.import_module(FORMATS[name])
    return module.render(run, context)

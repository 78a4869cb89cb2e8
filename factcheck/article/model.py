"""An article as factcheck sees it: metadata, and one normalized, positioned text to search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.article.ignores import IgnoreDirective
from factcheck.article.normalize import NormalizedText
from factcheck.findings import Finding
from factcheck.model.bounds import FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR

# Front-matter fields whose words are part of what the article says (a photo caption states
# facts as much as the body does); they are searched like the body.
TEXT_FIELDS = ("title", "subtitle", "dek", "description", "summary", "caption")

# Where each format of article states its publication date, for hints that say how to add one.
DATELINE_SOURCE = {
    "markdown": "front matter `published:` (2025-06-27T22:57:00+03:00)",
    "text": "a front matter block at the top (---, published: …, ---)",
    "html": 'a <meta property="article:published_time" content="…"> tag',
}


@dataclass
class Article:
    """A read article. `published` anchors relative dates; `text` is what claims are found in."""

    path: Path
    display: str
    format: str
    source: str
    text: NormalizedText
    title: str | None = None
    published: dt.datetime | dt.date | None = None
    published_line: int | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    ignores: list[IgnoreDirective] = field(default_factory=list)

    @property
    def dateline(self) -> dt.date | None:
        """The publication date in the article's own time zone."""
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


class ArticleProblem(Exception):
    """The article could not be read at all (missing, unreadable, not UTF-8)."""

    def __init__(self, message: str, finding: Finding | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.finding = finding


def parse_published(value: object) -> dt.datetime | dt.date | None:
    """A front-matter `published` value: ISO 8601 date-time (with zone) or date, in a year
    the dates read against it can have (None otherwise; `published_problem` says why)."""
    parsed = _parsed_published(value)
    if parsed is None or not FIRST_PUBLISHED_YEAR <= parsed.year <= LAST_PUBLISHED_YEAR:
        return None
    return parsed


def published_problem(value: object) -> str:
    """Why `parse_published(value)` gave None, as the end of a sentence naming the value."""
    if _parsed_published(value) is None:
        return "is not a date-time"
    return (
        f"is outside the years {FIRST_PUBLISHED_YEAR} to {LAST_PUBLISHED_YEAR} a dateline "
        "can have (dates read against it must stay inside the calendar)"
    )


def _parsed_published(value: object) -> dt.datetime | dt.date | None:
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if "T" in text or " " in text:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt.date.fromisoformat(text)
    except ValueError:
        return None

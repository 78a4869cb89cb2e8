"""Coverage (FC501): facts the article mentions that no claim covers.

A mention is covered when a claim's words overlap it, or — for people and places, which are
entities rather than statements — when a subject of the claims file is called by that name.
When an editor adds "The third round took place on July 23 in Istanbul", the new date is a
mention no claim covers, and CI says so.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.article.model import Article
from factcheck.findings import Finding, WordChange
from factcheck.mentions.model import KINDS, Mention
from factcheck.model.claims import ClaimsFile
from factcheck.values import DateValue, DurationValue, NumberValue, OrdinalValue, PairValue

_ENTITIES = ("person", "place")


class ClaimedSpans:
    """The stretches of an article that claims' words cover, to ask what a mention overlaps.

    Merged and sorted once, so each question is a bisection instead of a pass over every
    claim (a few thousand comparisons an article otherwise, for coverage and for FC428).
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)  # overlapping or touching: one stretch
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any claimed span shares a character with `start`–`end`."""
        last = bisect_left(self.starts, end) - 1  # the last stretch starting before `end`
        return last >= 0 and self.ends[last] > start


@dataclass
class Coverage:
    """Mentions per kind, and which of them no claim covers."""

    total: dict[str, int] = field(default_factory=dict)
    uncovered: list[Mention] = field(default_factory=list)

    def covered(self, kind: str) -> int:
        return self.total.get(kind, 0) - sum(1 for m in self.uncovered if m.kind == kind)

    @property
    def ratio(self) -> tuple[int, int]:
        total = sum(self.total.values())
        return total - len(self.uncovered), total


def measure(mentions: list[Mention], spans: ClaimedSpans, model: ClaimsFile) -> Coverage:
    names = {
        name.casefold()
        for subject in model.subjects.values()
        for name in (subject.name, *subject.aliases)
        if name
    }
    result = Coverage()
    for mention in mentions:
        result.total[mention.kind] = result.total.get(mention.kind, 0) + 1
        overlapped = spans.overlaps(mention.start, mention.end)
        named = mention.kind in _ENTITIES and mention.text.casefold() in names
        if not (overlapped or named):
            result.uncovered.append(mention)
    result.total = {kind: result.total[kind] for kind in KINDS if kind in result.total}
    return result


def describe(mention: Mention) -> str:
    """How a finding names a mention: “June 10” (a date, 2025-06-10)."""
    value = mention.value
    match value:
        case DateValue():
            shown = value.edtf()
        case OrdinalValue():
            shown = str(value.n)
        case NumberValue() | PairValue() | DurationValue():
            from factcheck.check.values import describe as describe_value

            shown = describe_value(value)
        case _:
            shown = ""
    article = "an" if mention.kind[0] in "aeiou" else "a"
    return f"“{mention.text}” ({article} {mention.kind}{', ' + shown if shown else ''})"


def coverage_findings(coverage: Coverage, article: Article) -> list[Finding]:
    """One FC501 per uncovered mention, carrying the mention's words and place as data
    (`changes`, kind "mention"), so a report marks them without reading the message."""
    findings = []
    for mention in coverage.uncovered:
        line, column = article.text.line_column(mention.start)
        words = WordChange("", mention.text, mention.start, mention.end, line, column, "mention")
        findings.append(
            Finding(
                "FC501",
                "warning",
                f"{describe(mention)} is not covered by any claim",
                article.display,
                line,
                column,
                "Claim it (`factcheck extract ARTICLE --update CLAIMS` drafts the claim), or "
                "silence FC501 in the article with a reason.",
                article_file=article.display,
                article_line=line,
                article_column=column,
                changes=(words,),
            )
        )
    return findings

"""Finding a phrase in normalized article text, on word boundaries, and the nearest miss."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.article.normalize import PARAGRAPH_BREAK


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the normalized article text: [start, end)."""

    start: int
    end: int


@lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as a pattern that only matches whole words ("June 2" is not in "June 25").

    A number is whole only with all its digit groups and decimals: "200" is not in "1,200",
    "1,200" not in "1,200,000", "5" not in "1.5". A number that ends a range is not the
    range: "3-day" is not in "2-3-day", "May 2" not in "May 2-3" (dashes are already
    normalized to "-"). A word boundary alone let "," "." and "-" pass.
    """
    # Single and double quotation marks are one mark: house styles differ ('quite possible'
    # in British style, "quite possible" in American), and an apostrophe never starts a word.
    body = re.sub(r"[\"']", "[\"']", re.escape(phrase))
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    if phrase[:1].isdigit():
        before += r"(?<!\d[.,-])"
    if phrase[-1:].isdigit():
        after += r"(?![.,-]\d)"
    return re.compile(before + body + after)


def find_all(text: str, phrase: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Every whole-word occurrence of `phrase` in `text[start:end]`."""
    if not phrase:
        return []
    stop = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _pattern(phrase).finditer(text, start, stop)]


_WORD = re.compile(r"\S+")
_NEAR = 0.05


def nearest_passage(text: str, phrase: str) -> tuple[Span, float] | None:
    """The passage of `text` most like `phrase` (to suggest what the article says now).

    Compares windows of about the phrase's length in words, case-insensitively, and keeps
    the best one if it is at least half alike. Among windows nearly as alike as the best
    (within `_NEAR`), the one closest to the phrase's length in words wins: a shorter window
    that leaves out the changed word scores a little higher than the passage with it, and
    the hint for "June 2 in Istanbul" must show "June 2 in Ankara", not "June 2 in".
    """
    target = phrase.casefold()
    size = max(1, len(phrase.split()))
    candidates: list[tuple[float, int, Span]] = []
    for paragraph_start, paragraph in _paragraphs(text):
        words = [(m.start(), m.end()) for m in _WORD.finditer(paragraph)]
        for width in {max(1, size - 1), size, size + 1, size + 2}:
            for i in range(0, max(1, len(words) - width + 1)):
                chunk = words[i : i + width]
                if not chunk:
                    continue
                start, end = chunk[0][0], chunk[-1][1]
                matcher = difflib.SequenceMatcher(None, target, paragraph[start:end].casefold())
                if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
                    continue
                ratio = matcher.ratio()
                if ratio >= 0.5:
                    span = Span(paragraph_start + start, paragraph_start + end)
                    candidates.append((ratio, len(chunk), span))
    if not candidates:
        return None
    best = max(ratio for ratio, _, _ in candidates)
    near = [c for c in candidates if c[0] >= best - _NEAR]
    ratio, _, span = min(near, key=lambda c: (abs(c[1] - size), -c[0], c[2].start))
    return span, ratio


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    offset = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        out.append((offset, paragraph))
        offset += len(paragraph) + 1
    return out

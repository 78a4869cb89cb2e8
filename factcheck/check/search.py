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
    """A phrase as a pattern that only matches whole words ("June 2" is not in "June 25")."""
    body = re.escape(phrase)
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(before + body + after)


def find_all(text: str, phrase: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Every whole-word occurrence of `phrase` in `text[start:end]`."""
    if not phrase:
        return []
    stop = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _pattern(phrase).finditer(text, start, stop)]


_WORD = re.compile(r"\S+")


def nearest_passage(text: str, phrase: str) -> tuple[Span, float] | None:
    """The passage of `text` most like `phrase` (to suggest what the article says now).

    Compares windows of about the phrase's length in words, case-insensitively, and keeps
    the best one if it is at least half alike.
    """
    target = phrase.casefold()
    size = max(1, len(phrase.split()))
    best: tuple[float, Span] | None = None
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
                if best is None or ratio > best[0]:
                    best = (ratio, Span(paragraph_start + start, paragraph_start + end))
    if best is None or best[0] < 0.5:
        return None
    return best[1], best[0]


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    offset = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        out.append((offset, paragraph))
        offset += len(paragraph) + 1
    return out

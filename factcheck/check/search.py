"""Finding a phrase in normalized article text, on word boundaries, and the nearest miss."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.article.normalize import PARAGRAPH_BREAK
from factcheck.lazy_pattern import LazyPattern


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the normalized article text: [start, end)."""

    start: int
    end: int


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@lru_cache(maxsize=8)
def _unified(text: str) -> str:
    """`text` with single and double quotation marks made one mark (same length)."""
    return text.replace("'", '"')


def _whole(text: str, start: int, end: int, stop: int) -> bool:
    """Whether text[start:end] stands as whole words ("June 2" is not in "June 25").

    A number is whole only with all its digit groups and decimals: "200" is not in "1,200",
    "1,200" not in "1,200,000", "5" not in "1.5". A number that ends a range is not the
    range: "3-day" is not in "2-3-day", "May 2" not in "May 2-3" (dashes are already
    normalized to "-"). A word boundary alone would let "," "." and "-" pass. A vote or a
    score is not a range, though: "55" and "45" are each whole in "55-45" (`_tally`).
    """
    first = text[start]
    before = text[start - 1] if start > 0 else ""
    if first.isalnum() and before and _word_char(before):
        return False
    if first.isdigit() and before in (".", ",", "-") and start > 1 and text[start - 2].isdigit():
        return before == "-" and _tally(text, start - 1, stop) and _ends_whole(text, end, stop)
    return _ends_whole(text, end, stop)


def _ends_whole(text: str, end: int, stop: int) -> bool:
    """Whether a phrase that starts whole, ending before text[end], ends whole too."""
    last = text[end - 1]
    after = text[end] if end < stop else ""
    if last.isalnum() and after and _word_char(after):
        return False
    if last.isdigit() and after in (".", ",", "-") and end + 1 < stop and text[end + 1].isdigit():
        return after == "-" and _tally(text, end, stop)
    return True


_LONGEST_TALLY = 12  # characters of each number of a tally; longer figures are not scores


def _tally(text: str, dash: int, stop: int) -> bool:
    """Whether the numbers either side of the dash at `dash` are a vote or a score ("55-45",
    "3-1", "2-2"), two figures, rather than a range ("2-3", "1957-58", "2024-25").

    A range rises; a tally's second figure is at most its first. A second figure with a
    leading zero ("2025-06-02", "2002-079") is part of a date or a reference number, and a
    year's two-digit ending ("1957-58") abbreviates a rising year: neither is a tally.
    """
    left = dash
    while left > 0 and dash - left < _LONGEST_TALLY and (text[left - 1].isdigit() or (
            text[left - 1] in ",." and left > 1 and text[left - 2].isdigit())):  # fmt: skip
        left -= 1
    right = dash + 1
    while right < stop and right - dash <= _LONGEST_TALLY and (text[right].isdigit() or (
            text[right] in ",." and right + 1 < stop and text[right + 1].isdigit())):  # fmt: skip
        right += 1
    first, second = text[left:dash], text[dash + 1 : right]
    if not first[:1].isdigit() or not second or max(len(first), len(second)) > _LONGEST_TALLY:
        return False
    if left > 0 and (text[left - 1].isdigit() or text[left - 1] == "-"):
        return False  # a longer figure, or a third part ("1-2-3")
    if right < stop and (text[right].isdigit() or text[right] == "-"):
        return False
    if len(second) > 1 and second[0] == "0" and second[1] != ".":
        return False
    if len(first) == 4 and len(second) == 2 and first.isdigit() and second.isdigit():
        return False  # "1957-58"
    return _amount(second) <= _amount(first)


def _amount(figure: str) -> float:
    return float(figure.replace(",", ""))


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is found as a phrase of its own (what `find_all` finds): not
    "2002" inside the reference number "2002-079", nor "3-day" inside "2-3-day"."""
    return 0 <= start < end <= len(text) and _whole(text, start, end, len(text))


def find_all(text: str, phrase: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Every whole-word occurrence of `phrase` in `text[start:end]`.

    Single and double quotation marks are one mark: house styles differ ('quite possible'
    in British style, "quite possible" in American), and an apostrophe never starts a word.
    Plain `str.find` rather than a regular expression per phrase: compiling one for each
    claim's words was most of the time of grounding.
    """
    if not phrase:
        return []
    stop = len(text) if end is None else end
    haystack = _unified(text)
    needle = phrase.replace("'", '"')
    spans = []
    found = haystack.find(needle, start, stop)
    while found != -1:
        if _whole(text, found, found + len(needle), stop):
            spans.append(Span(found, found + len(needle)))
        found = haystack.find(needle, found + 1, stop)
    return spans


# Below this many characters searched (a text's length times the phrases looked for in it),
# a str.find of the text for each phrase is quicker than building a PhraseIndex of them all
# (and needs no import): the bundled article is 4,000 characters with 81 claims. Grounding
# and extract's context windows both choose by it.
ONE_PASS_FROM = 2_000_000


class PhraseIndex:
    """Every whole-word occurrence of many phrases in one text, found in one pass.

    `find_all` scans the whole text once a phrase: a claims file of C claims over an
    article of N characters costs C*N, and a pull request controls both. This walks the
    text once with an Aho–Corasick automaton of all the phrases (pyahocorasick, imported
    only here), so the cost is N plus the matches. `spans(phrase)` is `find_all(text,
    phrase)` for every phrase given, in the same order; at most `keep` spans a phrase are
    kept (a phrase written a million times is counted, not stored), `count` has them all.
    """

    def __init__(self, text: str, phrases: Iterable[str], keep: int = 64) -> None:
        import ahocorasick

        self._spans: dict[str, list[Span]] = {}
        self._counts: dict[str, int] = {}
        needles: set[str] = set()  # the phrases with quotation marks made one mark
        automaton = ahocorasick.Automaton()
        for phrase in phrases:
            if phrase and phrase not in self._counts:
                self._spans[phrase] = []
                self._counts[phrase] = 0
                needle = phrase.replace("'", '"')
                if needle not in needles:
                    automaton.add_word(needle, needle)
                    needles.add(needle)
        if not needles:
            return
        automaton.make_automaton()
        # A needle's matches come in the order of their ends, so of their starts too.
        found: dict[str, list[Span]] = {needle: [] for needle in needles}
        counts = dict.fromkeys(needles, 0)
        stop = len(text)
        for last, needle in automaton.iter(_unified(text)):
            start = last + 1 - len(needle)
            if _whole(text, start, last + 1, stop):
                counts[needle] += 1
                kept = found[needle]
                if len(kept) < keep:
                    kept.append(Span(start, last + 1))
        for phrase in self._spans:
            needle = phrase.replace("'", '"')
            self._counts[phrase] = counts[needle]
            self._spans[phrase] = found[needle]

    def spans(self, phrase: str) -> list[Span]:
        """The first `keep` whole-word occurrences of `phrase` (one of the phrases given)."""
        return self._spans[phrase] if phrase else []

    def count(self, phrase: str) -> int:
        """How many whole-word occurrences `phrase` has."""
        return self._counts[phrase] if phrase else 0


class PhraseSet:
    """Which of many phrases stand as whole words (as `find_all` finds them) in a text.

    One automaton of the phrases, built once, then one pass over each text asked about:
    testing every phrase against every text cost phrases x texts (FC428 asks for each
    sentence which of the subjects' names it uses)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        import ahocorasick

        self._automaton = ahocorasick.Automaton()
        by_needle: dict[str, list[str]] = {}
        for phrase in phrases:
            if phrase:
                by_needle.setdefault(phrase.replace("'", '"'), []).append(phrase)
        for needle, same in by_needle.items():
            self._automaton.add_word(needle, (len(needle), tuple(same)))
        if by_needle:
            self._automaton.make_automaton()

    def found_in(self, text: str) -> set[str]:
        """The phrases with a whole-word occurrence in `text`."""
        found: set[str] = set()
        if not len(self._automaton):
            return found
        stop = len(text)
        for last, (length, phrases) in self._automaton.iter(_unified(text)):
            if _whole(text, last + 1 - length, last + 1, stop):
                found.update(phrases)
        return found


_WORD = LazyPattern(r"\S+")
_NEAR = 0.05
# Below this many characters (news articles here are 2-8 KB), every window of the text is
# compared with the phrase. Above it, only the windows around the places of the phrase's
# rarest words (at most _ANCHORS places): comparing every window took 24 s a missing claim
# on a 0.5 MB article, and a pull request can hold thousands of missing claims.
WHOLE_SEARCH_UNDER = 12_000
_ANCHORS = 24
_PUNCTUATION = "\"'.,;:!?()[]{}-…"


def nearest_passage(text: str, phrase: str) -> tuple[Span, float] | None:
    """The passage of `text` most like `phrase` (to suggest what the article says now).

    Compares windows of about the phrase's length in words, case-insensitively, and keeps
    the best one if it is at least half alike. Among windows nearly as alike as the best
    (within `_NEAR`), the one closest to the phrase's length in words wins: a shorter window
    that leaves out the changed word scores a little higher than the passage with it, and
    the hint for "June 2 in Istanbul" must show "June 2 in Ankara", not "June 2 in".
    On a long text only windows holding one of the phrase's words are compared.
    """
    import difflib  # only for a missing phrase's hint: a clean run never loads difflib

    target = phrase.casefold()
    size = max(1, len(phrase.split()))
    widths = {max(1, size - 1), size, size + 1, size + 2}
    if len(text) < WHOLE_SEARCH_UNDER:
        windows = _every_window(text, widths)
    else:
        windows = _WordIndex.of(text).windows_near(phrase, widths)
    candidates: list[tuple[float, int, Span]] = []
    for start, end, width in windows:
        matcher = difflib.SequenceMatcher(None, target, text[start:end].casefold())
        if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
            continue
        ratio = matcher.ratio()
        if ratio >= 0.5:
            candidates.append((ratio, width, Span(start, end)))
    if not candidates:
        return None
    best = max(ratio for ratio, _, _ in candidates)
    near = [c for c in candidates if c[0] >= best - _NEAR]
    ratio, _, span = min(near, key=lambda c: (abs(c[1] - size), -c[0], c[2].start))
    return span, ratio


def _every_window(text: str, widths: set[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, words) of every window of `widths` words within a paragraph, in order."""
    for paragraph_start, paragraph in _paragraphs(text):
        words = [(m.start(), m.end()) for m in _WORD.finditer(paragraph)]
        for width in widths:
            for i in range(0, max(1, len(words) - width + 1)):
                chunk = words[i : i + width]
                if chunk:
                    yield paragraph_start + chunk[0][0], paragraph_start + chunk[-1][1], len(chunk)


class _WordIndex:
    """The words of a long text, and where each (case-folded, bare) word stands.

    Built once for the latest text asked about, when a phrase is missing from it."""

    _latest: _WordIndex | None = None

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: array[int] = array("q")  # of each word, in the text
        self.ends: array[int] = array("q")
        self.first: array[int] = array("q")  # the first word of each word's paragraph
        self.after: array[int] = array("q")  # the word after each word's paragraph
        self.places: dict[str, list[int]] = {}
        for paragraph_start, paragraph in _paragraphs(text):
            first = len(self.starts)
            for match in _WORD.finditer(paragraph):
                key = match.group().casefold().strip(_PUNCTUATION)
                self.places.setdefault(key, []).append(len(self.starts))
                self.starts.append(paragraph_start + match.start())
                self.ends.append(paragraph_start + match.end())
            count = len(self.starts) - first
            self.first.extend(array("q", [first]) * count)
            self.after.extend(array("q", [first + count]) * count)

    @classmethod
    def of(cls, text: str) -> _WordIndex:
        if cls._latest is None or cls._latest.text is not text:
            cls._latest = cls(text)
        return cls._latest

    def windows_near(self, phrase: str, widths: set[int]) -> list[tuple[int, int, int]]:
        """(start, end, words) of the windows of `widths` words, within a paragraph, that
        hold one of the places of the phrase's rarest words (at most _ANCHORS places)."""
        keys = {word.casefold().strip(_PUNCTUATION) for word in phrase.split()} - {""}
        # Each word of the phrase the text has gets its share of the places, the rarest
        # words first (a changed word leaves the others to find the passage by).
        present = sorted(
            (k for k in keys if k in self.places), key=lambda k: (len(self.places[k]), k)
        )
        anchors: list[int] = []
        for number, key in enumerate(present):
            share = (_ANCHORS - len(anchors)) // (len(present) - number)
            anchors += self.places[key][: max(1, share)]
        chosen: set[tuple[int, int]] = set()  # (first word, width)
        for anchor in anchors:
            first, after = self.first[anchor], self.after[anchor]
            for width in widths:
                if after - first < width:  # the paragraph is the one window
                    chosen.add((first, width))
                    continue
                for start in range(max(first, anchor - width + 1), min(anchor, after - width) + 1):
                    chosen.add((start, width))
        windows = []
        for start, width in sorted(chosen):
            last = min(start + width, self.after[start]) - 1
            windows.append((self.starts[start], self.ends[last], last - start + 1))
        return windows


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    offset = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        out.append((offset, paragraph))
        offset += len(paragraph) + 1
    return out

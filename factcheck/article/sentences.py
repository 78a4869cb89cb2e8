"""Where the sentences of normalized article text end: the one splitter that the mention
finder (``factcheck.mentions._text.Doc``) and the pinned sentences
(``factcheck.pin.sentences``) share, so a quote's sentence and a claim's pinned sentence are
the same words.

A sentence ends at ``.``, ``!`` or ``?`` with any closing quotes or brackets and footnote
markers after it ("…decisions.”[5]"), before a space and a capital, a digit or an opening
quote or bracket. A single period after an abbreviation ("Sen.", "Jan.", "No.") or after
initials ("U.S.", "J.") does not end one; "a.m." and "p.m." do, unless a day, month or zone
follows ("3 p.m. Friday"). A paragraph break always does, and the
normalized text has no other line breaks, so each paragraph is split on its own.
"""

from __future__ import annotations

import re

from factcheck.lazy_pattern import LazyPattern

# Abbreviations news style writes with a period before a capital or digit: titles, months,
# "No. 1", company suffixes. Compared as written (so "no." ending a sentence still ends it).
ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "St",
        "Mt",
        "Ft",
        "Sen",
        "Rep",
        "Gen",
        "Gov",
        "Pres",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Adm",
        "Sgt",
        "Brig",
        "Cmdr",
        "Jr",
        "Sr",
        "Rev",
        "Hon",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "No",
        "Nos",
        "Inc",
        "Corp",
        "Co",
        "Ltd",
        "Bros",
        "vs",
        "etc",
        "approx",
        "est",
    ]
)
# ([.!?][.!?]* rather than [.!?]+, so that finditer skips to the marks in C.) Tried only at
# the first mark of a run (the look-behind), whose match takes the whole run, and possessive:
# a shorter run, or fewer closing marks, leaves a mark before the space the look-ahead
# needs. Tried at every mark of a run and giving back, a run of n marks cost n².
_END = re.compile(
    r"""[.!?](?<![.!?]{2})[.!?]*+["')\]]*+(?:\[[0-9]{1,3}\])*+(?= +["'(\[]?[A-Z0-9])"""
)
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "N.Y", "J" (before the period)
# "a.m." and "p.m." end a sentence before a capital ("ended at 3:58 p.m. Officials said"),
# unless a day, a month or a time zone goes on with the time ("3 p.m. Friday", "10 a.m. EST",
# "9 a.m. Moscow time").
_CLOCK = frozenset(("a.m", "p.m", "A.M", "P.M"))
_GOES_ON = LazyPattern(
    r" +(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|[A-Z]{1,4}T\b|UTC\b|[A-Z][a-z]+ time\b)"
)
_LONGEST_WORD_BEFORE = 32  # longer than any abbreviation by far


def word_before(text: str, end: int) -> str:
    """The run of ASCII letters and periods that ends at ``end`` ("U.S" before ". P"), at
    most 32 characters of it (copying all the text before ``end`` at each sentence end was
    quadratic in a long paragraph)."""
    start = end
    floor = max(0, end - _LONGEST_WORD_BEFORE)
    while start > floor and text[start - 1] in _WORD_CHARS:
        start -= 1
    return text[start:end]


def _abbreviation(text: str, mark: int) -> bool:
    """Whether the period at ``mark`` follows an abbreviation or initials (and so does not
    end the sentence)."""
    word = word_before(text, mark)
    if word in _CLOCK:
        return _GOES_ON.match(text, mark + 1) is not None
    return word in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None


# The paragraphs of the latest text split so far, by (start, end). A verify splits an
# article's paragraphs twice: for the sentence of each grounded claim
# (``factcheck.pin.sentences``), then all of them for the mention finder
# (``factcheck.mentions._text.Doc``). Keyed by the text object itself, and only the latest
# text is kept.
_split_in: tuple[str | None, dict[tuple[int, int], list[tuple[int, int]]]] = (None, {})


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of the paragraph ``text[start:end]`` (which holds no
    line break): a sentence's end is after its closing marks, the next one starts after the
    spaces that follow; the last runs to the paragraph's end."""
    global _split_in
    if end is None:
        end = len(text)
    if _split_in[0] is not text:
        _split_in = (text, {})
    known = _split_in[1].get((start, end))
    if known is None:
        known = _split_in[1][start, end] = _split(text, start, end)
    return list(known)  # the caller's own list


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sentence = start
    for match in _END.finditer(text, start, end):
        single = match.group().startswith(".") and not match.group().startswith("..")
        if single and _abbreviation(text, match.start()):
            continue
        spans.append((sentence, match.end()))
        sentence = match.end()
        while sentence < end and text[sentence] == " ":
            sentence += 1
    if sentence < end:
        spans.append((sentence, end))
    return spans

"""Page furniture: marks a page carries that state no fact of the story.

- footnote markers: "[1]", "…decisions.”[5]" (Wikipedia-style references copied with text);
- photo positions in captions: "(from 2nd L)", "(L)", "(C)", "(L-R)", "(from left)",
  "(second from right)";
- vote counts of a court or a board spelled out: "ruled five to four", "voted seven to two"
  (a ruling's split is not a quantity of anything the story claims; a count in digits,
  "55-45", stays two numbers, as the gold corpus has it);
- web and e-mail addresses: "http://www.ntsb.gov/safety/mwl/Pages/mwl5_2015.aspx",
  "FEMA-PublicComment-Palisades@fema.dhs.gov" (a year, a figure or a place's name in an
  address is part of its name; nothing in one is a mention of any kind).

The finders read the words as they are; ``drop_furniture`` then removes the numbers,
ordinals, pairs, dates and durations that lie in furniture, so coverage never asks for a
claim of "[5]" or "2nd L". The sentence splitter (``factcheck.article.sentences``) and the
quote finder let a footnote marker follow a sentence's end or a closing quotation mark.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from factcheck.lazy_pattern import lazy
from factcheck.mentions._scan import anchored, occurrences
from factcheck.mentions.model import Mention

_SMALL = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
# Each pattern starts with a character the regex engine skips to in C, or is tried only
# where its verb stands.
_FOOTNOTE = lazy(r"\[[0-9]{1,3}\]")
_PHOTO = lazy(
    r"\((?:(?:from|second from|third from|far) )?(?:[0-9](?:st|nd|rd|th) )?"
    r"(?:L|R|C|L-R|R-L|L to R|left|right|center|centre)\)"
)
_VOTE_WORDS = ("ruled ", "voted ", "decided ", "split ", "vote of ", "margin of ")
_VOTE = lazy(
    rf"(?:ruled|voted|decided|split|vote of|margin of)(?: by)? "
    rf"(?P<vote>(?:{_SMALL}) to (?:{_SMALL}))\b"
)
# Kinds of facts that furniture can look like; quotes, names and places cannot.
_FIGURES = frozenset({"number", "ordinal", "pair", "date", "duration", "time"})
# A web or e-mail address, to its last character that is no sentence punctuation.
_WEB = lazy(r"(?:https?://|www\.)[^\s\"'<>]*[^\s\"'<>.,;:!?)\]]")
_DOMAIN = lazy(r"[\w-]+(?:\.[\w-]+)+")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of page furniture in ``text``, in order."""
    spans: list[tuple[int, int]] = []
    if "[" in text:
        spans += [match.span() for match in _FOOTNOTE().finditer(text)]
    if "(" in text:
        spans += [match.span() for match in _PHOTO().finditer(text)]
    if " to " in text:
        starts = occurrences(text, _VOTE_WORDS)
        spans += [match.span("vote") for match in anchored(_VOTE(), text, starts)]
    return sorted(spans)


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every web and e-mail address in ``text``, in order. An e-mail address
    is read from each "@": back over at most 64 characters of its local part, then forward
    over its domain (no pattern tried at every word, which a long run of letters made slow)."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        spans += [match.span() for match in _WEB().finditer(text)]
    for at in occurrences(text, ("@",)):
        start = at
        while start > max(0, at - 64) and (text[start - 1].isalnum() or text[start - 1] in "._+-"):
            start -= 1
        domain = _DOMAIN().match(text, at + 1)
        if start < at and domain is not None:
            spans.append((start, domain.end()))
    return sorted(spans)


def drop_furniture(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the figures that lie inside page furniture, and without any
    mention inside a web or e-mail address."""
    figures = furniture_spans(text)
    addresses = address_spans(text)
    if not figures and not addresses:
        return list(mentions)
    return [
        mention
        for mention in mentions
        if not (mention.kind in _FIGURES and _inside(figures, mention))
        and not _inside(addresses, mention)
    ]


def _inside(spans: list[tuple[int, int]], mention: Mention) -> bool:
    """Whether ``mention`` lies within one of ``spans`` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, (mention.start, _END)) - 1
    return at >= 0 and spans[at][0] <= mention.start and mention.end <= spans[at][1]


_END = float("inf")  # sorts after every end: the last span that starts at or before

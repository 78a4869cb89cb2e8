"""Find references to the present, the past and the future: "now", "in the past", "the future".

TimeML (guidelines 1.2.1) marks these as temporal expressions with the values PRESENT_REF,
PAST_REF and FUTURE_REF, and TempEval-3 scores a finder on them. They are found here as
mentions of the kind ``reference``, whose value is "present", "past" or "future".

They state no checkable fact: "Kyiv now holds the city" dates nothing a source could confirm
or refute, and the claims format has no value for it. So ``find_mentions`` returns them only
when asked (``uncheckable=True``, first named ``references=True``, as
``benchmarks/tempeval3.py`` does); coverage (FC501) and ``factcheck extract`` never see
them, so no article is asked to claim its every "now".

"recently" is a reference to the past wherever it stands, except before a date it hedges
("most recently last October"): TBAQ annotates 13 of its 20 uses (TimeBank nearly all,
AQUAINT few, with no cue in the words that tells them apart), and TimeML's guidelines mark it.

Precision comes first: a word is a reference only where it points at a time, not where it
opens a sentence as a discourse marker ("Now, he says ...", "Currently, ..."), describes a
thing ("Akerfeldt, currently vice president"), measures a time from the present
("a year from now", "from now on"), or names the past or the future as things ("looked to
the future of the alliance" is left alone; "in the future" is a time).
"""

from __future__ import annotations

from factcheck.lazy_pattern import lazy
from factcheck.mentions._lexicon import NUMBER_WORDS, trie
from factcheck.mentions._spans import Taken, some_day
from factcheck.mentions._text import word_set
from factcheck.mentions.model import Mention

REFERENCE_KIND = "reference"
PRESENT, PAST, FUTURE = "present", "past", "future"

_NOW = lazy(r"\b[Nn]ow\b(?!-)")
_CURRENTLY = lazy(r"\b[Cc]urrently\b(?!-)")
# "currently" points at the present where it says when a clause's verb holds: after a form of
# "be", "have" or a modal ("is currently being examined"), after a subject ("the company
# currently owns", "liabilities currently exceed"), or before a pause ("bids outstanding
# currently, he said"). After a comma or "and" it describes what follows unless a verb or a
# pronoun follows ("shares, currently valued at"): "Akerfeldt, currently vice president",
# "an edgy and currently unforgiving public", where TBAQ's gold leaves it unmarked.
_VERB_BEFORE = word_set(
    "is are was were be been being am has have had will would can could may might must "
    "should does do did"
)
_LINKS = word_set("and or but")
_PRONOUNS = word_set("it he she they we i there")

# "recently", "More recently" (the comparative is part of the time; "Until recently" is not).
_RECENTLY = lazy(r"\b(?:[Mm]ore |[Mm]ost )?[Rr]ecently\b(?!-)")

# Characters that may stand between a sentence's end and its first word: spaces, quotes.
_OPENERS = " \t\"'`("

# What may follow "the past" when it starts a length of time ("the past three years", "the
# past decade"): a count or a unit. Those are durations or dates, not the past as a time.
_COUNTED = (
    rf"(?:[0-9]|(?:{trie(NUMBER_WORDS)}|few|several|couple|many)\b"
    r"|(?:second|minute|hour|day|night|week|weekend|month|quarter|season|year|decade"
    r"|centur(?:y|ie)|summer|winter|spring|fall|autumn|generation)s?\b)"
)
# "in the past", "In the past," (not "in the past two years": a length of time).
_PAST = lazy(rf"\b[Ii]n (?P<words>the past)\b(?!-| {_COUNTED})")
# "in the future", "into the near future", "about the future" (not "the future of the
# alliance", a thing; nor "for the foreseeable future", which TimeML leaves unmarked).
_FUTURE = lazy(
    r"\b(?:[Ii]n|[Ii]nto|[Aa]bout) (?P<words>the (?:(?:near|distant|immediate) )?future)\b"
    r"(?!-| of\b)"
)

# Set phrases of the present and the future: "in the near term", "over the long term",
# "these days", "at a later date", "in future years". Each is a time wherever it stands.
_SET_PHRASES = lazy(
    r"\b(?:(?:[Ii]n|[Oo]ver|[Ff]or|[Dd]uring) (?P<term>the (?:near|short|long|medium) term)\b(?!-)"
    r"|(?P<days>[Tt]hese days)\b"
    r"|[Aa]t (?P<later>a later (?:date|time|stage))\b"
    r"|[Ii]n (?P<coming>future (?:years|months|quarters|weeks|decades|generations))\b)"
)
_SET_PHRASE_TIMES = {"term": FUTURE, "days": PRESENT, "later": FUTURE, "coming": FUTURE}


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence (or paragraph)."""
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        index -= 1
    if index < 0 or text[index] == "\n":
        return True
    if text[index] in ".!?":
        return True
    # A closing quote after the sentence's end: `... withdraw." Now` or `...it.'' Now`.
    return text[index] in "\"'" and index > 0 and text[index - 1] in ".!?"


def _now(text: str) -> list[tuple[int, int, str]]:
    """ "now" pointing at the present: not the discourse marker that opens a sentence ("Now,
    he says ...", "Now for the weather"), and not "from now", which measures a time from the
    present ("a year from now")."""
    found = []
    for match in _NOW().finditer(text):
        start, end = match.span()
        after = text[end : end + 5]
        marker = after[:1] == "," or after == " for "
        if marker and text[start] == "N" and _opens_sentence(text, start):
            continue
        if text[max(0, start - 5) : start].lower() == "from ":
            continue
        found.append((start, end, PRESENT))
    return found


def _tells_when(before: str, after: str) -> bool:
    """Whether "currently", between the word ``before`` and the word ``after`` it (as written,
    with any punctuation; either may be empty), says when its clause's verb holds."""
    if before.lower() in _VERB_BEFORE:
        return True
    if not after or not after[0].isalpha():
        return True  # "outstanding currently, he said"
    if not before.endswith((",", ";", ":")) and before.lower() not in _LINKS:
        return True  # after its subject: "the company currently owns"
    word = after.rstrip(",.;:").lower()
    # a verb that agrees with its subject ends in "s", not "ss" ("leaderless", "business")
    agrees = word.endswith("s") and not word.endswith("ss") and len(word) > 3
    return word in _PRONOUNS or word.endswith("ed") or agrees


def _currently(text: str) -> list[tuple[int, int, str]]:
    """ "currently" pointing at the present: where it tells when a verb holds (not before a
    noun or adjective: see _VERB_BEFORE), and not as the marker that opens a sentence
    ("Currently, transplant organs are rationed ...")."""
    found = []
    for match in _CURRENTLY().finditer(text):
        start, end = match.span()
        if text[end : end + 1] == "," and _opens_sentence(text, start):
            continue
        before = text[max(0, start - 20) : start].split()
        after = text[end : end + 20].split()
        word_before = before[-1] if before and text[start - 1 : start] == " " else ""
        word_after = after[0] if after and text[end : end + 1] == " " else text[end : end + 1]
        if _tells_when(word_before, word_after):
            found.append((start, end, PRESENT))
    return found


def _recently(text: str, blocked: Taken) -> list[tuple[int, int, str]]:
    """ "recently", "more recently": a time just before the dateline, TimeML's PAST_REF. Not
    where a date follows it ("most recently last October"): there it hedges the date, which is
    the time the words give."""
    found = []
    for match in _RECENTLY().finditer(text):
        start, end = match.span()
        after = end + 1 if text[end : end + 1] == " " else end
        if after < len(text) and blocked.covers(after):
            continue
        found.append((start, end, PAST))
    return found


def find_references(text: str, blocked: Taken) -> list[Mention]:
    """Every reference to the present, past or future in normalized ``text`` that overlaps
    no ``blocked`` span (a date, time or duration that contains the words wins)."""
    found = _now(text) if "now" in text or "Now" in text else []
    if "urrently" in text:
        found += _currently(text)
    if "ecently" in text:
        found += _recently(text, blocked)
    if "the past" in text:
        found += [(*m.span("words"), PAST) for m in _PAST().finditer(text)]
    if "one day" in text:
        # "Islam will one day be ...": some day, a time to come (_spans.some_day)
        at = text.find("one day")
        while at != -1:
            if some_day(text, at):
                found.append((at, at + 7, FUTURE))
            at = text.find("one day", at + 1)
    if "future" in text:
        found += [(*m.span("words"), FUTURE) for m in _FUTURE().finditer(text)]
    phrases = " term" in text or "hese days" in text or "a later " in text or "n future " in text
    for match in _SET_PHRASES().finditer(text) if phrases else ():
        group = match.lastgroup or ""
        found.append((*match.span(group), _SET_PHRASE_TIMES[group]))
    mentions = []
    for start, end, value in sorted(found):
        if blocked.hits(start, end):
            continue
        words = text[start:end]
        mentions.append(Mention(REFERENCE_KIND, start, end, words, value))
    return mentions

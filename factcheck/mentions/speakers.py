"""Who a quote's sentence says spoke it: "Putin said", "said Kremlin spokesman Dmitry Peskov",
"according to Umerov", or a "he"/"she" that points back to the last named speaker.

A name is a capitalized run next to a speech verb. When a titled person's name lies inside
the run ("Russian President Vladimir Putin told reporters"), the speaker is that name without
the title. A pronoun is resolved to the nearest speaker named before it in the same or the
previous paragraph; with none, the speaker is unknown (None).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

from factcheck.mentions._lexicon import trie
from factcheck.mentions._scan import anchored, lazy
from factcheck.mentions._text import Doc, word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.quotes import QuoteSpan

# Speech verbs. Each is followed by \b wherever it is used, so at most one of them can match
# at a place and their order in the pattern does not matter.
_VERB_WORDS = sorted(
    word_set(
        "said says say told tells added adds wrote writes stated states asked asks noted notes "
        "argued argues warned warns insisted insists claimed claims declared declares explained "
        "explains posted tweeted announced announces continued stressed stresses urged urges "
        "replied responded described describes called calls recalled recalls admitted "
        "acknowledged conceded predicted promised vowed pledged emphasised emphasized "
        "cautioned confirmed suggested complained remarked quipped"
    )
)
_VERBS = rf"(?:{'|'.join(_VERB_WORDS)})\b"


def _name(word: str) -> str:
    """A run of capitalized ``word``s ("Vladimir Putin", "Ursula von der Leyen") or "U.S."."""
    return rf"(?:{word}|U\.S\.)(?: (?:(?:von|van|der|de|da|al|bin|la|le) )?(?:{word}))*"


_NAME = _name(r"[A-Z][\w'.-]*")
_PRONOUNS = ("he", "she", "He", "She")
_PRONOUN = f"(?:{'|'.join(_PRONOUNS)})"
# "Analyst Mark Feldman of Redwood Research said": the person, not the firm, is the speaker.
# In a subject a space or a comma follows every word, and a word holds neither, so giving
# back a word's letters never helps a match: the possessive "*+" keeps them, and finds the
# same subjects with a fifth fewer instructions.
_SUBJECT_NAME = _name(r"[A-Z][\w'.-]*+")
_SUBJECT = rf"(?P<subject>{_SUBJECT_NAME}(?: of (?:the )?{_SUBJECT_NAME})?|{_PRONOUN})"
_ADVERB = r"(?:(?:had|has|have|would|will|also|later|then|again|[a-z]+ly) )*"
# After the closing mark: ", Putin said", ", he briefly added" (a subject, then the verb) or
# ", said Dmitry Peskov" (the verb, then a late name). The two are separate patterns, each
# compiled when first needed: only one can match a given window (see _after_quote).
_SUBJECT_AFTER = lazy(rf"^[,.]?\s*{_SUBJECT} {_ADVERB}{_VERBS}")
_VERB_AFTER = lazy(rf"^[,.]?\s*{_VERBS} (?P<late>{_NAME}|{_PRONOUN})\b")
# Before the opening mark, in the same sentence: "Putin said on June 27 that it was". A
# subject starts with a capital, "he" or "she": the look-ahead fails at once where none
# starts, and the pattern is tried at every place of a sentence (a third of its cost).
_BEFORE = lazy(
    rf"(?=[A-Zhs])(?:^|(?<=[\s(]))(?:{_SUBJECT},?(?: [^,]{{0,60}},)? {_ADVERB}{_VERBS}\b)"
)
_ACCORDING = lazy(rf"\b[Aa]ccording to (?P<subject>{_NAME})")
_DETERMINER = re.compile(r"^(?:The|A|An) ")
# ", said Peskov": a late name after a comma or closing mark and a speech verb.
_LATE = lazy(rf"[,\"'] {_VERBS} (?P<late>{_NAME})")
_START = operator.attrgetter("start")
_NOT_NAMES = word_set(
    "In On At By For Of With From To After Before During Since Until While When Where As "
    "And But Or So Yet If Then Though Although Because Despite Meanwhile However Also "
    "It They We I You This That These Those There Here What Which Who"
)


def _clean(subject: str, start: int, people: Sequence[Mention]) -> str | None:
    """The speaker's name in a subject run: a titled person's name, else the run itself."""
    end = start + len(subject)
    # Only the people that start inside the run can be its speaker: found by bisection in
    # `people` (sorted by start), as a pass over all of them for each run was quadratic.
    first = bisect.bisect_left(people, start, key=_START)
    for mention in itertools.islice(people, first, None):
        if mention.start >= end:
            break
        if mention.kind == "person" and start <= mention.start and mention.end <= end:
            return str(mention.value)
        if mention.kind == "role" and start <= mention.start < end and mention.person:
            return mention.person
    subject = _DETERMINER.sub("", subject).split(" of ")[0]
    words = subject.split()
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    if not words:
        return None
    return " ".join(words)


def _named(match: re.Match[str], group: str, base: int, people: Sequence[Mention]) -> str | None:
    subject = match.group(group)
    if subject is None:
        return None
    if subject in _PRONOUNS:
        return "he"
    return _clean(subject, base + match.start(group), people)


# A space and a speech verb, or a word a verb begins ("said", "saidx"): the verbs as a trie,
# so one search finds them all (a str.find for each verb read the text seventy times, for
# twice the instructions).
_VERB_STARTS = lazy(f" (?:{trie(_VERB_WORDS)})")


def _verb_positions(text: str) -> list[int]:
    """Where a space and a speech verb (or a word it begins) stand: every match of _BEFORE
    and _LATE holds one, so a sentence without one is not searched with them. (No verb holds
    a space, so no two of these overlap and finditer finds every one.)"""
    return [match.start() for match in _VERB_STARTS().finditer(text)]


def sentence_speakers(doc: Doc, people: Sequence[Mention]) -> list[tuple[int, str]]:
    """(offset, name) of every named subject of a speech verb, in text order."""
    found: list[tuple[int, str]] = []
    verbs = _verb_positions(doc.text)
    for start, end in doc.sentences:
        sentence = doc.text[start:end]
        first = bisect.bisect_left(verbs, start)
        last = bisect.bisect_left(verbs, end, first)
        subjects: list[re.Match[str]] = []
        if first < last:
            subjects += _BEFORE().finditer(sentence)
        if "ccording to " in sentence:
            subjects += _ACCORDING().finditer(sentence)
        for match in subjects:
            name = _named(match, "subject", start, people)
            if name and name != "he":
                found.append((start + match.start(), name))
        # ", said Peskov": a comma or closing mark just before a verb's space.
        late = [v - 1 - start for v in verbs[first:last] if v > start and doc.text[v - 1] in ",\"'"]
        for match in anchored(_LATE(), sentence, late) if late else ():
            name = _named(match, "late", start, people)
            if name and name != "he":
                found.append((start + match.start("late"), name))
    found.sort()
    return found


def _resolve(doc: Doc, offset: int, named: list[tuple[int, str]]) -> str | None:
    """The nearest named speaker before ``offset`` in this or the previous paragraph."""
    paragraph_start = doc.paragraph_at(offset)[0]
    earliest = doc.paragraph_at(paragraph_start - 1)[0] if paragraph_start else 0
    before = bisect.bisect_left(named, (offset,))  # `named` is sorted: the last one before
    if before and named[before - 1][0] >= earliest:
        return named[before - 1][1]
    return None


def speaker_of(
    doc: Doc, quote: QuoteSpan, people: Sequence[Mention], named: list[tuple[int, str]]
) -> str | None:
    """The speaker the quote's sentence names, or None.

    Named people are written as the sentence names them ("Putin", "Vladimir Putin").
    """
    text = doc.text
    paragraph_end = doc.paragraph_at(quote.open_mark)[1]
    if quote.close_mark is not None and quote.close_mark + 1 < paragraph_end:
        after_start = quote.close_mark + 1
        after_end = doc.sentence_at(after_start)[1]
        if after_end <= after_start:
            after_end = min(len(text), after_start + 120)
        window = text[after_start : min(after_end, after_start + REACH)]
        match, group = _after_quote(window)
        if match:
            name = _named(match, group, after_start, people)
            if name == "he":
                return _resolve(doc, after_start, named)
            if name:
                return name
    sentence_start, sentence_end = doc.sentence_at(quote.open_mark)
    # The subject and verb before the quote, in its sentence: at most REACH characters back,
    # from a word's start (a sentence of 8,000 quotes was searched from its start for each).
    start = sentence_start
    if quote.open_mark - start > REACH:
        start = text.find(" ", quote.open_mark - REACH, quote.open_mark) + 1 or start
    matches = list(_BEFORE().finditer(text[start : quote.open_mark]))
    if matches:
        name = _named(matches[-1], "subject", start, people)
        if name == "he":
            return _resolve(doc, start + matches[-1].start(), named)
        if name:
            return name
    according = _last_according(doc, sentence_start, sentence_end)
    if according is not None:
        return _named(according, "subject", 0, people)
    return None


# How far from a quote its speaker is looked for, in characters, before its opening mark
# and after its closing one: far beyond any sentence of news copy (the finder's results on
# every article here are the same as without a bound), and no more work a quote than that.
REACH = 1000
_according_of: tuple[str, int, int, re.Match[str] | None] = ("", 0, 0, None)


def _last_according(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The last "according to NAME" of the sentence [start, end), found once a sentence
    (the quotes of one sentence come one after another). Keyed by the text object, which
    the article keeps anyway, not by the Doc, which would then outlive the finder."""
    global _according_of
    text = doc.text
    if not (_according_of[0] is text and _according_of[1:3] == (start, end)):
        found = None
        if text.find("ccording to ", start, end) != -1:
            for found in _ACCORDING().finditer(text, start, end):  # noqa: B007 - the last
                pass
        _according_of = (text, start, end, found)
    return _according_of[3]


def _after_quote(window: str) -> tuple[re.Match[str] | None, str]:
    """The subject and verb (", Putin said") or verb and late name (", said Peskov") that
    start the words after a quote's closing mark, and the name's group.

    After an optional comma or period and spaces, a subject starts with a capital or "he"/
    "she" and a verb with a lower-case letter, so at most one pattern can match; each is
    tried (and compiled) only if the window starts as it must."""
    head = (window[1:] if window[:1] in (",", ".") else window).lstrip()
    if (head[:1].isascii() and head[:1].isupper()) or head.startswith(_PRONOUNS):
        match = _SUBJECT_AFTER().match(window)
        if match:
            return match, "subject"
    if head.startswith(tuple(_VERB_WORDS)):
        return _VERB_AFTER().match(window), "late"
    return None, "late"

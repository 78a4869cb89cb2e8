"""Who a quote's sentence says spoke it: "Putin said", "said Kremlin spokesman Dmitry Peskov",
"according to Umerov", or a "he"/"she" that points back to the last named speaker.

A name is a capitalized run next to a speech verb. When a titled person's name lies inside
the run ("Russian President Vladimir Putin told reporters"), the speaker is that name without
the title. After a quote, the whole subject before the verb is read by
``speaker_phrases.speaker_in`` (", the U.N.'s high commissioner for human rights, Volker Turk,
told", ", the ministry said"). A pronoun is resolved to the nearest speaker named before it in
the same or the previous paragraph; with none, the speaker is unknown (None).

``find_quotes`` then settles the quotes that name nobody in their own sentence: a later
quoted sentence of the paragraph continues the one before, a quote that opens its paragraph
continues a quote that ran on from the paragraph before, or takes the speaker that paragraph
introduces ("Mr Caio said:", "Hafriz from Singapore thinks …:", a script's "COLIN POWELL,
U.S. SECRETARY OF STATE", a last sentence "Putin said that …"). A quote inside a sentence
("aims to "tackle" those challenges …, said Brian Nichols") gets the sentence's speaker.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from factcheck.lazy_pattern import lazy
from factcheck.mentions._lexicon import trie
from factcheck.mentions._scan import anchored
from factcheck.mentions._text import Doc, word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.quotes import QuoteSpan, find_quote_spans
from factcheck.mentions.speaker_phrases import (
    caption_speaker,
    is_generic_plural,
    is_proper_name,
    organisation_head,
    speaker_in,
    strip_name,
)

# Speech verbs. Each is followed by \b wherever it is used, so at most one of them can match
# at a place and their order in the pattern does not matter.
_VERB_WORDS = sorted(
    word_set(
        "said says say told tells added adds wrote writes stated states asked asks noted notes "
        "argued argues warned warns insisted insists claimed claims declared declares explained "
        "explains posted tweeted announced announces continued stressed stresses urged urges "
        "replied responded described describes called calls recalled recalls admitted "
        "acknowledged conceded predicted promised vowed pledged emphasised emphasized "
        "cautioned confirmed suggested complained remarked quipped "
        # the verbs that give a feeling in the speaker's words: "Pope Benedict also expressed
        # "profound sadness"", "she voiced "deep concern""
        "expressed expresses voiced voices "
        # and the verbs of praise and blame, whose quoted words are the speaker's: "He praised
        # the Soldiers for their accomplishments that "turned the tide""
        "praised praises hailed hails "
        # the verbs a board, a court or an inquiry gives its finding with: "the NTSB
        # determined that the probable cause was "…"", "the court ruled"
        "determined concluded ruled "
        # the verb a news outlet or an agency gives its account with: "The BBC reports the
        # area as "hard hit.""
        "reports reported"
    )
    # and the two-word verbs of reported speech: "Knapman points out that "…""
    | {"points out", "pointed out", "point out"}
    # and a report's words passed on: ""…," Mr Beattie was quoted as saying" (a passive
    # "was told" is no speech of the subject's, so "was" alone is no adverb)
    | {"was quoted as saying", "is quoted as saying", "were quoted as saying"}
    | {"been quoted as saying"}
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
# ", the U.N.'s high commissioner for human rights, Volker Turk, told": any subject of up to
# 160 characters before the first speech verb, read by speaker_phrases.speaker_in.
_PHRASE_AFTER = lazy(rf"^[,.]?\s*(?P<phrase>[^\"\n]{{1,160}}?) {_ADVERB}{_VERBS}")
_VERB_AFTER = lazy(rf"^[,.]?\s*{_VERBS} (?P<late>{_NAME}|{_PRONOUN})\b")
# ", said the minister", ", said the head of state", ", said engineer Tom Reyes"
_VERB_PHRASE_AFTER = lazy(
    rf"^[,.]?\s*{_VERBS} (?P<phrase>the [\w-]+(?: [\w-]+)??(?: of (?:state|government))?"
    rf"|(?:[a-z][\w-]* ){{1,3}}{_NAME})"
    r"(?=[,.;]| (?:in|on|at|after|before|during|when|as|who|told|to)\b|$)"
)
# Before the opening mark, in the same sentence: "Putin said on June 27 that it was", or a
# relative clause on the name, "the striker Tomas Berg, who said "..."". A subject starts
# with a capital, "he" or "she": the look-ahead fails at once where none starts, and the
# pattern is tried at every place of a sentence (a third of its cost).
_BEFORE = lazy(
    rf"(?=[A-Zhs])(?:^|(?<=[\s(]))"
    rf"(?:{_SUBJECT}(?:, who|,?(?: [^,]{{0,60}},)?) {_ADVERB}{_VERBS}\b)"
)
_ACCORDING = lazy(rf"\b[Aa]ccording to (?P<subject>{_NAME})")
_DETERMINER = re.compile(r"^(?:The|A|An) ")
# ", said Peskov": a late name after a comma or closing mark and a speech verb.
_LATE = lazy(rf"[,\"'] {_VERBS} (?P<late>{_NAME})")
_START = operator.attrgetter("start")
_NOT_NAMES = word_set(
    "In On At By For Of With From To After Before During Since Until While When Where As "
    "And But Or So Yet If Then Though Although Because Despite Meanwhile However Also "
    "It They We I You This That These Those There Here What Which Who Others Some Many Both"
)


def _clean(subject: str, start: int, people: Sequence[Mention]) -> str | None:
    """The speaker's name in a subject run: a titled person's name, else the run itself."""
    end = start + len(subject)
    # Only the people that start inside the run can be its speaker: found by bisection in
    # `people` (sorted by start), as a pass over all of them for each run was quadratic.
    first = bisect.bisect_left(people, start, key=_START)
    for index in range(first, len(people)):  # (islice would walk the list from its start)
        mention = people[index]
        if mention.start >= end:
            break
        if mention.kind == "person" and start <= mention.start and mention.end <= end:
            return str(mention.value)
        if mention.kind == "role" and start <= mention.start < end and mention.person:
            return mention.person
    subject = _DETERMINER.sub("", subject)
    body, _, _rest = subject.partition(" of ")
    if not organisation_head(body.split()[-1]):
        subject = body  # "Mark Feldman of Redwood Research": the person; "Ministry of
        # Defence", "Bank of England": the organisation's whole name
    words = subject.split()
    # People no name picks out, capitalized only as a sentence's first word ("Officials").
    while words and (words[0] in _NOT_NAMES or is_generic_plural(words[0])):
        words.pop(0)
    if not words:
        return None
    return strip_name(" ".join(words)) or None


def _named(match: re.Match[str], group: str, base: int, people: Sequence[Mention]) -> str | None:
    subject = match.group(group)
    if subject is None:
        return None
    if subject in _PRONOUNS:
        return "he"
    if _REPORTS.match(match.string, match.end(group)) and not _reports_as_outlet(subject):
        return None  # "Earlier reports said", "Finally reported": "reports" is no verb here
    return _clean(subject, base + match.start(group), people)


_REPORTS = re.compile(rf" {_ADVERB}report(?:s|ed)\b")


def _reports_as_outlet(subject: str) -> bool:
    """Whether a subject before "reports"/"reported" can be the outlet that reports: an
    acronym ("The BBC reports", "AFP reported"), a name of several words ("The New York Times
    reported") or one after "The". A lone capitalized word is most often a sentence's first
    word before the noun ("Earlier reports said", "Media reports") or an adverb ("Finally
    reported"), so it names nobody."""
    words = subject.split()
    if len(words) > 1:
        return True
    return len(subject) > 1 and subject.replace(".", "").isupper()


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
            if _complement(doc.text, start + match.start("subject")):
                continue
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


# The word before a capitalized run that makes it no subject: "the deputy director general of
# North Korea's National Aerospace Technology Administration said" (the run is the
# complement of "of"), "the PM said" (a reference back to a person named before).
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:of|for|at|from|with|in|on|by|to|the|The) )$")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|from|with|in|on|by|to) (?:the )?$")
# A place named after the noun for it: "a prosecutor in the capital Ankara announced" (the
# prosecutor spoke, not Ankara).
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:capital|city|town|port|village|province|region|district|county|island) $"
)


def _complement(text: str, start: int) -> bool:
    """Whether the capitalized run at ``start`` follows a preposition, "the" or a noun that
    says what kind of place it names."""
    return (
        _NOT_SUBJECT_BEFORE.search(text, max(0, start - 5), start) is not None
        or _PLACE_NOUN_BEFORE.search(text, max(0, start - 9), start) is not None
    )


def _resolve(
    doc: Doc, offset: int, named: list[tuple[int, str]], people: Sequence[Mention] = ()
) -> str | None:
    """The nearest named speaker before ``offset`` in this or the previous paragraph, or a
    titled person named nearer ("Defence Minister Lena Berg visited the base. "…," she
    noted": she is Lena Berg, whether or not Lena Berg spoke before)."""
    paragraph_start = doc.paragraph_at(offset)[0]
    earliest = doc.paragraph_at(paragraph_start - 1)[0] if paragraph_start else 0
    before = bisect.bisect_left(named, (offset,))  # `named` is sorted: the last one before
    best: tuple[int, str] | None = None
    if before and named[before - 1][0] >= earliest:
        best = named[before - 1]
    last = bisect.bisect_left(people, offset, key=_START)
    for mention in reversed(people[max(0, last - 8) : last]):
        if mention.kind == "person" and mention.start >= earliest and mention.end <= offset:
            if best is None or mention.start > best[0]:
                best = (mention.start, str(mention.value))
            break
    opener = _sentence_opening_name(doc, earliest, offset, people)
    if opener is not None and (best is None or opener[0] > best[0]):
        best = opener
    if best is None:
        return _carried_back(doc, earliest, named, people)
    return best[1]


def _pronoun_led(doc: Doc, start: int) -> bool:
    """Whether the paragraph at ``start`` opens with "He"/"She" ("He praised the Soldiers
    ...") or reports a pronoun's speech ("..., he said."), read once a paragraph (kept on the
    ``doc``: a paragraph of many quotes asked it of the same long paragraph for each)."""
    seen = doc.__dict__.setdefault("_pronoun_led", {})
    answer = seen.get(start)
    if answer is None:
        end = doc.paragraph_at(start)[1]
        answer = seen[start] = doc.text.startswith(("He ", "She "), start) or bool(
            _PRONOUN_SPEECH().search(doc.text, start, end)
        )
    return answer


# How many paragraphs of "he said" a pronoun's speaker is carried back over.
_CARRIED_PARAGRAPHS = 4
_PRONOUN_SPEECH = lazy(rf"(?:\b{_PRONOUN} {_ADVERB}{_VERBS}|[,\"'] {_VERBS} {_PRONOUN}\b)")


def _carried_back(
    doc: Doc, earliest: int, named: list[tuple[int, str]], people: Sequence[Mention] = ()
) -> str | None:
    """The speaker a run of pronoun-led paragraphs carries: where the paragraph before a
    "he said" names no speaker but itself reports "he said" or opens with "He" ("... there
    is more to come, he said." then ""Family support is vital," he said."), the "he" of both
    is the speaker named before the run, up to ``_CARRIED_PARAGRAPHS`` paragraphs back. A
    person the paragraph before the run names with a title counts as named, as it does for
    the paragraph next to a "he said" (see _resolve): "IMF research chief Olivier Blanchard
    downplayed ...", ""...," he said.", "Similarly, he said ... "as a major issue."" are
    Blanchard's. A paragraph with neither ends the run: the speaker is then unknown."""
    start = earliest
    before = bisect.bisect_left(named, (earliest,))  # the last speaker named before the run
    for _ in range(_CARRIED_PARAGRAPHS):
        if not start or not _pronoun_led(doc, start):
            return None
        start = doc.paragraph_at(start - 1)[0]
        best = named[before - 1] if before and named[before - 1][0] >= start else None
        person = _last_person(people, start, earliest)
        if person is not None and (best is None or person[0] > best[0]):
            best = person
        if best is not None:
            return best[1]
    return None


def _last_person(people: Sequence[Mention], start: int, end: int) -> tuple[int, str] | None:
    """(offset, name) of the last person mention within [start, end), found by bisection in
    ``people`` (sorted by start)."""
    last = bisect.bisect_left(people, end, key=_START)
    for mention in reversed(people[max(0, last - 8) : last]):
        if mention.start < start:
            break
        if mention.kind == "person" and mention.end <= end:
            return (mention.start, str(mention.value))
    return None


_PLACE_WORDS = word_set(
    "City County State Province Region District Island Islands Street Avenue Square Bridge "
    "Valley River Lake Mountains Airport Station Port Coast Bay Beach Park"
)


def _names_a_place(name: str) -> bool:
    """Whether a sentence's opening name is a place or a body, not a person ("New York City
    officials …", "South Korea takes …", "Human Rights Watch Ministry …"): its last word
    names one, or the gazetteer knows the whole name as a country, state or city."""
    from factcheck.mentions.places import is_place_name

    last = name.split()[-1]
    return last in _PLACE_WORDS or organisation_head(last) or is_place_name(name)


# A sentence that opens with a name and goes on in lower case: "Todd Lynch was among scores
# of people who escaped …".
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w'-]+(?: [A-Z]\.)?(?: [A-Z][\w'-]+){1,3}) (?=[a-z])")


def _sentence_opening_name(
    doc: Doc, paragraph_start: int, offset: int, people: Sequence[Mention]
) -> tuple[int, str] | None:
    """The last person named without a title as the first words of a sentence of this
    paragraph before ``offset`` ("Todd Lynch was among scores of people …. "…," he said":
    he is Todd Lynch), or None. A titled person is found by the people finder instead.

    A sentence's opener is read once a text (``_opening_names``) and found by bisection:
    reading every sentence before each "he said" again was quadratic in a long paragraph of
    them. Only the sentences that start within a name's reach of ``offset`` are read afresh,
    since their name must end before it."""
    near = max(paragraph_start, offset - _OPENER_REACH)
    for start, _end in reversed(doc.sentences_between(near, offset)):
        name = _opener_at(doc, start, min(offset, start + _OPENER_REACH), people)
        if name is not None:
            return start, name
    starts, names = _opening_names(doc, people)
    before = bisect.bisect_left(starts, near) - 1
    if before >= 0 and starts[before] >= paragraph_start:
        return starts[before], names[before]
    return None


# How far from a sentence's start its opening name may reach.
_OPENER_REACH = 80


def _opening_names(doc: Doc, people: Sequence[Mention]) -> tuple[list[int], list[str]]:
    """The starts of the text's sentences that open with a name, and the names (kept on the
    ``doc`` for the ``people`` found in it)."""
    cached = doc.__dict__.get("_opening_names")
    if cached is not None and cached[0] is people:
        return cached[1]
    starts: list[int] = []
    names: list[str] = []
    for start, _end in doc.sentences:
        name = _opener_at(doc, start, start + _OPENER_REACH, people)
        if name is not None:
            starts.append(start)
            names.append(name)
    doc.__dict__["_opening_names"] = (people, (starts, names))
    return starts, names


def _opener_at(doc: Doc, start: int, end: int, people: Sequence[Mention]) -> str | None:
    """The name without a title that opens the sentence at ``start`` and ends before
    ``end``, or None."""
    match = _OPENING_NAME.match(doc.text, start, end)
    if match is None or not is_proper_name(match.group("name")):
        return None
    name = match.group("name")
    if name.endswith("'s") or name.split()[0] in _NOT_NAMES or _names_a_place(name):
        return None
    first = bisect.bisect_left(people, start, key=_START)
    if first < len(people) and people[first].start < match.end("name"):
        return None  # a title or a titled name: the people finder's
    return strip_name(name)


def speaker_of(
    doc: Doc, quote: QuoteSpan, people: Sequence[Mention], named: list[tuple[int, str]]
) -> str | None:
    """The speaker the quote's sentence names, or None.

    Named people are written as the sentence names them ("Putin", "Vladimir Putin").
    """
    text = doc.text
    paragraph_end = doc.paragraph_at(quote.open_mark)[1]
    if (
        quote.close_mark is not None
        and quote.close_mark + 1 < paragraph_end
        and not _closes_its_sentence(doc, quote)
    ):
        after_start = quote.close_mark + 1
        after_end = doc.sentence_at(after_start)[1]
        if after_end <= after_start:
            after_end = min(len(text), after_start + 120)
        window = text[after_start : min(after_end, after_start + REACH)]
        match, group = _after_quote(window)
        if match:
            if group == "phrase":
                found = speaker_in(
                    match.group("phrase"),
                    after_start + match.start("phrase"),
                    people,
                    _resolver(doc, after_start, people, named),
                )
                if found:
                    return found
            else:
                name = _named(match, group, after_start, people)
                if name == "he":
                    return _resolve(doc, after_start, named, people)
                if name:
                    return name
    sentence_start, sentence_end = doc.sentence_at(quote.open_mark)
    # The subject and verb before the quote, in its sentence: at most REACH characters back,
    # from a word's start (a sentence of 8,000 quotes was searched from its start for each).
    start = sentence_start
    if quote.open_mark - start > REACH:
        start = text.find(" ", quote.open_mark - REACH, quote.open_mark) + 1 or start
    matches = [
        match
        for match in _BEFORE().finditer(text[start : quote.open_mark])
        if _PLACE_NOUN_BEFORE.search(text, max(0, start + match.start() - 9), start + match.start())
        is None
    ]
    subject_start = start + matches[-1].start("subject") if matches else 0
    if matches and _AFTER_PREPOSITION.search(text, max(0, subject_start - 9), subject_start):
        # "The mayor of Kyiv, Vitali Klitschko, wrote", "Chief Forecaster at the Met Office,
        # Andy Page, added": the complement of "of" or "at the" is no subject; a person named
        # in apposition before the verb is.
        person = _person_within(people, start + matches[-1].start(), start + matches[-1].end())
        if person:
            return person
        matches.pop()  # "The president of France said": a title only, no one named
    if matches:
        name = _named(matches[-1], "subject", start, people)
        if name == "he":
            return _resolve(doc, start + matches[-1].start(), named, people)
        if name:
            return name
    according = _last_according(doc, sentence_start, sentence_end)
    if according is not None:
        return _named(according, "subject", 0, people)
    return _in_sentence(quote, sentence_end, named)


def _person_within(people: Sequence[Mention], start: int, end: int) -> str | None:
    """The last person the people finder named inside [start, end), or None."""
    first = bisect.bisect_left(people, start, key=_START)
    found = None
    for index in range(first, len(people)):
        mention = people[index]
        if mention.start >= end:
            break
        if mention.kind == "person" and mention.end <= end:
            found = str(mention.value)
    return found


def _in_sentence(quote: QuoteSpan, end: int, named: list[tuple[int, str]]) -> str | None:
    """The speaker a clause after the quote names, later in its sentence: a partial quote
    before the attribution ("aims to "tackle" those challenges …," said Brian Nichols").
    (A name before the quote was looked for already, by the pattern that needs its verb.)"""
    after = quote.close_mark if quote.close_mark is not None else quote.end
    first = bisect.bisect_left(named, (after,))
    if first < len(named) and named[first][0] < end:
        return named[first][1]
    return None


def _resolver(
    doc: Doc, offset: int, people: Sequence[Mention], named: list[tuple[int, str]]
) -> Callable[[tuple[str, ...] | None, str | None], str | None]:
    """What a reference back at ``offset`` points to (see speaker_phrases.speaker_in): "he",
    "she" the nearest named speaker; "the minister" the person of the last role whose title
    says minister, else the nearest named speaker; "the ministry" the last Ministry named."""

    def resolve(titles: tuple[str, ...] | None, organisation: str | None) -> str | None:
        if organisation is not None:
            return _last_organisation(doc.text, offset, organisation)
        if titles:
            # The last 64 people before the reference, no further back: a reference looks
            # for a role named not long before, and a longer look was quadratic.
            first = bisect.bisect_left(people, offset, key=_START)
            for mention in reversed(people[max(0, first - 64) : first]):
                role = mention.text.lower()
                if mention.kind == "role" and mention.person and any(t in role for t in titles):
                    return mention.person
        return _resolve(doc, offset, named, people)

    return resolve


def _last_organisation(text: str, offset: int, noun: str) -> str | None:
    """The last capitalized name before ``offset`` that holds ``noun`` capitalized ("Turkish
    Foreign Ministry", "Ministry of Defence")."""
    word = noun.capitalize()
    position = text.rfind(word, 0, offset)
    if position == -1:
        return None
    run = re.compile(r"(?:[A-Z][\w'-]*(?: (?:of|for|and) (?:the )?| ))*" + re.escape(word) + r"\b")
    best = None
    for match in run.finditer(text, max(0, position - 80), position + len(word)):
        best = match
    if best is None:
        return None
    name = best.group()
    tail = re.match(r"(?: (?:of|for) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)", text[best.end() :])
    if tail and best.end() + tail.end() <= offset:
        name += tail.group()
    words = name.split()
    if len(words) > 1 and words[0].endswith("'s"):
        words.pop(0)  # "Ukraine's Ministry of Defence": the Ministry of Defence
    return strip_name(" ".join(words))


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
    if head.startswith(tuple(_VERB_WORDS)):
        match = _VERB_AFTER().match(window)
        if match:
            return match, "late"
        # ", said the minister", ", said the ministry in a statement"
        return _VERB_PHRASE_AFTER().match(window), "phrase"
    if (head[:1].isascii() and head[:1].isupper()) or head.startswith(_PRONOUNS):
        match = _SUBJECT_AFTER().match(window)
        if match:
            return match, "subject"
    if window[:1] in (",", ".") or window[:1].isspace():
        match = _PHRASE_AFTER().match(window)
        if match:
            return match, "phrase"
    return None, "late"


# Verbs that introduce a quote in the next paragraph after a colon: speech verbs and the
# verbs of blog round-ups ("Hafriz from Singapore thinks …:", "Carlos Conde analyzes …:").
_INTRO_WORDS = sorted(
    set(_VERB_WORDS)
    | word_set(
        "think thinks thought note notes wonder wonders wondered analyze analyzes analyzed "
        "analyse analyses analysed believe believes believed comment comments commented "
        "observe observes observed reflect reflects reflected conclude concludes concluded "
        "point points pointed share shares shared tweet tweets sum sums summed reply replies "
        "put puts read reads released releases issued issues"
    )
)
_INTRO = lazy(rf"(?P<phrase>[^\"\n]{{1,160}}?) {_ADVERB}(?:{'|'.join(_INTRO_WORDS)})\b")
_SPEECH = lazy(rf"(?P<phrase>[^\"\n]{{1,160}}?) {_ADVERB}{_VERBS}")


class _Previous(NamedTuple):
    """The quote before: its paragraph's start, its speaker, where it ends, whether it ran
    on to the end of its paragraph."""

    paragraph: int
    speaker: str | None
    end: int
    ran_on: bool


def find_quotes(doc: Doc, people: Sequence[Mention]) -> list[Mention]:
    """Quotes with their speakers, in text order (see the module's docstring)."""
    named = sentence_speakers(doc, people)
    found: list[Mention] = []
    full_names = _FullNames(str(person.value) for person in people if person.kind == "person")
    previous: _Previous | None = None
    for span in find_quote_spans(doc.text):
        speaker = speaker_of(doc, span, people, named)
        paragraph = doc.paragraph_at(span.start)[0]
        opens_sentence = doc.sentence_at(span.open_mark)[0] == span.open_mark
        if speaker is None and opens_sentence and not _attributed(doc, span):
            if previous and previous.paragraph == paragraph:
                speaker = previous.speaker
            elif span.open_mark == paragraph and paragraph:
                speaker = _introduced(doc, paragraph, previous, people, named)
            else:
                speaker = _sole_person_before(doc, paragraph, span.open_mark, people, named)
        elif speaker is None and not opens_sentence:
            speaker = _within_sentence(doc, span, previous, people, named)
        if speaker is not None and " " not in speaker:
            speaker = full_names.of(speaker)
        elif speaker is not None and speaker.isupper():
            speaker = speaker.title()  # a transcript's label: "LOUIS LATAIF: "…"", a name
        previous = _Previous(paragraph, speaker, span.end, span.close_mark is None)
        words = doc.text[span.start : span.end]
        found.append(Mention("quote", span.start, span.end, words, words, speaker=speaker))
        if speaker:
            full_names.add(speaker)
    return found


class _FullNames:
    """The full names of the persons and of the quotes' speakers so far, by first name, kept
    as quotes are found (rebuilt per one-word speaker, a page of ""…," Katie said." lines
    cost the square of its length)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by_first: dict[str, set[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        if " " in name:
            self._by_first.setdefault(name.split()[0], set()).add(name)

    def of(self, word: str) -> str:
        """The one full name, given before, whose first name ``word`` is ("Katie Knapman
        points out that: …" then "Katie also points out that "…"": "Katie Knapman"), else
        ``word``. A surname needs no such help: speakers are compared by surname."""
        full = self._by_first.get(word, ())
        return next(iter(full)) if len(full) == 1 else word


def _within_sentence(
    doc: Doc,
    quote: QuoteSpan,
    previous: _Previous | None,
    people: Sequence[Mention],
    named: list[tuple[int, str]],
) -> str | None:
    """The speaker of a quote inside a sentence that names nobody next to it: the speaker of
    the sentence's quote before it when no one else is named between (""…," said Mujica,
    adding that "the weakest end up paying the price""), or the sentence's subject when a
    colon introduces the quote ("He ended his statement with a call …: "Staying prudent …"")."""
    sentence_start = doc.sentence_at(quote.open_mark)[0]
    if quote.open_mark - sentence_start > REACH:
        return None  # no speaker is looked for further back than REACH
    if doc.paragraph_at(quote.open_mark)[0] == 0:
        headline = _headline_speaker(doc, quote, people)
        if headline:
            return headline
    if previous and previous.speaker and previous.end >= sentence_start:
        first = bisect.bisect_left(people, previous.end, key=_START)
        if first >= len(people) or people[first].start > quote.open_mark:
            return previous.speaker
    lead = doc.text[sentence_start : quote.open_mark].rstrip()
    if lead.endswith(":"):
        subject = lead.split(" ", 1)[0]
        if subject in _PRONOUNS:
            return _resolve(doc, sentence_start, named, people)
        line = _speaker_line(lead, sentence_start, people)
        if line:
            return line
        first = bisect.bisect_left(people, sentence_start, key=_START)
        if first < len(people) and doc.sentence_at(people[first].start)[0] == sentence_start:
            mention = people[first]
            if doc.text[sentence_start : mention.start].strip() in ("", "The"):
                return mention.person if mention.kind == "role" else str(mention.value)
        return None
    return _reported(doc, sentence_start, named)


def _reported(doc: Doc, sentence_start: int, named: list[tuple[int, str]]) -> str | None:
    """The speaker of reported speech a quote sits in: the subject of the last speech verb
    earlier in the quote's paragraph ("Ms. Fenton said the envoy had urged patience. Once
    the so-called "small group" was chosen, journalists would be told."), or None."""
    paragraph_start = doc.paragraph_at(sentence_start)[0]
    before = bisect.bisect_left(named, (sentence_start,))
    if before and named[before - 1][0] >= paragraph_start:
        return named[before - 1][1]
    return None


# The verbs of a headline in title case that report words: "… Rejects "Foreign Interference"".
_HEADLINE_VERB = lazy(
    r"(?P<subject>(?:[A-Z][\w'.-]*(?: |$))+?)(?:Says|Say|Warns|Calls|Urges|Rejects|Denies|"
    r"Vows|Slams|Condemns|Denounces|Hails|Welcomes|Tells|Insists|Pledges|Promises) "
)


def _headline_speaker(doc: Doc, quote: QuoteSpan, people: Sequence[Mention]) -> str | None:
    """The speaker of a quote in the headline (the text's first line, in title case): the
    subject of its verb of saying ("Uruguayan President José Mujica Rejects "Foreign
    Interference"", "Putin Says "No Talks""), a titled person's name without the title."""
    lead = doc.text[: quote.open_mark]
    # maxsplit: a headline has at most 16 words, and splitting all the text before a quote
    # deep in a one-line text, for each quote, was quadratic in its length.
    if "\n" in lead or len(lead.split(maxsplit=16)) > 16:
        return None
    match = _HEADLINE_VERB().match(lead)
    if match is None:
        return None
    subject = match.group("subject").strip()
    for mention in people:
        if mention.start >= len(subject):
            break
        if mention.kind == "person":
            return str(mention.value)
    return strip_name(subject) if is_proper_name(subject) else None


def _speaker_line(line: str, start: int, people: Sequence[Mention]) -> str | None:
    """A script's speaker line in mixed case before the quote's paragraph ("Charlie Bolden,
    NASA Administrator:"): a short line ending in a colon that opens with a name."""
    line = line.rstrip()
    if not line.endswith(":") or len(line.split()) > 12 or '"' in line:
        return None
    head = line[:-1].split(",")[0].strip()
    first = bisect.bisect_left(people, start, key=_START)
    if first < len(people) and people[first].start == start and people[first].kind == "person":
        return str(people[first].value)
    if is_proper_name(head):
        return strip_name(head)
    return None


def _closes_its_sentence(doc: Doc, quote: QuoteSpan) -> bool:
    """Whether a quote inside a sentence ends it with its own period, inside its closing
    mark: the words after it start the next sentence ("… rates were "appropriate." Analyst
    Mark Feldman said …"), so no attribution after the mark is the quote's. A "?" or "!" may
    go on ("Why?" Putin asked) and is not such an end; nor is a quote that is its whole
    sentence, whose speaker a next sentence may name."""
    text = doc.text
    close = quote.close_mark
    if close is None or close == 0 or text[close - 1] != ".":
        return False
    if doc.sentence_at(quote.open_mark)[0] == quote.open_mark:
        return False
    after = text[close + 1 : close + 3]
    return after[:1] == " " and after[1:2].isupper()


def _sole_person_before(
    doc: Doc, paragraph: int, offset: int, people: Sequence[Mention], named: list[tuple[int, str]]
) -> str | None:
    """The speaker of a quote that opens a sentence inside a paragraph, with no attribution
    and no quote before it there: the one person the paragraph names before it, by a
    surname the article has given a person or a speaker ("In addressing the NTSB's approach,
    Rosenker cited the Comair investigation. "We are examining …""), or None where it names
    none or more than one. Read once a paragraph (only its first quote comes here)."""
    names = _full_names(doc, people, named)
    if not names:
        return None
    found = {match.group() for match in _surnames(doc, names).finditer(doc.text, paragraph, offset)}
    if len(found) != 1:
        return None
    return names[found.pop()]


def _full_names(
    doc: Doc, people: Sequence[Mention], named: list[tuple[int, str]]
) -> dict[str, str]:
    """Each surname of a person the people finder or a speech verb named, to the fullest
    name it was given (kept on the ``doc``)."""
    cached = doc.__dict__.get("_full_names")
    if cached is not None:
        return cached
    names: dict[str, str] = {}
    given = [str(m.value) for m in people if m.kind == "person"] + [name for _, name in named]
    for name in given:
        words = name.split()
        if not words or not words[-1][:1].isupper() or len(words[-1]) < 2:
            continue
        if len(name) > len(names.get(words[-1], "")):
            names[words[-1]] = name
    doc.__dict__["_full_names"] = names
    return names


def _surnames(doc: Doc, names: dict[str, str]) -> re.Pattern[str]:
    """A pattern of the surnames in ``names`` as whole words (kept on the ``doc``)."""
    pattern = doc.__dict__.get("_surname_pattern")
    if pattern is None:
        # A trie, not a flat alternation: an article naming thousands of people would try
        # each name at every place.
        words = trie(sorted(names))
        pattern = doc.__dict__["_surname_pattern"] = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
    return pattern


def _attributed(doc: Doc, quote: QuoteSpan) -> bool:
    """Whether a speech verb's clause follows the quote (", said engineer Tom Reyes", ", the
    deputy director general said"): then the quote has its own speaker, named or not, and
    takes none from the quotes or paragraphs before."""
    if quote.close_mark is None or _closes_its_sentence(doc, quote):
        return False
    start = quote.close_mark + 1
    end = max(doc.sentence_at(start)[1], start)
    return _after_quote(doc.text[start : min(end, start + REACH)])[0] is not None


# A release's headline that names the speaker of the text below it.
_STATEMENT_BY = lazy(r"(?:Joint )?(?:Statement|Remarks|Message|Address)s? (?:by|of|from) ")


def _introduced(
    doc: Doc,
    paragraph: int,
    previous: _Previous | None,
    people: Sequence[Mention],
    named: list[tuple[int, str]],
) -> str | None:
    """The speaker of a quote that opens ``paragraph`` and names nobody: the one whose quote
    ran on from the paragraph before, a script's speaker line, the subject of "… said:", or
    the speaker the paragraph before ends on (a quote, or "Putin said that …")."""
    text = doc.text
    before_start, before_end = doc.paragraph_at(paragraph - 1)
    if previous and previous.paragraph == before_start and previous.ran_on:
        return previous.speaker
    if before_start == 0 and _STATEMENT_BY().match(text, 0, before_end):
        # The headline "Statement by U.S. Secretary of Energy Jennifer M. Granholm on …" names
        # who speaks in the statement that follows it.
        for mention in people:
            if mention.start >= before_end:
                break
            if mention.kind == "person":
                return str(mention.value)
    caption = caption_speaker(text[before_start:before_end])
    if caption:
        return caption
    sentence_start = max(doc.sentence_at(max(before_end - 1, before_start))[0], before_start)
    sentence = text[sentence_start:before_end].rstrip()
    if previous and previous.paragraph == before_start and previous.end >= sentence_start:
        return previous.speaker
    match = (_INTRO() if sentence.endswith(":") else _SPEECH()).match(sentence)
    if match is None:
        return _speaker_line(text[before_start:before_end], before_start, people)
    return speaker_in(
        match.group("phrase"),
        sentence_start + match.start("phrase"),
        people,
        _resolver(doc, sentence_start, people, named),
    )

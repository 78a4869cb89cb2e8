"""Find positions in a sequence with their noun: "third round", "18th sanctions package".

The span runs from the ordinal to its noun: to a known head noun ("round", "time", "day",
"package"...) within three words, else the one word after. An ordinal with no noun after it
("at first", "the first of"), glued to a compound ("first-person", "second-hand") or used as
an adverb ("first reported") is not a mention; joined to what it ranks ("the second-largest
city", "the 10th-ranked player") it is. ``parse_ordinal`` gives the value.
"""

from __future__ import annotations

import re
import string

from factcheck.lazy_pattern import LazyPattern, lazy
from factcheck.mentions._lexicon import ORDINAL_WORDS
from factcheck.mentions._scan import digit_runs
from factcheck.mentions._spans import Taken
from factcheck.mentions._text import word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.people.titles import is_formal_title
from factcheck.values import parse_ordinal
from factcheck.values.ordinals import RANKS

# An ordinal is one word: "21st", "third" or "Third", or "twenty-first" or "Twenty-first",
# with no letter, digit or hyphen after it. Words are looked up in these sets rather than
# matched by a pattern of them all, which would take a millisecond to compile.
_TENS = word_set("twenty thirty forty fifty sixty seventy eighty ninety")
_UNITS = word_set("first second third fourth fifth sixth seventh eighth ninth")
_TENS_FORMS = frozenset(form for word in _TENS for form in (word, word.capitalize()))
_ORDINAL_FORMS = frozenset(form for word in ORDINAL_WORDS for form in (word, word.capitalize()))
_WORD_RUN = re.compile(r"\w+")
_WORD = re.compile(r" ([A-Za-z]+(?:-(?:[A-Za-z]+|[0-9]+))*)")
_HEADS = word_set(
    "round time day week month year quarter term phase stage meeting session exchange "
    "summit attempt wave batch package edition anniversary century visit trip tranche "
    "congress conference election game match race season half place test launch flight "
    "mission deal agreement strike attack talks "
    # what sport and disaster stories rank, often behind a name or a material: "its second
    # Olympic gold medal", "a fifth Grand Slam title", "the ninth storm", "a second quake"
    "medal title trophy championship victory win defeat goal lap storm typhoon hurricane "
    "cyclone earthquake quake "
    # what health stories rank: "the first Ebola case", "the second confirmed death"
    "case death"
)
_ADJECTIVES = word_set(
    "consecutive straight successive full direct official formal annual major largest new such "
    # participles that stand as adjectives before a noun: "the third missing boater", "the
    # second leading cause", "the first remaining survivor", "the fourth sitting judge"
    "missing leading remaining reigning sitting serving ruling surviving "
    # past participles that stand as adjectives before what health and disaster stories count:
    # "the first confirmed case", "the second suspected death"
    "confirmed suspected reported recorded registered documented detected imported"
)
# Those participles do not end the ordinal's phrase as other words in -ed do.
_PARTICIPLE_ADJECTIVES = word_set(
    "confirmed suspected reported recorded registered documented detected imported"
)
_NOT_NOUNS = word_set(
    "of to and or the a an in on at for with by from that this these is was were be been as "
    "than since after before among about into between but if it he she they we its his her "
    "their our met came went became began took made said told saw won lost arrived "
    "appeared held did had has have most "
    # a pronoun where the noun would stand: "first I thought", "first you fill in the form"
    # ("us" is left out: lower-cased it is "US", as in "the first US astronaut")
    "i you me him them"
)
_IDIOMS = word_set(
    "aid hand glance sight nature thoughts thought person class rate lady place impression "
    "impressions"
)
# "At first I thought", "at first, nobody came", "at first light": the adverb "at first"
# (tests/gold/README.md: not ordinals), whatever word follows it; "at the first meeting"
# ranks a meeting.
_AT_BEFORE = lazy(r"\b[Aa]t $")
# "written in the first person" is grammar; "the first person to die" is a rank.
_GRAMMAR_PERSON = lazy(r"\bin the \w+$")


_ADJECTIVE_ENDINGS = ("ous", "al", "ive", "ic", "ful", "able", "ible", "ary", "ent", "ant")


def _noun_end(text: str, end: int) -> int | None:
    """Where the ordinal's noun phrase ends, or None when no noun follows.

    To a head noun ("round", "time", "package") within three words; else past one adjective
    ("fourth serious accident") to the word after it; else the one word after the ordinal.
    """
    words: list[re.Match[str]] = []
    position = end
    while len(words) < 3:
        match = _WORD.match(text, position)
        if not match:
            break
        words.append(match)
        position = match.end()
    if not words:
        return None
    first = words[0].group(1).lower()
    if first.startswith(("most-", "least-")) and len(first) > 6:
        return _noun_end(text, words[0].end())  # "the second most-watched show"
    if first in ("most", "least"):
        # "the third most populous nation", "the second least developed region": the rank
        # runs past the superlative to its noun, as "the third biggest city" does; with no
        # noun after ("the third most expensive in the world") the noun is understood.
        adjective = 1
        if len(words) > 2 and words[1].group(1).lower().endswith("ly"):
            adjective = 2  # "the second most widely used drug"
        if len(words) <= adjective or not _graded(words[adjective].group(1).lower()):
            return None  # "the first most people heard of it": no superlative
        return _noun_end(text, words[adjective].end())
    if first in _NOT_NOUNS or first.endswith("ly"):
        return None
    if first.endswith("ed") and first not in _PARTICIPLE_ADJECTIVES:
        return None
    if first in _PARTICIPLE_ADJECTIVES and (
        len(words) < 2 or words[1].group(1).lower() in _NOT_NOUNS
    ):
        return None  # "was first confirmed in March": an adverb, no noun after it
    if first in _IDIOMS and (
        first != "person" or _GRAMMAR_PERSON().search(text, max(0, end - 24), end)
    ):
        return None  # "first aid", "in the first person"; not "the first person to die"
    for index, match in enumerate(words):
        word = match.group(1).lower()
        if word in _HEADS:
            # A head noun that names another's kind runs on to it: "first test flight".
            following = words[index + 1].group(1).lower() if index + 1 < len(words) else ""
            return words[index + 1].end() if following in _HEADS else match.end()
        if word in _PARTICIPLE_ADJECTIVES:
            continue  # "first confirmed case"
        if word in _NOT_NOUNS or word.endswith("ed") or (index and word.endswith("ing")):
            break
    # Past the adjectives before the noun: "fourth serious accident", "second consecutive
    # annual increase".
    last = 0
    while last + 1 < len(words) and _is_adjective(words[last].group(1).lower()):
        following = words[last + 1].group(1).lower()
        if following in _NOT_NOUNS or following.endswith(("ly", "ing")):
            break
        if following.endswith("ed") and following not in _PARTICIPLE_ADJECTIVES:
            break
        last += 1
    return words[last].end()


# Superlatives a rank stands before, written apart as well as hyphenated: "the third biggest
# city", "the second highest rate" run to their noun as "the fourth-biggest economy" does
# (tests/gold/README.md: an ordinal runs to its head noun). "most" and "least" go with the
# adjective after them ("the third most populous nation").
_SUPERLATIVES = RANKS - {"ranked", "placed", "seeded"}


def _is_adjective(word: str) -> bool:
    """An adjective, or a name with a number that modifies the noun ("STS-130", "F-16")."""
    if any(character.isdigit() for character in word):
        return True
    return (
        word in _ADJECTIVES
        or word in _SUPERLATIVES
        or (word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 4)
    )


# Adjectives "most" grades that the endings in _is_adjective miss.
_GRADED = word_set("popular common similar senior deadly likely costly")


def _graded(word: str) -> bool:
    """Whether ``word`` is an adjective "most"/"least" can grade: "populous", "developed"."""
    return word in _GRADED or word.endswith("ed") or _is_adjective(word)


# A name of capitalized words: what a rank ranks ("second-ranked Walt Disney").
_NAME_WORD = LazyPattern(r" ([A-Z][A-Za-z&'-]*)")


def _ends_a_name(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is capitalized: a name, not a noun."""
    return text[end - 1 : end].isalpha() and text[text.rfind(" ", 0, end) + 1 : end][:1].isupper()


def _name_end(text: str, end: int) -> int:
    """The end of the capitalized words that continue a name ending at ``end``."""
    while match := _NAME_WORD.match(text, end):
        if match.group(1).lower() in _NOT_NOUNS:
            break
        end = match.end()
    return end


# The noun understood: "the third to hit Japan", "the first of them", "the third most
# expensive", "finished 15th in the league". The ordinal stands alone.
# After "the", also a count of the whole ("the first of three spacewalks") and a preposition
# or participle where the noun would stand ("the 231st conducted by U.S. astronauts", "the
# fourth for Behnken", "the 138th in support of").
_AFTER_THE = lazy(
    r" to [a-z]+| of (?:them|the|these|those|its|their|[0-9]+\b|(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)"
    r"| (?:most|least)[ -][a-z]+"
    r"| (?:for|in|by|at|on|since|among|from|out|under|with)\b| [a-z]+ed by\b"
    # a verb where the noun would stand: "The first is that ...", "the second came in May"
    r"| (?:is|was|are|were|will|would|came|comes|has|had)\b"
)
# A rank after its verb, also in a list after a colon ("ranked:\n- first as ...").
_RANK_VERB = lazy(r"\b(?:finished|finishes|placed|ranked|ranks|came)(?: |:\s+)$")


def _elided(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if before.endswith(("the ", "The ")) and _AFTER_THE().match(text, end):
        return True
    return text[end : end + 1] in (" ", ",", ".", ";") and bool(_RANK_VERB().search(before))


_SUFFIXES = ("st", "nd", "rd", "th")
_DIGIT_ORDINAL = re.compile(r"[0-9]+(?:st|nd|rd|th)")
_SORTED_ORDINALS = sorted(ORDINAL_WORDS)
# Lower-cases ASCII letters only, so the text keeps its length (slower than str.lower).
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _ordinal_end(text: str, start: int) -> int | None:
    """Where the ordinal that starts at ``start`` ends, or None if none does."""
    run = _WORD_RUN.match(text, start)
    if run is None:
        return None
    word, end = run.group(), run.end()
    if text.startswith("-", end):  # only "twenty-first" and "second-largest" go on past a hyphen
        unit = _WORD_RUN.match(text, end + 1)
        if (
            unit is not None
            and unit.group().lower() in RANKS
            and not text.startswith("-", unit.end())
            and (word in _ORDINAL_FORMS or _DIGIT_ORDINAL.fullmatch(word))
        ):
            return unit.end()
        if (
            word in _TENS_FORMS
            and unit is not None
            and unit.group() in _UNITS
            and not text.startswith("-", unit.end())
        ):
            return unit.end()
        return None
    if word in _ORDINAL_FORMS or _DIGIT_ORDINAL.fullmatch(word):
        return end
    return None


def _ordinals(text: str) -> list[tuple[int, int]]:
    """(start, end) of every ordinal that starts a word, in text order: looked for only
    where an ordinal word ("first" also in "twenty-first") or a digit ordinal is."""
    # Where _DIGIT_ORDINAL's finditer finds its matches: at a run of digits a suffix follows
    # (the article's digit runs are found once for all finders; a scan of its own cost more
    # than all the rest of this function).
    starts = {start for start, end in digit_runs(text) if text.startswith(_SUFFIXES, end)}
    lowered = text.lower()
    if len(lowered) != len(text):  # a character lowered to two, as "İ" is: offsets would move
        lowered = text.translate(_ASCII_LOWER)
    for word in _SORTED_ORDINALS:
        index = lowered.find(word)
        while index != -1:
            starts.add(index)
            starts.update(index - offset for offset in (6, 7, 8) if index >= offset)
            index = lowered.find(word, index + 1)
    found = []
    for start in sorted(starts):
        before = text[start - 1] if start else " "
        if before.isalnum() or before in "-_":
            continue
        end = _ordinal_end(text, start)
        if end is not None:
            found.append((start, end))
    return found


def find_ordinals(text: str, blocked: Taken) -> list[Mention]:
    """Ordinal mentions outside ``blocked`` (titles such as "First Deputy Prime Minister")."""
    found: list[Mention] = []
    for start, ordinal_end in _ordinals(text):
        if text[start:ordinal_end].lower() == "first" and _AT_BEFORE().search(
            text, max(0, start - 3), start
        ):
            continue
        end = _noun_end(text, ordinal_end)
        if end is not None and "-" in text[start:ordinal_end] and _ends_a_name(text, end):
            end = _name_end(text, end)  # "second-ranked Walt Disney"
        if end is None and _elided(text, start, ordinal_end):
            end = ordinal_end
        if end is None or blocked.hits(start, end):
            continue
        span = text[start:end]
        if is_formal_title(span):
            continue  # a title with no name after it: "First Minister announces changes"
        value = parse_ordinal(span)
        if value is None:
            continue
        found.append(Mention("ordinal", start, end, span, value))
    return found

"""Who a subject phrase names: the words a sentence puts before its speech verb.

Real reporting names a speaker in many shapes, and the verb finder hands this module the
words before the verb as they stand:

- a titled name: "Turkish Foreign Ministry spokesman Oncu Keceli" (the name at the end);
- a title in apposition: "the U.N.'s high commissioner for human rights, Volker Turk" (the
  part between commas that is a name), "Another Singaporean blogger, mrbrown.com";
- a name with an employer or home: "Hafriz from Singapore", "Kate Hutton of Caltech";
- an honorific: "Mr Caio" (the surname);
- an organisation: "the Department of Homeland Security";
- more than one person: "Judges Ann Lee and Bo Park" ("Ann Lee and Bo Park");
- a reference back: "he", "she", "the minister", "the head of state", "the ministry",
  resolved by the caller's ``resolve`` to the last named person (of the matching role).

A title with a complement and no name ("the deputy director general of North Korea's space
agency") introduces someone the text does not name: no speaker.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Sequence

from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions._text import FUNCTION_WORDS, word_set
from factcheck.mentions.model import Mention

# Honorifics are no part of the name a speaker is compared by ("Mr Caio": "Caio").
_HONORIFICS = word_set("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady")
# Titles a plural subject starts with ("Judges Ann Lee and Bo Park wrote").
_PLURAL_TITLES = word_set(
    "Judges Justices Senators Representatives Ministers Presidents Leaders Officials"
)
# Plural nouns for groups of people, capitalized only because a sentence opens with them:
# "Judges later concluded that "…"", "Investigators said". No name: the speaker is unnamed.
_GENERIC_PLURALS = word_set(
    "judges justices officials investigators prosecutors police officers researchers "
    "scientists experts analysts critics residents witnesses doctors lawyers authorities "
    "organizers organisers leaders ministers lawmakers legislators senators voters protesters "
    "demonstrators rescuers firefighters teachers students workers parents economists "
    "engineers employees staff soldiers troops activists observers diplomats sources "
    "forecasters regulators inspectors auditors agents detectives jurors officers rangers "
    "villagers survivors victims families farmers locals citizens members delegates"
)
# Organisations that speak: a capitalized run that ends in one of these, or starts with one
# and goes on with "of" ("Ministry of Defence").
_ORGANISATION_HEADS = word_set(
    "Ministry Department Office Agency Council Commission Committee Court Government Service "
    "Police Army Navy Bank Authority Administration Embassy Mission Secretariat Board Bureau "
    "Directorate Cabinet Kremlin Pentagon Presidency Parliament Senate Congress Company Group "
    "Organization Organisation Union Party Association Federation Institute University Center "
    "Centre Fund Corporation Foundation Program Programme Court Tribunal Prosecutor's"
)
# Nouns that refer back to a person already named ("the minister said") and the words a
# role's title holds for each ("the PM": a "Prime Minister").
_ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "minister": ("minister",),
    "pm": ("prime minister",),
    "premier": ("premier", "prime minister"),
    "president": ("president",),
    "head of state": ("president", "king", "queen", "emir", "monarch", "head of state"),
    "head of government": ("prime minister", "chancellor", "premier"),
    "chancellor": ("chancellor",),
    "secretary": ("secretary",),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "ambassador": ("ambassador",),
    "envoy": ("envoy",),
    "governor": ("governor",),
    "mayor": ("mayor",),
    "general": ("general",),
    "commander": ("commander",),
    "chief": ("chief",),
    "judge": ("judge",),
    "official": ("official",),
    "diplomat": ("diplomat", "minister", "ambassador"),
    "leader": ("leader", "president", "prime minister"),
    "senator": ("senator",),
    "economist": ("economist",),
    "analyst": ("analyst",),
    "pontiff": ("pope",),
    "monarch": ("king", "queen", "emperor", "emir"),
    "coach": ("coach", "manager"),
    "manager": ("manager", "coach"),
    "captain": ("captain",),
    "attorney": ("attorney",),
    "lawyer": ("lawyer", "attorney"),
    "prosecutor": ("prosecutor",),
    "coordinator": ("coordinator",),
    "director": ("director",),
    "chairman": ("chairman", "chair"),
    "chair": ("chair", "chairman", "chairwoman"),
}
# Organisations referred back to ("the ministry said": the Ministry named before).
_ORGANISATION_NOUNS = word_set(
    "ministry department agency office council commission committee court government police "
    "army navy bank embassy kremlin pentagon presidency company"
)
_PREPOSITIONS = (" from ", " of ", " at ", " in ", " for ", " with ", " on ")
_NAME_WORD = LazyPattern(r"[A-Z][\w'.-]*|(?:von|van|der|den|de|da|di|du|la|le|bin|ibn|al|el)")
_CAPITAL_RUN = LazyPattern(
    r"[A-Z][\w'.-]*(?: (?:(?:von|van|der|de|da|al|bin|la|le) )?[A-Z][\w'.-]*)*"
)
_PRONOUNS = word_set("he she He She they They")

_ORGANISATION_NAME = LazyPattern(
    r"(?:[A-Z][\w'.-]*(?: (?:of|for|and|on)(?: the)?)? )*[A-Z][\w'.-]*"
)

_START = operator.attrgetter("start")

Resolver = Callable[[tuple[str, ...] | None, str | None], str | None]


def strip_name(name: str) -> str:
    """A name without a sentence's period after it ("said Turk." -> "Turk"), its possessive
    or an honorific before it; initials and abbreviations keep their periods ("U.S.")."""
    name = name.strip().rstrip(",;:")
    if name.endswith("'s"):
        name = name[:-2]
    if name.endswith(".") and not re.search(r"(?:^|[\s.])[A-Z]\.$", name):
        name = name[:-1]
    words = name.split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words.pop(0)
    return " ".join(words)


def is_proper_name(words: str) -> bool:
    """Whether ``words`` are a name and nothing else: one to five capitalized words (with
    particles), or a single lower-case handle with a dot ("mrbrown.com")."""
    parts = words.split()
    if not parts or len(parts) > 5:
        return False
    if len(parts) == 1 and "." in parts[0].strip(".") and parts[0][:1].isalpha():
        return True
    first = parts[0]
    if not first[:1].isupper() or first.lower() in FUNCTION_WORDS:
        return False
    if first.lower() in _ROLE_NOUNS or first in _PLURAL_TITLES:
        return False
    if len(parts) == 1 and first.lower() in _GENERIC_PLURALS:
        return False
    return all(_NAME_WORD.fullmatch(part) for part in parts)


def _people_inside(start: int, end: int, people: Sequence[Mention]) -> list[str]:
    """The people the finder named with a title inside [start, end), in text order (found by
    bisection in ``people``, sorted by start: a pass over all of them for each quote was
    quadratic in an article of many quotes and people)."""
    names: list[str] = []
    first = bisect.bisect_left(people, start, key=_START)
    for index in range(first, len(people)):  # (islice would walk the list from its start)
        mention = people[index]
        if mention.start >= end:
            break
        name = str(mention.value) if mention.kind == "person" else mention.person
        if mention.kind in ("person", "role") and name and name not in names:
            names.append(name)
    return names


def _plural(phrase: str) -> str | None:
    """ "Judges Ann Lee and Bo Park" -> "Ann Lee and Bo Park"; None if not a list of names."""
    words = phrase.split()
    if words and words[0] in _PLURAL_TITLES:
        phrase = " ".join(words[1:])
    items = [item.strip() for item in re.split(r",? and |, ", phrase) if item.strip()]
    if len(items) < 2 or not all(is_proper_name(item) for item in items):
        return None
    return " and ".join(strip_name(item) for item in items)


def _organisation(phrase: str) -> str | None:
    """ "the Department of Homeland Security" -> "Department of Homeland Security"."""
    bare = re.sub(r"^(?:the|The) ", "", phrase)
    match = _ORGANISATION_NAME.fullmatch(bare)
    if not match:
        return None
    words = bare.replace("'s", "").split()
    if words[0] in _ORGANISATION_HEADS or words[-1] in _ORGANISATION_HEADS:
        return bare
    return None


def is_generic_plural(word: str) -> bool:
    """Whether ``word`` is a plural noun for a group of people ("Judges", "Officials"), which
    names nobody."""
    return word.lower() in _GENERIC_PLURALS


def organisation_head(word: str) -> bool:
    """Whether ``word`` is a noun an organisation's name ends or begins with ("Ministry")."""
    return word in _ORGANISATION_HEADS


def speaker_kind(name: str) -> str:
    """The subject kind a draft gives a quote's speaker: "organisation" for a body that
    speaks ("Ministry of Defence", "Department of Homeland Security"), else "person"."""
    return "organisation" if _organisation(name) else "person"


def _reference(phrase: str) -> str | None:
    """The role or organisation noun of "the minister", "the PM", "the head of state"."""
    match = re.fullmatch(
        r"(?:the|The) ((?:[\w-]+ ){0,2}?)([\w-]+(?: of (?:state|government))?)", phrase
    )
    if not match:
        return None
    noun = match.group(2).lower()
    if noun in _ROLE_NOUNS or noun in _ORGANISATION_NOUNS:
        return noun
    return None


# "the High Representative", "the Secretary-General": a capitalized title after "the".
_TITLE_REFERENCE = LazyPattern(r"(?:the|The) (?P<title>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})")
# A reference back at the end of a subject phrase: "… the PM", "… the head of state".
_TRAILING_REFERENCE = LazyPattern(
    r"(?:^|\s)(?P<reference>(?:the|The) (?:[\w-]+ ){0,2}?[\w-]+(?: of (?:state|government))?)$"
)


def speaker_in(phrase: str, start: int, people: Sequence[Mention], resolve: Resolver) -> str | None:
    """The speaker the subject ``phrase`` (at ``start`` in the text) names, or None.

    ``resolve(titles, organisation)`` answers a reference back: with ``titles`` (words a
    role's title may hold, or () for "he"/"she") the last named person, with
    ``organisation`` the last organisation of that kind."""
    phrase = phrase.strip().strip(",").strip()
    if not phrase or '"' in phrase:
        return None
    if phrase in _PRONOUNS:
        return resolve((), None)
    inside = _people_inside(start, start + len(phrase), people)
    if len(inside) == 1:
        return inside[0]
    if len(inside) > 1 and " and " in phrase:
        return " and ".join(inside)
    plural = _plural(phrase)
    if plural:
        return plural
    segments = [segment.strip() for segment in phrase.split(",") if segment.strip()]
    for segment in segments:
        if is_proper_name(segment):
            return strip_name(segment)
    if inside:
        return inside[-1]
    head = segments[0]
    organisation = _organisation(head)
    if organisation:
        return organisation
    reference = _reference(head)
    if reference is None:
        # "Before the meeting the PM said": a reference after the words that set the scene.
        tail = _TRAILING_REFERENCE.search(head)
        if tail and tail.start() > 0:
            reference = _reference(tail.group("reference"))
    if reference is not None:
        if reference in _ORGANISATION_NOUNS:
            return resolve(None, reference)
        return resolve(_ROLE_NOUNS[reference], None)
    titled = _TITLE_REFERENCE.fullmatch(head)
    if titled:
        from factcheck.mentions.people.titles import is_formal_title

        # "the High Representative said": the person last named with that title.
        words = titled.group("title").split()
        for first in range(len(words)):
            if is_formal_title(" ".join(words[first:])):
                return resolve((" ".join(words).lower(),), None)
    for preposition in _PREPOSITIONS:
        cut = head.find(preposition)
        if cut > 0:
            head = head[:cut]
    runs = _CAPITAL_RUN.findall(head)
    if runs:
        name = strip_name(runs[-1])
        words = name.split()
        generic = len(words) == 1 and words[0].lower() in _GENERIC_PLURALS
        if (
            words
            and not generic
            and words[0].lower() not in FUNCTION_WORDS
            and name.lower() not in _ROLE_NOUNS
        ):
            # "Turkish Foreign Ministry spokesman Oncu Keceli": the run after the title.
            if head.endswith(runs[-1]) and (len(words) > 1 or head == runs[-1]):
                return name
            if head.endswith(runs[-1]) and words[0] in _HONORIFICS:
                return name
    return None


_CAPTION_NOISE = LazyPattern(r"^(?:NATURAL SOUND|SOUNDBITE|SOT|BITE) |(?: SPEAKING| SAYS)$")


def caption_speaker(paragraph: str) -> str | None:
    """A television script's speaker line before a quote ("COLIN POWELL, U.S. SECRETARY OF
    STATE", "NATURAL SOUND COLIN POWELL SPEAKING"): the name, in title case."""
    letters = [c for c in paragraph if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(paragraph.split()) > 12:
        return None
    name = _CAPTION_NOISE.sub("", paragraph.split(",")[0].strip())
    name = _CAPTION_NOISE.sub("", name).strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(word.isalpha() for word in words):
        return None
    return " ".join(word.capitalize() for word in words)

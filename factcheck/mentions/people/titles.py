"""The titles the people finder knows and how one is read at a token: formal and lower-case
heads, their misspellings, plurals and ranks, and where in an article a title may start.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from factcheck.mentions._text import FUNCTION_WORDS, Doc, indices, phrases, word_set
from factcheck.mentions.people.tokens import glued

_FORMAL = phrases(
    "President|Vice President|President-elect|Prime Minister|Minister|Chancellor|Secretary|"
    "Secretary of State|Secretary-General|Secretary General|Senator|Sen.|Representative|Rep.|"
    "Congressman|Congresswoman|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Crown Prince|"
    "Emperor|Pope|Patriarch|Archbishop|Cardinal|Ambassador|Envoy|Special Envoy|Commissioner|"
    "Chairman|Chairwoman|Chair|Speaker|Leader|Chief Justice|Justice|Judge|Attorney General|"
    "General|Gen.|Lt. Gen.|Maj. Gen.|Colonel|Col.|Captain|Capt.|Admiral|Adm.|Commander|"
    "Commander-in-Chief|Marshal|Sheikh|Emir|Premier|Director|Director-General|"
    "Director General|Chief Executive|Chief Executive Officer|CEO|Chief|Head|Spokesperson|"
    "Spokesman|Spokeswoman|Adviser|Advisor|Chief of Staff|Chancellor of the Exchequer|"
    "Foreign Secretary|Home Secretary|Defence Secretary|Defense Secretary|Prosecutor General|"
    "Prosecutor|Ombudsman|Governor-General|Chief Financial Officer|Chief Operating Officer|"
    "Chief Technology Officer|CFO|COO|Under Secretary|Under-Secretary|Undersecretary|"
    "Administrator|Press Secretary|Sergeant|Sgt.|Corporal|Cpl.|Lieutenant|Lt.|"
    "Lieutenant Colonel|Lieutenant General|Major General|Brigadier General|Brigadier|Brig.|"
    "Commodore|Cmdr.|Flight Engineer|Engineer|Attorney|U.S. Attorney|District Attorney|"
    "Sheriff|Coroner|Police Chief|Fire Chief|Coordinator|High Commissioner|"
    "Permanent Representative|Vice Chair|Vice Chairman|Vice Chairwoman|Vice-President|"
    "Vice-Chair|Vice-Chairman|Vice-Chairwoman|High Representative|Chairperson|"
    "Vice-Chairperson|Under-Secretary-General|Assistant Secretary-General|Inspector General|"
    "Member of Parliament|MP|First Lady|Special Agent|Special Agent in Charge|Member|Board Member|"
    # Military ranks as US and British services write them, with the ordinal some carry:
    # "Sgt. 1st Class Roman Manzano", "Petty Officer 2nd Class", "1st Lt.", "Sgt. Maj.".
    "Sgt. 1st Class|Sergeant First Class|Master Sgt.|Master Sergeant|Staff Sgt.|"
    "Staff Sergeant|Sgt. Maj.|Sergeant Major|Command Sgt. Maj.|Command Sergeant Major|"
    "1st Sgt.|First Sergeant|1st Lt.|2nd Lt.|First Lieutenant|Second Lieutenant|Lt. Col.|"
    "Lt. Cmdr.|Lieutenant Commander|Rear Adm.|Vice Adm.|Rear Admiral|Vice Admiral|Spc.|Pfc.|"
    "Pvt.|Private First Class|Petty Officer|Petty Officer 1st Class|Petty Officer 2nd Class|"
    "Petty Officer 3rd Class|Chief Petty Officer|Master Chief Petty Officer|Senior Airman|"
    "Airman 1st Class|Chief Warrant Officer|Warrant Officer|Lance Cpl.|Lance Corporal|"
    # The heads of the devolved governments and their deputies: "First Minister John Swinney".
    "First Minister|Deputy First Minister|"
    # An institution's chief expert, as science agencies title them: "Chief Forecaster at the
    # Met Office, Andy Page", "Met Office Chief Scientist".
    "Chief Forecaster|Chief Scientist|Chief Economist|Chief Meteorologist|Chief Medical Officer|"
    "Chief Scientific Adviser|Chief Scientific Officer|Chief Veterinary Officer|Chief Constable|"
    "Chief Inspector|"
    # a newsroom's and an agency's staff titles, capitalized after a name: "Clive Cookson,
    # Science Editor at the Financial Times", "Ellen Blickhan, Public Affairs Officer"
    # ("Officer" alone is no title: "the Noncommissioned Officer Education System")
    "Editor|Public Affairs Officer|Press Officer|Information Officer"
)
_LOWER = phrases(
    "president|vice president|prime minister|minister|spokesman|spokeswoman|spokesperson|"
    "adviser|advisor|aide|envoy|ambassador|negotiator|chief|head|commander|leader|chairman|"
    "chairwoman|director|secretary|secretary general|secretary-general|governor|mayor|"
    "director-general|director general|"
    "economist|analyst|lawmaker|senator|official|chief executive|chancellor|ombudsman|"
    "prosecutor|delegate|chief financial officer|manager|coach|head coach|administrator|"
    "press secretary|astronaut|under secretary|under-secretary|undersecretary|sheriff|"
    "coroner|chief justice|meteorologist|seismologist|officer|police officer|reporter|"
    "correspondent|coordinator|attorney|lawyer|captain|district attorney|chairperson|"
    "commissioner|high commissioner|high representative|inspector general|executive|"
    "special agent|agent in charge|special agent in charge|"
    # the staff of agencies and boards: "Met Office forecaster Helen Chivers", "Festivals
    # Edinburgh chair Dr Simon Gage"
    "forecaster|chair|"
    # an army's rank in lower case, after a modifier: "his former top general, Sarath Fonseka"
    "general"
)
# Lower-case titles that need no modifier before a name ("said economist Priya Shah").
STANDALONE = word_set(
    "spokesman spokeswoman spokesperson economist analyst lawmaker envoy adviser advisor "
    "negotiator manager coach meteorologist seismologist reporter correspondent leader"
)
# Of those, the ones a company is also called before its one-word name ("market leader
# Nvidia"): with no modifier, they take a name of two words or more ("leader Ferdinand
# Marcos").
FULL_NAME_ONLY = word_set("leader")
HEADS: dict[tuple[str, ...], bool] = {tuple(h.split()): True for h in _FORMAL} | {
    tuple(h.split()): False for h in _LOWER
}
MAX_HEAD = max(len(head) for head in HEADS)


def _misspellings() -> dict[str, str]:
    """Long formal titles with one letter dropped or two neighbours swapped, as hurried copy
    has them ("NASA Adminstrator Charlie Bolden"), each to the title; none is itself a title.
    Only words of nine letters or more: a shorter one's slips are words ("Minster")."""
    slips: dict[str, str] = {}
    for head, formal in HEADS.items():
        word = head[0]
        if len(head) != 1 or not formal or len(word) < 9 or not word.isalpha():
            continue
        for i in range(1, len(word)):  # the capital stays: "resident" is a word
            slips.setdefault(word[:i] + word[i + 1 :], word)
            if i + 1 < len(word) and word[i] != word[i + 1]:
                slips.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
    return {slip: word for slip, word in slips.items() if (slip,) not in HEADS}


_MISSPELT = _misspellings()
FIRST_WORDS = frozenset(head[0] for head in HEADS)
_FIRST_WORDS_LOWER = frozenset(word.lower() for word in FIRST_WORDS)
LOWER_MODIFIERS = word_set(
    "former then acting interim deputy chief top senior presidential foreign defense defence "
    "military special national security economic vice assistant executive general state "
    "regional local first chief longtime outgoing incoming incumbent caretaker previous"
)
# The bodies and services a lower-case title is of, as disaster and court reports write them:
# "police spokesman", "district police chief", "provincial governor", "rescue official",
# "disaster management official", "hospital director". Only before a title's head.
LOWER_MODIFIERS |= word_set(
    "police army navy military hospital rescue district provincial province disaster "
    "management health government city county municipal village town party opposition "
    "court prison airport embassy aid relief fire border coast coastguard civil emergency "
    "medical election electoral ruling union railway railways rail transport traffic "
    "ministry interior justice education finance trade agriculture energy water forest "
    "forestry wildlife park school university church mosque tribal camp station mission "
    "space team club campaign company bank central federal"
)


_PREFIXES = ("then-", "ex-")
# A title someone is about to take: "Vice Chair-designate Brainard", "Minister-designate".
_TITLE_SUFFIXES = ("-designate", "-elect")


def _without_suffix(word: str) -> str:
    """``word`` without a "-designate"/"-elect" suffix ("Chair-designate" -> "Chair")."""
    for suffix in _TITLE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def head_at(doc: Doc, index: int) -> tuple[int, bool] | None:
    """(index after the title, whether formal) for a title starting at token ``index``."""
    tokens = doc.tokens
    words_at = _rank_words(doc, index)
    first_word = words_at[0][0]
    for prefix in ("then-", "ex-"):
        first_word = first_word.removeprefix(prefix)
    first_word = _without_suffix(first_word)
    first_word = _MISSPELT.get(first_word, first_word)
    if first_word not in FIRST_WORDS and first_word.lower() not in FIRST_WORDS:
        return None
    # A title's words are glued by single spaces: only the longest glued run from ``index``
    # and its beginnings are tried (found once, not again for each size).
    for size in range(len(words_at), 0, -1):
        end = words_at[size - 1][1]
        words = tokens[index:end]
        key = tuple(word for word, _ in words_at[:size])
        first = key[0]
        for prefix in ("then-", "ex-"):
            if first.startswith(prefix) and len(first) > len(prefix):
                key = (first[len(prefix) :], *key[1:])
        key = (*key[:-1], _without_suffix(key[-1]))
        if key[-1] in _MISSPELT:
            key = (*key[:-1], _MISSPELT[key[-1]])
        formal = HEADS.get(key)
        if formal is None and doc.starts_sentence(index):
            # "Analyst Mark Feldman": a lower-case title capitalized by its position.
            lowered = (key[0].lower(), *key[1:])
            if HEADS.get(lowered) is False and all(t.text.islower() for t in words[1:]):
                return end, False
        if formal is not None and (formal or all(t.text.islower() for t in words)):
            return end, formal
    return None


_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))


def _rank_words(doc: Doc, index: int) -> list[tuple[str, int]]:
    """The words of the longest run glued by single spaces from token ``index``, at most a
    title's length, each with the index of the token after it. An ordinal in digits is two
    tokens ("1", "st") but one word of a rank ("Sgt. 1st Class", "1st Lt.")."""
    tokens, text = doc.tokens, doc.text
    words: list[tuple[str, int]] = []
    at = index
    while at < len(tokens) and len(words) < MAX_HEAD:
        word, after = tokens[at].text, at + 1
        if (
            word.isdigit()
            and after < len(tokens)
            and tokens[after].text in _ORDINAL_ENDINGS
            and tokens[at].end == tokens[after].start
        ):
            word, after = word + tokens[after].text, after + 1
        words.append((word, after))
        if after >= len(tokens) or text[tokens[after - 1].end : tokens[after].start] != " ":
            break
        at = after
    return words


def is_formal_title(words: str) -> bool:
    """Whether ``words`` are a formal title as written ("High Representative", "President"),
    for the speaker finder's references back ("the High Representative said")."""
    return HEADS.get(tuple(words.split())) is True


def head_at_word(word: str) -> bool:
    word = _MISSPELT.get(word, word)
    return (word,) in HEADS and HEADS[(word,)]


# Military and police ranks, which follow a post's title before the name: "West Papua
# Regional Police Chief Brig. Gen. Royke Lumowa", "Army Chief General Ali Khan".
RANKS = word_set(
    "Brig. Gen. Lt. Maj. Col. Capt. Adm. Cmdr. Sgt. General Brigadier Colonel Major "
    "Lieutenant Captain Admiral Commander Sergeant Commodore Marshal"
)


def title_ends_at(doc: Doc, index: int) -> bool:
    """Whether a title with a digit in it ends just before token ``index`` ("Sgt. 1st Class"
    before "Roman"): its last capitalized word would otherwise read as a first name."""
    for start in range(max(0, index - MAX_HEAD - 1), index):
        if doc.tokens[start].text[:1].isdigit() or not any(
            token.text[:1].isdigit() for token in doc.tokens[start:index]
        ):
            continue
        head = head_at(doc, start)
        if head is not None and head[0] == index:
            return True
    return False


def title_starts(doc: Doc) -> list[int]:
    """Indices of the tokens a title may start with: few of an article's words, so the
    finder looks for titles only there. ``head_at`` decides; this only rules words out."""
    known = indices(map(_FIRST_WORDS_LOWER.__contains__, doc.lowered))
    plural = indices(map(PLURAL_HEADS.__contains__, doc.token_texts))
    misspelt = indices(map(_MISSPELT.__contains__, doc.token_texts))
    prefixed: Iterable[int] = ()
    if any(prefix in doc.text for prefix in _PREFIXES):  # few articles have "ex-" or "then-"
        prefixed = indices(map(str.startswith, doc.token_texts, itertools.repeat(_PREFIXES)))
    if "-designate" in doc.text or "-elect" in doc.text:
        prefixed = [
            *prefixed,
            *indices(map(str.endswith, doc.token_texts, itertools.repeat(_TITLE_SUFFIXES))),
        ]
    kinds = doc.token_kinds
    starts = sorted({*known, *plural, *prefixed, *misspelt})
    found = [index for index in starts if kinds[index] in ("word", "abbr")]
    if any(word[:1].isdigit() for word in FIRST_WORDS):
        # Ranks that open with an ordinal in digits: "1st Lt. Mia Ross".
        ranked = [
            index
            for index in indices(map(str.isdigit, doc.token_texts))
            if _rank_words(doc, index)[0][0] in FIRST_WORDS
        ]
        found = sorted({*found, *ranked})
    return found


# Every word of a title's head, in lower case ("secretary", "defense", "chief").
TITLE_WORDS = frozenset(word.lower() for head in HEADS for word in head)


# Formal titles in the plural before two names: "Judges Ann Lee and Bo Park", "Foreign
# Ministers Retno Marsudi and Vivian Balakrishnan".
PLURAL_HEADS = {
    head[0] + ("es" if head[0].endswith("s") else "s"): head[0]
    for head, formal in HEADS.items()
    if formal and len(head) == 1 and head[0].isalpha()
}


def title_start_at(doc: Doc, index: int) -> tuple[int, int] | None:
    """(index, index after the head) of a formal title at token ``index``, with up to three
    capitalized modifiers before its head ("Associate Minister", "Abegweit First Nation
    Chief")."""
    tokens = doc.tokens
    for head in range(index, min(index + 4, len(tokens))):
        if head > index:
            modifier = tokens[head - 1]
            inner = modifier.text == "First" and head - 1 > index  # "Abegweit First Nation"
            if (
                not modifier.capitalized
                or (modifier.text.lower() in FUNCTION_WORDS and not inner)
                or not glued(doc, modifier, tokens[head])
            ):
                return None
        found = head_at(doc, head)
        if found is not None and found[1]:
            return index, found[0]
    return None

"""Find titled people: "Defense Minister Rustem Umerov", "Turkish President Recep Tayyip
Erdogan", "Kremlin spokesman Dmitry Peskov", and appositions ("Mark Rutte, NATO's secretary
general, said").

Each yields a ``role`` mention (the title with its modifiers: "Turkish President", "former
President", "Ukraine's foreign minister"; person= the name) and a ``person`` mention (the
name). A title needs a name next to it: "the U.S. president" alone names nobody.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import Counter
from collections.abc import Iterable

from factcheck.lazy_pattern import LazyPattern, lazy
from factcheck.mentions._scan import anchored, occurrences
from factcheck.mentions._text import (
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Doc,
    Token,
    indices,
    phrases,
    word_set,
)
from factcheck.mentions.model import Mention
from factcheck.mentions.places import COMPASS_WORDS, is_place_name

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
    "forecaster|chair"
)
# Lower-case titles that need no modifier before a name ("said economist Priya Shah").
_STANDALONE = word_set(
    "spokesman spokeswoman spokesperson economist analyst lawmaker envoy adviser advisor "
    "negotiator manager coach meteorologist seismologist reporter correspondent"
)
_HEADS: dict[tuple[str, ...], bool] = {tuple(h.split()): True for h in _FORMAL} | {
    tuple(h.split()): False for h in _LOWER
}
_MAX_HEAD = max(len(head) for head in _HEADS)


def _misspellings() -> dict[str, str]:
    """Long formal titles with one letter dropped or two neighbours swapped, as hurried copy
    has them ("NASA Adminstrator Charlie Bolden"), each to the title; none is itself a title.
    Only words of nine letters or more: a shorter one's slips are words ("Minster")."""
    slips: dict[str, str] = {}
    for head, formal in _HEADS.items():
        word = head[0]
        if len(head) != 1 or not formal or len(word) < 9 or not word.isalpha():
            continue
        for i in range(1, len(word)):  # the capital stays: "resident" is a word
            slips.setdefault(word[:i] + word[i + 1 :], word)
            if i + 1 < len(word) and word[i] != word[i + 1]:
                slips.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
    return {slip: word for slip, word in slips.items() if (slip,) not in _HEADS}


_MISSPELT = _misspellings()
_FIRST_WORDS = frozenset(head[0] for head in _HEADS)
_FIRST_WORDS_LOWER = frozenset(word.lower() for word in _FIRST_WORDS)
_LOWER_MODIFIERS = word_set(
    "former then acting interim deputy chief top senior presidential foreign defense defence "
    "military special national security economic vice assistant executive general state "
    "regional local first chief longtime outgoing incoming incumbent caretaker previous"
)
# The bodies and services a lower-case title is of, as disaster and court reports write them:
# "police spokesman", "district police chief", "provincial governor", "rescue official",
# "disaster management official", "hospital director". Only before a title's head.
_LOWER_MODIFIERS |= word_set(
    "police army navy military hospital rescue district provincial province disaster "
    "management health government city county municipal village town party opposition "
    "court prison airport embassy aid relief fire border coast coastguard civil emergency "
    "medical election electoral ruling union railway railways rail transport traffic "
    "ministry interior justice education finance trade agriculture energy water forest "
    "forestry wildlife park school university church mosque tribal camp station mission "
    "space team club campaign company bank central federal"
)
_PARTICLES = word_set("von van der den de da di du la le bin ibn al el dos das ten ter")
_SUFFIXES = word_set("Jr. Sr.")
# Honorifics before a name are not the name: "Health Minister Dr. Mansukh Mandaviya".
_HONORIFICS = word_set("Dr. Mr. Mrs. Ms. Prof. Dr Mr Mrs Ms Prof")
# Courtesies before a name, which are no part of it: "the Honourable Daniel Vandal", "Her
# Excellency Sam Mostyn", "The Hon. Jane Lee".
_COURTESIES = word_set("Honourable Honorable Hon. Hon Excellency")
_COURTESY_OPENERS = word_set("the The Her His")
# Capitalized words that end a name: organisations and places named after people, and the
# nouns a capitalized title word can stand before ("Member State", "Member States").
_NOT_NAME = word_set(
    "department ministry office council committee agency service court house party bank "
    "forces army navy university institute motors electric assembly commission union summit "
    "agreement group company corporation foundation fund organization organisation "
    "administration government cabinet parliament senate congress palace square street "
    "airport station times post news press league cup club association federation board "
    "state states nations countries the a an"
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


_TOKEN_START = operator.attrgetter("start")  # "then-President", "ex-minister"
_SPEECH = word_set(
    "said says told added wrote stated noted argued warned insisted claimed declared "
    "explained announced urged replied responded"
)


def _glued(doc: Doc, left: Token, right: Token) -> bool:
    """Whether two tokens are separated by exactly one space."""
    return doc.text[left.end : right.start] == " "


def _head_at(doc: Doc, index: int) -> tuple[int, bool] | None:
    """(index after the title, whether formal) for a title starting at token ``index``."""
    tokens = doc.tokens
    words_at = _rank_words(doc, index)
    first_word = words_at[0][0]
    for prefix in ("then-", "ex-"):
        first_word = first_word.removeprefix(prefix)
    first_word = _without_suffix(first_word)
    first_word = _MISSPELT.get(first_word, first_word)
    if first_word not in _FIRST_WORDS and first_word.lower() not in _FIRST_WORDS:
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
        formal = _HEADS.get(key)
        if formal is None and doc.starts_sentence(index):
            # "Analyst Mark Feldman": a lower-case title capitalized by its position.
            lowered = (key[0].lower(), *key[1:])
            if _HEADS.get(lowered) is False and all(t.text.islower() for t in words[1:]):
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
    while at < len(tokens) and len(words) < _MAX_HEAD:
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


# Title words that also stand inside a name between two of its words.
_INNER_TITLES = word_set("Sheikh Sheik")
# Arabic articles glued to a name's last part: "Abdel Fattah al-Burhan", "Ahmed el-Tayeb".
_NAME_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-")


def _is_name_word(token: Token) -> bool:
    bare = token.bare
    if bare.startswith(_NAME_ARTICLES):
        bare = bare.split("-", 1)[1]
    return (
        token.kind in ("word", "abbr")
        and bare[:1].isupper()
        and bare.lower() not in FUNCTION_WORDS
        and bare.lower() not in MONTH_NAMES
        and bare.lower() not in WEEKDAY_NAMES
        and bare.lower() not in _NOT_NAME
        and bare.lower() not in HEADLINE_VERBS
        and token.text not in _COURTESIES
        and _head_at_word(bare) is False
    )


def _surname_like_a_title(doc: Doc, index: int) -> bool:
    """Whether token ``index``, a one-word formal title ("King", "General"), ends the name
    before it: no capitalized word follows it, so it heads no title of its own."""
    tokens = doc.tokens
    token = tokens[index]
    if token.kind != "word" or not _head_at_word(token.text):
        return False
    if index + 1 < len(tokens):
        after = tokens[index + 1]
        if after.capitalized or after.text == "of":
            return False
    return True


def _first_name_like_a_month(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a month's name used as a first name: capitalized, with a
    name word (not a day's number) after it."""
    tokens = doc.tokens
    token = tokens[index]
    if token.kind != "word" or token.text.lower() not in MONTH_NAMES or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return token.text[0].isupper() and _glued(doc, token, after) and _is_name_word(after)


def _initial_at(doc: Doc, index: int) -> bool:
    """Whether tokens ``index`` and the next are a name's initial ("J." in "Antony J.
    Blinken", "F." in "JOHN F. KIRBY"): one capital glued to its period, a name word after."""
    tokens = doc.tokens
    if index + 2 >= len(tokens):
        return False
    letter, period, after = tokens[index], tokens[index + 1], tokens[index + 2]
    return (
        letter.kind == "word"
        and len(letter.text) == 1
        and letter.text.isupper()
        and period.text == "."
        and period.start == letter.end
        and _glued(doc, period, after)
        and _is_name_word(after)
    )


def is_formal_title(words: str) -> bool:
    """Whether ``words`` are a formal title as written ("High Representative", "President"),
    for the speaker finder's references back ("the High Representative said")."""
    return _HEADS.get(tuple(words.split())) is True


def _head_at_word(word: str) -> bool:
    word = _MISSPELT.get(word, word)
    return (word,) in _HEADS and _HEADS[(word,)]


def _name_after(doc: Doc, index: int, *, at_least: int = 1) -> tuple[int, int] | None:
    """Token range [index, end) of a person's name, or None."""
    tokens = doc.tokens
    end = index
    count = 0
    while end < len(tokens) and end - index < 6:
        token = tokens[end]
        if end > index and not _glued(doc, tokens[end - 1], token):
            break
        if _initial_at(doc, end):
            end += 2
            continue
        if _first_name_like_a_month(doc, end):
            end += 1  # "Sheriff Jan Cahill", "Judge April Ross": a name, not a date
            count += 1
            continue
        if (
            count
            and token.text in _INNER_TITLES
            and end + 1 < len(tokens)
            and _glued(doc, token, tokens[end + 1])
            and _is_name_word(tokens[end + 1])
        ):
            end += 1  # "President Hassan Sheikh Mohamud": a title word inside a name
            count += 1
            continue
        if count and _surname_like_a_title(doc, end):
            end += 1  # "Mervyn King", "Martin Luther King"
            break
        if _head_at(doc, end) is not None:
            break  # "Department of Justice Inspector General Glenn A. Fine": a title, no name
        if _is_name_word(token) and not (token.kind == "abbr" and count):
            end += 1
            count += 1
            if token.text.endswith("'s"):
                break
            continue
        if token.text in _PARTICLES and count:
            after = end + 1  # "von der Leyen", "bin Salman": particles, then the name
            while after < len(tokens) and after - end < 3 and tokens[after].text in _PARTICLES:
                after += 1
            if after < len(tokens) and _is_name_word(tokens[after]):
                end = after
                continue
        if token.text in _SUFFIXES and count >= 2:
            end += 1  # "John G. Roberts Jr."
        break
    if count < at_least or _names_a_body(doc, end):
        return None
    return index, end


# Nouns a public body's name ends with, in both tables below ("Security Council",
# "Executive Office"); each adds its own.
_BODY_WORDS = word_set(
    "department office council committee agency service commission administration bureau"
)
# Nouns that end a public body's name: the capitalized words glued before one name the body.
_BODY_NOUNS = _BODY_WORDS | word_set("board authority")


def _names_a_body(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a body's noun glued to the capitalized words before it:
    those words name the body ("National Transportation Safety Board"), not a person (a
    headline's "Lloyd J. Austin III Press Conference" is a name before other words)."""
    tokens = doc.tokens
    return (
        0 < index < len(tokens)
        and tokens[index].capitalized
        and tokens[index].text.lower() in _BODY_NOUNS
        and _glued(doc, tokens[index - 1], tokens[index])
    )


# Modifiers a title may have before its head: news copy has at most three ("former
# Ukrainian Defense Minister"); unbounded, a run of 100,000 "President"s walked back over
# all the earlier ones from each of them.
_MAX_MODIFIERS = 8


def _chain_start(doc: Doc, head: int, formal: bool, floor: int = 0) -> int | None:
    """First token of the title's modifiers ("Turkish" in "Turkish President"), or None.

    The modifiers never reach back past token ``floor`` (the end of the last name found),
    nor more than ``_MAX_MODIFIERS`` tokens.
    """
    tokens = doc.tokens
    start = head
    lower_run = 0
    while start > 0 and head - start < _MAX_MODIFIERS:
        token = tokens[start - 1]
        if token.text == ")" and _glued(doc, token, tokens[start]):
            acronym = _acronym_expanded(doc, start - 1, floor)
            if acronym is None:
                break
            start = acronym  # "the UNAIDS (Joint United Nations Programme …) Executive Director"
            lower_run = 0
            continue
        if _numbered_body(doc, start - 1, floor):
            start -= 1  # "Expedition 36 Flight Engineers": a number that names the body
            continue
        if not _glued(doc, token, tokens[start]) or token.kind not in ("word", "abbr"):
            break
        if tokens[start].text in _RANKS and token.text not in _RANKS and _head_at_word(token.text):
            break  # "Police Chief Brig. Gen. Royke Lumowa": two titles (_title_before_rank)
        if (
            token.text == "and"
            and start < head
            and start - 2 >= floor
            and tokens[start].capitalized
            and tokens[start - 2].capitalized
            and tokens[start - 2].bare.lower() in _JOINED_PORTFOLIOS
        ):
            start -= 1  # "Environment and Urbanization Minister": two portfolios, one title
            continue
        if (
            token.text == "of"
            and tokens[start].capitalized
            and start - 2 >= floor
            and tokens[start - 2].capitalized
            and tokens[start - 2].text.lower() not in FUNCTION_WORDS
        ):
            start -= 1  # "Bank of England Governor": a body's name as the modifier
            continue
        word = token.bare.lower()
        if start - 1 < floor:
            break
        if token.text[0].isupper():
            acronym = len(token.text) > 1 and token.text.isupper()  # "the WHO director-general"
            inner = (  # "Abegweit First Nation Chief": "First" inside a body's name
                token.text == "First"
                and start - 2 >= floor
                and tokens[start - 2].capitalized
                and _glued(doc, tokens[start - 2], token)
            )
            if (
                not acronym
                and not inner
                and (
                    word in FUNCTION_WORDS
                    or word in MONTH_NAMES
                    or word in WEEKDAY_NAMES
                    or word in HEADLINE_VERBS
                )
            ):
                break
            lower_run = 0
        elif (
            word in _LOWER_MODIFIERS or token.text.startswith("then-") or token.text.endswith("'s")
        ):
            lower_run = 0
        elif lower_run < 2 and not formal and word not in FUNCTION_WORDS:
            lower_run += 1
        else:
            break
        start -= 1
    while (
        start < head
        and tokens[start].text.islower()
        and tokens[start].text not in _LOWER_MODIFIERS
        and not tokens[start].text.endswith("'s")
    ):
        start += 1
    if start == head and not formal:
        head_word = tokens[head].text.lower()
        if head_word not in _STANDALONE:
            return None
    return start


# Military and police ranks, which follow a post's title before the name: "West Papua
# Regional Police Chief Brig. Gen. Royke Lumowa", "Army Chief General Ali Khan".
_RANKS = word_set(
    "Brig. Gen. Lt. Maj. Col. Capt. Adm. Cmdr. Sgt. General Brigadier Colonel Major "
    "Lieutenant Captain Admiral Commander Sergeant Commodore Marshal"
)


def _title_before_rank(doc: Doc, rank: int, floor: int, person: str) -> list[Mention]:
    """The post's title before a rank at token ``rank`` ("West Papua Regional Police Chief"
    before "Brig. Gen."), as a role of ``person``; [] if no title ends there."""
    tokens = doc.tokens
    if rank == 0 or tokens[rank].text not in _RANKS:
        return []
    before = tokens[rank - 1].text
    if before in _RANKS or not _head_at_word(before):
        return []
    for first in range(max(floor, rank - _MAX_HEAD), rank):
        head = _head_at(doc, first)
        if head is None or head[0] != rank:
            continue
        start = _chain_start(doc, first, head[1], floor)
        if start is None:
            return []
        role = doc.text[tokens[start].start : tokens[rank - 1].end]
        return [
            Mention("role", tokens[start].start, tokens[rank - 1].end, role, role, person=person)
        ]
    return []


def _numbered_body(doc: Doc, index: int, floor: int) -> bool:
    """Whether token ``index`` is a number inside a body's name before a title: between a
    capitalized name word and a capitalized modifier ("Expedition 36 Flight Engineers",
    "Apollo 11 Commander"), all one space apart. Not after a month or a weekday ("June 2
    President …")."""
    tokens = doc.tokens
    if index - 1 < floor or index + 1 >= len(tokens) or tokens[index].kind != "num":
        return False
    before, number, after = tokens[index - 1], tokens[index], tokens[index + 1]
    word = before.text.lower()
    return (
        before.kind == "word"
        and before.capitalized
        and after.capitalized
        and word not in FUNCTION_WORDS
        and word not in MONTH_NAMES
        and word not in WEEKDAY_NAMES
        and word not in HEADLINE_VERBS
        and _glued(doc, before, number)
        and _glued(doc, number, after)
    )


def _acronym_expanded(doc: Doc, close: int, floor: int) -> int | None:
    """The index of the acronym before the parenthesis that token ``close`` ends, where an
    acronym is spelled out before a title ("UNAIDS (Joint United Nations Programme against
    HIV/AIDS) Executive Director"); None if the parenthesis is anything else."""
    tokens = doc.tokens
    opening = close - 1
    while opening > floor and close - opening < 12 and tokens[opening].text != "(":
        if tokens[opening].text in (")", '"', ",", ".", ";", ":"):
            return None
        opening -= 1
    acronym = opening - 1
    if acronym < floor or tokens[opening].text != "(":
        return None
    word = tokens[acronym].text
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return None
    return acronym if _glued(doc, tokens[acronym], tokens[opening]) else None


def _mentions(doc: Doc, role: tuple[int, int], name: tuple[int, int]) -> list[Mention]:
    tokens = doc.tokens
    role_start, role_end = tokens[role[0]].start, tokens[role[1] - 1].end
    if name[1] - name[0] > 2 and tokens[name[0]].text in _HONORIFICS:
        name = (name[0] + 1, name[1])
    name_start = tokens[name[0]].start
    last = tokens[name[1] - 1]
    name_end = last.end - 2 if last.text.endswith("'s") else last.end
    person = doc.text[name_start:name_end]
    role_text = doc.text[role_start:role_end]
    return [
        Mention("role", role_start, role_end, role_text, role_text, person=person),
        Mention("person", name_start, name_end, person, person),
    ]


def _apposition_end(doc: Doc, index: int) -> int | None:
    """After an appositive title, where the role ends: past "of the Presidential Office" or
    "for the UN humanitarian office", before "," "." or a speech verb; None if no such end."""
    tokens = doc.tokens
    if index < len(tokens) and tokens[index].text in ("of", "for", "at", "with"):
        position = index + 1
        if position < len(tokens) and tokens[position].text == "the":
            position += 1
        end = _body_name_end(doc, position)
        nouns = 0
        while (
            end < len(tokens)
            and nouns < 3
            and tokens[end].kind == "word"
            and tokens[end].text.islower()
            and tokens[end].text not in FUNCTION_WORDS
            and tokens[end].text not in _SPEECH
        ):
            end += 1
            nouns += 1
        if end == position:
            return None
        index = end
    if index >= len(tokens):
        return index
    following = tokens[index].text
    return index if following in (",", ".", ";", ":") or following in _SPEECH else None


def _body_name_end(doc: Doc, index: int) -> int:
    """Where the capitalized name of a body from token ``index`` ends: over its capitalized
    words, a number inside it ("EPA Region 8's"), a possessive, and "of"/"and" (with "the")
    before more capitalized words ("San Antonio Field Office of the Federal Bureau of
    Investigation", "Enforcement and Compliance Assurance Division")."""
    tokens = doc.tokens
    end = index
    while end < len(tokens):
        token = tokens[end]
        if token.capitalized:
            end += 1
        elif end > index and token.kind == "num" and tokens[end - 1].capitalized:
            end += 1  # "Region 8"
        elif (
            end > index
            and token.text == "'"
            and tokens[end + 1 : end + 2]
            and (tokens[end + 1].text == "s")
        ):
            end += 2  # "Region 8's"
        elif end > index and token.text in ("of", "and"):
            after = end + 1
            if after < len(tokens) and tokens[after].text == "the":
                after += 1
            if token.text == "and" and _title_start_at(doc, after) is not None:
                break  # "of Nova Scotia and Millbrook First Nation Chief Ray Moss": a title
            if after < len(tokens) and tokens[after].capitalized:
                end = after
            else:
                break
        else:
            break
    return end


# The nouns a government portfolio or an office's remit ends with: "Minister of Foreign and
# European Affairs", "Secretary of Defense", "Under Secretary of State for Civilian Security,
# Democracy, and Human Rights". A name may follow at once, so the remit ends at one of these.
_REMIT_ENDS = word_set(
    "affairs rights territories security defence defense justice health education finance "
    "trade economy interior environment development transport transportation energy "
    "agriculture culture state labour labor commerce industry planning treasury technology "
    "science research housing communities innovation tourism youth sport sports relations "
    "cooperation integration reform intelligence staff policy veterans services welfare "
    "employment infrastructure resources fisheries forestry immigration "
    # the portfolios of devolved and Commonwealth governments: "Minister for Social Care and
    # Mental Wellbeing", "Acting Minister for Climate Action", "Minister for Equalities"
    "action wellbeing well-being care equalities equality skills climate recovery "
    "procurement regeneration pensions policing prisons crime "
    # the bodies and countries an ambassador or envoy is sent to: "to the United Nations"
    "nations union kingdom states emirates"
)
_REMIT_JOINERS = word_set("and of the for")
# The portfolios a title joins with "and" before its head ("Environment and Urbanization
# Minister", "Trade and Industry Secretary"): the nouns a remit ends with, and "foreign".
_JOINED_PORTFOLIOS = _REMIT_ENDS | {"foreign", "urbanization", "urbanisation"}


def _remit_word(token: Token) -> bool | None:
    """Whether ``token`` is a word of a title's remit ("of Veterans Affairs", "for U.S.
    Trade"): True for a capitalized word, False for a capitalized function word, which ends
    the remit ("Secretary of State In 2019"), None for any other token (a joiner such as
    "and", or what ends the remit)."""
    if not token.capitalized or token.text.lower() in HEADLINE_VERBS:
        return None
    return not (token.text.lower() in FUNCTION_WORDS and token.text != "U.S.")


def _remit(doc: Doc, index: int) -> tuple[list[int], list[int]]:
    """After a title, its remit "of"/"for" a body at token ``index``: (the token indices just
    past each word that may end it, the indices of the commas inside it). Both empty when no
    remit starts there."""
    tokens = doc.tokens
    if index >= len(tokens) or tokens[index].text not in ("of", "for", "to"):
        return [], []
    ends: list[int] = []
    commas: list[int] = []
    position = index + 1
    while position < len(tokens) and position - index < 16:
        token = tokens[position]
        word = _remit_word(token)
        if word is False:
            break
        if word:
            position += 1
            ends.append(position)
            continue
        if token.text in _REMIT_JOINERS or (token.text == "," and ends):
            if token.text == ",":
                commas.append(position)
            position += 1
            continue
        break
    return ends, commas


# The nouns a body's name ends with, which no person's name has: "Secretary of the Security
# Council Nikolai Patrushev", "Chief of Staff of the Presidential Executive Office Anton Vaino".
_BODY_ENDS = _BODY_WORDS | word_set("ministry directorate secretariat assembly parliament court")


def _ends_remit(doc: Doc, first: int, end: int, *, listed: bool) -> bool:
    """Whether the remit whose words run from token ``first`` may end just before token
    ``end``, where a name starts: at a noun a portfolio ends with, at an acronym before a
    name not in capitals ("Ambassador to the UN Linda Thomas-Greenfield"), and, unless the
    remit runs over a comma (``listed``: in a list of titled names the name may be the next
    item's), at the noun a body's name ends with or at a country or city ("President of
    Ukraine Volodymyr Zelenskyy", "Secretary of the Security Council Nikolai Patrushev")."""
    tokens = doc.tokens
    word, after = tokens[end - 1].text, tokens[end].text
    if word.lower() in _REMIT_ENDS:
        return True
    if len(word) > 1 and word.replace(".", "").isupper() and not after.isupper():
        return True
    if listed:
        return False
    if word.lower() in _BODY_ENDS:
        return True
    place = end  # the capitalized words just before the name: "of Canada", "of New Zealand"
    while place > max(first, end - 3) and tokens[place - 1].capitalized:
        place -= 1
    if place == end or tokens[place - 1].text not in ("of", "the", "for"):
        return False
    for joiner in range(first + 1, place):
        # "Minister of Justice and Attorney General of Canada" is one title, but "Prime
        # Minister of Greece Kyriakos Mitsotakis and Prime Minister of Norway" two.
        before = tokens[joiner - 1].text.lower()
        if tokens[joiner].text == "and" and before not in _JOINED_PORTFOLIOS:
            return False
    last = tokens[end - 1].end
    if is_place_name(doc.text[tokens[place].start : last]):
        return True
    # "Minister for North Wales Lesley Griffiths": a part of a place
    compass = tokens[place].text in COMPASS_WORDS and place + 1 < end
    return compass and is_place_name(doc.text[tokens[place + 1].start : last])


def _remit_title(doc: Doc, start: int, head_end: int) -> list[Mention] | None:
    """ "Slovak Minister of Foreign and European Affairs Rastislav Káčer", "UK Minister for
    Europe, North America and Overseas Territories, Stephen Doughty,", "the president of
    Venezuela, Nicolás Maduro,": a title, its remit, then the name (at once after a noun a
    remit ends with, or between commas)."""
    tokens = doc.tokens
    ends, commas = _remit(doc, head_end)
    if not ends:
        return None
    for comma in commas + [end for end in ends if end < len(tokens) and tokens[end].text == ","]:
        if comma - 1 not in ends and comma not in ends:
            continue
        name = _name_after(doc, comma + 1, at_least=2)
        if name is None or name[1] >= len(tokens):
            continue
        following = tokens[name[1]].text
        if following in (",", ".") or following in _SPEECH:
            return _mentions(doc, (start, comma), name)
    for end in reversed(ends):
        listed = any(comma < end for comma in commas)
        if end >= len(tokens) or not _ends_remit(doc, head_end + 1, end, listed=listed):
            continue
        if not _glued(doc, tokens[end - 1], tokens[end]):
            continue
        name = _name_after(doc, end, at_least=2)
        if name is not None and not _possessive_before_a_body(doc, name):
            return _mentions(doc, (start, end), name)
    return None


def _possessive_before_a_body(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether the name at tokens [start, end) is a possessive before a body's name ("of FBI
    San Juan's Criminal Branch"): a place's, not a person's."""
    tokens = doc.tokens
    end = name[1]
    return (
        tokens[end - 1].text.endswith("'s")
        and end < len(tokens)
        and tokens[end].capitalized
        and _glued(doc, tokens[end - 1], tokens[end])
    )


def _name_before(doc: Doc, comma: int, known: set[str]) -> tuple[int, int] | None:
    """A name just before token ``comma``: two or more words, or one that is the surname of
    someone already named with a title ("Umerov, Ukraine's foreign minister,")."""
    tokens = doc.tokens
    start = comma
    while start > 0 and comma - start < 7:
        if start < comma and not _glued(doc, tokens[start - 1], tokens[start]):
            break
        if start >= 2 and start < comma and _initial_at(doc, start - 2):
            start -= 2  # "Lloyd J. Austin": the initial and its period
            continue
        surname = (  # "Dennis King, Premier of …": a surname that is also a title
            start == comma
            and start >= 2
            and tokens[start - 1].kind == "word"
            and _head_at_word(tokens[start - 1].text)
            and _is_name_word(tokens[start - 2])
            and _glued(doc, tokens[start - 2], tokens[start - 1])
        )
        if not surname and not _is_name_word(tokens[start - 1]):
            break
        if start < comma and _title_ends_at(doc, start):
            break  # "Sgt. 1st Class Roman Manzano, the BNCOC chief": the rank is no name
        start -= 1
    if start == comma or tokens[comma - 1].text.endswith("'s"):
        return None
    if comma - start < 2 and tokens[start].text not in known:
        return None
    return start, comma


def _title_ends_at(doc: Doc, index: int) -> bool:
    """Whether a title with a digit in it ends just before token ``index`` ("Sgt. 1st Class"
    before "Roman"): its last capitalized word would otherwise read as a first name."""
    for start in range(max(0, index - _MAX_HEAD - 1), index):
        if doc.tokens[start].text[:1].isdigit() or not any(
            token.text[:1].isdigit() for token in doc.tokens[start:index]
        ):
            continue
        head = _head_at(doc, start)
        if head is not None and head[0] == index:
            return True
    return False


def _title_starts(doc: Doc) -> list[int]:
    """Indices of the tokens a title may start with: few of an article's words, so the
    finder looks for titles only there. ``_head_at`` decides; this only rules words out."""
    known = indices(map(_FIRST_WORDS_LOWER.__contains__, doc.lowered))
    plural = indices(map(_PLURAL_HEADS.__contains__, doc.token_texts))
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
    if any(word[:1].isdigit() for word in _FIRST_WORDS):
        # Ranks that open with an ordinal in digits: "1st Lt. Mia Ross".
        ranked = [
            index
            for index in indices(map(str.isdigit, doc.token_texts))
            if _rank_words(doc, index)[0][0] in _FIRST_WORDS
        ]
        found = sorted({*found, *ranked})
    return found


_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"[{_UPPER}][\w'-]*"
# "Chief of Turkish General Staff General Metin Gürak", "head of Turkish Intelligence Ibrahim
# Kalin", "Director of the National Security Service Ivan Petrov": a title "of" a body, then
# the person (after a rank, if any). The body ends at the noun that names it, so the name
# after it is told from it.
_OF_TITLES = tuple(
    f"{word} of "
    for word in ("hief", "ead", "irector", "ommander", "hairman", "hairwoman", "hairperson")
)
_OF_A_BODY = lazy(
    r"(?<![\w-])(?P<role>"
    r"(?:[Cc]hief|[Hh]ead|[Dd]irector|[Cc]ommander|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson) of "
    rf"(?:the )?(?:{_CAP} ){{0,4}}(?:Staff|Intelligence|Office|Ministry|Agency|Service|"
    r"Council|Committee|Department|Bureau|Directorate|Administration|Forces|Army|Navy|"
    r"Bank|Commission|Court|Police|Guard|Corps|Command|Organization|Organisation|Federation|"
    r"Union|Fund|Authority|Parliament|Assembly|Secretariat|Operations|Security))"
    r"(?: (?P<rank>General|Gen\.|Admiral|Adm\.|Colonel|Col\.|Lieutenant General|"
    r"Major General|Brigadier General|Lt\. Gen\.|Maj\. Gen\.|Marshal|Commander))?"
    rf" (?P<name>{_CAP}(?: {_CAP}){{1,3}})\b"
)


# The modifiers such a title may have before it ("Deputy Head of ...", "acting Chief of ..."),
# read backwards from the title: empty where there are none.
_OF_MODIFIER = lazy(
    r"(?<![\w-])(?:(?:[Ff]ormer|[Aa]cting|First) )?(?:(?:[Dd]eputy|[Aa]ssistant) )?\Z"
)


def _of_a_body(doc: Doc) -> list[Mention]:
    """Roles "of" a body before a name, with the rank between as a role of its own."""
    text = doc.text
    # Tried only where a title and " of " stand (str.find: the pattern tried at every
    # character cost a tenth of the finder's time).
    starts = occurrences(text, _OF_TITLES)
    if not starts:
        return []
    found: list[Mention] = []
    for match in anchored(_OF_A_BODY(), text, [start - 1 for start in starts]):
        name = match.group("name")
        if name.endswith("'s"):
            name = name[:-2]
        start, end = match.start("name"), match.start("name") + len(name)
        for group in ("role", "rank"):
            if match.group(group):
                begin = match.start(group)
                if group == "role":  # "Deputy Head of the Tax Service Oleg Lis"
                    begin -= len(_OF_MODIFIER().search(text, max(0, begin - 24), begin).group())
                title = text[begin : match.end(group)]
                found.append(Mention("role", begin, match.end(group), title, title, person=name))
        found.append(Mention("person", start, end, name, name))
    return found


# A transcript's speaker label: "PRESS SECRETARY JOHN F. KIRBY:", "SECRETARY OF DEFENSE
# LLOYD J. AUSTIN III:", a line that opens with capitals up to a colon.
_CAPS_LABEL = lazy(r"(?m)^(?P<label>[A-Z][A-Z.' -]{4,80}?):")
_CAPS_NAME_WORD = LazyPattern(r"[A-Z][A-Z'-]+|[A-Z]\.|JR\.|SR\.")


# Every word of a title's head, in lower case ("secretary", "defense", "chief").
_TITLE_WORDS = frozenset(word.lower() for head in _HEADS for word in head)


def _caps_title_words() -> frozenset[str]:
    words = _TITLE_WORDS | _LOWER_MODIFIERS | _REMIT_ENDS
    words |= {"of", "the", "for", "to", "press", "white"}
    return frozenset(words | {"house", "u.s.", "us", "uk", "un", "eu", "nato", "joint", "chiefs"})


_CAPS_TITLE_WORDS = _caps_title_words()


# A script's speaker caption: "COLIN POWELL, U.S. SECRETARY OF STATE", a line of its own, or
# a transcript's label with the name first: "ANTHONY ALBANESE, PRIME MINISTER: Good …".
_CAPS_CAPTION = lazy(r"(?m)^(?P<name>[A-Z][A-Z.' -]{3,40}), (?P<title>[A-Z][A-Z.' -]{3,60})(?::|$)")


def _caps_captions(doc: Doc) -> list[Mention]:
    """The name and the title of each script caption in capitals."""
    text = doc.text
    found: list[Mention] = []
    for match in anchored(_CAPS_CAPTION(), text, doc.line_starts):  # its "^" only
        name, title = match.group("name").split(), match.group("title").split()
        if not 2 <= len(name) <= 5 or not all(_CAPS_NAME_WORD.fullmatch(w) for w in name):
            continue
        if not all(word.lower() in _CAPS_TITLE_WORDS for word in title):
            continue
        if not any((word.capitalize(),) in _HEADS for word in title):
            continue
        person, role = match.group("name"), match.group("title")
        found.append(Mention("person", match.start("name"), match.end("name"), person, person))
        found.append(
            Mention("role", match.start("title"), match.end("title"), role, role, person=person)
        )
    return found


def _caps_labels(doc: Doc) -> list[Mention]:
    """The title and the name of each transcript speaker label in capitals."""
    text = doc.text
    found: list[Mention] = []
    for match in anchored(_CAPS_LABEL(), text, doc.line_starts):  # its "^" only
        words = match.group("label").split()
        title = 0
        while title < len(words) and words[title].lower() in _CAPS_TITLE_WORDS:
            title += 1
        name = words[title:]
        if not title or not 2 <= len(name) <= 5:
            continue
        if not all(_CAPS_NAME_WORD.fullmatch(word) for word in name):
            continue
        if not any((word.capitalize(),) in _HEADS for word in words[:title]):
            continue
        role = " ".join(words[:title])
        person = " ".join(name)
        start = match.start("label")
        name_start = text.index(person, start + len(role))
        found.append(Mention("role", start, start + len(role), role, role, person=person))
        found.append(Mention("person", name_start, name_start + len(person), person, person))
    return found


# Verbs that give a named person a title after "as": "named Mark H. Landry as the Federal
# Coordinating Officer", "appointed Ana Ruiz as chief executive".
_GIVING = word_set("named appointed nominated designated selected tapped picked chosen chose")
# Words between "as" and the title: "as the Federal Coordinating Officer", "as its new head".
_AS_LEADS = word_set("the its his her their our a an new interim acting permanent")


def _named_as(doc: Doc) -> list[Mention]:
    """A title given to a named person after "as": "named Mark H. Landry as the Federal
    Coordinating Officer" (role "Federal Coordinating Officer", person "Mark H. Landry"), and
    in the passive, "Màiri McAllan has been appointed as Cabinet Secretary for Housing". The
    title is its capitalized words up to a title's head word in any case, with the remit after
    them ("for Housing"), or a lower-case title the tables hold ("as chief executive")."""
    tokens, lowered = doc.tokens, doc.lowered
    found: list[Mention] = []
    for index in indices(map(_GIVING.__contains__, lowered)):
        name = _name_after(doc, index + 1, at_least=2) if index + 1 < len(tokens) else None
        if name is not None and name[1] < len(tokens) and lowered[name[1]] == "as":
            title = _title_after_as(doc, name[1] + 1)
        else:
            name = _subject_given(doc, index)
            given = index + 1 < len(tokens) and lowered[index + 1] == "as"
            title = _title_after_as(doc, index + 2) if name and given else None
        if name is not None and title is not None:
            found += _mentions(doc, title, name)
    return found


_PASSIVE = word_set("has have had was were is are")


def _subject_given(doc: Doc, verb: int) -> tuple[int, int] | None:
    """The name a passive "has been appointed" or "was named" at token ``verb`` is said of: two
    to four name words just before the auxiliary."""
    tokens, lowered = doc.tokens, doc.lowered
    aux = verb - 1
    if aux >= 1 and lowered[aux] == "been":
        aux -= 1
    if aux < 2 or lowered[aux] not in _PASSIVE:
        return None
    start = aux
    while start > 0 and aux - start < 4 and _is_name_word(tokens[start - 1]):
        if start < aux and not _glued(doc, tokens[start - 1], tokens[start]):
            break
        start -= 1
    if aux - start < 2 or any(tokens[i].text in _FIRST_WORDS for i in range(start, aux)):
        return None
    return start, aux


def _title_after_as(doc: Doc, start: int) -> tuple[int, int] | None:
    """The title that starts after "as" at token ``start`` (past "the", "its new"), with the
    remit after its capitalized words, or None."""
    tokens, lowered = doc.tokens, doc.lowered
    while start < len(tokens) and lowered[start] in _AS_LEADS:
        start += 1
    end = start
    while end < len(tokens) and tokens[end].capitalized and end - start < 6:
        end += 1
    if end == start:
        head = _head_at(doc, start) if start < len(tokens) else None
        if head is None or head[1]:
            return None
        return start, head[0]  # "as chief executive": a lower-case title the tables hold
    if lowered[end - 1] not in _TITLE_WORDS:
        return None  # "named Ana Ruiz as Person of the Year": no title's head
    ends, _commas = _remit(doc, end)
    remit_ends = [
        after for after in ends if lowered[after - 1] in _REMIT_ENDS or _ends_a_place(doc, after)
    ]
    return start, (remit_ends[-1] if remit_ends else end)


def _ends_a_place(doc: Doc, end: int) -> bool:
    """Whether the capitalized word before token ``end`` ends a place's name ("for Wales")."""
    token = doc.tokens[end - 1]
    return token.capitalized and is_place_name(token.text)


# A paragraph in capitals: a release's headline ("STATEMENT OF ATTORNEY GENERAL ALBERTO R.
# GONZALES ON THE NOMINATION …", "REMARKS BY PRESIDENT TRUMP").
_CAPS_PARAGRAPH = lazy(r"(?m)^[^a-z\n]+$")
_TWO_CAPITALS = LazyPattern(r"[A-Z]{2}")
_CAPS_WORD = LazyPattern(r"[A-Z][A-Z.'-]*")


def _caps_headlines(doc: Doc) -> list[Mention]:
    """The titles and names in paragraphs written in capitals: a title's words (one of them
    a title's head), then a name of two to five words up to a word no name has, or one
    word that ends the paragraph ("REMARKS BY PRESIDENT TRUMP")."""
    found: list[Mention] = []
    for paragraph in anchored(_CAPS_PARAGRAPH(), doc.text, doc.line_starts):
        if " " not in paragraph.group() or not _TWO_CAPITALS.search(paragraph.group()):
            continue
        words = list(_CAPS_WORD.finditer(paragraph.group()))
        index = 0
        while index < len(words):
            title = index
            while title < len(words) and words[title].group().lower() in _CAPS_TITLE_WORDS:
                title += 1
            run = [word.group() for word in words[index:title]]
            while run and run[0].lower() in ("of", "the", "for", "to"):
                run.pop(0)
                index += 1
            if not run or _HEADS.get((run[-1].capitalize(),)) is not True:
                index = title + 1
                continue
            name = title
            while (
                name < len(words)
                and name - title < 5
                and _CAPS_NAME_WORD.fullmatch(words[name].group())
                and words[name].group().lower() not in _NOT_A_CAPS_NAME
                and paragraph.group()[words[name - 1].end() : words[name].start()] == " "
            ):
                name += 1
            size = name - title
            last = name == len(words) and paragraph.group()[words[-1].end() :].strip() == ""
            if size >= 2 or (size == 1 and last):
                base = paragraph.start()
                role = doc.text[base + words[index].start() : base + words[title - 1].end()]
                first, end = base + words[title].start(), base + words[name - 1].end()
                person = doc.text[first:end].removesuffix(",")
                role_start = base + words[index].start()
                found.append(
                    Mention("role", role_start, role_start + len(role), role, role, person=person)
                )
                found.append(Mention("person", first, first + len(person), person, person))
            index = max(name, title + 1)
    return found


def _not_a_caps_name() -> frozenset[str]:
    return FUNCTION_WORDS | HEADLINE_VERBS | _CAPS_TITLE_WORDS | _NOT_NAME


_NOT_A_CAPS_NAME = _not_a_caps_name()


# A byline of a minister's page: a line with the name alone (a courtesy before it, letters
# after it), then a line with the title alone: "The Hon Anthony Albanese MP" / "Prime
# Minister of Australia".
_BYLINE = lazy(
    r"(?m)^(?:(?:The )?(?:Hon\.?|Honourable|Honorable|Rt Hon\.?|Dr\.?) )?"
    r"(?P<name>[A-Z][\w'-]+(?: [A-Z]\.)?(?: [A-Z][\w'-]+){1,3})"
    r"(?: (?:MP|QC|KC|MLA|MPP|MHA|OBE|CBE|KBE|DBE|MBE|AC|AO|AM|PhD|Ph\.D\.))*\n"
    r"(?=(?P<title>[A-Z][^\n]{2,80})$)"  # looked at, not taken: it may open a byline too
)


def _bylines(doc: Doc) -> list[Mention]:
    """The name and the title of each byline whose second line is a title and nothing
    else."""
    found: list[Mention] = []
    if "\n" not in doc.text:
        return found
    for match in anchored(_BYLINE(), doc.text, doc.line_starts):  # its "^" only
        first = _token_after(doc, match.start("title"))
        head = _head_at(doc, first) if first < len(doc.tokens) else None
        if head is None or not head[1]:
            continue
        end = _remit_span(doc, head[0])
        if doc.tokens[end - 1].end != match.end("title"):
            continue  # more than a title on the line
        name = _name_after(doc, _token_after(doc, match.start("name")), at_least=2)
        if name is None or doc.tokens[name[1] - 1].end > match.end("name"):
            continue
        found += _mentions(doc, (first, end), name)
    return found


def find_people(doc: Doc) -> list[Mention]:
    """Role and person mentions, in text order."""
    tokens = doc.tokens
    bodies = _of_a_body(doc) + (_caps_labels(doc) if ":" in doc.text else [])
    if " as " in doc.text:
        bodies += _named_as(doc)
    bodies += _caps_headlines(doc) + _bylines(doc)
    if ", " in doc.text:
        bodies += _caps_captions(doc)
    found: list[Mention] = []
    known: set[str] = {m.text.split()[-1] for m in bodies if m.kind == "person"}
    index = 0
    floor = 0
    for candidate in _title_starts(doc):
        if candidate < index:
            continue  # inside a title or name already found
        index = candidate
        head = _head_at(doc, index)
        if head is None:
            plural = _plural_title(doc, index, floor)
            if plural is not None:
                found += _learn(known, plural)
                index = floor = _token_after(doc, plural[-1].end)
            continue
        head_end, formal = head
        if (
            head_end == index + 1
            and index > 0
            and tokens[index - 1].text in ("of", "for")
            and tokens[index].text.lower() in _REMIT_ENDS
        ):
            continue  # "Department of Justice": a portfolio, not the title "Justice"
        start = _chain_start(doc, index, formal, floor)
        if start is None:
            if not _bare_title_takes_a_name(doc, index, head_end):
                continue
            start = index
        name = None
        if head_end < len(tokens) and _glued(doc, tokens[head_end - 1], tokens[head_end]):
            name = _name_after(doc, head_end)
        if name is not None:
            name = _headline_name(doc, name)
        if name is not None and _names_a_thing(doc, name):
            index = name[1]  # "Prince Edward Island", "King Fahd Airport": no person
            continue
        if name is not None:
            found += _learn(known, _mentions(doc, (start, head_end), name))
            found += _title_before_rank(doc, start, floor, found[-1].text)
            index = floor = name[1]
            continue
        remit = _remit_title(doc, start, head_end)
        if remit is not None:
            found += _learn(known, remit)
            index = floor = _token_after(doc, remit[-1].end)
            continue
        appositive = _appositive(doc, start, head_end, known)
        index = head_end
        if appositive is not None:
            found += _learn(known, appositive)
            if len(appositive) > 2:  # a list of titles: none of them starts another
                index = floor = _token_after(doc, max(m.end for m in appositive))
    if bodies:
        spans = [(m.start, m.end) for m in bodies]
        found = [m for m in found if not any(a < m.end and m.start < b for a, b in spans)]
        found += bodies
    if " MP" in doc.text or " MSP" in doc.text or " MEP" in doc.text:
        found = _post_nominals(doc, found)
    found = [_with_abbreviation_period(doc.text, mention) for mention in found]
    # A name with a title before it and another after ("Lt. Col. Nadav Shoshani, a military
    # spokesman,") has two roles but is one person.
    unique: dict[tuple[str, int, int], Mention] = {}
    for mention in found:
        unique.setdefault((mention.kind, mention.start, mention.end), mention)
    return sorted(unique.values(), key=lambda mention: (mention.start, mention.kind))


# A company's legal form, written with its period: "chief executive of Tesla, Inc.".
_COMPANY_FORMS = ("Inc", "Corp", "Ltd", "Co", "Bros", "Cos")


def _with_abbreviation_period(text: str, mention: Mention) -> Mention:
    """A role that ends in a company's abbreviated legal form, with the abbreviation's period
    ("CEO and Chairman of Silicon Valley-based Tesla, Inc."), which the title's words stop
    before."""
    if (
        mention.kind != "role"
        or text[mention.end : mention.end + 1] != "."
        or not mention.text.endswith(_COMPANY_FORMS)
        or mention.text.rsplit(None, 1)[-1].lstrip(",") not in _COMPANY_FORMS
    ):
        return mention
    role = mention.text + "."
    return Mention("role", mention.start, mention.end + 1, role, role, person=mention.person)


# A member of a parliament named by the letters after the name: "John Healey MP".
_POST_NOMINAL = lazy(
    r"(?<![\w.'-])(?P<name>[A-Z][\w'-]+(?: [A-Z]\.)?(?: [A-Z][\w'-]+){1,2}) "
    r"(?P<title>MP|MSP|MEP)\b(?![\w-])(?! [A-Z][a-z])"
)
_COURTESY_BEFORE = lazy(r"(?:Hon\.?|Honourable|Honorable|Rt\.?|Right) $")


def _post_nominals(doc: Doc, found: list[Mention]) -> list[Mention]:
    """``found`` with the letters after a member's name made a role of the name, not part of
    it: "Defence Secretary John Healey MP" is the person "John Healey", with the roles
    "Defence Secretary" and "MP". The courtesy form "The Hon Jane Lee MP" is left alone.

    The members are collected first and ``found`` is then walked once (a page of "... MP
    said." lines would otherwise rebuild the list per member): the same answer as taking the
    members one by one in text order."""
    text = doc.text
    members: list[tuple[int, int, str, str, int, int]] = []
    for match in _POST_NOMINAL().finditer(text):
        words = match.group("name").split()
        while words and (
            words[0].lower() in FUNCTION_WORDS
            or words[0] in _FIRST_WORDS
            or words[0] in _COURTESIES
        ):
            words.pop(0)  # "Secretary John Healey": the name is the words after the title
        if len(words) < 2 or any(word in _FIRST_WORDS for word in words):
            continue
        person = " ".join(words)
        end = match.end("name")
        start = end - len(person)
        if _COURTESY_BEFORE().search(text, max(0, start - 12), start):
            continue
        members.append((start, end, person, match["title"], *match.span("title")))
    if not members:
        return found
    starts = [member[0] for member in members]
    # "John Healey MP" -> the members (in text order) whose roles it names: a role that
    # named the person with the letters is given the person named without them.
    named: dict[str, list[int]] = {}
    for index, (_, _, person, title, _, _) in enumerate(members):
        named.setdefault(f"{person} {title}", []).append(index)

    def renamed(person: str | None, after: int) -> str | None:
        """The person a role names once the members after index ``after`` are taken."""
        while person is not None and person in named:
            indexes = named[person]
            next_one = bisect.bisect_right(indexes, after)
            if next_one == len(indexes):
                break
            after = indexes[next_one]
            person = members[after][2]
        return person

    def retold(mention: Mention, after: int) -> Mention:
        person = renamed(mention.person, after)
        if person == mention.person:
            return mention
        return Mention(
            "role", mention.start, mention.end, mention.text, mention.value, person=person
        )

    kept: list[Mention] = []
    for mention in found:
        if mention.kind == "person":
            first = bisect.bisect_left(starts, mention.start)  # the members inside it
            if first < len(members) and members[first][1] < mention.end:
                continue  # "John Healey MP" as the name: the letters are no part of it
        elif mention.kind == "role":
            mention = retold(mention, -1)
        kept.append(mention)
    for index, (start, end, person, title, title_start, title_end) in enumerate(members):
        kept.append(Mention("person", start, end, person, person))
        role = Mention("role", title_start, title_end, title, title, person=person)
        kept.append(retold(role, index))
    return kept


# Formal titles in the plural before two names: "Judges Ann Lee and Bo Park", "Foreign
# Ministers Retno Marsudi and Vivian Balakrishnan".
_PLURAL_HEADS = {
    head[0] + ("es" if head[0].endswith("s") else "s"): head[0]
    for head, formal in _HEADS.items()
    if formal and len(head) == 1 and head[0].isalpha()
}


def _plural_title(doc: Doc, index: int, floor: int) -> list[Mention] | None:
    """A plural title and the two names after it ("Judges Ann Lee and Bo Park"): the title is
    a role of the first, and both are persons."""
    tokens = doc.tokens
    if tokens[index].text not in _PLURAL_HEADS or index + 1 >= len(tokens):
        return None
    start = _chain_start(doc, index, True, floor)
    if start is None or not _glued(doc, tokens[index], tokens[index + 1]):
        return None
    first = _name_after(doc, index + 1)
    if first is None or first[1] + 1 >= len(tokens) or tokens[first[1]].text != "and":
        return None
    second = _name_after(doc, first[1] + 1)
    if second is None:
        return None
    found = _mentions(doc, (start, index + 1), first)
    person = _mentions(doc, (start, index + 1), second)[1]
    return [*found, person]


def _bare_title_takes_a_name(doc: Doc, index: int, head_end: int) -> bool:
    """Whether a lower-case title with no modifier may still name someone: with its remit
    or body ("the president of Venezuela, Nicolás Maduro,", "a special agent with the FBI")
    or after "the" and before a comma ("The minister, Ahmed Ali, said")."""
    tokens = doc.tokens
    if head_end >= len(tokens):
        return False
    after = tokens[head_end].text
    if after in ("of", "for", "to", "with"):
        return True
    return after == "," and index > 0 and tokens[index - 1].text in ("the", "The")


# The nouns of places and buildings named after a titled person: "Prince Edward Island",
# "King Fahd Airport", "Queen Elizabeth Hospital", "President Kennedy Street".
# (Not "Park" or "Bay": surnames as well.)
_NAMED_THINGS = word_set(
    "Island Islands Airport Hospital Street Avenue Road Bridge Square Stadium "
    "University College School Highway Boulevard Memorial"
)


def _names_a_thing(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether the name at tokens [start, end) ends with, or is glued to, a noun that makes
    the title and the name a place's or a building's name."""
    tokens = doc.tokens
    start, end = name
    if tokens[end - 1].text in _NAMED_THINGS and end - start > 1:
        return True
    return (
        end < len(tokens)
        and tokens[end].text in _NAMED_THINGS
        and _glued(doc, tokens[end - 1], tokens[end])
    )


def _headline_name(doc: Doc, name: tuple[int, int]) -> tuple[int, int]:
    """The name at tokens [start, end) without the words of a headline in title case that
    run on after it: "Acting DEA Administrator Patterson Announce New Tools", "Director Wray
    Champions FBI". In such a headline the name keeps the words the article uses again
    elsewhere, from its first: a verb or a noun of the headline stands there once. A name
    whose first word stands nowhere else is left as it is."""
    start, end = name
    if end - start < 2:
        return name
    tokens = doc.tokens
    if not doc.in_headline(tokens[start].start):  # first: most articles have no such line
        return name
    counts = _word_counts(doc)
    if counts[tokens[start].bare] < 2:
        return name
    kept = start + 1
    while kept < end and counts[tokens[kept].bare] >= 2:
        kept += 1
    return start, kept


def _word_counts(doc: Doc) -> Counter[str]:
    """How often each word stands in the text, without its possessive (kept on the ``doc``)."""
    counts = doc.__dict__.get("_word_counts")
    if counts is None:
        counts = doc.__dict__["_word_counts"] = Counter(token.bare for token in doc.tokens)
    return counts


def _token_after(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after character ``offset``."""
    return bisect.bisect_left(doc.tokens, offset, key=_TOKEN_START)


def _learn(known: set[str], mentions: list[Mention]) -> list[Mention]:
    """Add the surnames of the people among `mentions` to `known`; returns `mentions`.

    Kept as people are found, not gathered from all found so far at each title (which was
    quadratic in an article of many titles)."""
    known.update(m.text.split()[-1] for m in mentions if m.kind == "person")
    return mentions


def _appositive(doc: Doc, start: int, head_end: int, known: set[str]) -> list[Mention] | None:
    """ "Mark Rutte, NATO's secretary general," or "Ukraine's foreign minister, Andrii Sybiha,";
    and, where those do not read, a list of titles of one name in apposition ("Lawrence
    MacAulay, Minister of Veterans Affairs and Associate Minister of National Defence, and
    Member of Parliament for Cardigan," or "the Minister for Education and Minister
    responsible for the Status of Women, Isabelle Charest,")."""
    single = _one_appositive(doc, start, head_end, known)
    titles, end = _title_list(doc, start, head_end)
    if single is not None and len(titles) < 2:
        return single
    tokens = doc.tokens
    if end >= len(tokens):
        return single
    before = start - 1
    if before >= 0 and tokens[before].text in ("the", "a", "an"):
        before -= 1
    if before >= 0 and tokens[before].text == "," and _closes_apposition(doc, end):
        name = _name_before(doc, before, known)
        if name is not None:
            return _listed_mentions(doc, titles, name)
    if tokens[end].text == ",":
        name = _name_after(doc, _past_courtesy(doc, end + 1), at_least=2)
        if name is not None and _closes_apposition(doc, name[1]):
            return _listed_mentions(doc, titles, name)
    return single


def _closes_apposition(doc: Doc, index: int) -> bool:
    """Whether token ``index`` may end an apposition: a comma, a stop, a speech verb, or
    "and" before another titled name ("Dennis King, Premier of Prince Edward Island and
    Abegweit First Nation Chief Roderick W. Gould Jr.")."""
    tokens = doc.tokens
    if index >= len(tokens):
        return False
    if tokens[index].text == "and" and index + 1 < len(tokens):
        title = _title_start_at(doc, index + 1)
        return title is not None and _name_after(doc, title[1], at_least=2) is not None
    # a closing bracket too: a report's credit line "[Ellen Blickhan, Public Affairs Officer]"
    return tokens[index].text in (",", ".", ";", ":", ")", "]") or tokens[index].text in _SPEECH


def _listed_mentions(
    doc: Doc, titles: list[tuple[int, int]], name: tuple[int, int]
) -> list[Mention]:
    """A role for each title of the list, all of one person, and the person."""
    found = [_mentions(doc, title, name)[0] for title in titles]
    return [*found, _mentions(doc, titles[0], name)[1]]


def _past_courtesy(doc: Doc, index: int) -> int:
    """The index past a courtesy at token ``index`` ("the Honourable", "Her Excellency"), or
    ``index`` if none stands there."""
    tokens = doc.tokens
    if (
        index + 1 < len(tokens)
        and tokens[index].text in _COURTESY_OPENERS
        and tokens[index + 1].text in _COURTESIES
    ):
        return index + 2
    if index < len(tokens) and tokens[index].text in _COURTESIES:
        return index + 1
    return index


# Titles one list gives one name: a minister's portfolios and seat, at most.
_MAX_LISTED = 4


def _title_list(doc: Doc, start: int, head_end: int) -> tuple[list[tuple[int, int]], int]:
    """The titles listed from the title at tokens [start, head_end): each with its remit,
    joined by "and", ", and" or a comma to the next title ("Minister of Fisheries and Oceans,
    Regional Minister for PEI and MP for Egmont"); (their token ranges, the index after the
    last). Two heads joined by "and" with no remit between share the one after them
    ("Minister and Special Representative for the Prairies": one title)."""
    tokens = doc.tokens
    titles: list[tuple[int, int]] = []
    first, head = start, head_end
    while True:
        end = _remit_span(doc, head)
        if titles and titles[-1][1] == -1:
            titles[-1] = (titles[-1][0], end)  # the shared remit: one title
        else:
            titles.append((first, end))
        if len(titles) >= _MAX_LISTED:
            break
        following = end
        if following < len(tokens) and tokens[following].text == ",":
            following += 1
        joined_by_and = following < len(tokens) and tokens[following].text == "and"
        if joined_by_and:
            following += 1
        if following == end:
            break
        title = _title_start_at(doc, following)
        if title is None:
            break
        if _name_after(doc, _remit_span(doc, title[1]), at_least=2) is not None:
            break  # "... and Abegweit First Nation Chief Roderick W. Gould Jr.": its own name
        if end == head and joined_by_and and following == end + 1:
            titles[-1] = (titles[-1][0], -1)  # "Minister and Special Representative …"
        first, head = title
    return titles, titles[-1][1]


def _title_start_at(doc: Doc, index: int) -> tuple[int, int] | None:
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
                or not _glued(doc, modifier, tokens[head])
            ):
                return None
        found = _head_at(doc, head)
        if found is not None and found[1]:
            return index, found[0]
    return None


def _remit_span(doc: Doc, index: int) -> int:
    """The index after the remit of a title whose head ends before token ``index`` ("of
    Veterans Affairs", "responsible for the Status of Women"), stopping before the next title
    of a list; ``index`` if no remit starts there."""
    tokens = doc.tokens
    position = index
    if (
        position + 1 < len(tokens)
        and tokens[position].text == "responsible"
        and tokens[position + 1].text == "for"
    ):
        position += 1
    if position >= len(tokens) or tokens[position].text not in ("of", "for", "to"):
        return index
    end = index
    position += 1
    while position < len(tokens) and position - index < 16:
        token = tokens[position]
        if "\n" in doc.text[tokens[position - 1].end : token.start]:
            break  # a remit ends with its paragraph
        head = _head_at(doc, position) if token.capitalized else None
        name = _name_after(doc, head[0]) if head is not None and head[1] else None
        if name is not None and not _names_a_thing(doc, name):
            return index  # "an aide to Russian President Vladimir Putin": a person, no remit
        word = _remit_word(token)
        if word is False:
            break
        if word:
            position += 1
            end = position
            continue
        if token.text in ("of", "the", "for"):
            position += 1
            continue
        if token.text in ("and", ","):
            after = position + 1
            if token.text == "," and after < len(tokens) and tokens[after].text == "and":
                after += 1
            if after >= len(tokens) or not tokens[after].capitalized:
                break
            if _title_start_at(doc, after) is not None:
                break
            if token.text == ",":
                name = _name_after(doc, after, at_least=2)
                if name is not None and _closes_apposition(doc, name[1]):
                    break  # ", Isabelle Charest,": the name the titles are of
            position += 1
            continue
        break
    return end


def _one_appositive(doc: Doc, start: int, head_end: int, known: set[str]) -> list[Mention] | None:
    """One title in apposition: "Mark Rutte, NATO's secretary general," or "Ukraine's foreign
    minister, Andrii Sybiha,"."""
    tokens = doc.tokens
    before = start - 1
    if before >= 0 and tokens[before].text in ("the", "a", "an"):
        before -= 1
    role_end = _apposition_end(doc, head_end)
    if before >= 2 and tokens[before - 1].kind == "num" and tokens[before - 2].text == ",":
        before -= 2  # "Maria Gomez, 52, the fire chief,": the age between name and title
    if before >= 0 and tokens[before].text == "," and role_end is not None:
        name = _name_before(doc, before, known)
        if name is not None:
            return _mentions(doc, (start, role_end), name)
    if role_end is not None and role_end > head_end and role_end < len(tokens):
        head_end = role_end  # "A spokesman for the ministry, Ali Khan, said"
    if head_end < len(tokens) and tokens[head_end].text == ",":
        after = head_end + 1
        rank = _head_at(doc, after) if after < len(tokens) else None
        if rank is not None and tokens[after].text in _RANKS:
            after = rank[0]  # "The mission's commander, Col. Ana Ruiz,": the rank is its own
        name = _name_after(doc, _past_courtesy(doc, after), at_least=2)
        if name is not None and name[1] < len(tokens):
            following = tokens[name[1]].text
            if following in (",", ".") or following in _SPEECH:
                return _mentions(doc, (start, head_end), name)
    return None

"""A person's name next to a title: its words, initials, particles and suffixes, and what
makes capitalized words a body's, a place's or a headline's rather than a name.
"""

from __future__ import annotations

from collections import Counter

from factcheck.mentions._text import (
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Doc,
    Token,
    word_set,
)
from factcheck.mentions.model import Mention
from factcheck.mentions.people.titles import head_at, head_at_word, title_ends_at, title_start_at
from factcheck.mentions.people.tokens import SPEECH, glued

_PARTICLES = word_set("von van der den de da di du la le bin ibn al el dos das ten ter")
_SUFFIXES = word_set("Jr. Sr.")
# Honorifics before a name are not the name: "Health Minister Dr. Mansukh Mandaviya".
_HONORIFICS = word_set("Dr. Mr. Mrs. Ms. Prof. Dr Mr Mrs Ms Prof")
# Courtesies before a name, which are no part of it: "the Honourable Daniel Vandal", "Her
# Excellency Sam Mostyn", "The Hon. Jane Lee"; and before a title, which are no part of it
# either: "Her Majesty Queen Elizabeth II", "His Holiness Pope Francis".
COURTESIES = word_set("Honourable Honorable Hon. Hon Excellency Majesty Highness Holiness Eminence")
_COURTESY_OPENERS = word_set("the The Her His")
# Capitalized words that end a name: organisations and places named after people, and the
# nouns a capitalized title word can stand before ("Member State", "Member States").
NOT_NAME = word_set(
    "department ministry office council committee agency service court house party bank "
    "forces army navy university institute motors electric assembly commission union summit "
    "agreement group company corporation foundation fund organization organisation "
    "administration government cabinet parliament senate congress palace square street "
    "airport station times post news press league cup club association federation board "
    "state states nations countries the a an"
)


# Title words that also stand inside a name between two of its words.
_INNER_TITLES = word_set("Sheikh Sheik")
# Arabic articles glued to a name's last part: "Abdel Fattah al-Burhan", "Ahmed el-Tayeb".
_NAME_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-")


def is_name_word(token: Token) -> bool:
    bare = token.bare
    if bare.startswith(_NAME_ARTICLES):
        bare = bare.split("-", 1)[1]
    return (
        token.kind in ("word", "abbr")
        and bare[:1].isupper()
        and bare.lower() not in FUNCTION_WORDS
        and bare.lower() not in MONTH_NAMES
        and bare.lower() not in WEEKDAY_NAMES
        and bare.lower() not in NOT_NAME
        and bare.lower() not in HEADLINE_VERBS
        and token.text not in COURTESIES
        and head_at_word(bare) is False
    )


def _surname_like_a_title(doc: Doc, index: int) -> bool:
    """Whether token ``index``, a one-word formal title ("King", "General"), ends the name
    before it: no capitalized word follows it, so it heads no title of its own."""
    tokens = doc.tokens
    token = tokens[index]
    if token.kind != "word" or not head_at_word(token.text):
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
    return token.text[0].isupper() and glued(doc, token, after) and is_name_word(after)


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
        and glued(doc, period, after)
        and is_name_word(after)
    )


def name_after(doc: Doc, index: int, *, at_least: int = 1) -> tuple[int, int] | None:
    """Token range [index, end) of a person's name, or None."""
    tokens = doc.tokens
    end = index
    count = 0
    while end < len(tokens) and end - index < 6:
        token = tokens[end]
        if end > index and not glued(doc, tokens[end - 1], token):
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
            and glued(doc, token, tokens[end + 1])
            and is_name_word(tokens[end + 1])
        ):
            end += 1  # "President Hassan Sheikh Mohamud": a title word inside a name
            count += 1
            continue
        if count and _surname_like_a_title(doc, end):
            end += 1  # "Mervyn King", "Martin Luther King"
            break
        if head_at(doc, end) is not None:
            break  # "Department of Justice Inspector General Glenn A. Fine": a title, no name
        if is_name_word(token) and not (token.kind == "abbr" and count):
            end += 1
            count += 1
            if token.text.endswith("'s"):
                break
            continue
        if token.text in _PARTICLES and count:
            after = end + 1  # "von der Leyen", "bin Salman": particles, then the name
            while after < len(tokens) and after - end < 3 and tokens[after].text in _PARTICLES:
                after += 1
            if after < len(tokens) and is_name_word(tokens[after]):
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
BODY_WORDS = word_set(
    "department office council committee agency service commission administration bureau"
)
# Nouns that end a public body's name: the capitalized words glued before one name the body.
_BODY_NOUNS = BODY_WORDS | word_set("board authority")


def _names_a_body(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a body's noun glued to the capitalized words before it:
    those words name the body ("National Transportation Safety Board"), not a person (a
    headline's "Lloyd J. Austin III Press Conference" is a name before other words)."""
    tokens = doc.tokens
    return (
        0 < index < len(tokens)
        and tokens[index].capitalized
        and tokens[index].text.lower() in _BODY_NOUNS
        and glued(doc, tokens[index - 1], tokens[index])
    )


def role_and_person(doc: Doc, role: tuple[int, int], name: tuple[int, int]) -> list[Mention]:
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


def name_before(doc: Doc, comma: int, known: set[str]) -> tuple[int, int] | None:
    """A name just before token ``comma``: two or more words, or one that is the surname of
    someone already named with a title ("Umerov, Ukraine's foreign minister,")."""
    tokens = doc.tokens
    start = comma
    while start > 0 and comma - start < 7:
        if start < comma and not glued(doc, tokens[start - 1], tokens[start]):
            break
        if start >= 2 and start < comma and _initial_at(doc, start - 2):
            start -= 2  # "Lloyd J. Austin": the initial and its period
            continue
        surname = (  # "Dennis King, Premier of …": a surname that is also a title
            start == comma
            and start >= 2
            and tokens[start - 1].kind == "word"
            and head_at_word(tokens[start - 1].text)
            and is_name_word(tokens[start - 2])
            and glued(doc, tokens[start - 2], tokens[start - 1])
        )
        if not surname and not is_name_word(tokens[start - 1]):
            break
        if start < comma and title_ends_at(doc, start):
            break  # "Sgt. 1st Class Roman Manzano, the BNCOC chief": the rank is no name
        start -= 1
    if start == comma or tokens[comma - 1].text.endswith("'s"):
        return None
    if comma - start < 2 and tokens[start].text not in known:
        return None
    return start, comma


# The nouns of places and buildings named after a titled person: "Prince Edward Island",
# "King Fahd Airport", "Queen Elizabeth Hospital", "President Kennedy Street".
# (Not "Park" or "Bay": surnames as well.)
_NAMED_THINGS = word_set(
    "Island Islands Airport Hospital Street Avenue Road Bridge Square Stadium "
    "University College School Highway Boulevard Memorial"
)


def names_a_thing(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether the name at tokens [start, end) ends with, or is glued to, a noun that makes
    the title and the name a place's or a building's name."""
    tokens = doc.tokens
    start, end = name
    if tokens[end - 1].text in _NAMED_THINGS and end - start > 1:
        return True
    return (
        end < len(tokens)
        and tokens[end].text in _NAMED_THINGS
        and glued(doc, tokens[end - 1], tokens[end])
    )


def headline_name(doc: Doc, name: tuple[int, int]) -> tuple[int, int]:
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


def unconfirmed_in_headline(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether the name at tokens [start, end) stands in a paragraph in title case and none
    of its words stands anywhere else in the text: a headline's verb or adjective after a
    title reads so too ("Thai Prime Minister Survives No-Confidence Motion", "Iranian Foreign
    Minister Optimistic About Key Talks"). Whether it is a name is settled by what the rest
    of the article names with the same title (``find._misread_headlines``)."""
    start, end = name
    tokens = doc.tokens
    if not doc.in_headline(tokens[start].start):
        return False
    counts = _word_counts(doc)
    return all(counts[token.bare] < 2 for token in tokens[start:end])


def _word_counts(doc: Doc) -> Counter[str]:
    """How often each word stands in the text, without its possessive (kept on the ``doc``)."""
    counts = doc.__dict__.get("_word_counts")
    if counts is None:
        counts = doc.__dict__["_word_counts"] = Counter(token.bare for token in doc.tokens)
    return counts


def closes_apposition(doc: Doc, index: int) -> bool:
    """Whether token ``index`` may end an apposition: a comma, a stop, a speech verb, or
    "and" before another titled name ("Dennis King, Premier of Prince Edward Island and
    Abegweit First Nation Chief Roderick W. Gould Jr.")."""
    tokens = doc.tokens
    if index >= len(tokens):
        return False
    if tokens[index].text == "and" and index + 1 < len(tokens):
        title = title_start_at(doc, index + 1)
        return title is not None and name_after(doc, title[1], at_least=2) is not None
    # a closing bracket too: a report's credit line "[Ellen Blickhan, Public Affairs Officer]"
    return tokens[index].text in (",", ".", ";", ":", ")", "]") or tokens[index].text in SPEECH


def past_courtesy(doc: Doc, index: int) -> int:
    """The index past a courtesy at token ``index`` ("the Honourable", "Her Excellency"), or
    ``index`` if none stands there."""
    tokens = doc.tokens
    if (
        index + 1 < len(tokens)
        and tokens[index].text in _COURTESY_OPENERS
        and tokens[index + 1].text in COURTESIES
    ):
        return index + 2
    if index < len(tokens) and tokens[index].text in COURTESIES:
        return index + 1
    return index

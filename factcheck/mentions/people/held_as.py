"""A title the sentence's subject holds, given after "as" with no name beside it: "Kieran
McAnulty will become the Minister for Regional Development, aligning with his existing
portfolio as Minister for Rural Communities", "Ginny's been a strong performer ... since
taking on the Minister role as Minister of Police" (tests/gold-dev-roles' rule: a role of
that person, with no second person mention).

Only a formal title in capitals with its remit counts ("as Minister of Police"), never a
lower-case noun ("as a teacher"), and only where the sentence opens with the person: a full
name, or a first name (possibly possessive) the article has written before as the first word
of a full name ("Ginny Andersen ...", then "Ginny's been ..."). A post someone "will become"
is not held yet, so "will become the Minister of Justice" gives no role here.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable

from factcheck.mentions._text import Doc, Token, indices
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import is_name_word, name_after
from factcheck.mentions.people.titles import FIRST_WORDS
from factcheck.mentions.people.tokens import glued
from factcheck.mentions.places import is_place_name

_START = operator.attrgetter("start")
TitleReader = Callable[[Doc, int], "tuple[int, int] | None"]


def held_as(doc: Doc, title_after_as: TitleReader) -> list[Mention]:
    """Roles for "as <Title>" held by the person a sentence opens with (see the module's
    docstring); ``title_after_as`` reads the title after "as" (named_as's reader)."""
    tokens, lowered = doc.tokens, doc.lowered
    found: list[Mention] = []
    first_names: dict[str, str] | None = None
    for index in indices(map("as".__eq__, lowered)):
        if index + 1 >= len(tokens) or not tokens[index + 1].capitalized:
            continue  # "as a teacher", "as the minister": no formal title in capitals here
        title = title_after_as(doc, index + 1)
        if title is None or title[0] != index + 1:
            continue
        opener = _sentence_opener(doc, index)
        if opener is None:
            continue
        start, end = opener
        if end - start >= 2:
            person = _name_text(doc, start, end)
        else:
            if first_names is None:
                first_names = _first_names(doc)
            person = first_names.get(tokens[start].text.removesuffix("'s"))
        if person is None:
            continue
        role_start, role_end = tokens[title[0]].start, tokens[title[1] - 1].end
        text = doc.text[role_start:role_end]
        found.append(Mention("role", role_start, role_end, text, text, person=person))
    return found


def _sentence_opener(doc: Doc, index: int) -> tuple[int, int] | None:
    """The name words the sentence holding token ``index`` opens with (one to four)."""
    tokens = doc.tokens
    sentence_start = doc.sentence_at(tokens[index].start)[0]
    start = bisect.bisect_left(tokens, sentence_start, 0, index, key=_START)
    if not doc.starts_sentence(start) or tokens[start].text in FIRST_WORDS:
        return None
    end = start
    while end < index and end - start < 4 and _name_word(tokens[end]):
        if end > start and not glued(doc, tokens[end - 1], tokens[end]):
            break
        end += 1
        if tokens[end - 1].text.endswith("'s"):
            break
    if end == start or is_place_name(_name_text(doc, start, end)):
        return None  # "New Zealand served as Chair of ...": a country, no person
    return start, end


def _name_word(token: Token) -> bool:
    """A name's word, with no apostrophe but a possessive's ("Ginny's"; not "I'm")."""
    return is_name_word(token) and "'" not in token.text.removesuffix("'s")


def _name_text(doc: Doc, start: int, end: int) -> str:
    tokens = doc.tokens
    last = tokens[end - 1]
    stop = last.end - 2 if last.text.endswith("'s") else last.end
    return doc.text[tokens[start].start : stop]


def _first_names(doc: Doc) -> dict[str, str]:
    """First word -> full name, for every full name that opens a sentence (the first one
    found for a first word wins)."""
    names: dict[str, str] = {}
    for index, token in enumerate(doc.tokens):
        if not token.capitalized or not doc.starts_sentence(index):
            continue
        name = name_after(doc, index, at_least=2)
        if name is not None and name[1] - name[0] >= 2:
            names.setdefault(token.text, _name_text(doc, name[0], name[1]))
    return names

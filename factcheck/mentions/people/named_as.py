"""A title given to a named person after "as": "named Mark H. Landry as the Federal
Coordinating Officer", "has been appointed as Cabinet Secretary for Housing".
"""

from __future__ import annotations

from factcheck.mentions._text import Doc, indices, word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.people.held_as import held_as
from factcheck.mentions.people.names import is_name_word, name_after, role_and_person
from factcheck.mentions.people.remits import REMIT_ENDS, remit_words
from factcheck.mentions.people.titles import FIRST_WORDS, TITLE_WORDS, head_at
from factcheck.mentions.people.tokens import glued
from factcheck.mentions.places import is_place_name

# Verbs that give a named person a title after "as": "named Mark H. Landry as the Federal
# Coordinating Officer", "appointed Ana Ruiz as chief executive".
_GIVING = word_set("named appointed nominated designated selected tapped picked chosen chose")
# Words between "as" and the title: "as the Federal Coordinating Officer", "as its new head".
_AS_LEADS = word_set("the its his her their our a an new interim acting permanent")


def named_as(doc: Doc) -> list[Mention]:
    """A title given to a named person after "as": "named Mark H. Landry as the Federal
    Coordinating Officer" (role "Federal Coordinating Officer", person "Mark H. Landry"), and
    in the passive, "Màiri McAllan has been appointed as Cabinet Secretary for Housing". The
    title is its capitalized words up to a title's head word in any case, with the remit after
    them ("for Housing"), or a lower-case title the tables hold ("as chief executive")."""
    tokens, lowered = doc.tokens, doc.lowered
    found: list[Mention] = []
    for index in indices(map(_GIVING.__contains__, lowered)):
        name = name_after(doc, index + 1, at_least=2) if index + 1 < len(tokens) else None
        if name is not None and name[1] < len(tokens) and lowered[name[1]] == "as":
            title = _title_after_as(doc, name[1] + 1)
        else:
            name = _subject_given(doc, index)
            given = index + 1 < len(tokens) and lowered[index + 1] == "as"
            title = _title_after_as(doc, index + 2) if name and given else None
        if name is not None and title is not None:
            found += role_and_person(doc, title, name)
    taken = {(m.start, m.end) for m in found}
    found += [m for m in held_as(doc, _title_after_as) if (m.start, m.end) not in taken]
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
    while start > 0 and aux - start < 4 and is_name_word(tokens[start - 1]):
        if start < aux and not glued(doc, tokens[start - 1], tokens[start]):
            break
        start -= 1
    if aux - start < 2 or any(tokens[i].text in FIRST_WORDS for i in range(start, aux)):
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
        head = head_at(doc, start) if start < len(tokens) else None
        if head is None or head[1]:
            return None
        return start, head[0]  # "as chief executive": a lower-case title the tables hold
    if lowered[end - 1] not in TITLE_WORDS:
        return None  # "named Ana Ruiz as Person of the Year": no title's head
    ends, _commas = remit_words(doc, end)
    remit_ends = [
        after for after in ends if lowered[after - 1] in REMIT_ENDS or _ends_a_place(doc, after)
    ]
    return start, (remit_ends[-1] if remit_ends else end)


def _ends_a_place(doc: Doc, end: int) -> bool:
    """Whether the capitalized word before token ``end`` ends a place's name ("for Wales")."""
    token = doc.tokens[end - 1]
    return token.capitalized and is_place_name(token.text)

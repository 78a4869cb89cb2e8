"""Titles in apposition to a name: "Mark Rutte, NATO's secretary general,", "Ukraine's foreign
minister, Andrii Sybiha,", and lists of one person's titles.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.mentions._text import FUNCTION_WORDS, Doc, Token, word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import (
    closes_apposition,
    name_after,
    name_before,
    past_courtesy,
    role_and_person,
)
from factcheck.mentions.people.remits import remit_span
from factcheck.mentions.people.titles import RANKS, head_at, title_start_at
from factcheck.mentions.people.tokens import SPEECH

# How many prepositional parts an appositive title's remit may have: "head of the election
# observer team of the Organization for Security and Cooperation in Europe" has four.
_REMIT_PARTS = 4
# The prepositions a remit's first part opens with, and those a later part may open with.
_FIRST_PART = ("of", "for", "at", "with")
_LATER_PART = ("of", "for", "at", "with", "in")


def _apposition_end(doc: Doc, index: int) -> int | None:
    """After an appositive title, where the role ends: past "of the Presidential Office" or
    "for the UN humanitarian office", and further parts after it ("head of the election
    observer team of the Organization for Security and Cooperation in Europe"), before ","
    "." or a speech verb; None if no such end."""
    tokens = doc.tokens
    parts = 0
    while (
        index < len(tokens)
        and parts < _REMIT_PARTS
        and tokens[index].text in (_LATER_PART if parts else _FIRST_PART)
    ):
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
            and tokens[end].text not in SPEECH
        ):
            end += 1
            nouns += 1
        if end == position:
            return None if parts == 0 else _closing(tokens, index)
        index = end
        parts += 1
    return _closing(tokens, index)


def _closing(tokens: Sequence[Token], index: int) -> int | None:
    """``index`` where the token there closes an apposition's title (",", ".", ";", ":" or a
    speech verb) or the text ends; None otherwise."""
    if index >= len(tokens):
        return index
    following = tokens[index].text
    return index if following in (",", ".", ";", ":") or following in SPEECH else None


# Bodies whose names go on with "on" and their subject: "Senate Committee on Health",
# "Council on Foreign Relations", "Commission on Human Rights".
_BODIES_ON = frozenset({"Committee", "Subcommittee", "Commission", "Council", "Conference"})
# What "on" after such a body dates instead: "the Senate Committee on Monday".
_CALENDAR = word_set(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December"
)


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
        elif end > index and (
            token.text in ("of", "and")
            or (
                token.text == "on"
                and tokens[end - 1].text in _BODIES_ON
                and not (end + 1 < len(tokens) and tokens[end + 1].text in _CALENDAR)
            )
        ):
            after = end + 1
            if after < len(tokens) and tokens[after].text == "the":
                after += 1
            if token.text == "and" and title_start_at(doc, after) is not None:
                break  # "of Nova Scotia and Millbrook First Nation Chief Ray Moss": a title
            if after < len(tokens) and tokens[after].capitalized:
                end = after
            else:
                break
        else:
            break
    return end


def appositive_titles(doc: Doc, start: int, head_end: int, known: set[str]) -> list[Mention] | None:
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
    if before >= 0 and tokens[before].text == "," and closes_apposition(doc, end):
        name = name_before(doc, before, known)
        if name is not None:
            return _listed_mentions(doc, titles, name)
    if tokens[end].text == ",":
        name = name_after(doc, past_courtesy(doc, end + 1), at_least=2)
        if name is not None and closes_apposition(doc, name[1]):
            return _listed_mentions(doc, titles, name)
    return single


def _listed_mentions(
    doc: Doc, titles: list[tuple[int, int]], name: tuple[int, int]
) -> list[Mention]:
    """A role for each title of the list, all of one person, and the person."""
    found = [role_and_person(doc, title, name)[0] for title in titles]
    return [*found, role_and_person(doc, titles[0], name)[1]]


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
        end = remit_span(doc, head)
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
        title = title_start_at(doc, following)
        if title is None:
            break
        if name_after(doc, remit_span(doc, title[1]), at_least=2) is not None:
            break  # "... and Abegweit First Nation Chief Roderick W. Gould Jr.": its own name
        if end == head and joined_by_and and following == end + 1:
            titles[-1] = (titles[-1][0], -1)  # "Minister and Special Representative …"
        first, head = title
    return titles, titles[-1][1]


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
        name = name_before(doc, before, known)
        if name is not None:
            return role_and_person(doc, (start, role_end), name)
    if role_end is not None and role_end > head_end and role_end < len(tokens):
        head_end = role_end  # "A spokesman for the ministry, Ali Khan, said"
    if head_end < len(tokens) and tokens[head_end].text == ",":
        after = head_end + 1
        rank = head_at(doc, after) if after < len(tokens) else None
        if rank is not None and tokens[after].text in RANKS:
            after = rank[0]  # "The mission's commander, Col. Ana Ruiz,": the rank is its own
        name = name_after(doc, past_courtesy(doc, after), at_least=2)
        if name is not None and name[1] < len(tokens):
            following = tokens[name[1]].text
            if following in (",", ".") or following in SPEECH:
                return role_and_person(doc, (start, head_end), name)
    return None

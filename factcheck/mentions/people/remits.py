"""A title's remit after its head ("Minister of Foreign and European Affairs", "Ambassador to
the UN"): where it ends and where the name after it starts.
"""

from __future__ import annotations

from factcheck.mentions._text import FUNCTION_WORDS, HEADLINE_VERBS, Doc, Token, word_set
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import (
    BODY_WORDS,
    closes_apposition,
    name_after,
    names_a_thing,
    role_and_person,
)
from factcheck.mentions.people.titles import head_at, title_start_at
from factcheck.mentions.people.tokens import SPEECH, glued
from factcheck.mentions.places import COMPASS_WORDS, is_place_name

# The nouns a government portfolio or an office's remit ends with: "Minister of Foreign and
# European Affairs", "Secretary of Defense", "Under Secretary of State for Civilian Security,
# Democracy, and Human Rights". A name may follow at once, so the remit ends at one of these.
REMIT_ENDS = word_set(
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
JOINED_PORTFOLIOS = REMIT_ENDS | {"foreign", "urbanization", "urbanisation"}


def _remit_word(token: Token) -> bool | None:
    """Whether ``token`` is a word of a title's remit ("of Veterans Affairs", "for U.S.
    Trade"): True for a capitalized word, False for a capitalized function word, which ends
    the remit ("Secretary of State In 2019"), None for any other token (a joiner such as
    "and", or what ends the remit)."""
    if not token.capitalized or token.text.lower() in HEADLINE_VERBS:
        return None
    return not (token.text.lower() in FUNCTION_WORDS and token.text != "U.S.")


def remit_words(doc: Doc, index: int) -> tuple[list[int], list[int]]:
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
_BODY_ENDS = BODY_WORDS | word_set("ministry directorate secretariat assembly parliament court")


def _ends_remit(doc: Doc, first: int, end: int, *, listed: bool) -> bool:
    """Whether the remit whose words run from token ``first`` may end just before token
    ``end``, where a name starts: at a noun a portfolio ends with, at an acronym before a
    name not in capitals ("Ambassador to the UN Linda Thomas-Greenfield"), and, unless the
    remit runs over a comma (``listed``: in a list of titled names the name may be the next
    item's), at the noun a body's name ends with or at a country or city ("President of
    Ukraine Volodymyr Zelenskyy", "Secretary of the Security Council Nikolai Patrushev")."""
    tokens = doc.tokens
    word, after = tokens[end - 1].text, tokens[end].text
    if word.lower() in REMIT_ENDS:
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
        if tokens[joiner].text == "and" and before not in JOINED_PORTFOLIOS:
            return False
    last = tokens[end - 1].end
    if is_place_name(doc.text[tokens[place].start : last]):
        return True
    # "Minister for North Wales Lesley Griffiths": a part of a place
    compass = tokens[place].text in COMPASS_WORDS and place + 1 < end
    return compass and is_place_name(doc.text[tokens[place + 1].start : last])


def remit_title(doc: Doc, start: int, head_end: int) -> list[Mention] | None:
    """ "Slovak Minister of Foreign and European Affairs Rastislav Káčer", "UK Minister for
    Europe, North America and Overseas Territories, Stephen Doughty,", "the president of
    Venezuela, Nicolás Maduro,": a title, its remit, then the name (at once after a noun a
    remit ends with, or between commas)."""
    tokens = doc.tokens
    ends, commas = remit_words(doc, head_end)
    if not ends:
        return None
    for comma in commas + [end for end in ends if end < len(tokens) and tokens[end].text == ","]:
        if comma - 1 not in ends and comma not in ends:
            continue
        name = name_after(doc, comma + 1, at_least=2)
        if name is None or name[1] >= len(tokens):
            continue
        following = tokens[name[1]].text
        if following in (",", ".") or following in SPEECH:
            return role_and_person(doc, (start, comma), name)
    for end in reversed(ends):
        listed = any(comma < end for comma in commas)
        if end >= len(tokens) or not _ends_remit(doc, head_end + 1, end, listed=listed):
            continue
        if not glued(doc, tokens[end - 1], tokens[end]):
            continue
        name = name_after(doc, end, at_least=2)
        if name is not None and not _possessive_before_a_body(doc, name):
            return role_and_person(doc, (start, end), name)
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
        and glued(doc, tokens[end - 1], tokens[end])
    )


def remit_span(doc: Doc, index: int) -> int:
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
        head = head_at(doc, position) if token.capitalized else None
        name = name_after(doc, head[0]) if head is not None and head[1] else None
        if name is not None and not names_a_thing(doc, name):
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
            if title_start_at(doc, after) is not None:
                break
            if token.text == ",":
                name = name_after(doc, after, at_least=2)
                if name is not None and closes_apposition(doc, name[1]):
                    break  # ", Isabelle Charest,": the name the titles are of
            position += 1
            continue
        break
    return end

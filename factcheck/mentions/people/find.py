"""The people finder's entry point: each title's start tried in text order against the
readings of the other modules (a name after it, a remit, an apposition), and the mentions
found by pattern merged in.
"""

from __future__ import annotations

from factcheck.mentions._text import Doc
from factcheck.mentions.model import Mention
from factcheck.mentions.people.apposition import appositive_titles
from factcheck.mentions.people.captions import bylines, caps_captions, caps_headlines, caps_labels
from factcheck.mentions.people.modifiers import chain_start, title_before_rank
from factcheck.mentions.people.named_as import named_as
from factcheck.mentions.people.names import (
    headline_name,
    name_after,
    names_a_thing,
    role_and_person,
    unconfirmed_in_headline,
)
from factcheck.mentions.people.of_a_body import of_a_body
from factcheck.mentions.people.post_nominals import post_nominals
from factcheck.mentions.people.remits import REMIT_ENDS, remit_title
from factcheck.mentions.people.titles import FULL_NAME_ONLY, PLURAL_HEADS, head_at, title_starts
from factcheck.mentions.people.tokens import glued, token_after


def find_people(doc: Doc) -> list[Mention]:
    """Role and person mentions, in text order."""
    tokens = doc.tokens
    bodies = of_a_body(doc) + (caps_labels(doc) if ":" in doc.text else [])
    if " as " in doc.text:
        bodies += named_as(doc)
    bodies += caps_headlines(doc) + bylines(doc)
    if ", " in doc.text:
        bodies += caps_captions(doc)
    found: list[Mention] = []
    doubtful: list[int] = []  # where a headline's unconfirmed role and name stand in `found`
    known: set[str] = {m.text.split()[-1] for m in bodies if m.kind == "person"}
    index = 0
    floor = 0
    for candidate in title_starts(doc):
        if candidate < index:
            continue  # inside a title or name already found
        index = candidate
        head = head_at(doc, index)
        if head is None:
            plural = _plural_title(doc, index, floor)
            if plural is not None:
                found += _learn(known, plural)
                index = floor = token_after(doc, plural[-1].end)
            continue
        head_end, formal = head
        if (
            head_end == index + 1
            and index > 0
            and tokens[index - 1].text in ("of", "for")
            and tokens[index].text.lower() in REMIT_ENDS
        ):
            continue  # "Department of Justice": a portfolio, not the title "Justice"
        start = chain_start(doc, index, formal, floor)
        if start is None:
            if not _bare_title_takes_a_name(doc, index, head_end):
                continue
            start = index
        name = None
        if head_end < len(tokens) and glued(doc, tokens[head_end - 1], tokens[head_end]):
            name = name_after(doc, head_end)
        if name is not None:
            name = headline_name(doc, name)
        if (
            name is not None
            and start == index
            and name[1] - name[0] < 2
            and tokens[index].text in FULL_NAME_ONLY
        ):
            name = None  # "market leader Nvidia": a company, no person
        if name is not None and names_a_thing(doc, name):
            index = name[1]  # "Prince Edward Island", "King Fahd Airport": no person
            continue
        if name is not None:
            if unconfirmed_in_headline(doc, name):
                doubtful.append(len(found))
            found += _learn(known, role_and_person(doc, (start, head_end), name))
            found += title_before_rank(doc, start, floor, found[-1].text)
            index = floor = name[1]
            continue
        remit = remit_title(doc, start, head_end)
        if remit is not None:
            found += _learn(known, remit)
            index = floor = token_after(doc, remit[-1].end)
            continue
        appositive = appositive_titles(doc, start, head_end, known)
        index = head_end
        if appositive is not None:
            found += _learn(known, appositive)
            if len(appositive) > 2:  # a list of titles: none of them starts another
                index = floor = token_after(doc, max(m.end for m in appositive))
    if doubtful:
        found = _misread_headlines(doc, found, doubtful)
    if bodies:
        spans = [(m.start, m.end) for m in bodies]
        found = [m for m in found if not any(a < m.end and m.start < b for a, b in spans)]
        found += bodies
    if " MP" in doc.text or " MSP" in doc.text or " MEP" in doc.text:
        found = post_nominals(doc, found)
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


def _plural_title(doc: Doc, index: int, floor: int) -> list[Mention] | None:
    """A plural title and the two names after it ("Judges Ann Lee and Bo Park"): the title is
    a role of the first, and both are persons."""
    tokens = doc.tokens
    if tokens[index].text not in PLURAL_HEADS or index + 1 >= len(tokens):
        return None
    start = chain_start(doc, index, True, floor)
    if start is None or not glued(doc, tokens[index], tokens[index + 1]):
        return None
    first = name_after(doc, index + 1)
    if first is None or first[1] + 1 >= len(tokens) or tokens[first[1]].text != "and":
        return None
    second = name_after(doc, first[1] + 1)
    if second is None:
        return None
    found = role_and_person(doc, (start, index + 1), first)
    person = role_and_person(doc, (start, index + 1), second)[1]
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


def _learn(known: set[str], mentions: list[Mention]) -> list[Mention]:
    """Add the surnames of the people among `mentions` to `known`; returns `mentions`.

    Kept as people are found, not gathered from all found so far at each title (which was
    quadratic in an article of many titles)."""
    known.update(m.text.split()[-1] for m in mentions if m.kind == "person")
    return mentions


def _misread_headlines(doc: Doc, found: list[Mention], doubtful: list[int]) -> list[Mention]:
    """``found`` without the headline's titles whose "name" is the headline's own words: a
    role at ``doubtful`` (with its person after it) whose name's words stand nowhere else is
    dropped where the article gives the same title (its last word, "President", "Minister")
    to a person outside the headline ("Sri Lanka President Declared Re-Elected" over "Sri
    Lanka has declared President Mahinda Rajapaksa ..."): the headline's title was that
    person's. A title no one else holds keeps its name ("President Trump Visits Texas")."""
    held = {
        mention.text.split()[-1].lower()
        for mention in found
        if mention.kind == "role" and not doc.in_headline(mention.start)
    }
    dropped: set[int] = set()
    for index in doubtful:
        if found[index].text.split()[-1].lower() in held:
            dropped.update((index, index + 1))
    return [mention for index, mention in enumerate(found) if index not in dropped]

"""A member of a parliament named by the letters after the name: "John Healey MP"."""

from __future__ import annotations

import bisect

from factcheck.lazy_pattern import lazy
from factcheck.mentions._text import FUNCTION_WORDS, Doc
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import COURTESIES
from factcheck.mentions.people.titles import FIRST_WORDS

# A member of a parliament named by the letters after the name: "John Healey MP".
_POST_NOMINAL = lazy(
    r"(?<![\w.'-])(?P<name>[A-Z][\w'-]+(?: [A-Z]\.)?(?: [A-Z][\w'-]+){1,2}) "
    r"(?P<title>MP|MSP|MEP)\b(?![\w-])(?! [A-Z][a-z])"
)
_COURTESY_BEFORE = lazy(r"(?:Hon\.?|Honourable|Honorable|Rt\.?|Right) $")


def post_nominals(doc: Doc, found: list[Mention]) -> list[Mention]:
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
            words[0].lower() in FUNCTION_WORDS or words[0] in FIRST_WORDS or words[0] in COURTESIES
        ):
            words.pop(0)  # "Secretary John Healey": the name is the words after the title
        if len(words) < 2 or any(word in FIRST_WORDS for word in words):
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

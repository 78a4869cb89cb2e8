"""Titles "of" a body before a name: "Chief of Turkish General Staff General Metin Gürak",
"Deputy Head of the Tax Service Oleg Lis".
"""

from __future__ import annotations

from factcheck.lazy_pattern import lazy
from factcheck.mentions._scan import anchored, occurrences
from factcheck.mentions._text import Doc
from factcheck.mentions.model import Mention

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


def of_a_body(doc: Doc) -> list[Mention]:
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

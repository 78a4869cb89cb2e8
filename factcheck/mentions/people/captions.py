"""Titles and names in capitals and on lines of their own: a transcript's speaker labels, a
script's captions, a release's headlines in capitals and a minister's byline.
"""

from __future__ import annotations

from factcheck.lazy_pattern import LazyPattern, lazy
from factcheck.mentions._scan import anchored
from factcheck.mentions._text import FUNCTION_WORDS, HEADLINE_VERBS, Doc
from factcheck.mentions.model import Mention
from factcheck.mentions.people.names import NOT_NAME, name_after, role_and_person
from factcheck.mentions.people.remits import REMIT_ENDS, remit_span
from factcheck.mentions.people.titles import HEADS, LOWER_MODIFIERS, TITLE_WORDS, head_at
from factcheck.mentions.people.tokens import token_after

# A transcript's speaker label: "PRESS SECRETARY JOHN F. KIRBY:", "SECRETARY OF DEFENSE
# LLOYD J. AUSTIN III:", a line that opens with capitals up to a colon.
_CAPS_LABEL = lazy(r"(?m)^(?P<label>[A-Z][A-Z.' -]{4,80}?):")
_CAPS_NAME_WORD = LazyPattern(r"[A-Z][A-Z'-]+|[A-Z]\.|JR\.|SR\.")


def _caps_title_words() -> frozenset[str]:
    words = TITLE_WORDS | LOWER_MODIFIERS | REMIT_ENDS
    words |= {"of", "the", "for", "to", "press", "white"}
    return frozenset(words | {"house", "u.s.", "us", "uk", "un", "eu", "nato", "joint", "chiefs"})


_CAPS_TITLE_WORDS = _caps_title_words()


# A script's speaker caption: "COLIN POWELL, U.S. SECRETARY OF STATE", a line of its own, or
# a transcript's label with the name first: "ANTHONY ALBANESE, PRIME MINISTER: Good …".
_CAPS_CAPTION = lazy(r"(?m)^(?P<name>[A-Z][A-Z.' -]{3,40}), (?P<title>[A-Z][A-Z.' -]{3,60})(?::|$)")


def caps_captions(doc: Doc) -> list[Mention]:
    """The name and the title of each script caption in capitals."""
    text = doc.text
    found: list[Mention] = []
    for match in anchored(_CAPS_CAPTION(), text, doc.line_starts):  # its "^" only
        name, title = match.group("name").split(), match.group("title").split()
        if not 2 <= len(name) <= 5 or not all(_CAPS_NAME_WORD.fullmatch(w) for w in name):
            continue
        if not all(word.lower() in _CAPS_TITLE_WORDS for word in title):
            continue
        if not any((word.capitalize(),) in HEADS for word in title):
            continue
        person, role = match.group("name"), match.group("title")
        found.append(Mention("person", match.start("name"), match.end("name"), person, person))
        found.append(
            Mention("role", match.start("title"), match.end("title"), role, role, person=person)
        )
    return found


def caps_labels(doc: Doc) -> list[Mention]:
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
        if not any((word.capitalize(),) in HEADS for word in words[:title]):
            continue
        role = " ".join(words[:title])
        person = " ".join(name)
        start = match.start("label")
        name_start = text.index(person, start + len(role))
        found.append(Mention("role", start, start + len(role), role, role, person=person))
        found.append(Mention("person", name_start, name_start + len(person), person, person))
    return found


# A paragraph in capitals: a release's headline ("STATEMENT OF ATTORNEY GENERAL ALBERTO R.
# GONZALES ON THE NOMINATION …", "REMARKS BY PRESIDENT TRUMP").
_CAPS_PARAGRAPH = lazy(r"(?m)^[^a-z\n]+$")
_TWO_CAPITALS = LazyPattern(r"[A-Z]{2}")
_CAPS_WORD = LazyPattern(r"[A-Z][A-Z.'-]*")


def caps_headlines(doc: Doc) -> list[Mention]:
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
            if not run or HEADS.get((run[-1].capitalize(),)) is not True:
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
    return FUNCTION_WORDS | HEADLINE_VERBS | _CAPS_TITLE_WORDS | NOT_NAME


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


def bylines(doc: Doc) -> list[Mention]:
    """The name and the title of each byline whose second line is a title and nothing
    else."""
    found: list[Mention] = []
    if "\n" not in doc.text:
        return found
    for match in anchored(_BYLINE(), doc.text, doc.line_starts):  # its "^" only
        first = token_after(doc, match.start("title"))
        head = head_at(doc, first) if first < len(doc.tokens) else None
        if head is None or not head[1]:
            continue
        end = remit_span(doc, head[0])
        if doc.tokens[end - 1].end != match.end("title"):
            continue  # more than a title on the line
        name = name_after(doc, token_after(doc, match.start("name")), at_least=2)
        if name is None or doc.tokens[name[1] - 1].end > match.end("name"):
            continue
        found += role_and_person(doc, (first, end), name)
    return found

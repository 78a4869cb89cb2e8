"""Find titled people: "Defense Minister Rustem Umerov", "Turkish President Recep Tayyip
Erdogan", "Kremlin spokesman Dmitry Peskov", and appositions ("Mark Rutte, NATO's secretary
general, said").

Each yields a ``role`` mention (the title with its modifiers: "Turkish President", "former
President", "Ukraine's foreign minister"; person= the name) and a ``person`` mention (the
name). A title needs a name next to it: "the U.S. president" alone names nobody.

One module a job: ``titles`` (the tables of titles and reading one at a token), ``names``
(a name's words), ``modifiers`` (the words before a title's head), ``remits`` ("of Foreign
Affairs" after it), ``apposition`` ("X, the foreign minister,"), ``captions`` (labels,
captions, headlines and bylines in capitals or on lines of their own), ``named_as`` ("named
X as Y"), ``of_a_body`` ("Head of the Tax Service X"), ``post_nominals`` ("X MP"), ``tokens``
(how tokens stand to each other) and ``find`` (the entry point, ``find_people``).
"""

from __future__ import annotations

from factcheck.mentions.people.find import find_people
from factcheck.mentions.people.titles import is_formal_title

__all__ = ["find_people", "is_formal_title"]

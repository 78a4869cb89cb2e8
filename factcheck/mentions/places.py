"""Find places: countries, capitals, US states and continents at once, other cities through
GeoNames (the index shipped with factcheck, via ``factcheck.consistency.gazetteer``).

Candidates are runs of capitalized words ("Minsk", "United States", "Palace of Independence")
outside titles and names, taken whole: "Palace of Independence" is a venue, so it is not the
city of Independence, Missouri. Countries, capitals, US states and continents come from
GeoNames' small tables (a dictionary look-up). Any other run is looked up in the cities index
only in a place context ("in Istanbul", "Lviv and Kharkiv", "Odesa, Ukraine"), at most
``CITY_LOOKUPS`` names an article. The limit counts every name the article asks about, whether
or not the process has looked it up before, so an article's places never depend on which
articles were checked before it in the same run (the gazetteer remembers recent names only to
answer them faster).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from functools import cache

from factcheck.lazy_pattern import LazyPattern
from factcheck.mentions._lexicon import NUMBER_WORDS
from factcheck.mentions._scan import anchored, occurrences
from factcheck.mentions._spans import Taken
from factcheck.mentions._text import (
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Doc,
    Token,
    indices,
    word_set,
)
from factcheck.mentions.model import Mention

CITY_LOOKUPS = 8
# Short names two countries share: "Congo" is the Republic of the Congo (CG) and the
# Democratic Republic of the Congo (CD). A place mention, whose country is the one the
# story's other places are in ("Kinshasa", "DR Congo"), else none: a guessed code would let
# a claim pass against the other country. Only the finder decides so; verify's gazetteer
# (factcheck/consistency/gazetteer.py) still knows no country called "Congo".
_SHARED_COUNTRY_NAMES = {"Congo": frozenset({"CD", "CG"})}
# English names news uses that GeoNames' country table spells otherwise.
_COUNTRY_ALIASES = {
    "U.S.": "US",
    "US": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Türkiye": "TR",
    "Turkiye": "TR",
    "Netherlands": "NL",
    "Holland": "NL",
    "Czech Republic": "CZ",
    "Côte d'Ivoire": "CI",
    "Vatican City": "VA",
    "UAE": "AE",
    "America": "US",  # "put America at risk"; "Latin America" is a region (_REGIONS)
    "Palestine": "PS",
    "DR Congo": "CD",
    "East Timor": "TL",
    # Formal names, as statements and treaties write them.
    "Russian Federation": "RU",
    "Republic of Korea": "KR",
    "Democratic People's Republic of Korea": "KP",
    "People's Republic of China": "CN",
    "Islamic Republic of Iran": "IR",
    "Syrian Arab Republic": "SY",
    "Republic of Türkiye": "TR",
    "Republic of Turkey": "TR",
    "Kingdom of Saudi Arabia": "SA",
    "Federal Republic of Germany": "DE",
    "French Republic": "FR",
    "Republic of India": "IN",
    "Republic of Moldova": "MD",
    "Republic of Belarus": "BY",
    "Kyrgyz Republic": "KG",
    "Slovak Republic": "SK",
    "Hellenic Republic": "GR",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Lao People's Democratic Republic": "LA",
    "Republic of the Union of Myanmar": "MM",
    "Federative Republic of Brazil": "BR",
    "United Mexican States": "MX",
    "Commonwealth of Australia": "AU",
    "State of Israel": "IL",
    "State of Palestine": "PS",
    "Arab Republic of Egypt": "EG",
    "Republic of South Africa": "ZA",
}
_JOINERS = frozenset({"of", "de", "la", "del", "do", "da", "and"})
# The joiners that make a run a body's or a venue's name ("Palace of Independence", "Bank of
# England"), never a city's; a city's name may hold the others ("Rio de Janeiro", "Ciudad
# del Este").
_ENGLISH_JOINERS = frozenset({"of", "and"})
_LOCATIVE = word_set(
    "in at from to near outside into toward towards across around via of between over "
    "visit visited visiting hosted reached left entered"
)
_PARTICLES = word_set("de da do dos das del la le of the and")
# A run that ends in one of these names a building or a body, never a city, whatever alias
# GeoNames holds ("White House" is an alias of Casablanca).
_VENUES = word_set(
    "House Hall Palace Street Square Building Tower Office Airport Embassy Ministry Court "
    "Parliament Senate Congress Council Cathedral Church Mosque Temple Stadium Arena "
    "University College School Hospital Hotel Castle Bridge Avenue Road Museum Theatre "
    "Theater Prison Base Camp Garden Gardens"
)
# Nouns of the subdivisions a US release lists by name ("the counties of La Paz and
# Maricopa"), which share their names with cities elsewhere.
_SUBDIVISIONS = word_set(
    "counties county parishes parish boroughs borough townships township "
    "provinces province islands island prefectures prefecture districts district"
)
# Lower-case nouns after a name that say it names no city but a province, an island, a port
# or another kind of place tests/gold/README.md leaves out ("Cebu province", "outside Cebu
# port", "Leyte island"): the name is not looked up as a city.
_NOT_TOWN_NOUNS = _SUBDIVISIONS | word_set(
    "port harbour harbor airport peninsula strait bay river valley lake coast state"
)
# ("the Donetsk region" stays the city: tests/gold reads an oblast named after its city so.)
# Regions whose last word is a country's name in the table: a region is no place.
_REGIONS = frozenset({"Latin America", "Central America", "Middle America", "Corporate America"})
# Plural nouns that announce a list of places: "three cities-Sagaing, Kyaukse, and Naypyidaw",
# "the towns of", "two capitals: Kyiv and Minsk".
_PLACE_NOUNS = word_set(
    "cities towns capitals countries villages states provinces regions districts ports "
    "city town capital country village"
)
# Words that a headline capitalizes but that end a name: "Ukraine And Russia Agree
# Ceasefire In Turkey" is three runs in headline case.
_HEADLINE_JOINERS = word_set("And In To For On At With After Over As From By Of Into Amid Near")
# Names that go on with "Of" in headline case too: "Bank Of England", "Republic Of Korea".
_NAMES_WITH_OF = _VENUES | word_set(
    "Bank Republic Kingdom Government Union Commonwealth State States Federation Assembly "
    "Institute Department Agency Chamber Duke Prince Princess King Queen Isle Gulf Sea"
)
# A wire dateline: "AUSTIN, Texas, March 12 -", "RIO DE JANEIRO -", "WASHINGTON (AP) -".
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?=,| -| \()")
_COMPOUND = re.compile(r"-(?:based|born|headquartered)$")
# Capitalized words that never start or make up a place name on their own.
_NOT_PLACES = word_set(
    "president minister prime secretary general chief head spokesman spokesperson mayor "
    "king queen pope prince governor senator ambassador envoy commander director chancellor "
    "russian ukrainian american british turkish french german chinese european eurasian "
    "nato eu un"
)


@cache
def _tables() -> dict[str, tuple[str | None, bool]]:
    """Name -> (country code, whether it is a country) for countries, capitals of large
    countries, US states and continents, from GeoNames' small tables."""
    from factcheck.consistency import gazetteer

    countries = gazetteer.countries()
    names: dict[str, tuple[str | None, bool]] = {}
    for country in countries:
        capital = country.capital.strip()
        # Small territories' capitals ("Hamilton", "Victoria", "Douglas") are also surnames.
        if capital and country.population >= 1_000_000:
            names.setdefault(capital, (country.code, False))
    for state in gazetteer.us_states():
        names[state] = ("US", False)
    for continent in gazetteer.continents():
        names[continent] = (None, False)
    for country in countries:
        names[country.name.strip()] = (country.code, True)
        if country.name.startswith("The "):
            names[country.name[4:]] = (country.code, True)
    for alias, code in _COUNTRY_ALIASES.items():
        names[alias] = (code, True)
    for name in _SHARED_COUNTRY_NAMES:
        names[name] = (None, True)  # a country, which one decided by the story's other places
    return names


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a country, a large country's capital, a US state, a continent or
    a city in GeoNames' table (for the speaker finder: "South Korea" opening a sentence is
    no person a later "he" points to)."""
    return name in _tables() or bool(_city_countries(name))


def _city_countries(name: str) -> frozenset[str]:
    """Country codes of the cities called ``name`` (GeoNames, imported when first needed)."""
    from factcheck.consistency import gazetteer

    return gazetteer.city_countries(name)


def _most_populous(name: str) -> str | None:
    """The country of the most populous city called ``name`` (for "Geneva": CH, not US)."""
    from factcheck.consistency import gazetteer

    cities = gazetteer.cities_named(name)
    return max(cities, key=lambda city: city.population).country if cities else None


class _Candidate:
    """A capitalized run that may name a place, with its token range.

    A plain class: a dataclass costs a millisecond to create at import."""

    __slots__ = ("context", "end", "first", "last", "name", "start")

    def __init__(
        self, first: int, last: int, start: int, end: int, name: str, context: bool = False
    ) -> None:
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.name = name
        self.context = context


def _inside(token: Token, blocked: Taken) -> bool:
    return blocked.covers(token.start)


# Possessives inside a country's formal name, which go on past it: "the People's Republic of
# China", "the Democratic People's Republic of Korea".
_INNER_POSSESSIVES = frozenset({"People's"})


def _runs(doc: Doc, blocked: Taken) -> list[tuple[int, int]]:
    """Token ranges of capitalized runs ("United States", "Democratic Republic of the Congo")."""
    tokens = doc.tokens
    runs: list[tuple[int, int]] = []
    index = 0
    for first in _capitalized(doc):
        if first < index or _inside(tokens[first], blocked):
            continue
        if _headline_verb(doc, first):
            index = first + 1  # "Obama Signs Arizona Disaster Declaration": no name's word
            continue
        index = first
        end = index + 1
        while end < len(tokens):
            previous = tokens[end - 1]
            if (
                previous.text.endswith("'s") and previous.text not in _INNER_POSSESSIVES
            ) or doc.text[previous.end : tokens[end].start] != " ":
                break
            following = tokens[end]
            if _COMPOUND.search(previous.text) or _headline_verb(doc, end):
                break
            if following.text in _HEADLINE_JOINERS and not (
                following.text == "Of" and previous.text in _NAMES_WITH_OF
            ):
                break  # headline case: "Ukraine And Russia Agree Ceasefire In Turkey"
            if following.capitalized and not _inside(following, blocked):
                end += 1
                continue
            if following.text in _JOINERS and following.text != "and":
                look = end + 1
                if look < len(tokens) and tokens[look].text == "the":
                    look += 1
                if (
                    look < len(tokens)
                    and tokens[look].capitalized
                    and not _inside(tokens[look], blocked)
                    and not _COMPOUND.search(tokens[look].text)
                ):
                    end = look + 1
                    continue
            break
        runs.append((index, end))
        index = end
    return runs


def _headline_verb(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a verb in a headline's capitals ("Signs", "Meets"), which
    ends the name before it and starts none."""
    return doc.lowered[index] in HEADLINE_VERBS and doc.in_headline(doc.tokens[index].start)


def _capitalized(doc: Doc) -> list[int]:
    """Indices of the capitalized words and abbreviations, where runs can start."""
    capitals = indices(map(str.isupper, map(operator.itemgetter(0), doc.token_texts)))
    kinds = doc.token_kinds
    return [index for index in capitals if kinds[index] in ("word", "abbr")]


# Month and weekday names: never a place's first or last word.
_DATE_WORDS = MONTH_NAMES | WEEKDAY_NAMES


def _candidate(doc: Doc, first: int, last: int) -> _Candidate | None:
    tokens = doc.tokens
    while first < last and (
        tokens[first].text.lower() in FUNCTION_WORDS or tokens[first].bare.lower() in _DATE_WORDS
    ):
        first += 1
    while last > first and tokens[last - 1].bare.lower() in _DATE_WORDS:
        last -= 1  # "In Hong Kong Thursday, Anwar warned": the day is no part of the place
    if first >= last:
        return None
    start = tokens[first].start
    end_token = tokens[last - 1]
    end = end_token.end - 2 if end_token.text.endswith("'s") else end_token.end
    compound = _COMPOUND.search(doc.text, start, end)
    if compound:
        end = compound.start()
    return _Candidate(first, last, start, end, doc.text[start:end], context=bool(compound))


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


_longest: dict[int, tuple[dict, tuple[int, int]]] = {}


def _longest_country(table: dict[str, tuple[str | None, bool]]) -> int:
    """The length of the longest country name in ``table`` (worked out once a table)."""
    return _longest_of(table)[0]


def _longest_name(table: dict[str, tuple[str | None, bool]]) -> int:
    """The length of the longest name of any kind in ``table`` (worked out once a table)."""
    return _longest_of(table)[1]


def _longest_of(table: dict[str, tuple[str | None, bool]]) -> tuple[int, int]:
    known = _longest.get(id(table))
    if known is None or known[0] is not table:
        country = max(
            (len(name) for name, (_code, is_country) in table.items() if is_country), default=0
        )
        known = _longest[id(table)] = (table, (country, max(map(len, table), default=0)))
    return known[1]


# Words a sentence's capital joins to a place's name after them: counts and function words.
_RUN_OPENERS = NUMBER_WORDS | FUNCTION_WORDS | word_set("dozens hundreds thousands several")
# The words that make a part of a place ("North Wales", "West Africa"), for places and titles.
COMPASS_WORDS = frozenset(
    {"North", "South", "East", "West", "Mid", "Northern", "Southern", "Eastern", "Western"}
    | {"Central", "Upper", "Lower"}
)


def _in_table(
    doc: Doc, candidate: _Candidate, table: dict, proper: frozenset[str] = frozenset()
) -> _Candidate | None:
    """The candidate if a table name, or its longest tail after a plain capitalized word if
    that is a country's name.

    A capitalized word before the country in the middle of a sentence makes the run a proper
    name holding the country ("said Air France", "Team GB", "Radio Sweden"), no place; only a
    word capitalized by its position (a sentence's first, or any in a headline's capitals)
    can be an ordinary word before one ("Neighbouring Uganda agreed"). ``proper`` are the
    runs the article writes so in mid-sentence: the same run opening a sentence or the title
    ("Air France jet with 228 on board") is that name too."""
    if candidate.name in table:
        return candidate
    state = _state_of(candidate.name)
    if state in table:
        start = candidate.end - len(state)  # "the State of Arizona": the state
        return _Candidate(candidate.last - 1, candidate.last, start, candidate.end, state)
    tokens = doc.tokens
    # Only tails no longer than the longest country's name can be one: in a run of 100,000
    # capitalized words, each of the longer tails was a copy of most of the run.
    shortest = candidate.end - _longest_country(table)
    lowest = bisect.bisect_left(tokens, shortest, candidate.first + 1, candidate.last, key=_START)
    for first in range(lowest, candidate.last):
        before = tokens[first - 1]
        if _direction_of(doc, candidate, first):
            return _tail(doc, candidate, first, table)  # "Northeast of Italy's capital"
        if not before.capitalized or before.text.lower() in _JOINERS:
            continue  # "Bank Of England" in a headline: a body named after a place
        if tokens[first].text.lower() in _JOINERS:
            continue
        if before.text in _REGION_WORDS and first == candidate.first + 1:
            break  # "North Wales", "West Africa": a region GeoNames does not hold, no country
        if _names_a_body(doc, first - 1) or doc.text[candidate.start : candidate.end] in proper:
            return None  # "said Air France": a name holding a country
        tail = _Candidate(first, candidate.last, tokens[first].start, candidate.end, "")
        tail.name = doc.text[tail.start : tail.end]
        # Only a country: "Neighbouring Uganda", "Senior U.S."; "Denzel Washington" is a name.
        # After a count or a function word capitalized by its place, any table name: "Two Utah
        # women".
        if tail.name in table and (table[tail.name][1] or before.text.lower() in _RUN_OPENERS):
            return tail
    return None


def _names_a_body(doc: Doc, before: int) -> bool:
    """Whether the capitalized word at token ``before``, just before a country's name, makes
    a proper name with it: capitalized in the middle of a sentence that is no headline, and
    no count or compass word ("Air France", not "Two Utah women" or "Central Italy")."""
    token = doc.tokens[before]
    word = token.text
    return (
        word.lower() not in _RUN_OPENERS
        and word not in COMPASS_WORDS
        and not doc.starts_sentence(before)
        and doc.text[max(0, token.start - 2) : token.start] not in ("- ", ": ")  # a dateline
        and not doc.in_headline(doc.tokens[before].start)
    )


def _proper_names(doc: Doc, candidates: list[_Candidate], table: dict) -> frozenset[str]:
    """The runs the article writes as a proper name holding a country in mid-sentence ("said
    Air France"): the same words opening a sentence are that name too (see _in_table)."""
    names: set[str] = set()
    for candidate in candidates:
        if candidate.name in table or candidate.last - candidate.first < 2:
            continue
        first = candidate.last - 1
        name = doc.text[doc.tokens[first].start : candidate.end]
        entry = table.get(name)
        if entry is not None and entry[1] and _names_a_body(doc, first - 1):
            names.add(doc.text[candidate.start : candidate.end])
    return frozenset(names)


# Compass words that make a region's proper name before a country ("North Wales", "West
# Africa", "Upper Egypt"). "Central" does not: "Central Italy", "Pounds Central Philippines"
# describe the middle of the country, as "central Italy" does, and the country is the place.
_REGION_WORDS = COMPASS_WORDS - {"Central"}
# Directions a text writes before "of" and a country: "95 kilometres Northeast of Italy's
# capital", "South of France" (the country, as "north of Italy" is).
_DIRECTIONS = word_set(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west"
)


def _direction_of(doc: Doc, candidate: _Candidate, first: int) -> bool:
    """Whether the run opens with a capitalized direction and "of" just before token
    ``first``: "Northeast of Italy", where the country is the place."""
    tokens = doc.tokens
    return (
        first == candidate.first + 2
        and tokens[first - 1].text == "of"
        and tokens[candidate.first].text.lower() in _DIRECTIONS
    )


def _tail(doc: Doc, candidate: _Candidate, first: int, table: dict) -> _Candidate | None:
    """The run's words from token ``first`` on, if they are a country's name."""
    tail = _Candidate(first, candidate.last, doc.tokens[first].start, candidate.end, "")
    tail.name = doc.text[tail.start : tail.end]
    entry = table.get(tail.name)
    return tail if entry is not None and entry[1] else None


# How US releases name a state as a party or a government: "the State of Indiana", "the
# Commonwealth of Kentucky".
_STATE_OF = ("State of ", "Commonwealth of ")


def _state_of(name: str) -> str | None:
    """The US state a "State of Arizona" run names (None for other runs, and for "State of
    Israel", which the table holds as a country's formal name)."""
    if not name.startswith(_STATE_OF):
        return None  # most runs: asked for every run the table does not hold
    from factcheck.consistency import gazetteer

    for prefix in _STATE_OF:
        if name.startswith(prefix) and name[len(prefix) :] in gazetteer.us_states():
            return name[len(prefix) :]
    return None


def _headline_head(doc: Doc, candidate: _Candidate, table: dict) -> _Candidate | None:
    """In a headline, the country or capital a run starts with ("Russia Agree Ceasefire"):
    headline case capitalizes the verb after a name, so the run runs on past it."""
    tokens = doc.tokens
    # Only heads no longer than the table's longest name can be in it: in a headline of
    # 20,000 capitalized words, each longer head was a copy of most of the paragraph.
    reach = candidate.start + _longest_name(table) + 2  # + 2: a possessive "'s" is cut
    highest = bisect.bisect_right(tokens, reach, candidate.first, candidate.last, key=_END)
    for last in range(min(candidate.last - 1, highest), candidate.first, -1):
        end_token = tokens[last - 1]
        end = end_token.end - 2 if end_token.text.endswith("'s") else end_token.end
        name = doc.text[candidate.start : end]
        if name in table and (table[name][1] or table[name][0]):
            return _Candidate(candidate.first, last, candidate.start, end, name)
    return None


def _linked(doc: Doc, left: _Candidate, right: _Candidate) -> bool:
    """Whether two runs are items of one list: "Lutsk, Lviv and Kyiv"."""
    between = doc.text[left.end : right.start]
    if left.end < doc.tokens[left.last - 1].end:
        between = between[2:]  # the possessive "'s" of the left item
    return between in (", ", " and ", ", and ")


def _title_case(name: str) -> str:
    words = name.lower().split()
    return " ".join(
        word if index and word in _PARTICLES else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


# A namesake in a country the article names gives way to a city of the same name elsewhere
# only when it is a small town (under _SMALL_TOWN people) and the other is _FAR_LARGER times
# its size: "talks in Geneva" in a story naming the United States is Geneva, Switzerland
# (202,000), not Geneva, Illinois (22,000); "Birmingham" in a story naming the United States
# stays Alabama's (196,000), "Cordoba" in one naming Spain Spain's (326,000).
_SMALL_TOWN = 50_000
_FAR_LARGER = 5


def _country_for(name: str, codes: frozenset[str], named: set[str]) -> str | None:
    if len(codes) == 1:
        return next(iter(codes))
    preferred = codes & named
    if len(preferred) != 1:
        return _most_populous(name)
    return _unless_far_larger(name, next(iter(preferred)))


def _unless_far_larger(name: str, country: str) -> str:
    """``country``, the one the article names among those with a city called ``name``,
    unless its city of that name is a small town and the most populous one elsewhere is
    many times larger (see _SMALL_TOWN): a large city is named by its name alone, a small
    town seldom is."""
    from factcheck.consistency import gazetteer

    cities = gazetteer.cities_named(name)
    there = max((city.population for city in cities if city.country == country), default=0)
    largest = max(cities, key=lambda city: city.population, default=None)
    if (
        largest is not None
        and 0 < there < _SMALL_TOWN
        and largest.population >= _FAR_LARGER * there
    ):
        return largest.country
    return country


def _datelines(doc: Doc) -> list[re.Match[str]]:
    """What _DATELINE's finditer finds, trying it only where its "^" can match: at the start of
    the text and after each line break (no match holds a line break, so none hides another
    line's). Tried at every character, it cost as much as the rest of the dateline work."""
    return anchored(_DATELINE, doc.text, doc.line_starts)


def find_places(
    doc: Doc, blocked: list[tuple[int, int]], people: frozenset[str] = frozenset()
) -> list[Mention]:
    """Place mentions outside ``blocked`` (titles, names, times); ``people`` are words of
    people's names found elsewhere, never looked up as cities."""
    table = _tables()
    text = doc.text
    found: list[Mention] = []
    dateline_spans: list[tuple[int, int]] = []
    for match in _datelines(doc):
        name = _title_case(match.group(1))
        if name in table:
            code = table[name][0]
        else:
            codes = _city_countries(name)
            if not codes:
                continue
            code = _country_for(name, codes, set())
        found.append(
            Mention("place", match.start(), match.end(), match.group(1), name, country=code)
        )
        dateline_spans.append((match.start(), match.end()))
    candidates = [
        candidate
        for first, last in _runs(doc, Taken(blocked + dateline_spans))
        if (candidate := _candidate(doc, first, last)) is not None
    ]
    taken = Taken(blocked)  # read only from here on: one mask for every check below
    candidates += _glued_heads(doc, taken)
    candidates.sort(key=lambda candidate: candidate.start)
    named = {mention.country for mention in found if mention.country}
    unknown: list[_Candidate] = []
    known: list[_Candidate] = []
    in_a_state: set[int] = set()  # starts of runs before ", <US state>": US cities
    proper = _proper_names(doc, candidates, table)
    for candidate in candidates:
        if candidate.name in _REGIONS:
            continue
        if _before_a_state(text, candidate.end, table):
            in_a_state.add(candidate.start)
            if candidate.name not in table or table[candidate.name][0] != "US":
                candidate.context = True  # "Paris, Texas", "East Palestine, Ohio"
                if len(candidate.name.split()) <= 3 and candidate.name.replace(" ", "").isalpha():
                    unknown.append(candidate)
                continue
        hit = _in_table(doc, candidate, table, proper)
        if hit is None and doc.in_headline(candidate.start):
            hit = _headline_head(doc, candidate, table)
        if hit is not None:
            known.append(hit)
            code = table[hit.name][0]
            if code:
                named.add(code)
            continue
        words = candidate.name.split()
        if (
            words[-1] in _VENUES
            or len(words) > 3
            or any(word in _ENGLISH_JOINERS for word in words)
            or words[0].lower() in _NOT_PLACES
            or candidate.name.isupper()
            or any(word in people for word in words)
            or _short_name_of_a_body(doc, candidate)
            or not all(
                token.kind == "word" for token in doc.tokens[candidate.first : candidate.last]
            )
        ):
            continue
        candidate.context = candidate.context or _context(doc, candidate.first, candidate.last - 1)
        unknown.append(candidate)
    # Items of a list share their context: "targeting Lutsk, Lviv and Kyiv".
    ordered = sorted(known + unknown, key=lambda c: c.start)
    for _ in range(2):
        for left, right in itertools.pairwise(ordered):
            if _linked(doc, left, right):
                shared = left.context or right.context or left in known or right in known
                left.context = right.context = shared
    looked_up: set[str] = set()
    cities: dict[str, frozenset[str]] = {}
    for candidate in unknown:
        if not candidate.context or candidate.name in looked_up:
            continue
        if len(looked_up) >= CITY_LOOKUPS:
            break
        looked_up.add(candidate.name)
        codes = _city_countries(candidate.name)
        if codes:
            cities[candidate.name] = codes
    # Cities in one country tell which country an ambiguous one is in ("Gaza", then "Rafah").
    named |= {next(iter(codes)) for codes in cities.values() if len(codes) == 1}
    confirmed = {name: _country_for(name, codes, named) for name, codes in cities.items()}
    placed = [(c, table[c.name][0]) for c in known]
    placed += [
        (c, "US")
        for c in unknown
        if c.start in in_a_state and "US" in cities.get(c.name, frozenset())
    ]
    unknown = [c for c in unknown if c.start not in in_a_state]
    placed += _hyphen_joined(doc, taken, table)
    placed += _postal_states(doc, taken)
    placed += _ap_states(doc, taken)
    placed += [(c, confirmed[c.name]) for c in unknown if c.name in confirmed]
    placed = _states_named_as_countries(text, placed)
    placed = _shared_names_placed(placed, named)
    placed = [(c, code) for c, code in placed if not _EVENT_YEAR.match(text, c.end)]
    placed = [(c, code) for c, code in placed if not _named_for(doc, c)]
    placed = _outside_office_titles(text, placed)
    found.extend(
        Mention("place", c.start, c.end, c.name, c.name, country=code) for c, code in placed
    )
    return sorted(found, key=lambda mention: mention.start)


def _shared_names_placed(
    placed: list[tuple[_Candidate, str | None]], named: set[str]
) -> list[tuple[_Candidate, str | None]]:
    """``placed`` with each shared country name ("Congo") given the one of its countries
    that the story's other places are in, where exactly one is; else it keeps no country."""
    if not any(c.name in _SHARED_COUNTRY_NAMES for c, _ in placed):
        return placed
    around = named | {code for c, code in placed if code and c.name not in _SHARED_COUNTRY_NAMES}
    resolved = []
    for candidate, code in placed:
        options = _SHARED_COUNTRY_NAMES.get(candidate.name)
        if options is not None and code is None and len(options & around) == 1:
            code = next(iter(options & around))
        resolved.append((candidate, code))
    return resolved


# A year and an event's noun after a place's name make the event's name with it ("the
# London 2012 Olympics", "Tokyo 2020 Games", "Glasgow 2014 Commonwealth Games"): the city is
# part of the name, no place the story is at (tests/gold-dev-news).
_EVENT_YEAR = LazyPattern(
    r" (?:19|20)[0-9]{2} (?:Olympics?|Paralympics?|Games|Commonwealth Games|World Cup|Expo|"
    r"Summit|Marathon|Festival|Championships?|Biennale|Conference)\b"
)


# An office held over a state or a city names it inside its title, with no one named: "the
# governor of Louisiana", "The governors of North Carolina, Virginia and Maryland", "the
# mayors of Denver and Boulder" (tests/gold/README.md: a name inside a title is no place;
# tests/gold-dev-newsdates). A named holder's title is a role, blocked before this.
_OFFICE_OF = LazyPattern(r"\b(?:[Gg]overnors?|[Mm]ayors?) of (?:the )?$")
_LIST_LINKS = (", ", " and ", ", and ")


def _outside_office_titles(
    text: str, placed: list[tuple[_Candidate, str | None]]
) -> list[tuple[_Candidate, str | None]]:
    """``placed`` without the places an office's title names, the items of its list too."""
    kept: list[tuple[_Candidate, str | None]] = []
    title_end = -1  # the end of the last place left out as part of a title
    for candidate, code in sorted(placed, key=lambda item: item[0].start):
        before = text[max(0, candidate.start - 24) : candidate.start]
        if _OFFICE_OF.search(before) or (
            title_end >= 0 and text[title_end : candidate.start] in _LIST_LINKS
        ):
            title_end = candidate.end
            continue
        title_end = -1
        kept.append((candidate, code))
    return kept


def _named_for(doc: Doc, candidate: _Candidate) -> bool:
    """Whether the place ends a proper name with "for" ("the Climate Change Strategy for
    Wales", "the First Minister for Wales", "Commission for Africa"): a capitalized word in
    mid-sentence just before "for" (not a sentence's or a headline's capital) makes the name
    go on through the place, as "of" does in "Bank of England"."""
    first = candidate.first
    if first < 2 or doc.tokens[first - 1].text != "for":
        return False
    before = first - 2
    token = doc.tokens[before]
    return (
        token.capitalized
        and token.kind == "word"
        and not doc.starts_sentence(before)
        and not doc.in_headline(token.start)
        and not is_place_name(token.text)
        and token.bare.lower() not in MONTH_NAMES
        and token.bare.lower() not in WEEKDAY_NAMES  # "left on Monday for France"
    )


# A US state after a comma, as a city's state is written ("Paris, Texas", "East Palestine,
# Ohio"): not one that is also a country's name ("Tbilisi, Georgia").
_STATE_AFTER = LazyPattern(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _before_a_state(text: str, end: int, table: dict) -> bool:
    """Whether ", <US state>" or ", <its AP abbreviation>" follows the run that ends at
    ``end``."""
    match = _STATE_AFTER.match(text, end)
    if match is None:
        # a state's AP abbreviation: "Dover, Del.", "Redding, Calif."
        return text.startswith(", ", end) and _AP_STATE.match(text, end + 2) is not None
    entry = table.get(match.group(1))
    return entry is not None and entry == ("US", False)


def _states_named_as_countries(
    text: str, placed: list[tuple[_Candidate, str | None]]
) -> list[tuple[_Candidate, str | None]]:
    """A US state's name that is also a country's ("Georgia") is the state after a US city
    and a comma ("Atlanta, Georgia"), and wherever the article's other places are in the US
    and none is in that country ("Florida, Georgia and North Carolina"); "Tbilisi, Georgia"
    stays the country."""
    from factcheck.consistency import gazetteer

    states = gazetteer.us_states()
    shared = [(c, code) for c, code in placed if code != "US" and c.name in states]
    if not shared:
        return placed
    ends = {c.end: code for c, code in placed}
    shared_starts = {c.start for c, _ in shared}
    others = {code for c, code in placed if c.start not in shared_starts}
    return [
        (c, "US")
        if c.start in shared_starts
        and (
            (text[c.start - 2 : c.start] == ", " and ends.get(c.start - 2) == "US")
            or ("US" in others and code not in others)
        )
        else (c, code)
        for c, code in placed
    ]


# The US Postal Service's codes of the states, as an address writes them ("Lawrence, MI
# 49064").
_POSTAL = word_set(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
_ZIP = LazyPattern(r" [0-9]{5}\b")


def _postal_states(doc: Doc, blocked: Taken) -> list[tuple[_Candidate, str | None]]:
    """A state's postal code after a town and a comma, before a ZIP code or the end of the
    line: "Lawrence, MI 49064". Read at each ", " (no pattern tried at every character)."""
    text = doc.text
    found: list[tuple[_Candidate, str | None]] = []
    for comma in occurrences(text, (", ",)):
        start = comma + 2
        code = text[start : start + 2]
        if (
            code not in _POSTAL
            or not comma
            or not (text[comma - 1].isalpha() or text[comma - 1] == ".")
        ):
            continue
        after = start + 2
        if not (after == len(text) or text[after] == "\n" or _ZIP.match(text, after)):
            continue
        if not blocked.covers(start):
            index = bisect.bisect_left(doc.tokens, start, key=_START)
            found.append((_Candidate(index, index + 1, start, start + 2, code), "US"))
    return found


# The states as AP style abbreviates them after a town ("YANKEETOWN, Fla.", "Ocean City,
# Md.", "Redding, Calif."); the states AP writes in full (Alaska, Hawaii, Idaho, Iowa, Maine,
# Ohio, Texas, Utah) are found by their names.
# After it: the end of the line, a comma or dash, or a new sentence; "Ind. candidate" and
# "Mass. transit" go on in lower case and are no state.
_AP_STATE = LazyPattern(
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
    r"Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|"
    r"Wash|W\.Va|Wis|Wyo)\."
    r'(?=$|[\n,;:)-]| [A-Z0-9"(-])'
)


def _ap_states(doc: Doc, blocked: Taken) -> list[tuple[_Candidate, str | None]]:
    """A state's AP abbreviation after a town's name and a comma: "Cedar Key, Fla.",
    "BALTIMORE, Md." (the abbreviation with its period is the span). Read at each ", "."""
    text = doc.text
    found: list[tuple[_Candidate, str | None]] = []
    for comma in occurrences(text, (", ",)):
        start = comma + 2
        if not comma or not text[comma - 1].isalpha() or not text[start : start + 1].isupper():
            continue
        match = _AP_STATE.match(text, start)
        if match is None or blocked.covers(start):
            continue
        first = bisect.bisect_left(doc.tokens, start, key=_START)
        last = bisect.bisect_left(doc.tokens, match.end(), key=_START)
        found.append(
            (_Candidate(first, max(last, first + 1), start, match.end(), match.group()), "US")
        )
    return found


def _hyphen_joined(doc: Doc, blocked: Taken, table: dict) -> list[tuple[_Candidate, str]]:
    """Countries in a word of capitalized parts joined by hyphens ("US-China talks",
    "Russian-US relations", "the U.S.-Jamaica partnership"): each part that is a country's
    name or alias, with its code. A part that is no country ("Russian") names none. Only the
    words that hold a hyphen are read (found from the text's hyphens)."""
    found: list[tuple[_Candidate, str]] = []
    tokens = doc.tokens
    holding = {
        bisect.bisect_right(tokens, at, key=_START) - 1 for at in occurrences(doc.text, ("-",))
    }
    for index in sorted(holding):
        token = tokens[index]
        if index < 0 or token.kind not in ("word", "abbr") or blocked.covers(token.start):
            continue
        parts = token.text.split("-")
        if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
            continue
        if token.text.removesuffix("'s") in table:
            continue  # "Guinea-Bissau", "Timor-Leste": one country's name, not two
        offset = token.start
        for part in parts:
            name = part[:-2] if part.endswith("'s") else part
            entry = table.get(name)
            if entry is not None and entry[1] and entry[0]:
                candidate = _Candidate(index, index + 1, offset, offset + len(name), name)
                found.append((candidate, entry[0]))
            offset += len(part) + 1
    return found


_GLUED = LazyPattern(r"([a-z]+)-([A-Z][a-z]+)")
_GLUED_IN_TEXT = re.compile(r"-[A-Z]")  # a lower-case word's dash before a capital


def _glued_heads(doc: Doc, blocked: Taken) -> list[_Candidate]:
    """A list's first place glued to the noun that announces it by a dash without spaces
    ("three cities-Sagaing, Kyaukse, and Naypyidaw"): the name, with a place context."""
    found: list[_Candidate] = []
    tokens = doc.tokens
    for dash in _GLUED_IN_TEXT.finditer(doc.text):
        index = bisect.bisect_right(tokens, dash.start(), key=_START) - 1
        token = tokens[index]
        if token.kind != "word" or not token.start < dash.start() < token.end:
            continue
        match = _GLUED.fullmatch(token.text)
        if match and match.group(1) in _PLACE_NOUNS and not blocked.covers(token.start):
            start = token.start + match.start(2)
            found.append(_Candidate(index, index + 1, start, token.end, match.group(2), True))
    return found


# The nouns that say a name is a town's: "Tacloban city", "the capital, Tacloban".
_TOWN_NOUNS = word_set("city town capital")
# A city's own institutions and people, named after it: "an Alexandria court", "a Toronto
# hospital", "Lyon prosecutors", "Kyiv residents" (tests/gold-dev-newsmix). Not its offices:
# "the Toronto mayor" names the city inside a title.
_LOCAL_NOUNS = word_set(
    "court courts courthouse tribunal prosecutor prosecutors police hospital hospitals jail "
    "prison resident residents native natives suburb suburbs neighborhood neighbourhood"
)
_AFTER_TOWN_NOUN = LazyPattern(r"\b(?:city|town|capital), $")


def _short_name_of_a_body(doc: Doc, candidate: _Candidate) -> bool:
    """Whether the run is one capitalized word after a lower-case "the": "the people of the
    Commonwealth", "the Union's citizens", "Met Office in the Media" name a body or a thing
    by its short name. A city's name hardly ever takes "the" (countries that do, "the
    Philippines", are in the table and never asked about here). A city's name before a noun
    takes the noun's "the" ("the Rafah crossing", "the Austin-based chipmaker"): that stays
    a city."""
    tokens = doc.tokens
    if (
        candidate.last - candidate.first != 1
        or candidate.first == 0
        or tokens[candidate.first - 1].text != "the"
        or _COMPOUND.search(tokens[candidate.first].text)  # "the Miami-based center"
    ):
        return False
    if tokens[candidate.first].text.endswith("'s"):
        return True  # "the Union's citizens": the name is the head, not a modifier
    after = tokens[candidate.last] if candidate.last < len(tokens) else None
    return not (
        after is not None
        and after.kind == "word"
        and after.text.islower()
        and after.text not in FUNCTION_WORDS
    )


def _context(doc: Doc, first: int, last: int) -> bool:
    """Whether the words around a run make it a place: "in X", "near X", "visit to X", "X
    city", "Leyte's capital, X"."""
    tokens = doc.tokens
    if last + 1 < len(tokens) and tokens[last + 1].text in _TOWN_NOUNS:
        return True  # "Leyte Island's Tacloban city"
    if last + 1 < len(tokens) and tokens[last + 1].text in _NOT_TOWN_NOUNS:
        return False  # "off the coast of Cebu province"
    if last + 1 < len(tokens) and tokens[last + 1].text in _LOCAL_NOUNS:
        return True  # "an Alexandria court"
    start = tokens[first].start
    if _AFTER_TOWN_NOUN.search(doc.text, max(0, start - 10), start):
        return True  # "the whole city, Tacloban", "Leyte's capital, Tacloban"
    if first == 0:
        return False
    before = tokens[first - 1].text.lower()
    if before == "the" and first > 1:
        before = tokens[first - 2].text.lower()
    if before in ("-", ":") and first > 1:
        return tokens[first - 2].text.lower() in _PLACE_NOUNS  # "three cities - Sagaing"
    if before == "of" and first > 1 and tokens[first - 2].text.lower() in _SUBDIVISIONS:
        return False  # "the counties of La Paz and Maricopa": counties, not the cities
    return before in _LOCATIVE

"""A synthetic archive for the scale benchmark: N news articles with their claims files.

    python benchmarks/corpus.py --size N --out DIR [--seed 0]

Writes DIR/articles/*.md and DIR/claims/*.yaml: N generated articles, each with a claims file,
plus the bundled example (article, claims file and lock) copied in as it is. Stdlib only.

Deterministic: article i is built from its own random.Random(f"{seed}:{i}"), so the same seed
gives the same bytes, and the corpus of 100 is the first 100 articles of the corpus of 1,000.

Each article is Markdown with front matter (title, author, outlet, `published` with its zone,
caption) and 600-1,200 words of wire-style copy about ceasefire talks between countries:
rounds of talks hosted by a mediator, prisoner exchanges, ministers' statements (some with a
weekday), a summit, strikes and casualty figures, quotes and background paragraphs. The words
carry the value forms the checker reads: days ("June 2", "Tuesday, June 4"), thirds of months
("late May"), months ("March 2022"), counts with qualifiers ("up to 1,200", "over 1 million"),
pairs ("1,000-for-1,000"), durations ("30-day", "2-3-day", "nearly three years"), ordinals
("third round"), real cities and countries GeoNames knows, titled people and quotes.

Its claims file has 30-60 claims grounded in those words (each with a `context` that occurs
once), mostly verified with sources, some unverified or disputed (warnings); subjects (a
series of numbered rounds, a planned next round, places `within` places, people with titles
held `since`/`until`); and checks of every kind (chronology, sequence, duration, numeric,
equal, containment of dates and of places, validity), all of which hold, so `factcheck verify
DIR/claims` exits 0.

The countries and cities are real; the people, outlets, sources (example.org addresses),
figures and events are invented. Nothing here is a report of real events. Generated files
have no lock file (no pinned sentences); only the bundled example has one.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import shutil
import sys
import time
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "2025-06-27-putin-third-round"
FORMAT_VERSION = 2  # bump when the generated files change, so scale.py regenerates

MONTHS = tuple(calendar.month_name)  # MONTHS[6] == "June"
ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth")
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
WEEKDAYS = tuple(calendar.day_name)  # Monday first, as date.weekday()
YEAR_DAYS = 365.2425


def _listed(text: str) -> tuple[str, ...]:
    return tuple(text.split(", "))


def _names(first: str, last: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A pool of first names and surnames (fictional people are drawn from both)."""
    return tuple(first.split()), tuple(last.split())


RU_NAMES = _names(
    "Sergei Dmitry Alexei Yelena Nikolai Pavel Irina Maxim Olga Andrei Tatyana Grigory Anatoly "
    "Marina Konstantin Larisa",
    "Volkov Sokolov Morozov Lebedev Novikov Orlov Zaitsev Belov Kuznetsov Fedorov Gromov Tarasov "
    "Yermakov Shilov Danilov Gusev",
)
UA_NAMES = _names(
    "Olena Andriy Oleksandr Iryna Dmytro Yulia Serhiy Natalia Mykola Kateryna Taras Oksana Bohdan "
    "Viktoria Roman Halyna",
    "Marchenko Kovalenko Bondarenko Tkachenko Shevchuk Melnyk Kravets Hnatyuk Lysenko Savchuk "
    "Horbach Moroz Petrenko Rudenko Yaremko",
)
AZ_NAMES = _names(
    "Elnur Leyla Rashad Aysel Farid Gunel Tural Nigar Kamran Sevinj",
    "Mammadov Huseynov Hasanov Guliyev Ismayilov Abbasov Rzayev Karimov Jafarov Babayev",
)
AM_NAMES = _names(
    "Armen Ani Davit Lusine Tigran Narine Hayk Gayane Aram Mariam",
    "Hakobyan Grigoryan Sargsyan Harutyunyan Petrosyan Avetisyan Karapetyan Vardanyan Mkrtchyan "
    "Ghazaryan",
)
TR_NAMES = _names(
    "Emre Selin Kaan Zeynep Murat Elif Burak Deniz Ozan Ceren",
    "Yildiz Demir Kaya Aydin Ozturk Arslan Celik Koc Sahin Erdem",
)
GULF_NAMES = _names(
    "Khalid Noura Faisal Mariam Omar Layla Saeed Huda Rashid Amal",
    "Al-Mansouri Al-Harbi Al-Kuwari Al-Rashid Al-Nuaimi Al-Farsi Al-Shamsi Al-Otaibi Al-Balushi "
    "Al-Hajri",
)
ALPINE_NAMES = _names(
    "Lukas Anna Martin Sophie Thomas Julia Stefan Claire Andreas",
    "Brunner Huber Keller Steiner Moser Weber Fischer Gerber Aebi",
)
KZ_NAMES = _names(
    "Askar Aigerim Nurlan Dana Yerlan Madina Timur Saule",
    "Abenov Zhakupov Seitkali Omarov Baimukhanov Iskakov Sultanov",
)

FEMININE = frozenset(
    _listed(
        "Yelena, Irina, Olga, Tatyana, Marina, Larisa, Leyla, Aysel, Gunel, Nigar, Sevinj, "
        "Aigerim, Dana, Madina, Saule"
    )
)

# name, adjective, cities that host talks, capital, aliases, people
MEDIATORS = (
    ("Turkey", "Turkish", ("Istanbul", "Ankara", "Antalya"), "Ankara", ("Türkiye",), TR_NAMES),
    ("Qatar", "Qatari", ("Doha",), "Doha", (), GULF_NAMES),
    ("Saudi Arabia", "Saudi", ("Riyadh", "Jeddah"), "Riyadh", (), GULF_NAMES),
    ("United Arab Emirates", "Emirati", ("Abu Dhabi", "Dubai"), "Abu Dhabi", ("UAE",), GULF_NAMES),
    ("Switzerland", "Swiss", ("Geneva",), "Bern", (), ALPINE_NAMES),
    ("Austria", "Austrian", ("Vienna",), "Vienna", (), ALPINE_NAMES),
    ("Oman", "Omani", ("Muscat",), "Muscat", (), GULF_NAMES),
    ("Kazakhstan", "Kazakh", ("Astana",), "Astana", (), KZ_NAMES),
)
CONFLICTS = (
    {
        "a": "Russia",
        "b": "Ukraine",
        "a_adj": "Russian",
        "b_adj": "Ukrainian",
        "a_cap": "Moscow",
        "b_cap": "Kyiv",
        "a_names": RU_NAMES,
        "b_names": UA_NAMES,
        "war": "Russia launched its full-scale invasion of Ukraine in {when}",
        "war_start": (2022, 2),
        "b_cities": _listed(
            "Kharkiv, Odesa, Dnipro, Zaporizhzhia, Sumy, Mykolaiv, Kherson, Chernihiv, Poltava, "
            "Vinnytsia, Kramatorsk, Sloviansk, Nikopol, Kryvyi Rih, Cherkasy, Zhytomyr, "
            "Bila Tserkva, Izmail"
        ),
        "losses": (700_000, 1_300_000),
        "mediators": (0, 1, 2, 3, 4, 5),
        "weight": 3,
    },
    {
        "a": "Azerbaijan",
        "b": "Armenia",
        "a_adj": "Azerbaijani",
        "b_adj": "Armenian",
        "a_cap": "Baku",
        "b_cap": "Yerevan",
        "a_names": AZ_NAMES,
        "b_names": AM_NAMES,
        "war": "The latest escalation along the border began in {when}",
        "war_start": (2022, 9),
        "b_cities": ("Kapan", "Gyumri", "Vanadzor", "Ijevan"),
        "losses": (3_000, 9_000),
        "mediators": (0, 1, 4, 5, 6, 7),
        "weight": 1,
    },
)
SUMMIT_CITIES = (
    ("Brussels", "Belgium"),
    ("Warsaw", "Poland"),
    ("Berlin", "Germany"),
    ("Paris", "France"),
    ("Rome", "Italy"),
    ("Vilnius", "Lithuania"),
    ("Madrid", "Spain"),
    ("Copenhagen", "Denmark"),
    ("Prague", "Czechia"),
    ("Bucharest", "Romania"),
    ("London", "United Kingdom"),
    ("Helsinki", "Finland"),
    ("Riga", "Latvia"),
    ("Tallinn", "Estonia"),
    ("Budapest", "Hungary"),
    ("Lisbon", "Portugal"),
)
SUMMIT_ORGS = ("NATO", "EU", "G7", "OSCE", "Council of Europe", "European Political Community")
DONORS = ("Germany", "France", "Japan", "Canada", "Norway", "the Netherlands", "Sweden", "Italy")
TITLES = {
    "Foreign Minister": ("Minister of Foreign Affairs",),
    "Defense Minister": ("Defence Minister", "Minister of Defense"),
    "Interior Minister": ("Minister of Internal Affairs",),
    "Justice Minister": ("Minister of Justice",),
    "Energy Minister": ("Minister of Energy",),
    "Deputy Foreign Minister": (),
    "Prime Minister": (),
    "Human Rights Commissioner": ("Ombudsman",),
    "Economy Minister": ("Minister of Economy",),
    "Presidential Chief of Staff": ("Chief of Staff",),
}
OUTLETS = (
    "The Meridian Wire",
    "Eastern Ledger",
    "Baltic Courier",
    "The Continental Desk",
    "Northgate News",
    "The Harbour Times",
    "Danube Post",
    "The Steppe Review",
)
BROADCASTERS = ("Radio Horizon", "Meridian TV", "Channel Seven News", "Radio Kompas", "Vista TV")
AUTHORS = (
    ("Hanna", "Jana", "Marek", "Ilse", "Tomas", "Nadia", "Pieter", "Alina", "Jonas", "Vera"),
    ("Lindqvist", "Novak", "Horvat", "Meier", "Dumont", "Kowalczyk", "Berg", "Varga", "Ruiz"),
)
VENUES = (
    "Presidential Palace",
    "Congress Centre",
    "Foreign Ministry guesthouse",
    "Grand Conference Hall",
    "Old Palace",
    "Lakeside Residence",
    "State Guesthouse",
    "Harbour Pavilion",
)
QUOTES = (
    "We are ready to continue the dialogue, but not at any price",
    "The humanitarian track is the only one that is working today",
    "Nobody should expect a breakthrough overnight",
    "We need guarantees, not promises",
    "Every exchange brings families back together, and that matters more than any communique",
    "The door to negotiations remains open",
    "We will not trade our land for a pause in the fighting",
    "Our position has not changed",
    "It is too early to speak about a meeting of leaders",
    "We are working on the details, and the details are difficult",
    "Peace cannot be built on an ultimatum",
    "The next meeting must produce results, not photographs",
    "We have heard these promises before",
    "Our delegation is ready to travel at short notice",
    "A ceasefire that is not monitored is not a ceasefire",
    "We count on our partners to keep up the pressure",
    "There is still a long way to go",
    "We have not seen any sign of goodwill from the other side",
    "The talks were difficult but useful",
    "We are prepared to discuss all humanitarian questions",
    "Words on paper will not stop the shelling",
    "We want every prisoner home, without exception",
    "Nobody is talking about capitulation",
    "The proposals on the table are absolutely opposite",
    "We will be happy to host the delegations again",
    "This is a marathon, not a sprint",
)
STATEMENTS = (
    "the next round of talks should focus on humanitarian issues",
    "the government would not accept any preconditions for a meeting of leaders",
    "the delegations had agreed to exchange lists of prisoners",
    "a memorandum on a ceasefire was still being drafted",
    "the country's position on the occupied territories had not changed",
    "the delegation was ready to travel on short notice",
    "progress on the return of deported children was too slow",
    "the sides had agreed to set up working groups on humanitarian questions",
    "any truce would need international observers to monitor it",
    "energy infrastructure must be spared from strikes during the talks",
    "the return of the bodies of fallen soldiers would continue",
    "a direct meeting of the presidents remained the goal",
    "the other side had not answered the latest proposals",
    "sanctions should stay in place until a settlement is signed",
    "the grain corridor in the Black Sea had to remain open",
    "another humanitarian corridor was under discussion",
    "talks on the safety of the nuclear power plant had stalled",
    "the agenda for the next meeting was not yet agreed",
    "civilian detainees should be included in future exchanges",
    "the mediators had been asked to prepare a draft agenda",
)
FILLER = (
    "Diplomats familiar with the discussions said the sides remained far apart on the core "
    "questions.",
    "Neither delegation published a full account of what was discussed behind closed doors.",
    "Analysts cautioned that procedural agreements had in the past failed to translate into "
    "lasting change on the ground.",
    "Humanitarian organizations have repeatedly called for broader access to detainees held by "
    "both sides.",
    "The issue of missing persons remains one of the most painful for families on both sides "
    "of the front line.",
    "Western officials have said they will judge the process by its results rather than by its "
    "statements.",
    "Front-line fighting continued throughout the period of the talks, according to military "
    "reports from both sides.",
    "Observers noted that the tone of official statements had softened slightly in recent weeks.",
    "Questions about security guarantees and the sequencing of any settlement remain unresolved.",
    "Several governments have offered to host future meetings, citing their contacts with both "
    "capitals.",
    "The talks have so far produced agreements on humanitarian questions rather than on "
    "political ones.",
    "Relatives of prisoners of war have gathered regularly in the capital to demand faster "
    "exchanges.",
    "Officials in {a_cap} did not immediately respond to a request for comment.",
    "Officials in {b_cap} have described the latest proposals from {a} as unacceptable.",
    "Energy infrastructure has been a frequent target of long-range strikes.",
    "Aid agencies say the coming winter will again put pressure on displaced families.",
    "Both sides accuse each other of violating earlier humanitarian arrangements.",
    "Independent verification of battlefield claims remains difficult.",
    "Public opinion surveys suggest broad scepticism about the prospects of a quick settlement.",
    "The negotiators are expected to report back to their governments before any new meeting "
    "is scheduled.",
    "Economists warn that reconstruction will take years and require sustained international "
    "financing.",
    "Mediators have avoided publicly assigning blame for the slow pace of progress.",
    "{b_adj} officials say any agreement must begin with a full and verifiable ceasefire.",
    "{a_adj} officials insist that a settlement must reflect what they call the realities on "
    "the ground.",
    "Some lawmakers in {b_cap} have criticized the government for agreeing to talks at all.",
    "State media in {a_cap} gave the talks only brief coverage.",
    "The United Nations has urged both sides to protect civilians and civilian infrastructure.",
    "Military analysts say neither side has the strength for a decisive breakthrough.",
    "Refugee agencies report that millions of people remain displaced inside and outside the "
    "country.",
    "The question of who would guarantee a future agreement has dominated the public debate.",
    "Both delegations were led by officials rather than by heads of state.",
    "Previous attempts at a settlement collapsed over the order in which steps would be taken.",
    "Families of the missing have asked the mediators to set up a joint register of detainees.",
    "Journalists were kept away from the venue for most of the day.",
    "A joint statement was not issued at the end of the meeting.",
    "Some European governments have pressed for the talks to include a discussion of reparations.",
    "Observers said the choice of venue reflected the mediator's ties with both governments.",
    "Critics argue that humanitarian deals have been used to delay harder political decisions.",
    "The sides also discussed the return of civilians held since the early months of the war.",
    "Officials declined to say whether a written agreement would follow.",
    "Demining experts say it will take decades to clear contaminated farmland.",
    "Talks on the exchange of the bodies of fallen soldiers have continued in parallel.",
    "Prisoners released in earlier exchanges have described harsh conditions in detention.",
    "Regional leaders have warned that a frozen conflict would leave the underlying dispute "
    "unresolved.",
    "Diplomatic contacts at a lower level continued between the rounds, officials said.",
    "The mediator's foreign ministry described the atmosphere of the meeting as constructive.",
    "Neither government has published the full text of its proposals.",
    "Human rights groups have documented abuses against detainees held by both sides.",
    "Insurance costs for shipping in the region remain far above their pre-war levels.",
    "Many displaced families say they will not return home until there is a lasting peace.",
)
LEAD_TAILS = (
    "without saying whether the country's leader would take part",
    "adding that the date and the venue still had to be agreed",
    "without giving a date for the meeting",
    "while warning that the gap between the positions remained wide",
)
BRIEFING_FORMS = (
    "during a press briefing",
    "in a televised address",
    "at a news conference",
    "in a statement",
    "in an interview",
)


def long_date(day: dt.date) -> str:
    return f"{MONTHS[day.month]} {day.day}, {day.year}"


def short_date(day: dt.date) -> str:
    return f"{MONTHS[day.month]} {day.day}"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def occurrences(haystack: str, needle: str) -> int:
    """How often `needle` occurs in `haystack` on whole words (as factcheck matches)."""
    count, start, size = 0, haystack.find(needle), len(needle)
    while start != -1:
        end = start + size
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        # A boundary counts only where the needle's own edge is a word character.
        left_ok = not (needle[0].isalnum() or needle[0] == "_") or not (
            before.isalnum() or before == "_"
        )
        right_ok = not (needle[-1].isalnum() or needle[-1] == "_") or not (
            after.isalnum() or after == "_"
        )
        count += left_ok and right_ok
        start = haystack.find(needle, start + 1)
    return count


def month_thirds_between(after: dt.date, before: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """Thirds of months ("early", "mid", "late") lying strictly between two days."""
    found = []
    year, month = after.year, after.month
    while (year, month) <= (before.year, before.month):
        last = calendar.monthrange(year, month)[1]
        for part, first, final in (("early", 1, 10), ("mid", 11, 20), ("late", 21, last)):
            start, end = dt.date(year, month, first), dt.date(year, month, final)
            if start > after and end < before:
                found.append((part, start, end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def third_words(part: str, month: int) -> str:
    return f"mid-{MONTHS[month]}" if part == "mid" else f"{part} {MONTHS[month]}"


def yaml_str(value: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return encode_basestring(value)


_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
_RESERVED = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})


def yaml_flow(value: object) -> str:
    """A value on one line: ids and words plain, other strings quoted, collections in flow."""
    if isinstance(value, str):
        if _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
            return value
        return encode_basestring(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(map(yaml_flow, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return encode_basestring(str(value))


class Rejected(Exception):
    """The drawn article does not meet the corpus rules; draw another one."""


class Article:
    """One generated article: its paragraphs, and the subjects, claims and checks about it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.paragraphs: list[str] = []
        self.subjects: dict[str, dict] = {}
        self.claims: list[dict] = []
        self.checks: list[dict] = []
        self.sources: dict[str, dict] = {}
        self.used_names: set[str] = set()
        self.offices: set[tuple[tuple, str]] = set()  # (names pool, title): one holder each
        self.quotes = rng.sample(QUOTES, len(QUOTES))
        self.statements = rng.sample(STATEMENTS, len(STATEMENTS))

        conflict = rng.choices(CONFLICTS, weights=[c["weight"] for c in CONFLICTS])[0]
        self.c = conflict
        self.mediator = MEDIATORS[rng.choice(conflict["mediators"])]
        start = dt.date(2023, 3, 1)
        self.published_day = start + dt.timedelta(days=rng.randrange(1000))
        hour, minute = rng.randrange(6, 23), rng.randrange(60)
        zone = rng.choice(("+03:00", "+02:00", "+01:00", "+00:00", "+04:00"))
        self.published = f"{self.published_day.isoformat()}T{hour:02d}:{minute:02d}:00{zone}"
        self.title = ""
        self.caption = ""
        self.author = f"{rng.choice(AUTHORS[0])} {rng.choice(AUTHORS[1])}"
        self.outlet = rng.choice(OUTLETS)
        self._make_sources()

    # --- building blocks -------------------------------------------------------------------

    def _make_sources(self) -> None:
        rng = self.rng
        a, b = self.c["a"], self.c["b"]
        topics = (
            f"{a} and {b} hold another round of talks",
            f"Prisoner exchange between {a} and {b} completed",
            f"Ministers comment on the prospects of a ceasefire between {a} and {b}",
            f"Officials give casualty figures for the war between {a} and {b}",
            f"Summit leaders discuss support for {b}",
            f"Mediator offers to host a meeting of the {self.c['a_adj']} and "
            f"{self.c['b_adj']} presidents",
        )
        for number, topic in enumerate(rng.sample(topics, rng.randint(3, 6)), 1):
            outlet = rng.choice(OUTLETS)
            day = self.published_day - dt.timedelta(days=rng.randrange(0, 40))
            self.sources[f"src-{number}"] = {
                "title": topic,
                "publisher": outlet,
                "date": day.isoformat(),
                "url": f"https://example.org/{slug(outlet)}/{day.isoformat()}/{slug(topic)}",
            }

    def person(self, names: tuple[tuple[str, ...], tuple[str, ...]], title: str,
               used_on: dt.date) -> tuple[str, str, str]:  # fmt: skip
        """A new person holding `title` on `used_on`: (subject id, full name, surname)."""
        rng = self.rng
        if (names, title) in self.offices:
            raise Rejected(f"two people hold {title}")
        self.offices.add((names, title))
        for _ in range(50):
            first, last = rng.choice(names[0]), rng.choice(names[1])
            if last not in self.used_names:
                break
        else:
            raise Rejected("ran out of surnames")
        self.used_names.add(last)
        if first in FEMININE and last.endswith(("ov", "ev", "in")):
            last += "a"  # Belova, Mammadova
        name = f"{first} {last}"
        since = used_on - dt.timedelta(days=rng.randint(120, 2400))
        record: dict = {"title": title}
        if TITLES[title]:
            record["aliases"] = list(TITLES[title])
        record["since"] = since.isoformat()
        if rng.random() < 0.3:
            record["until"] = (used_on + dt.timedelta(days=rng.randint(1, 400))).isoformat()
        record["sources"] = [rng.choice(list(self.sources))]
        sid = slug(name)
        self.subjects[sid] = {"kind": "person", "name": name, "aliases": [last], "titles": [record]}
        return sid, name, last

    def free_title(self, names: tuple, titles: list[str]) -> str:
        """A title from `titles` nobody of that country holds yet in this article."""
        free = [title for title in titles if (names, title) not in self.offices]
        if not free:
            raise Rejected("no free office")
        return self.rng.choice(free)

    def place(self, name: str, within: str | None = None, aliases: tuple[str, ...] = ()) -> str:
        sid = slug(name)
        entry: dict = {"kind": "place", "name": name}
        if aliases:
            entry["aliases"] = list(aliases)
        if within:
            entry["within"] = within
        self.subjects.setdefault(sid, entry)
        return sid

    def event(self, sid: str, name: str, **fields: object) -> str:
        self.subjects.setdefault(sid, {"kind": "event", "name": name, **fields})
        return sid

    def claim(self, cid: str, kind: str, subject: str, prop: str, value: object, text: str,
              context: str, **extra: object) -> str:  # fmt: skip
        rng = self.rng
        entry: dict = {
            "id": cid,
            "type": kind,
            "subject": subject,
            "property": prop,
            "value": value,
        }
        entry.update({k: v for k, v in extra.items() if k in ("qualifier", "unit")})
        entry["text"] = text
        entry["context"] = context
        draw = rng.random()
        cited = rng.sample(list(self.sources), rng.randint(1, 2))
        if draw < 0.05:
            entry["status"] = "unverified"
            entry["note"] = "Only the article states it so far; a second source would verify it."
        elif draw < 0.07:
            entry["status"] = "disputed"
            entry["sources"] = cited
            entry["note"] = "The sources at hand give different accounts."
        else:
            entry["status"] = "verified"
            entry["sources"] = cited
        self.claims.append(entry)
        return cid

    def check(self, cid: str, kind: str, **fields: object) -> None:
        self.checks.append({"id": cid, "kind": kind, **fields})

    def statement(self) -> str:
        if not self.statements:
            raise Rejected("ran out of statements")
        return self.statements.pop()

    def quote(self) -> str:
        if not self.quotes:
            raise Rejected("ran out of quotes")
        return self.quotes.pop()

    # --- the story ---------------------------------------------------------------------------

    def build(self) -> None:
        rng = self.rng
        p = self.published_day
        # Timeline: k rounds held, the last a few days before the dateline.
        held = rng.randint(2, 4)
        rounds = [p - dt.timedelta(days=rng.randint(4, 20))]
        for _ in range(held - 1):
            rounds.insert(0, rounds[0] - dt.timedelta(days=rng.randint(12, 34)))
        self.rounds = rounds
        self.lead(held)
        self.quotes_paragraph(self.lead_speaker, rng.randint(1, 2))
        self.talks(rounds)
        self.exchange(rounds)
        blocks = [
            self.ceasefire,
            self.minister,
            self.summit,
            self.strike,
            self.war_length,
            self.mediator_offer,
            self.interview,
            self.aid,
            self.evacuation,
            self.minister,
            self.casualties,
        ]
        core = [self.summit, self.minister]
        optional = [b for b in blocks if b not in core] + [self.minister]
        rng.shuffle(optional)
        target = rng.randint(30, 60)
        for block in [*core, *optional]:
            if len(self.claims) >= target and block not in core:
                break
            before = (len(self.claims), len(self.paragraphs), len(self.checks))
            block()
            if len(self.claims) > 60:
                # undo the block that went over the limit
                self.claims = self.claims[: before[0]]
                self.paragraphs = self.paragraphs[: before[1]]
                self.checks = self.checks[: before[2]]
                break
        if len(self.claims) < 30:
            raise Rejected("too few claims")
        self.sequence_check(held)
        self.pad_words(rng.randint(600, 1200))

    def lead(self, held: int) -> None:
        c, p = self.c, self.published_day
        next_ord = ORDINALS[held + 1]
        self.series = f"{slug(self.mediator[0])}-talks"
        self.subjects[self.series] = {
            "kind": "series",
            "name": f"Direct talks between {c['a']} and {c['b']} hosted by {self.mediator[0]}",
        }
        self.next_round = self.event(
            f"round-{held + 1}",
            f"Round {held + 1} of the talks (proposed)",
            part_of=self.series,
            ordinal=held + 1,
            planned=True,
        )
        title = self.rng.choice(["Foreign Minister", "Deputy Foreign Minister", "Prime Minister"])
        sid, name, last = self.person(c["a_names"], title, p)
        self.lead_speaker = (sid, name, last)
        tail = self.rng.choice(LEAD_TAILS)
        self.title = f"{c['a']} ready to hold {next_ord} round of talks with {c['b']}, {last} says"
        self.claim(
            "title-next-round-ordinal", "ordinal", self.next_round, "ordinal", held + 1,
            f"{next_ord} round", f"ready to hold {next_ord} round of talks with {c['b']}",
        )  # fmt: skip
        briefing = self.event("lead-briefing", f"{name}'s remarks to reporters")
        self.paragraphs.append(
            f"{c['a']} is ready to hold a {next_ord} round of peace talks with {c['b']}, "
            f"{c['a_adj']} {title} {name} told reporters on {short_date(p)}, {tail}."
        )
        self.claim(
            "next-round-ordinal", "ordinal", self.next_round, "ordinal", held + 1,
            f"{next_ord} round", f"is ready to hold a {next_ord} round of peace talks",
        )  # fmt: skip
        self.claim(
            "lead-speaker-title", "role", sid, "title", title, f"{title} {name}",
            f"{c['a_adj']} {title} {name} told reporters",
        )  # fmt: skip
        self.claim(
            "lead-speaker", "person", briefing, "speaker", name, name,
            f"{name} told reporters on {short_date(p)}",
        )  # fmt: skip
        self.claim(
            "lead-date", "date", briefing, "date", p.isoformat(), short_date(p),
            f"told reporters on {short_date(p)}",
        )  # fmt: skip
        self.check("lead-speaker-in-office", "validity", title="lead-speaker-title",
                   date="lead-date")  # fmt: skip
        self.check("lead-on-dateline", "equal", items=["lead-date", "published"])

    def quotes_paragraph(
        self, speaker: tuple[str, str, str], count: int, attach: bool = False
    ) -> None:
        """`count` quotes of `speaker`: a paragraph, or the end of the last one (`attach`)."""
        sid, _, last = speaker
        sentences = []
        for number in range(count):
            words = self.quote()
            verb = "said" if number == 0 else "added"
            sentences.append(f'"{words}," {last} {verb}.')
            self.claim(
                f"{sid}-quote-{number + 1}", "quote", sid, "quote", words, words,
                f'"{words}," {last} {verb}',
            )  # fmt: skip
        if attach:
            self.paragraphs[-1] += " " + " ".join(sentences)
        else:
            self.paragraphs.append(" ".join(sentences))

    def talks(self, rounds: list[dt.date]) -> None:
        rng, c = self.rng, self.c
        country, _, cities, _, aliases, _ = self.mediator
        country_id = self.place(country, aliases=aliases)
        held = len(rounds)
        venues = rng.sample(VENUES, held)
        round_city = [rng.choice(cities) for _ in rounds]
        for number in range(1, held + 1):
            self.event(
                f"round-{number}", f"Round {number} of the talks", part_of=self.series,
                ordinal=number,
            )  # fmt: skip
        last = rounds[-1]
        if held == 2:
            earlier = f"following an earlier meeting on {short_date(rounds[0])}"
        else:
            listed = ", ".join(short_date(d) for d in rounds[:-2])
            earlier = f"following earlier meetings on {listed} and {short_date(rounds[-2])}"
        self.paragraphs.append(
            f"The latest peace talks between {c['a']} and {c['b']} took place on "
            f"{short_date(last)} in {round_city[-1]}, {earlier}."
        )
        self.claim(
            f"round-{held}-date", "date", f"round-{held}", "date", last.isoformat(),
            short_date(last), f"took place on {short_date(last)} in {round_city[-1]}",
        )  # fmt: skip
        city_id = self.place(round_city[-1], within=country_id)
        self.claim(
            f"round-{held}-city", "place", f"round-{held}", "city", round_city[-1],
            round_city[-1], f"on {short_date(last)} in {round_city[-1]}, following",
        )  # fmt: skip
        self.check(f"round-{held}-in-{country_id}", "containment", item=f"round-{held}-city",
                   within=country_id)  # fmt: skip
        for number, day in enumerate(rounds[:-1], 1):
            if number == 1:
                context = f"{'meeting' if held == 2 else 'meetings'} on {short_date(day)}"
            else:
                context = f"{short_date(rounds[number - 2])}{',' if number < held - 1 else ' and'} "
                context += short_date(day)
            self.claim(
                f"round-{number}-date", "date", f"round-{number}", "date", day.isoformat(),
                short_date(day), context,
            )  # fmt: skip
        # One sentence per round: venue, ordinal, and the days since the previous round.
        details = []
        for number, day in enumerate(rounds, 1):
            city, venue = round_city[number - 1], venues[number - 1]
            venue_name = f"{city} {venue}"
            ordinal = ORDINALS[number]
            city_id = self.place(city, within=country_id)
            self.place(venue_name, within=city_id)
            if number == 1:
                sentence = (
                    f"The {ordinal} round was held at the {venue_name}, the first direct "
                    f"meeting of the delegations in years."
                )
            else:
                gap = (day - rounds[number - 2]).days
                sentence = (
                    f"The {ordinal} round, at the {venue_name}, came {gap} days after the "
                    "previous meeting."
                )
                self.claim(
                    f"round-{number}-gap", "duration", f"round-{number}", "days-since-previous",
                    f"P{gap}D", f"{gap} days", f"came {gap} days after the",
                )  # fmt: skip
                self.check(
                    f"round-{number}-gap-holds", "duration", start=f"round-{number - 1}-date",
                    end=f"round-{number}-date", duration=f"round-{number}-gap",
                )  # fmt: skip
            details.append(sentence)
            self.claim(
                f"round-{number}-ordinal", "ordinal", f"round-{number}", "ordinal", number,
                f"{ordinal} round", f"The {ordinal} round",
            )  # fmt: skip
            self.claim(
                f"round-{number}-venue", "place", f"round-{number}", "venue", venue_name,
                venue_name, f"at the {venue_name}",
            )  # fmt: skip
            self.check(f"round-{number}-venue-in-country", "containment",
                       item=f"round-{number}-venue", within=country_id)  # fmt: skip
        # Earlier talks hosted by the mediator, a year or more before.
        before = rounds[0] - dt.timedelta(days=rng.randint(380, 900))
        month = f"{MONTHS[before.month]} {before.year}"
        details.append(
            f"{country} previously hosted direct talks between the sides in {month} and has "
            f"remained one of the few countries with open lines to both {c['a_cap']} and "
            f"{c['b_cap']}."
        )
        self.event("earlier-talks", f"Talks hosted by {country}, {month}")
        self.claim(
            "earlier-talks-date", "date", "earlier-talks", "date",
            f"{before.year}-{before.month:02d}", month,
            f"direct talks between the sides in {month}",
        )  # fmt: skip
        self.claim(
            "earlier-talks-host", "place", "earlier-talks", "host", country, country,
            f"{country} previously hosted direct talks",
        )  # fmt: skip
        self.paragraphs.append(" ".join(details))
        self.check(
            "talks-in-order", "chronology",
            items=["earlier-talks-date", *[f"round-{n}-date" for n in range(1, held + 1)],
                   "published"],
        )  # fmt: skip

    def exchange(self, rounds: list[dt.date]) -> None:
        rng = self.rng
        gaps = [
            (i, third)
            for i in range(len(rounds) - 1)
            for third in month_thirds_between(rounds[i], rounds[i + 1])
        ]
        if gaps:
            i, (part, start, end) = rng.choice(gaps)
            words = third_words(part, start.month)
            value = f"{start.isoformat()}/{end.isoformat()}"
            when = f"in {words}"
        else:
            i = rng.randrange(len(rounds) - 1)
            span = (rounds[i + 1] - rounds[i]).days
            day = rounds[i] + dt.timedelta(days=rng.randint(1, span - 1))
            words, value, when = short_date(day), day.isoformat(), f"on {short_date(day)}"
        size = rng.choice((84, 90, 95, 103, 150, 175, 205, 250, 300, 390, 500, 1000))
        cap = size + rng.choice((0, 50, 100, 200, 250))
        swap = self.event("prisoner-swap", f"{size:,}-for-{size:,} prisoner exchange")
        deal = self.event("follow-up-exchange", "Follow-up prisoner exchange deal")
        self.paragraphs.append(
            "While no agreement on a comprehensive ceasefire has been reached, the talks have "
            f"led to several prisoner exchanges, including a {size:,}-for-{size:,} swap that "
            f"took place {when} and a follow-up deal for up to {cap:,} prisoners from each side."
        )
        self.claim(
            "no-ceasefire-agreement", "text", self.series, "ceasefire-outcome",
            "no agreement on a comprehensive ceasefire has been reached",
            "no agreement on a comprehensive ceasefire has been reached",
            "While no agreement on a comprehensive ceasefire has been reached",
        )  # fmt: skip
        self.claim(
            "swap-count", "pair", swap, "count", [size, size], f"{size:,}-for-{size:,}",
            f"including a {size:,}-for-{size:,} swap",
        )  # fmt: skip
        self.claim("swap-date", "date", swap, "date", value, words, f"swap that took place {when}")
        self.claim(
            "follow-up-count", "number", deal, "count-per-side", cap, f"up to {cap:,}",
            f"a follow-up deal for up to {cap:,} prisoners", qualifier="up to",
        )  # fmt: skip
        self.check("swap-sides-equal", "numeric", left="swap-count.left", relation="equal",
                   right="swap-count.right")  # fmt: skip
        self.check("follow-up-cap", "numeric", left="follow-up-count", relation="at-most",
                   right=cap)  # fmt: skip
        self.check("follow-up-not-smaller", "numeric", left=cap, relation="at-least",
                   right="swap-count.left")  # fmt: skip
        self.check(
            "swap-between-rounds", "containment", item="swap-date",
            within={"after": f"round-{i + 1}-date", "before": f"round-{i + 2}-date"},
        )  # fmt: skip

    def ceasefire(self) -> None:
        rng, c = self.rng, self.c
        days = rng.choice((30, 30, 60, 90))
        truce = rng.choice(("2–3", "three", "two", "48-hour"))
        self.event("ceasefire-proposal", f"{c['b']}'s proposal of a {days}-day ceasefire")
        self.event("truce-proposal", f"{c['a']}'s proposal of a short truce")
        truce_words = truce if truce == "48-hour" else f"{truce}-day"
        self.paragraphs.append(
            f"Despite {c['b']}'s insistence on a {days}-day ceasefire, {c['a']} has repeatedly "
            f"rejected the offer, proposing only a temporary {truce_words} truce in limited "
            "areas to retrieve the bodies of fallen soldiers."
        )
        self.claim(
            "ceasefire-duration", "duration", "ceasefire-proposal", "duration", f"P{days}D",
            f"{days}-day", f"insistence on a {days}-day ceasefire",
        )  # fmt: skip
        self.claim(
            "ceasefire-rejected", "text", "ceasefire-proposal", "response",
            f"{c['a']} has repeatedly rejected the offer",
            f"{c['a']} has repeatedly rejected the offer",
            f"{c['a']} has repeatedly rejected the offer, proposing",
        )  # fmt: skip
        value: object = {
            "2–3": {"min": "P2D", "max": "P3D"},
            "three": "P3D",
            "two": "P2D",
            "48-hour": "PT48H",
        }[truce]
        self.claim(
            "truce-duration", "duration", "truce-proposal", "duration", value, truce_words,
            f"a temporary {truce_words} truce",
        )  # fmt: skip
        self.claim(
            "truce-purpose", "text", "truce-proposal", "purpose",
            "to retrieve the bodies of fallen soldiers",
            "to retrieve the bodies of fallen soldiers",
            "in limited areas to retrieve the bodies of fallen soldiers",
        )  # fmt: skip

    def minister(self) -> None:
        rng, c = self.rng, self.c
        number = sum(1 for s in self.subjects if s.startswith("briefing-")) + 1
        side = rng.choice(("a", "b"))
        adjective = c[f"{side}_adj"]
        title = self.free_title(c[f"{side}_names"], list(TITLES))
        day = self.published_day - dt.timedelta(days=rng.randint(1, 40))
        sid, name, last = self.person(c[f"{side}_names"], title, day)
        briefing = self.event(f"briefing-{number}", f"{name}'s statement")
        form = rng.choice(BRIEFING_FORMS)
        words = self.statement()
        weekday = rng.random() < 0.5
        when = f"{WEEKDAYS[day.weekday()]}, {short_date(day)}" if weekday else short_date(day)
        self.paragraphs.append(f"{adjective} {title} {name} said {form} on {when} that {words}.")
        self.claim(
            f"briefing-{number}-title", "role", sid, "title", title, f"{title} {name}",
            f"{adjective} {title} {name} said",
        )  # fmt: skip
        self.claim(
            f"briefing-{number}-speaker", "person", briefing, "speaker", name, name,
            f"{name} said {form}",
        )  # fmt: skip
        self.claim(
            f"briefing-{number}-date", "date", briefing, "date", day.isoformat(),
            short_date(day), f"{form} on {when} that",
        )  # fmt: skip
        self.claim(
            f"briefing-{number}-statement", "text", briefing, "statement", words, words,
            f"that {words}",
        )  # fmt: skip
        self.check(f"briefing-{number}-title-held", "validity", title=f"briefing-{number}-title",
                   date=f"briefing-{number}-date")  # fmt: skip
        self.check(f"briefing-{number}-before-dateline", "chronology",
                   items=[f"briefing-{number}-date", "lead-date"], strict=False)  # fmt: skip
        if rng.random() < 0.5:
            self.quotes_paragraph((sid, name, last), 1, attach=True)

    def summit(self) -> None:
        rng, c = self.rng, self.c
        city, country = rng.choice(SUMMIT_CITIES)
        org = rng.choice(SUMMIT_ORGS)
        length = rng.choice((2, 3, 3, 4))
        end = self.published_day - dt.timedelta(days=rng.randint(0, 15))
        press = end - dt.timedelta(days=rng.randint(0, max(0, length - 2)))
        title = self.free_title(c["b_names"], ["Prime Minister", "Foreign Minister"])
        sid, name, last = self.person(c["b_names"], title, press)
        summit = self.event("summit", f"{org} summit in {city}")
        press_event = self.event("summit-press-conference", f"{name}'s press conference")
        country_id = self.place(country)
        self.place(city, within=country_id)
        self.paragraphs.append(
            f"{c['b_adj']} {title} {name} travelled to {city} for the {WORDS[length]}-day {org} "
            f"summit, which ended on {short_date(end)}. Speaking at a press conference on "
            f"{short_date(press)}, {last} said that {self.statement()}."
        )
        self.caption = (
            f"{c['b_adj']} {title} {name} speaks to journalists during the {org} summit in "
            f"{city}, {long_date(press)}. ({self.outlet})"
        )
        self.claim(
            "summit-title", "role", sid, "title", title, f"{title} {name}",
            f"{c['b_adj']} {title} {name} travelled to",
        )  # fmt: skip
        self.claim(
            "summit-city", "place", summit, "city", city, city, f"travelled to {city} for the",
        )  # fmt: skip
        self.claim(
            "summit-duration", "duration", summit, "duration", f"P{length}D",
            f"{WORDS[length]}-day", f"for the {WORDS[length]}-day {org} summit",
        )  # fmt: skip
        self.claim(
            "summit-organiser", "organisation", summit, "organiser", org, f"{org} summit",
            f"{WORDS[length]}-day {org} summit, which ended",
        )  # fmt: skip
        self.claim(
            "summit-end-date", "date", summit, "end", end.isoformat(), short_date(end),
            f"which ended on {short_date(end)}",
        )  # fmt: skip
        self.claim(
            "summit-press-date", "date", press_event, "date", press.isoformat(),
            short_date(press), f"a press conference on {short_date(press)}",
        )  # fmt: skip
        self.claim(
            "caption-press-date", "date", press_event, "date", press.isoformat(),
            long_date(press), f"summit in {city}, {long_date(press)}",
        )  # fmt: skip
        self.claim(
            "caption-city", "place", press_event, "city", city, city,
            f"during the {org} summit in {city}",
        )  # fmt: skip
        self.check("press-conference-during-summit", "containment", item="summit-press-date",
                   within={"end": "summit-end-date", "duration": "summit-duration"})  # fmt: skip
        self.check("caption-agrees", "equal", items=["caption-press-date", "summit-press-date"])
        self.check("summit-in-country", "containment", item="summit-city", within=country_id)
        self.check("caption-city-in-country", "containment", item="caption-city",
                   within=country_id)  # fmt: skip
        self.check("summit-title-held", "validity", title="summit-title", date="summit-press-date")

    def strike(self) -> None:
        rng, c = self.rng, self.c
        city = rng.choice(c["b_cities"])
        day = self.published_day - dt.timedelta(days=rng.randint(1, 30))
        killed, injured = rng.randint(3, 40), rng.randint(10, 120)
        children = rng.randint(1, killed - 1) if killed > 2 else 1
        weapon = rng.choice(("missile", "drone", "glide bomb", "artillery"))
        country_id = self.place(c["b"])
        self.place(city, within=country_id)
        strike = self.event("strike", f"{c['a_adj']} {weapon} strike on {city}")
        self.paragraphs.append(
            f"A {c['a_adj']} {weapon} strike on {city} on {short_date(day)} killed {killed} people "
            f"and injured {injured}, regional officials said, bringing the number of casualties "
            f"to {killed + injured}. Among the dead were {children} children."
        )
        self.claim(
            "strike-city", "place", strike, "place", city, city,
            f"{weapon} strike on {city} on",
        )  # fmt: skip
        self.claim(
            "strike-date", "date", strike, "date", day.isoformat(), short_date(day),
            f"on {city} on {short_date(day)} killed",
        )  # fmt: skip
        self.claim("strike-killed", "number", strike, "killed", killed, str(killed),
                   f"killed {killed} people")  # fmt: skip
        self.claim("strike-injured", "number", strike, "injured", injured, str(injured),
                   f"and injured {injured}, regional")  # fmt: skip
        self.claim("strike-casualties", "number", strike, "casualties", killed + injured,
                   str(killed + injured), f"casualties to {killed + injured}.")  # fmt: skip
        self.claim("strike-children", "number", strike, "children-killed", children,
                   str(children), f"Among the dead were {children} children")  # fmt: skip
        self.check("strike-total", "numeric", left={"sum": ["strike-killed", "strike-injured"]},
                   relation="equal", right="strike-casualties")  # fmt: skip
        self.check("strike-children-among-dead", "numeric", left="strike-children",
                   relation="at-most", right="strike-killed")  # fmt: skip
        self.check("strike-in-country", "containment", item="strike-city", within=country_id)

    def casualties(self) -> None:
        rng, c = self.rng, self.c
        low, high = c["losses"]
        amount = rng.randrange(low, high)
        if amount >= 1_000_000:
            amount, words = 1_000_000, "1 million"
        elif amount >= 100_000:
            amount = amount // 10_000 * 10_000
            words = f"{amount:,}"
        else:
            amount = amount // 100 * 100
            words = f"{amount:,}"
        qualifier, qualifier_words = rng.choice(
            (("over", "over"), ("over", "more than"), ("about", "an estimated"))
        )
        losses = self.event("losses", f"{c['a_adj']} military casualties")
        self.paragraphs.append(
            f"{c['a_adj']} forces have suffered {qualifier_words} {words} casualties, killed and "
            f"wounded, according to {c['b']}'s General Staff, figures that cannot be "
            "independently verified."
        )
        self.claim(
            "losses-count", "number", losses, "count", amount, f"{qualifier_words} {words}",
            f"have suffered {qualifier_words} {words} casualties", qualifier=qualifier,
        )  # fmt: skip
        self.claim(
            "losses-source", "organisation", losses, "reported-by", "General Staff",
            f"{c['b']}'s General Staff", f"according to {c['b']}'s General Staff",
        )  # fmt: skip

    def war_length(self) -> None:
        c, p = self.c, self.published_day
        year, month = c["war_start"]
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        low, high = (p - last).days, (p - first).days
        phrase = None
        for halves in range(2, 20):
            years = halves / 2
            span = years * YEAR_DAYS
            if low >= span * 0.86 and high < span * 0.99:
                whole = WORDS[int(years)]
                phrase = f"{whole}-and-a-half years" if halves % 2 else f"{whole} years"
                value = f"P{int(years)}Y6M" if halves % 2 else f"P{int(years)}Y"
                qualifier, words = "nearly", "Nearly"
                break
        if phrase is None:
            years = int(low // YEAR_DAYS)
            if years < 1:
                return
            phrase = f"{WORDS[years]} years" if years > 1 else "a year"
            value, qualifier, words = f"P{years}Y", "over", "More than"
        when = f"{MONTHS[month]} {year}"
        war = self.event("war", "The war" if c["a"] == "Russia" else "The border conflict")
        start_words = c["war"].format(when=when)
        self.paragraphs.append(
            f"{start_words}. {words} {phrase} later, the fighting shows no sign of ending, and "
            "talks have yet to produce a lasting settlement."
        )
        self.claim(
            "war-start", "date", war, "start", f"{year}-{month:02d}", when, f"{start_words}.",
        )  # fmt: skip
        self.claim(
            "war-elapsed", "duration", war, "elapsed", value, f"{words} {phrase}",
            f"{words} {phrase} later, the fighting", qualifier=qualifier,
        )  # fmt: skip
        self.check("war-length", "duration", start="war-start", end="published",
                   duration="war-elapsed")  # fmt: skip

    def mediator_offer(self) -> None:
        rng, c = self.rng, self.c
        country, adjective, _, capital, aliases, names = self.mediator
        day = self.published_day - dt.timedelta(days=rng.randint(1, 25))
        title = self.free_title(names, ["Foreign Minister", "Prime Minister", "Energy Minister"])
        sid, name, _ = self.person(names, title, day)
        country_id = self.place(country, aliases=aliases)
        self.place(capital, within=country_id)
        offer = self.event("mediator-offer", f"{name}'s offer to host a meeting of leaders")
        self.paragraphs.append(
            f"On {short_date(day)}, {adjective} {title} {name} said {capital} is working to "
            f"organize a meeting between the {c['a_adj']} and {c['b_adj']} presidents, with "
            "other leaders potentially joining the talks."
        )
        self.claim(
            "offer-date", "date", offer, "date", day.isoformat(), short_date(day),
            f"On {short_date(day)}, {adjective} {title}",
        )  # fmt: skip
        self.claim(
            "offer-title", "role", sid, "title", title, f"{title} {name}",
            f"{adjective} {title} {name} said {capital}",
        )  # fmt: skip
        self.claim(
            "offer-organiser", "place", offer, "organiser", capital, capital,
            f"said {capital} is working to organize",
        )  # fmt: skip
        words = (
            f"{capital} is working to organize a meeting between the {c['a_adj']} and "
            f"{c['b_adj']} presidents"
        )
        self.claim("offer-statement", "text", offer, "statement", words, words, f"{words}, with")
        self.check("offer-title-held", "validity", title="offer-title", date="offer-date")
        self.check("organiser-in-mediator-country", "containment", item="offer-organiser",
                   within=country_id)  # fmt: skip
        self.check("offer-before-dateline", "chronology", items=["offer-date", "published"])

    def interview(self) -> None:
        rng = self.rng
        day = self.published_day - dt.timedelta(days=rng.randint(2, 45))
        _, name, last = self.lead_speaker
        broadcaster = rng.choice(BROADCASTERS)
        words = self.statement()
        self.subjects.setdefault(slug(broadcaster), {"kind": "organisation", "name": broadcaster})
        talk = self.event("interview", f"{name}'s interview with {broadcaster}")
        self.paragraphs.append(
            f"{last} has previously voiced openness to a meeting of leaders. On "
            f"{short_date(day)}, {last} told the broadcaster {broadcaster} that {words}."
        )
        self.claim(
            "interview-date", "date", talk, "date", day.isoformat(), short_date(day),
            f"On {short_date(day)}, {last} told",
        )  # fmt: skip
        self.claim(
            "interview-outlet", "organisation", talk, "outlet", broadcaster, broadcaster,
            f"the broadcaster {broadcaster} that",
        )  # fmt: skip
        self.claim(
            "interview-statement", "text", talk, "statement", words, words,
            f"{broadcaster} that {words}",
        )  # fmt: skip
        self.check("interview-before-remarks", "chronology", items=["interview-date", "lead-date"])

    def aid(self) -> None:
        rng, c = self.rng, self.c
        donor = rng.choice(DONORS)
        day = self.published_day - dt.timedelta(days=rng.randint(1, 50))
        tenths = rng.randint(2, 35)
        if tenths >= 10 and tenths % 10 == 0:
            words, amount = f"${tenths // 10} billion", tenths // 10 * 1_000_000_000
        elif tenths >= 10:
            words, amount = f"${tenths / 10:.1f} billion", tenths * 100_000_000
        else:
            words, amount = f"${tenths * 100} million", tenths * 100_000_000
        systems = rng.randint(2, 12)
        package = self.event("aid-package", f"{donor}'s aid package for {c['b']}")
        self.paragraphs.append(
            f"{donor[0].upper() + donor[1:]} announced a {words} aid package for {c['b']} on "
            f"{short_date(day)}, including {WORDS[systems] if systems <= 10 else systems} air "
            "defense systems and funding for the repair of power plants."
        )
        self.claim(
            "aid-amount", "number", package, "amount", amount, words,
            f"announced a {words} aid package", unit="USD",
        )  # fmt: skip
        self.claim(
            "aid-date", "date", package, "date", day.isoformat(), short_date(day),
            f"for {c['b']} on {short_date(day)}, including",
        )  # fmt: skip
        self.claim(
            "aid-systems", "number", package, "air-defense-systems", systems,
            WORDS[systems] if systems <= 10 else str(systems),
            f"including {WORDS[systems] if systems <= 10 else systems} air defense systems",
        )  # fmt: skip
        self.check("aid-before-dateline", "chronology", items=["aid-date", "published"])

    def evacuation(self) -> None:
        rng, c = self.rng, self.c
        city = rng.choice(c["b_cities"])
        people = rng.randint(8, 60) * 100
        days = rng.randint(3, 9)
        qualifier, words = rng.choice((("nearly", "nearly"), ("about", "about")))
        country_id = self.place(c["b"])
        self.place(city, within=country_id)
        evacuation = self.event("evacuation", f"Evacuation of civilians from {city}")
        self.paragraphs.append(
            f"Local authorities said {words} {people:,} civilians had been evacuated from the "
            f"outskirts of {city} over {WORDS[days]} days as shelling intensified."
        )
        self.claim(
            "evacuated-count", "number", evacuation, "count", people, f"{words} {people:,}",
            f"{words} {people:,} civilians had been evacuated", qualifier=qualifier,
        )  # fmt: skip
        self.claim(
            "evacuation-duration", "duration", evacuation, "duration", f"P{days}D",
            f"{WORDS[days]} days", f"over {WORDS[days]} days as shelling",
        )  # fmt: skip
        self.claim(
            "evacuation-city", "place", evacuation, "place", city, city,
            f"the outskirts of {city} over",
        )  # fmt: skip
        self.check("evacuation-in-country", "containment", item="evacuation-city",
                   within=country_id)  # fmt: skip

    def sequence_check(self, held: int) -> None:
        ordinals = ["title-next-round-ordinal", "next-round-ordinal"]
        ordinals += [f"round-{n}-ordinal" for n in range(1, held + 1)]
        self.check("rounds-numbered-in-order", "sequence", series=self.series,
                   latest=f"round-{held}", ordinals=ordinals)  # fmt: skip

    def pad_words(self, target: int) -> None:
        """Background paragraphs (no claims) spliced in until the article has `target` words."""
        rng, c = self.rng, self.c
        fields = {k: c[k] for k in ("a", "b", "a_adj", "b_adj", "a_cap", "b_cap")}
        pool = [sentence.format(**fields) for sentence in rng.sample(FILLER, len(FILLER))]
        count = sum(len(p.split()) for p in self.paragraphs)
        while count < target and pool:
            size = rng.randint(2, 4)
            sentences, pool = pool[:size], pool[size:]
            paragraph = " ".join(sentences)
            self.paragraphs.insert(rng.randint(2, len(self.paragraphs)), paragraph)
            count += len(paragraph.split())
        if not 600 <= count <= 1200:
            raise Rejected(f"{count} words")

    # --- output ------------------------------------------------------------------------------

    def validate(self) -> None:
        """Every context occurs once in the article, and holds its text once."""
        whole = "\n".join([self.title, self.caption, *self.paragraphs])
        ids = set()
        for claim in self.claims:
            if claim["id"] in ids:
                raise Rejected(f"duplicate id {claim['id']}")
            ids.add(claim["id"])
            if occurrences(whole, claim["context"]) != 1:
                raise Rejected(f"context of {claim['id']} not unique")
            if occurrences(claim["context"], claim["text"]) != 1:
                raise Rejected(f"text of {claim['id']} not once in its context")

    def markdown(self, generated_by: str) -> str:
        lines = [
            "---",
            f"title: {yaml_str(self.title)}",
            f"author: {yaml_str(self.author)}",
            f"outlet: {yaml_str(self.outlet)}",
            f"published: {self.published}",
            "language: en",
            f"caption: {yaml_str(self.caption)}",
            f"note: {yaml_str(generated_by)}",
            "---",
            "",
        ]
        for paragraph in self.paragraphs:
            lines += [paragraph, ""]
        return "\n".join(lines)

    def claims_yaml(self, article_name: str, generated_by: str) -> str:
        out = [
            f"# {generated_by}",
            "# The people, outlets, sources and events are invented; the places are real.",
            "",
            "version: 1",
            "",
            "article:",
            f"  path: ../articles/{article_name}",
            f"  published: {self.published}",
            "",
            "sources:",
        ]
        for sid, source in self.sources.items():
            out.append(f"  {sid}:")
            out += [f"    {key}: {yaml_str(value)}" for key, value in source.items()]
        out += ["", "subjects:"]
        for sid, subject in self.subjects.items():
            titles = subject.get("titles")
            plain = {k: v for k, v in subject.items() if k != "titles"}
            out.append(f"  {sid}:")
            out += [f"    {key}: {yaml_flow(value)}" for key, value in plain.items()]
            if titles:
                out.append("    titles:")
                out += [f"      - {yaml_flow(record)}" for record in titles]
        out += ["", "claims:"]
        for claim in self.claims:
            first = True
            for key, value in claim.items():
                prefix = "  - " if first else "    "
                first = False
                out.append(f"{prefix}{key}: {yaml_flow(value)}")
        out += ["", "checks:"]
        for check in self.checks:
            first = True
            for key, value in check.items():
                prefix = "  - " if first else "    "
                first = False
                out.append(f"{prefix}{key}: {yaml_flow(value)}")
        out.append("")
        return "\n".join(out)


def generate_one(seed: int, index: int) -> tuple[str, str, str, int]:
    """Article `index` of the corpus drawn with `seed`: (stem, Markdown, claims YAML, claims)."""
    for attempt in range(100):
        rng = random.Random(f"{seed}:{index}:{attempt}")
        article = Article(rng)
        try:
            article.build()
            article.validate()
        except Rejected:
            continue
        stem = f"{article.published_day.isoformat()}-{index:05d}-{slug(article.mediator[0])}-talks"
        note = f"Synthetic article generated by benchmarks/corpus.py (seed {seed}, article {index})"
        markdown, claims = article.markdown(note), article.claims_yaml(f"{stem}.md", note)
        return stem, markdown, claims, len(article.claims)
    raise RuntimeError(f"article {index} (seed {seed}): no valid draw in 100 attempts")


def write_corpus(size: int, out: Path, seed: int = 0) -> dict:
    """Write `size` generated articles and the bundled example under `out`; returns stats."""
    articles, claims = out / "articles", out / "claims"
    for folder in (articles, claims):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    totals = {"files": 0, "claims": 0, "words": 0, "bytes": 0}
    for index in range(size):
        stem, markdown, yaml_text, count = generate_one(seed, index)
        (articles / f"{stem}.md").write_text(markdown, encoding="utf-8")
        (claims / f"{stem}.yaml").write_text(yaml_text, encoding="utf-8")
        totals["files"] += 1
        totals["claims"] += count
        totals["words"] += len(markdown.split("\n---\n", 1)[1].split())
        totals["bytes"] += len(markdown.encode()) + len(yaml_text.encode())
    shutil.copy2(ROOT / "articles" / f"{BUNDLED}.md", articles)
    for name in (f"{BUNDLED}.yaml", f"{BUNDLED}.lock.json"):
        shutil.copy2(ROOT / "claims" / name, claims)
    bundled_claims = (claims / f"{BUNDLED}.yaml").read_text(encoding="utf-8")
    totals["files"] += 1
    totals["claims"] += bundled_claims.split("\nchecks:")[0].count("\n  - id: ")
    stats = {"format": FORMAT_VERSION, "size": size, "seed": seed, **totals}
    (out / "corpus.json").write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
    return stats


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--size", type=int, required=True, help="generated articles (N)")
    options.add_argument("--out", type=Path, required=True, help="folder to write the corpus in")
    options.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = options.parse_args()
    if args.size < 0:
        options.error("--size must be 0 or more")
    if args.out.resolve().is_relative_to(ROOT):
        options.error(f"write the corpus outside the repository, not under {ROOT}")
    started = time.perf_counter()
    stats = write_corpus(args.size, args.out, args.seed)
    elapsed = time.perf_counter() - started
    print(
        f"{stats['files']} claims files ({stats['size']} generated + the bundled example), "
        f"{stats['claims']:,} claims, {stats['words'] / max(1, stats['size']):,.0f} words per "
        f"generated article, {stats['bytes'] / 1e6:.1f} MB, in {elapsed:.1f} s -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

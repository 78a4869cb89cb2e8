"""Hypothesis strategies for what a pull request controls: claims, article, lock, configuration.

Each strategy mixes the shapes real files have (so a run gets past loading into grounding,
values, consistency and the reports) with what an attacker would write: workflow commands,
terminal escapes, markup, mentions, huge numbers, far dates, deep nesting, aliases, paths
that leave the repository. The values are drawn from small vocabularies rather than from
all of Unicode: a random string almost never reaches the code behind the first check.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import yaml
from hypothesis import strategies as st

# A marker written into a file outside the repository root: it must never reach any output.
SECRET = "SECRET-MARKER-7f3a"

HOSTILE_WORDS = (
    "::error file=README.md::forged",
    "\n::warning::forged",
    "  ::notice::indented",
    "##[error]legacy",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;https://example.invalid\x07link\x1b]8;;\x07",
    "\x07",
    "\x9b2J",
    "\u202eevil\u202c",
    "[bold]markup[/bold]",
    "<script>alert(1)</script>",
    "@octocat",
    "%0A%25",
    "| table | row |",
    "![img](javascript:alert(1))",
    "\t",
    "\r",
    "\x85",
    "\ufeff",
    "😀",
)
NEWS_WORDS = (
    "June 2",
    "May 16",
    "March 2022",
    "late May",
    "2025",
    "June 2, 2025",
    "Tuesday",
    "third round",
    "second",
    "1,000-for-1,000",
    "up to 1,200",
    "over 1 million",
    "30-day",
    "nearly three-and-a-half years",
    "2:44 p.m.",
    "President",
    "Putin",
    "Vladimir Putin",
    "Defense Minister Rustem Umerov",
    "Istanbul",
    "Turkey",
    "Minsk, Belarus",
    "said",
    "the talks",
    '"We are ready for this," Putin said.',
    "“Quoted”",
    "…",
    "Mr.",
    "U.S.",
)
EXTREME_VALUES = (
    "1" * 5000,
    "P99999999Y",
    "P0D",
    "9999-12-31",
    "0001-01-01",
    "0000-01-01",
    "2025-02-30",
    "9999-12-31/0001-01-01",
    "-1",
    "1e308",
    "nan",
    ".inf",
    "10000000000000000000000000000000",
    "",
    "~",
)

word = st.sampled_from(NEWS_WORDS + HOSTILE_WORDS)
phrase = st.lists(word, min_size=1, max_size=6).map(" ".join)
scalar = st.one_of(
    phrase,
    st.sampled_from(EXTREME_VALUES),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
)


@dataclass(frozen=True)
class Case:
    """One repository as a pull request could leave it."""

    article: str
    claims: str
    lock: str | None
    config: str | None
    article_path: str


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Markdown with front matter, mostly news words, sometimes hostile ones."""
    published = draw(
        st.sampled_from(
            (
                "2025-06-27T22:57:00+03:00",
                "2025-06-27",
                "9999-12-31T23:59:59+14:00",
                "0001-01-01T00:00:00+00:00",
                "not a date",
                "1" * 5000,
            )
        )
    )
    title = draw(phrase)
    paragraphs = draw(st.lists(st.lists(phrase, min_size=1, max_size=5), max_size=6))
    body = "\n\n".join(". ".join(sentences) + "." for sentences in paragraphs)
    front = yaml.safe_dump({"title": title, "published": published}, allow_unicode=True)
    if draw(st.booleans()):
        return f"---\n{front}---\n\n{body}\n"
    return body + "\n"


ARTICLE_PATHS = (
    "article.md",
    "article.md",
    "article.md",
    "../secret.txt",
    "SECRET_ABSOLUTE",
    "linked-secret.md",
    "linked-folder/secret.txt",
    ".git/config",
    "folder",
    "missing.md",
    "with\x00nul.md",
)
VALID_VALUES = {
    "date": "2025-06-02",
    "number": 1200,
    "pair": [1000, 1000],
    "duration": "P30D",
    "ordinal": 3,
    "place": "Istanbul",
    "person": "Vladimir Putin",
    "role": "President",
    "quote": "We are ready for this",
}
TYPES = ("date", "number", "pair", "duration", "ordinal", "place", "person", "role", "quote")
URLS = ("https://example.org/a", "javascript:alert(1)", "https://x.org/\x1b[2J")
PUBLISHED = ("2025-06-27T22:57:00+03:00", "1" * 5000, "9999-12-31T23:59:59+00:00")
CHECK_KINDS = ("chronology", "sequence", "duration", "numeric", "equal", "containment")


@st.composite
def claims_documents(draw: st.DrawFn, article: str) -> str:
    """A claims file: mostly the format's shape with drawn values, sometimes raw YAML."""
    path = draw(st.sampled_from(ARTICLE_PATHS))
    # Most files load (values of their types, references that exist), so the run goes on
    # to the article, the checks and the reports; the rest are an attacker's anything.
    clean = draw(st.integers(0, 4)) < 3

    def pick(good, anything):  # type: ignore[no-untyped-def]
        return draw(st.just(good) if clean else anything)

    ids = [f"c{i}" for i in range(draw(st.integers(1 if clean else 0, 6)))]
    words = [w for w in article.replace("\n", " ").split(". ") if w.strip()]

    def claim(claim_id: str) -> dict:
        kind = draw(st.sampled_from(TYPES))
        text = draw(st.one_of(st.sampled_from(words), phrase) if words else phrase)
        # Mostly a value of the claim's type, so the file loads and the article is read.
        value = pick(VALID_VALUES[kind], st.one_of(st.just(VALID_VALUES[kind]), scalar))
        return {
            "id": claim_id,
            "subject": pick("s1", st.sampled_from(("s1", "s2", "missing"))),
            "property": draw(st.sampled_from(("date", "count", "quote", "title"))),
            "type": kind,
            "value": value,
            "text": text,
            **({"context": draw(phrase)} if draw(st.booleans()) else {}),
            **(
                {"qualifier": draw(st.sampled_from(("up to", "over", "nearly", "x")))}
                if kind in ("number", "pair", "duration") and draw(st.booleans())
                else {}
            ),
            "status": draw(st.sampled_from(("verified", "unverified", "false", "disputed"))),
            "sources": pick(["src"], st.sampled_from(([], ["src"], ["missing"]))),
            **({"note": draw(phrase)} if draw(st.booleans()) else {}),
        }

    item = st.sampled_from(
        (ids or ["x"]) + ["published"] if clean else [*ids, "published", "missing"]
    )

    def check(check_id: str) -> dict:
        """A check of a drawn kind with that kind's keys, naming drawn claims."""
        kind = draw(st.sampled_from(CHECK_KINDS))
        keys: dict = {
            "chronology": lambda: {"items": draw(st.lists(item, min_size=2, max_size=4))},
            "equal": lambda: {"items": draw(st.lists(item, min_size=2, max_size=3))},
            "sequence": lambda: {"series": "s2"},
            "duration": lambda: {"start": draw(item), "end": draw(item), "duration": draw(item)},
            "numeric": lambda: {"left": draw(item), "relation": "less", "right": draw(item)},
            "containment": lambda: {"item": draw(item), "within": draw(item)},
        }
        return {"id": check_id, "kind": kind, **keys[kind]()}

    document = {
        "version": pick(1, st.sampled_from((1, 2, "1" * 5000))),
        "article": {"path": path, "published": pick(PUBLISHED[0], st.sampled_from(PUBLISHED))},
        "subjects": {
            "s1": {
                "kind": "event",
                "part_of": "s2",
                "ordinal": pick(2, st.one_of(st.integers(1, 4), scalar)),
            },
            "s2": {"kind": "series", "name": draw(phrase)},
        },
        "sources": {
            "src": {
                "publisher": draw(phrase),
                "date": "2025-06-27",
                "url": pick("https://example.org/a", st.sampled_from(URLS)),
            }
        },
        "claims": [claim(i) for i in ids],
        "checks": [check(f"k{i}") for i in range(draw(st.integers(0, 3)))],
    }
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    mutation = draw(st.integers(0, 9)) if not clean else -1
    if mutation == 0:  # raw YAML of an attacker: tags, aliases, duplicate keys, nesting
        text += draw(
            st.sampled_from(
                (
                    "extra: !!python/object/apply:os.system ['true']\n",
                    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                    "c: [*b, *b, *b, *b, *b, *b, *b, *b]\n",
                    "claims: []\n",
                    "deep: " + "[" * 5000 + "]" * 5000 + "\n",
                    "\x00\n",
                    "\t- tab\n",
                )
            )
        )
    elif mutation == 1:
        text = draw(st.text(alphabet=":-[]{}&*!|>'\"%@` \n\tabc1", max_size=200))
    return text


@st.composite
def locks(draw: st.DrawFn) -> str | None:
    """A lock file: none, the real shape with drawn types, or junk."""
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return None
    if choice == 1:
        return "[" * 100_000 + "]" * 100_000
    if choice == 2:
        return '{"version": 1, "claims": {"c0": {"sentence": ' + "9" * 5000 + "}}}"
    entry = {
        "sentence": draw(st.one_of(phrase, st.integers(), st.none(), st.lists(st.integers()))),
        "text": draw(st.one_of(phrase, st.none())),
        "accepted": draw(st.sampled_from(("2025-06-27", 5, None))),
    }
    version = draw(st.sampled_from((1, 2, "1", None)))
    return json.dumps({"version": version, "claims": {"c0": entry, "c1": draw(scalar)}})


@st.composite
def configs(draw: st.DrawFn) -> str | None:
    """factcheck.yaml: none (half the time, so most runs get past it), valid, or hostile."""
    choice = draw(st.integers(0, 5))
    if choice <= 2:
        return None
    if choice == 3:
        register = {"register": ["claims.yaml"]} if draw(st.booleans()) else {}
        table = {"claims": ["claims.yaml"], "severity": {"FC501": "warning"}, **register}
        return yaml.safe_dump(table)
    if draw(st.booleans()):
        return "claims: " + "[" * 5000 + "\n"
    table = {
        "claims": draw(st.sampled_from((["claims.yaml"], ["."], ["../../.."], ["/"], "x"))),
        "fail-on": draw(st.sampled_from(("error", "warning", "off", 5))),
        "severity": draw(st.sampled_from(({"FC501": "off"}, {"FC999": "error"}, {"FC501": 7}))),
    }
    return yaml.safe_dump(table)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    article = draw(articles())
    return Case(
        article=article,
        claims=draw(claims_documents(article)),
        lock=draw(locks()),
        config=draw(configs()),
        article_path="article.md",
    )

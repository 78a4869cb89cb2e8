"""`factcheck export claimreview`: schema.org ClaimReview JSON-LD for false and disputed claims.

Every test writes a real claims file, article and configuration into tmp_path and runs the
command line; the output is checked against Google's documented properties and parsed as
JSON-LD structurally.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

# Google's "Fact check (ClaimReview) structured data", property tables as read 2026-12-04:
# https://developers.google.com/search/docs/appearance/structured-data/factcheck
# (the same tables, in one list: https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/)
GOOGLE_REQUIRED = {
    "ClaimReview": {"claimReviewed", "reviewRating", "url"},
    "Rating": {"alternateName"},
}
GOOGLE_RECOMMENDED = {
    "ClaimReview": {"author", "datePublished", "itemReviewed"},
    "Claim": {"appearance", "author", "datePublished", "firstAppearance"},
    "Rating": {"bestRating", "name", "ratingValue", "worstRating"},
}
# schema.org types of the values (https://schema.org/ClaimReview, /Claim, /Rating,
# /CreativeWork, /Organization, /Person): a nested object must be one of these types, and
# may only use properties its type has (the subset factcheck writes).
SCHEMA_ORG_PROPERTIES = {
    "ClaimReview": {"url", "claimReviewed", "itemReviewed", "author", "reviewRating",
                    "datePublished"},
    "Claim": {"appearance", "firstAppearance", "author", "datePublished"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "name"},
    "CreativeWork": {"url", "headline", "datePublished", "author", "publisher", "inLanguage"},
    "Organization": {"name", "url"},
    "Person": {"name", "url"},
}  # fmt: skip
EXPECTED_TYPES = {
    ("ClaimReview", "itemReviewed"): {"Claim"},
    ("ClaimReview", "author"): {"Organization", "Person"},
    ("ClaimReview", "reviewRating"): {"Rating"},
    ("Claim", "appearance"): {"CreativeWork"},
    ("Claim", "firstAppearance"): {"CreativeWork"},
    ("Claim", "author"): {"Organization", "Person"},
    ("CreativeWork", "author"): {"Organization", "Person"},
    ("CreativeWork", "publisher"): {"Organization", "Person"},
}

ARTICLE = """\
---
title: "Second round of talks ends in Istanbul"
author: Jane Reporter
outlet: Example News
url: https://news.example.org/2025/06/02/istanbul-talks
published: 2025-06-02T21:00:00+03:00
language: en
---

The second round of talks took place on June 2 in Istanbul, following the first round on May 16.

The delegations met for about an hour. Ukraine had proposed a 90-day ceasefire.

“We are ready for a 2–3-day truce,” Vladimir Medinsky said after the talks…
"""

CLAIMS = """\
version: 1
article:
  path: ../articles/talks.md
subjects:
  round-2: {kind: event}
  ceasefire-proposal: {kind: other}
  medinsky: {kind: person, name: Vladimir Medinsky, aliases: [Medinsky]}
claims:
  - id: round-2-date
    type: date
    subject: round-2
    property: date
    value: "2025-06-02"
    text: June 2
    status: verified
    sources: [{title: Report, url: "https://example.org/report"}]
  - id: ceasefire-duration
    type: duration
    subject: ceasefire-proposal
    property: duration
    value: P90D
    text: 90-day
    status: false
    note: Ukraine proposed 30 days.
  - id: meeting-length
    type: text
    subject: round-2
    property: length
    value: about an hour
    text: about an hour
    context: The delegations met for about an hour
    status: disputed
  - id: medinsky-quote
    type: quote
    subject: medinsky
    property: quote
    value: We are ready for a 2–3-day truce
    text: We are ready for a 2–3-day truce
    status: false
  - id: round-1-date
    type: date
    subject: round-2
    property: previous-round
    value: "2025-05-16"
    text: May 16
    status: unverified
"""

CONFIG = """\
claims: [claims]
claimreview:
  author: {name: Example Fact Desk, url: "https://factdesk.example.org"}
"""


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A newsroom repository: configuration, one article, its claims file."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "articles" / "talks.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims" / "talks.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def export(factcheck, root: Path, *args: str | Path):  # type: ignore[no-untyped-def]
    return factcheck(
        "export",
        "claimreview",
        root / "claims" / "talks.yaml",
        "--config",
        root / "factcheck.yaml",
        "--date",
        "2025-06-03",
        *args,
    )


def google_problems(review: dict) -> list[str]:
    """What Google's documentation requires and a review lacks (empty when complete)."""
    problems = [f"ClaimReview.{key}" for key in GOOGLE_REQUIRED["ClaimReview"] - review.keys()]
    rating = review.get("reviewRating", {})
    problems += [f"Rating.{key}" for key in GOOGLE_REQUIRED["Rating"] - rating.keys()]
    if "ratingValue" in rating:
        # A numeric rating needs its scale: worstRating at least 1, below bestRating.
        if not 1 <= rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]:
            problems.append("Rating scale")
        if rating["worstRating"] >= rating["bestRating"]:
            problems.append("Rating scale")
    for key in ("url",):
        if not str(review.get(key, "")).startswith(("https://", "http://")):
            problems.append(f"ClaimReview.{key} is not an address")
    return problems


def check_jsonld_node(node: dict, path: str = "$") -> None:
    """Every object is typed, uses only its type's properties, and nests the right types."""
    kind = node.get("@type")
    assert kind in SCHEMA_ORG_PROPERTIES, f"{path}: @type {kind!r}"
    for key, value in node.items():
        if key.startswith("@"):
            assert key in ("@context", "@type"), f"{path}.{key}"
            continue
        assert key in SCHEMA_ORG_PROPERTIES[kind], f"{path}: {kind} has no property {key}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                allowed = EXPECTED_TYPES.get((kind, key))
                assert allowed and item.get("@type") in allowed, f"{path}.{key}: {item}"
                assert "@context" not in item, f"{path}.{key}: nested @context"
                check_jsonld_node(item, f"{path}.{key}")
            else:
                assert isinstance(item, str | int), f"{path}.{key}: {item!r}"


def read_reviews(path: Path) -> list[dict]:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(document, list)
    for review in document:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        check_jsonld_node(review)
    return document


def test_false_and_disputed_claims_become_claimreviews(factcheck, newsroom: Path) -> None:
    output = newsroom / "out" / "reviews.jsonld"
    run = export(factcheck, newsroom, "--output", output)
    assert run.code == 0, run.err
    assert run.out == (
        f"wrote 3 ClaimReviews to {output} (ceasefire-duration, meeting-length, medinsky-quote)\n"
    )
    reviews = read_reviews(output)
    assert [google_problems(review) for review in reviews] == [[], [], []]
    for review in reviews:
        assert GOOGLE_RECOMMENDED["ClaimReview"] <= review.keys()
        assert {"appearance", "author", "datePublished"} <= review["itemReviewed"].keys()
        assert {"bestRating", "ratingValue", "worstRating"} <= review["reviewRating"].keys()
    first = reviews[0]
    assert first == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://news.example.org/2025/06/02/istanbul-talks",
        "claimReviewed": "Ukraine had proposed a 90-day ceasefire.",
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {
                "@type": "CreativeWork",
                "url": "https://news.example.org/2025/06/02/istanbul-talks",
                "headline": "Second round of talks ends in Istanbul",
                "datePublished": "2025-06-02T21:00:00+03:00",
                "author": {"@type": "Person", "name": "Jane Reporter"},
                "publisher": {"@type": "Organization", "name": "Example News"},
                "inLanguage": "en",
            },
            "datePublished": "2025-06-02T21:00:00+03:00",
            "author": {"@type": "Person", "name": "Jane Reporter"},
        },
        "author": {
            "@type": "Organization",
            "name": "Example Fact Desk",
            "url": "https://factdesk.example.org",
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 3,
            "worstRating": 1,
            "alternateName": "False",
        },
        "datePublished": "2025-06-03",
    }
    disputed, quote = reviews[1], reviews[2]
    assert disputed["claimReviewed"] == "The delegations met for about an hour"  # its context
    assert disputed["reviewRating"]["alternateName"] == "Disputed"
    assert disputed["reviewRating"]["ratingValue"] == 2
    # A quote is the speaker's claim, not the reporter's.
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Vladimir Medinsky"}
    # The article's own typography, though matching folds quotes, dashes and "…".
    assert quote["claimReviewed"] == (
        "“We are ready for a 2–3-day truce,” Vladimir Medinsky said after the talks…"
    )


def test_without_output_the_json_goes_to_stdout_and_the_count_to_stderr(
    factcheck, newsroom: Path
) -> None:
    run = export(factcheck, newsroom)
    assert run.code == 0
    assert [review["reviewRating"]["alternateName"] for review in json.loads(run.out)] == [
        "False",
        "Disputed",
        "False",
    ]
    assert run.err == "wrote 3 ClaimReviews (ceasefire-duration, meeting-length, medinsky-quote)\n"


def test_claims_asked_for_by_id_are_exported_whatever_their_verdict(
    factcheck, newsroom: Path
) -> None:
    run = export(factcheck, newsroom, "--claim", "round-2-date", "--claim", "meeting-length")
    assert run.code == 0, run.err
    reviews = json.loads(run.out)
    assert [(r["claimReviewed"], r["reviewRating"]["alternateName"]) for r in reviews] == [
        (
            "The second round of talks took place on June 2 in Istanbul, following the first "
            "round on May 16.",
            "True",
        ),
        ("The delegations met for about an hour", "Disputed"),
    ]
    assert reviews[0]["reviewRating"]["ratingValue"] == 3
    assert google_problems(reviews[0]) == []


def test_an_unknown_claim_id_is_a_run_error(factcheck, newsroom: Path) -> None:
    run = export(factcheck, newsroom, "--claim", "round-9-date")
    assert run.code == 2
    assert run.out == ""
    assert run.err == ("factcheck: error: no claim with id round-9-date in the claims files read\n")


def test_an_unverified_claim_has_no_verdict_to_publish(factcheck, newsroom: Path) -> None:
    output = newsroom / "reviews.json"
    output.write_text("[]\n")
    run = export(factcheck, newsroom, "--claim", "round-1-date", "--output", output)
    assert run.code == 1
    claims = newsroom / "claims" / "talks.yaml"
    line = CLAIMS.splitlines().index("  - id: round-1-date") + 1
    status_line = line + 6
    assert run.err.splitlines() == [
        f"{claims}:{status_line}:13: `round-1-date`: it is unverified: a review publishes a "
        "verdict (verify it, or mark it disputed or false, before exporting it)",
        "nothing exported: 1 problem above; a claim that cannot be published as ClaimReview is "
        "never left out silently",
    ]
    assert output.read_text() == "[]\n"  # the previous export is kept, not half replaced


def test_a_claim_of_an_article_without_url_is_reported_not_dropped(
    factcheck, newsroom: Path
) -> None:
    article = newsroom / "articles" / "talks.md"
    article.write_text(
        ARTICLE.replace("url: https://news.example.org/2025/06/02/istanbul-talks\n", "")
    )
    output = newsroom / "reviews.json"
    run = export(factcheck, newsroom, "--output", output)
    assert run.code == 1
    assert run.out == ""
    assert not output.exists()
    claims = newsroom / "claims" / "talks.yaml"
    lines = CLAIMS.splitlines()
    errors = run.err.splitlines()
    assert len(errors) == 4
    for error, claim in zip(
        errors, ("ceasefire-duration", "meeting-length", "medinsky-quote"), strict=False
    ):
        line = lines.index(f"  - id: {claim}") + 1
        assert error.startswith(f"{claims}:{line}:5: `{claim}`: the article ")
        assert "has no `url:` in its front matter" in error
        assert "(add `url: https://…`" in error
    assert errors[-1].startswith("nothing exported: 3 problems above")


def test_a_claim_whose_words_left_the_article_is_reported(factcheck, newsroom: Path) -> None:
    article = newsroom / "articles" / "talks.md"
    article.write_text(ARTICLE.replace("90-day", "30-day"))
    run = export(factcheck, newsroom)
    assert run.code == 1
    assert run.out == ""
    claims = newsroom / "claims" / "talks.yaml"
    line = CLAIMS.splitlines().index("    text: 90-day") + 1
    assert run.err.splitlines()[0] == (
        f"{claims}:{line}:11: `ceasefire-duration`: FC201 `90-day` is not in the article; a "
        "review must quote what the article says (run `factcheck verify` and fix the claim "
        "first)"
    )


def test_a_claims_file_that_does_not_load_is_reported(factcheck, newsroom: Path) -> None:
    claims = newsroom / "claims" / "talks.yaml"
    claims.write_text(
        CLAIMS.replace("text: 90-day\n    status: false", "text: 90-day\n    status: dubious")
    )
    run = export(factcheck, newsroom)
    assert run.code == 1
    line = CLAIMS.splitlines().index("    text: 90-day") + 2
    first = run.err.splitlines()[0]
    assert first.startswith(f"{claims}:{line}:13: the file does not load: FC")
    assert first.endswith("(run `factcheck verify` and fix it first)")


def test_no_false_or_disputed_claim_writes_an_empty_array(factcheck, newsroom: Path) -> None:
    claims = newsroom / "claims" / "talks.yaml"
    text = CLAIMS.replace("status: false", "status: verified").replace(
        "status: disputed", "status: verified"
    )
    claims.write_text(text)
    run = export(factcheck, newsroom)
    assert run.code == 0
    assert json.loads(run.out) == []
    assert run.err == "wrote 0 ClaimReviews\n"


def test_the_review_url_template_names_each_review_page(factcheck, newsroom: Path) -> None:
    config = newsroom / "factcheck.yaml"
    config.write_text(
        CONFIG + '  review-url: "https://factdesk.example.org/checks/{file}#{claim}"\n'
    )
    run = export(factcheck, newsroom)
    assert run.code == 0, run.err
    urls = [review["url"] for review in json.loads(run.out)]
    assert urls == [
        "https://factdesk.example.org/checks/talks#ceasefire-duration",
        "https://factdesk.example.org/checks/talks#meeting-length",
        "https://factdesk.example.org/checks/talks#medinsky-quote",
    ]


def test_the_review_date_defaults_to_today(factcheck, newsroom: Path) -> None:
    before = dt.date.today()
    run = factcheck(
        "export", "claimreview", newsroom / "claims", "--config", newsroom / "factcheck.yaml"
    )
    after = dt.date.today()
    assert run.code == 0, run.err
    dates = {review["datePublished"] for review in json.loads(run.out)}
    assert len(dates) == 1
    assert dates <= {before.isoformat(), after.isoformat()}


def test_a_bad_date_is_a_run_error(factcheck, newsroom: Path) -> None:
    run = factcheck(
        "export", "claimreview", "--config", newsroom / "factcheck.yaml", "--date", "3 June"
    )
    assert run.code == 2
    assert run.err == "factcheck: error: --date takes a date as YYYY-MM-DD, not '3 June'\n"


def test_configured_claims_are_exported_with_no_path(
    factcheck, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run inside the newsroom's repository: its factcheck.yaml is found by walking up.
    monkeypatch.chdir(newsroom)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    run = factcheck("export", "claimreview")
    assert run.code == 0, run.err
    assert len(json.loads(run.out)) == 3


def test_words_from_input_cannot_break_out_of_a_script_element(factcheck, newsroom: Path) -> None:
    article = newsroom / "articles" / "talks.md"
    hostile = "Talks</script><script>alert(1)</script> & more"
    article.write_text(
        ARTICLE.replace('"Second round of talks ends in Istanbul"', f'"{hostile}"').replace(
            "author: Jane Reporter", 'author: "Jane <b>Reporter</b>"'
        )
    )
    output = newsroom / "reviews.json"
    run = export(factcheck, newsroom, "--output", output)
    assert run.code == 0, run.err
    raw = output.read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "Talks\\u003c/script\\u003e\\u003cscript\\u003e" in raw
    reviews = read_reviews(output)  # the same strings to a JSON reader
    work = reviews[0]["itemReviewed"]["appearance"]
    assert work["headline"] == hostile
    assert work["author"] == {"@type": "Person", "name": "Jane <b>Reporter</b>"}


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    from factcheck.export.jsonld import jsonld_text

    text = jsonld_text([{"claimReviewed": "a \ud800 b \ud83d\ude00"}])
    text.encode("utf-8")  # would raise on a lone surrogate
    assert json.loads(text) == [{"claimReviewed": "a \ufffd b \U0001f600"}]


def test_without_claimreview_configuration_the_run_stops(factcheck, newsroom: Path) -> None:
    config = newsroom / "factcheck.yaml"
    config.write_text("claims: [claims]\n")
    run = factcheck("export", "claimreview", "--config", config)
    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1
    assert run.err.startswith(
        f"factcheck: error: ClaimReview needs the reviewing organisation: add to the "
        f"configuration ({config}) a table such as `claimreview: {{author: {{name: "
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("claimreview: yes", "`claimreview` must be a table of keys"),
        (
            "claimreview: {publisher: x}",
            "`claimreview` knows author and review-url, not `publisher`",
        ),
        ("claimreview: {}", "`claimreview.author` must be a table with the reviewing"),
        ("claimreview: {author: {name: ''}}", "`claimreview.author.name` must be the reviewing"),
        ("claimreview: {author: {name: X, mail: x}}", "`claimreview.author` knows name and url"),
        (
            "claimreview: {author: {name: X, url: factdesk.example.org}}",
            "`claimreview.author.url` must be an absolute http(s) address such as "
            "https://news.example.org/fact-checks, not 'factdesk.example.org'",
        ),
        (
            "claimreview: {author: {name: X}, review-url: 'https://x.example/{id}'}",
            "`claimreview.review-url` names {id}; it may name {claim} (the claim's id) and "
            "{file} (the claims file's name)",
        ),
        (
            "claimreview: {author: {name: X}, review-url: 'https://x.example/{claim'}",
            "`claimreview.review-url` is not a valid template",
        ),
    ],
)
def test_a_bad_claimreview_table_names_its_key_and_the_fix(
    factcheck, tmp_path: Path, table: str, message: str
) -> None:
    config = tmp_path / "factcheck.yaml"
    config.write_text(f"claims: [claims]\n{table}\n")
    run = factcheck("export", "claimreview", "--config", config)
    assert run.code == 2
    assert run.err.startswith(f"factcheck: error: {config}: {message}"), run.err
    assert run.err.count("\n") == 1


def test_the_pyproject_table_takes_the_same_keys(
    factcheck, newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    (newsroom / "factcheck.yaml").unlink()
    pyproject = newsroom / "pyproject.toml"
    pyproject.write_text(
        '[tool.factcheck]\nclaims = ["claims"]\n\n'
        '[tool.factcheck.claimreview]\nreview-url = "https://f.example/{claim}"\n\n'
        '[tool.factcheck.claimreview.author]\nname = "Example Fact Desk"\n'
    )
    run = factcheck("export", "claimreview", "--date", "2025-06-03")
    assert run.code == 0, run.err
    reviews = json.loads(run.out)
    assert reviews[0]["url"] == "https://f.example/ceasefire-duration"
    assert reviews[0]["author"] == {"@type": "Organization", "name": "Example Fact Desk"}


def test_config_shows_the_claimreview_table(factcheck, newsroom: Path) -> None:
    run = factcheck("config", "--config", newsroom / "factcheck.yaml")
    assert run.code == 0
    assert "claimreview author: Example Fact Desk <https://factdesk.example.org>\n" in run.out
    assert "claimreview review-url: (the article's own url)" in run.out


def test_a_symlinked_output_is_refused_and_its_target_untouched(factcheck, newsroom: Path) -> None:
    target = newsroom / "target.txt"
    target.write_text("keep me\n")
    link = newsroom / "reviews.json"
    link.symlink_to(target)
    run = export(factcheck, newsroom, "--output", link)
    assert run.code == 2
    assert "is a symbolic link; factcheck writes only regular files" in run.err
    assert target.read_text() == "keep me\n"
    assert link.is_symlink()


def test_export_help_explains_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    from factcheck.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["export", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: factcheck export")
    for words in (
        "ClaimReview JSON-LD",
        "false or disputed",
        "--claim ID",
        "review-url",
        "False 1, Disputed 2, True 3",
        "Nothing is written unless every chosen claim can be published",
    ):
        assert words in out, words


HTML_ARTICLE = """\
<!doctype html>
<html lang="en-GB">
<head>
<title>Second round of talks ends in Istanbul</title>
<link rel="canonical" href="https://news.example.org/2025/06/02/istanbul-talks">
<meta property="og:url" content="https://news.example.org/amp/istanbul-talks">
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-06-02T21:00:00+03:00">
</head>
<body><article>
<h1>Second round of talks ends in Istanbul</h1>
<p>The delegations met for about an hour. Ukraine had proposed a 90-day ceasefire.</p>
</article></body>
</html>
"""

HTML_CLAIMS = """\
version: 1
article:
  path: ../articles/talks.html
subjects:
  ceasefire-proposal: {kind: other}
claims:
  - id: ceasefire-duration
    type: duration
    subject: ceasefire-proposal
    property: duration
    value: P90D
    text: 90-day
    status: false
"""


def test_an_html_article_gives_its_canonical_address_author_and_outlet(
    factcheck, newsroom: Path
) -> None:
    (newsroom / "articles" / "talks.html").write_text(HTML_ARTICLE, encoding="utf-8")
    claims = newsroom / "claims" / "talks.yaml"
    claims.write_text(HTML_CLAIMS, encoding="utf-8")
    run = export(factcheck, newsroom)
    assert run.code == 0, run.err
    (review,) = json.loads(run.out)
    assert google_problems(review) == []
    assert review["url"] == "https://news.example.org/2025/06/02/istanbul-talks"
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "url": "https://news.example.org/2025/06/02/istanbul-talks",
        "headline": "Second round of talks ends in Istanbul",
        "datePublished": "2025-06-02T21:00:00+03:00",
        "author": {"@type": "Person", "name": "Jane Reporter"},
        "publisher": {"@type": "Organization", "name": "Example News"},
        "inLanguage": "en-GB",
    }
    assert review["claimReviewed"] == "Ukraine had proposed a 90-day ceasefire."


def test_an_html_article_without_canonical_link_is_reported(factcheck, newsroom: Path) -> None:
    page = HTML_ARTICLE.replace(
        '<link rel="canonical" href="https://news.example.org/2025/06/02/istanbul-talks">\n', ""
    ).replace(
        '<meta property="og:url" content="https://news.example.org/amp/istanbul-talks">\n', ""
    )
    (newsroom / "articles" / "talks.html").write_text(page, encoding="utf-8")
    claims = newsroom / "claims" / "talks.yaml"
    claims.write_text(HTML_CLAIMS, encoding="utf-8")
    run = export(factcheck, newsroom)
    assert run.code == 1
    page_path = newsroom / "claims" / ".." / "articles" / "talks.html"
    assert run.err.splitlines()[0] == (
        f"{claims}:7:5: `ceasefire-duration`: the article {page_path} "
        "has no canonical link, and ClaimReview needs the address where the claim appears "
        '(add <link rel="canonical" href="https://…"> in its <head>)'
    )


def test_the_og_url_stands_in_for_a_missing_canonical_link() -> None:
    from factcheck.export.page_meta import html_page_metadata

    page = HTML_ARTICLE.replace(
        '<link rel="canonical" href="https://news.example.org/2025/06/02/istanbul-talks">\n', ""
    )
    assert html_page_metadata(page)["url"] == "https://news.example.org/amp/istanbul-talks"
    assert html_page_metadata(HTML_ARTICLE) == {
        "language": "en-GB",
        "url": "https://news.example.org/2025/06/02/istanbul-talks",
        "author": "Jane Reporter",
        "outlet": "Example News",
    }


def test_control_characters_from_input_never_reach_the_terminal(factcheck, newsroom: Path) -> None:
    claims = newsroom / "claims" / "talks.yaml"
    claims.write_text(CLAIMS.replace("    text: 90-day\n", '    text: "\\e]0;owned\\a90-day"\n'))
    run = export(factcheck, newsroom)
    assert run.code == 1
    assert "\x1b" not in run.err and "\x07" not in run.err
    assert "`\\x1b]0;owned\\x0790-day` is not in the article" in run.err


def test_the_bundled_example_is_not_published_so_it_cannot_be_exported(
    factcheck, tmp_path: Path
) -> None:
    from conftest import ROOT

    config = tmp_path / "factcheck.yaml"
    config.write_text(CONFIG)
    claims = ROOT / "claims" / "2025-06-02-istanbul-second-round.yaml"
    run = factcheck("export", "claimreview", claims, "--config", config, "--claim", "round-2-date")
    assert run.code == 1
    line = claims.read_text().splitlines().index("  - id: round-2-date") + 1
    assert run.err.splitlines()[0] == (
        f"claims/2025-06-02-istanbul-second-round.yaml:{line}:5: `round-2-date`: the article "
        "articles/2025-06-02-istanbul-second-round.md has no `url:` in its front matter, and "
        "ClaimReview needs the address where the claim appears (add `url: https://…` (the "
        "address the article is published at) to its front matter)"
    )


def test_an_article_address_that_is_not_a_web_address_is_named(factcheck, newsroom: Path) -> None:
    article = newsroom / "articles" / "talks.md"
    article.write_text(ARTICLE.replace("url: https://", "url: "))
    run = export(factcheck, newsroom, "--claim", "ceasefire-duration")
    assert run.code == 1
    assert run.err.splitlines()[0].endswith(
        "gives its address as 'news.example.org/2025/06/02/istanbul-talks', and ClaimReview "
        "needs an absolute http(s) address (write the address the article is published at, "
        "such as https://news.example.org/…)"
    )


def test_an_article_without_publication_date_is_reported(factcheck, newsroom: Path) -> None:
    article = newsroom / "articles" / "talks.md"
    article.write_text(ARTICLE.replace("published: 2025-06-02T21:00:00+03:00\n", ""))
    run = export(factcheck, newsroom, "--claim", "meeting-length")
    assert run.code == 1
    line = CLAIMS.splitlines().index("  - id: meeting-length") + 1
    assert run.err.splitlines()[0] == (
        f"{newsroom / 'claims' / 'talks.yaml'}:{line}:5: `meeting-length`: the article "
        f"{newsroom / 'claims' / '..' / 'articles' / 'talks.md'} has no publication date that "
        "can be read (add `published:` with a date-time and its zone to its front matter)"
    )


def test_an_article_outside_the_root_is_refused_not_read(factcheck, tmp_path) -> None:
    """export reads under the same rule as verify: the article named outside the root is a
    located problem, and nothing of it is exported."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "secret.md").write_text(
        "---\ntitle: S\npublished: 2025-06-27T22:57:00+03:00\nurl: https://x.org/s\n---\n\n"
        "SECRET-7e1 took place on June 2.\n"
    )
    (repo / "factcheck.yaml").write_text(
        "claimreview: {author: {name: Desk, url: 'https://desk.example.org'}}\n"
    )
    claims = repo / "c.yaml"
    claims.write_text(
        "article: {path: ../secret.md}\nsubjects: {s: {kind: event}}\nclaims:\n"
        '  - {id: c, subject: s, property: date, type: date, value: "2025-06-02", '
        "text: June 2, status: 'false', sources: [{title: T, url: 'https://x.org/t'}]}\n"
    )
    run = factcheck(
        "export", "claimreview", claims, "--root", repo, "--config", repo / "factcheck.yaml"
    )
    assert run.code == 1
    assert "SECRET-7e1" not in run.out + run.err
    assert run.err.startswith(f"{claims}:1:17: {repo}/../secret.md is outside the repository root")


def test_an_ascii_standard_output_gets_valid_json_ld(newsroom: Path) -> None:
    """A stream that cannot encode every character (LANG=C, PYTHONIOENCODING=ascii) gets the
    JSON-LD with JSON's own escapes, read back as the UTF-8 run's, not backslash escapes that
    no JSON reader takes (factcheck.report.stream_encoding)."""
    import os
    import subprocess
    import sys

    def run(encoding: str) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable, "-m", "factcheck", "export", "claimreview", "claims"]
        command += ["--config", "factcheck.yaml", "--date", "2025-06-28"]
        env = {**os.environ, "PYTHONIOENCODING": encoding}
        return subprocess.run(command, cwd=newsroom, env=env, capture_output=True, timeout=120)

    article = newsroom / "articles" / "talks.md"  # "ü" (U+00FC) and "—" in the headline
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("ends in Istanbul", "ends in Istanbul — Gürak"), "utf-8")
    ascii_run, utf8_run = run("ascii"), run("utf-8")
    assert (
        "Gürak"
        in json.loads(utf8_run.stdout.decode("utf-8"))[0]["itemReviewed"]["appearance"]["headline"]
    )
    assert ascii_run.returncode == utf8_run.returncode == 0, ascii_run.stderr
    ascii_run.stdout.decode("ascii")
    assert json.loads(ascii_run.stdout) == json.loads(utf8_run.stdout.decode("utf-8"))
    assert utf8_run.stdout.decode("utf-8") != ascii_run.stdout.decode("ascii")  # it had to escape

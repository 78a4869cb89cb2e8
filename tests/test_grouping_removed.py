"""A deleted sentence is one finding (issue 15, item 2): when the lock's pinned sentence of
some claims is gone from the article, FC207 reports the removal once, naming every claim
verified against it, and their FC203s are folded under it.

Every test deletes a sentence from a copy of the bundled example in tmp_path and runs the
real command line with the project's configuration.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from conftest import BUNDLED_ARTICLE, FIXTURES, bundled_copy

ARTICLE = BUNDLED_ARTICLE.read_text(encoding="utf-8")
BEFORE = "following an earlier meeting on May 16."
CEASEFIRE = (
    " Despite Ukraine's insistence on a 30-day ceasefire, Russia has repeatedly rejected the "
    "offer, proposing only a temporary 2–3-day truce in limited areas to retrieve the bodies "
    "of fallen soldiers."
)
CEASEFIRE_CLAIMS = [
    "ceasefire-proposal-duration",
    "ceasefire-rejected",
    "truce-duration",
    "truce-purpose",
]
REPORTS = FIXTURES / "reports"


@pytest.fixture(autouse=True)
def _project_configuration(factcheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration a newsroom runs (the test suite's own turns FC501 off)."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def _deleted(tmp_path: Path, sentence: str, lock: bool = True) -> Path:
    """A copy of the bundled example without `sentence`; the claims path."""
    claims = bundled_copy(tmp_path)
    if not lock:
        claims.with_name(claims.stem + ".lock.json").unlink()
    assert ARTICLE.count(sentence) == 1, sentence
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    article.write_text(ARTICLE.replace(sentence, ""), encoding="utf-8")
    return claims


def _key_position(claims: Path, claim_id: str, key: str) -> tuple[int, int]:
    lines = claims.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"  - id: {claim_id}")
    for number in range(start + 1, len(lines)):
        found = re.match(rf"^\s+{key}: ", lines[number])
        if found:
            return number + 1, found.end() + 1
    raise AssertionError(f"{claim_id} has no {key}")


def _after(words: str) -> tuple[int, int]:
    """The article's line and column just after `words` (before the deleted sentence)."""
    for number, line in enumerate(ARTICLE.split("\n"), 1):
        if words in line:
            return number, line.index(words) + len(words) + 1
    raise AssertionError(words)


def test_a_deleted_sentence_is_one_finding_with_its_claims_folded_under_it(
    factcheck, tmp_path
) -> None:
    claims = _deleted(tmp_path, CEASEFIRE)
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    report = run.report
    shown_errors = [
        f for f in report["findings"] if f["severity"] == "error" and not f["folded_into"]
    ]
    [primary] = shown_errors
    assert primary["code"] == "FC207"
    assert primary["message"] == (
        "the article no longer has the sentence `Despite Ukraine's insistence on a 30-day "
        "ceasefire, Russia has repeatedly …` that `ceasefire-proposal-duration`, "
        "`ceasefire-rejected`, `truce-duration` and `truce-purpose` were verified against"
    )
    assert primary["claim"] == "ceasefire-proposal-duration"
    first = _key_position(claims, "ceasefire-proposal-duration", "text")
    assert (primary["line"], primary["column"]) == first
    # Where it stood: right after the sentence before it.
    assert (primary["article_line"], primary["article_column"]) == _after(BEFORE)
    [change] = primary["changes"]
    assert change["new"] == "" and change["claims"] == CEASEFIRE_CLAIMS
    assert change["old"].startswith("Despite Ukraine's insistence") and change["old"].endswith(
        "fallen soldiers."
    )
    assert "restore the sentence" in primary["hint"]
    folded = [f for f in report["findings"] if f["folded_into"]]
    assert sorted((f["code"], f["claim"]) for f in folded) == [
        ("FC203", claim) for claim in CEASEFIRE_CLAIMS
    ]
    assert all(f["folded_into"] == primary["cause"] for f in folded)
    # No nearest passage: it could only be somewhere else in the article.
    assert all(f["hint"] == "The article has no passage like it." for f in folded)
    assert (report["summary"]["errors"], report["summary"]["folded"]) == (1, 4)
    results = {c["id"]: c["result"] for c in report["claims"]}
    assert {results[c] for c in CEASEFIRE_CLAIMS} == {"fail"}

    line = factcheck("verify", claims, "--format", "line")
    lines = [x for x in line.out.split("\n") if x and "FC425" not in x]
    assert lines[0].endswith(f"{first[0]}:{first[1]}: FC207 error {primary['message']} "
                             "[ceasefire-proposal-duration]")  # fmt: skip
    assert len(lines) == 5 and all(x.startswith("  ↳ FC203 error") for x in lines[1:])


def test_a_deleted_sentence_of_one_claim_names_it(factcheck, tmp_path) -> None:
    claims = _deleted(tmp_path, ' "We will be happy to prepare it," he briefly added.')
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    [primary] = [f for f in run.report["findings"] if f["code"] == "FC207"]
    assert primary["message"] == (
        'the article no longer has the sentence `"We will be happy to prepare it," he briefly '
        "added.` that `quote-happy-to-prepare` was verified against"
    )
    assert (primary["line"], primary["column"]) == _key_position(
        claims, "quote-happy-to-prepare", "text"
    )
    report = run.report
    errors = [f for f in report["findings"] if f["severity"] == "error" and not f["folded_into"]]
    assert errors == [primary]


def test_without_a_lock_a_deleted_sentence_is_not_known(factcheck, tmp_path) -> None:
    claims = _deleted(tmp_path, CEASEFIRE, lock=False)
    report = factcheck("verify", claims, "--format", "json").report
    assert not [f for f in report["findings"] if f["code"] == "FC207"]
    missing = [f for f in report["findings"] if f["code"] == "FC203"]
    assert sorted(f["claim"] for f in missing) == CEASEFIRE_CLAIMS
    assert not any(f["folded_into"] for f in missing)


def test_sarif_and_junit_show_the_removal_once(factcheck, tmp_path) -> None:
    claims = _deleted(tmp_path, CEASEFIRE)
    sarif = factcheck("verify", claims, "--format", "sarif").out
    schema = json.loads((REPORTS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    log = json.loads(sarif)
    assert not list(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(log))
    errors = [r for r in log["runs"][0]["results"] if r["level"] == "error"]
    [removal] = errors
    assert removal["ruleId"] == "FC207"
    related = [r["message"]["text"] for r in removal["relatedLocations"]]
    assert related[0] == "the article's words"
    assert sum(t.startswith("caused by this edit: FC203 error") for t in related) == 4

    junit = factcheck("verify", claims, "--format", "junit").out
    xsd = etree.XMLSchema(etree.parse(str(REPORTS / "junit-windyroad.xsd")))
    document = etree.fromstring(junit.encode("utf-8"))
    xsd.assertValid(document)
    (case,) = document.xpath("//testcase[@name='ceasefire-proposal-duration']")
    text = case.find("failure").text
    assert "FC207 error the article no longer has the sentence" in text
    assert text.count("  ↳ ") == 4  # the four claims' FC203, its own among them, once
    assert text.count("FC203") == 4


BRIEFING = (
    "Defense Minister Rustem Umerov said during a press briefing on June 26 that it was "
    "Ukraine's goal to organize a direct meeting between President Volodymyr Zelensky and "
    "Putin during the next round of negotiation."
)


def test_a_claim_not_yet_verified_in_the_deleted_sentence_is_folded_too(
    factcheck, tmp_path
) -> None:
    claims = _deleted(tmp_path, BRIEFING)
    report = factcheck("verify", claims, "--format", "json").report
    [primary] = [f for f in report["findings"] if f["severity"] == "error" and not f["folded_into"]]
    # `briefing-date` is unverified (the lock does not pin it), but its context stood in
    # that sentence and nowhere else: the deletion broke it too.
    assert primary["message"].endswith(
        "that `umerov-title`, `briefing-speaker`, `briefing-goal` and `zelensky-title` were "
        "verified against (also affects `briefing-date`)"
    )
    folded = {f["claim"] for f in report["findings"] if f["folded_into"] == primary["cause"]}
    assert folded == {
        "umerov-title", "briefing-speaker", "briefing-goal", "zelensky-title", "briefing-date"
    }  # fmt: skip


def test_a_context_is_not_aligned_with_a_passage_that_only_shares_a_few_words(
    factcheck, tmp_path
) -> None:
    # Without a lock, `briefing-date`'s context ("a press briefing on June 26") has a nearest
    # passage elsewhere ("told reporters on June 27"): no edit of it, so no FC207 says "the
    # article now says `June 27`".
    claims = _deleted(tmp_path, BRIEFING, lock=False)
    report = factcheck("verify", claims, "--format", "json").report
    assert [f for f in report["findings"] if f["code"] == "FC207"] == []
    missing = {f["claim"] for f in report["findings"] if f["code"] == "FC203"}
    assert "briefing-date" in missing


def test_where_the_claims_around_it_do_not_tell_the_removal_has_no_article_place(
    factcheck, tmp_path
) -> None:
    # Another sentence now stands between the claims before and after: where in that stretch
    # the deleted one stood is not known, so no article line is made up.
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    article.write_text(ARTICLE.replace(CEASEFIRE, " Officials declined to comment."), "utf-8")
    run = factcheck("verify", claims, "--format", "json")
    assert run.code == 1
    [primary] = [f for f in run.report["findings"] if f["code"] == "FC207"]
    assert primary["message"].startswith("the article no longer has the sentence `Despite")
    assert (primary["article_file"], primary["article_line"], primary["changes"]) == (
        None,
        None,
        [],
    )
    assert (primary["line"], primary["column"]) == _key_position(
        claims, "ceasefire-proposal-duration", "text"
    )
    line = factcheck("verify", claims, "--format", "line").out
    assert line.count("  ↳ FC203 error") == 4


@pytest.mark.parametrize("name", ["rich", "github", "markdown", "html", "sarif", "junit"])
def test_every_format_shows_a_removal_without_an_article_place(factcheck, tmp_path, name) -> None:
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    article.write_text(ARTICLE.replace(CEASEFIRE, " Officials declined to comment."), "utf-8")
    out = tmp_path / f"report.{name}"
    run = factcheck("verify", claims, "--format", name, "--output", out)
    assert run.code == 1 and "Traceback" not in run.err
    assert "no longer has the sentence" in out.read_text(encoding="utf-8")

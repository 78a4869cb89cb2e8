"""SARIF and JUnit fold an edit's findings under its FC207 (issue 15, item 2).

Each test edits "June 2" to "June 3" in a copy of the bundled example, runs the real command
line, and checks the report with the consumer's schema (the OASIS SARIF schema, the windyroad
JUnit XSD) before reading what a code-scanning view or a test dashboard would show.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from conftest import BUNDLED_ARTICLE, FIXTURES, bundled_copy

REPORTS = FIXTURES / "reports"
JUNE = ("took place on June 2 in Istanbul", "took place on June 3 in Istanbul")


@pytest.fixture(autouse=True)
def _project_configuration(factcheck, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configuration a newsroom runs (the test suite's own turns FC501 off)."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


def _edited(tmp_path: Path) -> Path:
    claims = bundled_copy(tmp_path)
    article = tmp_path / "articles" / BUNDLED_ARTICLE.name
    text = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    assert text.count(JUNE[0]) == 1
    article.write_text(text.replace(*JUNE), encoding="utf-8")
    return claims


def _sarif(text: str) -> dict:
    schema = json.loads((REPORTS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    errors = list(cls(schema, format_checker=cls.FORMAT_CHECKER).iter_errors(json.loads(text)))
    assert not errors, [e.message for e in errors[:5]]
    return json.loads(text)


def _junit(text: str) -> etree._Element:
    schema = etree.XMLSchema(etree.parse(str(REPORTS / "junit-windyroad.xsd")))
    document = etree.fromstring(text.encode("utf-8"))
    schema.assertValid(document)
    return document


def test_sarif_gives_the_edit_one_result_with_what_it_caused_as_related_locations(
    factcheck, tmp_path
) -> None:
    claims = _edited(tmp_path)
    folded = [f for f in factcheck("verify", claims, "--format", "json").report["findings"]
              if f["folded_into"]]  # fmt: skip
    assert len(folded) == 4
    run = factcheck("verify", claims, "--format", "sarif")
    assert run.code == 1
    log = _sarif(run.out)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results].count("FC207") == 1
    # The folded findings are no alerts of their own: no FC203, FC205 or FC501 result.
    assert not {"FC203", "FC205", "FC501"} & {r["ruleId"] for r in results}
    [edit] = [r for r in results if r["ruleId"] == "FC207"]
    assert edit["message"]["text"].startswith(
        "the article now says `June 3` where `round-2-date` says `June 2`"
    )
    related = edit["relatedLocations"]
    assert related[0]["message"]["text"] == "the article's words"
    assert [r["id"] for r in related] == list(range(1, 6))
    caused = related[1:]
    texts = sorted(r["message"]["text"] for r in caused)
    assert texts == sorted(
        f"caused by this edit: {f['code']} {f['severity']} {f['message']}"
        + (f" [{f['claim']}]" if f["claim"] else "")
        for f in folded
    )
    # Each at the folded finding's own place (the URI is outside the root here: absolute).
    places = sorted(
        (r["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[1],
         r["physicalLocation"]["region"]["startLine"])
        for r in caused
    )  # fmt: skip
    assert places == sorted((Path(f["file"]).name, f["line"]) for f in folded)


def test_junit_puts_what_the_edit_caused_in_the_fc207_failure_text(factcheck, tmp_path) -> None:
    claims = _edited(tmp_path)
    run = factcheck("verify", claims, "--format", "junit")
    assert run.code == 1
    [suite] = _junit(run.out).findall("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    failure = cases["round-2-date"].find("failure")
    assert failure.get("message").startswith("the article now says `June 3`")
    assert failure.get("type").startswith("FC207")
    lines = failure.text.split("\n")
    assert " FC207 error the article now says `June 3`" in lines[0]
    arrows = [line for line in lines if line.startswith("  ↳ ")]
    assert len(arrows) == 4
    assert sum("FC203 error the context is not in the article" in a for a in arrows) == 2
    assert sum(" FC205 error " in a for a in arrows) == 1
    assert sum(" FC501 warning “June 3”" in a for a in arrows) == 1
    # The claim's own FC203 is shown once, under the edit.
    assert failure.text.count("FC203") == 2
    # The other claims the edit broke still fail, each saying which edit it was.
    for claim in ("round-2-venue", "round-1-date"):
        text = cases[claim].find("failure").text
        assert "caused by the edit reported by FC207" in text
    # The folded warning is not repeated among the suite's warnings.
    assert "June 3" not in (suite.find("system-out").text or "")

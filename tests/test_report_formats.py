"""JUnit, SARIF, GitHub annotations and Markdown: each checked by a real consumer or schema.

JUnit XML is validated against the windyroad XSD with libxml2 (lxml), SARIF against the
OASIS JSON Schema, annotations are parsed back the way the Actions runner reads them, and
the Markdown is rendered by a CommonMark parser with GitHub's tables.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from lxml import etree
from markdown_it import MarkdownIt

from conftest import BUNDLED_ARTICLE, BUNDLED_CLAIMS, FIXTURES, ROOT
from factcheck.findings import Finding
from factcheck.report.github_report import annotations
from factcheck.rules import RULES

REPORTS = FIXTURES / "reports"
BROKEN = FIXTURES / "broken"
NOT_FOUND = BROKEN / "text-not-found.yaml"
SWAPPED = BROKEN / "chronology-swapped.yaml"
SYNTAX = BROKEN / "syntax-bad-indent.yaml"
CANNOT_TELL = BROKEN / "cannot-tell.yaml"
HOSTILE = REPORTS / "hostile.yaml"
FAILING = (NOT_FOUND, SWAPPED, SYNTAX, CANNOT_TELL)

CLAIMS_PATH = BUNDLED_CLAIMS.relative_to(ROOT).as_posix()
SECOND_CLAIMS_PATH = "claims/2025-06-02-istanbul-second-round.yaml"
ARTICLE_PATH = BUNDLED_ARTICLE.relative_to(ROOT).as_posix()


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture(autouse=True)
def _no_workspace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


# --- JUnit -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def junit_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(REPORTS / "junit-windyroad.xsd")))


def _junit(text: str, schema: etree.XMLSchema) -> etree._Element:
    document = etree.fromstring(text.encode("utf-8"))
    schema.assertValid(document)
    return document


def _case(suite: etree._Element, name: str) -> etree._Element:
    (case,) = suite.xpath("testcase[@name=$name]", name=name)
    return case


def test_junit_bundled_example_is_valid_and_passes(factcheck, junit_schema) -> None:
    run = factcheck("verify", "--format", "junit")
    assert run.code == 0
    root = _junit(run.out, junit_schema)
    # The configured archive: the June 2 example, then the June 27 one (file name order).
    second_round, suite = root.findall("testsuite")
    assert second_round.get("name") == SECOND_CLAIMS_PATH
    assert int(second_round.get("tests")) == 1 + 31 + 10  # the file, 31 claims, 10 checks
    assert second_round.get("failures") == "0" and not second_round.xpath(".//failure")
    assert suite.get("name") == CLAIMS_PATH
    assert suite.xpath("properties/property[@name='article']/@value") == [ARTICLE_PATH]
    cases = suite.findall("testcase")
    # the file itself, 63 claims, 19 checks
    assert len(cases) == 1 + 63 + 19 == int(suite.get("tests"))
    assert cases[0].get("name") == CLAIMS_PATH
    assert {c.get("classname") for c in cases} == {CLAIMS_PATH}
    assert suite.get("failures") == "0" and not suite.xpath(".//failure")
    # a claim with only a warning passes; the warning is in the suite's output
    assert len(_case(suite, "briefing-date")) == 0
    out = suite.findtext("system-out")
    assert out.count("FC425 warning") == 5
    assert "[briefing-date] claims/2025-06-27-putin-third-round.yaml:748:13: FC425" in out


def test_junit_failures_carry_the_message_and_the_location(factcheck, junit_schema) -> None:
    run = factcheck("verify", "--format", "junit", *FAILING)
    assert run.code == 1
    suites = {s.get("name"): s for s in _junit(run.out, junit_schema).findall("testsuite")}
    assert list(suites) == [_rel(p) for p in FAILING]
    assert [s.get("id") for s in suites.values()] == ["0", "1", "2", "3"]

    not_found = suites[_rel(NOT_FOUND)]
    assert not_found.get("failures") == "1"
    failure = _case(not_found, "round-2-date").find("failure")
    assert failure.get("type") == "FC201"
    assert failure.get("message") == "`June 3` is not in the article"
    assert f"{_rel(NOT_FOUND)}:17:11: FC201 error" in failure.text
    assert "article tests/fixtures/articles/talks.md:6:38" in failure.text
    assert _case(not_found, "swap").find("failure") is None

    swapped = suites[_rel(SWAPPED)]
    check = _case(swapped, "order").find("failure")
    assert check.get("type") == "FC401"
    assert f"{_rel(SWAPPED)}:60:44" in check.text

    # a YAML syntax error is tied to no claim: the file's own test case fails
    syntax = suites[_rel(SYNTAX)]
    assert syntax.get("tests") == "1"
    failure = _case(syntax, _rel(SYNTAX)).find("failure")
    assert failure.get("type") == "FC101"
    assert f"{_rel(SYNTAX)}:15:11" in failure.text

    # cannot tell is neither pass nor fail
    cannot = suites[_rel(CANNOT_TELL)]
    assert cannot.get("skipped") == "1" and cannot.get("failures") == "0"
    skipped = _case(cannot, "swap-before-may").find("skipped")
    assert skipped.get("message").startswith("cannot tell whether `swap-date`")
    assert "silenced: " in cannot.findtext("system-out")


def test_junit_keeps_user_text_and_drops_what_xml_cannot_hold(junit_schema) -> None:
    from factcheck.report.junit_report import render
    from factcheck.result import ClaimResult, FileResult, RunResult

    finding = Finding(
        "FC424", "error", 'a <b>"&"</b>\x01 b', "x.yaml", 3, 1, claim="c<1>", check=None
    )
    claim = ClaimResult("c<1>", "false", "text", "v", 3, "fail", findings=[finding])
    run = RunResult([FileResult("x.yaml", claims=[claim], findings=[finding])])
    root = _junit(render(run), junit_schema)
    failure = root.find("testsuite/testcase[@name='c<1>']/failure")
    assert failure.get("message") == 'a <b>"&"</b>\ufffd b'


# --- SARIF -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads((REPORTS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator  # what the file's $schema says
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _sarif(text: str, validator) -> dict:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return log


def test_sarif_bundled_example_is_valid(factcheck, sarif_validator) -> None:
    from factcheck import __version__

    run = factcheck("verify", "--format", "sarif")
    assert run.code == 0
    log = _sarif(run.out, sarif_validator)
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == __version__
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    rule = driver["rules"][list(RULES).index("FC201")]
    assert rule["name"] == RULES["FC201"].name
    assert rule["shortDescription"]["text"] == RULES["FC201"].summary
    assert rule["fullDescription"]["text"] == RULES["FC201"].explain()
    assert rule["help"]["text"] == RULES["FC201"].explain()
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for entry in driver["rules"]:
        assert entry["defaultConfiguration"]["level"] == levels[RULES[entry["id"]].severity]
    assert sarif_run["invocations"] == [{"executionSuccessful": True, "exitCode": 0}]
    results = sarif_run["results"]
    assert [r["ruleId"] for r in results] == ["FC425"] * 5
    assert {r["level"] for r in results} == {"warning"}
    location = results[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": CLAIMS_PATH, "uriBaseId": "%SRCROOT%"}
    related = results[0]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"] == {"uri": ARTICLE_PATH, "uriBaseId": "%SRCROOT%"}


def test_sarif_failing_results_are_located_in_both_files(factcheck, sarif_validator) -> None:
    run = factcheck("verify", "--format", "sarif", *FAILING)
    assert run.code == 1
    (sarif_run,) = _sarif(run.out, sarif_validator)["runs"]
    assert sarif_run["invocations"][0] == {"executionSuccessful": True, "exitCode": 1}
    results = {r["ruleId"]: r for r in sarif_run["results"] if "suppressions" not in r}
    assert set(results) == {"FC201", "FC401", "FC101", "FC410"}

    fc201 = results["FC201"]
    assert fc201["level"] == "error"
    assert fc201["ruleIndex"] == list(RULES).index("FC201")
    assert fc201["message"]["text"].startswith("`June 3` is not in the article\n")
    assert fc201["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": _rel(NOT_FOUND), "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 17, "startColumn": 11},
    }
    assert fc201["relatedLocations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "tests/fixtures/articles/talks.md", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 6, "startColumn": 38},
    }
    assert fc201["properties"] == {"claim": "round-2-date"}
    assert results["FC410"]["level"] == "note"
    assert "relatedLocations" not in results["FC101"]

    # a finding silenced on its claim is a suppressed result with the reason
    suppressed = [r for r in sarif_run["results"] if "suppressions" in r]
    assert [s["suppressions"][0]["kind"] for s in suppressed] == ["inSource"]
    assert suppressed[0]["suppressions"][0]["justification"] == "testing FC410"

    fingerprints = [r["partialFingerprints"]["factcheck/v1"] for r in sarif_run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_sarif_fingerprints_survive_moved_lines(
    factcheck, sarif_validator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "broken").mkdir()
    shutil.copytree(FIXTURES / "articles", tmp_path / "articles")
    claims = tmp_path / "broken" / "text-not-found.yaml"
    text = NOT_FOUND.read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def results() -> list[dict]:
        run = factcheck("verify", "--format", "sarif", "broken/text-not-found.yaml")
        return _sarif(run.out, sarif_validator)["runs"][0]["results"]

    claims.write_text(text, encoding="utf-8")
    before = results()
    claims.write_text("# a comment moves every line down\n" + text, encoding="utf-8")
    after = results()
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before] == [17]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] == [18]
    assert before[0]["partialFingerprints"] == after[0]["partialFingerprints"]
    uri = after[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri == {"uri": "broken/text-not-found.yaml", "uriBaseId": "%SRCROOT%"}


# --- GitHub annotations ----------------------------------------------------------------

_COMMAND = re.compile(r"^::(error|warning|notice) (.*?)::(.*)$")


def _unescape(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def _parse_annotations(out: str) -> tuple[list[dict], list[str]]:
    """Workflow commands as the runner reads them, and the other lines."""
    parsed, plain = [], []
    for line in out.splitlines():
        match = _COMMAND.match(line)
        if not match:
            plain.append(line)
            continue
        props = dict(p.split("=", 1) for p in match.group(2).split(","))
        entry = {k: _unescape(v) for k, v in props.items()}
        entry.update(kind=match.group(1), message=_unescape(match.group(3)))
        parsed.append(entry)
    return parsed, plain


def test_github_annotations_point_at_the_claims_file_and_the_article(factcheck) -> None:
    run = factcheck("verify", "--format", "github", *FAILING)
    assert run.code == 1
    parsed, plain = _parse_annotations(run.out)
    located = [(a["kind"], a["file"], a.get("line"), a.get("col"), a["title"]) for a in parsed]
    assert located == [
        ("error", _rel(NOT_FOUND), "17", "11", "FC201 text-not-found"),
        ("error", "tests/fixtures/articles/talks.md", "6", "38", "FC201 text-not-found"),
        ("error", _rel(SWAPPED), "60", "44", "FC401 chronology"),
        ("error", "tests/fixtures/articles/rounds.md", "8", "32", "FC401 chronology"),
        ("error", _rel(SYNTAX), "15", "11", "FC101 yaml-syntax"),
        ("notice", _rel(CANNOT_TELL), "62", "24", "FC410 cannot-tell"),
        ("notice", "tests/fixtures/articles/rounds.md", "9", "38", "FC410 cannot-tell"),
    ]
    assert parsed[0]["message"] == "`June 3` is not in the article\nnearest passage: “June 2”"
    assert parsed[1]["message"].endswith(f"(claim `round-2-date`, {_rel(NOT_FOUND)}:17)")
    assert plain == [
        "factcheck failed: 4 articles, 34 claims (32 passed, 2 failed), 23 checks "
        "(21 held, 1 failed, 1 cannot tell), 3 errors, 0 warnings, 1 silenced"
    ]


def test_github_bundled_example_has_warnings_only(factcheck) -> None:
    run = factcheck("verify", "--format", "github")
    assert run.code == 0
    parsed, plain = _parse_annotations(run.out)
    assert {a["kind"] for a in parsed} == {"warning"}
    assert {a["file"] for a in parsed} == {CLAIMS_PATH, ARTICLE_PATH}
    assert len(parsed) == 10  # five findings, each on the claims file and on the article
    # The configured archive holds both bundled examples; only the June 27 one has findings.
    assert plain[-1].startswith("factcheck passed: 2 articles, 94 claims")


def test_github_escapes_data_and_properties() -> None:
    finding = Finding(
        "FC201",
        "warning",
        "100% sure:\r\nnot, really",
        "odd,name:1.yaml",
        3,
        5,
        hint="50%",
    )
    (line,) = annotations(finding, None)
    assert "\n" not in line and "\r" not in line
    (parsed,), _ = _parse_annotations(line)
    assert parsed["file"] == "odd,name:1.yaml"
    assert parsed["line"] == "3" and parsed["col"] == "5"
    assert parsed["message"] == "100% sure:\r\nnot, really\n50%"


def test_github_paths_are_relative_to_the_workspace(
    factcheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_WORKSPACE", str(ROOT / "tests"))
    parsed, _ = _parse_annotations(factcheck("verify", "--format", "github", NOT_FOUND).out)
    assert [a["file"] for a in parsed] == [
        "fixtures/broken/text-not-found.yaml",
        "fixtures/articles/talks.md",
    ]


# --- Markdown --------------------------------------------------------------------------


def _markdown_html(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def _tables(text: str) -> list[list[list[str]]]:
    """Each table's rows (header first), each row its cells' inline source."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close":
            tables[-1].append(row)
            row = None
    return tables


def test_markdown_bundled_example(factcheck) -> None:
    run = factcheck("verify", "--format", "markdown")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0] == "## ⚠️ factcheck passed with 5 warnings"
    # The configured archive: both bundled examples (63 + 31 claims, 19 + 10 checks).
    assert lines[2] == (
        "**2 articles** · **94 claims**: 89 passed, 0 failed · **29 checks**: 29 held, "
        "0 failed, 0 cannot tell · **0 errors** · **5 warnings**"
    )
    assert "### Failing claims" not in run.out
    (others,) = _tables(run.out)
    assert others[0] == ["Claim or check", "Finding"]
    assert len(others) == 1 + 5
    html = _markdown_html(run.out)
    assert "<summary>Passing claims (94) and checks (29)</summary>" in html
    assert html.count("<li>") == 94 + 29
    assert "<code>rounds-in-order</code>" in html


def test_markdown_failing_claims_table(factcheck) -> None:
    run = factcheck("verify", "--format", "markdown", NOT_FOUND, SWAPPED)
    assert run.code == 1
    assert run.out.startswith("## ❌ factcheck failed\n")
    claims, checks = _tables(run.out)
    assert claims[0] == ["Claim", "In the article", "Findings"]
    assert [len(r) for r in claims] == [3, 3, 3]
    not_found, swapped = claims[1:]
    assert not_found[0].startswith("`round-2-date`")
    assert f"{_rel(NOT_FOUND)}:17" in not_found[2] and "**FC201** error" in not_found[2]
    assert "tests/fixtures/articles/talks.md:6" in not_found[2]
    assert "**June 2**" in swapped[1]  # the claimed words in bold within their excerpt
    assert checks[0] == ["Check", "Kind", "Findings"]
    assert checks[1][0].startswith("`order`") and "**FC401**" in checks[1][2]
    assert "<details>" in run.out and run.out.rstrip().endswith("</details>")


def test_markdown_shows_user_text_as_written(factcheck) -> None:
    run = factcheck("verify", "--format", "markdown", HOSTILE)
    assert run.code == 1
    claims, others = _tables(run.out)
    assert [len(r) for r in claims] == [3, 3]  # the `|` in the excerpt did not split a cell
    html = _markdown_html(run.out)
    assert "<script>" not in html and "<b>will</b>" not in html
    assert "<strong>the &lt;script&gt;alert(1)&lt;/script&gt; bridge</strong>" in html
    assert "50% | *full* capacity &amp; more" in html  # no emphasis, no cell break
    assert "We &lt;b&gt;will&lt;/b&gt; be ready" in html
    assert others[1][0] == "`capacity-pipe`" and "**FC425** warning" in others[1][1]


# --- the command line ------------------------------------------------------------------


def test_report_dir_writes_json_junit_and_sarif(
    factcheck, tmp_path: Path, junit_schema, sarif_validator
) -> None:
    folder = tmp_path / "reports"
    run = factcheck("verify", "--format", "json", "--report-dir", folder, NOT_FOUND)
    assert run.code == 1
    written = {p.name for p in folder.iterdir()}
    assert {"factcheck.json", "factcheck.junit.xml", "factcheck.sarif"} <= written
    assert json.loads((folder / "factcheck.json").read_text()) == run.report
    _junit((folder / "factcheck.junit.xml").read_text(encoding="utf-8"), junit_schema)
    log = _sarif((folder / "factcheck.sarif").read_text(encoding="utf-8"), sarif_validator)
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["FC201"]


@pytest.mark.parametrize("name", ["junit", "sarif", "github", "markdown"])
def test_output_file_holds_what_stdout_would(factcheck, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"report.{name}"
    run = factcheck("verify", "--format", name, "--output", target, SWAPPED)
    assert run.code == 1 and run.out == ""
    printed = factcheck("verify", "--format", name, SWAPPED).out
    strip = re.compile(r' timestamp="[^"]*"')  # JUnit's time of writing
    assert strip.sub("", target.read_text(encoding="utf-8")) == strip.sub("", printed)


def test_github_actions_picks_annotations_and_writes_the_step_summary(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = factcheck("verify", NOT_FOUND)
    assert run.code == 1
    parsed, plain = _parse_annotations(run.out)
    assert parsed[0]["kind"] == "error" and parsed[0]["title"] == "FC201 text-not-found"
    assert plain[-1].startswith("factcheck failed: 1 article")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## ❌ factcheck failed\n")
    assert "### Failing claims" in text


def test_step_summary_is_left_alone_with_another_format(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = factcheck("verify", "--format", "json", NOT_FOUND)
    assert run.report["findings"][0]["code"] == "FC201"
    assert not summary.exists()

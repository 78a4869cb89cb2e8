"""The bundled example: the README's first command must print a report a newsroom trusts."""

from __future__ import annotations

import json

import jsonschema

from conftest import BUNDLED_CLAIMS, ROOT


def test_verify_with_no_arguments_checks_the_configured_example(factcheck) -> None:
    run = factcheck("verify", "--color", "never")
    assert run.code == 0, run.out
    assert "Russia ready to hold third round of peace talks with Ukraine, Putin says" in run.out
    assert "claims/2025-06-27-putin-third-round.yaml" in run.out
    assert "2025-06-27T22:57:00+03:00" in run.out or "2025-06-27 22:57:00+03:00" in run.out
    assert "  ! briefing-date  unverified  date 2025-06-26\n" in run.out
    assert "round-2-date" not in run.out  # passing claims: listed with --verbose
    # The configured claims folder holds both bundled examples: June 27 (63 claims, 19
    # checks) and the June 2 second round (31 claims, 10 checks).
    last = run.out.strip().splitlines()[-1]
    assert last == (
        "passed: 2 articles, 94 claims (89 passed, 5 with warnings, 0 failed; 5 unverified), "
        "29 checks (29 held), 0 errors, 5 warnings"
    )
    assert "  ✓ round-2-date  verified  date 2025-06-02\n" in factcheck("verify", "-v").out


def test_json_report_follows_the_schema_and_counts_every_claim(factcheck) -> None:
    run = factcheck("verify", "--format", "json", BUNDLED_CLAIMS)
    assert run.code == 0
    report = run.report
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["version"] == 1
    assert report["summary"]["claims"] >= 40
    assert report["summary"]["errors"] == 0
    assert report["summary"]["checks"] == len(report["checks"]) >= 19
    assert {c["result"] for c in report["checks"]} == {"pass"}
    assert {c["result"] for c in report["claims"]} == {"pass", "warning"}
    # The only findings are the four claims honestly left unverified.
    assert {(f["code"], f["severity"]) for f in report["findings"]} == {("FC425", "warning")}
    assert len(report["findings"]) == 5


def test_every_kind_of_fact_is_claimed(factcheck) -> None:
    claims = factcheck("verify", "--format", "json", BUNDLED_CLAIMS).report["claims"]
    kinds = {c["type"] for c in claims}
    assert {"date", "number", "pair", "duration", "ordinal", "place", "person", "role",
            "quote"} <= kinds  # fmt: skip
    values = {(c["type"], c["value"]) for c in claims}
    for expected in [
        ("date", "2025-06-02"),
        ("date", "2025-05-16"),
        ("date", "2025-05-21/2025-05-31"),
        ("date", "2022-03"),
        ("date", "2022-02"),
        ("pair", "1,000-for-1,000"),
        ("number", "up to 1,200"),
        ("number", "over 1,000,000"),
        ("duration", "P30D"),
        ("duration", "P2D–P3D"),
        ("duration", "nearly P3Y6M"),
        ("ordinal", "3"),
    ]:
        assert expected in values, expected


def test_claims_point_at_the_article_lines_they_quote(factcheck) -> None:
    claims = {
        c["id"]: c for c in factcheck("verify", "--format", "json", BUNDLED_CLAIMS).report["claims"]
    }
    article = (ROOT / "articles" / "2025-06-27-putin-third-round.md").read_text().splitlines()
    for claim in claims.values():
        line = article[claim["article_line"] - 1]
        start = claim["article_column"] - 1
        assert line[start : start + 3].lower() == claim["text"][:3].lower().replace("“", '"'), claim


SECOND_ROUND_CLAIMS = ROOT / "claims" / "2025-06-02-istanbul-second-round.yaml"


def test_the_second_round_example_verifies_clean_alone(factcheck) -> None:
    run = factcheck("verify", "--format", "json", SECOND_ROUND_CLAIMS)
    assert run.code == 0
    report = run.report
    assert report["findings"] == []
    assert report["summary"]["claims"] == 31
    assert {c["result"] for c in report["claims"]} == {"pass"}
    assert {c["status"] for c in report["claims"]} == {"verified"}
    assert len(report["checks"]) == 10
    assert {c["result"] for c in report["checks"]} == {"pass"}


def test_both_examples_mean_one_thing_by_each_shared_subject_id() -> None:
    import yaml

    june_27 = yaml.safe_load(BUNDLED_CLAIMS.read_text(encoding="utf-8"))["subjects"]
    june_2 = yaml.safe_load(SECOND_ROUND_CLAIMS.read_text(encoding="utf-8"))["subjects"]
    shared = sorted(june_27.keys() & june_2.keys())
    assert {"istanbul-talks-2025", "round-1", "round-2", "umerov", "putin", "istanbul",
            "turkey", "ukraine-ceasefire-proposal", "russian-truce-proposal",
            "prisoner-swap-may-2025", "follow-up-exchange"} <= set(shared)  # fmt: skip
    identity = ("kind", "name", "aliases", "part_of", "ordinal", "within", "titles")
    for subject in shared:
        for key in identity:
            assert june_27[subject].get(key) == june_2[subject].get(key), (subject, key)

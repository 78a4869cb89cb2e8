"""A numeric check's operand may name another claims file's claim, `FILE#claim-id` (and
`FILE#claim-id.left` for a side of a pair), as chronology items do. Two articles on one
event: the June 27 report compares its count of exchanged prisoners with the June 2 one's."""

from __future__ import annotations

import pytest
from archive_helpers import article, claim

JUNE_2 = "Both sides agreed to exchange 1,000-for-1,000 prisoners, 1,200 in all."
JUNE_27 = "Since the talks, Ukraine says 390 of its soldiers came home in the first stage."


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _archive(tmp_path, check: str, first_stage: str = "390", value: int = 390):
    article(
        tmp_path,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("swap-sides", "swap", "count", "pair", "[1000, 1000]", "1,000-for-1,000"),
        claim("swap-total", "swap", "total", "number", "1200", '"1,200"'),
    )  # fmt: skip
    body = JUNE_27.replace("390", first_stage)
    path = article(tmp_path, "june-27", "2025-06-27", body,
                   claim("first-stage", "swap", "first stage", "number", str(value),
                         f'"{first_stage}"'))  # fmt: skip
    path.write_text(path.read_text(encoding="utf-8") + f"checks:\n  - {check}\n", "utf-8")
    return path


def _verify(factcheck):
    return factcheck("verify", "--format", "json", "--root", ".", "claims")


def _check(run, check_id: str) -> str:
    [result] = [c for c in run.report["checks"] if c["id"] == check_id]
    return result["result"]


def test_a_numeric_check_compares_with_another_files_number(factcheck, tmp_path):
    check = "{id: within, kind: numeric, left: first-stage, relation: at-most, " \
            "right: june-02.yaml#swap-total}"  # fmt: skip
    _archive(tmp_path, check)
    run = _verify(factcheck)
    assert run.code == 0, run.findings()
    assert _check(run, "within") == "pass"
    _archive(tmp_path, check, first_stage="1,300", value=1300)
    run = _verify(factcheck)
    assert run.code == 1
    [finding] = run.findings("FC406")
    assert (finding["file"], finding["check"]) == ("claims/june-27.yaml", "within")
    assert (
        "must be at most `june-02.yaml#swap-total` 1,200 (claims/june-02.yaml:19)"
        in (finding["message"])
    )


def test_a_sum_takes_the_sides_of_another_files_pair(factcheck, tmp_path):
    check = (
        "{id: total, kind: numeric, "
        "left: {sum: [june-02.yaml#swap-sides.left, june-02.yaml#swap-sides.right]}, "
        "relation: greater, right: first-stage}"
    )
    _archive(tmp_path, check)
    run = _verify(factcheck)
    assert run.code == 0, run.findings()
    assert _check(run, "total") == "pass"
    _archive(tmp_path, check.replace("greater", "less"))
    run = _verify(factcheck)
    [finding] = run.findings("FC406")
    assert "the sum of the left side of `june-02.yaml#swap-sides`" in finding["message"]
    assert "must be less than `first-stage` 390" in finding["message"]


def test_a_side_of_another_files_number_is_refused(factcheck, tmp_path):
    check = "{id: side, kind: numeric, left: june-02.yaml#swap-total.left, " \
            "relation: greater, right: first-stage}"  # fmt: skip
    _archive(tmp_path, check)
    run = _verify(factcheck)
    assert run.code == 1
    [finding] = run.findings("FC411")
    assert "only a pair claim has sides" in finding["message"]


@pytest.mark.parametrize(
    ("operand", "problem", "column"),
    [
        ("june-02.yaml#swap-count", "june-02.yaml has no claim `swap-count`", 36),
        ("june-02.yaml#swap-count.left", "june-02.yaml has no claim `swap-count`", 36),
        ("june-01.yaml#swap-total", "june-01.yaml does not exist (relative to this claims "
         "file)", 36),
        ("{sum: [first-stage, june-27.yaml#first-stage]}",
         "that is this file: name its claims by id alone", 56),
    ],
)  # fmt: skip
def test_a_bad_reference_is_fc108_at_the_operand(factcheck, tmp_path, operand, problem, column):
    path = _archive(tmp_path, f"{{id: bad, kind: numeric, left: {operand}, relation: "
                              "greater, right: first-stage}")  # fmt: skip
    run = _verify(factcheck)
    assert run.code == 1
    [finding] = run.findings("FC108")
    assert finding["file"] == "claims/june-27.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert (finding["line"], finding["column"]) == (len(lines), column)
    assert problem in finding["message"]


def test_validate_accepts_the_form_without_reading_the_other_file(factcheck, tmp_path):
    _archive(tmp_path, "{id: bad, kind: numeric, left: june-01.yaml#x.left, relation: "
                       "greater, right: first-stage}")  # fmt: skip
    run = factcheck("validate", "--format", "json", "--root", ".", "claims")
    assert run.code == 0, run.out

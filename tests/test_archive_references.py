"""A check may name another claims file's claim: `FILE#claim-id` (FC108 when it leads
nowhere). Two articles on one event: the June 27 report orders its dateline after the June 2
article's date of the second round."""

from __future__ import annotations

import pytest
from archive_helpers import article, claim

JUNE_2 = "The second round was held on June 2 in Istanbul."
JUNE_27 = "Talks held on June 2 produced an exchange; Putin spoke on June 27."


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _archive(tmp_path, check: str, talks_date: str = "2025-06-02"):
    article(
        tmp_path,
        "june-02",
        "2025-06-02",
        JUNE_2,
        claim("round-2-date", "round-2", "date", "date", "2025-06-02", "June 2"),
    )
    path = article(tmp_path, "june-27", "2025-06-27", JUNE_27,
                   claim("talks-date", "round-2", "date", "date", talks_date,
                         "June 2"))  # fmt: skip
    path.write_text(path.read_text(encoding="utf-8") + f"checks:\n  - {check}\n", "utf-8")
    return path


def _verify(factcheck, *paths):
    return factcheck("verify", "--format", "json", "--root", ".", *(paths or ("claims",)))


def test_a_chronology_reads_another_files_date(factcheck, tmp_path):
    _archive(
        tmp_path, "{id: order, kind: chronology, items: [june-02.yaml#round-2-date, published]}"
    )
    run = _verify(factcheck)
    assert run.code == 0, run.findings()
    [result] = [c for c in run.report["checks"] if c["id"] == "order"]
    assert result["result"] == "pass"


def test_the_wrong_order_fails_naming_the_other_files_claim(factcheck, tmp_path):
    _archive(
        tmp_path, "{id: order, kind: chronology, items: [published, june-02.yaml#round-2-date]}"
    )
    run = _verify(factcheck)
    [finding] = run.findings("FC401")
    assert finding["file"] == "claims/june-27.yaml" and finding["check"] == "order"
    assert "`june-02.yaml#round-2-date` 2025-06-02" in finding["message"]
    assert run.code == 1


FORMATS = ("rich", "json", "line", "junit", "sarif", "markdown", "html", "github")


@pytest.mark.parametrize("output", FORMATS)
def test_the_message_names_the_other_file_at_its_line(factcheck, tmp_path, output):
    """The other file's claim is placed as `file:line` (the claim's line in that file),
    which an editor or terminal opens, in every report format; this file's own claims keep
    their bare line."""
    _archive(
        tmp_path, "{id: order, kind: chronology, items: [published, june-02.yaml#round-2-date]}"
    )
    run = factcheck("verify", "--format", output, "--root", ".", "claims")
    assert run.code == 1
    # (markdown writes `#` as `\#`)
    assert "round-2-date` 2025-06-02 (claims/june-02.yaml:11)" in run.out.replace("\\", "")
    assert "(line 11)" not in run.out


def test_the_other_file_is_named_from_where_factcheck_runs(factcheck, tmp_path, monkeypatch):
    check = "{id: same-day, kind: equal, items: [talks-date, june-02.yaml#round-2-date]}"
    _archive(tmp_path, check, talks_date="2025-06-03")
    monkeypatch.chdir(tmp_path / "claims")
    run = factcheck("verify", "--format", "line", "--root", "..", "june-27.yaml")
    [line] = [x for x in run.out.splitlines() if "FC407" in x]
    assert line == (
        "june-27.yaml:20:53: FC407 error `june-02.yaml#round-2-date` 2025-06-02 "
        "(june-02.yaml:11) must equal `talks-date` 2025-06-03 (line 11, article line 6) "
        "[talks-date]"
    )


def test_an_equal_check_across_files(factcheck, tmp_path):
    check = "{id: same-day, kind: equal, items: [talks-date, june-02.yaml#round-2-date]}"
    _archive(tmp_path, check)
    assert _verify(factcheck).code == 0
    _archive(tmp_path, check, talks_date="2025-06-03")
    run = _verify(factcheck)
    [finding] = run.findings("FC407")
    assert "june-02.yaml#round-2-date" in finding["message"]


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ("june-02.yaml#round-3-date", "june-02.yaml has no claim `round-3-date`"),
        ("june-01.yaml#round-2-date", "june-01.yaml does not exist (relative to this claims file)"),
        ("june-27.yaml#talks-date", "that is this file: name its claims by id alone"),
    ],
)  # fmt: skip
def test_a_name_that_leads_nowhere_is_fc108_at_the_item(factcheck, tmp_path, item, problem):
    _archive(tmp_path, f"{{id: order, kind: chronology, items: [{item}, published]}}")
    run = _verify(factcheck)
    [finding] = run.findings("FC108")
    assert finding["message"] == f"`{item}` names another file's claim, but {problem}"
    assert (finding["file"], finding["line"], finding["column"]) == ("claims/june-27.yaml", 20, 43)
    assert run.code == 1


def test_a_file_outside_the_root_is_not_read(factcheck, tmp_path):
    root = tmp_path / "newsroom"
    root.mkdir()
    (tmp_path / "secret.yaml").write_text("token: hunter2\n", encoding="utf-8")
    _archive(root, "{id: order, kind: chronology, items: [../../secret.yaml#x, published]}")
    run = factcheck("verify", "--format", "json", "--root", root, root / "claims")
    [finding] = run.findings("FC108")
    assert "outside" in finding["message"] and "hunter2" not in run.out


def test_validate_accepts_the_form_and_the_schema_refuses_others(factcheck, tmp_path):
    _archive(
        tmp_path, "{id: order, kind: chronology, items: [june-02.yaml#round-2-date, published]}"
    )
    assert factcheck("validate", "--root", ".", "claims").code == 0
    _archive(tmp_path, "{id: order, kind: chronology, items: [june-02#round-2-date, published]}")
    run = factcheck("validate", "--root", ".", "claims")
    assert run.code == 1 and "june-27.yaml:20:" in run.out


def test_a_nul_byte_in_a_path_of_the_archive_is_a_finding_not_a_crash(factcheck, tmp_path) -> None:
    """An article path or a `corrects:` file name holding a NUL byte (found by the fuzz suite
    with a register on: os.path.realpath raised ValueError) names no file: FC117 / FC603."""
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-06-27T22:57:00+03:00\n---\n\nJune 2. June 2.\n"
    )
    config = tmp_path / "factcheck.yaml"
    config.write_text("claims: [c.yaml, d.yaml]\nregister: [c.yaml]\n")
    claim = (
        '  - {id: c0, subject: s1, property: date, type: date, value: "2025-06-02", '
        "text: June 2, context: June 2. June, status: unverified"
    )
    (tmp_path / "c.yaml").write_text(
        'article: {path: "with\\0nul.md"}\nsubjects: {s1: {kind: event}}\nclaims:\n' + claim + "}\n"
    )
    (tmp_path / "d.yaml").write_text(
        "article: {path: a.md}\nsubjects: {s1: {kind: event}}\nclaims:\n"
        + claim
        + ', corrects: "x\\0.yaml#c1", correction: fixed}\n'
    )
    run = factcheck("verify", "--root", tmp_path, "--config", config, "--format", "json")
    assert run.code == 1, run.err
    codes = {(f["file"].rsplit("/", 1)[-1], f["code"]) for f in run.findings()}
    assert {("c.yaml", "FC117"), ("d.yaml", "FC603")} <= codes


def test_a_file_named_by_a_check_and_a_correction_is_read_once(factcheck, tmp_path, monkeypatch):
    """Check items and `corrects:` find the other file the same way (one loader): a file
    both name is read once, and each gives its own finding."""
    import factcheck.load.claims_loader as claims_loader

    path = _archive(
        tmp_path, "{id: order, kind: chronology, items: [published, june-02.yaml#round-2-date]}"
    )
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("    sources: [wire]\n", "    sources: [wire]\n"
                     "    corrects: june-02.yaml#round-2-dat\n", 1),
        encoding="utf-8",
    )  # fmt: skip
    loads: list[str] = []
    real_load = claims_loader.load_claims_file

    def counting(path, display, *args, **kwargs):
        loads.append(display)
        return real_load(path, display, *args, **kwargs)

    monkeypatch.setattr(claims_loader, "load_claims_file", counting)
    run = _verify(factcheck, "claims/june-27.yaml")
    assert loads.count("claims/june-02.yaml") == 1, loads
    [fc401] = run.findings("FC401")
    assert "(claims/june-02.yaml:11)" in fc401["message"]
    [fc603] = run.findings("FC603")
    assert fc603["message"] == (
        "`talks-date` corrects `june-02.yaml#round-2-dat`: june-02.yaml has no claim `round-2-dat`"
    )
    assert fc603["hint"] == "Did you mean `june-02.yaml#round-2-date`?"

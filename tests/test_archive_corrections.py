"""A later article corrects (or supersedes) an earlier one's claim: FC601 is excused, and
the correction must say why (FC602), name a claim that exists (FC603) and come later (FC604)."""

from __future__ import annotations

import pytest
from archive_helpers import article, claim, configure

EARLY = "Kyiv wants a 90-day ceasefire, a source said on June 2."
LATE = "Kyiv wants a 30-day ceasefire, officials said on June 27."


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _archive(tmp_path, *extra: str, early="june-02", late="june-27"):
    article(
        tmp_path,
        early,
        "2025-06-02",
        EARLY,
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P90D", "90-day"),
    )
    article(tmp_path, late, "2025-06-27", LATE,
            claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day",
                  *extra))  # fmt: skip
    return configure(tmp_path, f"claims/{early}.yaml")


def _verify(factcheck, config):
    return factcheck("verify", "--config", config, "--format", "json", "claims")


@pytest.mark.parametrize("key", ["corrects", "supersedes"])
def test_a_correction_with_its_note_excuses_the_difference(factcheck, tmp_path, key):
    config = _archive(
        tmp_path, f"{key}: june-02.yaml#proposal", "correction: The June 2 story said 90 days."
    )
    run = _verify(factcheck, config)
    assert run.findings("FC601") == []
    assert run.code == 0, run.findings()


def test_without_the_correction_the_difference_is_fc601(factcheck, tmp_path):
    run = _verify(factcheck, _archive(tmp_path))
    assert [f["file"] for f in run.findings("FC601")] == ["claims/june-27.yaml"]
    assert run.code == 1


def test_a_correction_without_a_note_is_fc602_at_its_key(factcheck, tmp_path):
    run = _verify(factcheck, _archive(tmp_path, "corrects: june-02.yaml#proposal"))
    [finding] = run.findings("FC602")
    assert (finding["file"], finding["line"], finding["column"]) == ("claims/june-27.yaml", 19, 15)
    assert finding["message"] == (
        "`proposal` corrects `june-02.yaml#proposal` but says nowhere why"
    )
    assert "correction:" in finding["hint"]
    assert run.findings("FC601") == []  # the correction still names the claim it corrects
    assert run.code == 1


def test_corrects_and_supersedes_together_is_fc602(factcheck, tmp_path):
    config = _archive(
        tmp_path,
        "corrects: june-02.yaml#proposal",
        "supersedes: june-02.yaml#proposal",
        "correction: The June 2 story said 90 days.",
    )
    run = _verify(factcheck, config)
    [finding] = run.findings("FC602")
    assert finding["line"] == 20 and "both corrects and supersedes" in finding["message"]


def test_a_missing_file_or_claim_is_fc603_with_the_fix(factcheck, tmp_path):
    note = "correction: The June 2 story said 90 days."
    run = _verify(factcheck, _archive(tmp_path, "corrects: june-01.yaml#proposal", note))
    [finding] = run.findings("FC603")
    assert finding["message"] == (
        "`proposal` corrects `june-01.yaml#proposal`: june-01.yaml does not exist (relative "
        "to this claims file)"
    )
    assert finding["line"] == 19
    run = _verify(factcheck, _archive(tmp_path, "corrects: june-02.yaml#proposals", note))
    [finding] = run.findings("FC603")
    assert "june-02.yaml has no claim `proposals`" in finding["message"]
    assert finding["hint"] == "Did you mean `june-02.yaml#proposal`?"
    # An unresolved correction excuses nothing.
    assert [f["claim"] for f in run.findings("FC601")] == ["proposal"]
    assert run.code == 1


def test_a_target_outside_the_repository_is_refused(factcheck, tmp_path):
    root = tmp_path / "newsroom"
    root.mkdir()
    (tmp_path / "elsewhere.yaml").write_text("secret: 1\n", encoding="utf-8")
    note = "correction: The June 2 story said 90 days."
    config = _archive(root, "corrects: ../../elsewhere.yaml#proposal", note)
    run = factcheck("verify", "--config", config, "--format", "json", "--root", root,
                    root / "claims")  # fmt: skip
    [finding] = run.findings("FC603")
    assert "outside" in finding["message"] and "secret" not in run.out


def test_correcting_a_later_article_is_fc604(factcheck, tmp_path):
    article(
        tmp_path,
        "june-27",
        "2025-06-27",
        LATE,
        claim("proposal", "ceasefire-proposal", "duration", "duration", "P30D", "30-day"),
    )
    article(tmp_path, "june-02", "2025-06-02", EARLY,
            claim("proposal", "ceasefire-proposal", "duration", "duration", "P90D", "90-day",
                  "corrects: june-27.yaml#proposal", "correction: Updated."))  # fmt: skip
    run = _verify(factcheck, configure(tmp_path, "claims/june-27.yaml"))
    [finding] = run.findings("FC604")
    assert finding["severity"] == "warning" and finding["file"] == "claims/june-02.yaml"
    assert "dated 2025-06-27, after this one (2025-06-02)" in finding["message"]


def test_the_correcting_file_may_be_checked_first(factcheck, tmp_path):
    # a-late.yaml sorts before z-early.yaml: the correction is indexed before its target.
    config = _archive(
        tmp_path,
        "corrects: z-early.yaml#proposal",
        "correction: The June 2 story said 90 days.",
        early="z-early",
        late="a-late",
    )
    run = _verify(factcheck, config)
    assert run.findings("FC601") == [] and run.code == 0, run.findings()


def test_a_reference_that_is_not_file_hash_id_is_a_schema_error(factcheck, tmp_path):
    run = _verify(factcheck, _archive(tmp_path, "corrects: proposal", "correction: Updated."))
    assert run.code == 1
    [finding] = [f for f in run.findings() if f["line"] == 19]
    assert finding["code"].startswith("FC1") and "corrects" in finding["message"] + finding["hint"]


def test_correcting_one_article_leaves_others_with_the_old_value_in_conflict(factcheck, tmp_path):
    config = _archive(
        tmp_path, "corrects: june-02.yaml#proposal", "correction: The June 2 story said 90 days."
    )
    for day in ("03", "04", "05"):  # three more articles repeat the 90 days
        article(tmp_path, f"june-{day}", f"2025-06-{day}", EARLY,
                claim("proposal", "ceasefire-proposal", "duration", "duration", "P90D",
                      "90-day"))  # fmt: skip
    run = _verify(factcheck, config)
    [finding] = run.findings("FC601")
    assert finding["file"] == "claims/june-27.yaml"
    assert "in claims/june-03.yaml:15" in finding["message"]

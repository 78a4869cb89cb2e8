"""Many corrections naming one file: the file is read once, whatever their number."""

from __future__ import annotations

from archive_helpers import article, claim, configure

import factcheck.load.claims_loader as claims_loader


def _archive(tmp_path, references: list[str]):
    corrected = [
        claim(f"proposal-claim-{i}", "ceasefire-proposal", "duration", "duration", "P90D", "90-day")
        for i in range(5)
    ]
    article(tmp_path, "early", "2025-06-02", "Kyiv wants a 90-day ceasefire.", *corrected)
    correcting = [
        claim(f"c{i}", "ceasefire-proposal", "duration", "duration", "P30D", "30-day",
              f"corrects: {reference}", "correction: It was 90 days.")
        for i, reference in enumerate(references)
    ]  # fmt: skip
    article(tmp_path, "late", "2025-06-27", "Kyiv wants a 30-day ceasefire.", *correcting)
    return configure(tmp_path, "claims/early.yaml")


def test_the_corrected_file_is_read_once(factcheck, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = _archive(tmp_path, [f"early.yaml#proposal-claim-{i % 5}" for i in range(40)])
    reads: list[str] = []
    real_load = claims_loader.load_claims_file

    def counting_load(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(str(path))
        return real_load(path, *args, **kwargs)

    monkeypatch.setattr(claims_loader, "load_claims_file", counting_load)
    run = factcheck("verify", "--config", config, "--format", "json", "claims/late.yaml")
    assert run.findings("FC603") == [] and run.findings("FC602") == []
    assert sum(path.endswith("early.yaml") for path in reads) <= 2  # the archive's, this one


def test_unknown_ids_get_a_suggestion_up_to_a_bound(factcheck, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = _archive(tmp_path, [f"early.yaml#proposal-claim-{i % 5}x{i}" for i in range(60)])
    run = factcheck("verify", "--config", config, "--format", "json", "claims/late.yaml")
    hints = [f["hint"] for f in run.findings("FC603")]
    assert len(hints) == 60 and run.code == 1
    assert all(h.startswith("Did you mean `early.yaml#proposal-claim-") for h in hints[:50])
    assert hints[50:] == ["early.yaml's claims: see its ids."] * 10

"""`tolerances:` in the configuration reach every check that reads a qualifier: a file's own
checks and the archive's comparison across files (one value built per run for both)."""

from __future__ import annotations

import pytest
from archive_helpers import article, claim, configure


@pytest.fixture(autouse=True)
def _in_the_archive(factcheck, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _archive(root):
    """June 2 says nearly 1,200 were exchanged, June 27 says 1,000; June 27 also checks
    its own "nearly 1,200" against its 1,000."""
    article(root, "june-02", "2025-06-02", "Nearly 1,200 prisoners were exchanged.",
            claim("swap-total", "swap", "total", "number", "1200", "Nearly 1,200",
                  "qualifier: nearly"))  # fmt: skip
    path = article(root, "june-27", "2025-06-27",
                   "Nearly 1,200 were exchanged, 1,000 of them soldiers.",
                   claim("swap-total", "swap", "total", "number", "1000", '"1,000"'),
                   claim("swap-nearly", "swap", "reported", "number", "1200", "Nearly 1,200",
                         "qualifier: nearly"))  # fmt: skip
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "checks:\n  - {id: same, kind: equal, items: [swap-nearly, "
                    "swap-total]}\n", encoding="utf-8")  # fmt: skip


@pytest.mark.parametrize(("nearly", "code"), [("0.15", 1), ("0.2", 0)])
def test_nearly_reaches_as_far_as_configured(factcheck, tmp_path, nearly, code):
    _archive(tmp_path)
    config = configure(tmp_path, "claims", extra=f"tolerances: {{nearly: {nearly}}}\n")
    run = factcheck("verify", "--config", config, "--format", "json", "claims")
    found = {f["code"] for f in run.findings() if f["severity"] == "error"}
    # 15%: "nearly 1,200" is 1,020 to 1,200, so 1,000 contradicts it in the file (FC407)
    # and across files (FC601); 20% reaches down to 960, and neither is an error.
    assert found == ({"FC407", "FC601"} if code else set()), run.findings()
    assert run.code == code

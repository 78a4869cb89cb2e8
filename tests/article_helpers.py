"""Small articles written into tmp_path and read back as a user would: the draft `factcheck
extract` writes of one, and a one-document TimeML file for the TempEval-3 benchmark's
reader (shared by the finder's and the extractor's tests, so each says only what it checks).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from factcheck.load.positioned_yaml import load_positioned


def extract_draft(factcheck: Any, tmp_path: Path, article: str, name: str = "story") -> Path:
    """Write `article` to tmp_path/NAME.md and draft its claims with `factcheck extract
    ARTICLE --output tmp_path/NAME.yaml`, which must succeed; the draft's path."""
    path = tmp_path / f"{name}.md"
    path.write_text(article, encoding="utf-8")
    draft = tmp_path / f"{name}.yaml"
    run = factcheck("extract", path, "--output", draft)
    assert run.code == 0, run.err
    return draft


def draft_and_verify_in_claims_folder(factcheck: Any, tmp_path: Path, article: str) -> tuple:
    """In a project at tmp_path (the current folder, whose configuration names `claims/`):
    write `article` to story.md, `factcheck extract story.md` (which must succeed) into
    claims/story.yaml, and verify that draft. The extract run, the draft as YAML reads it,
    and the verify run."""
    (tmp_path / "story.md").write_text(article, encoding="utf-8")
    extracted = factcheck("extract", "story.md")
    assert extracted.code == 0, extracted.err
    data, _ = load_positioned((tmp_path / "claims" / "story.yaml").read_text())
    verified = factcheck("verify", "--format", "json", "claims/story.yaml")
    return extracted, data, verified


def draft_in_newsroom(
    factcheck: Any, tmp_path: Path, monkeypatch: Any, name: str, article: str
) -> str:
    """In a project at tmp_path (the current folder, its configuration naming `claims/`, no
    FACTCHECK_CONFIG): write `article` to articles/NAME.md and `factcheck extract` it (which
    must succeed) into claims/NAME.yaml; the draft's text. Verify it with `factcheck("verify",
    "claims/NAME.yaml")`."""
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / f"{name}.md").write_text(article, encoding="utf-8")
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert factcheck("extract", f"articles/{name}.md").code == 0
    return (tmp_path / "claims" / f"{name}.yaml").read_text(encoding="utf-8")


def drafted_claims(draft: Path) -> list[dict[str, Any]]:
    """The claims of a draft, as YAML reads them (values as the text they are written as)."""
    return load_positioned(draft.read_text(encoding="utf-8"))[0]["claims"]


def timeml_document(body: str, dct: str, dct_text: str) -> Any:
    """One TimeML document whose creation time is `dct` (written `dct_text`) and whose text
    is `body` (TIMEX3 mark-up allowed), read by the benchmark's reader."""
    benchmarks = str(Path(__file__).resolve().parents[1] / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    import tempeval3

    return tempeval3.read_timeml(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        f'value="{dct}" functionInDocument="CREATION_TIME">{dct_text}</TIMEX3></DCT>'
        f"<TEXT>{body}</TEXT></TimeML>",
        "d.tml",
    )

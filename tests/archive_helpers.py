"""Small archives written into tmp_path: articles on one event, their claims files, and a
configuration with a register (shared by the tests/test_archive_*.py files)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ARTICLE = """---
title: {title}
published: {published}T12:00:00+03:00
---

{body}
"""

CLAIMS_HEAD = """article:
  path: ../articles/{name}.md
  published: {published}T12:00:00+03:00
subjects:
  round-2: {{kind: event, name: second round}}
  ceasefire-proposal: {{kind: event, name: ceasefire proposal}}
  swap: {{kind: event, name: prisoner exchange}}
{subjects}sources:
  wire: {{publisher: Example Wire, date: "{published}"}}
claims:
"""


def claim(
    claim_id: str,
    subject: str,
    prop: str,
    kind: str,
    value: str,
    text: str,
    *extra: str,
    status: str = "verified",
) -> str:
    """One claim as YAML lines under `claims:`; `extra` lines are added as they are."""
    lines = [
        f"  - id: {claim_id}",
        f"    subject: {subject}",
        f"    property: {prop}",
        f"    type: {kind}",
        f"    value: {value}",
        f"    text: {text}",
        f"    status: {status}",
        "    sources: [wire]",
        *(f"    {line}" for line in extra),
    ]
    return "\n".join(lines) + "\n"


def article(
    root: Path, name: str, published: str, body: str, *claims: str, subjects: str = ""
) -> Path:
    """Write articles/NAME.md and claims/NAME.yaml; returns the claims file. `subjects` are
    more lines under `subjects:` (indented two spaces, ending with a newline)."""
    (root / "articles").mkdir(exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    (root / "articles" / f"{name}.md").write_text(
        ARTICLE.format(title=name, published=published, body=body), encoding="utf-8"
    )
    path = root / "claims" / f"{name}.yaml"
    path.write_text(
        CLAIMS_HEAD.format(name=name, published=published, subjects=subjects) + "".join(claims),
        encoding="utf-8",
    )
    return path


def configure(root: Path, *register: str, extra: str = "") -> Path:
    """factcheck.yaml at `root`: the claims folder, the register, coverage off."""
    config = root / "factcheck.yaml"
    listed = ", ".join(register)
    config.write_text(
        f"claims: [claims]\nregister: [{listed}]\nseverity:\n  FC501: 'off'\n{extra}",
        encoding="utf-8",
    )
    return config


def git(repo: Path, *args: str) -> str:
    """Run git in `repo` as a fixed test author (commits need one); its output, decoded as
    UTF-8 with replacement (a name git prints may hold any byte)."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=repo,
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace")


def commit_archive(root: Path, message: str = "archive") -> None:
    """Make `root` a git repository holding everything written so far, in one commit, with
    the cache (`.factcheck/`) ignored as a newsroom's repository has it."""
    (root / ".gitignore").write_text(".factcheck/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)

"""The fast reading of a claims file never accepts what pydantic rejects, and builds the same.

`factcheck.model.fast_reader` lets a valid file through without importing pydantic; its
promise is to be stricter than pydantic, never laxer. These tests hold it to that on every
claims file in the repository and on thousands of one-value edits of the bundled example.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields, is_dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from factcheck.load.positioned_yaml import YamlProblem, load_positioned
from factcheck.model import fast_reader
from factcheck.model.claims import ClaimsFile
from factcheck.model.reading import InvalidClaims, pydantic_adapter, read_claims_file

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "claims" / "2025-06-27-putin-third-round.yaml"


def _data(path: Path) -> Any:
    data, _ = load_positioned(path.read_text(encoding="utf-8"))
    return data


def _fast(data: Any) -> ClaimsFile | None:
    try:
        return fast_reader.read(ClaimsFile, data)
    except fast_reader.Declined:
        return None


def _pydantic(data: Any) -> ClaimsFile | None:
    try:
        return pydantic_adapter().validate_python(data)
    except ValidationError:
        return None


def _typed(value: Any) -> Any:
    """`value` with every type spelled out: `True == 1` in Python, not in a claims file."""
    if is_dataclass(value):
        return (
            type(value).__name__,
            [(f.name, _typed(getattr(value, f.name))) for f in fields(value)],
        )
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if isinstance(value, dict):
        return [(_typed(key), _typed(item)) for key, item in value.items()]
    if isinstance(value, datetime):
        return ("datetime", value.isoformat())
    return (type(value).__name__, value)


def _same(slow: ClaimsFile | None, fast: ClaimsFile) -> bool:
    return slow is not None and _typed(slow) == _typed(fast)


def _claims_files() -> list[Path]:
    found = []
    for folder in ("claims", "tests"):
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            try:
                text = path.read_text(encoding="utf-8")
                data, _ = load_positioned(text)
            except (UnicodeDecodeError, YamlProblem):
                continue
            if isinstance(data, dict) and "claims" in data:
                found.append(path)
    return found


CLAIMS_FILES = _claims_files()


def test_there_are_valid_and_invalid_files_to_compare() -> None:
    readings = [(_fast(_data(path)), _pydantic(_data(path))) for path in CLAIMS_FILES]
    assert sum(fast is not None for fast, _ in readings) >= 10
    assert sum(slow is None for _, slow in readings) >= 10


@pytest.mark.parametrize("path", CLAIMS_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_fast_reading_agrees_with_pydantic(path: Path) -> None:
    data = _data(path)
    fast = _fast(data)
    if fast is not None:
        assert _same(_pydantic(data), fast)


def test_the_bundled_example_is_read_without_pydantic(tmp_path) -> None:
    assert _fast(_data(BUNDLED)) is not None
    report = tmp_path / "report.json"  # never a system path: as root, /dev/null was replaced
    probe = (
        "import sys\n"
        "from factcheck.cli import main\n"
        f"main(['verify', {str(BUNDLED)!r}, '--format', 'json', '--output', {str(report)!r}])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_an_archive_run_reads_with_pydantic_after_enough_files(monkeypatch) -> None:
    """From the PYDANTIC_AFTER-th file on a process reads with pydantic, and builds the same."""
    from factcheck.model import reading

    monkeypatch.setattr(reading, "PYDANTIC_AFTER", 2)
    monkeypatch.setattr(reading, "_read_fast", 0)
    fast_reads: list[int] = []
    real = fast_reader.read
    monkeypatch.setattr(
        fast_reader, "read", lambda cls, data: (fast_reads.append(1), real(cls, data))[1]
    )
    models = [read_claims_file(_data(BUNDLED)) for _ in range(4)]
    assert len(fast_reads) == 2
    assert all(_typed(model) == _typed(models[0]) for model in models[2:])


@pytest.mark.parametrize(("files", "fast"), [(2, 2), (3, 0)])
def test_a_run_of_more_files_than_that_reads_them_all_with_pydantic(
    files: int, fast: int, factcheck, tmp_path: Path, monkeypatch
) -> None:
    """A verify that is given more than PYDANTIC_AFTER files reads none of them fast (it
    would build pydantic's validator anyway); one given that many or fewer reads all fast."""
    from factcheck.model import reading

    monkeypatch.setattr(reading, "PYDANTIC_AFTER", 2)
    monkeypatch.setattr(reading, "_read_fast", 0)
    fast_reads: list[int] = []
    real = fast_reader.read
    monkeypatch.setattr(
        fast_reader, "read", lambda cls, data: (fast_reads.append(1), real(cls, data))[1]
    )
    (tmp_path / "articles").mkdir()
    article = ROOT / "articles" / "2025-06-27-putin-third-round.md"
    (tmp_path / "articles" / article.name).write_bytes(article.read_bytes())
    for number in range(files):
        copy = tmp_path / f"copy-{number}.yaml"
        copy.write_text(
            BUNDLED.read_text(encoding="utf-8").replace("path: ../articles/", "path: articles/"),
            encoding="utf-8",
        )
    monkeypatch.chdir(tmp_path)
    run = factcheck("verify", "--format", "json", *sorted(tmp_path.glob("copy-*.yaml")))
    assert run.code == 0, run.err
    assert run.report["summary"]["articles"] == files
    assert len(fast_reads) == fast


def test_which_reading_read_a_file_never_shows_in_the_report(tmp_path: Path) -> None:
    """Every claims file of the repository, verified in one run read by the fast reading
    where it can and in one read by pydantic alone: the same JSON report, byte for byte."""
    files = [str(path) for path in CLAIMS_FILES]
    reports, fast_reads = [], []
    for after in (10**9, 0):
        output = tmp_path / f"report-{after}.json"
        probe = (
            "import sys\n"
            "from factcheck.model import reading\n"
            f"reading.PYDANTIC_AFTER = {after}\n"
            "from factcheck.cli import main\n"
            f"out = {str(output)!r}\n"
            f"code = main(['verify', *{files!r}, '--format', 'json', '--output', out])\n"
            "print(reading._read_fast)\n"
            "sys.exit(code)\n"
        )
        run = [sys.executable, "-c", probe]
        done = subprocess.run(run, capture_output=True, text=True, cwd=ROOT)
        assert done.returncode in (0, 1), done.stderr
        fast_reads.append(int(done.stdout.split()[-1]))
        reports.append(output.read_text(encoding="utf-8"))
    assert fast_reads == [len(files), 0]
    assert '"code": "FC1' in reports[0]  # files with mistakes are among them
    assert reports[0] == reports[1]


def _variants(value: Any) -> list[Any]:
    """Values a careless edit could put where `value` stands."""
    variants: list[Any] = [None, True, False, 0, 1, -1, 2.5, "", "x", [], {}, [value], {"k": value}]
    if isinstance(value, str):
        variants += [value + "\n", " " + value, value.upper(), value + "-30", "P", "2025-02-30"]
        variants += [value.replace(":00+", "+"), value.replace("T", " ")]
        if value.isdigit():
            variants.append(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        variants += [str(value), float(value), value + 0.5, 0.0, True]
    return variants


def _edits(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """(path, new value) for one-value edits: every leaf replaced, every mapping stretched."""
    edits: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(data, dict):
        edits.append((path, {**data, "contxt": "x"}))
        for key in data:
            edits.append((path, {k: v for k, v in data.items() if k != key}))
            edits.extend(_edits(data[key], (*path, key)))
    elif isinstance(data, list):
        edits.append((path, data[:1]))
        for index, item in enumerate(data):
            edits.extend(_edits(item, (*path, index)))
    else:
        edits.extend((path, variant) for variant in _variants(data))
    return edits


def _replaced(data: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replaced(data.get(head), rest, new)}
    copy = list(data)
    copy[head] = _replaced(data[head], rest, new)
    return copy


def _sampler(data: dict[str, Any]) -> dict[str, Any]:
    """The bundled example cut to one entry of each shape (every edit re-reads the file)."""

    def first_of_each(items: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
        seen: dict[Any, dict[str, Any]] = {}
        for item in items:
            seen.setdefault(item[key], item)
        return list(seen.values())

    subjects = data["subjects"]
    titled = [name for name, subject in subjects.items() if subject.get("titles")][:2]
    other = [name for name in subjects if name not in titled][:3]
    return {
        **data,
        "sources": dict(list(data["sources"].items())[:2]),
        "subjects": {name: subjects[name] for name in titled + other},
        "claims": first_of_each(data["claims"], "type"),
        "checks": first_of_each(data["checks"], "kind"),
    }


def test_no_one_value_edit_is_accepted_by_the_fast_reading_alone() -> None:
    data = _sampler(_data(BUNDLED))
    assert _fast(data) is not None
    edits = _edits(data)
    assert len(edits) > 3000
    disagreements = []
    for path, new in edits:
        edited = _replaced(data, path, new)
        fast = _fast(edited)
        if fast is not None and not _same(_pydantic(edited), fast):
            disagreements.append((path, new))
    assert disagreements == []


def _first_claim(data: Any, claim_type: str) -> int:
    return next(i for i, claim in enumerate(data["claims"]) if claim["type"] == claim_type)


def test_what_pydantic_converts_is_read_by_pydantic() -> None:
    data = _data(BUNDLED)
    spaced = _replaced(data, ("article", "published"), "2025-06-27 22:57:00+03:00")
    assert _fast(spaced) is None
    assert read_claims_file(spaced).article.published.isoformat() == "2025-06-27T22:57:00+03:00"
    date = _first_claim(data, "date")
    bare_year = _replaced(data, ("claims", date, "value"), 2025)
    assert _fast(bare_year) is None
    assert read_claims_file(bare_year).claims[date].value == "2025"


def test_what_both_convert_alike_is_read_fast() -> None:
    edited = _replaced(_data(BUNDLED), ("claims", 0, "status"), False)
    fast = _fast(edited)
    assert fast is not None and fast.claims[0].status == "false"
    assert _same(_pydantic(edited), fast)


def test_mistakes_come_back_as_pydantic_errors() -> None:
    edited = _replaced(_data(BUNDLED), ("claims", 0, "contxt"), "x")
    with pytest.raises(InvalidClaims) as raised:
        read_claims_file(edited)
    assert [error["type"] for error in raised.value.errors] == ["unexpected_keyword_argument"]
    assert raised.value.errors[0]["loc"][-1] == "contxt"

"""--jobs and --shard never change the result: same findings, same order, once each."""

from __future__ import annotations

from conftest import FIXTURES

BROKEN = FIXTURES / "broken"


def test_jobs_auto_gives_the_serial_output_in_the_same_order(factcheck) -> None:
    serial = factcheck("verify", "--format", "line", BROKEN)
    parallel = factcheck("verify", "--format", "line", "--jobs", "auto", BROKEN)
    assert serial.code == parallel.code == 1
    assert parallel.out == serial.out
    assert len(serial.out.splitlines()) > 60


def test_shards_merged_are_the_serial_run(factcheck) -> None:
    serial = factcheck("verify", "--format", "json", BROKEN).report
    shards = [factcheck("verify", "--format", "json", "--shard", f"{k}/3", BROKEN).report
              for k in (1, 2, 3)]  # fmt: skip
    files = [f["claims_file"] for shard in shards for f in shard["files"]]
    assert sorted(files) == sorted(f["claims_file"] for f in serial["files"])
    assert len(files) == len(set(files))
    assert all(shard["files"] for shard in shards)  # each shard got work
    merged = sorted(
        (f["file"], f["line"], f["code"], f["message"]) for s in shards for f in s["findings"]
    )
    assert merged == sorted((f["file"], f["line"], f["code"], f["message"]) for f in
                            serial["findings"])  # fmt: skip


def test_bad_jobs_and_shard_values_are_run_errors(factcheck) -> None:
    run = factcheck("verify", "--jobs", "0")
    assert run.code == 2
    assert run.err == "factcheck: error: --jobs takes a positive number or auto, not '0'\n"
    run = factcheck("verify", "--shard", "4/3")
    assert run.code == 2
    assert "--shard takes K/N with 1 ≤ K ≤ N" in run.err


def test_a_run_over_files_collects_garbage_rarely_and_not_in_the_imported_modules() -> None:
    import subprocess
    import sys

    probe = (
        "import gc, sys\n"
        "from factcheck.cli import main\n"
        "main(['validate', sys.argv[1]])\n"
        "print(gc.get_threshold()[0], gc.get_freeze_count() > 10_000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(BROKEN)], capture_output=True, text=True
    )
    from factcheck.collector import YOUNG_THRESHOLD

    assert done.stdout.splitlines()[-1] == f"{YOUNG_THRESHOLD} True", done.stderr


def test_every_generation_is_collected_every_so_many_files(monkeypatch) -> None:
    """Cyclic garbage never waits longer than FULL_EVERY_FILES files (an archive's peak memory
    crept up while it waited for Python's own full collections)."""
    import gc

    from factcheck import collector

    full: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: full.append(generation))
    monkeypatch.setattr(collector, "_files_checked", 0)
    for _ in range(collector.FULL_EVERY_FILES * 2 + 1):
        collector.file_checked()
    assert full == [2, 2]

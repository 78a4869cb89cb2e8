"""Writing: only regular files, atomically, with the replaced file's mode or the umask's.

factcheck runs as root in CI, where `--output /dev/null` once replaced the machine's
/dev/null with a regular file. Every special file here is made inside a temporary folder.
"""

from __future__ import annotations

import os
import stat

import pytest

from conftest import BUNDLED_CLAIMS


def _write_report(factcheck, target, output_format: str = "json"):
    return factcheck("verify", BUNDLED_CLAIMS, "--format", output_format, "--output", target)


@pytest.mark.parametrize("output_format", ["json", "html", "sarif", "rich"])
def test_a_character_device_is_refused_and_left_alone(factcheck, tmp_path, output_format) -> None:
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # CI runs as root, as users' CI
    run = _write_report(factcheck, device, output_format)
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: cannot write the report: {device} is a device, not a regular file; "
        "factcheck will not replace it\n"
    )
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.listdir(tmp_path) == ["null"]  # no temporary file left beside it


def test_a_fifo_is_refused_without_blocking(factcheck, tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = _write_report(factcheck, fifo)
    assert run.code == 2
    assert "is a FIFO, not a regular file" in run.err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_symlink_is_refused_and_its_target_untouched(factcheck, tmp_path) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    run = _write_report(factcheck, link)
    assert run.code == 2
    assert run.err == (
        f"factcheck: error: cannot write the report: {link} is a symbolic link; "
        "factcheck writes only regular files\n"
    )
    assert link.is_symlink()
    assert target.read_text() == "keep me\n"


def test_a_folder_is_refused(factcheck, tmp_path) -> None:
    folder = tmp_path / "report.json"
    folder.mkdir()
    run = _write_report(factcheck, folder)
    assert run.code == 2
    assert "is a folder, not a regular file" in run.err


def test_a_replaced_report_keeps_its_mode(factcheck, tmp_path) -> None:
    report = tmp_path / "report.json"
    report.write_text("old\n")
    report.chmod(0o640)
    assert _write_report(factcheck, report).code == 0
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert report.read_text().startswith("{")


def test_a_new_report_gets_the_umask_mode(factcheck, tmp_path) -> None:
    report = tmp_path / "report.json"
    old = os.umask(0o022)
    try:
        assert _write_report(factcheck, report).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644

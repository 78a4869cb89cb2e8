"""Bytecode as users have it, for the benchmarks that time cold processes.

`pip install` writes every module's .pyc, but an editable install (or a workspace that sets
PYTHONDONTWRITEBYTECODE) leaves factcheck's own modules without one, and every cold run
would then compile ~140 modules from source (about 0.14 s, as much as the rest of a one-file
verify). So before timing, one child runs `compileall` over the factcheck package being
measured and the venv's site-packages (files already compiled are skipped, as pip left
them); the timed children then read that bytecode. Nothing is written outside those
__pycache__ folders (ignored by git).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bytecode_folders() -> list[Path]:
    """Folders whose modules the timed children import: factcheck's package and site-packages.

    The factcheck package is the one `sys.executable` imports from the repository root (the
    source tree for `python -m factcheck` and for an editable install).
    """
    folders = [ROOT / "factcheck"]
    spec = importlib.util.find_spec("factcheck")
    if spec is not None and spec.origin is not None:
        folders.append(Path(spec.origin).parent)
    paths = sysconfig.get_paths()
    folders += [Path(paths["purelib"]), Path(paths["platlib"])]
    unique: list[Path] = []
    for folder in sorted({f.resolve() for f in folders if f.is_dir()}, key=lambda f: len(f.parts)):
        if not any(folder.is_relative_to(outer) for outer in unique):  # compiled with it
            unique.append(folder)
    return unique


def compile_bytecode() -> list[Path]:
    """Write the .pyc files `pip install` would have written; the folders compiled."""
    folders = bytecode_folders()
    argv = [sys.executable, "-m", "compileall", "-q", "-j", "0", *map(str, folders)]
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        # A file that does not compile (a test fixture, a Python 2 file in a package) is not
        # imported by the timed commands; say so and go on.
        print(f"note: compileall exited with {done.returncode}; timing anyway", file=sys.stderr)
    return folders

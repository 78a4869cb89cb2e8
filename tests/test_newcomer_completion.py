"""`factcheck completion bash`: the script completes commands, options, formats, codes and
rule names, and files elsewhere, as bash itself runs it."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _complete(script: str, *words: str) -> list[str]:
    """What bash offers for the last of `words` (the words typed so far)."""
    line = " ".join(f"'{w}'" for w in words)
    program = (
        f'eval "$SCRIPT"; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; _factcheck; '
        'printf "%s\\n" "${COMPREPLY[@]}"'
    )
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        env={"SCRIPT": script, "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [word for word in done.stdout.splitlines() if word]


@pytest.fixture(scope="module")
def script() -> str:
    import contextlib
    import io

    from factcheck.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["completion", "bash"]) == 0
    return out.getvalue()


def test_the_script_says_how_to_load_it(script) -> None:
    assert script.startswith(
        "# factcheck completion for bash. Load it in your shell's start-up file:\n"
        '#   eval "$(factcheck completion bash)"\n'
    )


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        (("factcheck", "ver"), ["verify"]),
        (("factcheck", "-"), ["-h", "--help", "-V", "--version"]),
        (("factcheck", "verify", "--for"), ["--format"]),
        (("factcheck", "verify", "--format", "j"), ["json", "junit"]),
        (("factcheck", "verify", "-"), None),  # every verify option: checked below
        (("factcheck", "explain", "text-n"), ["text-not-found", "text-not-in-context"]),
        (("factcheck", "explain", "FC20"), [f"FC20{n}" for n in range(1, 8)]),
        (("factcheck", "schema", "r"), ["register", "report"]),
        (("factcheck", "verify", "clai"), ["claims"]),  # files and folders
        (("factcheck", "validate", "--format", ""), ["line", "rich", "json", "github"]),
    ],
)
def test_bash_offers(script, words, offered) -> None:
    got = _complete(script, *words)
    if offered is None:
        assert {"--format", "--output", "-v", "--verbose", "-q", "--quiet", "--strict"} <= set(got)
    else:
        assert got == offered


def test_zsh_gets_the_same_script_through_bashcompinit(factcheck) -> None:
    run = factcheck("completion", "zsh")
    assert run.code == 0
    assert "autoload -U +X bashcompinit && bashcompinit\n_factcheck() {" in run.out
    assert run.out.rstrip().endswith("complete -o filenames -o bashdefault -F _factcheck factcheck")


def test_an_unknown_shell_is_a_run_error(factcheck) -> None:
    run = factcheck("completion", "tcsh")
    assert run.code == 2
    assert "invalid choice: 'tcsh'" in run.err

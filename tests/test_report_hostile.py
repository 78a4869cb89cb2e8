"""Output that cannot be used against its reader: every format on hostile input.

Whoever opens a pull request writes the claims files, the articles and their names. The
fixture extends `tests/fixtures/reports/hostile.*` (Markdown and HTML in the words) with
what cannot sit in a committed text file: terminal escape sequences, bidi overrides, a
GitHub workflow command after a line break, `@mentions`, and a claims file named with
`::error …::` and one whose name is not UTF-8. Each format is run through the real command
line and checked as its reader would meet it: the exit code, no line a GitHub runner would
execute, no byte a terminal would act on, and the output read by its real consumer.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from lxml import etree
from markdown_it import MarkdownIt

from conftest import FIXTURES
from factcheck.report.escape import (
    MAX_TEXT,
    cap,
    html_text,
    json_text,
    markdown,
    markdown_code,
    markup_lines,
    terminal,
    terminal_line,
    visible,
)

REPORTS = FIXTURES / "reports"
FORGED = "::error file=README.md::forged"
FORGED_NAME = f"{FORGED}.yaml"
BAD_NAME = b"bad\xff.yaml"  # not UTF-8: Python sees the byte as the surrogate U+DCFF

# Appended to hostile.txt: words with escape sequences, markup, a mention, bidi controls.
ARTICLE_MORE = (
    "\n\nOn June 2 the mayor said the \x1b[31mred\x1b[0m bridge is \x1b]0;pwned\x07 "
    "[bold]safe[/bold], thanks to @someone and #12.\n\n"
    "The sign read \u202eevil\u202c words.\n\n"
    "See [x](https://evil.example) ![i](https://evil.example/i.png) and www.evil.example "
    "by @octocat.\n"
)
# Appended to hostile.yaml's claims (YAML double-quoted escapes: \e is ESC).
CLAIMS_MORE = r"""
  - id: escape-words
    subject: bridge
    property: colour
    type: text
    value: "\e[31mred\e[0m bridge"
    text: "\e[31mred\e[0m bridge"
    status: verified
    sources: [city]
    note: "::error file=README.md::forged\n::warning::x\r\n  ::notice::y ##[error]legacy"
  - id: mention-words
    subject: bridge
    property: thanks
    type: text
    value: "[bold]safe[/bold], thanks to @someone and #12"
    text: "[bold]safe[/bold], thanks to @someone and #12"
    status: unverified
  - id: bidi-words
    subject: bridge
    property: sign
    type: text
    value: "\u202eevil\u202c words"
    text: "\u202eevil\u202c words"
    status: unverified
    sources:
      - {title: "javascript:alert(1)", url: "https://example.org/a", date: "2025-06-27"}
  - id: link-words
    subject: bridge
    property: links
    type: text
    value: "[x](https://evil.example) ![i](https://evil.example/i.png) and www.evil.example"
    text: "[x](https://evil.example) ![i](https://evil.example/i.png) and www.evil.example"
    status: unverified
  - id: forged-words
    subject: bridge
    property: forged
    type: text
    value: "forged"
    text: "missing\n::error file=README.md::forged\r::warning::cr ##[warning]legacy \e]8;;"
    status: unverified
"""
FORMATS = ("rich", "line", "json", "sarif", "junit", "markdown", "github", "html")
# What no output may hold raw: C0 controls but LF, DEL, C1 controls, the bidi controls,
# line and paragraph separators, and lone surrogates (which cannot even be encoded).
NOT_SHOWN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# The github format's own commands: `::error file=…,line=…,col=…,title=FC### name::…`.
OWN_COMMAND = re.compile(
    r"::(error|warning|notice) file=(?P<file>[^,:]*)(,line=\d+(,col=\d+)?)?"
    r",title=FC\d{3} [a-z-]+::"
)


def _hostile_files(folder: Path) -> list[str]:
    """The article, a forged-named claims file and a non-UTF-8-named copy; their names."""
    article = (REPORTS / "hostile.txt").read_text(encoding="utf-8") + ARTICLE_MORE
    (folder / "hostile.txt").write_text(article, encoding="utf-8", newline="")
    claims = (REPORTS / "hostile.yaml").read_text(encoding="utf-8") + CLAIMS_MORE
    (folder / FORGED_NAME).write_text(claims, encoding="utf-8")
    with open(os.fsencode(folder) + b"/" + BAD_NAME, "wb") as stream:
        stream.write(claims.encode("utf-8"))
    return [FORGED_NAME, os.fsdecode(BAD_NAME)]  # as argv gives them


@pytest.fixture
def hostile(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run factcheck in a folder of hostile files (named relative, as in a checkout)."""
    config = tmp_path / "factcheck.yaml"
    config.write_text('severity:\n  FC501: "off"\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    names = _hostile_files(tmp_path)

    def run(*args: str):  # type: ignore[no-untyped-def]
        return factcheck(*args, *names)

    return run


def _assert_safe_lines(text: str, own_commands: bool = False) -> None:
    """No line a GitHub runner would run, nothing raw a terminal acts on, and nothing that
    cannot be written as UTF-8.

    The runner runs a line that starts with `::` after leading spaces, and the legacy
    `##[command]` anywhere in a line unless the line is already a `::` command
    (actions/runner, ActionCommandManager.TryProcessCommand: TryParseV2, then TryParse).
    """
    text.encode("utf-8")  # strict: a surrogate would raise
    assert not NOT_SHOWN.findall(text), sorted(set(NOT_SHOWN.findall(text)))
    for line in text.split("\n"):
        if line.lstrip().startswith("::"):
            assert own_commands and OWN_COMMAND.match(line), line
        else:
            assert "##[" not in line, line


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_is_safe_to_print_and_keeps_its_exit_code(hostile, name: str) -> None:
    run = hostile("verify", "--format", name)
    assert run.code == 1  # bridge-script is marked false
    assert run.err == ""
    _assert_safe_lines(run.out, own_commands=name == "github")


def test_rich_shows_escapes_and_markup_as_written(hostile) -> None:
    out = hostile("verify", "--format", "rich").out
    assert "\\x1b[31mred\\x1b[0m bridge" in out
    assert "[bold]safe[/bold], thanks to @someone" in out  # not rich markup
    assert "\\u202eevil\\u202c words" in out
    assert "bad\\xff.yaml" in out  # the byte itself, not a replacement character
    # the forged file name starts its section's first line: the runner would run it
    assert "\\x3a:error file=README.md::forged.yaml\n" in out
    assert "`missing\\n::error file=README.md::forged\\r::warning::cr #\\x23[warning]" in out


def test_rich_in_colour_escapes_the_input_but_not_its_own_styles(hostile) -> None:
    out = hostile("verify", "--format", "rich", "--color", "always").out
    assert "\x1b[" in out  # rich's own colours
    assert "\x1b]" not in out and "\x07" not in out  # the article's OSC title sequence
    assert "\\x1b]0;pwned\\x07" in out
    assert "\x1b[31mred" not in out


def test_line_format_writes_a_forged_path_as_the_same_file(hostile) -> None:
    lines = hostile("verify", "--format", "line").out.splitlines()
    assert f"./{FORGED_NAME}:" in lines[0]
    assert any(line.startswith("bad\\xff.yaml:") for line in lines)
    assert all(re.match(r"(\./|bad).*?:\d+:\d+: FC\d{3} (error|warning|info) ", x) for x in lines)


def test_json_is_valid_utf8_and_says_what_the_bad_byte_was(hostile) -> None:
    run = hostile("verify", "--format", "json")
    report = json.loads(run.out.encode("utf-8"))
    files = [f["claims_file"] for f in report["files"]]
    assert files == [FORGED_NAME, "bad\ufffd.yaml"]
    claims = {c["id"]: c for c in report["claims"] if c["file"] == FORGED_NAME}
    # JSON keeps the data exact (its escapes decode to the input) ...
    assert claims["escape-words"]["text"] == "\x1b[31mred\x1b[0m bridge"
    assert claims["bidi-words"]["value"] == "\u202eevil\u202c words"
    # ... while the raw text holds no control or bidi character
    assert "\\u001b[31mred" in run.out and "\\u202eevil\\u202c" in run.out


def test_sarif_is_valid_against_the_schema_with_the_bad_byte_quoted(hostile) -> None:
    schema = json.loads((REPORTS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    log = json.loads(hostile("verify", "--format", "sarif").out)
    assert not list(validator.iter_errors(log))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"%3A%3Aerror%20file%3DREADME.md%3A%3Aforged.yaml", "bad%FF.yaml"}
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    assert any("\\e]8;;" not in m and "\\x1b]8;;" in m for m in messages)


def test_junit_parses_and_validates_with_the_same_text(hostile) -> None:
    out = hostile("verify", "--format", "junit").out
    schema = etree.XMLSchema(etree.parse(str(REPORTS / "junit-windyroad.xsd")))
    root = etree.fromstring(out.encode("utf-8"))
    schema.assertValid(root)
    names = [s.get("name") for s in root.findall("testsuite")]
    assert names == [FORGED_NAME, "bad\ufffd.yaml"]
    failure = root.find("testsuite[1]/testcase[@name='forged-words']/failure")
    assert failure.get("message") == (
        "`missing\n::error file=README.md::forged\r::warning::cr ##[warning]legacy "
        "\ufffd]8;;` is not in the article"
    )  # XML reads CR in an attribute as a space: &#13; keeps it, the parser gives it back
    # the lines the runner would have run are still there for the reader, unchanged
    assert re.search(rf"\n{re.escape(FORGED_NAME)}:\d+:13: FC425 warning", failure.text)
    assert re.search(r"\n&#58;:error file=README.md::forged.yaml:\d+:13: FC425 warning", out)


def _live_text(markdown_text: str) -> str:
    """The rendered comment's text outside code spans, where GitHub links mentions."""
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown_text)
    html = re.sub(r"<code>.*?</code>", "", html, flags=re.DOTALL)
    return html


def test_markdown_has_no_live_mention_link_image_or_html(hostile) -> None:
    out = hostile("verify", "--format", "markdown").out
    html = _live_text(out)
    assert not re.search(r"@[A-Za-z0-9]", html), re.findall(r".{20}@\w+", html)
    assert "thanks to @\u200bsomeone and #\u200b12" in html
    assert "[x](https://evil.example) ![i](https://evil.example/i.png) and www.evil.example" in (
        html.replace("\u200b", "")
    )  # shown as written ...
    assert "<a " not in html and "<img" not in html and "<script" not in html  # ... and inert
    # GFM would link a bare `https://…` or `www.…` (markdown-it's CommonMark does not)
    assert "https://evil" not in out and "www.evil" not in out
    assert "https\\://evil.example" in out and "www\\.evil.example" in out
    assert "\\\\u202eevil\\\\u202c words" in out  # shown, not reordering the line


def test_github_commands_carry_input_only_as_escaped_data(
    hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = hostile("verify", "--format", "github")
    commands = [line for line in run.out.splitlines() if line.startswith("::")]
    files = {OWN_COMMAND.match(line)["file"] for line in commands}
    assert files == {"%3A%3Aerror file=README.md%3A%3Aforged.yaml", "bad\\xff.yaml", "hostile.txt"}
    forged = next(line for line in commands if "missing" in line)
    assert "missing%0A::error file=README.md::forged%0D::warning::cr" in forged
    assert "@\u200b" in summary.read_text(encoding="utf-8")
    _assert_safe_lines(summary.read_text(encoding="utf-8"))


def test_html_escapes_input_and_links_nowhere_outside(hostile) -> None:
    out = hostile("verify", "--format", "html").out
    assert "<script>alert" not in out and "<b>will</b>" not in out
    hrefs = re.findall(r'href="([^"]*)"', out)
    # Links stay in the page, but for the source's own web address (http or https only).
    assert hrefs and all(h.startswith("#") for h in hrefs if h != "https://example.org/a")
    assert "javascript:alert(1)" in out  # the source's title, shown as text
    assert not any("javascript" in h.lower() or "evil" in h for h in hrefs)
    assert "\\u202eevil\\u202c words" in out


def test_output_size_follows_input_size_when_aliases_repeat_a_long_text(
    factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 200,000 characters, repeated by 3 claims' values and notes through aliases: within the
    # loader's bound on expansion (4x the file + 1,000,000 characters, FC112), 6 times the file.
    long = "word " * 40_000
    claims = [
        "article: {path: a.txt, published: 2025-06-27T22:57:00+03:00}",
        "subjects: {bridge: {kind: place}}",
        "claims:",
    ]
    for i in range(3):
        value = f'&long "{long}"' if i == 0 else "*long"
        claims.append(
            f"  - {{id: c{i}, subject: bridge, property: p{i}, type: text, value: {value}, "
            "text: June 2, status: unverified, note: *long}"
        )
    path = tmp_path / "c.yaml"
    path.write_text("\n".join(claims) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bridge\n\nThe bridge reopens on June 2.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    size = path.stat().st_size
    for name in FORMATS:
        run = factcheck("verify", "--format", name, "c.yaml")
        assert run.code == 0, run.err
        # without the cap every format repeats the 200,000 characters 6 times or more
        assert len(run.out.encode("utf-8")) < 2 * size, name
    assert (
        "… [truncated, 200,000 characters]"
        in json.loads(factcheck("verify", "--format", "json", "c.yaml").out)["claims"][0]["value"]
    )


def test_validate_prints_input_escaped(factcheck, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    name = "::warning::v.yaml"
    (tmp_path / "hostile.txt").write_text("Words.\n", encoding="utf-8")
    (tmp_path / name).write_text(
        'article: {path: hostile.txt}\nclaims: []\n"\\e]0;x\\a\\n::error::k": 1\n',
        encoding="utf-8",
    )
    run = factcheck("validate", name)
    assert run.code == 1
    _assert_safe_lines(run.out)
    assert run.out.splitlines()[1:] == [
        f"./{name}:3:1: FC103 error unknown key `\\x1b]0;x\\x07\\n::error::k` in the top level",
        "1 claims file validated, 2 error(s)",
    ]


def test_run_errors_are_one_escaped_line_on_stderr(factcheck) -> None:
    missing = factcheck("verify", "gone\x1b[2J\n::error file=a::b.yaml")
    assert missing.code == 2
    assert missing.err == (
        "factcheck: error: gone\\x1b[2J\\n::error file=a::b.yaml does not exist\n"
    )


def test_accept_messages_print_input_escaped(factcheck, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _hostile_files(tmp_path)
    name = "retitle\x1b]0;pwned\x07.yaml"
    (tmp_path / FORGED_NAME).rename(tmp_path / name)
    (tmp_path / "factcheck.yaml").write_text('severity:\n  FC501: "off"\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "factcheck.yaml"))
    run = factcheck("accept", "--file", name)
    assert run.err == ""
    _assert_safe_lines(run.out)
    assert run.out == "accepted 2 claims in retitle\\x1b]0;pwned\\x07.lock.json\n"


def test_pytest_plugin_failure_text_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "claims").mkdir()
    _hostile_files(tmp_path / "claims")
    (tmp_path / "factcheck.yaml").write_text('severity:\n  FC501: "off"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "claims", "-p", "no:cacheprovider", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        errors="surrogateescape",
        check=False,
        env={**os.environ, "FACTCHECK_CONFIG": str(tmp_path / "factcheck.yaml")},
    )
    assert done.returncode == 1
    failures = done.stdout.split("= FAILURES =")[1].split("short test summary")[0]
    assert "Traceback" not in failures
    _assert_safe_lines(failures)
    assert '\\e]8;;"' in failures  # the YAML line as written: escapes are YAML's own


# --- the functions themselves ---------------------------------------------------------


def test_cap_is_idempotent_and_says_how_long_the_text_was() -> None:
    text = "x" * 12_345
    capped = cap(text)
    assert len(capped) == MAX_TEXT and capped.endswith("… [truncated, 12,345 characters]")
    assert cap(capped) == capped and cap("short") == "short"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[31m", "\\x1b[31m"),
        ("a\nb\r\tc", "a\\nb\\r\\tc"),
        ("\x9b2J\x7f", "\\x9b2J\\x7f"),
        ("\u202e\u2066\u2028", "\\u202e\\u2066\\u2028"),
        ("bad\udcff", "bad\\xff"),
        ("##[error]x", "#\\x23[error]x"),
        ("café — ok", "café — ok"),
    ],
)
def test_terminal_shows_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert terminal(text) == shown


def test_markup_media_keep_the_text_and_drop_its_power() -> None:
    assert markdown("@org/team <b>|</b> #5 GH-6") == (
        "@\u200borg/team \\<b\\>\\|\\</b\\> \\#\u200b5 GH-\u200b6"
    )
    assert markdown_code("a ` b | c") == "``a ` b \\| c``"
    assert html_text('<a href="x">\n##[error]') == "&lt;a href=&quot;x&quot;&gt;&#10;#&#35;[error]"
    assert (
        markup_lines("<a>\n  ::error::x ##[y]\r</a>") == "<a>\n  &#58;:error::x #&#35;[y]&#13;</a>"
    )
    encoded = json_text(json.dumps({"a": "\x9b ##[x] \udcff"}, ensure_ascii=False))
    assert encoded == '{"a": "\\u009b #\\u0023[x] \ufffd"}'
    assert json.loads(encoded) == {"a": "\x9b ##[x] \ufffd"}


def test_terminal_line_never_starts_with_two_colons() -> None:
    assert terminal_line("  ::error::x") == "  \\x3a:error::x"
    assert terminal_line("a ::error::x") == "a ::error::x"
    assert visible("tab\tkept\n", keep_lines=True) == "tab\tkept\n"


def test_accept_writes_a_valid_lock_for_a_claims_file_named_with_a_bad_byte(
    factcheck, tmp_path: Path, monkeypatch
) -> None:
    """The lock records the claims file's name: a non-UTF-8 byte in it becomes U+FFFD there
    (it used to stop `accept` with a UnicodeEncodeError)."""
    monkeypatch.chdir(tmp_path)
    _hostile_files(tmp_path)
    (tmp_path / "factcheck.yaml").write_text('severity:\n  FC501: "off"\n', encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "factcheck.yaml"))
    run = factcheck("accept", "--file", os.fsdecode(BAD_NAME))
    assert run.code == 0, run.err
    assert run.out == "accepted 2 claims in bad\\xff.lock.json\n"
    lock = os.fsencode(tmp_path) + b"/" + BAD_NAME.replace(b".yaml", b".lock.json")
    with open(lock, encoding="utf-8") as stream:  # strict UTF-8: a surrogate would fail
        assert json.load(stream)["claims_file"] == "bad\ufffd.yaml"

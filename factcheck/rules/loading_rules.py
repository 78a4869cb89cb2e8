"""FC1xx: the claims file (and the article it names) cannot be read as meant."""

from __future__ import annotations

from factcheck.rules.rule import Rule

_CLAIM = """\
claims:
  - id: round-2-date
    subject: round-2
    property: date
    type: date
    value: 2025-06-02
    text: June 2
    status: verified"""

LOADING_RULES: tuple[Rule, ...] = (
    Rule(
        "FC101",
        "yaml-syntax",
        "error",
        "The claims file (or an article's front matter) is not valid YAML.",
        "The YAML parser stopped at the position given. The usual causes are a value holding "
        "`: ` that is not quoted, indentation that does not line up, or a tab used to indent. "
        "Nothing after the error can be read, so fix it first.",
        "claims:\n  - id: quote-1\n    text: Putin said: ready",
        'claims:\n  - id: quote-1\n    text: "Putin said: ready"',
    ),
    Rule(
        "FC102",
        "duplicate-key",
        "error",
        "A key appears twice in the same mapping.",
        "YAML parsers silently keep the last of two equal keys, so one of the two values a "
        "person typed would be lost without a word. factcheck refuses the file instead and "
        "names both lines.",
        "  - id: round-2-date\n    value: 2025-06-02\n    value: 2025-06-03",
        "  - id: round-2-date\n    value: 2025-06-02",
    ),
    Rule(
        "FC103",
        "unknown-key",
        "error",
        "A key the format does not define (often a misspelling).",
        "An unknown key is never ignored: a misspelt `contxt` would otherwise leave a claim "
        "without the context its author gave it. The hint names the key probably meant.",
        "  - id: round-2-date\n    contxt: took place on June 2",
        "  - id: round-2-date\n    context: took place on June 2",
    ),
    Rule(
        "FC104",
        "wrong-type",
        "error",
        "A value has the wrong type, is not one of the values allowed, or is out of range.",
        "Each key takes one kind of value: `status` is one of verified, unverified, disputed "
        "or false; `type` names a value type; an ordinal is a whole number. Every number is "
        "one the checks can compute with: a number (a claim's value, a range's ends, a "
        "check's constant) lies within ±1,000,000,000,000,000,000 (10^18) and is finite "
        "(not `.inf` or `.nan`); each side of a pair is a count from 0 to 10^18; an ordinal, "
        "a claim's or a subject's, runs from 1 to 10,000; and no integer in a claims file or "
        "front matter has more than 1,000 digits. The message says what was found and the "
        "allowed range, and the hint how to fix it.",
        "    type: ordinal\n    value: 1000000000000000000000000000000\n    status: checked",
        "    type: ordinal\n    value: 3\n    status: verified",
    ),
    Rule(
        "FC105",
        "missing-key",
        "error",
        "A required key is missing.",
        "Every claim needs `id`, `subject`, `property`, `type`, `value`, `text` and `status`; "
        "the file needs `article` (with `path`) and `claims`. The finding points at the "
        "mapping that lacks the key.",
        "  - id: round-2-date\n    subject: round-2\n    type: date\n    value: 2025-06-02",
        _CLAIM,
    ),
    Rule(
        "FC106",
        "bad-notation",
        "error",
        "A date, date-time or duration is not written in the notation expected, is not real, "
        "or is out of range.",
        "Dates are EDTF / ISO 8601-2: 2025-06-02 (day), 2022-03 (month), 2022 (year), "
        "2025-05-21/2025-05-31 (interval), with years from 0001 to 9999; EDTF's open or "
        "unknown ends (`2025-06-02/..`), negative years (-9999) and long years (Y170000002) "
        "cannot be computed with and are refused. `published` is a date-time with its zone, "
        "in years 1000 to 2999 (the years an article's dates are read in). Durations are ISO "
        "8601: P30D, P3Y6M, PT48H, at most 10,000 years long. A date that does not exist "
        "(2025-02-30) is refused.",
        "    value: 2025-06-02/..\n  published: 2025-06-27 22:57",
        "    value: 2025-06-02\n  published: 2025-06-27T22:57:00+03:00",
    ),
    Rule(
        "FC107",
        "duplicate-id",
        "error",
        "Two claims share one id.",
        "Checks, reports, silencing and pinned sentences all refer to claims by id, so an id "
        "must name one claim. The finding is on the second use and names the first.",
        "  - id: round-2-date\n    ...\n  - id: round-2-date\n    ...",
        "  - id: round-2-date\n    ...\n  - id: round-1-date\n    ...",
    ),
    Rule(
        "FC108",
        "unknown-reference",
        "error",
        "A claim or subject refers to a subject or source id that is not defined.",
        "`subject`, `part_of`, `within` and source ids must name an entry of `subjects:` or "
        "`sources:` in the same file. The hint suggests the closest defined id.",
        "subjects:\n  round-2: {kind: event}\nclaims:\n  - id: round-2-date\n    subject: round2",
        "subjects:\n  round-2: {kind: event}\nclaims:\n  - id: round-2-date\n    subject: round-2",
    ),
    Rule(
        "FC109",
        "article-missing",
        "error",
        "The article named by `article.path` does not exist or cannot be read.",
        "The path is relative to the claims file. Without the article no claim can be "
        "grounded, so the file fails; the finding is on the `path` line.",
        "article:\n  path: ../articles/putin-third-round.md   # no such file",
        "article:\n  path: ../articles/2025-06-27-putin-third-round.md",
    ),
    Rule(
        "FC110",
        "not-utf8",
        "error",
        "The claims file or the article is not UTF-8.",
        "factcheck reads text as UTF-8 only, so that curly quotes and dashes are never "
        "misread. The finding gives the line and column of the first byte that is not UTF-8; "
        "re-save the file as UTF-8.",
        "text: Zelensky\\x92s   (a Windows-1252 apostrophe byte)",
        "text: Zelensky’s",
    ),
    Rule(
        "FC111",
        "forbidden-tag",
        "error",
        "A YAML tag (`!!python/object`, `!custom`) is used.",
        "Claims files hold plain data. Tags can make a YAML loader build objects or run code; "
        "factcheck refuses every tag beyond plain strings, numbers, booleans, lists and maps.",
        "value: !!python/object/apply:os.system ['echo hi']",
        "value: 2025-06-02",
    ),
    Rule(
        "FC112",
        "alias-bomb",
        "error",
        "Aliases expand the document beyond any real claims file (a 'billion laughs').",
        "Anchors and aliases (`&a`, `*a`) are fine for sharing a mapping, but a chain of "
        "aliases can expand a small file into billions of values. factcheck measures what a "
        "document expands to, in characters, counting each alias at its full expansion, "
        "before building anything: at most 4 times the file's own size plus 1,000,000. The "
        "message gives both figures; the finding points at the innermost value that is "
        "already too large. An alias that contains itself is refused too.",
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n...",
        "sources:\n  ki: &ki {publisher: The Kyiv Independent}\n",
    ),
    Rule(
        "FC113",
        "not-a-claims-file",
        "error",
        "The file is empty, or is not a mapping with `article:` and `claims:`.",
        "A claims file is one YAML mapping. An empty file or a bare list is almost always a "
        "file in the wrong folder or a truncated save.",
        "- round-2-date\n- round-1-date",
        "article:\n  path: ../articles/2025-06-27-putin-third-round.md\n" + _CLAIM,
    ),
    Rule(
        "FC114",
        "dateline",
        "error",
        "The claims file and the article disagree on the publication date, or neither gives it.",
        '`published` anchors every relative date ("June 2" means 2025-06-02 only if the '
        "article is from 2025). It comes from the article's front matter, or from "
        "`article.published` in the claims file; when both are given they must agree.",
        "article:\n  path: a.md\n  published: 2025-06-28T10:00:00+03:00  # front matter: 06-27",
        "article:\n  path: a.md   # published taken from the front matter",
    ),
    Rule(
        "FC115",
        "ignore-without-reason",
        "error",
        "A `factcheck-ignore` comment in the article gives no reason.",
        "A finding is silenced only with a reason, so the next reader knows why the tool was "
        "overruled: in the article, write the reason after a colon. The comment covers the "
        "paragraph after it (or the paragraph it stands in); without a reason it silences "
        "nothing.",
        "<!-- factcheck-ignore FC501 -->",
        "<!-- factcheck-ignore FC501: the byline's date is not a claim -->",
    ),
    Rule(
        "FC116",
        "outside-root",
        "error",
        "A file to read (the article, the lock) lies outside the repository root, or in .git.",
        "In CI the pull request controls every path a claims file names, so factcheck reads "
        "only inside the repository root (the configuration file's folder, else the git top "
        "level, else the current folder; `--root` sets it), after following symlinks, and "
        "never under a `.git` folder, where credentials live. The file is not read at all, "
        "so none of it can reach a report; `factcheck config` shows the root.",
        "article:\n  path: ../../../etc/passwd   # or a symlink leading out of the repository",
        "article:\n  path: ../articles/2025-06-27-putin-third-round.md",
    ),
    Rule(
        "FC117",
        "not-a-regular-file",
        "error",
        "A file to read is a device, FIFO, socket or folder, or its name holds a NUL byte.",
        "Reading `/dev/zero` never ends and a FIFO blocks forever, so factcheck opens a file "
        "without blocking and reads it only if the open file is a regular file. Point the "
        "path at the article file itself.",
        "article:\n  path: /dev/zero",
        "article:\n  path: ../articles/2025-06-27-putin-third-round.md",
    ),
    Rule(
        "FC118",
        "file-too-large",
        "error",
        "A claims file, article or lock is larger than `max-file-size` (default 10 MB).",
        "The size is checked before a byte is read, so a huge file cannot exhaust a CI "
        "runner's memory. If a real article is larger, raise the limit in the configuration: "
        '`max-file-size: "50 MB"` (a number of bytes, or KB, MB, GB, KiB, MiB, GiB).',
        "max-file-size: 1 KB\narticle:\n  path: ../articles/long-read.md   # 2 MB",
        'max-file-size: "10 MB"\narticle:\n  path: ../articles/long-read.md   # 2 MB',
    ),
    Rule(
        "FC120",
        "check-crashed",
        "error",
        "factcheck could not finish checking a file (a factcheck bug, or a worker that died).",
        "Checking one file raised an unexpected error, or the worker process checking it under "
        "`--jobs` died (killed, out of memory). The file fails rather than pass unnoticed, and "
        "the other files are still checked. Run factcheck on the file alone and report the bug "
        "with the message.",
        "factcheck verify --jobs 2 claims/   # a worker is killed while checking a.yaml",
        "factcheck verify --jobs 2 claims/   # every worker finishes",
    ),
)

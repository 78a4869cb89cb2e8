"""FC6xx: articles of one archive that disagree about a shared subject (docs/archive.md)."""

from __future__ import annotations

from factcheck.rules.rule import Rule

ARCHIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "FC601",
        "conflicting-across-articles",
        "error",
        "Two articles give one registered subject's property values that cannot both be true.",
        "With a `register:` configured, a subject id declared in a register file is one "
        "event, person or place in every claims file. Claims about it in different files "
        "must agree at their precision: dates whose intervals share a day, numbers and "
        'durations whose qualified ranges overlap ("up to 1,200" and "at least 1,000" '
        "do), the same name. The finding stands at the claim of the file checked second "
        "and names the other file, both articles' words and both datelines. Claims marked "
        "`false` are left out; a claim that `corrects:` or `supersedes:` the other is not "
        "a conflict.",
        "# claims/a.yaml (June 2)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P30D, text: 30-day}\n"
        "# claims/b.yaml (June 27)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P90D, text: 90-day}",
        "# claims/b.yaml (June 27)\n"
        "- {id: proposal, subject: ceasefire-proposal, property: length, type: duration,\n"
        "   value: P30D, text: 30-day}",
    ),
    Rule(
        "FC602",
        "correction-without-note",
        "error",
        "A claim corrects or supersedes another but does not say why (or says both).",
        "`corrects: FILE#claim-id` says an earlier article's claim was wrong; `supersedes:` "
        "says it was right then and the fact has changed. Either one excuses the two claims "
        "from FC601, so readers are owed the reason: a `correction:` note (or `note:`). A "
        "claim names one of the two, not both.",
        "- {id: proposal, subject: ceasefire-proposal, property: duration, type: duration,\n"
        "   value: P30D, text: 30-day, corrects: june-02.yaml#proposal}",
        "- {id: proposal, subject: ceasefire-proposal, property: duration, type: duration,\n"
        "   value: P30D, text: 30-day, corrects: june-02.yaml#proposal,\n"
        "   correction: The June 2 story said 90 days; Kyiv proposed 30.}",
    ),
    Rule(
        "FC603",
        "correction-target-missing",
        "error",
        "A correction names a claims file or claim that does not exist.",
        "FILE in `corrects:`/`supersedes:` FILE#claim-id is relative to the claims file that "
        "names it, as `article.path` is, and must be a valid claims file inside the "
        "repository holding a claim with that id.",
        "corrects: june-02.yaml#proposal-length   # june-02.yaml has no such claim",
        "corrects: june-02.yaml#proposal",
    ),
    Rule(
        "FC604",
        "correction-not-later",
        "warning",
        "A claim corrects a claim of an article published after its own.",
        "Only a later article corrects or supersedes an earlier one. When both claims files "
        "give `published`, the corrected article must not be dated after the correcting one: "
        "the reference probably points the wrong way.",
        "# june-02.yaml (published 2025-06-02)\ncorrects: june-27.yaml#proposal",
        "# june-27.yaml (published 2025-06-27)\ncorrects: june-02.yaml#proposal",
    ),
    Rule(
        "FC605",
        "register-title",
        "error",
        "A role claim gives a person a title the register says they did not hold on the "
        "article's dateline.",
        "A register subject's `titles:` (title, aliases, since, until) are declared once and "
        "checked in every article: each role claim about that subject must name one of them, "
        "held on the article's publication date. A tenure at month or year precision counts "
        "as held for its whole month or year.",
        "# register: umerov: {titles: [{title: Defense Minister, since: 2023-09-06,\n"
        "#                                until: 2025-07-17}]}\n"
        "# an article dated 2025-08-01:\n"
        "- {id: umerov-title, subject: umerov, property: title, type: role,\n"
        "   value: Defense Minister, text: Defense Minister Rustem Umerov}",
        "# an article dated 2025-06-02:\n"
        "- {id: umerov-title, subject: umerov, property: title, type: role,\n"
        "   value: Defense Minister, text: Defense Minister Rustem Umerov}",
    ),
)

"""FC4xx: claims that disagree with each other, the dateline or the world they describe."""

from __future__ import annotations

from factcheck.rules.rule import Rule

CONSISTENCY_RULES: tuple[Rule, ...] = (
    Rule(
        "FC401",
        "chronology",
        "error",
        "Dates a `chronology` check lists are not in that order.",
        "Each item must come strictly before the next: a chronology is strict by default, so "
        "June 2 is not before a June 2 dateline; write `strict: false` on the check to allow "
        "the same day (on or before). `published` "
        'stands for the dateline. Dates are compared at their precision: "March 2022" is '
        'before "May 16" whatever its day; when the precision cannot decide, FC410 says so. '
        "Items may instead be times of day (`type: time`, 14:44 or 14:44+03:00): times are "
        "converted to UTC when each gives an offset, else read on the article's local clock.",
        "checks:\n  - {id: rounds, kind: chronology, items: [round-2-date, round-1-date]}",
        "checks:\n  - {id: rounds, kind: chronology, items: [round-1-date, round-2-date, "
        "published]}",
    ),
    Rule(
        "FC402",
        "sequence-gap",
        "error",
        "A numbered event of a series has no predecessor: a 'third round' without a second.",
        "A `sequence` check reads the events whose subject is `part_of` the series, numbered "
        "by `ordinal`. Numbers must run 1, 2, 3 without gaps or doubles, and an ordinal claim "
        '("third round") needs events 1 and 2 held before it.',
        "subjects:\n  round-1: {kind: event, part_of: talks, ordinal: 1}\n"
        "  round-3: {kind: event, part_of: talks, ordinal: 3}",
        "subjects:\n  round-1: {kind: event, part_of: talks, ordinal: 1}\n"
        "  round-2: {kind: event, part_of: talks, ordinal: 2}\n"
        "  round-3: {kind: event, part_of: talks, ordinal: 3}",
    ),
    Rule(
        "FC403",
        "sequence-order",
        "error",
        "The events of a series are not dated in the order of their numbers, or one follows "
        "the 'latest'.",
        "Round 1 must be dated before round 2. With `latest: round-2`, no later-numbered event "
        "may be dated on or before the latest one, or on or before the dateline.",
        "round-1-date: 2025-06-02\nround-2-date: 2025-05-16",
        "round-1-date: 2025-05-16\nround-2-date: 2025-06-02",
    ),
    Rule(
        "FC404",
        "ordinal-mismatch",
        "error",
        "An ordinal claim disagrees with the event's number in its series.",
        '"Third round" about an event whose subject says `ordinal: 2` is a wrong ordinal in '
        "the article or a claim about the wrong subject.",
        "subjects:\n  round-3: {kind: event, part_of: talks, ordinal: 3}\n"
        "claims:\n  - {id: next, subject: round-3, type: ordinal, value: 4, text: fourth round}",
        "claims:\n  - {id: next, subject: round-3, type: ordinal, value: 3, text: third round}",
    ),
    Rule(
        "FC405",
        "duration-mismatch",
        "error",
        "The time between two dates disagrees with the duration the article states.",
        "The elapsed time is computed at the dates' precision (February 2022 to June 27, 2025 "
        "is 1,215 to 1,242 days) and compared with the stated duration under its qualifier: "
        '"nearly X" is up to the `nearly` tolerance (15% by default) under X, "about X" '
        'within the `about` tolerance (10%), "over X" more than X, and an unqualified '
        "duration is rounded to its smallest unit. `start` and `end` may be times of day "
        '(one time claim `14:44/15:58` for "from 2:44 p.m. to 3:58 p.m." may be both): the '
        "minutes between them must fit the duration.",
        "duration: P2Y6M, qualifier: nearly   # February 2022 to June 2025\n"
        "duration: PT2H15M, qualifier: about  # start: 14:44, end: 15:58",
        "duration: P3Y6M, qualifier: nearly   # February 2022 to June 2025\n"
        "duration: PT1H15M, qualifier: about  # start: 14:44, end: 15:58",
    ),
    Rule(
        "FC406",
        "numeric-relation",
        "error",
        "A `numeric` check's relation does not hold.",
        "Operands are number claims, the sides of a pair claim (`swap.left`), literal numbers "
        'or `{sum: [...]}`. Qualified values are ranges ("up to 1,200" is 0 to 1,200). The '
        "check fails when the relation holds for none of the values they allow; when it holds "
        'for some and not others ("up to 1,200" at most 1,000), FC410 reports it as '
        "information. Duration and time claims take part too, each compared with its own "
        'kind: "over an hour" at most "about 1 h 15"; a time plus a duration is a time '
        "(`left: {sum: [talks-start, talks-length]}, relation: at-most, right: talks-end`); "
        "a number compared with a duration is FC411.",
        "checks:\n  - {id: sides, kind: numeric, left: swap.left, relation: equal, "
        "right: 1200}   # 1,000-for-1,000",
        "checks:\n  - {id: sides, kind: numeric, left: swap.left, relation: equal, "
        "right: swap.right}",
    ),
    Rule(
        "FC407",
        "not-equal",
        "error",
        "Claims an `equal` check names state different values.",
        "Dates are equal at day precision, numbers when both are the same point, names when "
        "their words match (case, quotes and dashes aside).",
        "checks:\n  - {id: same-day, kind: equal, items: [statement-date, published]}  "
        "# June 26 vs June 27",
        "checks:\n  - {id: same-day, kind: equal, items: [press-conference-date, published]}",
    ),
    Rule(
        "FC408",
        "not-contained",
        "error",
        "A date is outside the stretch of time, or a place outside the place, it must lie in.",
        "Dates: inside another date's interval, after/before two dates, or within a duration "
        "from a start or to an end (a 'two-day visit' ending on the dateline). Places: "
        "GeoNames (an index shipped with factcheck) decides for cities and countries; a "
        "subject's `within:` is followed for places it does not know, and a declared "
        "`within:` that GeoNames contradicts is reported too.",
        "checks:\n  - {id: venue, kind: containment, item: round-2-venue, within: belarus}  "
        "# Istanbul",
        "checks:\n  - {id: venue, kind: containment, item: round-2-venue, within: turkey}",
    ),
    Rule(
        "FC409",
        "title-not-held",
        "error",
        "A person is given a title on a date they did not hold it.",
        'A `validity` check takes a role claim ("Defense Minister" about `umerov`) and a '
        "date; the person's subject lists `titles:` with `since` and `until`. Umerov was "
        "Defense Minister until July 2025: the title is right on June 26, 2025 and wrong on "
        "August 1, 2025.",
        "umerov:\n  titles: [{title: Defense Minister, since: 2023-09-06, until: 2025-07-17}]\n"
        "check date: 2025-08-01",
        "umerov:\n  titles: [{title: Defense Minister, since: 2023-09-06, until: 2025-07-17}]\n"
        "check date: 2025-06-26",
    ),
    Rule(
        "FC410",
        "cannot-tell",
        "info",
        "A check cannot be decided at the precision the claims give.",
        '"Late May" and "May 27" overlap: whether one comes before the other depends on a '
        "day the article does not give. This is information, never an error; a more precise "
        "value from a source (and a silenced FC304) decides it.",
        "items: [swap-date, interview-date]   # late May, May 27",
        "items: [round-1-date, swap-date]     # May 16, late May",
    ),
    Rule(
        "FC411",
        "check-misuse",
        "error",
        "A check names a claim or subject of the wrong type.",
        "chronology and duration take date claims (or `published`) or time claims; duration "
        "takes a duration claim; numeric takes number, duration or time claims or pair sides, "
        "like with like; compatible and equal take claims of one type; sequence takes a series "
        "subject and ordinal claims; containment takes a date or place claim; validity a role "
        "claim and a date. The check that names a wrong type fails; the rest of the file is "
        "checked as usual.",
        "checks:\n  - {id: order, kind: chronology, items: [round-2-venue, published]}",
        "checks:\n  - {id: order, kind: chronology, items: [round-2-date, published]}",
    ),
    Rule(
        "FC421",
        "conflicting-values",
        "error",
        "One subject and property carries two values that cannot both be true.",
        "The same talks cannot be dated May 16 in one claim and May 17 in another. Two values "
        'conflict only when no single true value satisfies both: "over an hour" and "about '
        '1 hour 15 minutes" may both be said of one meeting, "up to 1,200" and "at least '
        '1,000" of one count, "late May" and "May 27" of one day; "a 30-day truce" and "a '
        '90-day truce" may not. Quotes and free-text claims may repeat a property; other '
        "types may not.",
        "- {id: a, subject: round-1, property: date, value: 2025-05-16, ...}\n"
        "- {id: b, subject: round-1, property: date, value: 2025-05-17, ...}",
        "- {id: a, subject: round-1, property: date, value: 2025-05-16, ...}\n"
        "- {id: b, subject: round-1, property: date, value: 2025-05-16, ...}",
    ),
    Rule(
        "FC429",
        "incompatible-values",
        "error",
        "Claims a `compatible` check names cannot all be true: no value satisfies each.",
        'Each claim is the set of values its words allow: "over an hour" is more than 60 '
        'minutes, "about 1 hour 15 minutes" 67.5 to 82.5 (the `about` tolerance, 10%), '
        '"up to 1,200" 0 to 1,200, "late May" May 21 to 31, a time 14:44 that minute. The '
        "check passes when some value lies in all of them: two descriptions of one thing that "
        "can both be right. To require the same value, use `equal` (FC407).",
        "checks:\n  - {id: length, kind: compatible, items: [truce-length, truce-length-again]}"
        '\n# "a 30-day truce" (P30D) and "the 90-day truce" (P90D)',
        "checks:\n  - {id: length, kind: compatible, items: [talks-length, talks-length-later]}"
        '\n# "over an hour" (PT1H, over) and "about 1 hour 15 minutes" (PT1H15M, about)',
    ),
    Rule(
        "FC430",
        "relative-date-unresolved",
        "error",
        "A date counted from another claim's date cannot be worked out.",
        '"A day earlier", "on the eve of the talks", "two days after the talks": a date '
        "claim may give its value as `{relative_to: CLAIM, offset: -P1D}`, the other claim's "
        "date moved by days (D) or weeks (W), negative for before; `published` counts from "
        "the dateline. The article's words must state that offset (FC301 otherwise), and the "
        "date worked out is checked like any other: against the dateline (FC422), its weekday "
        "(FC423), chronologies and the subject's other claims. This finding says the date "
        "could not be worked out: `relative_to` names no date claim, or offsets go in a circle.",
        "- {id: strike-date, type: date, value: {relative_to: strike-date, offset: -P1D},\n"
        '   text: "a day earlier", ...}',
        "- {id: strike-date, type: date, value: {relative_to: talks-date, offset: -P1D},\n"
        '   text: "a day earlier", ...}',
    ),
    Rule(
        "FC422",
        "dated-after-dateline",
        "error",
        "An event is dated after the article was published.",
        "An article reports the past; a date after the dateline is usually a wrong year. An "
        "event still to come (a proposed round) is marked `planned: true` on its subject.",
        'published: 2025-06-27\nvalue: 2025-07-02   # "July 2" read in the wrong year',
        "published: 2025-06-27\nvalue: 2024-07-02",
    ),
    Rule(
        "FC423",
        "weekday-mismatch",
        "error",
        "A weekday named beside a date is not that date's weekday.",
        '"On Tuesday, June 3": June 3, 2025 was a Tuesday. The weekday may be in the claim\'s '
        "text or just before it in the article.",
        "article: on Wednesday, June 3   (2025-06-03 is a Tuesday)",
        "article: on Tuesday, June 3",
    ),
    Rule(
        "FC424",
        "claim-false",
        "error",
        "A claim is marked `status: false`: the article states something untrue.",
        "A false claim fails the article until the article is corrected and the claim re-checked.",
        "    status: false",
        "    status: verified",
    ),
    Rule(
        "FC425",
        "claim-unverified",
        "warning",
        "A claim is not verified yet.",
        "Unverified claims warn, so they stay visible without failing CI; `--strict` makes "
        "them fail. The claim's `note` says what would verify it.",
        "    status: unverified",
        "    status: verified\n    sources: [ministry-statement]",
    ),
    Rule(
        "FC426",
        "claim-disputed",
        "warning",
        "A claim is disputed: sources disagree.",
        "Disputed claims warn, so that readers of the report see them without failing CI; "
        "the claim's note should say who disputes what, and `--strict` makes them fail.",
        "    status: disputed",
        "    status: verified\n    sources: [ministry-statement]",
    ),
    Rule(
        "FC427",
        "verified-without-source",
        "warning",
        "A claim is verified but names no source.",
        "A verdict the next fact-checker cannot retrace is not much of a verdict: name the "
        "source under `sources:`.",
        "    status: verified",
        "    status: verified\n    sources: [ministry-statement]",
    ),
    Rule(
        "FC428",
        "contradicting-mention",
        "error",
        "Words of the article that no claim covers contradict what a claim says.",
        "An inserted sentence can contradict the article without touching any claim's words: "
        '"The first round took place on June 10" against a claim dating round 1 May 16. '
        'The sentence is tied to subjects by an ordinal of a series ("the first round"), a '
        "subject's name or alias, or words a claim already states (\"the 1,000-for-1,000 "
        'swap"); a sentence opening "He", "They" or "The two leaders" refers back to '
        "the one before. A place counts only where the sentence says the event was held there; "
        'a date or weekday only where the sentence dates the event ("took place", "on '
        'Tuesday"), not a date it measures from ("two days after"). A weekday alone ("the '
        "second round … on Tuesday\") is compared with the weekday of the event's claimed "
        'date; an alias such as "the talks" in `aliases:` ties a sentence to its event too.',
        "article: The second round lasted an hour on Tuesday.\nclaims:  round-2-date "
        "2025-06-02 (a Monday)",
        "article: The second round lasted an hour on Monday.\nclaims:  round-2-date "
        "2025-06-02 (a Monday)",
    ),
)

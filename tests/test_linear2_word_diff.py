"""FC205's word diff stays linear in a lock file's sentence, however long (issue 12).

The lock file's sentence comes from whoever can edit the repository, and difflib's
SequenceMatcher is quadratic in the worst case (many repeated words). Sentences of real
length get the exact word diff; longer ones their common first and last words around one
changed middle.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from conftest import bundled_copy
from factcheck.pin.check import MAX_DIFF_WORDS, sentence_diff
from factcheck.pin.sentences import word_diff


def test_a_sentence_of_real_length_gets_difflibs_word_diff() -> None:
    chooser = random.Random(205)
    words = [
        "the",
        "talks",
        "took",
        "place",
        "on",
        "June",
        "2",
        "in",
        "Istanbul",
        "after",
        "a",
        "meeting",
        "May",
        "16",
    ]
    for _ in range(200):
        old = " ".join(chooser.choices(words, k=chooser.randint(0, 40)))
        new = " ".join(chooser.choices(words, k=chooser.randint(0, 40)))
        assert sentence_diff(old, new) == word_diff(old, new)
    old = " ".join(["word"] * MAX_DIFF_WORDS)
    new = " ".join(["word"] * (MAX_DIFF_WORDS - 1) + ["other"])
    assert sentence_diff(old, new) == word_diff(old, new)


def test_a_longer_sentence_keeps_its_common_ends_around_one_changed_middle() -> None:
    head, tail = ["Talks", "began"], ["in", "Istanbul."]
    old = " ".join(head + ["a", "b"] * 50_000 + tail)  # difflib's worst case: repeated words
    new = " ".join(head + ["b", "a"] * 50_000 + tail)
    diff = sentence_diff(old, new)
    assert diff.startswith("Talks began [-a b a b ")
    assert diff.endswith(" b a b a+} in Istanbul.")
    assert diff.count("[-") == 1 and diff.count("{+") == 1


def test_a_longer_sentence_that_only_grew_shows_only_an_addition() -> None:
    old = " ".join(["same"] * 10)
    new = " ".join(["same"] * 10 + ["more"] * (MAX_DIFF_WORDS + 1))
    diff = sentence_diff(old, new)
    assert (
        diff == " ".join(["same"] * 10) + " {+" + " ".join(["more"] * (MAX_DIFF_WORDS + 1)) + "+}"
    )
    assert (
        sentence_diff(new, old) == " ".join(["same"] * 10) + " [-" + diff.split("{+")[1][:-2] + "-]"
    )


def test_a_lock_with_a_huge_sentence_is_reported_promptly(factcheck, tmp_path: Path) -> None:
    claims = bundled_copy(tmp_path)
    lock_file = claims.with_name(claims.stem + ".lock.json")
    lock = json.loads(lock_file.read_text(encoding="utf-8"))
    pin = lock["claims"]["briefing-goal"]
    pin["sentence"] = "Defense Minister " + "again and " * 100_000 + "done."
    lock_file.write_text(json.dumps(lock), encoding="utf-8")

    run = factcheck("verify", "--format", "json", claims)

    assert run.code == 1
    (finding,) = [f for f in run.findings("FC205") if f["claim"] == "briefing-goal"]
    assert "has changed: Defense Minister [-again and again and" in finding["message"]
    assert "Traceback" not in run.err

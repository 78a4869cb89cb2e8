"""Quote speakers in the layouts real reporting uses (issue 13, item 4), on sentences written
for these tests: the quote's span and the speaker the finder gives it; then the draft that
`factcheck extract` writes gives the quote its speaker as subject, and that draft verifies.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml
from article_helpers import extract_draft

from factcheck.mentions import find_mentions

ANCHOR = datetime.date(2025, 6, 27)


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of every quote the finder gives ``text``, in order."""
    return [(m.text, m.speaker) for m in find_mentions(text, ANCHOR) if m.kind == "quote"]


# (text, [(quoted words, speaker), ...]); "\n" separates paragraphs, as in article text.
# fmt: off
LAYOUTS = [
    pytest.param(
        '"We had constructive talks," Turkish Foreign Ministry spokesman Oncu Keceli said '
        "following the talks.",
        [("We had constructive talks", "Oncu Keceli")], id="long-title-after-the-quote"),
    pytest.param(
        '"The ceasefire must hold," the UN\'s special envoy for Yemen, Hans Grundberg, told '
        "the council.",
        [("The ceasefire must hold", "Hans Grundberg")], id="title-then-name-in-apposition"),
    pytest.param(
        '"We will rebuild," said Maria Lopez, the head of the city\'s recovery office.',
        [("We will rebuild", "Maria Lopez")], id="said-name-comma-title"),
    pytest.param(
        '"I am appalled by the attacks," said Turk.',
        [("I am appalled by the attacks", "Turk")], id="said-name-at-sentence-end"),
    pytest.param(
        "Mayor Ana Costa said:\n\"The bridge opens on Monday.\"",
        [("The bridge opens on Monday", "Ana Costa")], id="x-said-colon-next-paragraph"),
    pytest.param(
        "Mr Caio said:\n\"Broadband is a utility now.\"",
        [("Broadband is a utility now", "Caio")], id="honorific-said-colon"),
    pytest.param(
        "Hafriz from Singapore thinks the thrower should be president of the world:\n"
        "\"he's a legend.\"",
        [("he's a legend", "Hafriz")], id="blogger-thinks-colon"),
    pytest.param(
        "Another Singaporean blogger, mrbrown.com, wonders why nobody caught the shoes:\n"
        "\"How were they planning to protect him?\"",
        [("How were they planning to protect him?", "mrbrown.com")],
        id="appositive-handle-colon"),
    pytest.param(
        "Health Minister Ravi Menon said the clinics would stay open.\n"
        "\"We have enough staff for the winter.\n"
        "\"And we will hire more in spring.\"",
        [("We have enough staff for the winter", "Ravi Menon"),
         ("And we will hire more in spring", "Ravi Menon")],
        id="quote-running-over-paragraphs"),
    pytest.param(
        '"These attacks are new," he added. "This cannot be the new normal."',
        [("These attacks are new", None), ("This cannot be the new normal", None)],
        id="pronoun-with-nobody-named"),
    pytest.param(
        'Defence Minister Lena Berg visited the base. "Morale is high," she noted.',
        [("Morale is high", "Lena Berg")], id="she-noted-after-a-titled-person"),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan hosted the talks.\n"
        '"We are ready to host a third round," the head of state said.',
        [("We are ready to host a third round", "Recep Tayyip Erdogan")],
        id="the-head-of-state-said"),
    pytest.param(
        "Prime Minister Keir Starmer met Foreign Minister Hakan Fidan on Monday. "
        '"The talks were useful," the foreign minister said.',
        [("The talks were useful", "Hakan Fidan")], id="the-minister-said-matching-role"),
    pytest.param(
        '"The statute is clear," Judges Ann Lee and Bo Park wrote.',
        [("The statute is clear", "Ann Lee and Bo Park")], id="plural-speakers"),
    pytest.param(
        '"No civilians were harmed," the Ministry of Defence said in a statement.',
        [("No civilians were harmed", "Ministry of Defence")], id="organisation-speaks"),
    pytest.param(
        "Ukraine's Ministry of Defence published the figures on Monday. "
        '"The numbers are final," the ministry said.',
        [("The numbers are final", "Ministry of Defence")], id="the-ministry-said"),
    pytest.param(
        'The plan aims to "tackle" poverty and make the region "the most competitive in the '
        'world," said Ana Ruiz, the bank\'s chief economist.',
        [("tackle", "Ana Ruiz"), ("the most competitive in the world", "Ana Ruiz")],
        id="partial-quote-before-the-attribution"),
    pytest.param(
        '"The launch failed," the deputy director general of the national space agency said.',
        [("The launch failed", None)], id="title-only-names-nobody"),
    pytest.param(
        "COLIN POWELL, U.S. SECRETARY OF STATE\n\"The meetings are coming to a close now.\"",
        [("The meetings are coming to a close now", "Colin Powell")],
        id="script-speaker-line"),
    pytest.param(
        'The sanctions answer "repressive actions" by the government, officials said.',
        [("repressive actions", None)], id="scare-quote-nobody-utters"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), LAYOUTS)
def test_quote_and_its_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected


def test_a_quote_after_a_paragraph_of_someone_else_keeps_its_own_speaker() -> None:
    text = 'Mayor Ana Costa said the bridge would open.\n"It is late," said engineer Tom Reyes.'
    assert quotes(text) == [("It is late", "Tom Reyes")]


def test_a_speaker_named_before_the_quote_in_its_sentence_is_not_taken_from_far_back() -> None:
    text = 'Putin said the talks went well.\nThe weather was "unusually warm" all week.'
    assert quotes(text) == [("unusually warm", None)]


ARTICLE = """---
title: Talks end in Ankara
published: 2025-06-03T18:00:00+03:00
---

Turkish President Recep Tayyip Erdogan hosted the talks on Monday.

"We had constructive talks," Turkish Foreign Ministry spokesman Oncu Keceli said after the talks.

"No civilians were harmed," the Ministry of Defence said in a statement.

Mayor Ana Costa said:

"The bridge opens on Monday."

"We are ready to host a third round," the head of state said.
"""


def test_extract_drafts_each_quote_with_its_speaker_as_subject_and_the_draft_verifies(
    factcheck, tmp_path: Path
) -> None:
    draft = extract_draft(factcheck, tmp_path, ARTICLE, "talks")
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    subjects = data["subjects"]
    speakers = {
        claim["value"]: subjects[claim["subject"]]
        for claim in data["claims"]
        if claim["type"] == "quote"
    }
    assert speakers == {
        "We had constructive talks": {"kind": "person", "name": "Oncu Keceli"},
        "No civilians were harmed": {"kind": "organisation", "name": "Ministry of Defence"},
        "The bridge opens on Monday": {"kind": "person", "name": "Ana Costa"},
        "We are ready to host a third round": {"kind": "person", "name": "Recep Tayyip Erdogan"},
    }
    verified = factcheck("verify", draft)
    assert verified.code == 0, verified.out
    assert "0 errors" in verified.out

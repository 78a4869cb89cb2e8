"""Titled people in the layouts of government releases from outlets the earlier rounds did not
read (issue 13, item 4, fourth round; tests/gold-dev-people), on sentences written for these
tests: a title "of" a country or a body before the name, with the name right after it;
courtesies ("the Honourable", "Her Excellency") that are no part of a name; and lists of
titles of one name in apposition, each title a role of its own."""

from __future__ import annotations

import itertools

import pytest
from people_mentions import ANCHOR, people, speakers, titled

from factcheck.mentions import _text as text_module
from factcheck.mentions import find_mentions

# fmt: off
FOUND = [
    pytest.param("On Tuesday President of Chile Lucia Ferrer signed the accord.",
                 titled("President of Chile", "Lucia Ferrer"), id="of-a-country"),
    pytest.param("Talks with Prime Minister of New Zealand Aroha Tane went well.",
                 titled("Prime Minister of New Zealand", "Aroha Tane"), id="of-a-two-word-country"),
    pytest.param("The letter reached Mayor of Lisbon Rui Vaz yesterday.",
                 titled("Mayor of Lisbon", "Rui Vaz"), id="of-a-city"),
    pytest.param("Secretary of the National Council Pavel Orlov chaired it.",
                 titled("Secretary of the National Council", "Pavel Orlov"), id="of-a-council"),
    pytest.param("Chief of Staff of the Governor's Office Ines Sala resigned.",
                 titled("Chief of Staff of the Governor's Office", "Ines Sala"),
                 id="of-an-office"),
    pytest.param("Present were Deputy Head of the Tax Service Oleg Lis, Chair of the Audit "
                 "Committee Vera Kron, and two aides.",
                 [*titled("Deputy Head of the Tax Service", "Oleg Lis"),
                  *titled("Chair of the Audit Committee", "Vera Kron")],
                 id="a-list-of-bodies-and-names"),
    pytest.param("President of Peru Ana Ruiz: Thank you all for coming.",
                 titled("President of Peru", "Ana Ruiz"), id="transcript-label"),
    pytest.param("Today Minister of Health and Attorney General of Portugal Ivo Lenz spoke.",
                 titled("Minister of Health and Attorney General of Portugal", "Ivo Lenz"),
                 id="two-offices-before-the-name-stay-one"),
    pytest.param("The Honourable Mara Quill, Minister of Housing, opened the site.",
                 [("person", "Mara Quill", None), ("role", "Minister of Housing", "Mara Quill")],
                 id="the-honourable-is-no-name"),
    pytest.param("He thanked the Governor-General, Her Excellency Ida Penn, for her help.",
                 titled("Governor-General", "Ida Penn"), id="her-excellency"),
    pytest.param("Today, the Honourable Rui Dale, Minister of Fisheries and Oceans, Associate "
                 "Minister of Finance and Member of Parliament for Kent, announced it.",
                 [("person", "Rui Dale", None),
                  ("role", "Minister of Fisheries and Oceans", "Rui Dale"),
                  ("role", "Associate Minister of Finance", "Rui Dale"),
                  ("role", "Member of Parliament for Kent", "Rui Dale")],
                 id="three-titles-in-apposition"),
    pytest.param("Lia Moss, Minister of Trade and Industry and Minister for Sport, and "
                 "the Honourable Tom Vale, Minister of Labour, will speak.",
                 [("person", "Lia Moss", None),
                  ("role", "Minister of Trade and Industry", "Lia Moss"),
                  ("role", "Minister for Sport", "Lia Moss"),
                  ("person", "Tom Vale", None), ("role", "Minister of Labour", "Tom Vale")],
                 id="two-names-each-with-titles"),
    pytest.param("It was announced by the Minister for Culture and Minister responsible for "
                 "Official Languages, Eva Roy, on Friday.",
                 [("role", "Minister for Culture", "Eva Roy"),
                  ("role", "Minister responsible for Official Languages", "Eva Roy"),
                  ("person", "Eva Roy", None)],
                 id="two-titles-then-the-name"),
    pytest.param("He phoned Prime Minister of Greece Eleni Sava and Prime Minister of Norway "
                 "Per Lund.",
                 [*titled("Prime Minister of Greece", "Eleni Sava"),
                  *titled("Prime Minister of Norway", "Per Lund")],
                 id="two-titled-names-joined-by-and"),
    pytest.param("Prime Minister of Australia\nJOHN ROE, PRIME MINISTER: Good morning.",
                 [("person", "JOHN ROE", None), ("role", "PRIME MINISTER", "JOHN ROE")],
                 id="a-title-line-does-not-run-into-the-next-label"),
    pytest.param("MARIA LOPEZ, FOREIGN MINISTER: Thank you.",
                 [("person", "MARIA LOPEZ", None), ("role", "FOREIGN MINISTER", "MARIA LOPEZ")],
                 id="a-label-with-the-name-first"),
    pytest.param("STATEMENT OF HOME SECRETARY JANE Q. ROE ON THE FLOODS\nIt rained.",
                 titled("HOME SECRETARY", "JANE Q. ROE"), id="a-capitals-headline"),
    pytest.param("Acting Police Chief Moreno Unveils Plan for Downtown\nActing Police Chief "
                 "Lisa Moreno spoke on Monday.",
                 [*titled("Acting Police Chief", "Moreno"),
                  *titled("Acting Police Chief", "Lisa Moreno")],
                 id="a-headline-verb-after-a-surname"),
    pytest.param("Governor Ada Lund Visits Flooded Towns\nGovernor Ada Lund said it was grim.",
                 [*titled("Governor", "Ada Lund"), *titled("Governor", "Ada Lund")],
                 id="a-full-name-in-a-headline"),
    pytest.param("REMARKS BY GOVERNOR OKAFOR\nThank you.",
                 titled("GOVERNOR", "OKAFOR"), id="a-one-word-name-ending-a-capitals-line"),
    pytest.param("He met Ann Duke, Premier of Nova Scotia and Millbrook First Nation Chief "
                 "Ray T. Moss Jr., on Friday.",
                 [("person", "Ann Duke", None),
                  ("role", "Premier of Nova Scotia", "Ann Duke"),
                  *titled("Millbrook First Nation Chief", "Ray T. Moss Jr.")],
                 id="a-surname-like-a-title-and-a-second-titled-name"),
    pytest.param("A jury indicted former Federal Reserve senior executive Ida M. Crane today.",
                 titled("former Federal Reserve senior executive", "Ida M. Crane"),
                 id="a-senior-executive"),
    pytest.param("It was attended by the previous Prime Minister of Spain, Luis Mora, too.",
                 titled("previous Prime Minister of Spain", "Luis Mora"), id="previous"),
    pytest.param('"We moved fast," said Rosa Lind, special agent in charge of the FBI\'s Denver '
                 "Field Office.",
                 [("person", "Rosa Lind", None),
                  ("role", "special agent in charge of the FBI's Denver Field Office",
                   "Rosa Lind")],
                 id="special-agent-in-charge"),
    pytest.param("Agents of ATF Miami's Gun Unit, led by FBI Special Agent in Charge Jo Park, "
                 "came.",
                 titled("FBI Special Agent in Charge", "Jo Park"),
                 id="a-possessive-place-is-no-name"),
    pytest.param("Media release\nThe Hon Jane Lee MP\nMinister for Health and Aged Care\nThe "
                 "Government will fund it.",
                 [("person", "Jane Lee", None),
                  ("role", "Minister for Health and Aged Care", "Jane Lee")],
                 id="a-byline-name-then-its-title"),
    pytest.param("Ken Ives, Minister and Special Envoy for the Arctic, left.",
                 [("person", "Ken Ives", None),
                  ("role", "Minister and Special Envoy for the Arctic", "Ken Ives")],
                 id="two-heads-share-one-remit"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_titled_people_are_found(text: str, expected: list) -> None:
    assert people(text) == expected


# fmt: off
NOT_FOUND = [
    pytest.param("The President of Chile will travel to Lima in May.", id="no-name-after"),
    pytest.param("Ferries run from Prince Edward Island to Nova Scotia.", id="a-province"),
    pytest.param("Flights to King Fahd Airport resumed.", id="an-airport"),
    pytest.param("Crowds filled President Kennedy Square.", id="a-square"),
    pytest.param("JUSTICE DEPARTMENT SETTLES LAWSUIT WITH A RESERVIST", id="capitals-no-name"),
    pytest.param("PRESIDENT ANNOUNCES NEW TARIFFS ON STEEL", id="capitals-verb-after-title"),
    pytest.param("The Department of Justice Files Suit Against Acme", id="a-portfolio"),
    pytest.param("Our team\nAna Ruiz\nDirector of Research, and editor of the weekly letter",
                 id="a-line-that-is-more-than-a-title"),
    pytest.param("The Secretary of the Council said it would meet again.", id="body-alone"),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_title_with_no_name_names_nobody(text: str) -> None:
    assert people(text) == []


# fmt: off
FINDINGS = [
    pytest.param('Lee said, "We looked at everything." On May 1, the FAA determined that the '
                 'cause was "a worn bolt in the tail."',
                 [("We looked at everything", "Lee"), ("a worn bolt in the tail", "FAA")],
                 id="a-board-determined"),
    pytest.param('Ana Ruiz spoke first. The Supreme Court ruled that the ban was "plainly '
                 'unlawful."',
                 [("plainly unlawful", "Supreme Court")], id="a-court-ruled"),
    pytest.param('"The levee failed," Ofcom concluded in its report.',
                 [("The levee failed", "Ofcom")], id="concluded-after-the-quote"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_a_body_that_gives_its_finding_is_the_speaker(text: str, expected: list) -> None:
    assert speakers(text) == expected


def test_a_paragraph_is_read_for_headline_case_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each name in a long paragraph asked whether its paragraph is a headline: read again
    for each, one paragraph of names was quadratic."""
    reads = 0
    read = text_module.headline_case

    def counted(paragraph: str) -> bool:
        nonlocal reads
        reads += 1
        return read(paragraph)

    monkeypatch.setattr(text_module, "headline_case", counted)
    found = people("Director Wray Champions FBI " * 500 + "\nDirector Wray spoke.")
    assert len(found) > 500
    assert reads <= 2


# fmt: off
SOLE_PERSON = [
    pytest.param("Fire Chief Ada Holm arrived at noon.\nAfter touring the site, Holm thanked "
                 'the crews. "They saved the street."',
                 [("They saved the street", "Ada Holm")], id="the-one-person-of-the-paragraph"),
    pytest.param("Mayor Ann Lee and Governor Bo Park toured the site. \"It is bad.\"",
                 [("It is bad", None)], id="two-people-name-no-one"),
    pytest.param("Mayor Ann Lee left.\nThe storm moved east. \"It is bad.\"",
                 [("It is bad", None)], id="a-paragraph-that-names-no-one"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SOLE_PERSON)
def test_an_unattributed_quote_is_the_one_person_its_paragraph_names(
    text: str, expected: list
) -> None:
    assert speakers(text) == expected


# fmt: off
OVERLAP_PRONE = [
    "Russia's delegation was led by Vladimir Medinsky, an aide to Russian President Vladimir "
    "Putin, while Defense Minister Rustem Umerov headed Ukraine's.",
    "Ana Ruiz, adviser to Prime Minister of Greece Eleni Sava, and Minister for Sport Bo Lee "
    "came.",
    "The Honourable Ann Lee, Minister of Health and Associate Minister to Premier Dan Moe, "
    "spoke.",
]
# fmt: on


@pytest.mark.parametrize("text", OVERLAP_PRONE)
def test_no_two_roles_or_persons_overlap(text: str) -> None:
    """A remit that names a titled person ("an aide to Russian President Vladimir Putin")
    is no remit: the role would hold the other person's role."""
    for kind in ("role", "person"):
        spans = sorted((m.start, m.end) for m in find_mentions(text, ANCHOR) if m.kind == kind)
        assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), (
            kind,
            spans,
        )


def test_prose_without_a_headline_line_never_counts_its_words() -> None:
    """The words of a text are counted (to cut a headline's verbs off a name) only once a
    name stands in a line in headline case: prose pays nothing for it."""
    from factcheck.mentions._text import Doc
    from factcheck.mentions.people import find_people

    prose = Doc("Defence Minister Rustem Umerov said the talks would go on. Umerov left.")
    assert [m.text for m in find_people(prose) if m.kind == "person"] == ["Rustem Umerov"]
    assert "_word_counts" not in prose.__dict__
    headline = Doc("Director Wray Champions FBI Before The Committee\nDirector Wray spoke.")
    # "Champions FBI ..." cut off the name: "Wray" stands twice, the headline's verb once.
    assert [m.text for m in find_people(headline) if m.kind == "person"] == ["Wray", "Wray"]
    assert "_word_counts" in headline.__dict__

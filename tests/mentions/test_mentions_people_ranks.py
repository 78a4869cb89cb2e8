"""Military ranks that carry an ordinal ("Sgt. 1st Class", "Petty Officer 2nd Class", "1st
Lt.") and the heads of devolved governments ("First Minister"), as US Army news and Scottish
and Welsh Government releases write them (issue 13; tests/gold-dev-quotes), on sentences
written for these tests. The ordinal in a rank is two tokens ("1", "st") but one word of the
title; a title with no name after it is still no ordinal."""

from __future__ import annotations

import pytest
from people_mentions import ANCHOR, titled

from factcheck.mentions import find_mentions


def found(text: str) -> list[tuple[str, str, object]]:
    """(kind, text, person or speaker) of the roles, persons, quotes and ordinals found."""
    out = []
    for m in find_mentions(text, ANCHOR):
        if m.kind == "role":
            out.append((m.kind, m.text, m.person))
        elif m.kind == "quote":
            out.append((m.kind, m.text, m.speaker))
        elif m.kind in ("person", "ordinal"):
            out.append((m.kind, m.text, None))
    return out


# fmt: off
RANKS = [
    pytest.param('"We are ready," said Sgt. 1st Class Lena Ortiz, the range chief.',
                 [("quote", "We are ready", "Lena Ortiz"), *titled("Sgt. 1st Class", "Lena Ortiz")],
                 id="rank-with-ordinal-after-a-quote"),
    pytest.param('"Yes," explained Sgt. 1st Class Roman Vaz, the BNCOC chief for the NCO Academy.',
                 [("quote", "Yes", "Roman Vaz"), *titled("Sgt. 1st Class", "Roman Vaz"),
                  ("role", "BNCOC chief for the NCO Academy", "Roman Vaz")],
                 id="rank-then-name-then-apposition"),
    pytest.param("Petty Officer 2nd Class Omar Diaz joined the crew.",
                 titled("Petty Officer 2nd Class", "Omar Diaz"), id="petty-officer-2nd-class"),
    pytest.param("The convoy was led by 1st Lt. Mia Ross of the battalion.",
                 titled("1st Lt.", "Mia Ross"), id="rank-opening-with-an-ordinal"),
    pytest.param("Sgt. Maj. Ken Ito spoke first.", titled("Sgt. Maj.", "Ken Ito"),
                 id="sergeant-major-is-one-rank"),
    pytest.param("Command Sgt. Maj. Ana Cruz thanked the troops.",
                 titled("Command Sgt. Maj.", "Ana Cruz"), id="command-sergeant-major"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RANKS)
def test_a_rank_with_an_ordinal_is_one_title(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_ordinal_unit_is_still_an_ordinal() -> None:
    assert found("The 1st Battalion left on June 3.") == [("ordinal", "1st Battalion", None)]


# fmt: off
FIRST_MINISTERS = [
    pytest.param('First Minister Ruth Adair said: "We will act."',
                 [*titled("First Minister", "Ruth Adair"), ("quote", "We will act", "Ruth Adair")],
                 id="first-minister-and-name"),
    pytest.param("Deputy First Minister Ewan Bell opened it.",
                 titled("Deputy First Minister", "Ewan Bell"), id="deputy-first-minister"),
    pytest.param("First Minister announces changes to Ministerial team", [],
                 id="a-title-with-no-name-is-no-ordinal"),
    pytest.param("Yesterday the First Minister met the unions.", [], id="the-first-minister"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FIRST_MINISTERS)
def test_first_minister_is_a_title_not_an_ordinal(text: str, expected: list) -> None:
    assert found(text) == expected


def test_ordinals_before_other_nouns_stay() -> None:
    assert found("It was the first time. The First Round ended.") == [
        ("ordinal", "first time", None),
        ("ordinal", "First Round", None),
    ]


# fmt: off
CHIEF_EXPERTS = [
    pytest.param("Chief Forecaster at the Met Office, Andy Page, added that rain was due.",
                 titled("Chief Forecaster at the Met Office", "Andy Page"),
                 id="title-with-its-body-before-a-comma-and-the-name"),
    pytest.param("Chief Economist Ana Ruiz said it.", titled("Chief Economist", "Ana Ruiz"),
                 id="chief-economist"),
    pytest.param("Mark Lee, Chief Scientist at the Bank, said it.",
                 [("person", "Mark Lee", None),
                  ("role", "Chief Scientist at the Bank", "Mark Lee")],
                 id="in-apposition"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CHIEF_EXPERTS)
def test_an_institutions_chief_expert_is_one_title(text: str, expected: list) -> None:
    assert found(text) == expected


# fmt: off
REMITS = [
    pytest.param("Minister for North Wales Lesley Griffiths visited.",
                 titled("Minister for North Wales", "Lesley Griffiths"),
                 id="for-a-part-of-a-place"),
    pytest.param("Minister for Wales Lesley Griffiths visited.",
                 titled("Minister for Wales", "Lesley Griffiths"), id="for-a-place"),
    pytest.param("Acting Minister for Climate Action Alasdair Allan will leave.",
                 titled("Acting Minister for Climate Action", "Alasdair Allan"),
                 id="climate-action"),
    pytest.param("Minister for Social Care and Mental Wellbeing Tom Arthur spoke.",
                 titled("Minister for Social Care and Mental Wellbeing", "Tom Arthur"),
                 id="two-portfolios-joined"),
    pytest.param("President of North Macedonia Gordana Siljanovska-Davkova came.",
                 titled("President of North Macedonia", "Gordana Siljanovska-Davkova"),
                 id="a-country-whose-name-has-a-compass-word"),
    pytest.param("He thanked the Minister for North Wales and the people.", [],
                 id="no-name-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), REMITS)
def test_a_remit_for_a_portfolio_or_a_place(text: str, expected: list) -> None:
    assert found(text) == expected


# fmt: off
POST_NOMINALS = [
    pytest.param("Defence Secretary John Healey MP said it.",
                 [*titled("Defence Secretary", "John Healey"), ("role", "MP", "John Healey")],
                 id="title-before-and-letters-after"),
    pytest.param("The statement was signed by John Healey MP.",
                 [("person", "John Healey", None), ("role", "MP", "John Healey")],
                 id="letters-after-the-name-alone"),
    pytest.param("Ruth Adair MSP and Ewan Bell MEP met.",
                 [("person", "Ruth Adair", None), ("role", "MSP", "Ruth Adair"),
                  ("person", "Ewan Bell", None), ("role", "MEP", "Ewan Bell")],
                 id="msp-and-mep"),
    pytest.param("Labour MP Jane Lee said it.", titled("Labour MP", "Jane Lee"),
                 id="mp-before-the-name"),
    pytest.param("The Hon Jane Lee MP wrote.", [], id="a-courtesy-form-names-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), POST_NOMINALS)
def test_letters_after_a_members_name_are_a_role(text: str, expected: list) -> None:
    assert found(text) == expected


# fmt: off
APPOINTED = [
    pytest.param("Mairi Lyle has been appointed as Cabinet Secretary for Housing upon her return.",
                 [("person", "Mairi Lyle", None),
                  ("role", "Cabinet Secretary for Housing", "Mairi Lyle")],
                 id="has-been-appointed-as-with-remit"),
    pytest.param("Tom Arthur has been appointed as Minister for Social Care and Mental Wellbeing.",
                 [("person", "Tom Arthur", None),
                  ("role", "Minister for Social Care and Mental Wellbeing", "Tom Arthur")],
                 id="a-remit-of-two-portfolios"),
    pytest.param("Ana Ruiz was appointed as chief executive in May.",
                 [("person", "Ana Ruiz", None), ("role", "chief executive", "Ana Ruiz")],
                 id="was-appointed-lower-case-title"),
    pytest.param("The agency named Mark H. Landry as the Federal Coordinating Officer for the "
                 "recovery.", titled("Federal Coordinating Officer", "Mark H. Landry"),
                 id="active-form-stays"),
    pytest.param("The Cabinet has been appointed as a whole.", [], id="no-name-no-title"),
    pytest.param("Maree Todd will become Minister for Drugs and Alcohol Policy.", [],
                 id="a-post-to-come-is-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), APPOINTED)
def test_a_post_someone_has_been_appointed_as_is_their_title(text: str, expected: list) -> None:
    assert sorted(found(text)) == sorted(expected)


# fmt: off
STAFF = [
    pytest.param("Met Office forecaster Helen Chivers said in the article that it rained.",
                 titled("Met Office forecaster", "Helen Chivers"), id="forecaster"),
    pytest.param('Festivals Edinburgh chair Dr Simon Gage said: "We welcome it."',
                 [*titled("Festivals Edinburgh chair", "Simon Gage"),
                  ("quote", "We welcome it", "Simon Gage")],
                 id="a-bodys-chair-and-a-courtesy"),
    pytest.param("The chair said nothing.", [], id="no-name-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), STAFF)
def test_lower_case_staff_titles_after_a_body(text: str, expected: list) -> None:
    assert found(text) == expected


# fmt: off
STAFF_AFTER = [
    pytest.param("Clive Cookson, Science Editor at the Financial Times, visited.",
                 [("person", "Clive Cookson", None),
                  ("role", "Science Editor at the Financial Times", "Clive Cookson")],
                 id="science-editor-in-apposition"),
    pytest.param("It ended. [Ellen Blickhan, Public Affairs Officer]",
                 [("person", "Ellen Blickhan", None),
                  ("role", "Public Affairs Officer", "Ellen Blickhan")],
                 id="a-credit-line-in-brackets"),
    pytest.param("It ended. (Ellen Blickhan, Director)",
                 [("person", "Ellen Blickhan", None), ("role", "Director", "Ellen Blickhan")],
                 id="in-parentheses"),
    pytest.param("The Noncommissioned Officer Education System is key.", [],
                 id="officer-alone-is-no-title"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), STAFF_AFTER)
def test_staff_titles_in_apposition_and_credit_lines(text: str, expected: list) -> None:
    assert found(text) == expected

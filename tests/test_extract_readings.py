"""A draft says what verify reads: each rule that makes `extract`'s claims verify untouched,
on sentences written here, through the command line (`extract`, then `verify`)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from article_helpers import draft_and_verify_in_claims_folder

from factcheck.check.search import find_all
from factcheck.load.positioned_yaml import load_positioned
from factcheck.values import NumberValue, parse_number

PUBLISHED = "2025-10-08T09:00:00+03:00"


@pytest.fixture
def draft_of(factcheck, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Write an article of `body` in a project of its own, draft it, and return the
    extract run, the draft's claims by id (and its subjects), and the verify report."""
    monkeypatch.delenv("FACTCHECK_CONFIG")
    (tmp_path / "factcheck.yaml").write_text("claims: [claims]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def draft(body: str, published: str = PUBLISHED):
        article = f"---\ntitle: A story\npublished: {published}\n---\n\n{body}\n"
        return draft_and_verify_in_claims_folder(factcheck, tmp_path, article)

    return draft


def _claims(data: dict) -> dict[str, dict]:
    return {claim["id"]: claim for claim in data["claims"]}


def _errors(verified) -> list[dict]:
    return [f for f in verified.report["findings"] if f["severity"] == "error"]


def test_a_dateline_in_capitals_names_the_place_through_an_alias(draft_of) -> None:
    _, data, verified = draft_of(
        "NAIROBI, Oct 8 (Reuters) - Traders in Nairobi expected the cut, officials said."
    )
    assert data["subjects"]["nairobi"] == {
        "kind": "place",
        "name": "Nairobi",
        "aliases": ["NAIROBI"],
    }
    texts = {c["text"] for c in data["claims"] if c["subject"] == "nairobi"}
    assert texts == {"NAIROBI", "Nairobi"}
    assert _errors(verified) == [] and verified.code == 0


def test_a_place_written_as_its_name_gets_no_alias(draft_of) -> None:
    _, data, _ = draft_of("Traders in Nairobi expected the cut on Tuesday, officials said.")
    assert data["subjects"]["nairobi"] == {"kind": "place", "name": "Nairobi"}


def test_a_month_alone_takes_its_preposition_so_verify_can_read_it(draft_of) -> None:
    _, data, verified = draft_of("Inflation eased to 4.6% in August, the statistics office said.")
    claim = _claims(data)["date-august"]
    assert (claim["text"], claim["value"]) == ("in August", "2025-08")
    assert _errors(verified) == [] and verified.code == 0


def test_a_date_after_the_dateline_is_drafted_on_a_planned_subject(draft_of) -> None:
    _, data, verified = draft_of(
        "The bank cut rates on October 7. Its next meeting is on 9 December 2025."
    )
    claims = _claims(data)
    planned = claims["date-9-december-2025"]["subject"]
    assert data["subjects"][planned]["planned"] is True
    assert data["subjects"][planned]["kind"] == "event"
    assert claims["date-october-7"]["subject"] == "article"  # a past date stays on the article
    assert {f["code"] for f in verified.report["findings"]} == {"FC425"}  # unverified only
    assert verified.code == 0


@pytest.mark.parametrize(
    ("sentence", "claim_id", "text", "unit"),
    [
        (
            "The bank cut its rate by 25 basis points on Tuesday.",
            "number-25-basis-points",
            "25 basis points",
            "bp",
        ),
        ("The quake struck 35 km north of the city.", "number-35-km", "35 km", "km"),
        (
            "The storm passed 120-kilometre east of the coast.",
            "number-120-kilometre",
            "120-kilometre",
            "km",
        ),
        ("Officials said 870 people were evacuated.", "number-870", "870 people", "people"),
    ],
)
def test_a_number_keeps_its_measure_unit(draft_of, sentence, claim_id, text, unit) -> None:
    _, data, verified = draft_of(sentence)
    claim = _claims(data)[claim_id]
    assert (claim["text"], claim["unit"]) == (text, unit)
    assert _errors(verified) == [] and verified.code == 0


def test_a_number_in_words_or_without_a_unit_is_left_as_it_is(draft_of) -> None:
    _, data, verified = draft_of("Three people were hurt and 12 rescued, officials said.")
    claims = _claims(data)
    assert "unit" not in claims["number-three"] and claims["number-three"]["text"] == "Three"
    assert "unit" not in claims["number-12"] and claims["number-12"]["text"] == "12"
    assert _errors(verified) == [] and verified.code == 0


def test_money_in_millions_written_with_m_verifies(draft_of) -> None:
    _, data, verified = draft_of("The club paid £350m for the striker, more than £250m in July.")
    claims = _claims(data)
    assert (claims["number-350m"]["value"], claims["number-350m"]["unit"]) == (350000000, "GBP")
    assert claims["number-more-than-250m"]["qualifier"] == "over"
    assert _errors(verified) == [] and verified.code == 0


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("£350m", NumberValue(Decimal("350000000"), None, "GBP")),
        ("$50k", NumberValue(Decimal("50000"), None, "USD")),
        ("about £70m", NumberValue(Decimal("70000000"), "about", "GBP")),
        ("£1.2m to £1.5m", NumberValue(Decimal("1200000"), None, "GBP", Decimal("1500000"))),
        # Without a currency a glued letter is a unit of measure, not a scale.
        ("10m", None),
        ("5k", None),
    ],
)
def test_a_glued_m_or_k_is_a_scale_in_money_only(words, value) -> None:
    assert parse_number(words) == value


def test_each_figure_of_a_vote_is_drafted_and_found(draft_of) -> None:
    _, data, verified = draft_of("The vote was 55-45, short of the 60 votes needed.")
    claims = _claims(data)
    assert (claims["number-55"]["value"], claims["number-45"]["value"]) == (55, 45)
    assert _errors(verified) == [] and verified.code == 0


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("The vote was 55-45, short", "55", True),
        ("The vote was 55-45, short", "45", True),
        ("They won 3-1 at home", "1", True),
        ("a 2-2 draw", "2", False),  # twice: either figure, so neither is the one meant
        ("a 12-10 vote", "10", True),
        # Ranges rise: their ends are not found alone.
        ("a 2-3-day truce", "3-day", False),
        ("a 2-3-day truce", "2", False),
        ("on May 2-3", "May 2", False),
        ("in 1957-58", "1957", False),
        # Dates and reference numbers pad with zeros; three parts are no tally.
        ("on 2025-06-02", "2025", False),
        ("release 2002-079", "2002", False),
        ("a 1-2-1 draw", "2", False),
    ],
)
def test_a_tally_is_two_figures_and_a_range_is_one(text, phrase, found) -> None:
    assert (len(find_all(text, phrase)) == 1) is found


def test_a_figure_with_a_leading_zero_is_a_code_not_a_count(draft_of) -> None:
    _, data, verified = draft_of("Agent 007 filed report 0791 after 3 people left.")
    assert {claim["id"] for claim in data["claims"]} >= {"number-3"}
    assert not any(claim["text"] in ("007", "0791") for claim in data["claims"])
    assert _errors(verified) == [] and verified.code == 0


def test_a_mention_inside_a_longer_figure_is_named_not_drafted(draft_of) -> None:
    extracted, data, verified = draft_of(
        "The agency's release 2019-041 said the satellite reached orbit on October 7."
    )
    assert not any(claim["text"] == "2019" for claim in data["claims"])
    assert extracted.out.splitlines()[1] == (
        "not drafted (a mention inside a longer figure, which a claim's words cannot pick "
        "out): “2019” at 6:22"
    )
    assert _errors(verified) == [] and verified.code == 0


def test_an_update_adds_a_future_date_on_a_planned_subject(
    draft_of, factcheck, tmp_path: Path
) -> None:
    draft_of("The bank cut rates on October 7.")
    (tmp_path / "story.md").write_text(
        f"---\ntitle: A story\npublished: {PUBLISHED}\n---\n\n"
        "The bank cut rates on October 7. Its next meeting is on 9 December 2025.\n",
        encoding="utf-8",
    )
    added = factcheck("extract", "story.md", "--update", "claims/story.yaml")
    assert added.code == 0, added.err
    data, _ = load_positioned((tmp_path / "claims" / "story.yaml").read_text())
    claim = _claims(data)["date-9-december-2025"]
    assert data["subjects"][claim["subject"]]["planned"] is True
    verified = factcheck("verify", "--format", "json", "claims/story.yaml")
    assert _errors(verified) == [] and verified.code == 0


def test_a_quote_is_on_the_person_its_speaker_is_named_in_full(draft_of) -> None:
    _, data, verified = draft_of(
        '"Credit is growing again," Wekesa said on Tuesday. Governor Amina Wekesa cut the '
        'rate. Finance Minister John Mbadi welcomed it. "It helps," Mr Mbadi said. '
        '"We are not done," Otieno said.'
    )
    claims = _claims(data)
    assert claims["quote-credit-is-growing-again"]["subject"] == "amina-wekesa"
    assert claims["quote-it-helps"]["subject"] == "john-mbadi"
    assert claims["quote-we-are-not-done"]["subject"] == "otieno"  # named no fuller
    assert not {"wekesa", "mr-mbadi"} & set(data["subjects"])
    assert _errors(verified) == [] and verified.code == 0


def test_a_surname_two_people_share_stays_as_the_sentence_gives_it(draft_of) -> None:
    _, data, _ = draft_of(
        "Finance Minister Ruth Miliband met Trade Minister David Miliband on Tuesday. "
        '"We agreed," Miliband said.'
    )
    assert _claims(data)["quote-we-agreed"]["subject"] == "miliband"
    assert data["subjects"]["miliband"] == {"kind": "person", "name": "Miliband"}


def test_removing_a_title_claim_leaves_a_warning_not_a_contradiction(
    draft_of, factcheck, tmp_path: Path
) -> None:
    """The draft's header says to remove what is not worth claiming: the title's figure,
    once unclaimed, is uncovered (FC501), not a contradiction of the article's other facts."""
    _, data, _ = draft_of("The company said on Tuesday that about 14,000 people work there.")
    assert data["subjects"]["article"]["name"] == "Facts of the article “A story”"
    (tmp_path / "story.md").write_text(
        f"---\ntitle: Chipmaker to cut 1,200 jobs\npublished: {PUBLISHED}\n---\n\n"
        "The company said on Tuesday that about 14,000 people work there.\n",
        encoding="utf-8",
    )
    (tmp_path / "claims" / "story.yaml").unlink()
    factcheck("extract", "story.md")
    drafted = (tmp_path / "claims" / "story.yaml").read_text()
    kept = re.sub(r"  - id: number-1-200\n(?:    .*\n)+", "", drafted, count=1)
    assert kept != drafted
    (tmp_path / "claims" / "story.yaml").write_text(kept, encoding="utf-8")
    verified = factcheck("verify", "--format", "json", "claims/story.yaml")
    assert _errors(verified) == [] and verified.code == 0
    assert [f["code"] for f in verified.report["findings"] if f["code"] != "FC425"] == ["FC501"]


def test_an_update_puts_a_quote_on_the_person_the_file_already_names(
    draft_of, factcheck, tmp_path: Path
) -> None:
    draft_of("President Vladimir Putin spoke in Minsk on Friday.")
    data, _ = load_positioned((tmp_path / "claims" / "story.yaml").read_text())
    assert data["subjects"]["vladimir-putin"] == {"kind": "person", "name": "Vladimir Putin"}
    (tmp_path / "story.md").write_text(
        f"---\ntitle: A story\npublished: {PUBLISHED}\n---\n\n"
        'President Vladimir Putin spoke in Minsk on Friday. A third round was "quite '
        'possible," Putin said.\n',
        encoding="utf-8",
    )
    added = factcheck("extract", "story.md", "--update", "claims/story.yaml")
    assert added.code == 0, added.err
    data, _ = load_positioned((tmp_path / "claims" / "story.yaml").read_text())
    assert _claims(data)["quote-quite-possible"]["subject"] == "vladimir-putin"
    assert "putin" not in data["subjects"]
    verified = factcheck("verify", "--format", "json", "claims/story.yaml")
    assert _errors(verified) == [] and verified.code == 0


def test_an_update_names_what_it_leaves_out_too(draft_of, factcheck, tmp_path: Path) -> None:
    draft_of("The bank cut rates on October 7.")
    (tmp_path / "story.md").write_text(
        f"---\ntitle: A story\npublished: {PUBLISHED}\n---\n\n"
        "The bank cut rates on October 7. Its release 2019-041 gave 3 reasons.\n",
        encoding="utf-8",
    )
    added = factcheck("extract", "story.md", "--update", "claims/story.yaml")
    assert added.code == 0, added.err
    assert added.out.splitlines() == [
        "added 1 draft claims (unverified) and 0 subjects to claims/story.yaml; no existing "
        "line changed",
        "not drafted (a mention inside a longer figure, which a claim's words cannot pick "
        "out): “2019” at 6:46",
    ]
    verified = factcheck("verify", "--format", "json", "claims/story.yaml")
    assert _errors(verified) == [] and verified.code == 0

"""A place inside a place: GeoNames decides for cities and countries, the claims file's
`within:` relations for what GeoNames does not know (a palace, a summit venue)."""

from __future__ import annotations

from factcheck.article.normalize import normalize_phrase
from factcheck.consistency import gazetteer
from factcheck.consistency.facts import Facts
from factcheck.consistency.truth import Truth
from factcheck.consistency.verdict import Verdict, holds, missing
from factcheck.model.checks import ContainmentCheck
from factcheck.model.claims import Subject


def place_names(subject: Subject | None, *extra: str) -> list[str]:
    names = [n for n in extra if n]
    if subject is not None:
        names += [n for n in (subject.name, *subject.aliases) if n]
    return names


def place_subject(facts: Facts, name: str) -> str | None:
    """The id of the place subject called `name` (by name or alias), if there is one."""
    if facts.places_by_name is None:
        # Every containment check asks, for its item and often its outer place: one index a
        # file instead of normalizing every subject's names at each question.
        index: dict[str, str] = {}
        for subject_id, subject in facts.subjects.items():
            if subject.kind == "place":
                for alias in place_names(subject):
                    index.setdefault(normalize_phrase(alias).casefold(), subject_id)
        facts.places_by_name = index
    return facts.places_by_name.get(normalize_phrase(name).casefold())


def _country(names: list[str]) -> str | None:
    for name in names:
        code = gazetteer.country_code(name)
        if code:
            return code
    return None


def _cities(names: list[str]) -> frozenset[str]:
    codes: set[str] = set()
    for name in names:
        codes |= gazetteer.city_countries(name)
    return frozenset(codes)


def place_within(
    subjects: dict[str, Subject], item_names: list[str], item_id: str | None,
    outer_names: list[str], outer_id: str | None, seen: frozenset[str] = frozenset(),
) -> tuple[Truth, str]:  # fmt: skip
    """Whether the place called `item_names` lies in the one called `outer_names`, and why.

    `subjects` holds the declared `within:` relations to fall back on; pass none to judge
    on GeoNames alone.
    """
    item, outer = item_names[0], outer_names[0]
    outer_country = _country(outer_names)
    if outer_country is not None:
        item_country = _country(item_names)
        if item_country is not None:
            return Truth.of(item_country == outer_country, True), f"{item} is a country"
        cities = _cities(item_names)
        if cities:
            where = ", ".join(f"{gazetteer.country_name(c)} ({c})" for c in sorted(cities))
            return (
                Truth.of(outer_country in cities, True),
                f"GeoNames places {item} in {where}",
            )
    elif item_id is not None and item_id == outer_id:
        return Truth.TRUE, "the same place"
    subject = subjects.get(item_id) if item_id else None
    if subject is not None and subject.within and subject.within not in seen:
        if subject.within == outer_id:
            return Truth.TRUE, f"`{item_id}` is declared within `{outer_id}`"
        parent = subjects.get(subject.within)
        parent_names = place_names(parent) or [subject.within]
        truth, why = place_within(
            subjects, parent_names, subject.within, outer_names, outer_id, seen | {item_id}
        )
        return truth, f"`{item_id}` is declared within `{subject.within}`; {why}"
    if outer_country is None and _cities(item_names) and _cities(outer_names):
        return Truth.FALSE, f"{item} and {outer} are both cities"
    return (
        Truth.UNKNOWN,
        f"GeoNames does not know {item}: declare its place subject `within:` one it knows",
    )


def place_containment(check: ContainmentCheck, facts: Facts) -> list[Verdict]:
    fact = facts.get(check.item)
    if fact is None or not isinstance(fact.value, str) or not isinstance(check.within, str):
        return [missing("FC408", check.item, "item")]
    item_id = place_subject(facts, fact.value)
    involved = [fact]
    if check.within in facts.subjects:
        outer_id: str | None = check.within
        outer_names = place_names(facts.subjects[check.within]) or [check.within]
    else:
        outer_fact = facts.get(check.within)
        if outer_fact is None or not isinstance(outer_fact.value, str):
            return [missing("FC408", check.within, "within")]
        involved.append(outer_fact)
        outer_id = place_subject(facts, outer_fact.value)
        outer_names = [outer_fact.value, *place_names(facts.subjects.get(outer_id or ""))]
    item_names = [fact.value, *place_names(facts.subjects.get(item_id or ""))]
    truth, why = place_within(facts.subjects, item_names, item_id, outer_names, outer_id)
    if truth is Truth.TRUE:
        return [holds("FC408", tuple(involved))]
    if truth is Truth.FALSE:
        message = f"{fact.label()} must lie in {outer_names[0]}, but {why}"
    else:
        message = f"cannot tell whether {fact.label()} lies in {outer_names[0]}: {why}"
    return [Verdict(truth, "FC408", message, tuple(involved), ("within",))]

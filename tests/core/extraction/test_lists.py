"""People listed under a change sentence (``source:list``, ``lists:*``).

The change is stated once and the people follow: bullets or lines after a colon,
names after a colon in the same sentence, or a later sentence that opens "They
are", "These include", "The new directors are". Made-up cases in several
wordings; the candidates carry the lead-in's change, and the model decides.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.core.extraction.conftest import DATELINE, HK_DATE, Extracted


def _listed(result: Extracted, person: str, direction: str) -> list[str]:
    """The rule ids of the person's list candidates in that direction."""
    found = [c for c in result.of(person, direction) if c.source == "list"]
    return [rule for c in found for rule in c.event.rules]


def _list_rules(result: Extracted, person: str, direction: str) -> list[str]:
    """The list rule ids of any of the person's candidates in that direction.

    The rule path reads a clean list itself (``lists:lead_in``); this stage
    lists the rest (``source:list``).
    """
    return [
        rule
        for c in result.of(person, direction)
        for rule in c.event.rules
        if rule.startswith("lists:")
    ]


BULLETS = (
    DATELINE + "Harbour Community Fund announced today the results of its member vote. "
    "In addition, three industry leaders were elected to the Board for three-year "
    "terms:\n\n"
    "• Odile Marchetti is a partner at Lakeside Law, where she advises charities.\n"
    "• Tomas Reyes is the chief financial officer of Brightwater Foods. He has "
    "served on several audit committees.\n"
    "• Priya Raman is a professor of economics at Northfield University.\n\n"
    "The Fund thanks its members for their support."
)
# a web copy that glued the bullets onto the lead-in's line
ONE_LINE = (
    DATELINE + "Harbour Community Fund announced today the election of a new Board "
    "Chair and three directors. In addition, three industry leaders were elected to "
    "the Board for three-year terms:   •\tOdile Marchetti is a partner at Lakeside "
    "Law, where she advises charities.   •\tTomas Reyes is the chief financial officer "
    "of Brightwater Foods. He has served on several audit committees.   •\tPriya "
    "Raman is a professor of economics at Northfield University.   The Fund thanks "
    "its members for their support."
)
LINES = (
    DATELINE + "Corvane Inc. (NASDAQ: CRVN) today announced the appointment of the "
    "following new independent directors to its Board of Directors:\n"
    "Jane Roe, former Chief Executive Officer of Delta Mills\n"
    "Carl Dent, Partner, Westgate Capital\n"
    "Erin Fox, retired audit partner\n\n"
    "About Corvane\nCorvane makes valves."
)
NUMBERED = (
    HK_DATE + "The board of directors of Kowloon Harbour Holdings Limited announces "
    "that the following directors retired from the Board at the conclusion of the "
    "annual general meeting held today:\n"
    "1. Mr. Gus Hillard\n"
    "2. Ms. Ana Ortiz Vela\n"
)
INTRODUCER = (
    DATELINE + "The securities regulator has approved the appointment of four "
    "distinguished persons as independent directors of the Riverton Stock Exchange. "
    "The directors will serve for three years. "
    "They are – Asha Menon, Rafiq Chowdhury, Kamal Uddin Khan and Farida Islam."
)
OWN_CUE = (
    DATELINE + "Westmark Bank held its annual meeting of members on Tuesday. "
    "The new directors are Anna Bellweather and Carl Dentley, both chartered "
    "accountants."
)
INLINE = (
    DATELINE + "Maplestone Foundation named its officers for 2027. "
    '"I thank our outgoing Board members: Marta Kovac, who chaired the Board since '
    '2019, and Ben Osei," said the chief executive, Ruth Alder.'
)


@pytest.mark.parametrize(
    ("text", "people", "direction", "how"),
    [
        (BULLETS, ["Odile Marchetti", "Tomas Reyes", "Priya Raman"], "JOIN", "lists:"),
        (ONE_LINE, ["Odile Marchetti", "Tomas Reyes", "Priya Raman"], "JOIN", "lists:"),
        (LINES, ["Jane Roe", "Carl Dent", "Erin Fox"], "JOIN", "lists:"),
        (NUMBERED, ["Gus Hillard", "Ana Ortiz Vela"], "LEAVE", "lists:"),
        (
            INTRODUCER,
            ["Asha Menon", "Rafiq Chowdhury", "Kamal Uddin Khan", "Farida Islam"],
            "JOIN",
            "lists:introducer",
        ),
        (OWN_CUE, ["Anna Bellweather", "Carl Dentley"], "JOIN", "lists:introducer"),
        (INLINE, ["Marta Kovac", "Ben Osei"], "LEAVE", "lists:inline"),
    ],
    ids=[
        "bullets", "one-line-bullets", "lines", "numbered", "they-are",
        "new-directors-are", "inline",
    ],
)  # fmt: skip
def test_each_listed_person_is_a_candidate_with_the_lead_ins_change(
    extracted: Callable[..., Extracted],
    text: str,
    people: list[str],
    direction: str,
    how: str,
) -> None:
    result = extracted(text)
    for person in people:
        rules = _list_rules(result, person, direction)
        assert any(r.startswith(how) for r in rules), (
            person,
            [c.event.rules for c in result.of(person)],
        )


def test_one_line_bullets_are_read_by_this_stage(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(ONE_LINE)
    assert "lists:inline" in _listed(result, "Odile Marchetti", "JOIN")
    assert "lists:bullet" in _listed(result, "Priya Raman", "JOIN")


def test_bullets_keep_the_list_going_past_a_second_sentence_about_one_person(
    extracted: Callable[..., Extracted],
) -> None:
    result = extracted(ONE_LINE)
    # "He has served on several audit committees." sits between two bullets
    assert "lists:bullet" in _listed(result, "Priya Raman", "JOIN")
    assert not result.of("Northfield University")


def test_the_list_ends_at_an_about_section(extracted: Callable[..., Extracted]) -> None:
    text = LINES + "\nPaul Grant, Investor Relations"
    result = extracted(text)
    assert not _listed(result, "Paul Grant", "JOIN")


@pytest.mark.parametrize(
    ("text", "people", "kind"),
    [
        (BULLETS, ["Odile Marchetti", "Tomas Reyes", "Priya Raman"], "elected"),
        (ONE_LINE, ["Odile Marchetti", "Tomas Reyes", "Priya Raman"], "elected"),
        (INTRODUCER, ["Asha Menon", "Rafiq Chowdhury", "Farida Islam"], "appointed"),
        (INLINE, ["Marta Kovac", "Ben Osei"], "resigned"),
    ],
    ids=["bullets", "one-line-bullets", "they-are", "inline"],
)
def test_the_product_path_keeps_listed_changes(
    extracted: Callable[..., Extracted], text: str, people: list[str], kind: str
) -> None:
    rows = extracted(text).by_person()
    for person in people:
        assert person in rows, sorted(rows)
        assert rows[person].change_type == kind


@pytest.mark.parametrize(
    "lead_in",
    [
        "Following the appointment, the Board comprises:",
        "After these appointments the Board of Directors consists of the following:",
        "With effect from today, the continuing directors are as follows:",
    ],
)
def test_a_roster_after_the_change_lists_no_change(
    extracted: Callable[..., Extracted], lead_in: str
) -> None:
    # contrast: the board as it stands after the appointment lists sitting directors
    text = (
        DATELINE + "Corvane Inc. announced that Jane Roe was appointed to its Board of "
        "Directors. " + lead_in + "\n"
        "• Anna Bellweather (Chair)\n"
        "• Carl Dentley\n"
        "• Jane Roe\n"
    )
    for rules_only in (True, False):
        result = extracted(text, rules_only=rules_only)
        assert set(result.by_person()) == {"Jane Roe"}
    assert not _list_rules(result, "Carl Dentley", "JOIN")


@pytest.mark.parametrize(
    "text",
    [
        # a quotation after a speech verb
        DATELINE + "Corvane Inc. appointed Lena Ortiz as Chair. Tom Reyes, outgoing "
        'Chair, added:\n"Anna Bellweather and I have enjoyed our years on the '
        'Board."',
        # the change word is someone else's, named before the colon
        DATELINE + "Corvane Names Lena Ortiz as Chair Replacing Tom Reyes (10:35 GMT) "
        "Press Release: Corvane names Lena Ortiz Chair, replacing Anna Bellweather.",
    ],
    ids=["quotation", "someone-else's-change"],
)
def test_a_colon_that_opens_no_list_of_the_change(
    extracted: Callable[..., Extracted], text: str
) -> None:
    result = extracted(text)
    assert not _listed(result, "Anna Bellweather", "JOIN")


def test_a_colon_without_a_change_word_before_it_leads_no_list(
    extracted: Callable[..., Extracted],
) -> None:
    # contrast: a board listing with no change word
    text = (
        DATELINE + "Corvane Inc. reported third-quarter revenue of $12 million. "
        "Members of the Board of Directors:\n"
        "• Anna Bellweather\n"
        "• Carl Dentley\n"
    )
    result = extracted(text)
    assert not _listed(result, "Anna Bellweather", "JOIN")
    assert not result.rows


def test_a_rule_row_is_not_listed_again(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Corvane Inc. announced that its Board of Directors has elected "
        "the following persons as directors:\n"
        "Jane Roe\n"
        "Carl Dent\n"
    )
    result = extracted(text)
    assert "lists:lead_in" in result.row("Jane Roe").rules
    assert not _listed(result, "Jane Roe", "JOIN")


# Join and departure wordings the sentence-wide candidates read (``extra:*``):
# made-up cases in several wordings, each a candidate of the right direction.
@pytest.mark.parametrize(
    ("text", "person", "direction"),
    [
        (
            DATELINE + "Corvane Corp. (OTC: CRVN) is pleased to introduce Lena Ortiz "
            "as an Independent Member of its Board of Directors.",
            "Lena Ortiz",
            "JOIN",
        ),
        (
            DATELINE + "Westmark Bank today introduced Dr. Paul Grant, who joins its "
            "Board as a non-executive director.",
            "Paul Grant",
            "JOIN",
        ),
        (
            DATELINE + '"We thank our members," said Ruth Alder, incoming Chair of the '
            "Board of Directors of Harbour Ferries Ltd.",
            "Ruth Alder",
            "JOIN",
        ),
        (
            DATELINE + "Maplestone Ltd. said Marta Kovac will serve as the new Board "
            "Chair from January.",
            "Marta Kovac",
            "JOIN",
        ),
        (
            DATELINE + "The board decided to replace Tom Reyes with new nominee and "
            "former director Ben Osei of Gravel Works.",
            "Ben Osei",
            "JOIN",
        ),
        (
            DATELINE + "The Fund thanked its outgoing Chair Anna Bellweather, who "
            "served on the Board for ten years.",
            "Anna Bellweather",
            "LEAVE",
        ),
    ],
    ids=[
        "introduce", "introduced-joins", "incoming-chair", "serve-as-new",
        "replace-with", "outgoing-chair",
    ],
)  # fmt: skip
def test_join_and_departure_wordings_give_a_candidate(
    extracted: Callable[..., Extracted], text: str, person: str, direction: str
) -> None:
    result = extracted(text)
    assert result.of(person, direction), [c.event.rules for c in result.of(person)]


@pytest.mark.parametrize(
    "text",
    [
        # a proxy's biography table: the colon opens a heading's value, and the
        # name after it is not at the colon
        DATELINE + "Lena Ortiz (Nominee for Election) | Director Since: 2019 Age: 58 "
        "Business Experience: • Anna Bellweather & Sons, a maker of hand tools.",
        # "These include" opening no list of people, about no board
        DATELINE + "The company expanded its partnering with marketing groups. These "
        "include its joint venture with the supermarket chain Anna Bellweather in "
        "the Netherlands.",
        # "They are" whose first words are no name
        DATELINE + "Corvane Inc. appointed two directors to its Board. They are both "
        "former partners of Anna Bellweather LLP.",
    ],
    ids=["biography-table", "these-include", "they-are-not-a-list"],
)
def test_a_list_opens_at_its_lead_in(
    extracted: Callable[..., Extracted], text: str
) -> None:
    assert not _listed(extracted(text), "Anna Bellweather", "JOIN")

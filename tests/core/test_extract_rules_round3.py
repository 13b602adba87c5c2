"""Rules of the third generalisation round (extractor 1.3).

Every sentence here is written for these tests: names, companies and wording
differ from the development corpus and from the held-out sets.
"""

from __future__ import annotations

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.records import Extraction, RosterRow

DATELINE = "FERNDALE, Nov. 3, 2026 (NEWSWIRE) -- "


def _extract(text: str) -> Extraction:
    document = Document(
        text=text,
        source_path="note.txt",
        sha256="3" * 64,
        format=DocumentFormat.TEXT,
    )
    return extract(document, rules_only=True)  # the rule path; the model: CV


def _rows(text: str) -> dict[str, RosterRow]:
    return {row.person: row for row in _extract(text).rows}


_TABLE = """
Nominee                     For          Withheld
Talia R. Brennerman         9,120,400    102,330
Osvaldo Quintanar           9,004,118    218,612
Henrike van Aalst           9,187,002     35,728
"""


def test_nominees_elected_in_the_lead_in_without_board_word() -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. held its annual meeting on October 30, 2026."
        "\n\nItem 1 - Election of Directors.\n\nEach of the three nominees was elected "
        "to serve until the next annual meeting, with the following votes:\n" + _TABLE
    )
    rows = _rows(text)
    assert set(rows) == {
        "Talia R. Brennerman",
        "Osvaldo Quintanar",
        "Henrike van Aalst",
    }
    assert {row.change_type for row in rows.values()} == {"elected"}


def test_results_as_follows_after_nominees_were_elected() -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. announced that all three nominees were "
        "elected as directors at its annual meeting held on October 30, 2026. Each "
        "director will serve until a successor is elected.\n\nThe results of the "
        "ballot are as follows:\n" + _TABLE
    )
    rows = _rows(text)
    assert set(rows) == {
        "Talia R. Brennerman",
        "Osvaldo Quintanar",
        "Henrike van Aalst",
    }


def test_results_as_follows_without_an_election_statement_is_no_list() -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. held its annual meeting of the Board "
        "of Directors on October 30, 2026.\n\nThe results of the ballot are as "
        "follows:\n" + _TABLE
    )
    assert _rows(text) == {}


def test_a_negated_join_is_no_change() -> None:
    text = (
        DATELINE + "Pellucid Optics Corp. appointed Marisol Ekwueme to its Board of "
        "Directors. Fenwick Adeyinka-Hart, who will lead research, will not join the "
        "board, and Ilse Marchbank will not be appointed to the Board either."
    )
    assert set(_rows(text)) == {"Marisol Ekwueme"}


def test_not_standing_keeps_its_negation() -> None:
    text = (
        DATELINE + "Kelderhof Logistics Inc. announced that Ulla Brandvold will not "
        "stand for re-election to the Board."
    )
    assert _rows(text)["Ulla Brandvold"].change_type == "not_standing"


def test_a_long_capitalised_headline_keeps_the_whole_name() -> None:
    text = (
        "Stonemere Regional Utilities Chairman Gordon P. Ashgrove Sr. to Retire\n\n"
        + DATELINE
        + "Stonemere Regional Utilities Inc. announced that Gordon P. Ashgrove Sr., "
        "who has chaired the Board since 2015, will retire from the Board at the "
        "annual meeting."
    )
    rows = _extract(text).rows
    assert [row.person for row in rows] == ["Gordon P. Ashgrove, Sr."]


def test_seats_at_a_named_subsidiary_are_another_board() -> None:
    text = (
        DATELINE + "Brackwater Holdings plc announces changes to the board of its "
        'wholly-owned subsidiary, Tarnby Mutual Assurance Limited ("TMAL").\n\n'
        "Ms Ingrid Solvang-Achebe has been appointed as a non-executive director and "
        "Chair of the Audit Committee of TMAL with effect from 1 December 2026.\n\n"
        "Mr Casimir Wendt has stepped down from the TMAL board to pursue other "
        "interests."
    )
    assert _rows(text) == {}


def test_a_named_subsidiary_does_not_hide_the_issuers_own_board() -> None:
    text = (
        DATELINE + "Brackwater Holdings plc, the parent of its subsidiary, Tarnby "
        'Mutual Assurance Limited ("TMAL"), announces that Ms Ingrid Solvang-Achebe '
        "has been appointed to the Board of Brackwater Holdings plc as a "
        "non-executive director."
    )
    assert set(_rows(text)) == {"Ingrid Solvang-Achebe"}


def test_changes_which_take_effect_on_a_date_date_the_items_below() -> None:
    text = (
        DATELINE + "Orrindale Brewing Company (NYSE: ORBW) today announced changes "
        "to the leadership of its Board of Directors, which will take effect on "
        "August 15.\n\n- Yusuf Balcombe-Tran, an independent director since 2018, "
        "will become Vice Chair of the Board.\n"
    )
    row = _rows(text)["Yusuf Balcombe-Tran"]
    assert row.change_type == "role_change"
    assert row.effective_date == "2026-08-15"  # the year nearest the announcement


def test_board_size_set_at_a_number() -> None:
    text = (
        DATELINE + "Veltmoor Chemicals Inc. announced the death of director Anselm "
        "Grevatt. The Board has set the number of directors at eight."
    )
    assert _extract(text).filing.board_size_after == "8"


def test_board_size_after_a_long_clause() -> None:
    text = (
        DATELINE + "Veltmoor Chemicals Inc. announced that Odalys Fernwright resigned "
        "from the Board. The Board has decided not to fill the resulting vacancy for "
        "the time being, and now comprises six directors, four of whom are "
        "independent."
    )
    assert _extract(text).filing.board_size_after == "6"


def test_a_leaving_director_who_continues_as_committee_chair_until_then() -> None:
    text = (
        DATELINE + "On October 30, 2026, Orla Fenstermacher notified the Board of "
        "Directors of Dunmarsh Robotics Inc. that she does not intend to stand for "
        "re-election at the 2027 annual meeting. Ms. Fenstermacher will continue to "
        "serve as a director, and as chair of the Nominating Committee, until her "
        "term expires."
    )
    row = _rows(text)["Orla Fenstermacher"]
    assert row.change_type == "not_standing"
    assert "nominating committee chair" in row.role


def test_a_leaving_director_who_has_chaired_the_board() -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. announced that Cyprian Oyelaran-Hust, who "
        "has chaired its Board of Directors since 2016, will retire from the Board "
        "at the annual meeting."
    )
    assert "chair" in _rows(text)["Cyprian Oyelaran-Hust"].role.lower()


def test_a_title_in_an_appositive_two_sentences_before_the_change() -> None:
    text = (
        DATELINE + "Dunmarsh Robotics plc announces changes to its Board.\n\n"
        "Dame Philippa Arkwright-Sole, the Company's Senior Independent Director, "
        "has told the Board that she will not seek re-election at the AGM. She will "
        "therefore leave the Board at the end of that meeting."
    )
    row = _rows(text)["Philippa Arkwright-Sole"]
    assert "senior independent director" in row.role.lower()


def test_a_new_director_who_will_chair_a_committee() -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. appointed Leopold Varga-Nunes as an "
        "independent director, effective immediately. He will chair the Audit "
        "Committee, succeeding a retiring member."
    )
    row = _rows(text)["Leopold Varga-Nunes"]
    assert row.role == "independent director; audit committee chair"


def test_a_committee_chair_of_someone_else_is_not_taken() -> None:
    text = (
        DATELINE + "Dunmarsh Robotics Inc. appointed Leopold Varga-Nunes as an "
        "independent director. Priya Kettering-Obi will chair the Audit Committee."
    )
    assert _rows(text)["Leopold Varga-Nunes"].role == "independent director"


def test_not_putting_oneself_forward_for_re_election() -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Gareth Imbert-Lowe has "
        "informed the Board that he will not put himself forward for re-election at "
        "the AGM."
    )
    assert _rows(text)["Gareth Imbert-Lowe"].change_type == "not_standing"


def test_taking_on_the_role_of_senior_independent_director() -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Henrietta Obuya-Marsh, an "
        "independent Non-Executive Director since 2020, will take on the role of "
        "Senior Independent Director from 1 December 2026."
    )
    row = _rows(text)["Henrietta Obuya-Marsh"]
    assert row.change_type == "role_change"
    assert row.role.lower() == "senior independent director"


def test_executive_chair_retiring_as_employee_stays_as_non_executive_chair() -> None:
    text = (
        DATELINE + "Ashbury Textiles Corp. (NYSE: ASHT) announced that Lionel "
        "Pettigrew-Ames, who has served as Executive Chairman since 2021, will "
        "retire as an employee of the company and continue as non-executive "
        "Chairman of the Board."
    )
    rows = _extract(text).rows
    assert [(r.person, r.change_type) for r in rows] == [
        ("Lionel Pettigrew-Ames", "role_change")
    ]
    assert "chairman" in rows[0].role.lower()


def test_continuing_as_chair_is_no_change() -> None:
    text = (
        DATELINE + "Ashbury Textiles Corp. announced that Lionel Pettigrew-Ames "
        "will continue as Chairman of the Board."
    )
    assert _rows(text) == {}


def test_retiring_at_the_end_of_the_term_takes_the_meetings_date() -> None:
    text = (
        DATELINE + "Corbel Glassworks Inc. announced that Winifred Aske-Ballantyne "
        "has decided to retire from the Board at the end of her current term, at "
        "the company's 2027 Annual Meeting of Stockholders to be held on May 11, "
        "2027, after serving on the Board for twenty years."
    )
    assert _rows(text)["Winifred Aske-Ballantyne"].effective_date == "2027-05-11"


def test_a_successor_when_sir_x_steps_down_takes_his_date() -> None:
    text = (
        DATELINE + "Wyndcross Shipping plc announces that Sir Bertram Halloway-Ince "
        "will retire from the Board on 30 November 2026. Ottilie Grange-Musa will "
        "take on the role of Senior Independent Director when Sir Bertram steps "
        "down."
    )
    assert _rows(text)["Ottilie Grange-Musa"].effective_date == "2026-11-30"


def test_succeeding_a_named_director_upon_his_retirement_takes_his_date() -> None:
    text = (
        "Foxhollow Chair Ambrose Q. Delacroix-Reyes to Retire\n\n"
        + DATELINE
        + "Foxhollow Instruments Inc. announced that Ambrose Q. Delacroix-Reyes will "
        "retire from the Board on December 31, 2026.\n\nThe Board has selected "
        "Henrike Sandoval-Pike, its Lead Independent Director, to succeed Mr. "
        "Delacroix-Reyes as Chair of the Board upon his retirement."
    )
    assert _rows(text)["Henrike Sandoval-Pike"].effective_date == "2026-12-31"


def test_a_committee_chair_listed_after_the_seat_left() -> None:
    text = (
        DATELINE + "Brightfen Holdings Limited announced that Mr. Lau Ka-ming has "
        "tendered his resignation as an independent director of the Company, "
        "chairman of the nomination committee and a member of the audit committee, "
        "effective November 1, 2026."
    )
    row = _rows(text)["Lau Ka-ming"]
    assert row.change_type == "resigned"
    assert row.role == "independent director; nomination committee chair"


def test_a_chair_in_parentheses_after_another_name_is_theirs() -> None:
    text = (
        DATELINE + "Marlow Fjord Inc. announced that Ignatius Obregon-Tully resigned "
        "from the Board. Following Mr. Obregon-Tully's resignation, the Board "
        "consists of six directors, and the Audit Committee consists of Wilhelmina "
        "Sato-Grieve (Chair) and Rui Nakashima-Lowe."
    )
    assert _rows(text)["Ignatius Obregon-Tully"].role == "director"

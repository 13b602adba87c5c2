"""Effective dates (effective.py, ``date:*`` rules): "immediately", dates without a
year, dates stated in another sentence, conditions kept as text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reviewer.core.extraction.dates import find_dates
from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    HK_DATE,
    Extracted,
)


def test_date_without_year_is_resolved_against_the_announcement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "SPRINGFIELD, December 20, 2023 (NEWSWIRE) -- Acme Widgets Inc. announced "
        "that Donna Meagle has been appointed to the Board, effective January 5."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Donna Meagle"].effective_date
        == "2024-01-05"
    )


def test_day_month_year_dates_plc_issuer_and_first_name_reference(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "LONDON, 12 March 2024 - Foo plc (LSE: FOO) announces that Sir Alan "
        "Partridge has been appointed as a Non-Executive Director with effect from "
        "1 April 2024. Alan will join the Audit and Risk Committee."
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.filing.company == "Foo plc"
    assert extraction.filing.announcement_date == "2024-03-12"
    (row,) = extraction.rows
    assert (row.person, row.change_type) == ("Alan Partridge", "appointed")
    assert row.role == "non-executive director"
    assert row.effective_date == "2024-04-01"
    assert row.committees == "audit and risk"


def test_same_day_appointment_and_expanded_board(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "On February 12, 2024, the Board of Directors of Orion Corp. accepted the "
        "resignation of Frank Castle as a director, effective immediately. On the "
        "same day, the Board appointed Karen Page to fill the vacancy. The Board has "
        "been expanded to eight members."
    )
    extraction = extracted(text, rules_only=True)
    rows = {r.person: r for r in extraction.rows}
    assert rows["Frank Castle"].change_type == "resigned"
    assert rows["Karen Page"].effective_date == "2024-02-12"
    assert extraction.filing.board_size_after == "8"
    assert "date:concurrent_with_prior" in extraction.row("Karen Page").rules


def test_changes_effective_upon_a_closing(extracted: Callable[..., Extracted]) -> None:
    text = (
        "Effective upon the closing of the Merger, Dan Dare and Eve Echo will resign "
        "from the Board and Fay Fox will be appointed to the Board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert {p: r.change_type for p, r in rows.items()} == {
        "Dan Dare": "resigned",
        "Eve Echo": "resigned",
        "Fay Fox": "appointed",
    }
    assert all(r.effective_date == "" for r in rows.values())
    assert all("closing of the Merger" in r.effective_text for r in rows.values())


def test_uk_directorate_change_announcement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Directorate Change\n\n12 March 2024\n\n"
        'Widget Holdings plc ("Widget" or the "Company")\n\n'
        "The Board of Widget Holdings plc announces that Sarah Thompson will step "
        "down as a Non-Executive Director with effect from the conclusion of the "
        "Company's Annual General Meeting on 12 May 2024. The Board is also pleased "
        "to announce the appointment of David Okafor as an Independent Non-Executive "
        "Director with effect from 1 April 2024."
    )
    extraction = extracted(text, rules_only=True)
    assert extraction.filing.company == "Widget Holdings plc"
    assert extraction.filing.announcement_date == "2024-03-12"
    rows = {r.person: r for r in extraction.rows}
    assert (
        rows["Sarah Thompson"].change_type,
        rows["Sarah Thompson"].effective_date,
    ) == (
        "resigned",
        "2024-05-12",
    )
    assert rows["David Okafor"].role == "independent non-executive director"
    assert rows["David Okafor"].effective_date == "2024-04-01"


def test_at_that_time_refers_to_the_date_before_it(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Ray Stone will continue as "
        "Executive Chairman through January 31, 2025, and will step down from the "
        "Board at that time."
    )
    (row,) = extracted(text, rules_only=True).rows
    assert (row.person, row.change_type) == ("Ray Stone", "resigned")
    assert (row.effective_date, row.effective_text) == ("2025-01-31", "at that time")


def test_change_from_the_close_of_a_dated_agm(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "MILTON, Tasmania: Pellow Mills Limited advises that Mr Cyril Dane will "
        "retire as Chair at the close of the Annual General Meeting (AGM) on 19 "
        "November 2026. Ms Opal Reyes, a Non-Executive Director since 2021, will "
        "succeed Mr Dane as Chair from the close of the AGM."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Cyril Dane"].effective_date == "2026-11-19"
    assert rows["Opal Reyes"].change_type == "role_change"
    assert rows["Opal Reyes"].effective_date == "2026-11-19"


def test_effective_date_stated_in_the_next_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "The Board of Pellow Mills Corp. appointed Mia Holt as a "
        "director. The appointment is effective November 1, 2026. Bo Reyes has "
        "resigned from the Board. His resignation takes effect on October 31."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Mia Holt"].effective_date == "2026-11-01"
    assert rows["Bo Reyes"].effective_date == "2026-10-31"


def test_at_that_time_takes_the_date_of_the_sentence_before(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. named Ola Dahl Chief Executive Officer "
        "effective January 4, 2027. Ms. Dahl will also join the Board of Directors "
        "at that time."
    )
    row = extracted(text, rules_only=True).by_person()["Ola Dahl"]
    assert (row.change_type, row.effective_date) == ("appointed", "2027-01-04")


def test_an_unrelated_change_taking_effect_later_gives_no_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. announced that Rui Dias has resigned from the "
        "Board. The changes to the Company's bylaws became effective on October 9."
    )
    assert extracted(text, rules_only=True).by_person()["Rui Dias"].effective_date == ""


def test_changes_dated_by_an_earlier_general_statement(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Marlowe Freight Inc. (NYSE: MFI) today announced changes to its "
        "Board of Directors. The Board changes described below take effect on "
        "February 1.\n\nThe Board has named Selin Aksoy, an independent director "
        "since 2020, as the new Chair of the Board. Rafael Quintana, an independent "
        "director since 2017, has been named Lead Independent Director."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert {r.change_type for r in rows.values()} == {"role_change"}
    assert rows["Selin Aksoy"].effective_date == "2027-02-01"
    assert rows["Rafael Quintana"].effective_date == "2027-02-01"


def test_from_the_same_date_takes_the_date_before(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Marlowe Freight Inc. announced that Hana Kobayashi will retire "
        "from the Board on November 30, 2026. Mr. Emeka Obi, a director since 2019, "
        "will take over as Chair of the Nominating Committee from the same date."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Emeka Obi"].change_type == "role_change"
    assert rows["Emeka Obi"].effective_date == "2026-11-30"


def test_a_possessive_appointment_took_effect_in_the_next_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Marlowe Freight Inc. said its directors have co-opted Abigail "
        "Strand to the board. Ms. Strand's appointment took effect on September 29."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Abigail Strand"].effective_date
        == "2026-09-29"
    )


def test_changes_which_take_effect_on_a_date_date_the_items_below(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Orrindale Brewing Company (NYSE: ORBW) today announced changes "
        "to the leadership of its Board of Directors, which will take effect on "
        "August 15.\n\n- Yusuf Balcombe-Tran, an independent director since 2018, "
        "will become Vice Chair of the Board.\n"
    )
    row = extracted(text, rules_only=True).by_person()["Yusuf Balcombe-Tran"]
    assert row.change_type == "role_change"
    assert row.effective_date == "2026-08-15"  # the year nearest the announcement


def test_retiring_at_the_end_of_the_term_takes_the_meetings_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corbel Glassworks Inc. announced that Winifred Aske-Ballantyne "
        "has decided to retire from the Board at the end of her current term, at "
        "the company's 2027 Annual Meeting of Stockholders to be held on May 11, "
        "2027, after serving on the Board for twenty years."
    )
    assert (
        extracted(text, rules_only=True)
        .by_person()["Winifred Aske-Ballantyne"]
        .effective_date
        == "2027-05-11"
    )


def test_same_meeting_and_later_that_day_take_the_earlier_date(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE
        + "Quarry Lane Inc. said its stockholders elected Bertrand Oyelowo-Sims "
        "as a director at a special meeting on October 28, 2026. At the same meeting, "
        "Corinna Vadász stepped down from the Board. Later that day, the Board "
        "selected Hamish Tavares-Lind, a director since 2019, to serve as independent "
        "Chair of the Board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {
        "Bertrand Oyelowo-Sims",
        "Corinna Vadász",
        "Hamish Tavares-Lind",
    }
    assert {row.effective_date for row in rows.values()} == {"2026-10-28"}


# Written dates (dates.DATE_RE and the "effective"/"on" look-aheads): ordinals,
# commas, "the 1st day of", and a day and month without a year (the release's).
LSE_LEAD = (
    "LONDON, 12 March 2024 - Harrowgate Mills plc (LSE: HGM) announces that Odette "
    "Varga has been appointed as a Non-Executive Director "
)


@pytest.mark.parametrize(
    ("wording", "date"),
    [
        ("with effect from 31st March, 2024.", "2024-03-31"),
        ("with effect from the 1st day of April, 2024.", "2024-04-01"),
        ("effective March 31st 2024.", "2024-03-31"),
        ("effective 2nd May 2024.", "2024-05-02"),
        ("with effect from 1 April.", "2024-04-01"),
        ("on the 3rd day of June, 2024.", "2024-06-03"),
        ("with effect from the conclusion of the AGM on 28 July 2024.", "2024-07-28"),
    ],
)
def test_ordinal_and_comma_dates(
    extracted: Callable[..., Extracted], wording: str, date: str
) -> None:
    row = extracted(LSE_LEAD + wording).row("Odette Varga")
    assert row.effective_date == date


@pytest.mark.parametrize(
    ("text", "ymd"),
    [
        ("the 1st day of April, 2024", (2024, 4, 1)),
        ("31st March, 2021", (2021, 3, 31)),
        ("March 31st 2021", (2021, 3, 31)),
        ("1 April", (None, 4, 1)),
    ],
)
def test_written_date_forms(text: str, ymd: tuple[int | None, int, int]) -> None:
    (found,) = find_dates(text)
    assert (found.year, found.month, found.day) == ymd
    assert text[found.start : found.end].endswith(text.split()[-1])


# Rule date:stated_for_all: one effective wording in the lead sentence for every
# change listed after it.
def test_immediate_effect_stated_once_for_the_listed_changes(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "The board of directors of Kam Fung Holdings Limited (the "
        '"Company") announces the following changes with immediate effect. '
        "Mr. Chan Tai Man has been appointed as an independent non-executive "
        "Director. Ms. Lee Mei Ling has resigned as a non-executive Director to "
        "devote more time to her other business."
    )
    rows = extracted(text).by_person()
    assert rows["Chan Tai Man"].effective_date == "2026-05-29"
    assert rows["Lee Mei Ling"].effective_date == "2026-05-29"
    assert "date:stated_for_all" in rows["Lee Mei Ling"].rules


def test_the_close_of_the_agm_held_today_for_the_listed_changes(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "LONDON, 12 March 2024 - Harrowgate Mills plc (LSE: HGM) announces that the "
        "following changes to the Board take effect from the close of the AGM held "
        "today. Bernard Quayle has retired as a Non-Executive Director. Odette Varga "
        "has been appointed as a Non-Executive Director."
    )
    rows = extracted(text).by_person()
    assert rows["Bernard Quayle"].effective_date == "2024-03-12"
    assert rows["Odette Varga"].effective_date == "2024-03-12"


def test_the_agm_dated_in_an_earlier_sentence(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "LONDON, 12 March 2024 - Harrowgate Mills plc (LSE: HGM) announces that its "
        "AGM will be held on 28 July 2024. Bernard Quayle will retire from the Board "
        "at the AGM."
    )
    assert extracted(text).row("Bernard Quayle").effective_date == "2024-07-28"


def test_a_date_for_one_person_is_not_carried_to_another(
    extracted: Callable[..., Extracted],
) -> None:
    # No lead sentence ties the two changes: the second stays undated.
    text = (
        DATELINE + "Corvane Inc. (NASDAQ: CRVN) announced that Odette Varga has been "
        "appointed to the Board of Directors with immediate effect. Separately, "
        "Bernard Quayle has informed the Board that he will resign as a director "
        "once a successor has been found."
    )
    rows = extracted(text).by_person()
    assert rows["Odette Varga"].effective_date == "2026-11-03"
    assert rows["Bernard Quayle"].effective_date == ""


def test_a_lead_about_committee_changes_dates_no_board_change(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Inc. (NASDAQ: CRVN) announced the following changes to "
        "the Board committees with immediate effect. Separately, Bernard Quayle has "
        "informed the Board that he will resign as a director once a successor has "
        "been found."
    )
    assert extracted(text).row("Bernard Quayle").effective_date == ""


# Rule date:release_year: a day and month without a year take the release's year
# even when only a field-only date rule (a stored page's date label) found it.
def test_a_date_without_year_takes_the_year_of_a_page_dated_release(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        " date 2020-11-04 The Members' Council of Kowhai Racing is pleased to "
        "announce its new appointments to the Kowhai Racing Board.\n\nDarryll Quaid "
        "and Andrew Fenwick have been appointed to join the Board, commencing their "
        "tenure immediately following the AGM on 17 November.\n"
    )
    extraction = extracted(text)
    assert extraction.filing.announcement_date == "2020-11-04"
    rows = extraction.by_person()
    assert rows["Darryll Quaid"].effective_date == "2020-11-17"
    assert rows["Andrew Fenwick"].effective_date == "2020-11-17"


# Rule date:stated_for_one: a person's own date after a date shared by several.
def test_a_persons_own_date_wins_over_the_shared_one(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Kowhai Racing Limited announces that Darryll Quaid, Andrew "
        "Fenwick and Mike Clancy have been appointed to its Board, effective "
        "November 17. Mike Clancy's appointment will commence January 1, 2027. "
        "The Board thanks the retiring directors."
    )
    rows = extracted(text).by_person()
    assert rows["Darryll Quaid"].effective_date == "2026-11-17"
    assert rows["Andrew Fenwick"].effective_date == "2026-11-17"
    assert rows["Mike Clancy"].effective_date == "2027-01-01"
    assert "date:stated_for_one" in rows["Mike Clancy"].rules


# ``date:yesterday``, ``date:upon_condition``, ``date:last_day``, ``date:into_effect``
# (effective.py): made-up cases in several wordings, DATELINE is Nov. 3, 2026.
EFFECTIVE_WORDINGS = [
    (
        "with-effect-comma-yesterday",
        "Maren Holt was appointed as independent non-executive director with effect, "
        "yesterday.",
        "Maren Holt",
        "2026-11-02",
    ),
    (
        "effective-yesterday",
        "Corvane Inc. announced that Maren Holt resigned from the Board effective "
        "yesterday.",
        "Maren Holt",
        "2026-11-02",
    ),
    (
        "with-effect-from-yesterday",
        "Corvane Inc. announced that Maren Holt has joined the Board as a director "
        "with effect from yesterday.",
        "Maren Holt",
        "2026-11-02",
    ),
    (
        "upon-successor",
        "On October 28, 2026, Anders Lukas informed Corvane Inc. of his resignation "
        "from the Board, effective upon the appointment of his successor.",
        "Anders Lukas",
        "",
    ),
    (
        "upon-replacement",
        "On October 28, 2026, Anders Lukas resigned as a director of Corvane Inc. "
        "effective upon appointment of his replacement.",
        "Anders Lukas",
        "",
    ),
    (
        "immediately-prior-to-an-event",
        "On October 28, 2026, Anders Lukas, a member of the Board of Corvane Inc., "
        "notified the Company that he was resigning from the Board effective as of "
        "immediately prior to the closing of the merger.",
        "Anders Lukas",
        "",
    ),
    (
        "upon-audit-of-fiscal-year",
        "Corvane Inc. announced that Anders Lukas has resigned as a director "
        "effective upon completion of the audit of the financial statements for the "
        "fiscal year ended September 30, 2026.",
        "Anders Lukas",
        "",
    ),
    (
        "last-day-of-service",
        "Corvane Inc. announced the resignation of its independent director Ilse "
        "Brandt, submitted on October 27, 2026, with her last day of service on "
        "October 30, 2026.",
        "Ilse Brandt",
        "2026-10-30",
    ),
    (
        "last-day-after-comma",
        "Corvane Inc. only announced the resignation of director Ilse Brandt on the "
        "same day as her last day of service, Oct 30.",
        "Ilse Brandt",
        "2026-10-30",
    ),
    (
        "last-day-next-sentence",
        "On October 27, 2026, Ilse Brandt informed Corvane Inc. of her resignation "
        "from the Board. Her last day as a director will be November 30, 2026.",
        "Ilse Brandt",
        "2026-11-30",
    ),
    (
        "comes-into-effect-from",
        "The Corvane Inc. board has appointed Lena Moss as an independent director, "
        "replacing long-serving director Omar Tull. The appointment comes into effect "
        "from 1 December, with Omar Tull retiring after 12 years as a director.",
        "Omar Tull",
        "2026-12-01",
    ),
]


@pytest.mark.parametrize(
    ("text", "person", "date"),
    [case[1:] for case in EFFECTIVE_WORDINGS],
    ids=[case[0] for case in EFFECTIVE_WORDINGS],
)
def test_effective_wordings(
    extracted: Callable[..., Extracted], text: str, person: str, date: str
) -> None:
    # (one case also reads "appointment of his replacement" as an appointment of
    # the leaving director: false-event work, not dates; every row is checked)
    rows = [
        r
        for r in extracted(DATELINE + text, rules_only=True).rows
        if r.person == person
    ]
    assert rows
    for row in rows:
        assert row.effective_date == date, row.effective_text


def test_a_date_of_its_own_after_a_condition_word_still_dates_the_change(
    extracted: Callable[..., Extracted],
) -> None:
    """Contrasts: the event's own date, and "upon his appointment" (immediate)."""
    text = (
        DATELINE
        + "Corvane Inc. announced that Anders Lukas will resign from the Board "
        "effective upon the closing of the merger on December 1, 2026. Corvane also "
        "said Maren Holt was appointed a director, effective upon her appointment. "
        "Separately, Ilse Brandt resigned from the Board yesterday."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Anders Lukas"].effective_date == "2026-12-01"
    assert rows["Maren Holt"].effective_date == "2026-11-03"


# ``date:form_field``: an announcement laid out as a form states the date once, in
# a field "Effective date (of the change)" followed by the date alone.
FORM_FIELD = [
    "Corvane KK announces the change of Directors as stated below.\n\n"
    "1. Retiring Directors\n\nMr. Kenji Sato and Mr. Hiro Ueda to retire from the "
    "Board of Directors\n\n(3) Effective date of the Change\n\n26 March 2027\n",
    "Corvane Limited - Change of Directors\n\nMr. Kenji Sato has resigned as an "
    "independent non-executive director of the Company.\n"
    "Effective date: 4 November 2026\n",
    "CHANGE IN DIRECTORATE\n\nCorvane Berhad announces that Mr. Kenji Sato has "
    "retired from the Board.\n\n**Effective Date of Change** : **30 November 2026**\n",
]


@pytest.mark.parametrize("text", FORM_FIELD)
def test_a_form_field_effective_date(
    extracted: Callable[..., Extracted], text: str
) -> None:
    row = extracted(DATELINE + text, rules_only=True).row("Kenji Sato")
    dates = {"26 March 2027": "2027-03-26", "4 November 2026": "2026-11-04"}
    want = next((v for k, v in dates.items() if k in text), "2026-11-30")
    assert row.effective_date == want, row.effective_text


def test_the_effective_date_as_a_defined_term_is_no_field(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Corvane Inc. said Kenji Sato will resign from the Board upon the "
        "closing of the merger. On the Effective Date, March 1, 2027, each share "
        "will be converted into cash."
    )
    assert extracted(text, rules_only=True).row("Kenji Sato").effective_date == ""

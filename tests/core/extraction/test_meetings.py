"""Results of shareholders' meetings: the meetings reader (issue #12).

The example strings are written for these tests (names and wording differ from
the corpus); the files under tests/data/meetings are real results announcements
(provenance in the README there).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.extraction.meeting_patterns import (
    ELECTED_LIST,
    ELECTED_NAMES,
    FAILED_VOTE_ID,
    RESOLUTION,
    RULES,
    VOTE_TABLE,
    MeetingRule,
)
from reviewer.core.extraction.meetings import read_text
from reviewer.core.records import RosterRow
from reviewer.io.loaders import load_document
from tests.core.extraction.conftest import DATELINE, DATELINE_OCT, Extracted

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "meetings"


def _rows(text: str) -> dict[str, RosterRow]:
    document = Document(
        text=text, source_path="note.txt", sha256="7" * 64, format=DocumentFormat.TEXT
    )
    return {row.person: row for row in extract(document).rows}


def _read(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, rule id) of each elected nominee, and the names of those who failed."""
    results = read_text(text)
    return (
        [(row.event.person.name, row.rule) for row in results.rows],
        [person.name for person in results.failed],
    )


# ---- every rule reads its own examples -------------------------------------


@pytest.mark.parametrize(
    ("rule", "text", "names"),
    [(rule, text, names) for rule in RULES for text, names in rule.examples],
    ids=[f"{rule.id}-{n}" for rule in RULES for n in range(len(rule.examples))],
)
def test_each_rule_reads_its_examples(
    rule: MeetingRule, text: str, names: tuple[str, ...]
) -> None:
    found, failed = _read(text)
    assert found == [(name, rule.id) for name in names]
    assert failed == []
    rows = _rows(text)
    assert {name: rows[name].change_type for name in names} == dict.fromkeys(
        names, "elected"
    )
    assert all(rows[name].role == "director" for name in names)


def test_rule_ids_are_unique_and_named() -> None:
    ids = [rule.id for rule in RULES]
    assert len(set(ids)) == len(ids)
    assert all(rule.id.startswith("meeting.") and rule.examples for rule in RULES)


# ---- vote tables -------------------------------------------------------------


def test_vote_table_rows_are_dated_by_the_meeting() -> None:
    text = (
        "On May 21, 2026, Calder Ridge Bancorp held its Annual Meeting of "
        "Shareholders. The final voting results are set forth below.\n"
        "Proposal No. 1: Election of Directors\n"
        "The shareholders elected each of the following persons as a director.\n"
        "Director Nominee | Votes For | Votes Withheld | Broker Non-Votes\n"
        "Sunniva Aakre | 12,300,100 | 402,002 | 1,800,000\n"
        "Desmond K. Oyelowo | 11,980,450 | 721,652 | 1,800,000\n"
        "Proposal No. 2: Ratification of Auditors\n"
        "For | Against | Abstain\n"
        "14,010,220 | 91,004 | 400,878\n"
    )
    rows = _rows(text)
    assert set(rows) == {"Sunniva Aakre", "Desmond K. Oyelowo"}
    assert {row.effective_date for row in rows.values()} == {"2026-05-21"}
    assert "Sunniva Aakre | 12,300,100" in rows["Sunniva Aakre"].evidence


def test_nominee_with_more_votes_against_than_for_is_not_elected() -> None:
    text = (
        "Proposal 1: Election of Directors\n"
        "Nominee | For | Against | Abstain | Broker Non-Votes\n"
        "Lena Forsberg | 5,100,000 | 6,200,000 | 10,000 | 900,000\n"
        "Otto Reyes | 9,100,000 | 2,200,000 | 10,000 | 900,000\n"
    )
    found, failed = _read(text)
    assert found == [("Otto Reyes", VOTE_TABLE.id)]
    assert failed == ["Lena Forsberg"]
    assert set(_rows(text)) == {"Otto Reyes"}


def test_withheld_votes_do_not_defeat_a_plurality_election() -> None:
    text = (
        "Election of directors\n"
        "Nominee | Votes For | Votes Withheld\n"
        "Paavo Lindgren | 1,200,000 | 1,900,000\n"
    )
    assert _read(text) == ([("Paavo Lindgren", VOTE_TABLE.id)], [])


def test_table_in_columns_of_spaces_with_percentages() -> None:
    text = (
        "Each director nominee was elected at the meeting, as follows:\n\n"
        "   Nominee              Votes For    % For     Votes Withheld   % Withheld\n"
        "   Aroha Ngata          3,402,118    99.12%    30,204           0.88%\n"
        "   Jean-Luc Ferrand     3,398,004    99.00%    34,318           1.00%\n"
    )
    found, _ = _read(text)
    assert found == [
        ("Aroha Ngata", VOTE_TABLE.id),
        ("Jean-Luc Ferrand", VOTE_TABLE.id),
    ]


def test_markdown_table_in_favour_and_a_row_whose_name_is_not_read() -> None:
    text = (
        "Brightwater Minerals reports that all of the director nominees were "
        "elected at its annual general meeting held today. Proxy voting as to "
        "each of the director nominees was as follows:\n\n"
        "|  | Votes in Favour | Votes Withheld |\n"
        "| --- | --- | --- |\n"
        "| Imogen Tate | 99.10% | 0.90% |\n"
        "| Total shares voted | 41,002,117 | |\n"
        "| Ruairi Costello | 98.75% | 1.25% |\n"
    )
    found, failed = _read(text)
    assert found == [
        ("Imogen Tate", VOTE_TABLE.id),
        ("Ruairi Costello", VOTE_TABLE.id),
    ]
    assert failed == []


def test_single_spaced_rows_and_a_heading_on_two_lines() -> None:
    pdf_like = (
        "Proposal 1. Election of Directors. The stockholders elected the nominees "
        "below.\n"
        "Director Nominee Votes For Votes Withheld Broker Non-Votes\n"
        "Awa N. Diallo 2,300,385,739 21,926,604 250,464,124\n"
        "Jeffrey T. Bergstrom 1,859,138,624 463,173,719 250,464,124\n"
        "Proposal 2. Say on pay\n"
        "For Against Abstain Broker Non-Votes\n"
        "1,806,791,973 508,390,449 7,129,921 250,464,124\n"
    )
    assert _read(pdf_like)[0] == [
        ("Awa N. Diallo", VOTE_TABLE.id),
        ("Jeffrey T. Bergstrom", VOTE_TABLE.id),
    ]
    two_lines = (
        "Election of Directors\n"
        "                                   Votes        Votes        Broker\n"
        "   Nominee                          For       Withheld    Non-Votes\n"
        "   Corinne Faulkner-Ash         4,120,300     210,004      990,112\n"
        "   Bartholomew Ige              4,301,777      28,527      990,112\n"
    )
    assert _read(two_lines)[0] == [
        ("Corinne Faulkner-Ash", VOTE_TABLE.id),
        ("Bartholomew Ige", VOTE_TABLE.id),
    ]


def test_directors_elected_by_the_board_are_not_read_as_a_vote() -> None:
    text = (
        "At its meeting on March 3, 2026, the Board of Directors of Orlin Tools "
        "Inc. met. Priya Venkatesan and Hugo Ferreira were elected to the Board by "
        "the directors, effective immediately."
    )
    assert _read(text) == ([], [])


def test_tables_of_other_matters_and_nominee_biographies_give_nothing() -> None:
    for text in (
        # a proxy statement's table of nominees, before any vote
        "PROPOSAL 1 ELECTION OF DIRECTORS\n"
        "The Board recommends a vote FOR each of the following nominees.\n"
        "Name | Age | Director Since\n"
        "Lena Forsberg | 61 | 2014\n"
        "Otto Reyes | 55 | 2019\n",
        "Proposal 2: Advisory vote on executive compensation\n"
        "For | Against | Abstain | Broker Non-Votes\n"
        "1,000,000 | 20,000 | 3,000 | 50,000\n",
    ):
        assert _read(text) == ([], [])


# ---- lists and sentences ---------------------------------------------------


def test_names_listed_with_their_percentages() -> None:
    for text in (
        "At the meeting held on June 2, 2026, shareholders elected all seven "
        "director nominees: Jane Okoro (99.2%), Liam Brennan (98.7%), Sofia "
        "Marquez (97.9%).",
        "At the meeting held on June 2, 2026, shareholders re-elected all of the "
        "director nominees, with these percentages of votes cast in favour: Jane "
        "Okoro – 99.21%; Liam Brennan – 98.70%; Sofia Marquez – 97.90%.",
    ):
        found, _ = _read(text)
        assert found == [
            ("Jane Okoro", ELECTED_LIST.id),
            ("Liam Brennan", ELECTED_LIST.id),
            ("Sofia Marquez", ELECTED_LIST.id),
        ], text
        rows = _rows(text)
        assert {r.effective_date for r in rows.values()} == {"2026-06-02"}, text


def test_all_nominees_elected_without_names_gives_no_rows() -> None:
    text = (
        "At the annual meeting held on May 3, 2026, all of the nominees for "
        "director were elected. The results are available on our website."
    )
    assert _read(text) == ([], [])
    assert _rows(text) == {}


def test_election_of_the_following_nominees_needs_reported_results() -> None:
    proposal = (
        "1. The election of the following nominees as directors of the "
        "Corporation:\nMaren Solvik\nTeodor Brandt\n\n"
    )
    assert _read(proposal) == ([], [])  # a proxy circular words it the same way
    found, _ = _read("Report of Voting Results\n" + proposal + "Carried\n")
    assert found == [
        ("Maren Solvik", ELECTED_LIST.id),
        ("Teodor Brandt", ELECTED_LIST.id),
    ]


def test_a_recommendation_to_vote_for_nominees_is_not_an_election() -> None:
    text = (
        "The Board recommends a vote FOR the election of each of the following "
        "nominees as directors: Lena Forsberg, Otto Reyes and Kiri Tane."
    )
    assert _read(text) == ([], [])


def test_nominee_said_not_elected_is_left_out() -> None:
    text = (
        "At the annual meeting held on May 3, 2026, the shareholders elected "
        "Ana Prieto and Colm Daly as directors of the Company. Ana Prieto was not "
        "elected because she did not receive a majority of the votes cast."
    )
    # the sentence that names both is read after the failure, which wins
    assert _read(text) == ([("Colm Daly", ELECTED_NAMES.id)], ["Ana Prieto"])


def test_directors_whose_terms_continue_are_not_elected() -> None:
    text = (
        "The following individuals were elected as directors at the meeting: "
        "Rosa Iturbe and Kenji Morimoto. The terms of the following directors "
        "continued after the meeting: Albin Kraus and Maeve Tierney."
    )
    found, _ = _read(text)
    assert found == [
        ("Rosa Iturbe", ELECTED_LIST.id),
        ("Kenji Morimoto", ELECTED_LIST.id),
    ]


# ---- exchange AGM results ----------------------------------------------------


def test_hong_kong_poll_results_with_sub_numbered_resolutions() -> None:
    text = (
        "POLL RESULTS OF THE ANNUAL GENERAL MEETING HELD ON 28 MAY 2026\n"
        "All resolutions were duly passed by way of poll at the annual general "
        "meeting held on 28 May 2026.\n"
        "2. (a) To re-elect Mr. Chan Tai Man as an executive director of the "
        "Company;\n"
        "(b) To re-elect Ms. Lee Mei Ling as an independent non-executive director "
        "of the Company;\n"
        "3. To re-appoint Kwan & Partners as auditor.\n"
    )
    assert _read(text) == (
        [("Chan Tai Man", RESOLUTION.id), ("Lee Mei Ling", RESOLUTION.id)],
        [],
    )
    rows = _rows(text)
    assert {(r.change_type, r.effective_date) for r in rows.values()} == {
        ("elected", "2026-05-28")
    }


def test_resolutions_reported_not_passed_elect_nobody() -> None:
    text = (
        "Results of AGM held on 3 June 2026\n"
        "All other resolutions were passed. Resolutions 3, 5 and 6 were not "
        "passed.\n"
        "2. To re-elect Mr Hamish Greer as a Director.\n"
        "3. To re-elect Ms Fenella Ross as a Director.\n"
        "4. To re-appoint Hollins Ward LLP as auditor.\n"
        "5. To elect Mr Piotr Zielinski as a Director.\n"
    )
    # a sitting director who stood for re-election and lost is removed; a new
    # nominee who lost is no change
    assert _read(text) == (
        [("Hamish Greer", RESOLUTION.id), ("Fenella Ross", FAILED_VOTE_ID)],
        ["Fenella Ross", "Piotr Zielinski"],
    )
    rows = _rows(text)
    assert {name: (r.change_type, r.effective_date) for name, r in rows.items()} == {
        "Hamish Greer": ("elected", "2026-06-03"),
        "Fenella Ross": ("removed", "2026-06-03"),
    }


def test_director_said_not_re_elected_is_removed() -> None:
    text = (
        "At the annual meeting held on May 3, 2026, the shareholders elected "
        "Colm Daly as a director. Ana Prieto was not re-elected, having received "
        "fewer votes for than against."
    )
    assert _read(text) == (
        [("Ana Prieto", FAILED_VOTE_ID), ("Colm Daly", ELECTED_NAMES.id)],
        ["Ana Prieto"],
    )


def test_a_notice_of_meeting_is_not_a_result() -> None:
    text = (
        "NOTICE IS HEREBY GIVEN that the Annual General Meeting of Kestrel Mining "
        "plc will be held on 12 June 2026 at 10 a.m. for the following purposes:\n"
        "1. To re-elect Mr Hamish Greer as a Director.\n"
        "2. To elect Ms Fenella Ross as a Director.\n"
    )
    assert _read(text) == ([], [])
    # a re-election proposed, not voted: no row (a new nominee "to be elected" at
    # a dated meeting is the extractor's other rules' call, as gn-028 reads)
    assert "Hamish Greer" not in _rows(text)


def test_retiring_by_rotation_before_a_re_election_is_no_departure() -> None:
    text = (
        "Result of Annual General Meeting\n"
        "All resolutions at the Annual General Meeting held on 2 July 2026 were "
        "passed on a poll.\n"
        "4. To re-elect Mr Ewan Drummond as a Director of the Company who retires "
        "by rotation in accordance with the Articles.\n"
    )
    rows = _rows(text)
    assert list(rows) == ["Ewan Drummond"]
    assert rows["Ewan Drummond"].change_type == "elected"
    assert rows["Ewan Drummond"].effective_date == "2026-07-02"


# ---- real announcements (tests/data/meetings) --------------------------------

_TABLE = VOTE_TABLE.id
_EXPECTED: dict[str, tuple[list[tuple[str, str]], list[str], str]] = {
    "gbx-8k-item507-2024.txt": (
        [
            ("Patrick J. Ottensmeyer", _TABLE),
            ("Lorie L. Tekorius", _TABLE),
            ("Kelly M. Williams", _TABLE),
        ],
        [],
        "2024-01-05",
    ),
    "hchc-8k-item507-2023.txt": (
        [
            ("Avram A. Glazer", _TABLE),
            ("Wayne Barr, Jr.", _TABLE),
            ("Warren H. Gfeller", _TABLE),
            ("Brian S. Goldstein", _TABLE),
            ("Amy M. Wilkinson", _TABLE),
        ],
        [],
        "2023-06-15",
    ),
    "bsrr-8k-item507-2022.txt": (
        [
            ("James C. Holly", _TABLE),
            ("Susan M. Abundis", _TABLE),
            ("Morris A. Tharp", _TABLE),
            ("Lynda B. Scearcy", _TABLE),
            ("Kevin J. McPhaill", _TABLE),
            ("Michele M. Gil", _TABLE),
        ],
        [],
        "2022-05-25",
    ),
    "mnro-8k-item507-2021.txt": (
        [
            ("Frederick M. Danziger", _TABLE),
            ("Stephen C. McCluski", _TABLE),
            ("Robert E. Mellor", _TABLE),
            ("Peter J. Solomon", _TABLE),
            ("Michael T. Broderick", _TABLE),
        ],
        [],
        "2021-08-17",
    ),
    "cxw-8k-item507-2019.txt": (
        [
            ("Donna M. Alvarado", _TABLE),
            ("Mark A. Emkes", _TABLE),
            ("Damon T. Hininger", _TABLE),
            ("Stacia A. Hylton", _TABLE),
            ("Harley G. Lappin", _TABLE),
            ("Anne L. Mariucci", _TABLE),
            ("Thurgood Marshall, Jr.", _TABLE),
        ],
        ["Robert J. Dennis"],  # 43,951,801 for, 49,933,646 against
        "2019-05-16",
    ),
    "fmnb-8k-item507-2023.txt": (
        [
            ("Gregory C. Bestic", _TABLE),
            ("Kevin J. Helmick", _TABLE),
            ("Neil J. Kaback", _TABLE),
            ("Terry A. Moore", _TABLE),
        ],
        [],
        "2023-04-20",
    ),
    "sgma-8k-item507-2023.txt": (
        [("Gary R. Fairhead", ELECTED_LIST.id), ("Dilip S. Vyas", ELECTED_LIST.id)],
        [],
        "2023-09-22",
    ),
    "guernsey-rns-agm-2024.txt": (
        [
            ("Graeme Ross", RESOLUTION.id),
            ("Robert King", RESOLUTION.id),
            ("Toby Birch", RESOLUTION.id),
            ("Monica Tepes", RESOLUTION.id),
        ],
        [],
        "2024-07-03",
    ),
    "lancashire-rns-agm-2022.txt": (
        [
            (name, RESOLUTION.id)
            for name in (
                "Peter Clarke",
                "Michael Dawson",
                "Simon Fraser",
                "Natalie Kershaw",
                "Robert Lusardi",
                "Alex Maloney",
                "Irene McDermott Brown",
                "Sally Williams",
            )
        ],
        [],
        "",  # the page gives no meeting date
    ),
    "ale-asx-agm-2019.txt": (
        [("Robert Mactier", RESOLUTION.id), ("Bernard Stanton", RESOLUTION.id)],
        [],
        "2019-10-29",
    ),
    "asx-capitals-agm-2023.txt": (
        [
            ("Brian Kennedy", RESOLUTION.id),
            ("Peter Johnston", RESOLUTION.id),
            ("Michael Callahan", RESOLUTION.id),
            ("David Issroff", RESOLUTION.id),
        ],
        [],
        "",  # the excerpt gives no meeting date
    ),
    "photome-rns-agm-2017.txt": ([("Lewis", RESOLUTION.id)], [], "2017-10-25"),
    "hipgnosis-rns-agm-2023.txt": ([], [], ""),  # resolutions by number only
    # Canadian reports of voting results, tables copied one cell per line
    "sec-1279944-voting-results-2015.txt": (
        [
            (name, _TABLE)
            for name in (
                "Alan Moon",
                "Arnold Klassen",
                "Jon Gill",
                "Frank Hallam",
                "Peter Crossgrove",
                "Anthony Makuch",
                "Ingrid Hibbard",
                "Diane Francis",
            )
        ],
        [],
        "",  # the excerpt gives no meeting date
    ),
    "sec-1713443-voting-results-2019.txt": (
        [
            (name, _TABLE)
            for name in (
                "Jonathan Gill",
                "Arnold Klassen",
                "Pamela Klessig",
                "Anthony Makuch",
                "Barry Olson",
                "Jeffrey Parr",
                "Raymond Threlkeld",
            )
        ],
        [],
        "2019-05-07",
    ),
    # "The election of the following nominees ...:" then one name a line; the
    # lead-in's "unless such office is earlier vacated" is no resignation
    "sec-1286597-voting-results-2011.txt": (
        [
            (name, ELECTED_LIST.id)
            for name in (
                "John A. Clarke",
                "Peter N. Cowley",
                "Arnold T. Kondrat",
                "Richard J. Lachcik",
                "Peter A. Ruxton",
                "Bernard R. van Rooyen",
                "Simon F. W. Village",
            )
        ],
        [],
        "",
    ),
}


def test_every_fixture_is_expected() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == sorted(_EXPECTED)


@pytest.mark.parametrize("name", sorted(_EXPECTED))
def test_real_results_announcements(name: str) -> None:
    document = load_document(FIXTURES / name)
    elected, failed, date = _EXPECTED[name]
    assert _read(document.text) == (elected, failed)
    rows = extract(document).rows
    assert sorted(row.person for row in rows) == sorted(n for n, _ in elected)
    assert {row.change_type for row in rows} <= {"elected"}
    assert {row.effective_date for row in rows} <= {date}


def test_html_vote_table_read_through_the_loader(tmp_path: Path) -> None:
    page = tmp_path / "8k.html"
    page.write_text(
        "<html><body><p>Item 5.07 Submission of Matters to a Vote of Security "
        "Holders</p><p>On June 4, 2026, Tallis Rock Inc. held its 2026 Annual "
        "Meeting of Stockholders.</p><p>Proposal 1: Election of Directors</p>"
        "<table><tr><td>Nominee</td><td></td><td>For</td><td>Against</td>"
        "<td>Abstain</td></tr>"
        "<tr><td>Oluwaseun Adebayo</td><td></td><td>8,100,220</td><td>91,400</td>"
        "<td>2,300</td></tr>"
        "<tr><td>Mirela Popescu</td><td></td><td>3,001,000</td><td>5,190,620</td>"
        "<td>2,300</td></tr></table></body></html>",
        encoding="utf-8",
    )
    document = load_document(page)
    assert _read(document.text) == (
        [("Oluwaseun Adebayo", VOTE_TABLE.id)],
        ["Mirela Popescu"],
    )
    rows = extract(document).rows
    assert [(r.person, r.change_type, r.effective_date) for r in rows] == [
        ("Oluwaseun Adebayo", "elected", "2026-06-04")
    ]


# ---- the development corpus --------------------------------------------------


@pytest.mark.corpus
def test_corpus_vote_table_and_named_re_elections(corpus: Path) -> None:
    oracle = extract(load_document(corpus / "raw" / "gn-030.html")).rows
    assert len(oracle) == 13
    assert {(r.change_type, r.effective_date, r.role) for r in oracle} == {
        ("elected", "2024-11-14", "director")
    }
    smx = extract(load_document(corpus / "raw" / "gn-024.txt")).rows
    assert {(r.person, r.change_type, r.effective_date) for r in smx} == {
        ("Zeren Browne", "elected", "2025-02-12"),
        ("Roger Meltzer", "elected", "2025-02-12"),
        ("Pebble Sia Huei-Chieh", "elected", "2025-02-12"),
    }
    unnamed = extract(load_document(corpus / "raw" / "gn-040.txt")).rows
    assert unnamed == ()


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---

BALLOT_TABLE = """
Nominee                     For          Withheld
Talia R. Brennerman         9,120,400    102,330
Osvaldo Quintanar           9,004,118    218,612
Henrike van Aalst           9,187,002     35,728
"""

PERCENT_TABLE = """
   Nominee                    Votes For     % For    Votes Withheld
   Petronella Vask            8,120,400     98.7%       102,330
   Idris Mwangaza-Hale        8,004,118     97.3%       218,612
   Lucan Ferreira Dias        8,187,002     99.5%        35,728
"""


def test_vote_table_of_directors_elected_at_the_annual_meeting(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Item 5.07 Submission of Matters to a Vote of Security Holders.\n"
        "At the Annual Meeting of Shareholders held on May 10, 2024, the "
        "shareholders voted as follows:\n"
        "(1) The following 3 persons were elected to serve as directors:\n"
        "Nominee For Against Abstain\n"
        "Ann Lee 1,000 20 5\nBob Roy 990 30 5\nCid Moe 980 40 5\n"
        "(2) The shareholders ratified the appointment of the auditors.\n"
    )
    result = extracted(text, rules_only=True)
    rows = result.rows
    assert [(r.person, r.change_type, r.effective_date) for r in rows] == [
        ("Ann Lee", "elected", "2024-05-10"),
        ("Bob Roy", "elected", "2024-05-10"),
        ("Cid Moe", "elected", "2024-05-10"),
    ]
    assert "meeting.vote_table:confirms" in result.row("Ann Lee").rules


def test_meeting_held_yesterday_dates_the_votes_and_changes_at_the_meeting(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. said that at its Annual Meeting of "
        "Stockholders held yesterday, stockholders elected Nadine Orlov to the "
        "Board of Directors. Victor Hale retired from the Board at the end of the "
        "meeting. Right after the meeting, the Board appointed Mona Trell, a "
        "director since 2016, to succeed Mr. Hale as chair of the Risk Committee."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert {p: (r.change_type, r.effective_date) for p, r in rows.items()} == {
        "Nadine Orlov": ("elected", "2026-10-05"),
        "Victor Hale": ("retired", "2026-10-05"),
        "Mona Trell": ("role_change", "2026-10-05"),
    }


def test_meeting_dated_by_the_sentence_that_says_it_was_held(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Item 5.07 Submission of Matters to a Vote of Security Holders.\n\nOn June 3, "
        "2026, Pellow Mills Corp. held its Annual Meeting of Stockholders. At the "
        "meeting, the stockholders elected the following nominees as directors:\n\n"
        "Nominee | For | Withheld\nGeza Farkas | 9,100,200 | 20,400\nLiv Amundsen | "
        "9,050,000 | 70,600\n"
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Geza Farkas", "Liv Amundsen"}
    assert {r.effective_date for r in rows.values()} == {"2026-06-03"}
    assert "meeting.vote_table:confirms" in result.row("Geza Farkas").rules


def test_special_meeting_elects_nominees_described_before_the_names(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane Minerals Inc. announced the results of its special "
        "meeting held on October 3, 2026. Stockholders elected the two candidates "
        "proposed by Ashby Ridge Capital LLC, Ngozi Eze and Lars Holmqvist, to serve "
        "until the next annual meeting."
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {"Ngozi Eze", "Lars Holmqvist"}
    assert {r.change_type for r in rows.values()} == {"elected"}
    assert {r.effective_date for r in rows.values()} == {"2026-10-03"}
    assert "board:shareholders_elect" in result.row("Ngozi Eze").rules


def test_a_table_of_voting_results_is_no_list_of_changes(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Kestrel Ridge Oil Ltd. reports that shareholders re-elected all "
        "eight nominees at its annual meeting held on October 1, 2026. Among the "
        "directors elected at the meeting was one first-time nominee, Oksana "
        "Melnyk, who joins the Board effective as of the meeting.\n\n"
        "Detailed voting results for the election of directors are set out below:\n\n"
        "Nominee                 Votes For     %\n"
        "Oksana Melnyk           41,220,118    98.72\n"
        "Graham Achterberg       41,503,662    98.86\n"
        "Yusuf Demir             40,877,901    97.85\n"
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Oksana Melnyk"}


def test_nominees_elected_in_the_lead_in_without_board_word(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. held its annual meeting on October 30, 2026."
        "\n\nItem 1 - Election of Directors.\n\nEach of the three nominees was elected "
        "to serve until the next annual meeting, with the following votes:\n"
        + BALLOT_TABLE
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {
        "Talia R. Brennerman",
        "Osvaldo Quintanar",
        "Henrike van Aalst",
    }
    assert {row.change_type for row in rows.values()} == {"elected"}
    assert "lists:lead_in" in result.row("Osvaldo Quintanar").rules


def test_results_as_follows_after_nominees_were_elected(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. announced that all three nominees were "
        "elected as directors at its annual meeting held on October 30, 2026. Each "
        "director will serve until a successor is elected.\n\nThe results of the "
        "ballot are as follows:\n" + BALLOT_TABLE
    )
    result = extracted(text, rules_only=True)
    rows = result.by_person()
    assert set(rows) == {
        "Talia R. Brennerman",
        "Osvaldo Quintanar",
        "Henrike van Aalst",
    }
    assert "meeting.vote_table:confirms" in result.row("Henrike van Aalst").rules


def test_results_as_follows_without_an_election_statement_is_no_list(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Quellbrook Mills Inc. held its annual meeting of the Board "
        "of Directors on October 30, 2026.\n\nThe results of the ballot are as "
        "follows:\n" + BALLOT_TABLE
    )
    assert extracted(text, rules_only=True).by_person() == {}


def test_vote_table_announced_as_set_out_below(
    extracted: Callable[..., Extracted],
) -> None:
    for closing in (
        "The detailed ballot results are set out below.",
        "Voting details are shown below.",
        "The tally for each nominee is listed below.",
    ):
        text = (
            DATELINE + "Skarvik Timber Ltd. reports that each of the three nominees "
            "named in its proxy circular was elected as a director at its annual "
            "meeting held on October 30, 2026. " + closing + "\n" + PERCENT_TABLE
        )
        rows = extracted(text, rules_only=True).by_person()
        assert set(rows) == {
            "Petronella Vask",
            "Idris Mwangaza-Hale",
            "Lucan Ferreira Dias",
        }, closing
        assert {row.change_type for row in rows.values()} == {"elected"}
        assert all("meeting.vote_table:confirms" in r.rules for r in rows.values())


def test_below_without_an_election_is_no_list(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Skarvik Timber Ltd. thanks its employees. Our plant managers are "
        "listed below.\n" + PERCENT_TABLE
    )
    assert extracted(text, rules_only=True).by_person() == {}

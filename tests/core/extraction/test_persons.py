"""Person or not: a capitalised run becomes a person only if it looks like one.

Rule family ``persons`` (reviewer/core/extraction/persons): name lists, shape,
honorifics and context, and the filter in ``names.find_mentions`` that uses them.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.extraction.names import find_mentions
from reviewer.core.extraction.persons import (
    NameContext,
    features,
    is_person,
    leading_noise,
    person_likelihood,
)
from reviewer.core.extraction.persons.lexicon import (
    english_words,
    given_names,
    lower_words,
    surnames,
)
from tests.core.extraction.conftest import (
    DATELINE,
    DATELINE_2024,
    DATELINE_OCT,
    HK_DATE,
    Extracted,
)

ROOT = Path(__file__).resolve().parents[3]
NONANNOUNCEMENTS = ROOT / "data" / "nonannouncements"

# (name, the sentence it was written in): people, in real announcements' words.
PEOPLE = [
    ("Jane Doe", "The Board appointed Jane Doe, a partner at the firm, as a director."),
    ("Jane Doe", "Jane Doe, a company director, was appointed to the Board."),
    (
        "Zou Tao",
        "Mr. Zou Tao has tendered his resignation as a director of the Company.",
    ),
    ("Tao Zou", "Tao Zou resigned from the board of directors on December 14, 2020."),
    ("Ms. TAN Shu Fen", "The Board announces that Ms. TAN Shu Fen has been appointed."),
    (
        "Lam Pui Yee, Cynthia",
        'Ms. Lam Pui Yee, Cynthia ("Ms. Lam") has been appointed.',
    ),
    ("Lisa M. Mooney", "The Board elected Lisa M. Mooney as an independent director."),
    (
        "Joseph J. Rutherford, Jr.",
        "Joseph J. Rutherford, Jr. will retire from the Board.",
    ),
    (
        'William M. "Bill" Brown',
        'William M. "Bill" Brown joined the Board of Directors.',
    ),
    ("Eugene F. DeMark", "Eugene F. DeMark | 287,829,940 | 1,410,775 | 3,936,780"),
    ("Christopher G. McCann", "Christopher G. McCann | 281,565,032 | 7,675,683"),
    (
        "Chumpol NaLamlieng",
        "Frasers Property has appointed Chumpol NaLamlieng as Chairman.",
    ),
    (
        "Dr. Khalid M. Al-Ali",
        "The Company appointed Dr. Khalid M. Al-Ali to its Board.",
    ),
    ("Helena Buonanno Foulkes", "Helena Buonanno Foulkes was elected to the Board."),
    ("Mr. Pruett", "Mr. Pruett was also named Secretary to the parent's board."),
    ("Norm Pozez", "Norm Pozez, aged 68, will step down from the board."),
    ("Patricia Newcomer", "Contact: Patricia Newcomer, patricia.newcomer@example.com"),
    ("Xylo Quandt", "Xylo Quandt has been appointed to the Board."),  # on no list
    ("Will Grant", "The board will grant options to Will Grant, who joins today."),
    ("Kris Pederson", "Kris Pederson will join the Board effective May 1, 2025."),
    ("Jeff Nolan", "Co-Founder, President and CEO Jeff Nolan has been named."),
    ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati joined the board."),
    ("Lim Kok Thay", "Tan Sri Dato' Lim Kok Thay was re-elected."),
]

# Capitalised runs that are not people, as 10-Ks, prospectuses and proxies write them.
NOT_PEOPLE = [
    (  # an organisation described right after its name
        "Citrine Informatics",
        "Other Boards: Director, Citrine Informatics, an AI/machine learning "
        "software provider for chemical companies (2018 to present)",
    ),
    (
        "Halden Capital",
        "She joined Halden Capital, a Toronto-based investment firm, in 2019.",
    ),
    (
        "Amended Articles",
        "The Amended Articles impose certain restrictions on transfer.",
    ),
    (
        "Listing Obligations",
        "Regulation 30 of the SEBI (Listing Obligations and Disclosure"
        " Requirements) Regulations, 2015 requires the disclosure.",
    ),
    (
        "Card Interchange Fee",
        "The Card Interchange Fee litigation was settled; the fee"
        " and the card network were not changed.",
    ),
    (
        "Expense Disaggregation Disclosures",
        "ASU 2024-03, Expense Disaggregation"
        " Disclosures, requires disclosures of expense in the notes.",
    ),
    (
        "Mandatory Convertible",
        "the Mandatory Convertible Preferred Stock is mandatory"
        " and convertible into common stock",
    ),
    ("Ownership Restrictions", "The Ownership Restrictions remain in effect."),
    ("Valuation Designee", "to assist with its responsibilities as Valuation Designee"),
    (
        "If Proposal",
        "If Proposal 3 is approved, the directors will be elected annually.",
    ),
    ("Promised Fee", "amounts deferred into Promised Fee Shares are paid"),
    (
        "DaimlerChrysler Nederland",
        "a Supervisory Board member of DaimlerChrysler Nederland.",
    ),
    ("San Francisco", "a partner of Pillsbury Winthrop LLP (San Francisco, USA)."),
    ("Royal Vendex", "She is also a Supervisory Board member of Royal Vendex KBB."),
    ("Balance Sheet", "Consolidated Balance Sheet at December 31, 2024"),
    ("Supplemental Indenture", "Fifth Supplemental Indenture, dated as of May 1, 2024"),
    ("Curriculum Vitae", "(2) Curriculum Vitae of new External Directors"),
    ("Hong Kong", "The Company is incorporated in Hong Kong."),
    ("Tan Sri", "Tan Sri Dato' Lim Kok Thay was re-elected."),
]


@pytest.mark.parametrize(("name", "sentence"), PEOPLE, ids=[n for n, _ in PEOPLE])
def test_people_are_people(name: str, sentence: str) -> None:
    assert person_likelihood(name, sentence) >= 0.5, features(
        name, NameContext.around(sentence, *_span(sentence, name))
    )


@pytest.mark.parametrize(
    ("name", "sentence"), NOT_PEOPLE, ids=[n for n, _ in NOT_PEOPLE]
)
def test_things_are_not_people(name: str, sentence: str) -> None:
    assert person_likelihood(name, sentence) < 0.5, features(
        name, NameContext.around(sentence, *_span(sentence, name))
    )


def _span(sentence: str, name: str) -> tuple[int, int]:
    at = sentence.find(name)
    return at, at + len(name)


# (sentence, the names find_mentions keeps): the filter inside the name finder.
MENTIONS = [
    (
        "The Amended Articles impose restrictions, and the articles were amended.",
        [],
    ),
    (
        'Mr. Zou Tao resigned and Ms. Lam Pui Yee, Cynthia ("Ms. Lam") was appointed.',
        ["Zou Tao", "Lam Pui Yee", "Lam"],
    ),
    (
        "Nil Nil\nGeorge Stubos, Former Director, resigned; nil was paid.",
        ["George Stubos"],
    ),
    (
        "Years V. James Vena was elected. Directors serve for three years.",
        ["V. James Vena"],
    ),
    (
        "Lisa M. Mooney and Joseph J. Rutherford joined.",
        ["Lisa M. Mooney", "Joseph J. Rutherford"],
    ),
    # not trimmed to "Interchange Fee": what is left must open with a given name
    ("The Card Interchange Fee litigation; the card fee.", []),
    ("Tan Sri Dato' Lim Kok Thay was re-elected.", ["Lim Kok Thay"]),
]


@pytest.mark.parametrize(("text", "names"), MENTIONS)
def test_find_mentions_keeps_only_people(text: str, names: list[str]) -> None:
    found = [" ".join(m.tokens) for m in find_mentions(text, 0, len(text))]
    assert found == names


def test_each_mention_carries_its_likelihood() -> None:
    text = "Xylo Quandt and Mr. Zou Tao, aged 54, joined the board."
    first, second = find_mentions(text, 0, len(text))
    assert first.likelihood == pytest.approx(person_likelihood("Xylo Quandt", text))
    assert 0.5 <= first.likelihood < second.likelihood <= 1.0


def test_a_suffix_and_an_english_name_stay_on_the_mention() -> None:
    text = 'Joseph J. Rutherford, Jr. and Lam Pui Yee, Cynthia ("Ms. Lam") resigned.'
    mentions = find_mentions(text, 0, len(text))
    assert [(m.tokens, m.suffix) for m in mentions] == [
        (("Joseph", "J.", "Rutherford"), "Jr."),
        (("Lam", "Pui", "Yee"), "Cynthia"),
        (("Lam",), ""),
    ]


# (name, sentence, evidence kind, count): one row per kind of evidence.
EVIDENCE = [
    ("Lisa M. Mooney", "Lisa M. Mooney joined.", "known", 2.0),
    ("Lisa M. Mooney", "Lisa M. Mooney joined.", "initials", 1.0),
    ("Mr. Quorvex Zandt", "Mr. Quorvex Zandt joined.", "honorific", 1.0),
    ("Quorvex Zandt, Jr.", "Quorvex Zandt, Jr. joined.", "suffix", 1.0),
    ('Quorvex "Q" Zandt', 'Quorvex "Q" Zandt joined.', "nickname", 1.0),
    ("Quorvex Zandt", "Quorvex Zandt, aged 61, joined.", "cue", 1.0),
    ("Quorvex Zandt", "Quorvex Zandt (63) joined.", "cue", 1.0),
    ("Quorvex Zandt", "Dear Quorvex Zandt:", "cue", 1.0),
    ("Listing Obligations", "the listing obligations", "common", 2.0),
    ("Disaggregation Disclosures", "Disaggregation Disclosures", "common", 2.0),
    ("Balance Sheet", "Balance Sheet", "common", 2.0),
    ("If Proposal", "If Proposal 3 passes", "never", 1.0),
    ("DaimlerChrysler Quandt", "DaimlerChrysler Quandt", "camel", 1.0),
    ("Hong Kong", "Hong Kong", "place", 1.0),
    ("Quorvex Zandt", "offices in Quorvex Zandt", "place", 1.0),
    ("Royal Vendex", "a board member of Royal Vendex KBB", "org", 1.0),
]


@pytest.mark.parametrize(("name", "sentence", "kind", "count"), EVIDENCE)
def test_each_kind_of_evidence_is_counted(
    name: str, sentence: str, kind: str, count: float
) -> None:
    assert features(name, sentence)[kind] == count


def test_leading_words_that_are_not_the_name_are_counted() -> None:
    lower = frozenset({"years", "nil"})
    assert leading_noise(["Years", "V.", "James", "Vena"], lower) == 1
    assert leading_noise(["Nil", "Nil", "George", "Stubos"], lower) == 2
    assert leading_noise(["George", "Stubos"], lower) == 0  # two words stay


def test_features_give_the_evidence_as_numbers() -> None:
    sentence = "Mr. Zou Tao, aged 54, said he would resign."
    found = features("Mr. Zou Tao", NameContext.around(sentence, 0, 11))
    assert found["honorific"] == 1.0
    assert found["known"] == 2.0
    assert found["cue"] == 1.0
    assert found["common"] == 0.0
    assert 1 / (1 + 2.718281828 ** -found["log_odds"]) == pytest.approx(
        person_likelihood("Mr. Zou Tao", sentence), abs=1e-6
    )
    words = features("Amended Articles", "the articles as amended")
    assert words["common"] == 2.0
    assert words["log_odds"] < 0


def test_context_raises_an_unknown_name() -> None:
    bare = person_likelihood("Quorvex Zandt")
    assert person_likelihood("Quorvex Zandt", "Quorvex Zandt, aged 61, said:") > bare
    assert person_likelihood("Mr. Quorvex Zandt") > bare
    assert is_person("Quorvex Zandt")  # no evidence either way: kept


@given(st.text(max_size=60), st.text(max_size=200))
def test_any_text_scores_between_zero_and_one(name: str, context: str) -> None:
    assert 0.0 <= person_likelihood(name, context) <= 1.0
    assert 0.0 <= person_likelihood(name, context + name) <= 1.0


@pytest.mark.parametrize("name", ["", "   ", "J.", "—", ", ,"])
def test_nothing_to_name_is_no_person(name: str) -> None:
    assert not is_person(name)


def test_lower_case_words_skip_addresses() -> None:
    words = lower_words(
        "Write to roger.schrum@sonoco.com or see www.sonoco.com/ir today."
    )
    assert "today" in words
    assert not {"roger", "schrum", "sonoco", "com", "ir"} & words


def test_name_lists_are_shipped_and_read() -> None:
    assert {"lisa", "joseph", "cynthia", "tao"} <= given_names()
    assert {"mooney", "rutherford", "zou", "tan", "lam"} <= surnames()
    assert "balance" in english_words()
    assert not english_words() & {"lisa", "mooney"}  # names are not common words
    assert len(given_names()) > 10_000
    assert len(surnames()) > 10_000


# Real EDGAR filings that are not board announcements (10-K, 10-Q, 20-F, 424B
# prospectuses, proxies, 485BPOS, 13F, SC 13G, SC TO, forms 3/4, EX-21, 6-Ks and
# 8-Ks on other items), kept in data/nonannouncements with their provenance.


def _reviewed_people() -> dict[str, set[str]]:
    people: dict[str, set[str]] = {}
    lines = (NONANNOUNCEMENTS / "people.tsv").read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(
        (ln for ln in lines if not ln.startswith("#")), delimiter="\t"
    )
    for row in rows:
        people.setdefault(row["file"], set()).add(row["person"])
    return people


def test_filings_that_are_not_announcements_name_no_non_person() -> None:
    from reviewer.core.evaluate import direction
    from reviewer.io.errors import LoadError
    from reviewer.io.pipeline import open_and_extract

    manifest = (NONANNOUNCEMENTS / "manifest.tsv").read_text(encoding="utf-8")
    files = [
        row["file"] for row in csv.DictReader(manifest.splitlines(), delimiter="\t")
    ]
    assert len(files) >= 30
    people = _reviewed_people()
    rows = 0
    refused: list[str] = []
    offenders: list[str] = []
    for name in files:
        try:
            loaded = open_and_extract(NONANNOUNCEMENTS / name)
        except LoadError as exc:  # refused with a reason is fine
            refused.append(f"{name}: {exc}")
            continue
        for row in loaded.extraction.rows:
            if not direction(row.change_type):
                continue
            rows += 1
            if row.person not in people.get(name, set()):
                offenders.append(f"{name}: {row.person!r} {row.change_type}")
    assert not offenders, (
        f"{len(offenders)} of {rows} event rows name something not reviewed as a"
        " person (if it is one, add it to data/nonannouncements/people.tsv):\n"
        + "\n".join(offenders)
    )
    assert all(reason.split(": ", 1)[1].strip() for reason in refused), refused
    assert len(refused) < len(files)


def test_no_non_announcement_filing_is_a_corpus_announcement() -> None:
    """A board announcement copied in here would make the set test the wrong thing."""
    import hashlib

    def digests(folder: Path) -> dict[str, str]:
        return {
            hashlib.sha256(p.read_bytes()).hexdigest(): p.name
            for p in sorted(folder.iterdir())
            if p.is_file()
        }

    corpus = digests(ROOT / "data" / "corpus" / "raw")
    filings = digests(NONANNOUNCEMENTS)
    assert len(corpus) > 100
    assert len(filings) > 30
    copies = sorted(
        f"{name} is corpus/raw/{corpus[digest]}"
        for digest, name in filings.items()
        if digest in corpus
    )
    assert not copies, "announcements in data/nonannouncements:\n" + "\n".join(copies)


def test_every_reviewed_person_belongs_to_a_filing_of_the_set() -> None:
    manifest = (NONANNOUNCEMENTS / "manifest.tsv").read_text(encoding="utf-8")
    files = {
        row["file"] for row in csv.DictReader(manifest.splitlines(), delimiter="\t")
    }
    on_disk = {p.name for p in NONANNOUNCEMENTS.iterdir()} - {
        "manifest.tsv",
        "people.tsv",
        "README.md",
    }
    assert files == on_disk
    assert set(_reviewed_people()) <= files


# --- Moved from the round files tests/core/test_extract_rules*.py (#12) ---


def _tokens(text: str) -> list[tuple[str, ...]]:
    return [m.tokens for m in find_mentions(text, 0, len(text))]


def test_surname_first_name_and_later_reference(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Mr. Zhang Wei, a director of "
        "the Company, has resigned from the Board. The Board thanks Mr. Zhang for "
        "his service."
    )
    rows = extracted(text, rules_only=True).rows
    assert [r.person for r in rows] == ["Zhang Wei"]


def test_nickname_and_later_references_are_one_person(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + 'Acme Widgets Inc. announced that William "Bill" Hartman has '
        "been elected to the Board of Directors. Mr. Hartman joined Acme in 2001. "
        "Bill Hartman will serve on the Audit Committee."
    )
    rows = extracted(text, rules_only=True).rows
    assert [(r.person, r.change_type) for r in rows] == [("William Hartman", "elected")]


def test_later_reference_by_surname_alone(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets Inc. announced that Martha Kent will become a "
        "senior advisor to the Company. Kent will step down from the Board on June "
        "30, 2024. She joined Acme Widgets in 2001."
    )
    (row,) = extracted(text, rules_only=True).rows
    assert (row.person, row.change_type) == ("Martha Kent", "resigned")
    assert row.effective_date == "2024-06-30"


def test_titles_before_names_and_appositives_with_other_names(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_2024 + "Acme Widgets names Rosa Parks as its lead independent board "
        "director. Another Acme board member, Globex CEO Jim Lovell, will not be "
        "seeking re-election at the next annual meeting. Acme board member Ken Kesey "
        "announced he would be stepping down. The change came a month after Dana "
        "Scott, the founder of Initech and a friend of Chief Executive Officer Ben "
        "Ford, joined the board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Rosa Parks"].role == "lead independent board director"
    assert rows["Jim Lovell"].change_type == "not_standing"
    assert rows["Ken Kesey"].change_type == "resigned"
    assert rows["Dana Scott"].change_type == "appointed"
    assert "Ben Ford" not in rows
    assert all(" " in person for person in rows)  # no "Another Acme"


def test_apostrophe_surnames_with_curly_or_straight_marks(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. (NYSE: PLM) said that Siobhan D’Arcy-Quinn "
        "has resigned from the Board. The Board appointed Conor O'Malley as a "
        "director. Ms. D’Arcy-Quinn thanked the team."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Siobhan D’Arcy-Quinn"].change_type == "resigned"
    assert rows["Conor O'Malley"].change_type == "appointed"


def test_jr_written_as_a_word_is_a_suffix_and_keeps_the_list(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. said that Walter P. Ashgrove Jr. and Ines "
        "Bramwell stepped down from the Board of Directors on October 2."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Walter P. Ashgrove, Jr.", "Ines Bramwell"}
    assert {r.change_type for r in rows.values()} == {"resigned"}


def test_double_surname_later_is_the_same_person(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Ana Lucía Serrano Gil, a "
        "director since 2015, will leave the company. Ms. Serrano Gil has resigned "
        "from the Board, effective October 9."
    )
    rows = extracted(text, rules_only=True).rows
    assert [(r.person, r.change_type) for r in rows] == [
        ("Ana Lucía Serrano Gil", "resigned")
    ]


def test_organisation_with_a_foreign_legal_ending_is_not_a_person(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Pellow Mills Announces Appointment of Andes Cobre Nominee to Board\n\n"
        + DATELINE_OCT
        + "Pellow Mills Corp. announced that Tomasz Lindgren has joined the Board "
        'of Directors as the nominee of Andes Cobre S.A. ("Andes Cobre").'
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Tomasz Lindgren"}


def test_number_words_and_form_item_titles_are_not_names(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Item 5.02 Departure of Directors or Certain Officers; Election of Directors; "
        "Appointment of Certain Officers; Compensatory Arrangements of Certain "
        "Officers.\n\nOn October 1, 2026, Mr. Orrin Vesk notified the Board that he "
        "would resign as a director. At the time of his resignation, Mr. Vesk "
        "chaired the Audit Committee.\n\nFour Ridgeback directors will join the "
        "Board after the merger closes."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Orrin Vesk"}
    assert rows["Orrin Vesk"].change_type == "resigned"


def test_two_particles_in_a_surname(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. said that Lotte van den Broek told the Board "
        "she will not stand for re-election at the annual meeting."
    )
    assert (
        extracted(text, rules_only=True).by_person()["Lotte van den Broek"].change_type
        == "not_standing"
    )


def test_title_words_and_places_after_an_organisation_are_not_people(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. said that Chief Retail Lending Officer Nora "
        "Pike was elected to the board of the Community Trust of Western Maine, and "
        "that Lee Vos has resigned from the Board of Pellow Mills Corp."
    )
    people = extracted(text, rules_only=True).people()
    assert "Retail Lending" not in people
    assert "Western Maine" not in people
    assert {"Nora Pike", "Lee Vos"} <= people


def test_a_bullet_item_wrapped_after_a_first_name(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced changes to its Board:\n\n• Ines\n"
        "Marlow has been appointed as an independent director.\n• Piet Obi has "
        "retired from the Board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Ines Marlow"].change_type == "appointed"
    assert rows["Piet Obi"].change_type == "retired"


def test_titles_before_a_name_are_not_part_of_it(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that Professor Edith Kramer and "
        "Ambassador Luis Pardo have been appointed to the Board of Directors."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {
        "Edith Kramer",
        "Luis Pardo",
    }


def test_contract_and_cover_page_terms_are_not_people(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Pellow Mills Corp. said that Ravi Dutt resigned from the Board. "
        "Under the agreement, his Base Salary and Bonus Payment end with the Initial "
        "Term, except for Good Reason. See Risk Factors and the Telephone Number "
        "listed on the cover."
    )
    people = extracted(text, rules_only=True).people()
    assert people == {"Ravi Dutt"}


def test_headline_verbs_places_and_industry_words_are_not_people(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Noor Haddad Leads Expansion in British Columbia\n\n"
        + DATELINE_OCT
        + "Pellow Mills Corp. said that Noor Haddad, formerly of Atlas Petroleum and "
        "Juniper Pharma, has joined the Board of Directors."
    )
    people = extracted(text, rules_only=True).people()
    assert "British Columbia" not in people
    assert "Noor Haddad Leads Expansion" not in people
    assert not any("Petroleum" in p or "Pharma" in p for p in people)
    assert [r.person for r in extracted(text, rules_only=True).rows] == ["Noor Haddad"]


def test_hyphenated_surname_wrapped_at_the_hyphen(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Pellow Mills Corp. announced that the Board elected Nia Osei-\n"
        "Mensah as a director. Ms. Osei-Mensah will serve on the Audit Committee."
    )
    rows = extracted(text, rules_only=True).rows
    assert [(r.person, r.change_type) for r in rows] == [("Nia Osei-Mensah", "elected")]
    assert rows[0].committees == "audit"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("elected Łukasz Zieliński as", ("Łukasz", "Zieliński")),
        ("elected Dr. Nguyễn Văn Đức as", ("Nguyễn", "Văn", "Đức")),
        ("said Ms. Şebnem Çelik-Aydın today", ("Şebnem", "Çelik-Aydın")),
        ("named Park Ji-hoon, a director", ("Park", "Ji-hoon")),
        ("said Leung Siu-ming has", ("Leung", "Siu-ming")),
        ("said Mr. Tariq al-Mansour has", ("Tariq", "al-Mansour")),
        ("said Nur Aisyah binti Kamal has", ("Nur", "Aisyah", "binti", "Kamal")),
        (
            "said María Isabel Ortega de los Ríos has",
            ("María", "Isabel", "Ortega", "de", "los", "Ríos"),
        ),
        ("said Pieter van der Westhuizen has", ("Pieter", "van", "der", "Westhuizen")),
        ("said Róisín Ní Dhonnchadha has", ("Róisín", "Ní", "Dhonnchadha")),
        ("said Louis-Philippe d'Argenson has", ("Louis-Philippe", "d'Argenson")),
        ("said Margaret St. Clair has", ("Margaret", "St.", "Clair")),
    ],
)
def test_name_tokens_take_every_latin_letter_hyphen_and_particle(
    text: str, tokens: tuple[str, ...]
) -> None:
    assert tokens in _tokens(text)


def test_lowercase_hyphen_words_are_not_given_names() -> None:
    assert _tokens("Co-chair Ruth Okonedo and the Re-elect Committee") == [
        ("Ruth", "Okonedo")
    ]


def test_accented_and_hyphenated_names_make_whole_rows(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Barrowfield Instruments Inc. (NYSE: BFI) announced that "
        "Ólafur Þórðarson has resigned from the Board of Directors, effective "
        "immediately. The Board appointed Cheung Wai-keung as a director. "
        "Mr. Cheung chairs a logistics firm."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Ólafur Þórðarson"].change_type == "resigned"
    assert rows["Cheung Wai-keung"].change_type == "appointed"


def test_sentence_ends_before_a_capital_with_a_diacritic(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT
        + "Barrowfield Instruments Inc. said Nadia Reyes has resigned from "
        "the Board. Ōmura Kenji was appointed as a director."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Nadia Reyes"].change_type == "resigned"
    assert rows["Ōmura Kenji"].change_type == "appointed"
    assert "Ōmura" not in rows["Nadia Reyes"].evidence


def test_a_later_reference_may_open_with_particles(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE_OCT + "Corvane Inc. said Marta de la Vega joined the company in 2004. "
        "Today the Board appointed Ms. de la Vega as a director. Sheikh Faisal bin "
        "Khalid Al Nahyan has also been appointed to the Board."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Marta de la Vega"].change_type == "appointed"
    assert rows["Faisal bin Khalid Al Nahyan"].change_type == "appointed"


def test_a_long_capitalised_headline_keeps_the_whole_name(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "Stonemere Regional Utilities Chairman Gordon P. Ashgrove Sr. to Retire\n\n"
        + DATELINE
        + "Stonemere Regional Utilities Inc. announced that Gordon P. Ashgrove Sr., "
        "who has chaired the Board since 2015, will retire from the Board at the "
        "annual meeting."
    )
    rows = extracted(text, rules_only=True).rows
    assert [row.person for row in rows] == ["Gordon P. Ashgrove, Sr."]


def test_upper_case_surname_first_after_an_honorific(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Hoiwan Logistics Ltd. announces that Mr. CHEUNG Kwok Ming has "
        "resigned as an independent director, effective November 1, 2026. The Board "
        "has appointed Ms. LOH Mei Ling as an independent director. Mr. CHEUNG's "
        "resignation was due to personal reasons. Ms. LOH holds a degree in law."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"CHEUNG Kwok Ming", "LOH Mei Ling"}
    assert rows["CHEUNG Kwok Ming"].change_type == "resigned"
    assert rows["LOH Mei Ling"].change_type == "appointed"


def test_acronyms_are_not_names(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Hoiwan Logistics Ltd. (HKEX: 2291) said the CEO, Ms. Loh, and the "
        "CFO met NYSE officials. The Board has appointed Priam Tsang as a director."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Priam Tsang"}


def test_hong_kong_english_given_name_after_a_comma(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "The Board of Kowloon Harbourfront Holdings Limited announces that "
        'Mr. Chan Ka Ho, Vincent ("Mr. Chan"), an executive Director, has been '
        "appointed as the vice chairman of the Board with effect from 1 December 2026."
        " Mr. Chan has been an executive Director since 2018."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Chan Ka Ho, Vincent"}
    assert rows["Chan Ka Ho, Vincent"].change_type == "role_change"


def test_a_title_after_a_comma_is_no_given_name(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        DATELINE + "Kowloon Harbourfront Holdings Limited announces that Mr. Chan Ka "
        "Ho, Director, has resigned from the Board with effect from 1 December 2026."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Chan Ka Ho"}


# Rule name:post_nominals (persons/credentials.py): degrees, fellowships and
# honours after a name belong to the mention, never to the name or to a person.
@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "Helix Cardio, Inc. announced that Marisol Quint, M.D., FAHA, and "
            "Tobias Wren, Ph.D., have joined its Board of Directors.",
            {"Marisol Quint", "Tobias Wren"},
        ),
        (
            "Helix Cardio, Inc. announced that Marisol Quint, MD, MPH and Tobias "
            "Wren, PhD have been appointed to its Board of Directors.",
            {"Marisol Quint", "Tobias Wren"},
        ),
        (
            "Coralbay Health Limited (ASX: CBH) announces the appointment of Dr "
            "Anneliese Brack MBBS FRACP as a Non-Executive Director, effective 1 "
            "December 2026.",
            {"Anneliese Brack"},
        ),
        (
            "The Board of Lionsgate Marine Ltd announces that Mr Tan Wei Ming, PBM, "
            "BBM has been appointed as an Independent Director with effect from 1 "
            "December 2026.",
            {"Tan Wei Ming"},
        ),
        (
            "Northfield Gold Corp. (TSX: NFG) announced that Gideon Marsh CPA, CA and "
            "Priya Halvorsen FCA have been appointed to its Board of Directors.",
            {"Gideon Marsh", "Priya Halvorsen"},
        ),
    ],
)
def test_credentials_after_a_name_are_not_the_name(
    extracted: Callable[..., Extracted], sentence: str, people: set[str]
) -> None:
    rows = extracted(DATELINE + sentence).by_person()
    assert set(rows) == people
    assert {r.change_type for r in rows.values()} == {"appointed"}


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Jane Roe, M.D., FAHA, and John Doe", "Jane Roe, M.D., FAHA"),
        ("Dr Ann Lee MBBS FRACP as a director", "Dr Ann Lee MBBS FRACP"),
        ("Mr Chan Tai Man, BBS, JP has resigned", "Mr Chan Tai Man, BBS, JP"),
        ("Lord Kelvin Smith KT CH has been appointed", "Lord Kelvin Smith KT CH"),
        # ambiguous letters after a comma alone: a state, not a credential
        ("Gideon Marsh, CA and others", "Gideon Marsh"),
        # a bank after a name is not a credential
        ("Gideon Marsh, JP Morgan Chase", "Gideon Marsh"),
        ("Gideon Marsh, CEO of Northfield", "Gideon Marsh"),
    ],
)
def test_the_mention_covers_the_credentials_only(text: str, covered: str) -> None:
    mention = find_mentions(text, 0, len(text))[0]
    assert text[: mention.end].endswith(covered)
    assert not {"FAHA", "JP", "KT", "CA"} & set(mention.tokens)


# A peer's title is part of the name as written (name:peer_title in names.py);
# "of <Place>" after it is covered by the mention, not a name word.
@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Lord Hallam of Kelso has been appointed as a non-executive director.",
         "Lord Hallam"),
        ("Baroness Ortega will join the Board as an independent non-executive "
         "director.", "Baroness Ortega"),
        ("Lady Brightwell has resigned from the Board.", "Lady Brightwell"),
    ],
)  # fmt: skip
def test_a_peers_title_is_part_of_the_name(
    extracted: Callable[..., Extracted], sentence: str, person: str
) -> None:
    text = HK_DATE + "Corvane plc announced that " + sentence
    for rules_only in (True, False):
        assert set(extracted(text, rules_only=rules_only).by_person()) == {person}


# Initials stand for the given names: "R. A. Mashkar", "C.R. Prayan" and "C.J.
# Smith" are full names (``Mention.is_full``), so a list that holds one is read whole.
def test_initials_and_a_surname_are_a_full_name(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        HK_DATE + "Corvane Ltd announced that three independent directors of the "
        "board, Keki Varma, Dr. R. A. Mashkar and Professor Govind Mehra have "
        "tendered their resignations as Independent Directors."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert set(rows) == {"Keki Varma", "R. A. Mashkar", "Govind Mehra"}
    assert all("trigger:resigned" in row.rules for row in rows.values())
    text = (
        HK_DATE + "The Board of Directors of the Company at its meeting held on 28th "
        "May, 2026 has appointed Mr. C.R. Prayan (DIN: 08463106) as an Additional "
        "Director (Non-Executive, Independent) of the Company."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"C.R. Prayan"}


@pytest.mark.parametrize(
    ("written", "tokens"),
    [
        ("C.J. Smith", ("C.J.", "Smith")),
        ("/s/ C.J. Smith C.J. Smith", ("C.J.", "Smith")),  # a signature twice
        ("Joseph J. Rutherford", ("Joseph", "J.", "Rutherford")),
    ],
)
def test_initials_written_together(written: str, tokens: tuple[str, ...]) -> None:
    text = "Yours truly, " + written + "."
    (mention,) = find_mentions(text, 0, len(text))
    assert mention.tokens == tokens
    assert mention.is_full


def test_initials_alone_are_no_name() -> None:
    text = "the U.S. Securities and Exchange Commission and J.P. Morgan Securities"
    assert find_mentions(text, 0, len(text)) == []


# name:lexicon_word: a month that is also a given name, before a surname or a
# particle; a country that is also a surname, after a given name, ending the run.
@pytest.mark.parametrize(
    ("written", "tokens"),
    [
        ("announced that Jan du Plessis will retire", ("Jan", "du", "Plessis")),
        ("| May Hsu | 99.94% |", ("May", "Hsu")),
        ("appointing Jerry Canada to its board", ("Jerry", "Canada")),
    ],
)
def test_a_month_or_country_word_inside_a_name(
    written: str, tokens: tuple[str, ...]
) -> None:
    (mention,) = find_mentions(written, 0, len(written))
    assert mention.tokens == tokens


@pytest.mark.parametrize(
    "written",
    ["On May 5 Corvane announced", "Jan 2025 results", "Toyota Canada said",
     "the Bank of Canada"],
)  # fmt: skip
def test_months_and_countries_stay_out_of_names(written: str) -> None:
    assert find_mentions(written, 0, len(written)) == []


def test_a_chairman_called_jan_retires(extracted: Callable[..., Extracted]) -> None:
    text = (
        DATELINE + "Corvane plc announced that Jan du Plessis has informed the Board "
        "of his intention to retire as the company's Chairman in 2027."
    )
    row = extracted(text, rules_only=True).row("Jan du Plessis")
    assert row.change_type == "retired"
    assert "trigger:retired" in row.rules


def test_he_after_an_honorific_and_a_given_name_is_a_surname(
    extracted: Callable[..., Extracted],
) -> None:
    # name:lexicon_word: "Mr. Junjie He" (a pronoun elsewhere: "Tom He will")
    text = (
        DATELINE + "Corvane Inc. announced that Mr. Junjie He, a director nominated "
        "by Globex Inc., has tendered his resignation as a director of the Company, "
        "and that Mr. Rong Lu has been appointed as a successor director following "
        "Mr. Junjie He's resignation."
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Junjie He"].change_type == "resigned"
    assert rows["Rong Lu"].change_type == "appointed"
    assert find_mentions("Tom He will resign", 0, 18) == []


def test_one_letter_of_a_long_given_name_spelled_two_ways_is_one_person() -> None:
    from reviewer.core.extraction.names import cluster

    text = "Prof. Goverdhan Mehra resigned. Professor Govardhan Mehra said so."
    assert len(cluster(find_mentions(text, 0, len(text)))) == 1
    # the contrast: short names one letter apart are two people
    text = "Maria Rossi resigned. Mario Rossi said so."
    assert len(cluster(find_mentions(text, 0, len(text)))) == 2


# name:capitals_read: a sentence written in capitals (a wire brief) is read in the
# case a release would use, so that its names stand out.
def test_names_in_a_brief_written_in_capitals(
    extracted: Callable[..., Extracted],
) -> None:
    text = (
        "LONDON METAL CORP:\n\n* ANNOUNCES APPOINTMENT OF HARRIET HUNNEBY AS "
        "INDEPENDENT NON-EXECUTIVE DIRECTOR OF THE BOARD\n* SAYS MARTIN FRAENKE, "
        "INDEPENDENT NON-EXECUTIVE DIRECTOR, IS STEPPING DOWN FROM HIS ROLE TO FOCUS "
        "ON OTHER COMMITMENTS\n"
    )
    rows = extracted(text, rules_only=True).by_person()
    assert rows["Harriet Hunneby"].change_type == "appointed"
    assert rows["Martin Fraenke"].change_type == "resigned"
    text = (
        "Fortescue Ltd :\n\n* NOEL QUINNELL WILL BE APPOINTED TO FORTESCUE BOARD AS A "
        "NON-EXECUTIVE DIRECTOR\n"
    )
    row = extracted(text, rules_only=True).row("Noel Quinnell")
    assert "trigger:appointed" in row.rules


def test_written_case_keeps_offsets_and_mixed_case() -> None:
    from reviewer.core.extraction.names import written_case

    caps = "SAYS MARTIN FRAENKE WILL BE APPOINTED TO THE BOARD"
    read = written_case(caps, 0, len(caps))
    assert read == "says Martin Fraenke will be appointed to the board"
    mixed = "Corvane appointed Martin Fraenke to the BOARD of directors."
    assert written_case(mixed, 0, len(mixed)) == mixed


def test_an_english_given_name_after_the_comma_before_the_verb(
    extracted: Callable[..., Extracted],
) -> None:
    # "Lam Pui Yee, Cynthia": also when the verb follows the English name
    text = (
        HK_DATE + "Corvane Holdings Limited announced that Lau Rui Seng, Ian has been "
        "appointed as a Non-Executive Independent Director."
    )
    row = extracted(text, rules_only=True).row("Lau Rui Seng, Ian")
    assert row.change_type == "appointed"
    text = (
        HK_DATE + "Corvane Holdings Limited announced that Tan Ah Kow, Chairman has "
        "resigned from the Board."
    )
    assert set(extracted(text, rules_only=True).by_person()) == {"Tan Ah Kow"}

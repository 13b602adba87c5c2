"""The language of meeting results: rules with ids, expressions and examples.

Each :class:`MeetingRule` names one way results of a shareholders' meeting report
who was (re-)elected, with real-style examples. :mod:`.meetings` applies them;
the tests run every rule on its own examples. A row found by a rule carries the
rule's id, so that later layers can use it (as a feature, or to explain a row).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.patterns import UPPER


@dataclass(frozen=True)
class MeetingRule:
    """One rule of the meeting-results reader.

    Attributes:
        id: stable identifier, written with each row the rule produces.
        summary: what the rule reads, in one line.
        examples: real-style texts (as the loaders render them) the rule reads,
            each with the names it must find, in order.
    """

    id: str
    summary: str
    examples: tuple[tuple[str, tuple[str, ...]], ...]


VOTE_TABLE = MeetingRule(
    "meeting.vote_table",
    "a per-nominee vote table (For / Against / Abstain / Withheld / Broker "
    "non-votes) under an election of directors: one row per nominee",
    (
        (
            "Proposal 1: Election of Directors\n"
            "Nominee | Votes For | Votes Withheld | Broker Non-Votes\n"
            "Harriet V. Osgood | 41,220,118 | 902,331 | 3,118,204\n"
            "Tomasz Kielbasa | 40,981,774 | 1,140,675 | 3,118,204\n",
            ("Harriet V. Osgood", "Tomasz Kielbasa"),
        ),
        (
            "The votes on the election of directors were as follows:\n\n"
            "   Director              For          Against      Abstain\n"
            "   Marguerite Oyelaran   9,882,100    120,400      11,050\n"
            "   Bram de Vlieger       9,790,230    212,270      11,050\n",
            ("Marguerite Oyelaran", "Bram de Vlieger"),
        ),
    ),
)
ELECTED_LIST = MeetingRule(
    "meeting.elected_list",
    "a lead-in that says the listed people were elected, then the names (after a "
    "colon on the same line, or one per line, with or without figures)",
    (
        (
            "The following individuals were elected as Class II Directors to hold "
            "office until the 2029 Annual Meeting: Orla M. Breathnach and "
            "Kwame Asante-Boateng.",
            ("Orla M. Breathnach", "Kwame Asante-Boateng"),
        ),
        (
            "Each of the following nominees was elected as a director of the "
            "Company:\n"
            "Ilse Vanderstraeten – 97.84% for\n"
            "Rafael Quintero Solis – 98.10% for\n",
            ("Ilse Vanderstraeten", "Rafael Quintero Solis"),
        ),
    ),
)
ELECTED_NAMES = MeetingRule(
    "meeting.elected_names",
    "a sentence that names the people shareholders elected: 'the shareholders "
    "elected A, B and C as directors', 'A, B and C were re-elected as directors' "
    "(a re-election only in a document that reports the meeting's results)",
    (
        (
            "At the meeting, the shareholders elected Ingrid Solberg, Tavita Leota "
            "and Mark P. Aldous as directors of the Company.",
            ("Ingrid Solberg", "Tavita Leota", "Mark P. Aldous"),
        ),
        (
            "All resolutions put to the annual general meeting held on 14 May 2026 "
            "were passed. Yusuf Demir, Claire Beaumont and Pieter Hoekstra were "
            "re-elected as directors.",
            ("Yusuf Demir", "Claire Beaumont", "Pieter Hoekstra"),
        ),
    ),
)
RESOLUTION = MeetingRule(
    "meeting.resolution",
    "a named resolution in the results of an AGM (ASX, RNS, HKEX): 'To re-elect "
    "Mr X as a Director', 'Re-election of Director – Ms Y', 'the re-election of "
    "directors A and B' where the resolutions are reported passed",
    (
        (
            "Result of AGM\n"
            "All resolutions put to the Annual General Meeting held on 4 June 2026 "
            "were passed on a poll.\n"
            "1. To receive the Annual Report and Accounts.\n"
            "2. To re-elect Mr Alasdair Mackintosh as a Director of the Company.\n"
            "3. To elect Ms Priya Raghunathan as a Director of the Company.\n"
            "4. To re-appoint Hollins Ward LLP as auditor.\n",
            ("Alasdair Mackintosh", "Priya Raghunathan"),
        ),
        (
            "The company held its annual general meeting on 9 May 2026, where "
            "shareholders voted on four proposals, including the re-election of "
            "directors Siosaia Tupou and Hedda Lindqvist. All proposals passed.",
            ("Siosaia Tupou", "Hedda Lindqvist"),
        ),
    ),
)
RULES: tuple[MeetingRule, ...] = (VOTE_TABLE, ELECTED_LIST, ELECTED_NAMES, RESOLUTION)

# A nominee who fails the vote: no row, or, for a sitting director who stood for
# re-election and lost ("To re-elect Mr X" not passed, "was not re-elected"), a
# ``removed`` row with this id.
FAILED_VOTE_ID = "meeting.failed_vote"

# ---- vote tables ----------------------------------------------------------

# One column heading of a vote table.
VOTE_COLUMN_RE = re.compile(
    r"\b(?:votes?\s+)?(?:for|in\s+favou?r|against|abstain(?:ed|s|ing)?|abstentions?"
    r"|withh(?:e|o)ld"
    r"|broker\s*non-?\s*votes?|non-?\s*votes?|votes?\s+cast)\b",
    re.IGNORECASE,
)
AGAINST_RE = re.compile(r"\bagainst\b", re.IGNORECASE)
FOR_RE = re.compile(r"\bfor\b(?!\s+(?:election|approval)\b.*\bagainst)", re.IGNORECASE)
PERCENT_HEADING_RE = re.compile(r"%|\bper\s*cent|\bpercent", re.IGNORECASE)
# Words a heading's name column may carry: "Director Nominee", "Name".
NAME_HEADING_RE = re.compile(
    r"^\W*(?:(?:director|nominee|name|candidate|director\s+nominee|name\s+of\s+"
    r"(?:director|nominee))s?\W*)+$",
    re.IGNORECASE,
)
# A cell of figures: "2,300,385,739", "97.3%", "(1,204)", "-", "n/a".
FIGURE_RE = re.compile(r"^(?:\(?\$?\d[\d,.]*%?\)?|[-–—]|n/?a|nil)$", re.IGNORECASE)
CELL_SPLIT_RE = re.compile(r"\s*\|\s*|\t+|\s{2,}")
# A leading bullet or number of a list entry or table row: "•", "1.", "1a.", "(b)".
ENTRY_LEAD_RE = re.compile(
    r"^\s*(?:[•●▪◦·*\-–]\s*|\(?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})[.)]\s+)?",
    re.IGNORECASE,
)
# What may stand beside a name in its cell: honorifics, suffixes, degrees.
NAME_EXTRAS_RE = re.compile(
    r"\b(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|hon|jr|sr|ii|iii|iv"
    r"|phd|ph\.d|md|cpa|cfa|fca|obe|cbe|kbe|esq|dato['’]?|datuk|tan\s+sri)\b\.?",
    re.IGNORECASE,
)
# The text before a table says it is about electing directors.
ELECTION_CONTEXT_RE = re.compile(
    r"\belect(?:ed|ion|ing|s)?\b|\bnominees?\b|\bre-?elect",
    re.IGNORECASE,
)
# A heading of another matter ends the reach of an election heading.
OTHER_MATTER_RE = re.compile(
    r"\b(?:say[\s-]on[\s-]pay|compensation|remuneration|ratif(?:y|ication)|auditors?"
    r"|accounting\s+firm|amendment|stock\s+plan|incentive\s+plan|frequency"
    r"|adjourn(?:ment)?|stockholder\s+proposal|shareholder\s+proposal)\b",
    re.IGNORECASE,
)
PROPOSAL_HEADING_RE = re.compile(
    r"^\s*(?:proposal|item|resolution|matter)\s*(?:no\.?\s*)?\d+\b|^\s*\d{1,2}\.\s",
    re.IGNORECASE,
)

# ---- lead-ins and sentences ----------------------------------------------

_WERE_ELECTED = (
    r"(?:was|were|have\s+been|has\s+been)\s+(?:each\s+|duly\s+|all\s+)?"
    r"(?:re-?\s*)?elected"
)
# "The following individuals were elected ...:", "each of the following
# nominees was elected", "elected each of the following persons as a director"
LIST_LEAD_IN_RE = re.compile(
    r"\b(?:the\s+following\s+(?:\w+\s+){0,3}" + _WERE_ELECTED + r"|each\s+of\s+the\s+"
    r"following\s+(?:\w+\s+){0,2}"
    + _WERE_ELECTED
    + r"|(?:re-?\s*)?elected\s+(?:each\s+"
    r"of\s+)?the\s+following\s+(?:\w+\s+){0,3}(?:nominees|persons|individuals|"
    r"directors|candidates)"
    # "shareholders elected all seven director nominees:" (names follow)
    r"|(?:re-?\s*)?elected\s+(?:all|each)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:nominees|directors|candidates)\b(?=[^.:]{0,120}:))\b",
    re.IGNORECASE,
)
# "1. The election of the following nominees as directors ...:" in a report of
# results (a proxy statement words its proposal the same way: results needed)
ELECTION_OF_FOLLOWING_RE = re.compile(
    r"\belection\s+of\s+(?:each\s+of\s+)?the\s+following\s+(?:[\w-]+\s+){0,3}"
    r"(?:nominees|persons|individuals|directors|candidates)\b",
    re.IGNORECASE,
)
# "shareholders elected A, B and C as directors" (names after the verb)
HOLDERS_ELECTED_RE = re.compile(
    r"\b(?:share|stock|unit)holders\s+(?:\w+\s+){0,3}?(?:re-?\s*)?elected\s+"
    r"(?!each\b|all\b|the\b|(?:\w+\s+)?(?:directors|nominees|members|persons)\b)",
    re.IGNORECASE,
)
# "... as directors", "... to the Board", "... to serve": where the names end
NAMES_END_RE = re.compile(
    r"\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:directors?|members?|trustees?)\b"
    r"|to\s+(?:the\s+|its\s+|our\s+)?(?:board|class|serve|hold)\b)",
    re.IGNORECASE,
)
# "A, B and C were re-elected as directors" (names before the verb)
WERE_ELECTED_RE = re.compile(
    r"\b" + _WERE_ELECTED + r"\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:directors?|members?\s+of\s+the\s+board)|to\s+(?:the\s+|its\s+)?board)\b",
    re.IGNORECASE,
)
# What may stand between names in a list besides the names themselves.
LIST_GLUE_RE = re.compile(
    r"(?:\b(?:and|as\s+well\s+as|messrs|mmes|mses|mr|mrs|ms|dr|directors?|nominees?"
    r"|incumbent|new|independent|non-executive|executive|each|for|votes?|cast"
    r"|in\s+favou?r|of)\b\.?|[,;:\s–—-]"
    # "Jane Doe – 98.71% for", "John Roe (12,004,310 votes)"
    r"|\d[\d,.]*\s*%?"
    r"|\((?:[^()]{0,40})\)"
    # "A, who was appointed to the Board in June 2023, B and C were elected"
    r"|,\s*who\s+[^,]{0,80},)+",
    re.IGNORECASE,
)
# An opening that may stand before a list of names: "At the Annual Meeting, "
OPENING_RE = re.compile(
    r"^\W*(?:(?:at|during|following)\s+(?:the\s+)?[^,]{0,80}?\b(?:meeting|AGM)\b[^,]{0,40}"
    r",|in\s+addition,|also,|further,)\s*",
    re.IGNORECASE,
)

# "To re-elect Mr X as a Director", "Re-election of Ms Y as a director",
# "the re-election of directors A and B", "Re-election of Director – Mr Z"
RESOLUTION_RE = re.compile(
    r"\b(?i:to\s+(?:re-?\s*)?elect|(?:re-?\s*)?election\s+of"
    r"|to\s+re-?\s*appoint|re-?\s*appointment\s+of)\s+"
    r"(?P<lead>(?i:(?:(?:the\s+|an?\s+)?(?:retiring\s+|existing\s+|incumbent\s+|new\s+)?"
    r"(?:directors?|board\s+members?)(?:\s*[–—:-]\s*|\s+))?))"
    r"(?=(?:(?i:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Dato['’]?|Datuk)\.?\s+)?["
    + UPPER
    + r"])",
)
# "That Robert Mactier, Non-Executive Director, be re-elected as a Director"
THAT_ELECTED_RE = re.compile(
    r"\b[Tt]hat\s+(?=[" + UPPER + r"])(?P<names>[^.;]{3,160}?)\s+(?i:be\s+(?:re-?\s*)?"
    r"elected\s+(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}director|to\s+the\s+board))",
)
# How the names of a resolution end: "as a Director", "as an Executive Director"
RESOLUTION_TAIL_RE = re.compile(
    r"\s*,?\s*\b(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}directors?\b|who\s+retires?\b"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}director\b)",
    re.IGNORECASE,
)
# The document reports results: the resolutions were passed, the votes counted.
RESULTS_RE = re.compile(
    r"\b(?:(?:was|were|been|all|duly|resolutions?|proposals?|unanimously)\s+"
    r"(?:duly\s+|all\s+)?(?:passed|carried|approved|adopted)"
    r"|outcome\s+of\s+(?:the\s+)?vot(?:e|ing)|report\s+of\s+voting"
    r"|results?\s+of\s+(?:the\s+)?(?:\d{4}\s+)?(?:voting|votes?|poll|AGM|EGM|annual"
    r"|general|meeting|extraordinary)|voting\s+results|poll\s+results|proxy\s+votes"
    r"|votes\s+(?:for|cast)|(?:passed|approved)\s+(?:by|with)\s+(?:a|the)\s+\w*\s*"
    r"majority|(?:received|obtained)\s+(?:the\s+)?(?:requisite\s+)?(?:shareholder\s+)?"
    r"approval)\b",
    re.IGNORECASE,
)
# A notice of a meeting to come, not its results.
NOTICE_RE = re.compile(
    r"\bnotice\s+is\s+hereby\s+given\b|\bnotice\s+of\s+(?:the\s+)?(?:\d{4}\s+)?"
    r"annual\s+general\s+meeting\b|\bwill\s+be\s+held\s+(?:on|at)\b",
    re.IGNORECASE,
)
# Resolutions the results report lost or dropped: "Resolutions 5 and 12 were not
# passed", "Resolution 7 was withdrawn"
FAILED_RESOLUTIONS_RE = re.compile(
    r"\bresolutions?\s+(\d{1,2}[a-z]?(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*)\d{1,2}[a-z]?)*)"
    r"\b\s*(?:\([^)]{0,80}\)\s*)?"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:not\s+(?:passed|carried|approved)"
    r"|withdrawn|defeated|lost|rejected)",
    re.IGNORECASE,
)
RESOLUTION_NUMBER_RE = re.compile(
    r"(?:^|\n)\s*(?:(?:ordinary|special)\s+)?(?:resolution\s+(?:no\.?\s*)?)?(\d{1,2})"
    r"[.):]?\s",
    re.IGNORECASE,
)
# "was not elected", "did not receive a majority", "withdrew his nomination"
FAILED_AFTER_NAME_RE = re.compile(
    r"^[^.;]{0,40}?\b(?:was\s+not\s+(?:re-?\s*)?elected|did\s+not\s+receive\s+(?:the\s+"
    r"(?:required|requisite)\s+|a\s+)?(?:majority|sufficient)|failed\s+to\s+(?:receive|"
    r"obtain|secure|win)|withdr(?:ew|awn)\s+(?:his|her|their|as\s+a)?\s*(?:nomination|"
    r"candidacy|nominee))",
    re.IGNORECASE,
)

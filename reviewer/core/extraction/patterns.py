"""Word lists and compiled expressions shared by the extraction modules."""

from __future__ import annotations

from reviewer.core import lazyre as re


def _latin(upper: bool) -> str:
    """All Latin letters of one case (ASCII, Latin-1, Extended-A/B, Additional)."""
    codes = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    test = str.isupper if upper else str.islower
    return ("A-Z" if upper else "a-z") + "".join(
        chr(c) for c in codes if chr(c).isalpha() and test(chr(c))
    )


# Character-class bodies for capital and small Latin letters with diacritics
# (``Wiśniewski``, ``Sørensen``, ``Đặng``): use as ``[{UPPER}]``.
UPPER = _latin(upper=True)
LOWER = _latin(upper=False)

_MONTH_WORDS = """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec monday
    tuesday wednesday thursday friday saturday sunday
    """

# Capitalised words that end or split a name run.
NOT_NAME_WORDS = frozenset(
    (
        _MONTH_WORDS
        + """
        the a an on in at as of for and or to by with from into upon after before
        this that these those its his her their our we he she it they i you board
        boards directors director company company's corporation chairman chairwoman
        chair chairperson chief executive officer officers financial operating
        president vice senior lead independent non-executive audit committee
        committees compensation nominating governance annual general meeting
        shareholders stockholders item exhibit form section nasdaq nyse exchange
        stock market about forward-looking safe harbor statements statement contact
        contacts media investor investors relations press release source view
        original content copyright news newswire globe wire pr business prnewswire
        announces announced appoints appointed names named elects elected welcomes
        joins join joined steps becomes succeeds adds added for against abstain
        replacing succeeding following joining leaving retiring resigning stepping
        appointing naming welcoming announcing another each every both either neither
        such several many some any no other
        abstentions withheld broker non-votes votes
        resigns retires today new former current interim acting co-founder founder
        cfo ceo coo cto evp svp gm treasurer secretary general counsel managing
        partner member members trustee trustees emeritus executive-chairman deputy
        principal controller accounting head global north south east west american
        national international united states u.s. federal securities act rule
        regulation sec commission street avenue road suite floor dated date
        signature signatures pursuant washington registrant class common par value
        shares preferred report current check indicate emerging growth following
        during since also both each every all other further additionally however
        meanwhile effective immediately concurrently subject under pursuant
        government university college school institute foundation council
        association department ministry agency bureau center centre hospital clinic
        church mr mrs ms dr prof sir dame dear regards sincerely agreement
        agreements award awards unit units share symbol symbols power affairs task
        force products product futures plan plans program policy policies code
        conduct rights report reports quarter fiscal year results revenue income
        earnings press release trading ticker exhibit schedule table nominee
        nominees committee's board's note notes canada america china europe asia
        africa india japan israel australia
        one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
        compensatory arrangements arrangement certain departure election
        appointment appointments resignation retirement
        professor ambassador senator governor admiral judge honourable honorable
        hon lord lady baroness baron reverend sheikh sheikha shaikh datuk dato tun
        puan sent subject cc bcc
        salary bonus payment payments term terms reason number numbers information
        factors benefits period condition conditions support identification
        limitation sciences utility utilities district institution roundtable review
        performance proxy transaction engineering division definitive vesting
        telephone file exact confidential additional initial renewal total public
        economic cooperation customer higher education metro assembly industrial
        registered which special assistant vehicles operations safety compliance
        procurement
        leads prepares expansion transition plans completes reports launches expands
        acquires elevates promotes hires unveils expanding strengthens
        korea germany france italy spain mexico brazil chile peru argentina
        switzerland netherlands sweden norway denmark ireland scotland england britain
        british european columbia texas california ontario alberta quebec
        """
    ).split()
)

# Capitalised nouns that turn the words before them into a thing's name
# ("Long Term Incentive Plan", "Investor Rights Agreement").
NOUN_WORDS = frozenset(
    """agreement agreements award awards unit units share symbol symbols power affairs
    task force products product futures plan plans program policy policies code
    conduct rights report reports results act rule incentive equity omnibus
    indenture arrangement arrangements notes debentures bylaws charter
    salary bonus payment payments term terms reason number numbers information
    factors benefits period condition conditions support identification limitation
    sciences utility utilities district institution roundtable review performance
    proxy transaction engineering division vehicles
    """.split()  # noqa: SIM905
)

# Words that make a capitalised run an organisation, not a person.
ORG_WORDS = frozenset(
    """inc inc. incorporated corp corp. corporation ltd ltd. limited llc l.l.c. lp
    l.p. plc co co. company holdings holding group partners capital ventures
    venture fund funds trust bank bancorp financial securities investments
    investment management advisors advisers associates technologies technology
    systems solutions industries international enterprises resources energy
    pharmaceuticals therapeutics labs laboratories media networks pharma pharmaceutical
    petroleum gas oil mining minerals metals biosciences bioscience healthcare foods
    brands motors airlines logistics software semiconductor semiconductors realty
    properties insurance bancshares museum orchestra hospitals
    communications services partnership foundation university institute
    association council agency acquisition sa ag nv bv gmbh spa srl s.a. kk college
    school department ministry bureau center centre hospital church society
    authority
    """.split()  # noqa: SIM905
)

NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william",
    "will": "william", "billy": "william", "mike": "michael", "ben": "benjamin",
    "joe": "joseph", "tom": "thomas", "dave": "david", "jim": "james",
    "jimmy": "james", "tony": "anthony", "dick": "richard", "rick": "richard",
    "rich": "richard", "chuck": "charles", "charlie": "charles", "ted": "edward",
    "ed": "edward", "kate": "katherine", "katie": "katherine", "liz": "elizabeth",
    "beth": "elizabeth", "peggy": "margaret", "maggie": "margaret",
    "steve": "stephen", "dan": "daniel", "andy": "andrew", "chris": "christopher",
    "matt": "matthew", "pat": "patrick", "sam": "samuel", "alex": "alexander",
    "nick": "nicholas", "greg": "gregory", "jeff": "jeffrey", "larry": "lawrence",
    "jerry": "gerald", "hank": "henry", "jack": "john", "sue": "susan",
    "jenny": "jennifer", "tim": "timothy", "fred": "frederick", "ron": "ronald",
    "don": "donald", "ken": "kenneth",
}  # fmt: skip

# A capitalised word in any Latin script (``Ólafur``, ``Łukasz``).
_CAP_WORD = f"[{UPPER}][{LOWER}]+"

# Change triggers: (change type, pattern). Order matters only for overlaps.
TRIGGERS: tuple[tuple[str, str], ...] = (
    (
        "not_standing",
        # "not stand", "not be standing", "not be a candidate/nominee for re-election"
        # "won't stand": the contraction too
        r"(?:\bnot|n['’]t)\s+(?:to\s+)?(?:intend\s+to\s+)?(?:be\s+)?(?:an?\s+)?(?:stand|seek|run|nominated"
        r"|candidate|nominee)(?:ing)?\s+(?:for\s+)?re-?\s?election",
    ),
    (
        "not_standing",
        r"\b(?:decline[sd]?|decided\s+not|chose\s+not|elected\s+not)\s+to\s+(?:stand|seek|run)\s+(?:for\s+)?re-?\s?election"
        r"|\bnot\s+(?:be\s+|been\s+|to\s+be\s+)?re-?nominated\b"
        r"|\bnot\s+(?:be\s+)?offer(?:ing|ed)?\s+(?:himself|herself|themselves)\s+for\s+re-?\s?election"
        r"|\bnot\s+(?:to\s+)?put\s+(?:himself|herself|themselves)\s+forward\s+for\s+re-?\s?election"
        # "has withdrawn his nomination for election as a director"
        r"|\bwithdr(?:ew|awn|aws|awing|aw)\s+(?:his|her|their)\s+(?:nomination|candidacy)"
        r"(?:\s+for\s+(?:re-?\s?)?election)?"
        # "withdrawn his offer to stand for reappointment"
        r"|\bwithdr(?:ew|awn|aws|awing|aw)\s+(?:his|her|their)\s+offer\s+to\s+(?:stand|seek)"
        r"\s+(?:for\s+)?re-?\s?(?:election|appointment)",
    ),
    (
        "deceased",
        r"\bpass(?:ed|ing)\s+away\b|\bpassing\s+of\b|\b(?:has\s+)?died\b|\bdeath\s+of\b|\bdeceased\b"
        r"|\b(?:mourns?|mourning)\s+(?:the\s+)?(?:\w+\s+)?loss\s+of\b",
    ),
    ("retired", r"\bretir(?:e|es|ed|ing|ement)\b"),
    (
        "removed",
        r"\b(?:was|were|been|be)\s+removed\b|\bremoval\s+of\b|\bremov(?:e|ed|es|ing)(?=\s+(?:Mr|Ms|Mrs|Dr|"
        + _CAP_WORD
        + r"\s+["
        + UPPER
        + r"]))",
    ),
    (
        "resigned",
        r"\bceas(?:ed|es|ing)\s+to\s+(?:be|serve\s+as)\b|\bresign(?:s|ed|ing|ation|ations)?\b|\bst(?:ep|eps|epped|epping)\s+(?:down|aside)\b|\bst(?:and|ands|ood|anding)\s+down\b|\bdepart(?:ure|s|ed|ing)?\s+(?:from|of)\b|\bdepart(?:s|ed|ing)?\s+(?:the|its|our)\s+(?:company|board)\b|\bquit(?:s|ting)?\s+(?:(?:the|its|our|their|his|her)\s+)?(?:board|positions?|posts?|seats?|roles?)\b|\bleav(?:e|es|ing)\s+(?:the|its|our)\s+board\b|\bleft\s+the\s+board\b|\bvacat(?:e|ed|ing)\b",
    ),
    (
        "elected",
        r"(?<!re-)(?<!re)\belect(?:s|ed|ion)\b(?!\s+not\b)"
        r"|(?<![-\w])elect(?=\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|"
        + _CAP_WORD
        + r"\s+(?:["
        + UPPER
        + r"]\.\s+)?["
        + UPPER
        + r"])"
        r"|\s+(?:the\s+)?(?:[\w-]+\s+)?[\w’']+['’]s\s+(?:\w+\s+)?nominees?\b)",
    ),
    (
        "appointed",
        r"(?<!re-)(?<!re)\bappoint(?:s|ed|ing|ment|ments)?\b|\bnam(?:ed|es|ing)\s+(?:to|as)\b|\bnam(?:ed|es)(?!\s+(?i:executive\s+officers?)\b)(?=\s+(?-i:(?:Mr|Ms|Mrs|Dr)\.?\s|"
        + _CAP_WORD
        + r"\s+(?:["
        + UPPER
        + r"]\.\s+|(?:bin|binti|ibn|van|von|de|da|del|der|di|du|la|le|al|el)\s+)?"
        + _CAP_WORD
        + r"))|\bnamed(?=\s+(?:the\s+|its\s+)?(?:new\s+)?(?:(?:non-executive|independent|lead|executive)\s+)*(?:chair|director|vice))|\bjoin(?:s|ed|ing)?\s+(?:(?:the|its|our)\s+)?(?:[\w’']+\s+)?board\b|\badd(?:ed|s|ing)?\s+(?:\w+\s+){0,3}to\s+(?:the|its|our)\s+board\b|\baddition\s+of\b|\bwill\s+(?:also\s+)?(?:serve|sit)\s+on\s+(?:the|its|our)\s+(?:[\w’'-]+\s+){0,2}board\b|\bwelcom(?:e|es|ed|ing)\b|(?<!re-)(?<!re)\bdesignat(?:ed|es)\b|\bnominees?\b|\bco-?opt(?:ed|s)?\b",  # noqa: E501
    ),
    (
        # "has picked Dr. A and B to join as independent directors": a choice of
        # people named right after the verb; "to join as directors"
        "appointed",
        r"\b(?:pick(?:s|ed)?|cho(?:se|sen|oses)|select(?:s|ed)?|tap(?:s|ped)|recruit(?:s|ed)?)"
        r"(?=\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|"
        + _CAP_WORD
        + r"\s+(?:["
        + UPPER
        + r"]\.\s+)?"
        + _CAP_WORD
        + r"))"
        # "chose X, a director since 2020, to become Lead Director": the later verb
        r"(?![^;]{0,200}?\bto\s+(?:become|serve|be|succeed|take|assume)\b)"
        r"|\bjoin(?:s|ed|ing)?\s+as\s+(?:an?\s+)?(?:new\s+)?(?:(?:non-executive|independent"
        r"|executive)\s+)*directors?\b"
        # "voted to add Ms. Roe as a director"
        r"|\badd(?:s|ed|ing)?(?=\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|"
        + _CAP_WORD
        + r"\s+"
        + _CAP_WORD
        + r")[^.;,]{0,50}?\bas\s+(?:an?\s+)?(?:new\s+)?(?:(?:non-executive"
        r"|independent|executive)\s+)*director\b)",
    ),
    (
        # "shareholders voted to seat A, B and C as directors"
        "elected",
        r"\bseat(?:s|ed|ing)?(?=\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|" + _CAP_WORD + r"\s))",
    ),
    (
        "role_change",
        r"\bsucceed(?:s|ed|ing)?\b|\bbecom(?:e|es|ing)\b|\b(?:assume|assumes|assumed|assuming)\b|\btak(?:e|es|ing)\s+over\b|\btak(?:e|es|ing)\s+on\s+the\s+role\s+of\b|\btransition(?:s|ed|ing)?\s+(?:to|into)\s+the\s+role\b|\bre-?designated\b"
        r"|\bhand(?:s|ed|ing)?\s+over\b(?=\s+(?:the\s+|its\s+)?(?:role|chair|position))"
        r"|\breplac(?:es|ed)\b(?=[^;]{0,60}?\bas\s+(?:the\s+)?(?:[\w-]+\s+){0,2}chair)"
        r"|\bcontinu(?:e|es|ing)\s+as(?=\s+(?:its\s+|the\s+)?non-executive\s+chair)"
        r"|(?<!continue to )(?<!continues to )\bserve\s+as(?=\s+(?:its\s+|the\s+)?"
        r"(?:interim\s+|acting\s+)?(?:non-executive\s+|independent\s+|executive\s+)?chair)"
        # "a non-executive director, is moving to Chair": a director takes the chair
        # "moving from Non-Executive Director to Non-Executive Chair"
        r"|\bmov(?:e|es|ed|ing)\s+(?:from\s+(?:(?!to\b)[\w-]+\s+){1,6})?(?:in)?to"
        r"(?=\s+(?:the\s+(?:role|position)\s+of\s+)?"
        r"(?:its\s+|the\s+)?(?:interim\s+|acting\s+)?(?:non-executive\s+|independent\s+"
        r"|executive\s+)?(?:deputy\s+|vice[- ])?chair)",
    ),
)
TRIGGER_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in TRIGGERS
)
# Words one of which a sentence must contain for each trigger family to apply.
TRIGGER_KEYS: dict[str, tuple[str, ...]] = {
    "not_standing": ("election", "nominat", "appointment"),
    "deceased": ("pass", "died", "death", "deceas", "mourn"),
    "retired": ("retir",),
    "removed": ("remov",),
    "resigned": ("resign", "step", "stand", "stood", "depart", "leav", "left", "vacat",
                 "ceas", "quit"),
    "elected": ("elect", "seat"),
    "appointed": ("appoint", "nam", "join", "add", "welcom", "designat", "nominee",
                  "opt", "pick", "chos", "select", "tap", "recruit", "serve", "sit"),
    "role_change": ("succeed", "becom", "assum", "tak", "transition", "serve",
                    "continu", "designat", "hand", "replac", "mov"),
}  # fmt: skip
# A quick pre-filter: a sentence without any of these cannot hold a change.
TRIGGER_HINT = re.compile(
    r"\b(?=[rsdplevanjwtbcmhq])(?:resign|retir|stand|stood|seek|pass|died|death|deceas|mourn|remov"
    r"|step|depart|leav|left|vacat|ceas|quit|elect|appoint|name|join|add|welcom|designat"
    r"|nominee|re-?nominat|succeed|becom|assum|take|transition|serve|co-?opt|hand|replac"
    r"|continu|pick|chos|select|tap|recruit|seat|sit\s|mov(?:e|es|ed|ing)\s)",
    re.IGNORECASE,
)

BOARD_RE = re.compile(
    r"\b(?=[bdcnv])(?:board(?:\s+of\s+directors)?\b|directors?\b"
    r"|chair(?:man|woman|person)?\b|non-executive\b|vice[- ]chair)",
    re.IGNORECASE,
)
# The same two, for text already in lower case (faster than IGNORECASE).
TRIGGER_HINT_LOWER = re.compile(TRIGGER_HINT.pattern)
BOARD_LOWER_RE = re.compile(BOARD_RE.pattern)
# "Director of Marketing", "Managing Director", "Art Director": job titles.
JOB_DIRECTOR_RE = re.compile(
    r"(?:\b(?:Managing|Art|Creative|Marketing|Sales|Regional|Technical|Medical|Finance"
    r"|Financial|Research|Design|Development|Program|Programme|Project|Communications"
    r"|Operations|Artistic|Musical|Film|Casting|Athletic|Funeral|Account|Associate"
    r"|Assistant|Country|Area|Engineering|Legal|Strategy|Business"
    r"|IT|HR|Product|Brand|Content|Editorial|Clinical|Scientific|Investment)\s+Directors?\b"
    r"|\bDirectors?\s+(?:of|for)\s+(?!the\s+(?:Company|Corporation|Board|Registrant|Trust|Fund)\b)"
    r"(?:the\s+)?[A-Z][a-z]+|\bdirector\s+of\s+(?:\w+\s+)?(?:operations|marketing|sales|finance|research|engineering|strategy|communications|development))"
)
OFFICER_RE = re.compile(
    r"\b(?:chief\s+\w+(?:\s+\w+)?\s+officers?|c[efot]os?|(?:co-)?presidents?|treasurer"
    r"|secretary|general\s+counsel|controller|vice\s+president|executive\s+vice|officers?"
    r"|an\s+employee)\b",  # "will retire as an employee and continue as ..."
    re.IGNORECASE,
)
OTHER_BOARD_RE = re.compile(
    r"\b(?i:boards?\s+of\s+(?:trustees|governors|overseers|regents|visitors|advisors"
    r"|advisers))\b(?:\s+of\s+(?:the\s+)?(?:[" + UPPER + r"][\w.&'’-]*\s*){1,6})?"
    r"|\b(?i:boards?\s+of\s+(?:directors\s+of\s+)?)"
    r"(?!(?i:directors|trustees)\b)"
    r"(?!the\s+(?:Company|Corporation|Registrant|Issuer|Trust|Fund|Bank)\b)"
    r"(?:the\s+)?(?:[0-9" + UPPER + r"][\w.&'’-]*\s*){1,6}"
    r"|\b(?i:(?:also|currently|previously|formerly)\s+(?:serves?|served|sits?|is|was)\s+"
    r"(?:as\s+)?(?:a\s+)?(?:member\s+of\s+the\s+board|director|on\s+the\s+boards?)\s+of)\b",
)

EFFECTIVE_IMMEDIATE_RE = re.compile(
    r"\b(?:with\s+immediate\s+effect|effective\s+immediately|effective\s+(?:as\s+of\s+)?today"
    r"|immediately\s+effective|effective\s+upon\s+(?:his|her|their)\s+(?:appointment|election)"
    r"|with\s+effect\s+from\s+today)\b",
    re.IGNORECASE,
)
EFFECTIVE_DATED_RE = re.compile(
    r"\b(?:effective|with\s+effect\s+from|as\s+of|commencing|starting)\b[^.;:]{0,80}?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    re.IGNORECASE,
)
EFFECTIVE_EVENT_RE = re.compile(
    r"\b(?:effective\s+)?(?:upon|following|on|as\s+of|at)\s+(?:the\s+)?(?:closing|completion|consummation|conclusion|close|end|expiration)\s+of\s+[^.;,]{3,90}"
    r"|\b(?:effective\s+|with\s+effect\s+)?(?:at|following|after|upon|from|as\s+of)\s+(?:the\s+)?(?:(?:conclusion|close|end)\s+of\s+the\s+)?(?:company['’]s\s+|its\s+)?(?:next|upcoming|\d{4})\s+annual\s+(?:general\s+)?(?:meeting|shareholders['’]?\s+meeting)[^.;,]{0,60}"
    r"|\b(?:effective\s+|with\s+effect\s+)?(?:at|following|after|upon|from)\s+(?:the\s+)?(?:(?:conclusion|close|end)\s+of\s+the\s+)?(?:(?:annual|special)\s+(?:general\s+)?)?(?:meeting|AGM|EGM)\b",
    re.IGNORECASE,
)

REASON_RE = re.compile(
    r"\b(?:due\s+to|for|citing|because\s+of|owing\s+to|in\s+order\s+to|to)\s+"
    r"(?:(?:his|her|their)\s+(?=other\s))?"
    r"((?:personal|health|family|medical|other\s+professional|professional|business"
    r"|other\s+business)\s+"
    r"(?:reasons|commitments|matters|obligations|considerations|endeavou?rs|priorities)"
    r"|pursue\s+(?:other|personal|new)\s+[^.;,]{3,40}|focus\s+on\s+[^.;,]{3,50}"
    r"|devote\s+(?:more\s+)?time\s+to\s+[^.;,]{3,50}|spend\s+more\s+time\s+[^.;,]{3,40}"
    r"|(?:the\s+)?(?:demands|time\s+commitments)\s+of\s+[^.;,]{3,50})",
    re.IGNORECASE,
)
DISAGREEMENT_RE = re.compile(r"\bdisagreements?\b", re.IGNORECASE)
NO_DISAGREEMENT_RE = re.compile(
    r"\b(?:not|no|without)\b[^.]{0,60}\bdisagreements?\b|\bdisagreements?\b[^.]{0,30}\bnone\b",
    re.IGNORECASE,
)
NOMINATOR_RE = re.compile(
    r"\b(?:nominated|designated|appointed|proposed|recommended)\s+by\s+"
    r"((?:the\s+)?(?:["
    + UPPER
    + r"][\w&.'’-]*(?:\s+(?:["
    + UPPER
    + r"][\w&.'’-]*|of|and|&))*|lender|lenders|holders?\s+of\s+[^.;,(]{3,40}))"
    r"|\b(?:a\s+)?(?:nominee|designee|representative)s?\s+of\s+((?:["
    + UPPER
    + r"][\w&.'’-]*(?:\s+(?:["
    + UPPER
    + r"][\w&.'’-]*|of|and|&))*))",
)
AGREEMENT_RE = re.compile(
    r"\b(?:(?:an|the)\s+)?((?:["
    + UPPER
    + r"][\w-]*\s+){0,4}(?:Agreement|Indenture|Arrangement))"
    r"(?:\s+dated\s+(?:as\s+of\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?"
)
COMMITTEE_RE = re.compile(
    r"\b((?:[" + UPPER + r"][\w&,'’-]*\s+(?:and\s+|&\s+)?){1,8})Committees?\b"
)
ROLE_RE = re.compile(
    r"\b(?:lead\s+(?:independent\s+)?(?:board\s+)?director|presiding\s+director"
    r"|senior\s+independent\s+(?:non-?\s?executive\s+)?director"
    r"|(?:independent\s+)?(?:non-?\s?executive\s+)?(?:vice[- ]|deputy\s+|co-)?chair(?:man|woman|person)?(?:\s+of\s+the\s+(?:supervisory\s+)?board(?:\s+of\s+directors)?)?"  # noqa: E501
    r"|executive\s+chair(?:man|woman|person)?"
    # "President of the Board of Directors": the chair (role:president_of_the_board)
    r"|(?:(?:non-?\s?executive|independent)\s+)?(?:vice[- ]|deputy\s+)?president"
    r"\s+of\s+the\s+(?:supervisory\s+)?board(?:\s+of\s+directors)?"
    r"|(?:senior\s+)?(?:independent\s+)?(?:non-?\s?executive\s+|executive\s+)?directors?"
    r"|member\s+of\s+the\s+board(?:\s+of\s+directors)?|board\s+member)\b",
    re.IGNORECASE,
)


# "Mr X is not a director of the Company", "does not change the composition of the
# Board": the sentence denies a board seat, so it states no board change.
NOT_ON_BOARD_RE = re.compile(
    r"\b(?:is|was|will|shall)\s+not\s+(?:be(?:come)?\s+|sit\s+on\s+|join\s+)?(?:a\s+|the\s+)?"
    r"(?:member\s+of\s+the\s+board|board|(?:non-executive\s+|independent\s+)?director)\b"
    r"|\b(?:does|do|will)\s+not\s+(?:change|affect|alter)\s+the\s+(?:composition|size"
    r"|membership)\s+of\s+(?:the|its)\s+board\b",
    re.IGNORECASE,
)

# ", Cynthia (" after a Hong Kong style name: the English given name
ENGLISH_GIVEN_AFTER = re.compile(
    rf",[ \t]+([{UPPER}][{LOWER}]{{2,}})(?=\s*\(\s*[\"“]|\s+as\s|\s*[,;]\s"
    # "Lau Rui Sheng, Ian has been appointed"
    r"|\s+(?:has|have|had|was|is|will|who)\s)"
)

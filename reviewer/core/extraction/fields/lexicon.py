"""The words of filing fields, as data: exchanges, country codes, headline words.

Every pattern the field rules share lives here, so a market or a word is added
once. ``docs/fields.md`` lists the exchanges' short names.
"""

from __future__ import annotations

from typing import NamedTuple

from reviewer.core import lazyre as re


class Exchange(NamedTuple):
    """A market: its short name, its comparison family and how it is written.

    ``written`` is a regular expression (case-insensitive) for the forms seen in
    announcements, longest first; ``family`` is what two readings must share to
    count as the same exchange (``OTCQB`` and ``OTC`` are both ``OTC``).
    """

    short: str
    family: str
    written: str


# Order matters: a more specific market comes before the one it contains
# ("NYSE American" before "NYSE", "TSX Venture" before "TSX").
EXCHANGES: tuple[Exchange, ...] = (
    Exchange("NYSE American", "NYSE American",
             r"NYSE[ \t]+American(?:[ \t]+LLC)?|NYSE[ \t]+MKT|NYSE[ \t]+Amex"
             r"|American[ \t]+Stock[ \t]+Exchange|AMEX"),
    Exchange("NYSE Arca", "NYSE Arca", r"NYSE[ \t]+Arca"),
    Exchange("NYSE", "NYSE", r"(?:The[ \t]+)?New[ \t]+York[ \t]+Stock[ \t]+Exchange(?:[ \t]+LLC)?|NYSE"),  # noqa: E501
    Exchange("Nasdaq", "Nasdaq",
             r"(?:The[ \t]+)?Nasdaq(?:[ \t]+(?:Global[ \t]+Select|Global|Capital))?"
             r"(?:[ \t]+(?:Stock[ \t]+)?Market)?(?:[ \t]+LLC)?|NasdaqGS|NasdaqGM|NasdaqCM"  # noqa: E501
             r"|Nasdaq[ \t]+(?:Copenhagen|Stockholm|Helsinki|Iceland|Riga|Tallinn"
             r"|Vilnius"
             r"|Baltic|First[ \t]+North(?:[ \t]+Growth[ \t]+Market)?)"
             r"|(?:Stockholm|Copenhagen|Helsinki|Iceland)[ \t]+Stock[ \t]+Exchange"),
    Exchange("OTCQX", "OTC", r"OTCQX(?:[ \t]+(?:Best[ \t]+)?Market)?"),
    Exchange("OTCQB", "OTC",
             r"OTCQB(?:[ \t]+(?:International|Venture))?(?:[ \t]+Market)?"),
    Exchange("OTC Pink", "OTC", r"OTC[ \t]+Pink|Pink[ \t]+Sheets"),
    Exchange("OTC", "OTC",
             r"OTC[ \t]+Bulletin[ \t]+Board|OTCBB|OTC[ \t]+Markets?|OTCMKTS|OTC"),
    Exchange("TSXV", "TSXV", r"TSX[ \t]+Venture(?:[ \t]+Exchange)?|TSX[-.]?V"),
    Exchange("TSX", "TSX", r"Toronto[ \t]+Stock[ \t]+Exchange|TSX"),
    Exchange("CSE", "CSE", r"Canadian[ \t]+Securities[ \t]+Exchange|CSE"),
    Exchange("Cboe CA", "Cboe", r"Cboe[ \t]+(?:Canada|CA)|NEO(?:[ \t]+Exchange)?"),
    Exchange("Cboe", "Cboe", r"Cboe(?:[ \t]+BZX)?"),
    Exchange("ASX", "ASX",
             r"Australian[ \t]+(?:Securities|Stock)[ \t]+Exchange|ASX"),
    Exchange("AIM", "AIM",
             r"Alternative[ \t]+Investment[ \t]+Market|AIM(?:[ \t]+market)?"),
    Exchange("LSE", "LSE", r"London[ \t]+Stock[ \t]+Exchange|LSE"),
    Exchange("HKEX", "HKEX",
             r"(?:The[ \t]+)?Stock[ \t]+Exchange[ \t]+of[ \t]+Hong[ \t]+Kong(?:[ \t]+Limited)?"  # noqa: E501
             r"|Hong[ \t]+Kong[ \t]+(?:Stock[ \t]+)?Exchange|HKEX|SEHK|HKSE"),
    Exchange("SGX", "SGX",
             r"Singapore[ \t]+Exchange(?:[ \t]+Securities[ \t]+Trading)?(?:[ \t]+Limited)?"  # noqa: E501
             r"|SGX(?:-ST)?|Catalist"),
    Exchange("NZX", "NZX", r"New[ \t]+Zealand[ \t]+(?:Stock[ \t]+)?Exchange|NZX"),
    Exchange("NSE", "NSE", r"National[ \t]+Stock[ \t]+Exchange[ \t]+of[ \t]+India|NSE"),
    Exchange("BSE", "BSE", r"Bombay[ \t]+Stock[ \t]+Exchange|BSE"),
    Exchange("TASE", "TASE", r"Tel[ \t]+Aviv[ \t]+Stock[ \t]+Exchange|TASE"),
    Exchange("TSE", "TSE",
             r"Tokyo[ \t]+Stock[ \t]+Exchange|Japan[ \t]+Exchange[ \t]+Group|TYO"),
    Exchange("Euronext Milan", "Euronext",
             r"Euronext[ \t]+Milan|Borsa[ \t]+Italiana|Borsa[ \t]+di[ \t]+Milano"
             r"|(?:Milan|Italian)[ \t]+Stock[ \t]+Exchange"),
    Exchange("Euronext", "Euronext",
             r"Euronext(?:[ \t]+Growth)?(?:[ \t]+(?:Oslo|Paris|Amsterdam|Brussels|Dublin|Lisbon|Milan))?"  # noqa: E501
             r"|Oslo(?:[ \t]+B[øo]rs)?|Paris[ \t]+Bourse|Bourse[ \t]+de[ \t]+Paris"
             r"|(?:Amsterdam|Brussels|Lisbon|Irish|Paris)[ \t]+Stock[ \t]+Exchange"),
    Exchange("JSE", "JSE", r"Johannesburg[ \t]+Stock[ \t]+Exchange|JSE"),
    Exchange("SIX", "SIX",
             r"SIX[ \t]+Swiss[ \t]+Exchange|Swiss[ \t]+(?:Stock[ \t]+)?Exchange|SIX"),
    Exchange("Xetra", "Xetra",
             r"Frankfurt(?:[ \t]+Stock[ \t]+Exchange)?|Deutsche[ \t]+B[öo]rse|Xetra|XETRA|FSE"),  # noqa: E501
    Exchange("Vienna", "Vienna", r"Vienna[ \t]+Stock[ \t]+Exchange|Wiener[ \t]+B[öo]rse"),  # noqa: E501
    Exchange("WSE", "WSE", r"Warsaw[ \t]+Stock[ \t]+Exchange|GPW"),
    Exchange("BME", "BME",
             r"Bolsa[ \t]+de[ \t]+Madrid|(?:Madrid|Spanish)[ \t]+Stock[ \t]+Exchange"),
    Exchange("Borsa Istanbul", "Borsa Istanbul",
             r"Borsa[ \t]+Istanbul|Istanbul[ \t]+Stock[ \t]+Exchange|BIST"),
    Exchange("MOEX", "MOEX", r"Moscow[ \t]+(?:Stock[ \t]+)?Exchange|MOEX"),
    Exchange("KRX", "KRX", r"Korea[ \t]+(?:Stock[ \t]+)?Exchange|KOSDAQ|KOSPI|KRX"),
    Exchange("IDX", "IDX", r"Indonesia[ \t]+Stock[ \t]+Exchange|IDX"),
    Exchange("SET", "SET", r"Stock[ \t]+Exchange[ \t]+of[ \t]+Thailand"),
    Exchange("PSE", "PSE", r"Philippine[ \t]+Stock[ \t]+Exchange"),
    Exchange("HOSE", "HOSE", r"Ho[ \t]+Chi[ \t]+Minh[ \t]+(?:City[ \t]+)?Stock[ \t]+Exchange"),  # noqa: E501
    Exchange("BMV", "BMV", r"Mexican[ \t]+Stock[ \t]+Exchange|Bolsa[ \t]+Mexicana(?:[ \t]+de[ \t]+Valores)?|BMV"),  # noqa: E501
    Exchange("PSX", "PSX", r"Pakistan[ \t]+Stock[ \t]+Exchange"),
    Exchange("DFM", "DFM", r"Dubai[ \t]+Financial[ \t]+Market|DFM"),
    Exchange("ADX", "ADX", r"Abu[ \t]+Dhabi[ \t]+Securities[ \t]+Exchange"),
    Exchange("QSE", "QSE", r"Qatar[ \t]+Stock[ \t]+Exchange"),
    Exchange("EGX", "EGX", r"Egyptian[ \t]+Exchange|EGX"),
    Exchange("NGX", "NGX", r"Nigerian[ \t]+(?:Stock[ \t]+)?Exchange|NGX"),
    Exchange("Bursa Malaysia", "Bursa Malaysia", r"Bursa[ \t]+Malaysia"),
    Exchange("B3", "B3",
             r"B3|BM&F[ \t]*Bovespa|Bovespa"
             r"|S[ãa]o[ \t]+Paulo[ \t]+Stock[ \t]+Exchange"),
    Exchange("SSE", "SSE", r"Shanghai[ \t]+Stock[ \t]+Exchange|SSE"),
    Exchange("SZSE", "SZSE", r"Shenzhen[ \t]+Stock[ \t]+Exchange|SZSE"),
    Exchange("TWSE", "TWSE", r"Taiwan[ \t]+(?:Stock[ \t]+)?Exchange|TWSE|TPEx"),
    Exchange("Tadawul", "Tadawul",
             r"Saudi[ \t]+(?:Stock[ \t]+)?Exchange|Tadawul|SASE"),
)  # fmt: skip

# One alternation for every written form, longest alternatives first per market.
EXCHANGE_ALTERNATION = "|".join(f"(?:{e.written})" for e in EXCHANGES)
_EXCHANGE_RES = tuple(
    (e, re.compile(rf"(?<![\w-])(?:{e.written})(?![\w-])", re.IGNORECASE))
    for e in EXCHANGES
)

# Market prefixes of data vendors' tickers: ``(HK:2477)``, ``(SG:40E)``. Only
# countries with one main exchange; ``US:`` or ``CA:`` name no single market.
COUNTRY_CODE_EXCHANGES: dict[str, str] = {
    "HK": "HKEX", "SG": "SGX", "AU": "ASX", "GB": "LSE", "UK": "LSE", "IL": "TASE",
    "JP": "TSE", "NZ": "NZX", "ZA": "JSE", "CH": "SIX", "MY": "Bursa Malaysia",
}  # fmt: skip

# Data vendors' market codes before a ticker (Google Finance, TipRanks and the
# like): "Acme plc (LON:ACME)", "[ETR:ACM]"; TSX Venture is "CVE". Not "TSE"
# (vendors' Toronto, but a Tokyo code in Japanese releases).
VENDOR_MARKET_CODES: dict[str, str] = {
    "LON": "LSE", "ETR": "Xetra", "FRA": "Xetra", "EPA": "Euronext",
    "AMS": "Euronext", "EBR": "Euronext", "ELI": "Euronext", "ISE": "Euronext",
    "OSL": "Euronext", "BIT": "Euronext Milan", "SWX": "SIX", "VTX": "SIX",
    "STO": "Nasdaq", "CPH": "Nasdaq", "HEL": "Nasdaq",
    "HKG": "HKEX", "TYO": "TSE", "SGX": "SGX", "ASX": "ASX", "NZE": "NZX",
    "TLV": "TASE", "JSE": "JSE", "KRX": "KRX", "KOSDAQ": "KRX", "TPE": "TWSE",
    "SHA": "SSE", "SHE": "SZSE", "NSE": "NSE", "BOM": "BSE",
    "CVE": "TSXV", "NYSE": "NYSE", "NASDAQ": "Nasdaq", "NYSEAMERICAN": "NYSE American",
    "NYSEARCA": "NYSE Arca", "OTCMKTS": "OTC", "BME": "BME", "WSE": "WSE",
    "VIE": "Vienna", "BIST": "Borsa Istanbul", "MCX": "MOEX", "IDX": "IDX",
    "BMV": "BMV", "BVMF": "B3", "KLSE": "Bursa Malaysia", "SET": "SET",
}  # fmt: skip

# Reuters instrument codes' market suffixes: "Acme Ltd (ACM.AX) said ..."
RIC_EXCHANGES: dict[str, str] = {
    "AX": "ASX", "L": "LSE", "HK": "HKEX", "SI": "SGX", "NZ": "NZX", "TO": "TSX",
    "V": "TSXV", "CN": "CSE", "NS": "NSE", "BO": "BSE", "TA": "TASE", "T": "TSE",
    "OL": "Euronext", "PA": "Euronext", "AS": "Euronext", "BR": "Euronext",
    "LS": "Euronext", "MI": "Euronext", "ST": "Nasdaq", "CO": "Nasdaq",
    "HE": "Nasdaq", "DE": "Xetra", "SS": "SSE", "SZ": "SZSE", "TW": "TWSE",
    "KS": "KRX", "KQ": "KRX", "JO": "JSE", "S": "SIX", "N": "NYSE", "O": "Nasdaq",
    "OQ": "Nasdaq", "KL": "Bursa Malaysia", "SA": "B3",
}  # fmt: skip

# Acronyms that a bracket holds in announcements and that are not tickers.
NOT_TICKERS = frozenset(
    {"CEO", "CFO", "COO", "CTO", "CIO", "CAO", "CLO", "CPA", "AGM", "EGM", "SEC",
     "USA", "US", "UK", "EU", "PRC", "LLC", "INC", "LTD", "PLC", "NED", "INED",
     "SID", "ESG", "AI", "IPO", "SPAC", "RBI", "FTC", "FDA", "NYSE", "ASX", "TSX",
     "HKEX", "SGX", "NZX", "NSE", "BSE", "OTC", "CSE", "LSE", "AIM", "GMT", "EST",
     "EDT", "ET", "PT", "CET", "BST", "THE", "NEW", "MD", "DBA"}
)  # fmt: skip

# (the lookahead holds every alternative's first letter: the alternation, tried
# after each blank of a text, fails at once on any other word; 30 % faster scans)
LEGAL_SUFFIX = (
    r"(?=[ABCGHIKLNOPSTp])"
    r"(?:(?:Pty|Pte\.?|Sdn\.?)[ \t]+(?:Ltd\.?|Limited|Bhd\.?)|AB[ \t]+\(publ\)"
    r"|S\.A\.B\.[ \t]+de[ \t]+C\.V\.|Inc\.?|Incorporated|Corp\.?|Corporation"
    r"|Co\.?,?[ \t]+(?:Ltd\.?|Limited)|Co\.?"
    r"|Company|Ltd\.?|Limited|PLC|plc|Plc|LLC|L\.P\.|LP|N\.V\.|NV|S\.A\.S\.|SAS"
    r"|S\.A\.|SA|AG|KGaA|SE|ASA|A/S|ApS|AS|AB|Oyj|OYJ|Oy|B\.V\.|BV|K\.K\.|S\.p\.A\."
    r"|SpA|Srl|S\.r\.l\.|GmbH|Bhd\.?|Berhad|Tbk\.?|Group|Holdings|Bancorp|Bancshares"
    r"|Trust)"
)

# Words that end a headline's subject: verbs of announcements and board words.
HEADLINE_STOP = frozenset(
    [
        "announces",
        "announce",
        "announced",
        "names",
        "named",
        "appoints",
        "appointed",
        "appoint",
        "elects",
        "elected",
        "elect",
        "welcomes",
        "welcome",
        "adds",
        "add",
        "expands",
        "expand",
        "updates",
        "update",
        "reports",
        "report",
        "says",
        "said",
        "declares",
        "declare",
        "completes",
        "complete",
        "strengthens",
        "strengthen",
        "enhances",
        "enhance",
        "bolsters",
        "bolster",
        "unveils",
        "unveil",
        "reveals",
        "reveal",
        "confirms",
        "confirm",
        "approves",
        "approve",
        "provides",
        "provide",
        "issues",
        "issue",
        "releases",
        "release",
        "shares",
        "share",
        "files",
        "file",
        "to",
        "will",
        "has",
        "have",
        "is",
        "are",
        "was",
        "were",
        "taps",
        "tap",
        "hires",
        "hire",
        "promotes",
        "promote",
        "joins",
        "join",
        "nominates",
        "nominate",
        "mourns",
        "mourn",
        "boosts",
        "reappoints",
        "re-appoints",
        "re-elects",
        "forms",
        "presents",
        "steps",
        "resigns",
        "retires",
        "loses",
        "selects",
        "picks",
        "receives",
        "approve",
        "approves",
        "nonexecutive",
        "shareholders",
        "stockholders",
        "investors",
        "remembers",
        "remember",
        "reshuffles",
        "reshuffle",
        "chairman",
        "chair",
        "chairwoman",
        "chairperson",
        "ceo",
        "cfo",
        "president",
        "director",
        "directors",
        "board",
        "founder",
        "co-founder",
        "executive",
        "non-executive",
        "independent",
        "vice",
        "interim",
        "lead",
        "senior",
        "officer",
        "md",
        "managing",
        "--",
        "–",
        "—",
        ":",
        "|",
        "and",
        "on",
        "in",
        "for",
        "with",
        "as",
    ]
)

# A headline's verbs: a name before a ticker bracket starts after the last one
# ("Jane Roe Joins Acme Corp. (NYSE: ACME)").
HEADLINE_VERBS = frozenset(
    {
        "announces",
        "names",
        "appoints",
        "elects",
        "welcomes",
        "adds",
        "joins",
        "join",
        "joined",
        "taps",
        "hires",
        "promotes",
        "nominates",
        "expands",
        "strengthens",
        "bolsters",
        "enhances",
        "reshuffles",
        "mourns",
        "remembers",
    }
)

# Places whose possessive opens a news story's subject: "Australia's Acme said".
COUNTRY_POSSESSORS = frozenset(
    {"australia", "canada", "china", "japan", "india", "britain", "hong kong",
     "singapore", "israel", "new zealand", "south africa", "germany", "france",
     "switzerland", "sweden", "norway", "denmark", "finland", "taiwan", "korea",
     "south korea", "malaysia", "indonesia", "brazil", "mexico", "ireland", "italy",
     "spain", "netherlands", "saudi arabia", "the uk", "the us", "u.s.", "uk", "us"}
)  # fmt: skip

# Words that "the <X> board" takes that are not a company's name (nor, alone,
# the subject of "The Company announces ...")
NOT_A_BOARD_NAME = frozenset(
    """company group bank trust fund audit nomination nominating remuneration
    compensation supervisory advisory executive management main full new current
    entire whole corporate parent holding the same previous corporation issuer
    registrant board""".split()  # noqa: SIM905
)

# Verbs that follow an issuer opening a news sentence ("Acme said Monday ...").
ISSUER_VERB = (
    r"(?:said|says|announced|announces|has\s+announced|today\s+announced"
    r"|has\s+appointed|appointed|has\s+named|named|reported|disclosed|confirmed"
    r"|has\s+elected|elected|on\s+\w+day\s+(?:announced|said|named|appointed))"
)

# US states and provinces as datelines abbreviate them, and country names.
REGION_WORD = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich"
    r"|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C"
    r"|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C|B\.C|Ont|Que|Alta|Sask|Man)\.?"
)


# Regions whose name holds "and": "ST. JOHN'S, Newfoundland and Labrador"
REGION_WITH_AND = (
    r"(?:Newfoundland[ \t]+and[ \t]+Labrador|Trinidad[ \t]+and[ \t]+Tobago"
    r"|Bosnia[ \t]+and[ \t]+Herzegovina|Antigua[ \t]+and[ \t]+Barbuda"
    r"|Saint[ \t]+Kitts[ \t]+and[ \t]+Nevis"
    r"|Turks[ \t]+and[ \t]+Caicos(?:[ \t]+Islands)?)"
)

# US states' and Canadian provinces' postal codes, as a dateline may write them
# without a comma ("CONCORD NC - October 6, 2025")
POSTAL_REGIONS = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO
    MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
    AB BC MB NB NL NS NT NU ON PE QC SK YT""".split()  # noqa: SIM905
)


def exchange_of(written: str) -> Exchange | None:
    """The market a written name denotes (``The Nasdaq Stock Market LLC``: Nasdaq)."""
    text = " ".join(written.split())
    for exchange, pattern in _EXCHANGE_RES:
        if pattern.search(text):
            return exchange
    return None


def short_exchange(written: str) -> str:
    """The short name of a written exchange, or the text itself when unknown."""
    exchange = exchange_of(written)
    return exchange.short if exchange else " ".join(written.split())


def exchange_family(written: str) -> str:
    """What two exchange readings must share to agree (the scorer compares this)."""
    exchange = exchange_of(written)
    return exchange.family if exchange else " ".join(written.lower().split())

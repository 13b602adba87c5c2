"""The word lists a person's name is judged by: given names, surnames, word shapes.

The given-name and surname lists are derived from Faker's person providers, the
common English words from pyspellchecker's frequency list (both MIT licence; see
``resources/persons/README.md``); each is read once, lazily.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reviewer.core import lazyre as re
from reviewer.core.extraction.patterns import NICKNAMES
from reviewer.paths import resource

# Romanised surnames and given-name syllables written in Hong Kong, Singapore,
# Malaysia and Korea (Cantonese, Hokkien, Teochew, Hakka and Revised
# Romanisation), which Faker's pinyin lists do not hold.
ROMANISED = frozenset(
    """
    au chan chau cheng cheung cheuk chiu choi chong chow choy chu chui chung fan fok
    fong fu fung hau ho hon hui hung ip kam kan kei keung ko kok kong kou kuk kwan
    kwok kwong lai lam lau law lee leung li liu lo lok lui lun lung ma mak man mok
    mui ng ngai pang poon pun sam shek sheung shiu sin siu so suen sum sze tai tam
    tang tong tsang tse tsoi tsui tung wai wan wing wong woo wu yam yan yau yeung
    yik yim yin yip yiu yu yue yuen yung
    ang aw beh boey chee chew chia chin chng chua eng gan goh heng hoon kee khoo koh
    kok kuan lim loh low neo ong ooi pek peh png quek seah see seet sim soh tan tay
    tee teh teo teoh toh wee yap yeo yeoh
    ahn bae baek cha chae cho choe chun eun gu ha hwang hyun jang jeon jeong ji jin
    jo joo jung kang kim koo kwon min moon nam noh oh paik park ryu seo seok seong
    shin sohn song suh won yang yoo yoon
    pui yee kit fai chun ming wah kin hing keung shing kwai sau tak yat mei ling
    siew hock seng beng kiat
    """.split()  # noqa: SIM905
)

# Short forms of given names that Faker's lists lack ("Norm Pozez").
NICKNAMES_GIVEN = frozenset(NICKNAMES) | frozenset(
    "norm art bud chip skip sandy gus hal les mo ty buzz biff hank jock kip".split()  # noqa: SIM905
)

# Particles and surname prefixes written with an inner capital (McCann, DeMark).
CAMEL_PREFIXES = (
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "fitz", "st",
    "al", "el", "ben", "abu", "na", "o'", "o’", "d'", "d’",
)  # fmt: skip

# Endings of English nouns and adjectives that a name on neither list is
# unlikely to have (Disclosures, Obligations, Ownership, Convertible).
WORD_ENDING = re.compile(
    r"(?:tions?|sions?|ments?|ness|ships?|ities|ity|ures|ings|ible|able|ory|ives?"
    r"|isms?|ics|ized|ised|ated|ances|ences|ants|ents|ees|ors)$"
)

# Capitalised words that are never a name (function words, legal nouns).
NEVER = frozenset(
    """if when where whether while though although because unless until then than
    so not nor yet but however thus hence therefore accordingly pursuant whereas
    hereby herein thereof total nil none nan n/a see per via re vs
    """.split()  # noqa: SIM905
)


@cache
def _names(filename: str) -> frozenset[str]:
    path = resource("persons", filename)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # a broken install: judge by shape and context alone
        return frozenset()
    return frozenset(
        line.strip() for line in text.splitlines() if line and not line.startswith("#")
    )


@cache
def english_words() -> frozenset[str]:
    """Case-folded common English words that are on neither name list."""
    return _names("english.txt")


@cache
def given_names() -> frozenset[str]:
    """Case-folded given names."""
    return _names("given.txt") | ROMANISED | NICKNAMES_GIVEN


@cache
def surnames() -> frozenset[str]:
    """Case-folded surnames."""
    return _names("surnames.txt") | ROMANISED


# A lower-case word, not part of an e-mail address, a web address or a file name
# ("roger.schrum@sonoco.com").
_LOWER_WORD = re.compile(r"(?<![\w.@/-])[a-zà-ÿ][a-zà-ÿ'’-]+(?![\w@/]|\.\w)")


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """Words that ``text`` writes in lower case somewhere (``obligations``)."""
    return frozenset(_LOWER_WORD.findall(text))


# Places written like a two- or three-word name ("San Francisco", "Hong Kong").
_PLACE_TEXT = """hong kong|san francisco|san diego|san jose|san antonio|san mateo
    |santa clara|santa monica|santa barbara|los angeles|las vegas|new york
    |new jersey|new delhi
    |new zealand|new mexico|new hampshire|new orleans|new south wales|kuala lumpur
    |buenos aires|tel aviv|abu dhabi|sao paulo|são paulo|rio de janeiro|cayman
    islands|virgin islands|salt lake city|palo alto|menlo park|mountain view|costa
    rica|saudi arabia|south africa|north carolina|south carolina|north dakota|south
    dakota|west virginia|rhode island|puerto rico|mexico city|hong kong sar|st louis
    |st. louis|st paul|st. paul|fort worth|fort lauderdale|baton rouge|des moines
    |la jolla|el paso|cape town|ho chi minh city|kansas city|oklahoma city|jersey
    city|long island|silicon valley|wall street|saint petersburg|st petersburg
    |st. petersburg|great britain|united kingdom|united arab emirates|isle of man
    |channel islands|british columbia|nova scotia|new brunswick|sri lanka|el salvador
    |dominican republic|czech republic|south korea|north america|latin america
    |middle east|asia pacific"""
PLACES = frozenset(" ".join(p.split()) for p in _PLACE_TEXT.split("|"))

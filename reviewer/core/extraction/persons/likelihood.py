"""How much a capitalised run looks like a person's name.

Evidence for a person: the words are on the given-name and surname lists, an
honorific (``Mr.``), middle initials (``Lisa M. Mooney``), a suffix
(``Jr.``), a nickname, or what is written next to the name (``, aged 54``,
``said``, ``(63)``). Evidence against: a word the document also writes in lower
case (``obligations``), a common English word on no name list (``Balance``),
an English noun's ending (``Disclosures``), a function
word (``If``), an inner capital that is not a surname prefix
(``DaimlerChrysler``), a place's preposition (``in San Francisco``).

The evidence is summed as log-odds: a run with no evidence either way is
slightly more likely a person than not, so that unknown names keep working, and
one word read as a common word outweighs one known name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reviewer.core import lazyre as re
from reviewer.core.extraction.persons.lexicon import (
    CAMEL_PREFIXES,
    NEVER,
    PLACES,
    WORD_ENDING,
    english_words,
    given_names,
    lower_words,
    surnames,
)

# Weights of the log-odds sum; see the module docstring.
PRIOR = 0.4
KNOWN = 1.0  # a word on the list its place in the name calls for
KNOWN_ELSEWHERE = 0.6  # on the other list (surname-first names: "Zou Tao")
COMMON_WORD = -2.2  # on no list, and written in lower case in the document
KNOWN_BUT_COMMON = 0.0  # on a list and written in lower case ("Will", "Grant")
WORD_SHAPE = -1.6  # on no list, with a noun's or adjective's ending
DICTIONARY = -1.2  # on no name list, and a common English word ("Balance")
NEVER_NAME = -4.0
CAMEL = -1.6
INITIAL = 0.6
HONORIFIC = 3.0
SUFFIX = 1.0
NICKNAME = 1.0
CUE = 1.5
PLACE_BEFORE = -0.8
ORG_BEFORE = -1.6
THRESHOLD = 0.5

# Malaysian titles written like names ("Tan Sri Dato' Lim Kok Thay").
_TITLES = frozenset({"tan sri", "puan sri", "datuk seri", "dato seri", "dato sri"})
_JOINER = re.compile(r"[-'’]")  # "Osei-Mensah", "O'Donnell"
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?$")
_SUFFIX = re.compile(r"(?:Jr|Sr|II|III|IV|Ph\.?D|M\.?D|CBE|OBE|MBE|KBE)\.?$")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_QUOTES = "(\"“'‘"
_NICK = re.compile(r"^[(\"“'‘]+.*[)\"”'’]+$")
_PARTICLES = frozenset(
    """de da das do dos van von der den del della des la le di du bin binti bint ibn
    al el ter ten y e los las dei degli zu""".split()  # noqa: SIM905
)
# Written right after a person's name.
_CUE_AFTER = re.compile(
    r"^(?:,?\s*\(?(?:aged?\s*)?\d{2}\)?(?:[,;)]|\s+(?:years?|yrs))"
    r"|,?\s*(?:aged?|who|he|she|his|her)\b|\s+(?:said|says|stated|added|commented"
    r"|noted|commented|will\s+(?:serve|join|retire|step)|has\s+served|served"
    r"|resigned|retired|joined|passed\s+away)\b)",
    re.IGNORECASE,
)
# Written right after an organisation's name: "Citrine Informatics, an AI software
# provider for chemical companies", "Halden, a Toronto-based investment firm".
_ORG_AFTER = re.compile(
    r"^,\s*(?:an?|the)\s+(?:(?!(?:at|of|with|in|for|and|who|whose)\b)[\w/&’'-]+\s+){0,6}?"
    r"(?:company|provider|firm|manufacturer|maker|producer|developer|supplier|bank"
    r"|operator|corporation|conglomerate|startup|start-up)(?:\s+(?:of|for|in|that"
    r"|which|with|based)\b|\s*[,.;)])",
    re.IGNORECASE,
)
# Written right before the name: a person's title (``Director``, ``Dear``), a
# place's preposition (``based in``), an organisation's (``member of``). Searched
# in the last few dozen characters only.
_BEFORE = re.compile(
    r"(?:(?P<cue>\b(?:director|chairman|chairwoman|chair|ceo|cfo|founder|dear|by|mr"
    r"|ms|mrs|dr)\.?,?|/s/)\s*"
    r"|(?P<place>\b(?:in|near|from))\s+"
    r"|(?P<org>\b(?:member|director|partner|chairman|chairwoman|officer|president"
    r"|ceo|cfo|founder|employee|subsidiary|division|affiliate|unit|shareholder)s?"
    r"\s+of)\s+)$",
    re.IGNORECASE,
)
_BEFORE_SPAN = 24


@dataclass(frozen=True, slots=True)
class NameContext:
    """What surrounds a name.

    Attributes:
        before: the text right before the name (a few dozen characters).
        after: the text right after it.
        lower_words: the words the document writes in lower case.
    """

    before: str = ""
    after: str = ""
    lower_words: frozenset[str] = frozenset()

    @classmethod
    def around(cls, text: str, start: int, end: int) -> NameContext:
        """The context of ``text[start:end]`` within the whole document ``text``."""
        return cls(
            text[max(0, start - 40) : start],
            text[end : end + 90],
            lower_words(text),
        )


def _split(name: str) -> tuple[list[str], dict[str, float]]:
    """The name's words and the evidence of its shape."""
    words = name.replace(",", " , ").split()
    found = {"honorific": 0.0, "suffix": 0.0, "initials": 0.0, "nickname": 0.0}
    kept: list[str] = []
    for word in words:
        if word == ",":
            continue
        if word[0] in _QUOTES and _NICK.match(word):
            found["nickname"] = 1.0
        elif not kept and len(word) <= 5 and _HONORIFIC.match(word):
            found["honorific"] = 1.0
        elif kept and len(word) <= 5 and _SUFFIX.match(word):
            found["suffix"] = 1.0
        elif word[-1] == "." and _INITIAL.match(word):
            found["initials"] += 1.0
        elif word.lower() not in _PARTICLES and any(c.isalpha() for c in word):
            kept.append(word.strip(".,;:"))
    return kept, found


def _camel(word: str) -> bool:
    """An inner capital that is not a surname prefix (DaimlerChrysler, not McCann)."""
    for at in range(1, len(word)):
        inner = word[at].isupper() and word[at - 1].islower()
        if inner and word[:at].lower() not in CAMEL_PREFIXES:
            return True
    return False


def _word_evidence(
    word: str, place: int, count: int, lower: frozenset[str]
) -> tuple[str, float]:
    """The kind of evidence one word of a name gives, and its weight.

    Kinds: ``known``, ``common``, ``never``, ``camel`` or ``none``.
    """
    key = word.casefold()
    if key in NEVER:
        return "never", NEVER_NAME
    given, family = given_names(), surnames()
    first, last = place == 0, place == count - 1
    parts = _JOINER.split(key) if _JOINER.search(key) else ()
    on_given = key in given or any(p in given for p in parts)
    on_family = key in family or any(p in family for p in parts)
    if (first and on_given) or (last and on_family) or (not first and on_given):
        score = KNOWN
    elif on_given or on_family:
        score = KNOWN_ELSEWHERE
    else:
        score = 0.0
    if word.isupper() and len(word) > 1:  # "TAN Shu Fen": a surname in capitals
        return ("known", score) if score else ("none", 0.0)
    common = key in lower
    if score > 0:
        return ("none", KNOWN_BUT_COMMON) if common else ("known", score)
    if common:
        return "common", COMMON_WORD
    if len(key) >= 6 and WORD_ENDING.search(key):
        return "common", WORD_SHAPE
    if key in english_words():
        return "common", DICTIONARY
    if _camel(word):
        return "camel", CAMEL
    return "none", 0.0


def leading_noise(words: list[str], lower: frozenset[str]) -> int:
    """How many of the first ``words`` are not part of the name.

    "Years V. James Vena", "Nil Nil George Stubos": function words and common
    words, leaving two words at least, the first of them an initial or a given
    name (so that "Card Interchange Fee" is judged whole).
    """
    count = 0
    while len(words) - count > 2:
        kind, _weight = _word_evidence(words[count], 0, len(words), lower)
        if kind not in ("never", "common"):
            break
        count += 1
    rest = words[count] if count else ""
    if count and not (_INITIAL.match(rest) or rest.casefold() in given_names()):
        return 0
    return count


def _context(name: str, context: NameContext | str | None) -> NameContext:
    """A name's context; a string is the sentence or document it was written in."""
    if context is None:
        return NameContext()
    if isinstance(context, NameContext):
        return context
    at = context.find(name)
    if at < 0:
        return NameContext(lower_words=lower_words(context))
    return NameContext.around(context, at, at + len(name))


def features(name: str, context: NameContext | str | None = None) -> dict[str, float]:
    """The evidence that ``name`` is a person, one number per kind, as features.

    Keys: ``known`` (words on a name list), ``common`` (words on no name list
    that the document writes in lower case, that are common English words or
    that end like English nouns), ``never`` (function words), ``camel``,
    ``honorific``, ``suffix``, ``initials``, ``nickname``,
    ``cue`` (``aged 54``, ``said``...), ``place`` (``in`` before, or a known
    place), ``org`` (``member of`` before), ``words`` and ``log_odds`` (their
    weighted sum). ``context`` is as for :func:`person_likelihood`.
    """
    context = _context(name, context)
    words, found = _split(name)
    out = dict.fromkeys(("known", "common", "never", "camel"), 0.0)
    log_odds = PRIOR
    for place, word in enumerate(words):
        kind, weight = _word_evidence(word, place, len(words), context.lower_words)
        log_odds += weight
        if kind != "none":
            out[kind] += 1
    out.update(found)
    before = _BEFORE.search(context.before, max(0, len(context.before) - _BEFORE_SPAN))
    said = before.lastgroup if before else None  # "cue", "place" or "org"
    cue = bool(_CUE_AFTER.match(context.after)) or said == "cue"
    out["cue"] = float(cue)
    place = said == "place"
    whole = " ".join(words).casefold()
    if whole in PLACES or whole in _TITLES:
        out["never"] += 1
        log_odds += NEVER_NAME
        place = True
    out["place"] = float(place)
    out["org"] = float(said == "org" or bool(_ORG_AFTER.match(context.after)))
    out["words"] = float(len(words))
    log_odds += (
        HONORIFIC * found["honorific"]
        + SUFFIX * found["suffix"]
        + INITIAL * min(found["initials"], 2.0)
        + NICKNAME * found["nickname"]
        + CUE * out["cue"]
        + PLACE_BEFORE * out["place"]
        + ORG_BEFORE * out["org"]
    )
    if not words and not found["honorific"]:
        log_odds = NEVER_NAME  # initials or punctuation alone name no one
    out["log_odds"] = log_odds
    return out


def person_likelihood(name: str, context: NameContext | str | None = None) -> float:
    """How likely ``name`` is a person's name, from 0 to 1.

    Args:
        name: the name as written (``Mr. Lam Pui Yee, Cynthia``,
            ``Lisa M. Mooney``), honorific, initials and suffix included.
        context: what surrounds it: a :class:`NameContext`, or the sentence (or
            document) it was written in, which is searched for the name.

    A run that carries no evidence either way scores a little above one half.
    """
    log_odds = features(name, context)["log_odds"]
    return 1.0 / (1.0 + math.exp(-log_odds))


def is_person(name: str, context: NameContext | str | None = None) -> bool:
    """Whether ``name`` is more likely a person than not."""
    return person_likelihood(name, context) >= THRESHOLD

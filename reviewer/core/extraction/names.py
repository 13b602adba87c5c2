"""People's names: mentions, later references and one canonical name per person.

``Joe Rutherford``, ``Mr. Rutherford`` and ``Joseph J. Rutherford`` become one
person; the canonical name is the fullest form written, without honorific or
nickname (``William M. "Bill" Brown`` -> ``William M. Brown``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.core import lazyre as re
from reviewer.core.extraction.patterns import (
    ENGLISH_GIVEN_AFTER,
    LOWER,
    NICKNAMES,
    NOT_NAME_WORDS,
    NOUN_WORDS,
    ORG_WORDS,
    UPPER,
)
from reviewer.core.extraction.persons import (
    THRESHOLD,
    NameContext,
    leading_noise,
    person_likelihood,
)
from reviewer.core.extraction.persons.credentials import credentials_end
from reviewer.core.extraction.persons.lexicon import lower_words

_UPPER = UPPER
_LOWER = LOWER
# Hyphenated romanised given names with a small second part (``Tai-wing``,
# ``Min-jun``, ``Seo-yeon``), but not ``Co-chair`` or ``Re-elect``.
_GIVEN_TAIL = (
    rf"(?:-(?!(?:chair|elect|based|owned|led|up|in|on|off|wide|time|term|year|end|and"
    rf"|old|new|run|law|day|tax|free|made|like|style|type|size)(?![{_LOWER}]))"
    rf"[{_LOWER}]{{2,6}}(?![{_LOWER}-]))?"
)
_TOKEN = (
    # O’Donnell, D'Angelo, al-Amin, d'Aubigné
    rf"(?:(?:[{_UPPER}]['’]|(?:al|el)-|d['’])(?=[{_UPPER}]))?"
    rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:(?:[-'’]|-\n[ \t]*)[{_UPPER}][{_LOWER}]+)*"  # "Okonkwo-\nBell" in a PDF
    + _GIVEN_TAIL
)
_INITIAL = rf"[{_UPPER}]\."
_NICK = rf"\(\s*[\"“]?[{_UPPER}][{_LOWER}]+[\"”]?\s*\)|[\"“][{_UPPER}][{_LOWER}]+[\"”]"
_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "van", "von", "der", "den", "del", "della", "des"}
    | {"la", "le", "di", "du", "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten"}
    | {"y", "e", "los", "las", "dei", "degli", "zu", "St.", "Ó", "Ní", "Nic", "Mac"}
)
_PARTICLE = (
    "(?:"
    # longest first; then alphabetical, so the pattern is the same in every run
    + "|".join(re.escape(p) for p in sorted(_PARTICLES, key=lambda p: (-len(p), p)))
    + ")"
)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\b\.?"
_SUFFIX = r"(?:,?\s(?:Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b|Ph\.\s?D\.|M\.D\.|MD\b|CBE\b|OBE\b))"  # noqa: E501
_UNIT = rf"(?:{_TOKEN}|{_INITIAL}|{_NICK})"
_SEP = r"(?:[ \t]{1,3}\n?[ \t]{0,3}|\n[ \t]{0,3})"
NAME_RE = re.compile(
    rf"(?<![\w.])(?=[{_UPPER}\"“(])(?P<hon>{_HONORIFIC}\s*)?"
    # after an honorific a name may open with its particles: "Ms. de la Cruz"
    rf"(?P<body>(?:(?<=[.\s]){_PARTICLE}\s(?:{_PARTICLE}\s)?(?=[{_UPPER}]))?"
    # after an honorific a surname may be written in capitals: "Ms. TAN Shu Fen"
    rf"(?:(?(hon)[{_UPPER}]{{2,}}(?![\w-])|(?!))|{_UNIT})"
    rf"(?:{_SEP}(?:{_PARTICLE}\s){{0,2}}{_UNIT}){{0,9}})"
    rf"(?P<suffix>{_SUFFIX})?"
)
_NICK_RE = re.compile(_NICK)
_WORD_RE = re.compile(rf"{_NICK}|\S+")
_LEGAL_AFTER = re.compile(
    r",?\s*(?:Inc\b|Corp|LLC|LLP|Ltd|Limited\b|L\.P\.|LP\b|plc|Co\.|Pty\b|GmbH\b|AG\b"
    r"|SE\b|S\.\s?A\.|N\.\s?V\.|B\.\s?V\.|S\.\s?p\.\s?A\.|S\.\s?L\.|S\.\s?à|Srl\b|SpA\b)"
)
_KEPT_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # part of the name


@dataclass(frozen=True, slots=True)
class Mention:
    """A written reference to a person.

    Attributes:
        start: offset of the first character (honorific included).
        end: offset one past the last character.
        tokens: the name's words without honorific, nickname or suffix.
        nickname: the nickname written in quotes or brackets, if any.
        suffix: ``Jr.``, ``III``... as written, if any.
        honorific: whether ``Mr.``/``Ms.``/``Dr.`` preceded the name.
        likelihood: how likely the words are a person's name, from 0 to 1
            (:func:`reviewer.core.extraction.persons.person_likelihood` in the
            document's context); a feature for a learned decision.
    """

    start: int
    end: int
    tokens: tuple[str, ...]
    nickname: str = ""
    suffix: str = ""
    honorific: bool = False
    likelihood: float = 1.0

    @property
    def is_full(self) -> bool:
        """Whether the mention has a first name and a surname."""
        named = [t for t in self.tokens if not t.endswith(".") and t not in _PARTICLES]
        return len(named) >= 2

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.tokens[-1]


@dataclass
class Person:
    """One person: every mention that refers to them."""

    mentions: list[Mention] = field(default_factory=list)
    _full: Mention | None = None

    def add(self, mention: Mention) -> None:
        """Add a mention, keeping the fullest one at hand."""
        self.mentions.append(mention)
        best = self._full
        if (
            best is None
            or (mention.is_full and not best.is_full)
            or (
                mention.is_full == best.is_full
                and (len(mention.tokens), -mention.start)
                > (len(best.tokens), -best.start)
            )
        ):
            self._full = mention

    @property
    def full(self) -> Mention:
        """The fullest mention (most words; the earliest among equals)."""
        assert self._full is not None
        return self._full

    @property
    def name(self) -> str:
        """The canonical name as written, without honorific or nickname.

        The fullest form wins; among forms of the same length, the one written
        most often (``Bill Gray`` over a headline's ``William (Bill) Gray``).
        """
        best = self.full
        same = [m for m in self.mentions if len(m.tokens) == len(best.tokens)]
        if len(same) > 1:
            counts: dict[tuple[str, ...], int] = {}
            for m in same:
                counts[m.tokens] = counts.get(m.tokens, 0) + 1
            best = max(same, key=lambda m: (counts[m.tokens], -m.start))
        name = " ".join(best.tokens)
        return f"{name}, {best.suffix}" if best.suffix else name

    @property
    def surname(self) -> str:
        """The surname of the fullest mention."""
        return self.full.surname


def _clean_token(token: str) -> str:
    return token.strip(" ,")


def _split_body(
    body: str, offset: int, org_tokens: set[str] | None = None
) -> list[tuple[int, int, list[str]]]:
    """Split a capitalised run at words that cannot be part of a name.

    Words right before a thing's or an organisation's noun (``Maple Industry``
    in ``Maple Industry Council``) are dropped and, when ``org_tokens`` is
    given, remembered as organisation words.
    """
    pieces: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    cur_start = -1
    cur_end = -1
    before = ""  # the word that split the run before the current piece
    for match in _WORD_RE.finditer(body):
        word = match.group()
        key = word.strip(".,").lower()
        initial = len(word) == 2 and word.endswith(".")
        if not initial and not _NICK_RE.fullmatch(word) and key in NOT_NAME_WORDS:
            title = before == "chief" or key in ("officer", "officers")
            if current and key not in NOUN_WORDS and key not in ORG_WORDS and not title:
                pieces.append((cur_start, cur_end, current))
            elif current and org_tokens is not None and not title:
                org_tokens.update(w.strip(".,").lower() for w in current)
            # "Chief Consumer Banking Officer": the words of a title, not a name
            current, cur_start, before = [], -1, key
            continue
        if cur_start < 0:
            cur_start = offset + match.start()
        cur_end = offset + match.end()
        current.append(word)
    if current:
        pieces.append((cur_start, cur_end, current))
    return pieces


_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|an?|at|our|its)\s+|[@/#\[])$", re.IGNORECASE)


_ORG_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+$")
_POSSESSIVE_ORG = re.compile(
    r"['’]s\s+(?:board|company|common|shares|stock)\b", re.IGNORECASE
)


def find_mentions(
    text: str,
    start: int,
    end: int,
    exclude: frozenset[str] = frozenset(),
    org_tokens: set[str] | None = None,
) -> list[Mention]:
    """Return name mentions in ``text[start:end]``, in text order.

    Args:
        text: the document text (a name may wrap onto the next line, but a blank
            line ends it).
        start: where to start.
        end: where to stop.
        exclude: lower-case words that mark a run as something else (the issuer's
            own name).
        org_tokens: when given, collects the words of organisation names found
            (``Orion Nova Srl``), so that a later ``Orion Nova`` can be
            told from a person.
    """
    mentions: list[Mention] = []
    for match in NAME_RE.finditer(text, start, end):
        body = match.group("body")
        if _is_something_else(text, match, exclude, org_tokens):
            continue
        for p_start, p_end, piece in _split_body(body, match.start("body"), org_tokens):
            mention = _mention(text, match, p_start, p_end, piece, org_tokens)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _is_something_else(
    text: str,
    match: re.Match[str],
    exclude: frozenset[str],
    org_tokens: set[str] | None,
) -> bool:
    """Whether the whole run names something other than a person.

    The issuer, a possession (``Acme's board``), a thing after an article, an
    organisation's ``of``.
    """
    keys = [w.strip(".,").lower() for w in match.group("body").split()]
    if any(k in exclude for k in keys):
        return True
    if match.group("hon") is None and _POSSESSIVE_ORG.match(
        text, match.end(), min(len(text), match.end() + 16)
    ):
        return True
    if match.group("hon") is None and _ARTICLE_BEFORE.search(
        text[max(0, match.start() - 6) : match.start()]
    ):
        return True
    org_of = _ORG_OF_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if org_of and org_of.group(1).lower() in ORG_WORDS:
        if org_tokens is not None:  # "Food Bank of Central Ohio"
            org_tokens.update(keys)
        return True
    return False


def _tokens(piece: list[str]) -> tuple[list[str], str]:
    """A piece's name words and its nickname.

    Hyphen-wrapped words are joined and a trailing initial is dropped.
    """
    nickname = ""
    tokens: list[str] = []
    for word in piece:
        if _NICK_RE.fullmatch(word):
            nickname = word.strip('()"“” ')
        else:
            tokens.append(_clean_token(word))
    for at in range(len(tokens) - 2, -1, -1):
        if tokens[at].endswith("-"):  # "Osei-" + "Mensah" wrapped at the hyphen
            tokens[at : at + 2] = [tokens[at] + tokens[at + 1]]
    while tokens and tokens[-1].endswith(".") and len(tokens[-1]) == 2:
        tokens.pop()  # a trailing "A." is not a surname
    return tokens, nickname


def _mention(
    text: str,
    match: re.Match[str],
    p_start: int,
    p_end: int,
    piece: list[str],
    org_tokens: set[str] | None,
) -> Mention | None:
    """The mention a piece of a capitalised run makes, or None.

    None when it names an organisation, too few or too many words, or no person.
    """
    piece_keys = [w.strip(".,").lower() for w in piece]
    if any(k in ORG_WORDS for k in piece_keys):
        if org_tokens is not None:
            org_tokens.update(k for k in piece_keys if k not in ORG_WORDS)
        return None
    tokens, nickname = _tokens(piece)
    for _ in range(leading_noise(tokens, lower_words(text))):
        p_start = text.find(tokens.pop(0), p_start) + 1  # "Nil Nil George"
        p_start = _next_word(text, p_start, p_end)
    if not tokens:
        return None
    last = tokens[-1].rsplit("-", 1)[-1] if "-" in tokens[-1] else tokens[-1]
    found_at = text.rfind(last, p_start, p_end)
    name_end = found_at + len(last) if found_at >= 0 else p_end
    if _LEGAL_AFTER.match(text, name_end, name_end + 14):
        if org_tokens is not None:  # "Minera Sur S.A.": an organisation
            org_tokens.update(piece_keys)
        return None
    suffix = ""
    if len(tokens) > 2 and tokens[-1].lower() in ("jr", "sr"):
        suffix = tokens.pop() + "."  # "Castellano Jr. and ...": a suffix
        p_end = name_end + (1 if text[name_end : name_end + 1] == "." else 0)
    named = [t for t in tokens if not t.endswith(".") and t not in _PARTICLES]
    has_hon = match.group("hon") is not None and p_start == match.start("body")
    if (len(named) < 2 and not has_hon) or len(named) > 4:
        return None
    m_start = match.start() if has_hon else p_start
    suffix, m_end = _suffix(text, match, p_end, suffix, named)
    while m_end > m_start and text[m_end - 1] in " ,":
        m_end -= 1
    around = NameContext.around(text, m_start, m_end)
    likelihood = person_likelihood(text[m_start:m_end], around)
    if not has_hon and likelihood < THRESHOLD:
        return None  # "Amended Articles", "Listing Obligations"
    words = tuple(" ".join(t.split()) for t in tokens)
    return Mention(m_start, m_end, words, nickname, suffix, has_hon, likelihood)


def _suffix(
    text: str, match: re.Match[str], p_end: int, suffix: str, named: list[str]
) -> tuple[str, int]:
    """The suffix kept on the name and where the mention ends.

    The suffix is ``Jr.`` or the like, or the English given name of ``Lam Pui
    Yee, Cynthia``.
    """
    m_end = p_end
    if p_end == match.end("body") and match.group("suffix"):
        suffix = match.group("suffix").strip(" ,")
        m_end = match.end()
    if suffix.replace(".", "").replace(" ", "").lower() not in _KEPT_SUFFIXES:
        suffix = ""  # degrees and honours (Ph.D., M.D., CBE) are not the name
    # Hong Kong style "Lam Pui Yee, Cynthia": the English given name
    short = not suffix and len(named) == 3 and max(map(len, named)) <= 5
    english = ENGLISH_GIVEN_AFTER.match(text, m_end) if short else None
    if english and english.group(1).lower() not in NOT_NAME_WORDS:
        suffix, m_end = english.group(1), english.end(1)
    # "Jane Roe, M.D., FAHA": the mention covers the credentials (name:post_nominals)
    return suffix, credentials_end(text, m_end)


def _next_word(text: str, at: int, end: int) -> int:
    """The offset of the next word at or after ``at`` (``end`` when there is none)."""
    while at < end and not text[at].isspace():
        at += 1
    while at < end and text[at].isspace():
        at += 1
    return at


def _first_names_agree(a: str, b: str) -> bool:
    initial_a, initial_b = a.endswith("."), b.endswith(".")
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b:
        return True
    if initial_a or initial_b or len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    return NICKNAMES.get(a) == b or NICKNAMES.get(b) == a


def _is_tail(short: Mention, full: Mention) -> bool:
    """Whether ``short`` is the double surname of ``full``.

    For example ``Paredes Villanueva`` of ``Lucía Paredes Villanueva``.
    """
    words = [t for t in full.tokens if not t.endswith(".")]
    named = [t for t in short.tokens if not t.endswith(".")]
    return 2 <= len(named) < len(words) and words[-len(named) :] == named


def cluster(mentions: list[Mention]) -> list[Person]:
    """Group mentions into people.

    Full names with the same surname and agreeing first names (initial or a known
    nickname) are one person; a bare ``Mr. Surname`` joins the most recent person
    with that surname (or with that first word, for surname-first names).
    """
    people: list[Person] = []
    by_surname: dict[str, list[Person]] = {}
    last_seen: dict[int, int] = {}
    pending: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if not mention.is_full:
            pending.append(mention)
            continue
        key = mention.surname.lower()
        target = None
        for person in by_surname.get(key, []):
            if _first_names_agree(person.full.tokens[0], mention.tokens[0]) or _is_tail(
                mention, person.full
            ):
                target = person
                break
        if target is None:
            target = Person()
            people.append(target)
            by_surname.setdefault(key, []).append(target)
        target.add(mention)
        last_seen[id(target)] = mention.start
    for mention in pending:
        key = mention.surname.lower()
        candidates = by_surname.get(key, [])
        if not candidates:
            candidates = [p for p in people if p.full.tokens[0].lower() == key]
        if not candidates:
            continue
        before = [
            p for p in candidates if any(m.start < mention.start for m in p.mentions)
        ]
        pool = before or candidates
        best = max(
            pool,
            key=lambda p: max(
                (m.start for m in p.mentions if m.start < mention.start), default=-1
            ),
        )
        best.add(mention)
    return people


def attach(people: list[Person], mention: Mention) -> Person:
    """Return the known person ``mention`` names, or a new one added to ``people``."""
    key = mention.surname.lower()
    for person in people:
        if person.surname.lower() == key and (
            not mention.is_full
            or _first_names_agree(person.full.tokens[0], mention.tokens[0])
        ):
            person.add(mention)
            return person
    person = Person()
    person.add(mention)
    people.append(person)
    return person

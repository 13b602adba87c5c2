"""The issuer's name as candidates and a learned ranker (issue #12, docs/fields.md).

Every company rule (``company.py``) proposes its answer, and a few generators
add names no single rule would pick first (an "About Acme" heading, the most
frequent name with a legal suffix, each ticker bracket and defined term on its
own). Candidates with the same name (the scorer's normalisation: case,
punctuation and legal suffixes ignored) are merged, keeping the rule ids of
all that proposed it. Each is described by general features (which rules
proposed it, whether the first-answer-wins order picks it, where it first
occurs, how often the text uses it, a legal suffix, a ticker bracket beside
it, in the headline, in an "About" heading, how person-like it looks).

A logistic ranker (``resources/models/company.json``, plain data, trained by
``python scripts/issuer_ranker.py train``) scores them; the best one is the
company when its probability reaches the model's threshold, else the field is
left empty. Without the model file the rules' first answer is used.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TypeVar

from reviewer.core import lazyre as re
from reviewer.core.extraction.fields.company import (
    _DEFINED_BARE_RE,
    _DEFINED_RE,
    _HAS_SUFFIX_RE,
    _NOT_LEAD,
    _SUFFIX_TAIL,
    _after_verb,
    _in_headline,
    _looks_like_person,
    _name_before,
    brief_header,
    edgar_header,
    find_issuer,
    headline,
    lead,
    letter,
    letterhead,
    release,
    signature,
)
from reviewer.core.extraction.fields.lexicon import (
    HEADLINE_STOP,
    ISSUER_VERB,
    NOT_A_BOARD_NAME,
)
from reviewer.core.extraction.fields.page import NOT_FOUND, Found, Page
from reviewer.core.extraction.fields.ticker import (
    _RIC_RE,
    _TICKER_BRACKET_RE,
    _VENDOR_BRACKET_RE,
    after_a_name,
)
from reviewer.core.extraction.filing import Span
from reviewer.core.extraction.patterns import UPPER
from reviewer.core.vocabulary import HONORIFICS

MODEL_NAME = "company.json"
_FAR = 20000  # how far into the text names are counted (as the release rule reads)
_CAPITAL = "0-9" + UPPER


@dataclass
class IssuerCandidate:
    """One proposed issuer name, the rules that proposed it and its features."""

    span: Span
    key: str  # the scorer's normalised form
    rules: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


# "About Acme Corp." / "ABOUT ACME CORP" / "### About Acme": a release's boilerplate
_ABOUT_RE = re.compile(
    rf"(?m)^[ \t*#_>]*(?:About|ABOUT)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>[{_CAPITAL}a-z][^\n:]{{1,70}}?)[ \t*_:.]*$"
)
_WORD = rf"[{_CAPITAL}][\w&.'’-]*"
_NOT_WITHIN = r"(?<![\w&.'’-])"
# A legal suffix ("Acme Widgets, Inc.", "Tarn Gold Limited"), found first, then the
# capitalised run that ends at it (a name of one to six words)
_SUFFIX_AT_RE = re.compile(rf"{_SUFFIX_TAIL}(?![\w])")
_RUN_BEFORE_SUFFIX_RE = re.compile(
    rf"{_NOT_WITHIN}{_WORD}(?:[ \t]+(?:{_WORD}|&|of|and|de)){{0,5}}$"
)
# "Telecom company BT Group plc (BT_A.L, BT) announced", "Wealth manager M&G
# announced", "Taylor Wimpey PLC on Friday said": a verb of news, found first, then
# the name (with its suffix and a bracket) that ends at it
_NEWS_VERB_RE = re.compile(
    rf"[ \t]+(?:on[ \t]+\w+day[ \t]+|today[ \t]+)?{ISSUER_VERB}\b"
)
_NAME_BEFORE_VERB_RE = re.compile(
    rf"{_NOT_WITHIN}(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&|of|and|de)){{0,5}}"
    rf"{_SUFFIX_TAIL}?)(?:[ \t]*\([^()\n]{{1,40}}\))?$"
)
# "The Board of Directors of Acme today ...", "join Acme Board of Directors",
# "the Supervisory Board of TRATON SE": an organisation's board, found by "Board"
_BOARD_WORD_RE = re.compile(r"\b(?:[Bb]oard|BOARD)\b")
_NAME_AFTER_BOARD_RE = re.compile(
    rf"(?:[Bb]oard|BOARD)[ \t]+of[ \t]+(?:[Dd]irectors[ \t]+of[ \t]+)?(?:the[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|&|of|and)){{0,5}}?{_SUFFIX_TAIL}?)"
    r"(?=[ \t]*(?:[,.;:()\n]|$|[ \t][a-z]))"
)
_OWNER_BEFORE_BOARD_RE = re.compile(
    rf"{_NOT_WITHIN}(?!(?:The|THE|A|An|Its|Our|Their|This|Supervisory)\b)"
    rf"(?P<owner>{_WORD}(?:[ \t]+{_WORD}){{0,5}})(?:['’]s?)?[ \t]+$"
)
_NOT_ISSUER_WORDS = frozenset(
    """securities exchange commission stock board committee nasdaq nyse newswire
    prnewswire globenewswire businesswire accesswire newsfile reuters
    tipranks""".split()  # noqa: SIM905
)


@lru_cache(maxsize=4096)
def normalise_company(value: str) -> str:
    """The scorer's comparison form (imported late: evaluate imports extraction)."""
    from reviewer.core.evaluate import normalise_company as normalise

    return normalise(value)


def _found(span: Span, rule: str) -> Found:
    return Found(span, rule) if span.value else NOT_FOUND


def _release_parts(page: Page, dateline_issuer: Span) -> list[Found]:
    """``company.release`` split by source: dateline, each bracket, defined term."""
    start, end = page.first, min(page.last, page.first + 20000)
    found = [_found(dateline_issuer, "company.release.dateline")]
    sources = (
        (_TICKER_BRACKET_RE, "company.release.ticker"),
        (_VENDOR_BRACKET_RE, "company.release.vendor"),
        (_RIC_RE, "company.release.ric"),
        (_DEFINED_RE, "company.release.defined"),
        (_DEFINED_BARE_RE, "company.release.defined"),
    )
    for pattern, rule in sources:
        first = page.search(pattern, start, end)  # (cached: the rules looked)
        if first is None:
            continue
        matches = islice(
            (
                m
                for m in pattern.finditer(page.flat, first.start(), end)
                if pattern is not _RIC_RE or after_a_name(page.flat, m.start())
            ),
            3,
        )
        for match in matches:
            name = _after_verb(
                _name_before(page, match.start(), max(start, match.start() - 150))
            )
            found.append(_found(name, rule))
    return found


def _about(page: Page) -> list[Found]:
    found: list[Found] = []
    for begin, stop in page.spans:
        for match in _ABOUT_RE.finditer(page.text, begin, stop):
            name = match.group("name").strip()
            if len(name.split()) > 8 or name.lower().startswith(("us", "the company")):
                continue
            span = Span(name, match.start("name"), match.start("name") + len(name))
            found.append(Found(span, "company.about"))
            if len(found) >= 2:
                return found
    return found


def _frequent_suffixed(page: Page) -> list[Found]:
    """The two names with a legal suffix the text writes most often."""
    counts: dict[str, int] = {}
    first: dict[str, Span] = {}
    for begin, stop in page.spans:
        after_suffix = -1
        for suffix in _SUFFIX_AT_RE.finditer(
            page.text, begin, min(stop, page.first + _FAR)
        ):
            if suffix.start() == after_suffix:
                continue  # "Acme Group Holdings": one name, read at "Group"
            after_suffix = suffix.end()
            run = _RUN_BEFORE_SUFFIX_RE.search(
                page.text, max(begin, suffix.start() - 120), suffix.start()
            )
            if not run:
                continue
            name = page.text[run.start() : suffix.end()]
            words = name.lower().split()
            if words[0] in ("the", "a", "an") or any(
                w.strip(".,") in _NOT_ISSUER_WORDS for w in words
            ):
                continue
            key = normalise_company(name)
            if not key:
                continue
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, Span(name, run.start(), suffix.end()))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k].start))[:2]
    return [Found(first[k], "company.frequent_suffixed") for k in ranked]


def _trimmed(text: str, start: int) -> Span:
    """A name without leading articles, titles or headline words."""
    words = text.split()
    while words and (
        words[0].lower() in _NOT_LEAD
        or words[0].lower() in HEADLINE_STOP
        or words[0].lower().strip(".") in HONORIFICS
    ):
        words = words[1:]
    if (
        not words
        or not words[0][:1].isalpha()
        or words[0].lower().strip(".,;:") in ("directors", "i", "we")
        or (len(words) == 1 and words[0].lower() in NOT_A_BOARD_NAME)
        or any(w.lower().strip(".,") in _NOT_ISSUER_WORDS for w in words)
    ):
        return Span("")  # "2019", "Directors I hereby ...", "the Company"
    name = " ".join(words)
    at = text.find(words[0])
    return Span(name, start + at, start + at + len(name))


def _name_verb(page: Page) -> list[Found]:
    """The first two names before a verb of news in the opening 1,500 characters."""
    found: list[Found] = []
    start, end = page.first, min(page.last, page.first + 1500)
    for verb in _NEWS_VERB_RE.finditer(page.text, start, end):
        match = _NAME_BEFORE_VERB_RE.search(
            page.text, max(start, verb.start() - 160), verb.start()
        )
        if not match:
            continue
        span = _trimmed(match.group("name"), match.start("name"))
        if span.value:
            found.append(Found(span, "company.name_verb"))
            if len(found) >= 2:
                break
    return found


def _board_of(page: Page) -> list[Found]:
    """The first two organisations whose board the opening 3,000 characters name.

    The name before "Board" ("Acme Board of Directors") or after "Board of"
    ("the Board of Directors of Acme"); not "Securities and Exchange Board of
    India", "the Audit Committee board".
    """
    found: list[Found] = []
    start, end = page.first, min(page.last, page.first + 3000)
    for board in _BOARD_WORD_RE.finditer(page.text, start, end):
        owner = _OWNER_BEFORE_BOARD_RE.search(
            page.text, max(start, board.start() - 100), board.start()
        )
        if owner:
            group, match = "owner", owner
            before = page.text[max(0, owner.start() - 5) : owner.start()]
            if before.endswith(("and ", "of ", "& ")) or (
                owner.group("owner").split()[0].lower() in NOT_A_BOARD_NAME
            ):
                continue
        else:
            after = _NAME_AFTER_BOARD_RE.match(page.text, board.start(), end)
            if not after:
                continue
            group, match = "name", after
        span = _trimmed(match.group(group), match.start(group))
        if span.value and not any(
            w.lower() in HEADLINE_STOP for w in span.value.split()
        ):
            found.append(Found(span, f"company.board_of.{group}"))
            if len(found) >= 2:
                break
    return found


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Glued before a name: a stored page's date marker, an 8-K cover's label and date
# ("Date of report (...): June 2, 2021 ACME, INC."), a descriptor ("Perth-based",
# "ASX-listed"), a title ("CEO of")
_GLUED_DATE_RE = re.compile(
    rf"(?:[^:\n]{{0,80}}:[ \t]*)?(?i:date[ \t]+)?"
    rf"(?:\d{{4}}-\d\d-\d\d|(?i:{_MONTH})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+(?i:{_MONTH})[ \t]+\d{{4}})[ \t,]+(?=\S)"
)
_GLUED_DESCRIPTOR_RE = re.compile(
    r"(?:[\w.&'’]+-(?i:based|listed|headquartered|registered|owned|backed"
    r"|controlled|focused)[ \t]+)+(?=\S)"
)
_GLUED_TITLE_RE = re.compile(
    r"(?i:(?:the[ \t]+)?(?:CEO|CFO|COO|Chair(?:man|woman|person)?|President"
    r"|(?:Board[ \t]+of[ \t]+)?Directors?|Founder|Managing[ \t]+Director)"
    r"(?:[ \t]+of)?)[ \t]+(?=[A-Z0-9])"
)
# The next sentence glued after it: "Acme Ferries. Chair ..." (not "Acme Co. Ltd")
_GLUED_SENTENCE_RE = re.compile(r"\.[ \t]+(?P<word>[A-Za-z]+)")
_ENDS_ON = frozenset(
    "of as to the and for in on at by with from & a an".split()  # noqa: SIM905
)
_TIME_RE = re.compile(r"\d{1,2}(?::\d\d)?[ \t]*(?i:a\.?m\b|p\.?m\b)")
_NUMBER_RE = re.compile(r"\d+(?:st|nd|rd|th)?")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def clean_name(span: Span) -> Span:
    """``span`` without what is glued to the name, or empty when it is no name.

    Cut: a date marker or a cover's label and date before it, a descriptor
    ("Malaysia-based"), a title ("CEO of"), the next sentence after it ("...
    Services. Chair"). Dropped: a person with an honorific and no legal suffix,
    a run ending on a preposition or article (a headline cut short; "Fjord Data
    AS" is a Norwegian company, "... OF JO PARK AS" in capitals is not), a time of
    day, a number or ordinal, a generic word's possessive ("the Company's").
    """
    value, start = span.value, span.start
    for pattern in (_GLUED_DATE_RE, _GLUED_DESCRIPTOR_RE, _GLUED_TITLE_RE):
        glued = pattern.match(value)
        if glued:
            value, start = value[glued.end() :], start + glued.end()
    for sentence in _GLUED_SENTENCE_RE.finditer(value):
        word = sentence.group("word").lower()
        if word in HEADLINE_STOP or word in _NOT_LEAD:
            value = value[: sentence.start()]
            break
    words = value.split()
    if not words:
        return Span("")
    suffixed = bool(_HAS_SUFFIX_RE.search(value.rstrip(" .,")))
    bare = _POSSESSIVE_RE.sub("", value).lower().split()
    if (
        (words[0].lower().rstrip(".") in HONORIFICS and not suffixed)
        or (words[-1].lower() in _ENDS_ON and not (suffixed and not value.isupper()))
        or _TIME_RE.match(value)
        or _NUMBER_RE.fullmatch(value)
        or (bare[-1:] and bare[-1] in NOT_A_BOARD_NAME and len(bare) <= 2
            and bare[0] in ("the", bare[-1]))
    ):  # fmt: skip
        return Span("")
    if value == span.value:
        return span
    return Span(value, start, start + len(value))


def _cleaned(found: Found) -> Found:
    if not found.span.value:
        return found
    span = clean_name(found.span)
    return Found(span, found.rule) if span.value else NOT_FOUND


def candidates(
    page: Page, dateline_issuer: Span, cover_name: Found
) -> list[IssuerCandidate]:
    """Every issuer-name candidate of ``page``, merged by name, with features.

    Each rule runs once; the first answer in the rules' old order
    (:func:`company.find_issuer`) is marked ``first_wins``.
    """
    from_release = release(page, dateline_issuer)
    name = page.metadata.get("company_name", "")
    metadata = Found(Span(name), "company.metadata") if name else NOT_FOUND
    ordered: list[Found] = [
        cover_name,
        headline(page, from_release.span),
        from_release,
        letterhead(page),
        headline(page, from_release.span, weak=True),
        letter(page),
        signature(page),
        brief_header(page),
        lead(page),
        edgar_header(page),
        metadata,
    ]
    proposals = [f for f in ordered[:-1] if f is not from_release]
    proposals += _release_parts(page, dateline_issuer)
    proposals += _about(page)
    proposals += _name_verb(page)
    proposals += _board_of(page)
    proposals += _frequent_suffixed(page)
    proposals.append(metadata)
    ordered = [_cleaned(f) for f in ordered]
    proposals = [_cleaned(f) for f in proposals]
    chosen = next((f for f in ordered if f.span.value), NOT_FOUND)
    merged: dict[str, IssuerCandidate] = {}
    for found in proposals:
        if not found.span.value:
            continue
        key = normalise_company(found.span.value)
        if not key:
            continue
        if key not in merged:
            merged[key] = IssuerCandidate(found.span, key)
        if found.rule not in merged[key].rules:
            merged[key].rules.append(found.rule)
    chosen_key = normalise_company(chosen.span.value) if chosen.span.value else ""
    out = list(merged.values())
    lowered = page.lowered()
    for candidate in out:
        candidate.features = _features(page, candidate, chosen_key, len(out), lowered)
    return out


_BRACKET_AFTER_RE = re.compile(r"[ \t,]*(?:\(|\[)")


def _features(
    page: Page, candidate: IssuerCandidate, chosen: str, count: int, lowered: str
) -> dict[str, float]:
    """General features of one candidate (deterministic, from the page alone)."""
    value = candidate.span.value
    feats: dict[str, float] = {f"rule:{r}": 1.0 for r in candidate.rules}
    feats["rules_n"] = math.log1p(len(candidate.rules))
    if candidate.key == chosen:
        feats["first_wins"] = 1.0
    if count == 1:
        feats["alone"] = 1.0
    places = name_places(page, candidate.key, lowered)
    feats["freq"] = math.log1p(len(places))
    if not places:
        feats["absent"] = 1.0
    else:
        offset = places[0] - page.first
        feats["pos:first300"] = 1.0 if offset < 300 else 0.0
        feats["pos:first1500"] = 1.0 if offset < 1500 else 0.0
        if any(_BRACKET_AFTER_RE.match(page.text, at) for at in _ends(page, places)):
            feats["bracket_after"] = 1.0
        if any(_in_headline(page, at) for at in places[:5]):
            feats["in_headline"] = 1.0
    if _HAS_SUFFIX_RE.search(value.rstrip(" .,")) or _HAS_SUFFIX_RE.search(value):
        feats["suffix"] = 1.0
    words = value.split()
    if len(words) > 5:
        feats["long"] = 1.0
    if len(words) == 1:
        feats["one_word"] = 1.0
    if value.isupper() and len(value) > 4:
        feats["capitals"] = 1.0
    if _looks_like_person(value) or words[0].lower().strip(".") in HONORIFICS:
        feats["person_like"] = 1.0
    if any(w.lower().strip(".,") in _NOT_ISSUER_WORDS for w in words):
        feats["board_word"] = 1.0
    return {k: v for k, v in feats.items() if v}


def _word_char(c: str) -> bool:
    r"""``\w`` as Python's ``re`` reads it: a letter or digit, or the underscore."""
    return c.isalnum() or c == "_"


def _key_at(text: str, lowered: str, at: int, stop: int, tokens: list[str]) -> bool:
    r"""Whether the name's words are written at ``at`` (before ``stop``).

    The words in order, case ignored, each one to three characters apart that
    are not letters or digits, not inside a longer word: what the pattern
    ``(?<!\w)w1[\W_]{1,3}w2...(?!\w)`` (case ignored) matches, without compiling
    one pattern per name (a compilation took longer than the rest of the search).
    """
    return key_end(text, lowered, at, stop, tokens) >= 0


def key_end(text: str, lowered: str, at: int, stop: int, tokens: list[str]) -> int:
    """Where the name's words written at ``at`` end, or -1 (:func:`_key_at`)."""
    if at > 0 and _word_char(text[at - 1]):
        return -1
    return _tokens_at(text, lowered, at, stop, tokens, 0)


def _tokens_at(
    text: str, lowered: str, at: int, stop: int, tokens: list[str], index: int
) -> int:
    token = tokens[index]
    end = at + len(token)
    if end > stop or lowered[at:end] != token:
        return -1
    if index == len(tokens) - 1:
        return end if end >= stop or not _word_char(text[end]) else -1
    for gap in (3, 2, 1):  # greedy, as the pattern backtracks
        if end + gap > stop or any(c.isalnum() for c in text[end : end + gap]):
            continue
        found = _tokens_at(text, lowered, end + gap, stop, tokens, index + 1)
        if found >= 0:
            return found
    return -1


def name_places(page: Page, key: str, lowered: str) -> list[int]:
    """Where the text writes the name's normalised words (at most 40 places).

    ``lowered``: the page's text in lower case (same offsets), searched for the
    first word, then the words are compared in place (:func:`_key_at`).
    """
    if not key:
        return []
    tokens = key.split()
    head = tokens[0]
    found: list[int] = []
    for begin, stop in page.spans:
        if begin >= page.first + _FAR:
            break
        stop = min(stop, page.first + _FAR)
        at = lowered.find(head, begin, stop)
        while at >= 0:
            if _key_at(page.text, lowered, at, stop, tokens):
                found.append(at)
                if len(found) >= 40:
                    return found
            at = lowered.find(head, at + 1, stop)
    return found


_NAME_END_RE = re.compile(rf"[\w&.'’ -]{{1,80}}?{_SUFFIX_TAIL}?(?=[ \t,]*[(\[])")


def _ends(page: Page, places: list[int]) -> list[int]:
    """The end of the name (with a legal suffix) at each of ``places``."""
    ends: list[int] = []
    for at in places[:10]:
        run = _NAME_END_RE.match(page.text[at : at + 100])
        ends.append(at + run.end() if run else at)
    return ends


class _HasFeatures(Protocol):
    @property
    def features(self) -> Mapping[str, float]:
        """The candidate's features (name: value)."""


_Described = TypeVar("_Described", bound=_HasFeatures)


@dataclass(frozen=True)
class Ranker:
    """A linear model over the candidates' named features."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float
    meta: Mapping[str, Any] = field(default_factory=dict)

    def score(self, feats: Mapping[str, float]) -> float:
        """P(the candidate is the issuer)."""
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def choose(self, found: Sequence[_Described]) -> _Described | None:
        """The best candidate, or None when none reaches the threshold."""
        best: tuple[float, int] | None = None
        for index, candidate in enumerate(found):
            p = self.score(candidate.features)
            if best is None or p > best[0]:
                best = (p, index)
        if best is None or best[0] < self.threshold:
            return None
        return found[best[1]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Ranker:
        """Build a ranker from its JSON form (``to_json``)."""
        names, coefs = data["features"], data["coefficients"]
        if len(names) != len(coefs):
            raise ValueError("the ranker's features and coefficients differ in length")
        return cls(
            {str(n): float(c) for n, c in zip(names, coefs, strict=True) if c},
            float(data["intercept"]),
            float(data.get("threshold", 0.5)),
            {
                k: v
                for k, v in data.items()
                if k not in ("features", "coefficients", "intercept", "threshold")
            },
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form: meta keys, then the model."""
        names = sorted(self.weights)
        return {
            **self.meta,
            "intercept": self.intercept,
            "threshold": self.threshold,
            "features": names,
            "coefficients": [self.weights[n] for n in names],
        }


def ranker_path() -> Path:
    """Where the shipped ranker lives."""
    from reviewer.paths import resource

    return resource("models", MODEL_NAME)


@lru_cache(maxsize=1)
def shipped_ranker() -> Ranker | None:
    """The shipped ranker, read once; None when absent (the rules' first answer)."""
    try:
        data = json.loads(ranker_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return Ranker.from_json(data)


_IN_USE: ContextVar[Ranker | None] = ContextVar("issuer_ranker", default=None)


@contextmanager
def using_ranker(ranker: Ranker) -> Iterator[None]:
    """Extract with ``ranker`` instead of the shipped one (cross-validation folds)."""
    token = _IN_USE.set(ranker)
    try:
        yield
    finally:
        _IN_USE.reset(token)


def current_ranker() -> Ranker | None:
    """The ranker in use: a fold's (:func:`using_ranker`) or the shipped one."""
    return _IN_USE.get() or shipped_ranker()


def ranked_issuer(
    page: Page, dateline_issuer: Span, cover_name: Found, ranker: Ranker | None
) -> Found:
    """The issuer by the ranker (the rules' first answer without one)."""
    if ranker is None:
        return find_issuer(page, dateline_issuer, cover_name)
    found = candidates(page, dateline_issuer, cover_name)
    best = ranker.choose(found)
    if best is None:
        return NOT_FOUND
    return Found(best.span, "company.ranked:" + "+".join(best.rules))

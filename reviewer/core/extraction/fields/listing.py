"""The issuer's own listing sentence names its market (issue #12, docs/fields.md).

News stories and company profiles say where the issuer is listed without a
ticker bracket: "Acme SE is listed in the Prime Standard segment of the
Frankfurt Stock Exchange", "Acme is a Perth-based insurer with a listing on the
NZX", "Catalist-listed Acme". Such a sentence is read only where its subject is
the company already chosen (the ranker's answer), so a biography's "a director
of Nasdaq-listed Orbis Labs" or "Tarn Gold, which is listed on the ASX" names
no market for the issuer.
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.extraction.fields.company import _SUFFIX_TAIL
from reviewer.core.extraction.fields.issuer import (
    key_end,
    name_places,
    normalise_company,
)
from reviewer.core.extraction.fields.lexicon import EXCHANGE_ALTERNATION, exchange_of
from reviewer.core.extraction.fields.page import NOT_FOUND, Found, Page
from reviewer.core.extraction.filing import Span

# A known market, capitalised as a market is ("the aim of" is not AIM)
_MARKET = rf"(?<![\w-])(?=[A-Z])(?P<ex>(?i:{EXCHANGE_ALTERNATION}))(?![\w-])"
_MARKET_RE = re.compile(_MARKET)
# "Catalist-listed Acme", "Nasdaq listed Acme" (just before the name)
_LISTED_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?=[A-Z])(?P<ex>(?i:{EXCHANGE_ALTERNATION}))(?:-|[ \t]+)listed[ \t]+$"
)
# After the name (a legal suffix and a short aside allowed): the verb that makes
# the issuer the sentence's subject
_SUBJECT_RE = re.compile(
    rf"{_SUFFIX_TAIL}?[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?(?:,[^,.;\n]{{1,60}},[ \t]*)?"
    r"(?:is|are|was|were|has[ \t]+been|have[ \t]+been|remains|became)\b"
)
# Then, within the same sentence and before any relative clause of another
# subject, where it is listed
_LISTED_AT_RE = re.compile(
    r"\b(?:which|who|whose|that|while|whereas)\b"
    r"|\b(?P<listed>(?:listed|quoted|traded)[ \t]+(?:on|in)"
    r"|(?:an?|its)[ \t]+(?:[\w-]+[ \t]+)?listing[ \t]+on)\b"
)
_SENTENCE_END_RE = re.compile(r"[.;!?](?:[ \t\n]|$)|\n")
_REACH = 200  # how far a listing sentence reads after the name
_MARKET_REACH = 90  # how far the market may be from "listed on"


def issuer_listing(page: Page, issuer: Span) -> Found:
    """The market of the issuer's own listing sentence, or nothing."""
    key = normalise_company(issuer.value) if issuer.value else ""
    if not key:
        return NOT_FOUND
    text = page.text
    lowered = page.lowered()
    tokens = key.split()
    for at in name_places(page, key, lowered):
        before = _LISTED_BEFORE_RE.search(text, max(0, at - 60), at)
        if before and exchange_of(before.group("ex")):
            return _found(before)
        end = key_end(text, lowered, at, page.last, tokens)
        subject = _SUBJECT_RE.match(text, end) if end >= 0 else None
        if not subject:
            continue
        stop = min(page.last, subject.end() + _REACH)
        sentence_end = _SENTENCE_END_RE.search(text, subject.end(), stop)
        if sentence_end:
            stop = sentence_end.start()
        for listed in _LISTED_AT_RE.finditer(text, subject.end(), stop):
            if not listed.group("listed"):
                break  # "..., which is listed on": another subject
            market = _MARKET_RE.search(
                text, listed.end(), min(stop, listed.end() + _MARKET_REACH)
            )
            if market and exchange_of(market.group("ex")):
                return _found(market)
            break
    return NOT_FOUND


def _found(match: re.Match[str]) -> Found:
    exchange = exchange_of(match.group("ex"))
    short = exchange.short if exchange else match.group("ex")
    span = Span(short, match.start("ex"), match.end("ex"))
    return Found(span, "exchange.issuer_listed")

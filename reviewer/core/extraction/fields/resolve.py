"""Run the field rules over one document and record what they found."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reviewer.core.document import Document
from reviewer.core.entities import EntityLabel
from reviewer.core.extraction.announce import announcement
from reviewer.core.extraction.fields.company import cover
from reviewer.core.extraction.fields.dated import DateCandidate
from reviewer.core.extraction.fields.dated import candidates as dated_candidates
from reviewer.core.extraction.fields.issuer import (
    IssuerCandidate,
    candidates,
    current_ranker,
    ranked_issuer,
)
from reviewer.core.extraction.fields.listing import issuer_listing
from reviewer.core.extraction.fields.page import Found, make_page
from reviewer.core.extraction.fields.ticker import find_ticker
from reviewer.core.extraction.filing import Span, find_company
from reviewer.core.extraction.output import EntityCollector


@dataclass(frozen=True)
class FilingValues:
    """The document-level values and the rule that produced each.

    Attributes:
        city: the dateline's place, with its state or country when written.
        company: the issuer's name as written.
        ticker: the issuer's ticker or stock code.
        exchange: the exchange's short name (``docs/fields.md``).
        rules: ``{field: rule name}`` for the fields found.
        release_issuer: the issuer as the release itself names it (cover,
            ticker bracket, defined "Company", the name after the dateline), as
            the event rules have always been given it.
        announcement_date: the release's date, by every date rule
            (docs/fields.md): the dataset's column, and what the event rules
            read a date without a year and "immediately" against.
    """

    city: Span
    company: Span
    ticker: Span
    exchange: Span
    rules: dict[str, str]
    release_issuer: Span
    announcement_date: date | None = None


def filing_fields(
    document: Document,
    flat: str,
    spans: list[tuple[int, int]],
    ents: EntityCollector,
) -> FilingValues:
    """Issuer, ticker, exchange, announcement date and dateline of ``document``."""
    text = document.text
    page = make_page(document, flat, spans)
    (dated, date_rule), city, issuer = announcement(
        document, flat, text, spans, ents, page
    )
    on_cover = cover(page)
    company = ranked_issuer(page, issuer, on_cover, current_ranker())
    ents.add_span(company.span, EntityLabel.COMPANY, 0.8)
    ticker, exchange = find_ticker(page, lambda p: issuer_listing(p, company.span))
    ents.add_span(ticker.span, EntityLabel.TICKER, 0.8)
    ents.add_span(exchange.span, EntityLabel.EXCHANGE, 0.8)
    found: dict[str, Found] = {
        "company": company, "ticker": ticker, "exchange": exchange
    }  # fmt: skip
    rules = {k: v.rule for k, v in found.items() if v.span.value}
    if dated is not None:
        rules["announcement_date"] = date_rule
    return FilingValues(
        city,
        company.span,
        ticker.span,
        exchange.span,
        rules,
        _release_issuer(document, flat, spans, issuer, on_cover.span),
        dated,
    )


def _release_issuer(
    document: Document,
    flat: str,
    spans: list[tuple[int, int]],
    issuer: Span,
    on_cover: Span,
) -> Span:
    first = spans[0][0] if spans else 0
    last = spans[-1][1] if spans else len(flat)
    company = on_cover
    if not company.value:
        company = find_company(document.text, flat, first, last, "", skip_cover=True)
    if not company.value or (issuer.value and company.start > issuer.start):
        company = issuer if issuer.value else company
    return company if company.value else Span(document.metadata.get("company_name", ""))


def issuer_candidates(document: Document) -> list[IssuerCandidate]:
    """The issuer candidates of ``document`` with their features (for training)."""
    from reviewer.core.extraction.scope import regions
    from reviewer.core.extraction.sentences import flatten

    text = document.text
    flat = flatten(text)
    spans = regions(document)
    page = make_page(document, flat, spans)
    _dated, _city, issuer = announcement(
        document, flat, text, spans, EntityCollector(text), page
    )
    return candidates(page, issuer, cover(page))


def date_candidates(document: Document) -> list[DateCandidate]:
    """The announcement-date candidates of ``document`` (for training)."""
    from reviewer.core.extraction.scope import regions
    from reviewer.core.extraction.sentences import flatten

    text = document.text
    flat = flatten(text)
    spans = regions(document)
    page = make_page(document, flat, spans)
    (dated, _rule), _city, _issuer = announcement(
        document, flat, text, spans, EntityCollector(text), page
    )
    return dated_candidates(document, page, dated)

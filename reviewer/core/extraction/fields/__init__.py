"""Filing fields from a document's structure: issuer, ticker, exchange, dates, dateline.

Each field has its own module of named rules (``company``, ``ticker``, ``when``)
over one :class:`~reviewer.core.extraction.fields.page.Page`; the words they share
are data in ``lexicon``. ``resolve.filing_fields`` runs them all.
"""

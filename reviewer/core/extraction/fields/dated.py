"""The announcement date as candidates and a learned ranker (docs/fields.md).

Every date rule of ``announce.py`` and ``when.py`` proposes its date on its own
(not only the first that answers), with two more sources: the first dated
mention of the text's opening, and the page's own timestamp (front matter
``date``; never the release date alone, by the corpus conventions, but a date
the others may agree with). One more candidate stands for "no date": the gold
readings leave the date empty when the page carries none. Candidates with the
same date are merged, keeping every rule id.

These candidates are for measuring (``python scripts/issuer_ranker.py cv
--dates``): a ranker over them (the issuer's logistic model) did not beat the
rules' first answer under cross-validation (docs/fields.md, "Round 3"), so no
date ranker is shipped and the column is the rules' first answer.
"""

from __future__ import annotations

import math
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date

from reviewer.core.document import Document
from reviewer.core.extraction.dates import find_dates
from reviewer.core.extraction.fields.page import Page
from reviewer.core.extraction.fields.when import page_timestamp
from reviewer.core.extraction.filing import (
    filed_as_of,
    find_dateline,
    find_signature_date,
)

NONE_KEY = ""  # the "no date" candidate's key
_OPENING = 400  # how far the first dated mention is looked for


@dataclass
class DateCandidate:
    """One proposed announcement date (None: no date), its rules and features."""

    value: date | None
    key: str  # ISO date, or NONE_KEY
    rules: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def _date_line(page: Page) -> date | None:
    """``date.date_line`` (announce.py): a dated line near the top."""
    from reviewer.core.extraction.announce import _DATE_LINE_RE

    if not page.spans:
        return None
    start = page.spans[0][0]
    line = _DATE_LINE_RE.search(page.text, start, min(page.spans[0][1], start + 1500))
    if line:
        found = find_dates(page.flat, line.start(1), line.end(1))
        if found and found[0].year is not None:
            return found[0].resolve(None)
    return None


def _proposals(document: Document, page: Page) -> list[tuple[date | None, str]]:
    flat = page.flat
    found: list[tuple[date | None, str]] = []
    for start, end in page.spans:
        _city, dateline, tail = find_dateline(flat, page.text, start, end)
        if tail >= 0:
            if dateline is not None:
                found.append((dateline.resolve(None), "date.dateline"))
            break
    for start, end in page.spans:
        signed = find_signature_date(flat, start, end)
        if signed is not None:
            found.append((signed.resolve(None), "date.signature"))
            break
    meta = document.metadata.get("filing_date", "")
    with suppress(ValueError):
        found.append((date.fromisoformat(meta[:10]), "date.filing_metadata"))
    found.append((_date_line(page), "date.date_line"))
    from reviewer.core.extraction.announce import PAGE_RULES

    found += [(read(page), rule) for rule, read in PAGE_RULES]
    found.append((filed_as_of(page.text), "date.edgar_filed"))
    opening = find_dates(flat, page.first, min(page.last, page.first + _OPENING))
    dated = [d for d in opening if d.year is not None]
    if dated:
        found.append((dated[0].resolve(None), "date.first_in_opening"))
    found.append((page_timestamp(page), "date.site_stamp"))
    return found


def candidates(
    document: Document, page: Page, chosen: date | None
) -> list[DateCandidate]:
    """Every announcement-date candidate of ``page`` and "no date", with features.

    ``chosen``: the rules' first answer.
    """
    merged: dict[str, DateCandidate] = {
        NONE_KEY: DateCandidate(None, NONE_KEY, ["date.none"])
    }
    for value, rule in _proposals(document, page):
        if value is None:
            continue
        key = value.isoformat()
        merged.setdefault(key, DateCandidate(value, key)).rules.append(rule)
    stamp = page_timestamp(page)
    chosen_key = chosen.isoformat() if chosen else NONE_KEY
    dates = sorted(c.value for c in merged.values() if c.value is not None)
    out = list(merged.values())
    for candidate in out:
        candidate.features = _features(candidate, chosen_key, stamp, dates)
    return out


def _features(
    candidate: DateCandidate, chosen: str, stamp: date | None, dates: list[date]
) -> dict[str, float]:
    feats: dict[str, float] = {f"rule:{r}": 1.0 for r in candidate.rules}
    if candidate.key == chosen:
        feats["first_wins"] = 1.0
    if candidate.value is None:
        others = [d for d in dates if d != stamp]
        feats["none:no_other_date"] = 1.0 if not others else 0.0
        feats["none:only_a_stamp"] = 1.0 if stamp and not others else 0.0
        return {k: v for k, v in feats.items() if v}
    real = [r for r in candidate.rules if r != "date.site_stamp"]
    feats["rules_n"] = math.log1p(len(real))
    if not real:
        feats["stamp_only"] = 1.0
    if stamp is not None:
        gap = (stamp - candidate.value).days
        feats["stamp:same_day"] = 1.0 if gap == 0 else 0.0
        feats["stamp:within_a_week_before"] = 1.0 if 0 < gap <= 7 else 0.0
        feats["stamp:after"] = 1.0 if gap < 0 else 0.0
    if len(dates) > 1:
        feats["latest"] = 1.0 if candidate.value == dates[-1] else 0.0
        feats["earliest"] = 1.0 if candidate.value == dates[0] else 0.0
    return {k: v for k, v in feats.items() if v}

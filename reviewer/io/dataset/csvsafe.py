r"""Neutralise spreadsheet formulas in cells taken from untrusted documents.

A spreadsheet runs a cell as a formula when its text starts with ``=``, ``+``,
``-`` or ``@`` (and some also after a leading tab or carriage return), so a
document quoting ``=HYPERLINK(...)`` could run something when the CSV is opened.

The rule, applied to every column of a record the app writes:

* a cell whose first character is one of ``= + - @ \t \r`` gets a ``'`` in
  front (the spreadsheet convention for "this is text");
* except a cell that is a plain number (``-3``, ``+1.5``): it runs nothing and the
  integer columns hold plain numbers only;
* a cell that already starts with one or more ``'`` followed by one of those
  characters gets one more ``'``, so :func:`restore` can undo the rule exactly.

Rows already in a dataset are never rewritten by this module: they keep the text
they have.
"""

from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r")
# Lone surrogates: what Python makes of a file name's undecodable bytes (Linux).
# UTF-8 cannot hold them, so they become U+FFFD rather than failing the save.
_SURROGATES = re.compile("[\ud800-\udfff]")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _needs_quote(value: str) -> bool:
    body = value.lstrip("'")
    if not body or body[0] not in TRIGGERS:
        return False
    return len(body) != len(value) or not _PLAIN_NUMBER.fullmatch(value)


def neutralise(value: str) -> str:
    """Return ``value`` made safe to open in a spreadsheet (see module rule)."""
    if value and (value[0] in TRIGGERS or value[0] == "'") and _needs_quote(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo :func:`neutralise`: ``restore(neutralise(v)) == v`` for every string."""
    if value.startswith("'") and _needs_quote(value[1:]):
        return value[1:]
    return value


def neutralise_record(record: dict[str, str]) -> dict[str, str]:
    """Return a copy of ``record`` with every cell neutralised and UTF-8 safe."""
    return {
        key: neutralise(_SURROGATES.sub("\ufffd", value))
        for key, value in record.items()
    }

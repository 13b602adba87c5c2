"""Which parts of a document's text to read: the filing and its press release.

Markdown front matter (a site's metadata, not the release) is skipped; in an
EDGAR submission only the form itself and its press-release exhibits are read,
not XBRL, graphics or other attachments.
"""

from __future__ import annotations

from reviewer.core import lazyre as re
from reviewer.core.document import Document

_READ_TYPES = re.compile(
    r"^(?:8-K|6-K|EX-99|EX-10|10-K|10-Q|DEF|PRE|SC|DEFA14A)", re.IGNORECASE
)
_SGML_DOC_RE = re.compile(r"<DOCUMENT>\s*<TYPE>([^\s<]+)", re.IGNORECASE)
_SGML_END_RE = re.compile(r"</DOCUMENT>", re.IGNORECASE)
_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL
)


def regions(document: Document) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` spans of ``document.text`` worth reading."""
    text = document.text
    if document.parts:
        chosen = [(p.start, p.end) for p in document.parts if _READ_TYPES.match(p.name)]
        return chosen or [(p.start, p.end) for p in document.parts] or [(0, len(text))]
    if "<DOCUMENT>" in text[:20000] or "<DOCUMENT>" in text[:200000]:
        spans: list[tuple[int, int]] = []
        header_end = 0
        for match in _SGML_DOC_RE.finditer(text):
            end_match = _SGML_END_RE.search(text, match.end())
            end = end_match.start() if end_match else len(text)
            if _READ_TYPES.match(match.group(1)):
                spans.append((match.end(), end))
        if len(spans) > (1 if header_end > 0 else 0):
            return spans
    front = _FRONT_MATTER_RE.match(text)
    start = front.end() if front else 0
    return [(start, len(text))]

"""What the field rules read: the text, its regions and the release's headline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from reviewer.core import lazyre as re
from reviewer.core.document import Document
from reviewer.core.extraction.filing import Span


class Found(NamedTuple):
    """A field's value, the span it came from and the name of the rule that fired."""

    span: Span
    rule: str


NOT_FOUND = Found(Span(""), "")

# "(07:20 GMT) *Acme Names ..." (a wire's flash line), "### Acme ...", "* Acme ..."
_LINE_PREFIX_RE = re.compile(r"^[ \t]*(?:\(\d\d:\d\d\s+[A-Z]{2,4}\)\s*)?[*#>_ \t]*")
# A headline opens on a capital or on a brand written in lower case ("u-blox", "eBay")
_HEADLINE_LIKE_RE = re.compile(
    r"(?:[A-Z]|[a-z][a-z0-9]*(?:-[a-z0-9]|[A-Z]))[\w&.'’-]*\s+\S"
)


@dataclass(frozen=True)
class Page:
    """One document as the field rules see it.

    Attributes:
        text: the document text.
        flat: the same text with whitespace flattened (same offsets).
        spans: the regions worth reading, ``[start, end)``.
        metadata: the loader's metadata (front matter as ``front_matter.*``).
        headlines: candidate headlines, best first: the page title, then the
            first line of the text when it reads like one.
    """

    text: str
    flat: str
    spans: list[tuple[int, int]]
    metadata: dict[str, str] = field(default_factory=dict)
    headlines: tuple[str, ...] = ()
    _searched: dict[tuple[str, int, int], re.Match[str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    _openings: dict[tuple[int, int], frozenset[int]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _lowered: list[str] = field(default_factory=list, compare=False, repr=False)

    def lowered(self) -> str:
        """The text in lower case with the same offsets, computed once per page.

        (A character whose lower case is longer keeps its first character.)
        """
        if not self._lowered:
            lowered = self.text.lower()
            if len(lowered) != len(self.text):
                lowered = "".join(c.lower()[:1] or c for c in self.text)
            self._lowered.append(lowered)
        return self._lowered[0]

    def search(
        self, pattern: re.Pattern[str], start: int, end: int
    ) -> re.Match[str] | None:
        """``pattern.search(flat, start, end)``, computed once per page.

        Several rules look for the same ticker bracket.
        """
        key = (pattern.pattern, start, end)
        if key not in self._searched:
            self._searched[key] = pattern.search(self.flat, start, end)
        return self._searched[key]

    def openings(
        self, start: int, end: int, find: Callable[[str, int, int], list[int]]
    ) -> frozenset[int]:
        """``find(text, start, end)`` (where sentences open), computed once."""
        key = (start, end)
        if key not in self._openings:
            self._openings[key] = frozenset(find(self.text, start, end))
        return self._openings[key]

    @property
    def first(self) -> int:
        """Offset in ``flat`` where the page's text starts."""
        return self.spans[0][0] if self.spans else 0

    @property
    def last(self) -> int:
        """Offset in ``flat`` where the page's text ends."""
        return self.spans[-1][1] if self.spans else len(self.text)


def make_page(document: Document, flat: str, spans: list[tuple[int, int]]) -> Page:
    """Build the page: metadata and the headline candidates."""
    metadata = dict(document.metadata)
    headlines: list[str] = []
    title = metadata.get("front_matter.title", "").strip()
    if title:
        headlines.append(title)
    if spans and not document.parts:
        first_line = _first_line(document.text, spans[0][0], spans[0][1])
        if first_line and first_line not in headlines:
            headlines.append(first_line)
    return Page(document.text, flat, spans, metadata, tuple(headlines))


def _first_line(text: str, start: int, end: int) -> str:
    for raw in text[start : min(end, start + 3000)].splitlines():
        line = _LINE_PREFIX_RE.sub("", raw).strip()
        if not line:
            continue
        if len(line) > 240 or not _HEADLINE_LIKE_RE.match(line):
            return ""
        if line.endswith(".") and len(line.split()) > 8:
            return ""  # a sentence, not a headline
        return line
    return ""

"""Pure span logic behind the highlighted document view.

Which entity lies at a text offset, in which order overlapping highlights are
painted, how a hand-made selection is trimmed, and how many entities of each
label a document holds. No Qt here: the view in ``reviewer.ui.document.document_view``
calls these functions and turns the answers into text formats.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Sequence

from reviewer.core.document import PageLayout
from reviewer.core.entities import Entity

logger = logging.getLogger(__name__)


class SpanIndex:
    """Find the entity under a text offset quickly, even with thousands of spans.

    Overlaps are resolved towards the innermost span: when several entities
    cover an offset, the shortest wins (a PERSON inside a longer CHANGE phrase is
    what the reader points at); among equally long spans, the later entity wins,
    matching the painting order of :func:`paint_order`.

    Args:
        entities: the spans, in the caller's order; answers are indices into it.
    """

    def __init__(self, entities: Sequence[Entity]) -> None:
        """Index the entities by start offset."""
        self._entities = tuple(entities)
        self._order = sorted(
            (i for i, e in enumerate(self._entities) if e.end > e.start),
            key=lambda i: self._entities[i].start,
        )
        self._starts = [self._entities[i].start for i in self._order]
        self._longest = max(
            (self._entities[i].end - self._entities[i].start for i in self._order),
            default=0,
        )

    def __len__(self) -> int:
        """Number of entities indexed (empty spans included)."""
        return len(self._entities)

    def covering(self, offset: int) -> list[int]:
        """Return the indices of every entity whose span holds ``offset``.

        Args:
            offset: a text offset; entity ``[start, end)`` holds it when
                ``start <= offset < end``.

        Returns:
            Indices, innermost (shortest) first.
        """
        hi = bisect_right(self._starts, offset)
        lo = bisect_right(self._starts, offset - self._longest)
        found = [
            i
            for i in self._order[lo:hi]
            if self._entities[i].start <= offset < self._entities[i].end
        ]
        found.sort(key=lambda i: (self._entities[i].end - self._entities[i].start, -i))
        return found

    def entity_at(
        self, offset: int, hidden: Collection[str] = frozenset()
    ) -> int | None:
        """Return the index of the innermost entity at ``offset``, or None.

        Args:
            offset: a text offset.
            hidden: labels to ignore (types switched off in the legend).
        """
        for i in self.covering(offset):
            if self._entities[i].label not in hidden:
                return i
        return None


def paint_order(
    entities: Sequence[Entity], hidden: Collection[str] = frozenset()
) -> list[int]:
    """Return the indices of the visible entities in the order to paint them.

    Longer spans come first so that shorter ones, painted later, stay visible on
    top of them. Entities whose label is hidden, or whose span is empty, are left
    out.

    Args:
        entities: the spans.
        hidden: labels not to draw.
    """
    visible = [
        i for i, e in enumerate(entities) if e.end > e.start and e.label not in hidden
    ]
    visible.sort(key=lambda i: (-(entities[i].end - entities[i].start), i))
    return visible


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Clamp ``[start, end)`` to the text and trim surrounding whitespace.

    Args:
        text: the document text.
        start: first offset of the selection (either order is accepted).
        end: offset one past the selection.

    Returns:
        The trimmed span, or None when nothing but whitespace is selected.
    """
    start, end = sorted((start, end))
    start = max(0, min(start, len(text)))
    end = max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def label_counts(entities: Sequence[Entity]) -> Counter[str]:
    """Count the entities of each label."""
    return Counter(str(e.label) for e in entities)


def describe(entity: Entity, limit: int = 120) -> str:
    """Return a one-paragraph plain description of an entity for a tooltip.

    Args:
        entity: the entity.
        limit: longest text shown before it is cut with an ellipsis.
    """
    text = " ".join(entity.text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    origin = "added by you" if entity.origin == "user" else "found by the extractor"
    return (
        f"{entity.label}: \u201c{text}\u201d\n"
        f"confidence {entity.confidence:.0%}, {origin}"
    )


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Convert between Python string offsets and UTF-16 positions (Qt's).

    Qt text widgets count characters outside the Basic Multilingual Plane (emoji,
    some symbols) as two positions; Python counts them as one. Every offset in
    the product is a Python offset, so views convert at their edges.

    Args:
        text: the text both kinds of offset refer to.
    """

    def __init__(self, text: str) -> None:
        """Find the characters that take two UTF-16 units."""
        astral = (
            [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        )
        self._astral = astral
        self._qt = [offset + i for i, offset in enumerate(astral)]

    def to_utf16(self, offset: int) -> int:
        """Return the UTF-16 position of a Python offset."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """Return the Python offset of a UTF-16 position.

        A position inside a surrogate pair maps to the offset after that character.
        """
        if not self._astral:
            return position
        return position - bisect_left(self._qt, position)


def display_text(text: str) -> str:
    r"""Return the text as a Qt text widget should be given it, same length.

    Qt turns ``\r\n`` into one line break, which would shift every later offset;
    the carriage return becomes an (invisible) trailing space instead.
    """
    return text.replace("\r\n", " \n")


def offset_at_point(
    layout: PageLayout, page: int, x: float, y: float, reach: float = 4.0
) -> int | None:
    """Return the text offset of the character printed at a point of a page.

    Args:
        layout: the document's page geometry.
        page: 1-based page number.
        x: distance from the page's left edge, in points.
        y: distance from the page's top edge, in points.
        reach: how far (in points) a click may miss a character's box.

    Returns:
        The offset of the character whose box holds the point, else of the
        nearest one within ``reach``, else None.
    """
    if not 1 <= page <= len(layout.page_starts):
        return None
    count = len(layout.boxes) // 4
    start = layout.page_starts[page - 1]
    end = layout.page_starts[page] if page < len(layout.page_starts) else count
    best: int | None = None
    best_distance = reach
    boxes = layout.boxes
    for offset in range(start, min(end, count)):
        x0, top, x1, bottom = boxes[4 * offset : 4 * offset + 4]
        if x0 != x0:  # NaN: a character the loader inserted
            continue
        dx = max(x0 - x, 0.0, x - x1)
        dy = max(top - y, 0.0, y - bottom)
        if dx == 0.0 and dy == 0.0:
            return offset
        distance = max(dx, dy)
        if distance <= best_distance:
            best, best_distance = offset, distance
    return best


def word_span(text: str, offset: int) -> tuple[int, int] | None:
    """Return the word around ``offset`` (letters, digits, inner ' . - &).

    Args:
        text: the document text.
        offset: any offset inside the word.

    Returns:
        The word's [start, end), the single character when it is not part of a
        word, or None for whitespace and offsets outside the text.
    """
    if not 0 <= offset < len(text) or text[offset].isspace():
        return None
    if not text[offset].isalnum():
        return offset, offset + 1
    start = end = offset
    while start > 0 and _word_char(text, start - 1):
        start -= 1
    while end < len(text) and _word_char(text, end):
        end += 1
    return start, end


def _word_char(text: str, i: int) -> bool:
    char = text[i]
    if char.isalnum():
        return True
    joins = char in "'\u2019.-&"
    return (
        joins
        and 0 < i < len(text) - 1
        and text[i - 1].isalnum()
        and text[i + 1].isalnum()
    )

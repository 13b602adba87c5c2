"""Words the reviewer is offered or that the rules skip: one list each.

The roster's cell editors suggest :data:`ROLE_SUGGESTIONS` and
:data:`COMMITTEE_SUGGESTIONS`; :data:`HONORIFICS` are the titles dropped from a
name when it is compared (scoring) or typed from a selection (a new row).
"""

from __future__ import annotations

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"})
"""Lower-case titles before a name, without their full stop."""

ROLE_SUGGESTIONS = (
    "director",
    "independent director",
    "non-executive director",
    "executive director",
    "chairman",
    "vice chairman",
    "lead independent director",
    "committee chair",
)
"""Roles the roster's role editor completes (any other text is allowed too)."""

COMMITTEE_SUGGESTIONS = (
    "audit",
    "compensation",
    "nominating and corporate governance",
    "nominating",
    "corporate governance",
    "risk",
    "executive",
)
"""Committees the roster's committees editor completes."""

SUGGESTIONS_OF_COLUMN: dict[str, tuple[str, ...]] = {
    "role": ROLE_SUGGESTIONS,
    "committees": COMMITTEE_SUGGESTIONS,
}
"""The suggestions a free-text roster column's editor completes, by column name."""


def without_honorific(name: str) -> str:
    """Return ``name`` with its words joined by single spaces and no leading title.

    ``"Mr.  Chen  Wei"`` -> ``"Chen Wei"``; a lone title is kept (``"Dr."``).
    """
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)

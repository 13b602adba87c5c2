"""Review states and proposals as JSON-able dicts, and back.

Used by the autosave sidecars (:mod:`reviewer.io.workspace`). Reading is lenient
the way a file format from an older or newer version must be: unknown keys are
ignored, missing keys take the dataclass default, every value is read as text,
and an entity with a label this version does not know is dropped with a warning.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, fields
from typing import Any

from reviewer.core.entities import Entity, EntityLabel, Origin
from reviewer.core.records import Extraction, FilingFields, ReviewState, RosterRow
from reviewer.core.schema import ReviewStatus

logger = logging.getLogger(__name__)

_FILING_KEYS = tuple(f.name for f in fields(FilingFields))
_ROW_KEYS = tuple(f.name for f in fields(RosterRow) if f.name != "rules")


def _text_fields(data: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, str]:
    return {
        key: str(data[key]) for key in keys if key in data and data[key] is not None
    }


def filing_to_dict(filing: FilingFields) -> dict[str, str]:
    """Return the filing fields as a dict."""
    return asdict(filing)


def filing_from_dict(data: Mapping[str, Any]) -> FilingFields:
    """Rebuild filing fields; unknown keys are ignored."""
    return FilingFields(**_text_fields(data, _FILING_KEYS))


def row_to_dict(row: RosterRow) -> dict[str, str]:
    """Return a roster row (with its ``row_id``, without its rule ids) as a dict."""
    return {key: getattr(row, key) for key in _ROW_KEYS}


def row_from_dict(data: Mapping[str, Any]) -> RosterRow:
    """Rebuild a roster row.

    Raises:
        ValueError: the row has no ``row_id``.
    """
    values = _text_fields(data, _ROW_KEYS)
    if not values.get("row_id"):
        raise ValueError("a roster row needs a row_id")
    return RosterRow(**values)  # type: ignore[arg-type]  # text columns only


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    """Return an entity as a dict with plain JSON types."""
    return {
        "start": entity.start,
        "end": entity.end,
        "label": entity.label.value,
        "text": entity.text,
        "confidence": entity.confidence,
        "origin": entity.origin.value,
    }


def entity_from_dict(data: Mapping[str, Any]) -> Entity | None:
    """Rebuild an entity; None (with a warning) for a label this version lacks.

    Raises:
        ValueError: offsets are missing or not integers.
    """
    try:
        label = EntityLabel(data["label"])
    except (KeyError, ValueError):
        logger.warning("dropping an entity with unknown label %r", data.get("label"))
        return None
    try:
        origin = Origin(data.get("origin", Origin.MACHINE.value))
    except ValueError:
        origin = Origin.USER
    return Entity(
        start=int(data["start"]),
        end=int(data["end"]),
        label=label,
        text=str(data.get("text", "")),
        confidence=float(data.get("confidence", 1.0)),
        origin=origin,
    )


def _entities(items: Any) -> tuple[Entity, ...]:
    found = (entity_from_dict(item) for item in items or ())
    return tuple(entity for entity in found if entity is not None)


def state_to_dict(state: ReviewState) -> dict[str, Any]:
    """Return a whole review state (filing, rows, entities, status) as a dict."""
    return {
        "status": state.status,
        "reviewed_by": state.reviewed_by,
        "reviewed_at": state.reviewed_at,
        "filing": filing_to_dict(state.filing),
        "rows": [row_to_dict(row) for row in state.rows],
        "entities": [entity_to_dict(entity) for entity in state.entities],
    }


def state_from_dict(data: Mapping[str, Any]) -> ReviewState:
    """Rebuild a review state written by :func:`state_to_dict`.

    Raises:
        ValueError: a part is malformed (a row without id, a non-integer offset).
        KeyError: a required part is missing.
    """
    try:
        return ReviewState(
            filing=filing_from_dict(data.get("filing") or {}),
            rows=tuple(row_from_dict(row) for row in data.get("rows") or ()),
            entities=_entities(data.get("entities")),
            status=str(data.get("status") or ReviewStatus.EXTRACTED),
            reviewed_by=str(data.get("reviewed_by") or ""),
            reviewed_at=str(data.get("reviewed_at") or ""),
        )
    except (TypeError, AttributeError) as exc:
        raise ValueError(f"malformed review state: {exc}") from exc


def extraction_to_dict(
    extraction: Extraction, *, entities: bool = True
) -> dict[str, Any]:
    """Return the machine's proposal as a dict (without entities if told so)."""
    result: dict[str, Any] = {
        "extractor_version": extraction.extractor_version,
        "filing": filing_to_dict(extraction.filing),
        "rows": [row_to_dict(row) for row in extraction.rows],
    }
    if entities:
        result["entities"] = [entity_to_dict(e) for e in extraction.entities]
    return result


def extraction_from_dict(data: Mapping[str, Any]) -> Extraction:
    """Rebuild a proposal written by :func:`extraction_to_dict`.

    Raises:
        ValueError: a part is malformed.
    """
    try:
        return Extraction(
            filing=filing_from_dict(data.get("filing") or {}),
            rows=tuple(row_from_dict(row) for row in data.get("rows") or ()),
            entities=_entities(data.get("entities")),
            extractor_version=str(data.get("extractor_version") or ""),
        )
    except (TypeError, AttributeError) as exc:
        raise ValueError(f"malformed proposal: {exc}") from exc

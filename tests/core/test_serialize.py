"""ReviewState and Extraction survive a JSON round trip."""

from __future__ import annotations

import json

from reviewer.core.serialize import (
    extraction_from_dict,
    extraction_to_dict,
    state_from_dict,
    state_to_dict,
)
from tests.io.review_factory import make_document, make_extraction, make_review


def test_state_round_trips_through_json() -> None:
    ext = make_extraction(make_document())
    state = make_review(ext)
    again = state_from_dict(json.loads(json.dumps(state_to_dict(state))))
    assert again == state


def test_extraction_round_trips_and_can_omit_entities() -> None:
    ext = make_extraction(make_document())
    assert extraction_from_dict(json.loads(json.dumps(extraction_to_dict(ext)))) == ext
    slim = extraction_from_dict(extraction_to_dict(ext, entities=False))
    assert slim.entities == ()
    assert slim.rows == ext.rows


def test_unknown_keys_are_ignored_and_unknown_labels_dropped() -> None:
    state = make_review(make_extraction(make_document()))
    data = state_to_dict(state)
    data["future_key"] = 1
    data["filing"]["future_field"] = "x"
    data["entities"].append({"start": 0, "end": 1, "label": "MARTIAN", "text": "B"})
    again = state_from_dict(data)
    assert again == state

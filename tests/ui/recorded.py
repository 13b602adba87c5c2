"""A recorded extractor: the UI tests' proposals come from a file, not the live rules.

A widget test checks what the window does with a proposal, so it takes a fixed one:
what the live extractor proposed for that text when it was recorded. A rule change
in ``reviewer.core.extraction`` then cannot break a widget test; the end-to-end
tests (``test_end_to_end_*``) keep the live extractor.

Re-record after adding a test filing (or on purpose, after a rule change)::

    REVIEWER_RECORD_EXTRACTIONS=1 QT_QPA_PLATFORM=offscreen pytest tests/ui

A text with no recording fails the open with a message that says this.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from reviewer.core.document import Document
from reviewer.core.records import Extraction
from reviewer.core.serialize import extraction_from_dict, extraction_to_dict

RECORDINGS = Path(__file__).resolve().parents[1] / "data" / "ui_extractions.json"
RECORDING = bool(os.environ.get("REVIEWER_RECORD_EXTRACTIONS"))


def text_key(text: str) -> str:
    """The key of a document's text in the recordings."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class RecordedExtractor:
    """Document in, the recorded proposal for its text out (thread-safe)."""

    def __init__(self, path: Path = RECORDINGS, record: bool = RECORDING) -> None:
        self._path = path
        self._record = record
        self._lock = threading.Lock()
        self._data: dict[str, dict] = (
            json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        )
        self.added = 0

    def __call__(self, document: Document) -> Extraction:
        key = text_key(document.text)
        with self._lock:
            found = self._data.get(key)
        if found is not None:
            return extraction_from_dict(found)
        if not self._record:
            raise LookupError(
                f"no recorded extraction for {Path(document.source_path).name} "
                f"(text {key}); record it: REVIEWER_RECORD_EXTRACTIONS=1 pytest ..."
            )
        from reviewer.core.extraction import extract

        extraction = extract(document)
        with self._lock:
            self._data[key] = extraction_to_dict(extraction)
            self.added += 1
        return extraction

    def save(self) -> None:
        """Write the recordings (sorted, so a re-record diffs well)."""
        with self._lock:
            if not self.added:
                return
            text = json.dumps(self._data, indent=1, sort_keys=True, ensure_ascii=False)
            self._path.write_text(text + "\n", encoding="utf-8")
            self.added = 0


RECORDED = RecordedExtractor()
"""One for the whole run: recordings are read once and written at the end."""

"""Where the window keeps reviews: the dataset CSV and the autosave beside it.

:class:`ReviewStore` is the only place the GUI touches the dataset and the
autosave workspace, so the window does not care how they are written; it has no
Qt, so the headless job tests it. :func:`queue_statuses` tells the queue which
filings were worked on before.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.document import Document, doc_id_from_sha256
from reviewer.core.records import Extraction, ReviewState
from reviewer.core.schema import FilingStatus
from reviewer.io.errors import DatasetError

if TYPE_CHECKING:
    from reviewer.io.workspace import AutosaveEntry, Workspace

logger = logging.getLogger(__name__)


class ReviewStore:
    """Saves reviews into the dataset CSV and autosaves work in progress beside it."""

    def __init__(self, dataset_path: Path) -> None:
        """Save into ``dataset_path``; autosaves go to its ``.reviews`` folder."""
        self.dataset_path = dataset_path
        self._workspace_instance: Workspace | None = None

    @property
    def _workspace(self) -> Workspace:
        """The autosave workspace, imported and made on first use (not at start)."""
        if self._workspace_instance is None:
            from reviewer.io.workspace import Workspace

            self._workspace_instance = Workspace(self.dataset_path)
        return self._workspace_instance

    def save(
        self,
        document: Document,
        extraction: Extraction,
        state: ReviewState,
        expected: str | None = None,
    ) -> str:
        """Write the filing's rows into the dataset (replacing earlier ones).

        Args:
            document: the filing.
            extraction: the machine's proposal it started from.
            state: the review to write.
            expected: the fingerprint of the dataset's rows of the filing when
                the review began; None to replace whatever is there.

        Returns:
            The fingerprint of the filing's rows now in the dataset.

        Raises:
            DatasetConflictError: someone else saved the filing since, or
                reviewed rows would be replaced by unreviewed ones.
            DatasetError: the dataset could not be written (message in plain
                words); the file on disk is unchanged.
        """
        from reviewer.io.dataset import save_review

        summary = save_review(
            self.dataset_path, document, extraction, state, expected=expected
        )
        return summary.fingerprints.get(document.doc_id, "")

    def autosave(
        self,
        document: Document,
        extraction: Extraction,
        state: ReviewState,
        base: str | None = None,
    ) -> str:
        """Keep work in progress on disk; return a warning ("" when it worked)."""
        try:
            self._workspace.save(document, extraction, state, base)
        except (DatasetError, OSError) as exc:  # the review goes on in memory
            logger.warning("autosave failed for %s: %s", document.doc_id, exc)
            return str(exc)
        return ""

    def load(self, doc_id: str) -> ReviewState | None:
        """The autosaved state of a filing, if any (None when unreadable)."""
        entry = self.load_entry(doc_id)
        return None if entry is None else entry.state

    def load_entry(self, doc_id: str) -> AutosaveEntry | None:
        """The autosave of a filing, if any (None when unreadable)."""
        try:
            return self._workspace.load_entry(doc_id)
        except (DatasetError, OSError, ValueError):
            logger.warning("cannot read the autosave of %s", doc_id, exc_info=True)
            return None

    def fingerprint(self, doc_id: str) -> str:
        """The fingerprint of the dataset's rows of a filing now ("" for none)."""
        try:
            return self._workspace.dataset_fingerprint(doc_id)
        except (DatasetError, OSError, ValueError):
            return ""

    def holds(
        self, document: Document, extraction: Extraction, state: ReviewState
    ) -> bool:
        """Whether the dataset already holds exactly the rows ``state`` would write."""
        from reviewer.core.provenance import build_records
        from reviewer.io.dataset import source_file_for, written_fingerprints

        source = source_file_for(document.source_path, self.dataset_path)
        records = build_records(document, extraction, state, source)
        mine = written_fingerprints(records).get(document.doc_id, "")
        return bool(mine) and mine == self.fingerprint(document.doc_id)

    def status(self, doc_id: str) -> FilingStatus:
        """``new``, ``in progress`` or ``reviewed``, from autosave and dataset."""
        try:
            return self._workspace.status(doc_id)
        except (DatasetError, OSError, ValueError):
            return FilingStatus.NEW

    def discard(self, doc_id: str) -> None:
        """Forget the autosaved state of a filing."""
        try:
            self._workspace.discard(doc_id)
        except (OSError, ValueError):
            logger.warning("cannot discard the autosave of %s", doc_id, exc_info=True)


def doc_id_of(path: str) -> str:
    """The dataset key of a file, from its bytes (see ``doc_id_from_sha256``)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return doc_id_from_sha256(digest.hexdigest())


def queue_statuses(
    paths: Sequence[str], dataset_path: Path, cancel: threading.Event
) -> dict[str, str]:
    """Return ``{path: "in progress" | "reviewed"}`` for filings worked on before.

    Runs in the background when filings are queued: it hashes each file and asks
    the autosave workspace and the dataset. Unreadable files and new ones are left
    out (they show as new until opened).
    """
    from reviewer.io.workspace import Workspace

    workspace = Workspace(dataset_path)  # its own instance: this runs off the GUI
    found: dict[str, str] = {}
    for path in paths:
        if cancel.is_set():
            break
        try:
            status = workspace.status(doc_id_of(path))
        except (OSError, ValueError, DatasetError):
            continue
        if status != FilingStatus.NEW:
            found[path] = status
    return found

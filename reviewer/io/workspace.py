"""Autosave: every edit of a review is on disk before the next one.

The GUI calls :meth:`Workspace.save` after each change of its undo stack. Each
document's review lives in its own sidecar file, replaced atomically, so a crash
or a kill loses at most the edit being made, and reopening the document restores
the rest (:meth:`Workspace.load`).

Sidecar format (version 1): a folder ``<dataset file name>.reviews/`` beside the
dataset (``deals.csv`` -> ``deals.csv.reviews/``), or, with no dataset chosen, the
user's data folder (``platformdirs.user_data_dir("board-change-reviewer")/
autosave``). It holds one UTF-8 JSON object per document, ``<doc_id>.json``::

    {"format": "board-change-reviewer/autosave", "version": 1,
     "doc_id": "...", "status": "extracted" | "reviewed",
     "saved_at": "2026-11-26T10:00:00Z",
     "source_path": "/abs/path/as/opened.pdf", "source_file": "relative/or/as/opened",
     "source_sha256": "...", "document_format": "pdf",
     "extractor_version": "...",
     "state": {"status", "reviewed_by", "reviewed_at", "filing": {...},
               "rows": [{"row_id", ...}], "entities": [{"start", "end", "label",
               "text", "confidence", "origin"}]},
     "proposal": {"extractor_version", "filing": {...}, "rows": [...]}}

The queue's status (:meth:`Workspace.status`) needs only whether a sidecar
exists and what the dataset holds: a filing is ``reviewed`` only once its rows
are in the dataset as reviewed. ``base`` (optional) is the fingerprint of the
dataset's rows of the document when the review began, so a review reopened the
next day still notices that someone else saved the filing meanwhile.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from reviewer.core.document import Document
from reviewer.core.records import Extraction, ReviewState
from reviewer.core.schema import FilingStatus, ReviewStatus
from reviewer.core.serialize import (
    extraction_from_dict,
    extraction_to_dict,
    state_from_dict,
    state_to_dict,
)
from reviewer.io.dataset import doc_summaries, source_file_for
from reviewer.io.dataset.safewrite import atomic_write, error_for
from reviewer.io.errors import DatasetError

logger = logging.getLogger(__name__)

FORMAT = "board-change-reviewer/autosave"
VERSION = 1
SUFFIX = ".reviews"
APP_NAME = "board-change-reviewer"

_DOC_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
AUTOSAVE_KEPT = (
    "Your edits are still in the app; the autosave is retried on the next edit."
)


def default_folder() -> Path:
    """The user-level autosave folder used when no dataset is chosen."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "autosave"


def fallback_folder(dataset_path: str | os.PathLike[str]) -> Path:
    """The user-level folder for one dataset's sidecars when its own is not writable.

    Keyed by the dataset's resolved real path (links followed), so two datasets
    never share one (a review of one never shows up in, or gets deleted by, the
    other), while a link and its target do.
    """
    real = os.path.realpath(dataset_path)
    key = hashlib.sha256(os.fsencode(real)).hexdigest()[:16]
    name = re.sub(r"[^0-9A-Za-z_.-]", "_", Path(real).name)[:40]
    return default_folder() / "datasets" / f"{name}-{key}"


def sidecar_folder(dataset_path: str | os.PathLike[str]) -> Path:
    """Return the autosave folder that belongs to a dataset file."""
    path = Path(dataset_path)
    return path.with_name(path.name + SUFFIX)


@dataclass(frozen=True)
class AutosaveEntry:
    """One document's sidecar, read back.

    Attributes:
        doc_id: the document's dataset key.
        state: the reviewer's last state.
        proposal: the machine's proposal it started from (entities omitted).
        source_path: the absolute path the document was opened from.
        source_file: the dataset's ``source_file`` for it.
        source_sha256: SHA-256 of the source bytes.
        saved_at: when it was written (ISO 8601 UTC).
        path: the sidecar file.
        base: the fingerprint of the dataset's rows of the document when the
            review began (see :func:`reviewer.io.dataset.store.fingerprint`);
            None in sidecars written before it was recorded.
    """

    doc_id: str
    state: ReviewState
    proposal: Extraction
    source_path: str
    source_file: str
    source_sha256: str
    saved_at: str
    path: Path
    base: str | None = None


class Workspace:
    """The autosave of every review in progress for one dataset.

    Each document's sidecar is written to the dataset's ``.reviews`` folder, or to
    the fallback folder when that one cannot be written; reading takes the newer
    of the two.
    """

    def __init__(
        self,
        dataset_path: str | os.PathLike[str] | None = None,
        *,
        folder: Path | None = None,
        fallback: Path | None = None,
    ) -> None:
        """Point the workspace at a dataset's sidecar folder.

        Args:
            dataset_path: the dataset CSV; None for the user-level default folder.
            folder: use this sidecar folder instead (tests, portable setups).
            fallback: where to autosave when ``folder`` cannot be written (its
                drive unplugged, read-only); default: the user-level folder.
        """
        self.dataset_path = None if dataset_path is None else Path(dataset_path)
        if folder is not None:
            self.folder = folder
        elif self.dataset_path is not None:
            self.folder = sidecar_folder(self.dataset_path)
        else:
            self.folder = default_folder()
        if fallback is None and self.dataset_path is not None:
            fallback = fallback_folder(self.dataset_path)
        self.fallback = None if fallback == self.folder else fallback
        self._ready: set[Path] = set()
        self.skipped: dict[Path, str] = {}
        """Sidecars that could not be read, and why (each also logged)."""
        self._dataset_cache: (
            tuple[tuple[int, int], dict[str, tuple[str, str]]] | None
        ) = None

    def path_for(self, doc_id: str, *, folder: Path | None = None) -> Path:
        """Return the sidecar file of a document (in ``folder``, default primary).

        Raises:
            ValueError: ``doc_id`` is not a plain identifier (no path tricks).
        """
        if not _DOC_ID.fullmatch(doc_id):
            raise ValueError(f"not a document id: {doc_id!r}")
        return (folder or self.folder) / f"{doc_id}.json"

    def _paths(self, doc_id: str) -> list[Path]:
        folders = [self.folder] + ([self.fallback] if self.fallback else [])
        return [self.path_for(doc_id, folder=folder) for folder in folders]

    def save(
        self,
        document: Document,
        extraction: Extraction,
        state: ReviewState,
        base: str | None = None,
    ) -> None:
        """Write the review of ``document`` atomically (call after every edit).

        ``base`` is the fingerprint of the dataset's rows of the document when
        the review began, kept so a reopened review still notices a later save
        by someone else.

        Raises:
            DatasetError: a subclass naming why the sidecar cannot be written.
        """
        source_file = document.source_path
        if self.dataset_path is not None:
            source_file = source_file_for(document.source_path, self.dataset_path)
        payload: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "doc_id": document.doc_id,
            "status": state.status,
            "saved_at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "source_path": os.path.abspath(document.source_path),
            "source_file": source_file,
            "source_sha256": document.sha256,
            "document_format": str(document.format),
            "extractor_version": extraction.extractor_version,
            "state": state_to_dict(state),
            "proposal": extraction_to_dict(extraction, entities=False),
        }
        if base is not None:
            payload["base"] = base
        text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        primary, *others = self._paths(document.doc_id)
        try:
            self._write(primary, text)
        except DatasetError as exc:
            if not others:
                raise
            logger.warning("autosave falls back to %s: %s", others[0], exc)
            try:
                self._write(others[0], text)
            except DatasetError:
                raise exc from None
            return
        for other in others:  # an older fallback copy must not shadow this one
            with contextlib.suppress(OSError):
                other.unlink()

    def _write(self, path: Path, text: str) -> None:
        folder = path.parent
        if folder not in self._ready:
            try:
                own = folder == self.folder and self.dataset_path is not None
                folder.mkdir(parents=not own, exist_ok=True)
            except OSError as exc:
                raise error_for(exc, path, kept=AUTOSAVE_KEPT) from exc
            self._ready.add(folder)

        def write(handle: IO[str]) -> None:
            handle.write(text)

        try:
            atomic_write(path, write, kept=AUTOSAVE_KEPT)
        except DatasetError:
            self._ready.discard(folder)
            raise

    def load_entry(self, doc_id: str) -> AutosaveEntry | None:
        """Return a document's sidecar, or None when there is none (or it is bad).

        A sidecar that cannot be parsed is logged and left in place.
        """
        read = (_read(path, self.skipped) for path in self._paths(doc_id))
        found = [entry for entry in read if entry is not None]
        return max(found, key=lambda entry: entry.saved_at, default=None)

    def load(self, doc_id: str) -> ReviewState | None:
        """Return the autosaved review of a document, or None when there is none."""
        entry = self.load_entry(doc_id)
        return None if entry is None else entry.state

    def discard(self, doc_id: str) -> None:
        """Forget a document's autosave: it reopens as the machine's proposal."""
        for path in self._paths(doc_id):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def status(self, doc_id: str) -> FilingStatus:
        """Return ``"new"``, ``"in progress"`` or ``"reviewed"`` for the queue.

        ``reviewed`` only when the dataset holds the document's rows as reviewed
        (a review marked reviewed whose save failed is ``in progress``); else a
        sidecar makes it ``in progress``; else ``new``. Reads a few hundred bytes
        per sidecar and the dataset at most once per change of the file.
        """
        if self._dataset_status(doc_id) == ReviewStatus.REVIEWED:
            return FilingStatus.REVIEWED
        for path in self._paths(doc_id):
            try:
                os.stat(path)
            except FileNotFoundError:
                continue
            except OSError:
                pass  # there, but unreadable: work was done on it
            return FilingStatus.IN_PROGRESS
        return FilingStatus.NEW

    def dataset_fingerprint(self, doc_id: str) -> str:
        """The fingerprint of the dataset's rows of a document ("" for none)."""
        self._dataset_status(doc_id)
        cache = self._dataset_cache
        return cache[1].get(doc_id, ("", ""))[1] if cache is not None else ""

    def entries(self) -> Iterator[AutosaveEntry]:
        """Yield every document's newest readable sidecar, by doc_id."""
        doc_ids: set[str] = set()
        for folder in [self.folder] + ([self.fallback] if self.fallback else []):
            with contextlib.suppress(OSError):
                doc_ids.update(p.stem for p in folder.glob("*.json"))
        for doc_id in sorted(d for d in doc_ids if _DOC_ID.fullmatch(d)):
            entry = self.load_entry(doc_id)
            if entry is not None:
                yield entry

    def _dataset_status(self, doc_id: str) -> str:
        if self.dataset_path is None:
            return ""
        try:
            stat = self.dataset_path.stat()
        except OSError:
            return ""
        key = (stat.st_mtime_ns, stat.st_size)
        if self._dataset_cache is None or self._dataset_cache[0] != key:
            try:
                summaries = doc_summaries(self.dataset_path)
            except DatasetError as exc:
                logger.warning(
                    "cannot read %s for statuses: %s", self.dataset_path, exc
                )
                summaries = {}
            self._dataset_cache = (key, summaries)
        return self._dataset_cache[1].get(doc_id, ("", ""))[0]


def _read(path: Path, skipped: dict[Path, str] | None = None) -> AutosaveEntry | None:
    """Read one sidecar; a bad one is logged, noted in ``skipped`` and left in place."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        reason = f"cannot be read ({exc})"
        entry = None
    else:
        entry, reason = _entry(data, path)
    if entry is None and reason:
        logger.warning("skipped the autosave file %s: %s", path, reason)
        if skipped is not None:
            skipped[path] = reason
    return entry


def _entry(data: Any, path: Path) -> tuple[AutosaveEntry | None, str]:
    """The entry a sidecar's JSON holds, or None and why it was skipped.

    Anything a newer app or a hand edit may put there (a ``version`` of "2.0"
    or null, a field of the wrong type) skips this file with a warning; it never
    stops the window or the export of the other files.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None, "it is not an autosave file of this app"
    version = data.get("version")
    if type(version) is not int:
        return None, (
            f"its version {version!r} is not a whole number (written by a newer "
            "app, or edited by hand)"
        )
    if version > VERSION:
        logger.warning("%s was written by a newer version; reading what is known", path)
    try:
        state = state_from_dict(data["state"])
        proposal = extraction_from_dict(data.get("proposal") or {})
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return None, f"its review cannot be read ({exc!r})"
    entry = AutosaveEntry(
        doc_id=str(data.get("doc_id", path.stem)),
        state=state,
        proposal=proposal,
        source_path=str(data.get("source_path", "")),
        source_file=str(data.get("source_file", "")),
        source_sha256=str(data.get("source_sha256", "")),
        saved_at=str(data.get("saved_at", "")),
        base=data["base"] if isinstance(data.get("base"), str) else None,
        path=path,
    )
    return entry, ""

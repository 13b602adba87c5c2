"""Training candidates kept on disk between trainings (#13).

Retraining on a growing reviewed dataset read every source file again and found
its candidates again (the rule engine: about 70% of training time). A
document's candidates depend only on its bytes and the extractor's code, so
:class:`DiskCandidateCache` keeps them in the user's cache folder
(``platformdirs.user_cache_dir("board-change-reviewer")/candidates``), one
gzip'd JSON file per document named by its sha256, in a folder named by the
extractor version and a fingerprint of the extraction code (so a changed rule
or feature never reads an old file). The folder is bounded: after a training,
folders of other versions are removed, and the oldest files beyond
``MAX_BYTES``. A file that cannot be read is ignored (and the document read
again); a folder that cannot be written only costs the speed-up.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

from reviewer.learn import Sample
from reviewer.learn.reviews import CandidateCache

APP_NAME = "board-change-reviewer"
MAX_BYTES = 100 * 1024 * 1024
"""The cache folder's size bound (about 60,000 documents' candidates)."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The extractor version and a sha256 over the extraction package's sources.

    Without the sources (a frozen bundle), the version alone: a bundle's code
    does not change under the same version.
    """
    from reviewer.core import extraction
    from reviewer.core.extraction import EXTRACTOR_VERSION

    root = Path(extraction.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return f"{EXTRACTOR_VERSION}-{digest.hexdigest()[:12]}"


def default_folder() -> Path:
    """``<user cache>/candidates``."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "candidates"


class DiskCandidateCache(CandidateCache):
    """Documents' training candidates by sha256, in memory and on disk."""

    def __init__(self, folder: Path | None = None, max_bytes: int = MAX_BYTES) -> None:
        super().__init__()
        self.root = folder if folder is not None else default_folder()
        self.folder = self.root / code_fingerprint()
        self.max_bytes = max_bytes
        self.hits = 0  # documents read from disk

    def _path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json.gz"

    def get(self, sha256: str) -> list[Sample] | None:
        """The candidates of these bytes, from memory or disk, if kept."""
        found = self._docs.get(sha256)
        if found is not None:
            return found
        path = self._path(sha256)
        try:
            data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
            found = [Sample(dict(f), str(p), str(d)) for f, p, d in data["samples"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            return None  # damaged: read the document again (put overwrites it)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        self._docs[sha256] = found
        self.hits += 1
        return found

    def put(self, sha256: str, samples: list[Sample]) -> None:
        """Keep the candidates of these bytes, in memory and on disk."""
        self._docs[sha256] = samples
        data: dict[str, Any] = {
            "samples": [[s.features, s.person, str(s.direction)] for s in samples]
        }
        path = self._path(sha256)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(
                gzip.compress(json.dumps(data).encode("utf-8"), compresslevel=5)
            )
            os.replace(temporary, path)
        except OSError:
            temporary.unlink(missing_ok=True)

    def prune(self) -> None:
        """Remove other versions' folders and the oldest files beyond the bound."""
        try:
            for other in self.root.iterdir():
                if other.is_dir() and other != self.folder:
                    shutil.rmtree(other, ignore_errors=True)
            files = []
            for path in self.folder.glob("*.json.gz"):
                stat = path.stat()
                files.append((stat.st_mtime, stat.st_size, path))
        except OSError:
            return
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files, key=lambda f: (f[0], f[2].name)):
            if total <= self.max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size

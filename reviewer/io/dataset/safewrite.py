"""Writing files so that a crash, a kill or a full disk never loses the old one.

Every file the app writes for the user (the dataset, the autosave sidecars, the
training export) goes through :func:`atomic_write`: the new content goes to a
temporary file in the same folder, is flushed and ``fsync``-ed, and only then
renamed over the old file with :func:`os.replace`, which is atomic on POSIX and
Windows. Until that rename the old file is untouched; after it the new file is
complete.

Failures are :class:`reviewer.io.errors.DatasetError` subclasses whose message
says in plain words what went wrong and what to do; the caller keeps whatever it
was saving.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from reviewer.io.errors import (
    DatasetDiskFullError,
    DatasetError,
    DatasetFolderMissingError,
    DatasetLockedError,
    DatasetReadOnlyError,
)

logger = logging.getLogger(__name__)

KEPT = "Your review is kept in the app and in its autosave."


def error_for(
    exc: OSError, path: Path, action: str = "save", *, kept: str = KEPT
) -> DatasetError:
    """Translate an ``OSError`` into the matching :class:`DatasetError`.

    Args:
        exc: the operating system's error.
        path: the file being written or read.
        action: ``"save"`` or ``"read"``, used in the message.
        kept: the closing sentence saying what is safe meanwhile.
    """
    folder = path.parent
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DatasetDiskFullError(
            path,
            f"Could not {action} {path.name}: the disk holding {folder} is full. "
            f"Free some space, then save again. {kept}",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatasetReadOnlyError(
            path,
            f"Could not {action} {path.name}: the folder {folder} is read-only, "
            "you have no permission to write there, or the file is open in another "
            "program (such as a spreadsheet). Close it, fix the permissions or "
            f"choose another location, then save again. {kept}",
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return DatasetFolderMissingError(
            path,
            f"Could not {action} {path.name}: the folder {folder} does not exist "
            "(was it moved, deleted or on a drive that is unplugged?). Restore it "
            f"or choose another location, then save again. {kept}",
        )
    return DatasetError(
        path,
        f"Could not {action} {path.name} in {folder}: {exc.strerror or exc}. {kept}",
    )


_UMASK: int | None = None


def _new_file_mode() -> int:
    """The mode a plain ``open(..., "w")`` would give a new file (0o666 - umask)."""
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return 0o666 & ~_UMASK


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(
    path: Path, write: Callable[[BinaryIO], None], *, kept: str = KEPT
) -> None:
    """Replace ``path`` with the bytes ``write`` writes, all or nothing.

    Args:
        path: the file to create or replace.
        write: called with an open binary file to fill.
        kept: the closing sentence of an error message (see :func:`error_for`).

    Raises:
        DatasetError: a subclass naming why the file could not be written; the old
            file is then unchanged and no temporary file is left behind.
    """
    if path.is_symlink():  # replace the file the link points to, keep the link
        path = Path(os.path.realpath(path))
    folder = path.parent
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = _new_file_mode()
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        with open(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # e.g. file systems without modes
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise error_for(exc, path, kept=kept) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _fsync_folder(folder)


def atomic_write(
    path: Path,
    write: Callable[[TextIO], None],
    *,
    newline: str | None = "",
    kept: str = KEPT,
) -> None:
    """Replace ``path`` with the UTF-8 text ``write`` writes, all or nothing.

    Args:
        path: the file to create or replace.
        write: called with an open UTF-8 text file to fill.
        newline: as for :func:`open`; ``""`` writes line ends unchanged.
        kept: the closing sentence of an error message (see :func:`error_for`).

    Raises:
        DatasetError: as :func:`atomic_write_bytes`.
    """

    def write_text(raw: BinaryIO) -> None:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        try:
            write(text)
            text.flush()
        finally:
            text.detach()

    atomic_write_bytes(path, write_text, kept=kept)


def _temp_name(name: str) -> re.Pattern[str]:
    """The names :func:`tempfile.mkstemp` gives this file's temporary copies."""
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{8}}\.tmp")


def remove_stale_temps(path: Path) -> int:
    """Delete temporary copies of ``path`` left by a killed save; return how many.

    Call only while holding :func:`locked` on ``path``: every writer of the file
    holds that lock while its temporary copy exists, so any copy found then was
    left by a process that died (``kill -9``, power cut). Other files' copies are
    never touched.
    """
    pattern = _temp_name(path.name)
    removed = 0
    try:
        names = os.listdir(path.parent)
    except OSError:
        return 0
    for name in names:
        if pattern.fullmatch(name):
            try:
                os.unlink(path.parent / name)
            except OSError:
                continue
            removed += 1
            logger.info("removed %s, left by a save that was killed", name)
    return removed


@contextlib.contextmanager
def locked(
    path: Path,
    timeout: float,
    *,
    on_wait: Callable[[], None] | None = None,
    kept: str = KEPT,
) -> Iterator[None]:
    """Hold the inter-process lock ``<path>.lock`` while the block runs.

    Two app instances saving into the same dataset then take turns instead of
    interleaving their read-modify-write cycles. ``path`` must be the resolved
    real file (see :func:`reviewer.io.dataset.store.real_path`), so a save through
    a symbolic link takes the same lock as one through the file's own name.

    Args:
        path: the file to lock.
        timeout: seconds to wait for another holder.
        on_wait: called once when the lock is busy, before waiting for it.
        kept: the closing sentence of an error message (see :func:`error_for`).

    Raises:
        DatasetLockedError: the lock stayed held by someone else for ``timeout``
            seconds.
        DatasetError: the lock file could not be created (read-only folder...).
    """
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=timeout)
    try:
        if on_wait is None:
            lock.acquire()
        else:
            try:
                lock.acquire(timeout=0)
            except Timeout:
                on_wait()
                lock.acquire()
    except Timeout:
        raise DatasetLockedError(
            path,
            f"Could not save {path.name}: another program (perhaps a second "
            f"window of this app) is saving it right now and kept it locked for "
            f"{timeout:g} s. Try again in a moment. {kept}".rstrip(),
        ) from None
    except OSError as exc:
        raise error_for(exc, path, kept=kept) from exc
    try:
        yield
    finally:
        lock.release()

"""Where a batch's documents come from: files, folders, globs, manifests, URLs.

A *source* is a string: a local path, or an fsspec URL (``s3://bucket/key``,
``gcs://…``, ``https://…``) read on the worker that extracts it. ``file://``
URLs become local paths. Folders (local or remote) contribute their supported
files, hidden ones excepted, in sorted order; globs (``*``, ``?``, ``[…]``,
``**``) the files they match, sorted; a manifest names one path or URL a line
(blank lines and ``#`` comments skipped, relative paths taken from the
manifest's folder), each expanded the same way.

Credentials for object storage come from where fsspec's backends look for
them (the environment, profiles, instance roles), never from the command line:
a URL that carries a password is refused, and none is ever written to a log.
fsspec and its backends (s3fs, …) are imported only when a URL is given.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SUFFIXES = frozenset({".pdf", ".txt", ".htm", ".html", ".md"})
"""What a folder contributes (a file named directly is always tried)."""

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GLOB = re.compile(r"[*?[]")
EXTRA_HINT = "install the cluster extra: pip install 'board-change-reviewer[cluster]'"


class SourceError(Exception):
    """A source that cannot be listed or read, in plain words."""


def is_url(source: str) -> bool:
    """Whether ``source`` is a URL (``scheme://…``) rather than a local path."""
    return bool(_URL.match(source))


def local_path(source: str) -> Path | None:
    """The local path of a plain path or a ``file://`` URL; None for other URLs."""
    if not is_url(source):
        return Path(source)
    parts = urlsplit(source)
    if parts.scheme.lower() == "file":
        return Path(unquote(parts.netloc + parts.path))
    return None


def shown(source: str) -> str:
    """A source as it may appear in a message: any password in a URL removed."""
    if not is_url(source):
        return source
    parts = urlsplit(source)
    if parts.password is None and parts.username is None:
        return source
    host = parts.hostname or ""
    return source.replace(parts.netloc, host + (f":{parts.port}" if parts.port else ""))


@dataclass
class Expanded:
    """The sources to extract, in order, and the specs that gave nothing."""

    sources: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(spec, what is wrong with it)."""


def expand(specs: Sequence[str], manifests: Sequence[str] = ()) -> Expanded:
    """Expand paths, folders, globs, URLs and manifest files into sources.

    Duplicates are dropped (the first place wins); nothing is read but listings.
    """
    result = Expanded()
    for spec in specs:
        _expand_one(spec, result)
    for manifest in manifests:
        try:
            lines = _manifest_lines(manifest)
        except SourceError as exc:
            result.problems.append((manifest, str(exc)))
            continue
        for line in lines:
            _expand_one(line, result)
    result.sources = list(dict.fromkeys(result.sources))
    return result


def _manifest_lines(manifest: str) -> list[str]:
    path = local_path(manifest)
    try:
        if path is None:
            with _open_url(manifest) as handle:
                text = handle.read(MANIFEST_LIMIT + 1).decode("utf-8", "replace")
            base = None
        else:
            with open(path, "rb") as raw:
                text = raw.read(MANIFEST_LIMIT + 1).decode("utf-8", "replace")
            base = path.parent
    except (OSError, ValueError) as exc:
        raise SourceError(f"the manifest cannot be read ({_reason(exc)})") from None
    if len(text) > MANIFEST_LIMIT:
        raise SourceError(f"the manifest is over {MANIFEST_LIMIT // 1_000_000} MB")
    lines = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        if base is not None and not is_url(line) and not os.path.isabs(line):
            line = str(base / line)
        lines.append(line)
    return lines


MANIFEST_LIMIT = 200_000_000
"""Bytes a manifest may hold (a million URLs take about 100 MB)."""


def _expand_one(spec: str, result: Expanded) -> None:
    path = local_path(spec)
    try:
        if path is not None:
            found = _expand_local(path)
        else:
            if urlsplit(spec).password is not None:
                raise SourceError(
                    "a password in a URL is refused: give credentials through the "
                    "environment or a profile"
                )
            found = _expand_remote(spec)
    except SourceError as exc:
        result.problems.append((shown(spec), str(exc)))
        return
    if not found:
        result.problems.append((shown(spec), "no such file or folder"))
    result.sources.extend(found)


def _expand_local(path: Path) -> list[str]:
    if path.is_dir():
        return [str(p) for p in _folder_files(path)]
    if path.exists():
        return [str(path)]
    text = str(path)
    if _GLOB.search(text):
        matches = sorted(glob.glob(text, recursive=True))
        found: list[str] = []
        for match in matches:
            candidate = Path(match)
            if candidate.is_dir():
                continue
            if candidate.suffix.lower() in SUFFIXES:
                found.append(match)
        return found
    return []


def _folder_files(folder: Path) -> list[Path]:
    found = (
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    return sorted(found)


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:
        raise SourceError(f"reading URLs needs fsspec: {EXTRA_HINT}") from None
    try:
        return fsspec.core.url_to_fs(url)  # type: ignore[no-any-return]
    except ImportError as exc:
        raise SourceError(f"no reader for this URL ({exc}); {EXTRA_HINT}") from None
    except (ValueError, OSError) as exc:
        raise SourceError(f"the URL cannot be used ({_reason(exc)})") from None


def _expand_remote(url: str) -> list[str]:
    fs, root = _filesystem(url)
    try:
        if _GLOB.search(root):
            paths = [p for p in fs.glob(root) if not fs.isdir(p)]
            chosen = sorted(p for p in paths if Path(p).suffix.lower() in SUFFIXES)
        elif fs.isdir(root):
            base = root.rstrip("/")
            chosen = sorted(
                p
                for p in fs.find(root)
                if Path(p).suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p[len(base) :].split("/"))
            )
        elif fs.exists(root):
            return [url]
        else:
            return []
    except (OSError, ValueError, PermissionError) as exc:
        raise SourceError(f"the location cannot be listed ({_reason(exc)})") from None
    return [fs.unstrip_protocol(p) for p in chosen]


def _reason(exc: BaseException) -> str:
    """An exception's text without anything that looks like a secret."""
    text = str(exc) or type(exc).__name__
    return re.sub(r"(?i)(secret|token|password|signature)[^ ,;]*", r"\1=…", text)[:300]


@contextlib.contextmanager
def _open_url(url: str) -> Iterator[Any]:
    fs, root = _filesystem(url)
    with fs.open(root, "rb") as handle:
        yield handle


@contextlib.contextmanager
def materialise(source: str, max_bytes: int) -> Iterator[Path]:
    """Yield a local file holding the source's bytes (a copy for a URL).

    A remote file over ``max_bytes`` is not downloaded: a ``SourceError`` names
    its size; the copy keeps the URL's file name (its suffix picks the loader)
    and is deleted afterwards.
    """
    path = local_path(source)
    if path is not None:
        yield path
        return
    fs, root = _filesystem(source)
    name = Path(urlsplit(source).path).name or "document"
    folder = tempfile.mkdtemp(prefix="reviewer-fetch-")
    try:
        target = Path(folder) / name
        try:
            info = fs.info(root)
            size = info.get("size")
            if isinstance(size, int) and size > max_bytes:
                raise SourceError(
                    f"the file is {size / 1e6:.1f} MB, over the "
                    f"{max_bytes / 1e6:.3g} MB limit"
                )
            with fs.open(root, "rb") as handle:
                data = handle.read(max_bytes + 1 if max_bytes < 1 << 48 else -1)
        except FileNotFoundError:
            raise SourceError("the file does not exist") from None
        except (OSError, ValueError) as exc:
            raise SourceError(f"the file cannot be read ({_reason(exc)})") from None
        if len(data) > max_bytes:
            raise SourceError(
                f"the file holds more than the {max_bytes / 1e6:.3g} MB limit"
            )
        target.write_bytes(data)
        yield target
    finally:
        shutil.rmtree(folder, ignore_errors=True)

"""Bad input: every failure is a typed LoadError whose message names the problem."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reviewer.io.errors import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    LoadError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from reviewer.io.loaders import LoadOptions, load_document


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        load_document(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(UnreadableFileError, match="folder"):
        load_document(folder)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason=(
        "the unreadable-file message: running as root (or on Windows) every file "
        "can be read, so there is no unreadable file to try; harmless here"
    ),
)
def test_no_permission(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("board", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError, match="permission"):
            load_document(path)
    finally:
        path.chmod(0o600)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError, match="empty"):
        load_document(path)


def test_white_space_only(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\r\n  \n")
    with pytest.raises(EmptyFileError, match="no text"):
        load_document(path)


@pytest.mark.parametrize(
    "payload",
    [b"abc\x00\x00\x01def" * 20, bytes(range(0, 32)) * 40, b"\x89PNG\r\n\x1a\n\x00"],
)
def test_binary_with_text_name(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "looks.txt"
    path.write_bytes(payload)
    with pytest.raises(BinaryFileError, match="binary"):
        load_document(path)


@pytest.mark.parametrize("name", ["letter.docx", "scan.png", "sheet.xlsx"])
def test_unsupported_type_names_supported_types(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(UnsupportedTypeError) as info:
        load_document(path)
    message = str(info.value)
    assert Path(name).suffix in message
    for kind in ("PDF", ".txt", ".htm"):
        assert kind in message


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"board " * 1000)
    with pytest.raises(FileTooLargeError, match="limit"):
        load_document(path, LoadOptions(max_bytes=1000))


def test_errors_share_a_base_with_path_and_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert info.value.message

"""Plain text files: decoding, binary detection and unwrapping."""

from __future__ import annotations

import logging

from reviewer.core.document import DocumentFormat
from reviewer.io.errors import BinaryFileError, EmptyFileError
from reviewer.io.loaders.escaped import decode_escaped_text
from reviewer.io.loaders.markdown import (
    looks_like_markdown,
    split_front_matter,
    strip_markup,
)
from reviewer.io.loaders.textflow import blank_text_artefacts, unwrap_plain_text

logger = logging.getLogger(__name__)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _ALLOWED_CONTROLS)
"""The control bytes that do not occur in text (deleted in one C call to count them)."""


def check_not_binary(path: str, data: bytes) -> None:
    """Refuse data that is not text: NUL bytes or many control characters.

    Raises:
        BinaryFileError: the bytes look like a binary file.
    """
    sample = data[:65536]
    if any(sample.startswith(bom) for bom, name in _BOMS if name == "utf-16"):
        return
    if b"\x00" in sample:
        raise BinaryFileError(
            path,
            "the file holds binary data (NUL bytes), not text; open the "
            "original PDF, HTML or text file instead",
        )
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(sample) // 100):
        raise BinaryFileError(
            path,
            f"the file holds binary data ({controls} control bytes in the first "
            f"{len(sample)}), not text",
        )


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes as text: BOM, then strict UTF-8, then a detected charset.

    Returns:
        The text and the name of the encoding used.

    Raises:
        BinaryFileError: the bytes do not decode as text.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    check_not_binary(path, data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252"


def _guess_encoding(data: bytes) -> str:
    """Pick the 8-bit encoding: cp1252 when it decodes, else a detected one."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        # cp1252 is a superset of Latin-1's printable range and is what
        # Windows-made filings use; C1 controls (Latin-1 only) are rare.
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return str(best.encoding)
    return "latin-1"


def normalise_text(text: str) -> str:
    """Normalise spaces that only look like spaces and drop invisible marks."""
    return (
        text.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2007", " ")
        .replace("\u200b", "")
        .replace("\ufeff", "")
        .replace("\u00ad", "")
    )


def load_text(
    path: str, data: bytes, *, markdown: bool = False
) -> tuple[str, DocumentFormat, dict[str, str]]:
    """Decode and unwrap a plain text or Markdown file.

    A text that starts with a front-matter block is read as Markdown whatever
    its name.

    Returns:
        The text, its format (TEXT or MARKDOWN) and metadata: the encoding used
        and any front-matter fields.

    Raises:
        BinaryFileError: not text.
        EmptyFileError: only white space.
    """
    text, encoding = decode_text(path, data)
    text = normalise_text(decode_escaped_text(text))
    metadata = {"encoding": encoding}
    if looks_like_markdown(text):
        markdown = True
    text, fields = split_front_matter(text)
    metadata.update(fields)
    if markdown:
        text = strip_markup(text)
    text = unwrap_plain_text(text)
    if not markdown:  # Markdown tables are markup, read by strip_markup
        text = blank_text_artefacts(text)
    if not text.strip():
        raise EmptyFileError(path, "the file holds no text, only white space")
    doc_format = DocumentFormat.MARKDOWN if markdown else DocumentFormat.TEXT
    return text, doc_format, metadata

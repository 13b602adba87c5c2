"""Write small, real PDFs for the loader tests (no Qt, no PDF library needed).

Pages hold lines of Courier text (monospaced, so a line's width is its length
times 0.6 em), optionally a drawing with no text, and the file can be protected
with a user password (standard security handler, RC4 40-bit, revision 2).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def page_content(
    lines: Sequence[str],
    *,
    font_size: float = 10.0,
    leading: float = 12.0,
    top: float = 720.0,
    left: float = 72.0,
) -> bytes:
    """A content stream drawing ``lines`` top-down; "" leaves a blank line."""
    parts = [f"BT /F1 {font_size} Tf {leading} TL {left} {top} Td".encode()]
    for line in lines:
        parts.append(b"(" + _escape(line) + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def table_content(
    rows: Sequence[Sequence[str]],
    columns: Sequence[float],
    *,
    font_size: float = 10.0,
    leading: float = 12.0,
    top: float = 720.0,
) -> bytes:
    """A content stream drawing each row's cells at the given x positions."""
    parts = [f"BT /F1 {font_size} Tf".encode()]
    for index, row in enumerate(rows):
        y = top - index * leading
        for cell, x in zip(row, columns, strict=False):
            parts.append(f"1 0 0 1 {x} {y} Tm (".encode() + _escape(cell) + b") Tj")
    parts.append(b"ET")
    return b"\n".join(parts)


def make_pdf(
    pages: Sequence[bytes],
    *,
    size: tuple[float, float] = (612.0, 792.0),
    user_password: str | None = None,
) -> bytes:
    """Build a PDF whose pages have the given content streams."""
    file_id = hashlib.md5(b"reviewer-test").digest()  # noqa: S324 - PDF spec
    objects: dict[int, bytes] = {}
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier "
        b"/Encoding /WinAnsiEncoding >>"
    )
    key = b""
    encrypt = b""
    if user_password is not None:
        owner = _rc4(hashlib.md5(_PAD).digest()[:5], _pad(user_password))  # noqa: S324
        permissions = struct.pack("<i", -4)
        key = hashlib.md5(  # noqa: S324
            _pad(user_password) + owner + permissions + file_id
        ).digest()[:5]
        user = _rc4(key, _PAD)
        number = 4 + 2 * len(pages)
        objects[number] = (
            b"<< /Filter /Standard /V 1 /R 2 /P -4 /O <"
            + owner.hex().encode()
            + b"> /U <"
            + user.hex().encode()
            + b"> >>"
        )
        encrypt = f" /Encrypt {number} 0 R".encode()
    for index, content in enumerate(pages):
        page_number, content_number = 4 + 2 * index, 5 + 2 * index
        if key:
            object_key = hashlib.md5(  # noqa: S324
                key + struct.pack("<i", content_number)[:3] + b"\x00\x00"
            ).digest()[:10]
            content = _rc4(object_key, content)
        objects[page_number] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size[0]} {size[1]}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_number} 0 R >>"
        ).encode()
        objects[content_number] = (
            f"<< /Length {len(content)} >>\nstream\n".encode()
            + content
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref = len(out)
    count = max(objects) + 1
    out += f"xref\n0 {count}\n0000000000 65535 f \n".encode()
    for number in range(1, count):
        out += f"{offsets.get(number, 0):010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {count} /Root 1 0 R /ID [<{file_id.hex()}> "
        f"<{file_id.hex()}>]".encode()
        + encrypt
        + f" >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _pad(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap at ``width`` characters (Courier: also in points)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines

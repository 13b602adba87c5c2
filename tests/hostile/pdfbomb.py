"""Hostile PDFs built on the fly: a small file whose page content inflates hugely."""

from __future__ import annotations

import zlib
from pathlib import Path

from tests.io.pdfmaker import make_pdf

OPERATORS = b"BT /F1 10 Tf 72 720 Td (Bomb) Tj ET\n"


def write_content_bomb(path: Path, inflated_mb: int) -> Path:
    """A one-page PDF whose Flate content stream holds ``inflated_mb`` MB of text
    operators (show "Bomb" again and again), compressed in bounded memory."""
    packer = zlib.compressobj(6)
    block = OPERATORS * ((1 << 20) // len(OPERATORS))
    packed = [packer.compress(block) for _ in range(inflated_mb)]
    packed.append(packer.flush())
    body = b"".join(packed)
    plain = make_pdf([b"PLACEHOLDER"])
    stream = b"<< /Length 11 >>\nstream\nPLACEHOLDER\nendstream"
    assert stream in plain
    bomb = (
        f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode()
        + body
        + b"\nendstream"
    )
    path.write_bytes(plain.replace(stream, bomb))  # PDFium rebuilds the offsets
    return path


def write_page_flood(path: Path, references: int) -> Path:
    """A small PDF whose page tree names one page ``references`` times."""
    kids = b" ".join([b"3 0 R"] * references)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % references,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    path.write_bytes(bytes(out))
    return path

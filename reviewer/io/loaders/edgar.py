"""Full EDGAR submissions (the ``.txt`` with the SGML ``<DOCUMENT>`` wrapper).

The header gives the metadata (form type, CIK, accession number, filing date,
company, period of report). The text is the main 8-K/6-K document followed by
its EX-99 exhibits (and EX-17 director letters), each part opened by a short
heading line and recorded as a :class:`DocumentPart`. XBRL, graphics, archives,
JSON and other machine parts are skipped.
"""

from __future__ import annotations

import logging
import re

from reviewer.core.document import DocumentPart
from reviewer.io.errors import EmptyFileError
from reviewer.io.loaders.html import markup_to_text
from reviewer.io.loaders.text import decode_text, normalise_text
from reviewer.io.loaders.textflow import blank_text_artefacts, unwrap_plain_text

logger = logging.getLogger(__name__)

_HEADER = re.compile(r"<(SEC-HEADER|IMS-HEADER)>(.*?)(?:</\1>|<DOCUMENT>)", re.S | re.I)
_FIELD = re.compile(r"^[ \t]*([A-Z][A-Z0-9 .()/&-]*?):[ \t]*(.*?)[ \t]*$", re.M)
_BLOCK_START = re.compile(
    r"^[ \t]*(FILER|SUBJECT COMPANY|FILED BY|REPORTING-OWNER|ISSUER):[ \t]*$",
    re.M,
)
_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.S | re.I)
_TAG = {
    name: re.compile(rf"<{name}>[ \t]*([^\n<]*)", re.I)
    for name in ("TYPE", "FILENAME", "DESCRIPTION")
}
_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S | re.I)
_XBRL_WRAPPER = re.compile(r"</?XBRL>", re.I)
_MARKUP = re.compile(r"<(?:html|body|div|p|table|font|br)[\s>/]", re.I)
_PAGE_TAG = re.compile(r"^[ \t]*</?(?:PAGE|S|C|FN|CAPTION|TABLE)>[ \t]*$", re.M | re.I)
_WANTED_EXHIBIT = re.compile(r"^EX-(?:99|17)(?:[.\-]|\b|$)", re.I)
_MAIN_FORMS = re.compile(r"^(?:8-K|6-K|8-K12B|8-K12G3|8-K15D5)(?:/A)?$", re.I)


def parse_header(text: str) -> dict[str, str]:
    """Read the submission header into metadata keys.

    Returns:
        ``form_type``, ``cik`` (10 digits), ``accession_number``, ``filing_date``
        and ``period_of_report`` (``YYYY-MM-DD``), ``company_name`` and ``items``
        (the ITEM INFORMATION lines joined by ``; ``), for the fields present.
    """
    match = _HEADER.search(text[:200_000])
    if match is None:
        return {}
    header = match.group(2)
    fields: dict[str, list[str]] = {}
    for key, value in _FIELD.findall(header.split("\nFILER:")[0]):
        fields.setdefault(key.strip(), []).append(value)
    metadata: dict[str, str] = {}

    def first(key: str) -> str:
        return fields.get(key, [""])[0].strip()

    if first("CONFORMED SUBMISSION TYPE"):
        metadata["form_type"] = first("CONFORMED SUBMISSION TYPE")
    if first("ACCESSION NUMBER"):
        metadata["accession_number"] = first("ACCESSION NUMBER")
    for key, name in (
        ("FILED AS OF DATE", "filing_date"),
        ("CONFORMED PERIOD OF REPORT", "period_of_report"),
    ):
        date = _iso_date(first(key))
        if date:
            metadata[name] = date
    items = [item.strip() for item in fields.get("ITEM INFORMATION", []) if item]
    if items:
        metadata["items"] = "; ".join(items)
    company = _company_block(header)
    name = _field_in(company, "COMPANY CONFORMED NAME")
    cik = _field_in(company, "CENTRAL INDEX KEY")
    if name:
        metadata["company_name"] = name
    if cik.isdigit():
        metadata["cik"] = cik.zfill(10)
    return metadata


def _company_block(header: str) -> str:
    """The SUBJECT COMPANY block when there is one, else the first FILER block."""
    starts = [(m.group(1).upper(), m.start()) for m in _BLOCK_START.finditer(header)]
    blocks: dict[str, str] = {}
    for index, (label, start) in enumerate(starts):
        end = starts[index + 1][1] if index + 1 < len(starts) else len(header)
        blocks.setdefault(label, header[start:end])
    for label in ("SUBJECT COMPANY", "FILER", "FILED BY", "ISSUER"):
        if label in blocks:
            return blocks[label]
    return header


def _field_in(block: str, key: str) -> str:
    match = re.search(rf"^[ \t]*{re.escape(key)}:[ \t]*(.*?)[ \t]*$", block, re.M)
    return match.group(1) if match else ""


def _iso_date(value: str) -> str:
    digits = value.strip()[:8]
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return ""


def _is_wanted(index: int, doc_type: str, form_type: str) -> bool:
    doc_type = doc_type.strip().upper()
    if index == 0 or doc_type == form_type.upper() or _MAIN_FORMS.match(doc_type):
        return not doc_type.startswith(("EX-101", "GRAPHIC", "ZIP", "XML", "JSON"))
    return bool(_WANTED_EXHIBIT.match(doc_type))


def _part_text(body: str) -> str:
    """Turn one document's ``<TEXT>`` body into readable text ('' if binary)."""
    stripped = body.lstrip()
    if stripped[:6].lower() == "begin " or stripped[:5].upper() == "<PDF>":
        return ""
    body = _XBRL_WRAPPER.sub("", body)
    if _MARKUP.search(body[:5000]):
        return markup_to_text(body)
    text = unwrap_plain_text(normalise_text(_PAGE_TAG.sub("", body)))
    return blank_text_artefacts(text)


def load_edgar(
    path: str, data: bytes
) -> tuple[str, tuple[DocumentPart, ...], dict[str, str]]:
    """Load a full EDGAR submission.

    Returns:
        The text (main document then exhibits, each opened by a heading line such
        as ``EX-99.1: PRESS RELEASE``), the parts and the header metadata.

    Raises:
        EmptyFileError: no document in the submission has readable text.
    """
    text, _ = decode_text(path, data)
    metadata = parse_header(text)
    form_type = metadata.get("form_type", "")
    chunks: list[str] = []
    parts: list[DocumentPart] = []
    offset = 0
    skipped: list[str] = []
    documents = list(_DOCUMENT.finditer(text))
    for index, match in enumerate(documents):
        document = match.group(1)
        doc_type = _tag(document, "TYPE") or f"DOCUMENT {index + 1}"
        if not _is_wanted(index, doc_type, form_type):
            continue
        body = _TEXT.search(document)
        part_text = _part_text(body.group(1) if body else "").strip()
        if not part_text:
            skipped.append(doc_type)
            continue
        description = _tag(document, "DESCRIPTION")
        heading = doc_type
        if description and description.upper() != doc_type.upper():
            heading = f"{doc_type}: {description}"
        if chunks:
            chunks.append("\n\n")
            offset += 2
        start = offset
        chunk = f"{heading}\n\n{part_text}"
        chunks.append(chunk)
        offset += len(chunk)
        parts.append(DocumentPart(doc_type, start, offset))
        if not form_type and index == 0:
            metadata["form_type"] = doc_type
    if not documents:
        raise EmptyFileError(path, "the EDGAR submission holds no <DOCUMENT> parts")
    if not parts:
        raise EmptyFileError(
            path,
            "the EDGAR submission has no readable main document or EX-99 exhibit "
            "(only data, images or XBRL)",
        )
    if skipped:
        metadata["parts_without_text"] = ", ".join(skipped)
    return "".join(chunks), tuple(parts), metadata


def _tag(document: str, name: str) -> str:
    match = _TAG[name].search(document[:2000])
    return match.group(1).strip() if match else ""

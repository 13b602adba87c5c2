"""HTML and XHTML (EDGAR exhibits, inline XBRL) to the text a reader sees.

Only visible text is kept: ``head``, scripts, styles and ``display:none`` blocks
such as inline XBRL's ``ix:header`` are dropped. Block elements become paragraph
breaks, ``<br>`` a line break, table rows one line each with their non-empty cells
joined by `` | ``, and ``<pre>`` blocks are unwrapped like plain text. Nothing is
ever run or fetched: lxml parses the markup and no resource is resolved.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Any

from reviewer.io.errors import CorruptFileError, EmptyFileError
from reviewer.io.loaders.text import check_not_binary, normalise_text
from reviewer.io.loaders.textflow import expand_ligatures, unwrap_plain_text, words

logger = logging.getLogger(__name__)

# Not "embed": libxml2's HTML parser does not know it is empty and nests the rest
# of the page inside it, which was then dropped. It never holds text of its own.
_SKIP = frozenset(
    {
        "head",
        "title",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "svg",
        "math",
        "select",
        "ix:header",
        "ix:hidden",
        "ix:references",
        "ix:resources",
    }
)
_BLOCK = words(
    "address article aside blockquote body center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li "
    "main nav ol p section summary ul caption tbody thead tfoot"
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]*encoding=[\"']([\w.:-]+)[\"']", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", re.I)
_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?(?:page\s+)?(?:\d{1,3}|[ivxlc]{1,6})(?:\s+of\s+\d{1,3})?(?:\s*-)?$",
    re.I,
)
_BULLET_GLUED = re.compile(r"(?m)^([\u2022\u25cf\u25aa\u25e6\u00b7\u2043])(?=\S)")
_BR = "\ue000"  # stands for <br> until paragraphs are cut into lines
_COLUMN_GAP = re.compile(r"[ \t]{4,}")
_OPENERS = frozenset({"$", "(", "\u20ac", "\u00a3", "($"})
_CLOSERS = frozenset({"%", ")", "%)"})


def decode_html(path: str, data: bytes) -> str:
    """Decode HTML bytes using the declared charset, else UTF-8, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    check_not_binary(path, data)
    head = data[:4096]
    declared = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    candidates = [declared.group(1).decode("ascii", "ignore")] if declared else []
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        if encoding.lower() in ("ascii", "us-ascii", "iso-8859-1", "latin-1"):
            encoding = "cp1252"  # the usual truth behind these labels
        try:
            if codecs.lookup(encoding).name in _NOT_CHARSETS:
                continue
            return data.decode(encoding)
        except (UnicodeError, LookupError):  # "undefined" raises UnicodeError
            continue
    return data.decode("cp1252", errors="replace")


_NOT_CHARSETS = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna"}
)
"""Python codecs a page may name that are not character sets: ignored."""


class _Writer:
    """Collects visible text as paragraphs, lines and table rows."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []  # (separator before, text)
        self.inline: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.table_depth = 0
        self.pending = "\n\n"

    def text(self, value: str | None) -> None:
        if value:
            (self.cell if self.cell is not None else self.inline).append(value)

    def line_break(self) -> None:
        self.text(" " if self.cell is not None else _BR)

    def block_break(self) -> None:
        if self.cell is not None:
            self.cell.append(" ")
            return
        raw = "".join(self.inline)
        self.inline = []
        flushed = False
        for line in raw.split(_BR):
            line = _SPACES.sub(" ", line).strip()
            if not line:
                continue
            self.blocks.append((self.pending if not flushed else "\n", line))
            flushed = True
        if flushed:
            self.pending = "\n\n"

    def add_block(self, text: str) -> None:
        self.block_break()
        if text.strip():
            self.blocks.append(("\n\n", text.strip("\n")))
        self.pending = "\n\n"

    def start_row(self) -> None:
        self.block_break()
        self.row = []

    def start_cell(self) -> None:
        if self.row is not None:
            self.cell = []

    def end_cell(self) -> None:
        if self.row is not None and self.cell is not None:
            text = _SPACES.sub(" ", "".join(self.cell)).strip()
            if text:
                if self.row and (text in _CLOSERS or self.row[-1] in _OPENERS):
                    self.row[-1] += text
                else:
                    self.row.append(text)
        self.cell = None

    def end_row(self) -> None:
        self.end_cell()
        if self.row:
            self.blocks.append((self.pending, " | ".join(self.row)))
            self.pending = "\n"
        self.row = None

    def result(self) -> str:
        self.block_break()
        out: list[str] = []
        for separator, text in self.blocks:
            if _PAGE_NUMBER.match(text):
                continue
            if out:
                out.append(separator)
            out.append(text)
        return "".join(out)


def html_to_text(markup: str) -> str:
    """Return the visible text of an HTML document, in reading order."""
    import lxml.etree
    import lxml.html

    markup = _XML_DECL.sub("", markup, count=1)
    if not markup.strip():
        return ""
    # huge_tree lifts libxml2's 10 MB text-node and 256-level depth limits (both
    # silently dropped the rest of the document); the HTML parser still expands
    # no custom entities and fetches nothing.
    parser = lxml.html.HTMLParser(huge_tree=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return ""
    if any("Excessive depth" in error.message for error in parser.error_log):
        return _flat_text(markup)  # over 2,048 levels: read it without the tree
    writer = _Writer()
    walker = lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        if event in ("comment", "pi") or not isinstance(tag, str):
            writer.text(element.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP or _is_hidden(element):
                walker.skip_subtree()
                element.set("data-skipped", "1")
                continue
            if tag == "pre":
                writer.add_block(_pre_text(element.text_content()))
                walker.skip_subtree()
                element.set("data-skipped", "1")
                continue
            _open(writer, tag, element)
        else:
            if element.get("data-skipped") != "1":
                _close(writer, tag)
            writer.text(element.tail)
    return writer.result()


_INVISIBLE_BLOCK = re.compile(
    r"<(script|style|head|title|template|noscript|iframe|object|svg|math)\b"
    r"[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.I | re.S,
)
_BREAKING_TAG = re.compile(
    r"<(?:br|/?(?:p|div|tr|li|h[1-6]|table|blockquote|pre|section|article))\b"
    r"[^<>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<[^<>]*>", re.S)
"""A tag stops at the next ``<``, so a run of ``<`` without ``>`` costs linear time."""


def _flat_text(markup: str) -> str:
    """Visible text of markup too deeply nested for a tree: tags dropped."""
    import html

    text = _INVISIBLE_BLOCK.sub(" ", markup)
    text = _BREAKING_TAG.sub("\n\n", text)
    text = html.unescape(_ANY_TAG.sub(" ", text))
    paragraphs = (_SPACES.sub(" ", block).strip() for block in text.split("\n\n"))
    return "\n\n".join(block for block in paragraphs if block)


def _is_hidden(element: Any) -> bool:
    style = element.get("style")
    return bool(style and _HIDDEN.search(style)) or element.get("hidden") is not None


def _open(writer: _Writer, tag: str, element: Any) -> None:
    if tag == "table":
        writer.table_depth += 1
        if writer.table_depth == 1:
            writer.block_break()
    elif tag == "tr" and writer.table_depth == 1:
        writer.start_row()
    elif tag in ("td", "th") and writer.table_depth == 1:
        writer.start_cell()
    elif tag == "br":
        writer.line_break()
    elif tag in _BLOCK:
        writer.block_break()
    if tag in ("td", "th") and writer.cell is None and writer.table_depth > 0:
        writer.text(" ")
    writer.text(element.text)


def _close(writer: _Writer, tag: str) -> None:
    if tag == "table":
        if writer.table_depth == 1:
            writer.end_row()
            writer.pending = "\n\n"
        writer.table_depth = max(0, writer.table_depth - 1)
    elif tag == "tr" and writer.table_depth == 1:
        writer.end_row()
    elif tag in ("td", "th") and writer.table_depth == 1:
        writer.end_cell()
    elif tag in ("td", "th"):
        writer.text(" ")
    elif tag in _BLOCK:
        writer.block_break()


def _pre_text(text: str) -> str:
    lines = [
        _COLUMN_GAP.sub(" | ", re.sub(r"(?<=\S) {2,3}(?=\S)", " ", line.strip()))
        for line in text.expandtabs(8).splitlines()
    ]
    return unwrap_plain_text("\n".join(lines))


def load_html(path: str, data: bytes) -> tuple[str, dict[str, str]]:
    """Load an HTML file's visible text.

    Returns:
        The text and metadata (the document title when there is one).

    Raises:
        BinaryFileError: the bytes are not text.
        EmptyFileError: nothing visible.
        CorruptFileError: the markup cannot be parsed at all.
    """
    markup = decode_html(path, data)
    try:
        text = markup_to_text(markup)
    except RecursionError:
        raise CorruptFileError(path, "the HTML is nested too deeply to read") from None
    if not text.strip():
        raise EmptyFileError(path, "the HTML file has no visible text")
    metadata: dict[str, str] = {}
    title = re.search(r"<title[^>]*>(.*?)</title>", markup[:20000], re.I | re.S)
    if title and _SPACES.sub(" ", title.group(1)).strip():
        metadata["title"] = _SPACES.sub(" ", title.group(1)).strip()
    return text, metadata


def markup_to_text(markup: str) -> str:
    """HTML to readable text with spaces normalised and ligatures expanded."""
    text = normalise_text(html_to_text(markup))
    text = _BULLET_GLUED.sub(r"\1 ", text)
    return expand_ligatures(text)[0]

r"""Text that is mostly one JSON-escaped string: decode it (issue #12).

Stored copies of web pages sometimes keep an announcement inside a JSON string
(``[{"type":"text","content":"\n30 January 2020\nAcme plc ..."}]``), so the text
reads "\nThe Board" with a backslash and an "n" glued to the words. When one
line holds most of the document and many ``\n`` escapes, that line is decoded as
a JSON string: its wrapper (``[{"key":"value",..."content":"``) and closing quote
are dropped, and ``\n``, ``\t``, ``\"``, ``\\``, ``\/`` and ``\uXXXX`` become the
characters they stand for. An excerpt cut inside the string (no closing quote,
half an escape) is decoded as far as it goes. Other text is returned unchanged.
"""

from __future__ import annotations

import re

_MIN_ESCAPES = 5  # line breaks written as "\n" on the line
_MIN_SHARE = 0.5  # of the document's characters on that line

_LINE_BREAK_ESCAPE = "\\n"
# The JSON around the string: '[{"type":"text","content":"' (keys and plain values)
_WRAPPER_RE = re.compile(
    r"^[ \t]*\[?[ \t]*\{[ \t]*"
    r'(?:"[\w-]{1,40}"[ \t]*:[ \t]*'
    r'(?:"(?:[^"\\\n]|\\.){0,200}"|-?[\d.]+|true|false|null)'
    r"[ \t]*,[ \t]*){0,10}"
    r'"[\w-]{1,40}"[ \t]*:[ \t]*"'
)
_CLOSING_RE = re.compile(r'"[ \t]*(?:,[^\n]{0,200})?\}[ \t]*\]?[ \t]*$')
_ESCAPE_RE = re.compile(
    r"\\u(?P<high>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<low>[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u(?P<code>[0-9a-fA-F]{4})"
    r"|\\(?P<char>[\"\\/bfnrt])"
    r"|\\u[0-9a-fA-F]{0,3}$|\\$"  # an escape cut by the excerpt's end
)
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "", "f": "\f", "n": "\n",
           "r": "\r", "t": "\t"}  # fmt: skip


def _unescape(match: re.Match[str]) -> str:
    if match.group("high"):
        high, low = int(match.group("high"), 16), int(match.group("low"), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    if match.group("code"):
        code = int(match.group("code"), 16)
        return "" if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate
    if match.group("char"):
        return _SIMPLE[match.group("char")]
    return ""


def decode_escaped_line(line: str) -> str:
    """One JSON string's content (its wrapper dropped), its escapes decoded."""
    wrapper = _WRAPPER_RE.match(line)
    if wrapper:
        body = line[wrapper.end() :]
    else:
        stripped = line.lstrip(" \t")
        body = stripped[1:] if stripped.startswith('"') else line
    closing = _CLOSING_RE.search(body)
    if closing and not _escaped_quote(body, closing.start()):
        body = body[: closing.start()]
    elif body.rstrip(" \t").endswith('"') and not _escaped_quote(
        body, len(body.rstrip(" \t")) - 1
    ):
        body = body.rstrip(" \t")[:-1]
    return _ESCAPE_RE.sub(_unescape, body)


def _escaped_quote(body: str, at: int) -> bool:
    """Whether the quote at ``at`` is escaped (an odd run of backslashes before)."""
    slashes = 0
    while at - slashes - 1 >= 0 and body[at - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def decode_escaped_text(text: str) -> str:
    """``text`` with its JSON-escaped line decoded, when that line is most of it."""
    if text.count(_LINE_BREAK_ESCAPE) < _MIN_ESCAPES:
        return text
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    line = lines[longest]
    if line.count(_LINE_BREAK_ESCAPE) < _MIN_ESCAPES or len(line) < _MIN_SHARE * len(
        text.strip()
    ):
        return text
    lines[longest] = decode_escaped_line(line)
    return "\n".join(lines)

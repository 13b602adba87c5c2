"""Markdown press releases: front matter out of the text, markup made readable.

A leading YAML front-matter block (``---`` ... ``---``) is kept out of the text;
its simple ``key: value`` fields go into the metadata as ``front_matter.<key>``.
Its ``date`` is usually a site's timestamp, not the release date, and is only
stored. Headings lose their ``#`` marks, emphasis its ``**``/``__`` and links
keep their words only.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FIELD = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
# Scans stop at the next bracket and have a length cap, so a line of thousands
# of unclosed "[a](" or "**a" is read in linear time (it took minutes).
_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_ATX_START = re.compile(r"\A\s*#{1,6}[ \t]+\S")
_INDENT = re.compile(r"^[ \t]{1,3}(?=\S)", re.M)
_SETEXT = re.compile(r"^[ \t]*(?:=+|-{3,})[ \t]*$", re.M)


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Separate a leading front-matter block from the body.

    Returns:
        The body (without the block) and the block's simple fields, keyed
        ``front_matter.<key>``; list and nested values are skipped.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if line[:1] in (" ", "\t", "-", "#"):
            continue
        field = _FIELD.match(line)
        if field is None:
            continue
        key, value = field.group(1), _unquote(field.group(2))
        if value and value not in ("|", ">", "[]", "{}"):
            fields[f"front_matter.{key}"] = value
    return text[match.end() :], fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        if value[0] == '"':
            inner = inner.replace('\\"', '"').replace("\\\\", "\\")
        else:
            inner = inner.replace("''", "'")
        return inner
    return value


def has_front_matter(text: str) -> bool:
    """True when the text starts with a front-matter block."""
    return _FRONT_MATTER.match(text) is not None


def looks_like_markdown(text: str) -> bool:
    """True when a text opens with front matter or an ATX heading (``# Title``)."""
    return has_front_matter(text) or _ATX_START.match(text) is not None


def strip_markup(text: str) -> str:
    """Make Markdown read as plain text: headings, emphasis, links and images."""
    text = _HEADING.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _INDENT.sub("", text)
    return _SETEXT.sub("", text)

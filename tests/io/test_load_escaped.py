"""A page whose text is one JSON-escaped string: the loader decodes it (#12).

Stored copies of news pages sometimes keep a release inside a JSON string, so
its line breaks, quotes and accents arrive as the characters ``\\n``, ``\\"``
and ``\\u00e9`` glued to the words. Every example is made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.io.loaders import load_document
from reviewer.io.loaders.escaped import decode_escaped_text

_RELEASE = (
    "\n \nRNS Number : 1234X Tarn Minerals PLC 4 March 2024\n\n"
    'Tarn Minerals plc ("Tarn" or the "Company")\nBoard Change\n \n'
    "Tarn Minerals today announces that Ms. Ren\u00e9e Holt has informed the "
    "Board of her intention to step down as Chair.\nThe Board thanks her.\n"
    "CONTACTS\n\n\nInvestors:\n\n\nJo Park\n"
)


def _page(payload: str) -> str:
    """A stored page: a short header, then the release as one escaped string."""
    return (
        "Business\n\nBoard Change\n\nAbout this update from Tarn Minerals PLC\n\n"
        + payload
        + "\n"
    )


def test_a_json_wrapped_release_reads_as_text(tmp_path: Path) -> None:
    wrapped = json.dumps([{"type": "text", "content": _RELEASE}])
    path = tmp_path / "page.txt"
    path.write_text(_page(wrapped), encoding="utf-8")
    text = load_document(path).text
    assert "\\n" not in text
    assert '"type"' not in text
    assert "Ms. Renée Holt has informed the Board" in text
    assert 'Tarn Minerals plc ("Tarn" or the "Company")' in text
    assert "\nThe Board thanks her." in text or " The Board thanks her." in text


def test_a_truncated_escaped_string_is_decoded_too() -> None:
    # an excerpt that stops inside the string (no closing quote, a cut escape)
    wrapped = json.dumps([{"type": "text", "content": _RELEASE}])[:-40] + "\\u00"
    text = decode_escaped_text(_page(wrapped))
    assert "\\n" not in text
    assert "Ms. Renée Holt has informed" in text
    assert text.startswith("Business\n\nBoard Change")


@pytest.mark.parametrize(
    "text",
    [
        # a release quoting a path or code with a few escapes: not mostly escaped
        "Acme Corp. names a director.\nThe new format uses \\n and \\t as "
        "separators in its files.\nJo Park joins the board.\n",
        # an escaped string that is a small part of the document
        "Acme Corp. names a director.\n"
        + "Jo Park joins the board. " * 40
        + "\n"
        + json.dumps({"note": "a\nb\nc\nd\ne\nf"})
        + "\n",
    ],
)
def test_text_with_a_few_escapes_is_left_alone(text: str) -> None:
    assert decode_escaped_text(text) == text


def test_a_plain_escaped_string_without_a_wrapper() -> None:
    body = _RELEASE.replace("\n", "\\n").replace('"', '\\"')
    text = decode_escaped_text(_page('"' + body + '"'))
    assert "Renée Holt" in text  # written as is: only the escapes change
    assert "\\n" not in text
    assert 'Tarn Minerals plc ("Tarn" or the "Company")' in text

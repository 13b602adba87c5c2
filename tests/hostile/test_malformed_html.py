"""Hostile HTML: nothing runs, nothing is fetched, nothing expands, nothing is lost."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from reviewer.core.document import Document
from reviewer.io.errors import LoadError
from reviewer.io.loaders import load_document
from reviewer.io.pipeline import open_and_extract
from tests.hostile.conftest import visited

VISIBLE = "Acme Holdings announced that Jane Roe joined its board of directors."


def _remote_everything(base: str) -> str:
    return f"""<!DOCTYPE html SYSTEM "{base}/doctype.dtd">
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<title>Board news</title>
<link rel="stylesheet" href="{base}/style.css">
<script src="{base}/remote.js"></script>
<script>document.write("SCRIPT-WRITES-THIS"); fetch("{base}/beacon");</script>
<style>@import url({base}/imported.css);
body {{ background: url({base}/bg.png) }}</style>
<meta http-equiv="refresh" content="0; url={base}/refresh">
</head><body onload="alert('ONLOAD-TEXT')">
<p>{VISIBLE}</p>
<img src="{base}/pixel.png" srcset="{base}/2x.png 2x" alt="">
<iframe src="{base}/frame.html">IFRAME-FALLBACK-TEXT</iframe>
<object data="{base}/object.swf">OBJECT-FALLBACK-TEXT</object>
<embed src="{base}/embed.swf">
<noscript>NOSCRIPT-TEXT</noscript>
<svg><script>SVG-SCRIPT-TEXT</script><image href="{base}/svg.png"/></svg>
<video src="{base}/movie.mp4" poster="{base}/poster.png"></video>
<xi:include href="{base}/included.xml"/>
<p onclick="alert('CLICK-TEXT')">Second paragraph
<a href="{base}/link">with a link</a>.</p>
<template>TEMPLATE-TEXT</template>
</body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_scripts_frames_and_remote_resources_are_neither_run_nor_fetched(
    tmp_path: Path,
    listener: tuple[str, socket.socket],
    no_network: list[object],
    suffix: str,
) -> None:
    base, server = listener
    path = tmp_path / f"page{suffix}"
    path.write_text(_remote_everything(base))
    loaded = open_and_extract(path)
    text = loaded.document.text
    assert VISIBLE in text
    assert "Second paragraph with a link." in text
    for hidden in (
        "SCRIPT-WRITES-THIS",
        "fetch(",
        "ONLOAD-TEXT",
        "CLICK-TEXT",
        "IFRAME-FALLBACK-TEXT",
        "OBJECT-FALLBACK-TEXT",
        "NOSCRIPT-TEXT",
        "SVG-SCRIPT-TEXT",
        "TEMPLATE-TEXT",
        "@import",
        "127.0.0.1",
    ):
        assert hidden not in text
    assert not visited(server)


def test_the_same_page_inside_an_edgar_submission_fetches_nothing(
    tmp_path: Path, listener: tuple[str, socket.socket], no_network: list[object]
) -> None:
    base, server = listener
    path = tmp_path / "submission.txt"
    path.write_text(
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n"
        + _remote_everything(base)
        + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    document = load_document(path)
    assert VISIBLE in document.text
    assert "SCRIPT-WRITES-THIS" not in document.text
    assert not visited(server)


def _bomb(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n'
        + "\n".join(entities)
        + f"\n]>\n<html><body><p>&lol{levels - 1};</p><p>{VISIBLE}</p></body></html>"
    )


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
def test_a_billion_laughs_entity_bomb_does_not_expand(tmp_path: Path) -> None:
    path = tmp_path / "bomb.htm"
    path.write_text(_bomb())
    start = time.perf_counter()
    document = load_document(path)
    assert time.perf_counter() - start < 5
    assert VISIBLE in document.text
    assert "lollol" not in document.text
    assert len(document.text) < 2 * len(path.read_text())


def test_external_entities_are_not_resolved(
    tmp_path: Path, listener: tuple[str, socket.socket], no_network: list[object]
) -> None:
    base, server = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    path = tmp_path / "xxe.htm"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n'
        f'<!ENTITY file SYSTEM "file://{secret}">\n'
        f'<!ENTITY web SYSTEM "{base}/entity">\n'
        f'<!ENTITY % param SYSTEM "{base}/param.dtd"> %param;\n'
        f"]>\n<html><body><p>&file;</p><p>&web;</p><p>{VISIBLE}</p></body></html>"
    )
    document = load_document(path)
    assert VISIBLE in document.text
    assert "TOP-SECRET-CONTENT" not in document.text
    assert not visited(server)


@pytest.mark.parametrize("tag", ["div", "font", "b", "table"])
def test_ten_thousand_levels_of_nesting_keep_all_the_text(
    tmp_path: Path, tag: str
) -> None:
    # libxml2 used to stop at 256 levels and drop everything: "no visible text"
    path = tmp_path / "deep.html"
    path.write_text(
        f"<html><body><p>Before.</p>{f'<{tag}>' * 10_000}{VISIBLE}"
        f"{f'</{tag}>' * 10_000}<p>After.</p></body></html>"
    )
    document = load_document(path)
    assert "Before." in document.text
    assert VISIBLE in document.text
    assert "After." in document.text


def test_three_hundred_unclosed_font_tags_like_old_filings(tmp_path: Path) -> None:
    path = tmp_path / "fonts.htm"
    path.write_text(
        "<html><body>"
        + "".join(f"<font size=2><p>Paragraph {i}." for i in range(300))
        + f"<p>{VISIBLE}</body></html>"
    )
    text = load_document(path).text
    assert "Paragraph 0." in text
    assert "Paragraph 299." in text
    assert VISIBLE in text


def test_a_text_node_over_ten_megabytes_is_kept(tmp_path: Path) -> None:
    # libxml2's default limit dropped the whole document: "no visible text"
    path = tmp_path / "long.htm"
    line = "The board met and resolved matters of governance and oversight.\n"
    path.write_text(
        f"<html><body><pre>{line * 200_000}</pre><p>{VISIBLE}</p></body></html>"
    )
    document = load_document(path)
    assert len(document.text) > 10_000_000
    assert document.text.rstrip().endswith(VISIBLE)


@pytest.mark.slow  # a wall-clock bound (complexity guard): CI runs it
@pytest.mark.parametrize(
    "markup",
    [
        "<html><body>" + "<" * 200_000 + "</body></html>",
        "<html><body>" + "<p " * 100_000 + "</body></html>",
        "<html><body>" + "<!--" * 100_000,
        "<html><body><script>" + "x" * 1_000_000,
        "<html><body>" + "&#" * 100_000 + "&amp;" * 100_000,
        "<html>" + "</html>" * 100_000,
    ],
    ids=["lt-run", "open-tags", "comments", "unclosed-script", "entities", "closes"],
)
def test_degenerate_markup_is_read_in_bounded_time(tmp_path: Path, markup: str) -> None:
    path = tmp_path / "odd.html"
    path.write_text(markup)
    start = time.perf_counter()
    outcome: object
    try:
        outcome = load_document(path)
    except LoadError as error:
        outcome = error
    assert time.perf_counter() - start < 10
    assert isinstance(outcome, Document | LoadError)


@pytest.mark.parametrize(
    "charset",
    ["undefined", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "rot13",
     "zlib", "base64", "no-such-charset", "utf-32", "\u00e9"],
)  # fmt: skip
def test_a_declared_charset_that_is_not_one_is_ignored(
    tmp_path: Path, charset: str
) -> None:
    # "undefined" raised a bare UnicodeError; the escape codecs rewrote the text
    path = tmp_path / "page.html"
    path.write_bytes(
        f'<html><head><meta charset="{charset}"></head><body>'.encode()
        + f"<p>{VISIBLE}</p><p>Caf\u00e9 \\N{{BULLET}} \\x41</p></body></html>".encode()
    )
    document = load_document(path)
    assert VISIBLE in document.text
    assert "Caf\u00e9 \\N{BULLET} \\x41" in document.text

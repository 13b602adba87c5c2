"""The flow keeps the character-box map exact whatever it joins or drops."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.io.loaders.textflow import Line, expand_ligatures, flow_lines

_word = st.text(alphabet="abcXYZ-\ufb01", min_size=1, max_size=8)
_line = st.lists(_word, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(_line, min_size=1, max_size=12),
    choices=st.lists(st.sampled_from(["join", "\n", "\n\n", " | "]), min_size=12),
)
def test_every_box_still_belongs_to_its_character(
    texts: list[str], choices: list[str]
) -> None:
    originals: list[str] = []
    lines: list[Line] = []
    for number, raw in enumerate(texts):
        text, boxes = expand_ligatures(
            raw,
            [
                (len(originals) + i, 0.0, len(originals) + i + 0.5, 1.0)
                for i in range(len(raw))
            ],
        )
        # after expansion, a box's x0 still names the original character
        originals.extend(raw)
        lines.append(Line(text, boxes, page=number // 4))
    decisions = iter(choices)
    flowed = flow_lines(lines, 3, lambda first, second: next(decisions))
    assert len(flowed.boxes) == 4 * len(flowed.text)
    for offset, char in enumerate(flowed.text):
        x0 = flowed.boxes[4 * offset]
        if math.isnan(x0):
            assert char in " \n|"
            continue
        source = originals[int(x0)]
        assert char == source or (source == "\ufb01" and char in "fi")
    assert flowed.page_starts == sorted(flowed.page_starts)
    assert len(flowed.page_starts) == max(3, lines[-1].page + 1)


def test_text_artefacts_are_blanked_in_place() -> None:
    from reviewer.io.loaders.textflow import blank_text_artefacts

    cases = {
        "|": " ",
        "  | +--| ": "         ",
        "|Jane Roe resigned |": " Jane Roe resigned  ",
        "a | b": "a | b",  # a pipe inside a sentence stays
        "| a | b |": "| a | b |",  # a row of several cells stays
        "\n\n   2   \n\nx": "\n\n       \n\nx",
        "Page 3 of 9": "           ",
        "1.\nFirst": "1.\nFirst",  # a list number is not a page number
        "See note\n2\nmore": "See note\n2\nmore",  # not alone between blank lines
    }
    for raw, clean in cases.items():
        assert blank_text_artefacts(raw) == clean, raw
        assert len(blank_text_artefacts(raw)) == len(raw)

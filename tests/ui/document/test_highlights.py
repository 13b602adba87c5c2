"""Highlights in the document view: every type shown, readable, with the selection."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from reviewer.core.entities import EntityLabel
from reviewer.core.highlight import label_counts
from reviewer.ui.document import highlight_colors
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def _background(image: QImage, rect: QRectF) -> QColor:
    """The most common colour inside ``rect``: the background behind the glyphs."""
    colours: Counter[int] = Counter()
    box = rect.toRect().intersected(image.rect())
    for y in range(box.top() + 1, box.bottom()):
        for x in range(box.left() + 1, box.right()):
            colours[image.pixel(x, y)] += 1
    return QColor.fromRgb(colours.most_common(1)[0][0])


@pytest.fixture
def dark_fusion(qapp: QApplication) -> Iterator[QPalette]:
    """Fusion with a dark palette for one test; the app's look is restored."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    qapp.setStyle("Fusion")
    dark = QPalette(qapp.palette())
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d7dca"),
        (role.HighlightedText, "#ffffff"),
    ):
        dark.setColor(name, QColor(colour))
    qapp.setPalette(dark)
    yield dark
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_every_entity_type_of_the_seed_is_highlighted(qtbot, window, seed) -> None:
    session = open_and_wait(qtbot, window, seed)
    entities = session.model.entities()
    labels = {str(e.label) for e in entities}
    assert len(labels) >= 8  # the founding example names most types
    view = window.document_view
    dark = highlight_colors.is_dark(view.palette())
    drawn: dict[str, set[int]] = {}
    for selection in view.extraSelections():
        colour = selection.format.background().color().rgba()
        span = (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
        drawn.setdefault(view.document().toPlainText()[span[0] : span[1]], set()).add(
            colour
        )
    for label in labels:
        expected = highlight_colors.background(EntityLabel(label), dark).rgba()
        texts = {e.text for e in entities if str(e.label) == label}
        assert any(expected in drawn.get(text, set()) for text in texts), label
    assert sorted(view.highlighted_indices()) == list(range(len(entities)))
    assert window.pane.legend.counts() == dict(label_counts(entities))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_highlights_are_readable_in_light_and_dark(
    qtbot, request, context, dataset, seed, theme
) -> None:
    if theme == "dark":
        request.getfixturevalue("dark_fusion")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    session = open_and_wait(qtbot, window, seed)
    view = window.document_view
    assert highlight_colors.is_dark(view.palette()) == (theme == "dark")
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    image = view.viewport().grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    ink = view.palette().color(QPalette.ColorRole.Text)
    checked = set()
    for entity in session.model.entities():
        rects = view.span_rects(entity.start, entity.end)
        if str(entity.label) in checked or len(rects) != 1 or rects[0].width() < 12:
            continue
        if not view.viewport().rect().contains(rects[0].toRect()):
            continue
        tint = _background(image, rects[0])
        assert tint != base, entity.label  # the highlight shows
        assert highlight_colors.contrast_ratio(tint, ink) >= 4.5, (entity.label, tint)
        checked.add(str(entity.label))
    assert len(checked) >= 8


def test_selected_evidence_keeps_the_entity_tints_readable(
    qtbot, window, samples_dir: Path
) -> None:
    from reviewer.ui.document import highlight_colors

    session = open_and_wait(qtbot, window, samples_dir / "seed-21vianet.txt")
    view = window.document_view
    span = view.revealed_span()
    assert span is not None
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    inside = [e for e in view.entities() if span[0] <= e.start and e.end <= span[1]]
    assert inside
    image = view.viewport().grab().toImage()
    text = session.document.text
    plain = text.index("GLOBE NEWSWIRE", span[0])  # evidence words, no entity
    wash = _background(image, view.span_rects(plain, plain + 5)[0])
    base = view.palette().color(QPalette.ColorRole.Base)
    assert wash != base  # the evidence is marked
    ink = view.palette().color(QPalette.ColorRole.Text)
    seen = set()
    for entity in inside:
        if str(entity.label) in seen or "\n" in entity.text:
            continue
        seen.add(str(entity.label))
        tint = _background(image, view.span_rects(entity.start, entity.end)[0])
        assert tint != wash, entity.label  # the tint shows through the selection
        assert highlight_colors.contrast_ratio(tint, ink) >= 4.5, entity.label
    assert len(seen) >= 4


def test_selection_follows_a_theme_switch(qtbot) -> None:
    from reviewer.ui.document.document_view import DocumentView

    parent = QWidget()
    qtbot.addWidget(parent)
    view = DocumentView(parent)
    light = view.palette()
    assert light.color(QPalette.ColorRole.Highlight).alpha() < 255
    dark = QPalette(parent.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#aa5500"))
    parent.setPalette(dark)
    wash = view.palette().color(QPalette.ColorRole.Highlight)
    assert wash.alpha() < 255
    assert (wash.red(), wash.green(), wash.blue()) == (0xAA, 0x55, 0x00)
    selected_text = view.palette().color(QPalette.ColorRole.HighlightedText)
    assert selected_text == QColor("#e6e6e6")

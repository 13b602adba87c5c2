"""The icon module: bundled files, palette tinting, the application icon."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from reviewer.ui import icons

SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[QPalette]:
    """A palette the test may change; the app's own is restored afterwards."""
    original = QPalette(qapp.palette())
    yield QPalette(original)
    qapp.setPalette(original)


def _ink(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The most common fully opaque colour in the icon's 48px pixmap."""
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    counts: Counter[int] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            if (pixel >> 24) == 0xFF:
                counts[pixel & 0xFFFFFF] += 1
    assert counts, "the icon painted no opaque pixel"
    return QColor(counts.most_common(1)[0][0])


def test_every_action_icon_names_an_existing_24px_line_svg() -> None:
    for theme_name, svg_name in icons.ACTION_ICONS.values():
        assert theme_name
        path = icons.icons_dir() / svg_name
        root = ET.parse(path).getroot()
        assert root.tag == f"{SVG_NS}svg", svg_name
        assert root.get("viewBox") == "0 0 24 24", svg_name
        text = path.read_text(encoding="utf-8")
        assert "currentColor" in text, f"{svg_name} would not follow the palette"
        assert "#" not in text, f"{svg_name} hard-codes a colour"


def test_every_public_icon_function_paints_something(qapp: QApplication) -> None:
    for name in icons.ACTION_ICONS:
        icon = getattr(icons, name)()
        assert isinstance(icon, QIcon)
        assert not icon.isNull(), name
        assert not icon.pixmap(24, 24).isNull(), name


@pytest.mark.parametrize("ink", ["#d01c1c", "#f0f0f0", "#101820"])
def test_line_icons_are_painted_in_the_palette_text_colour(
    palette: QPalette, qapp: QApplication, ink: str
) -> None:
    palette.setColor(QPalette.ColorRole.WindowText, QColor(ink))
    qapp.setPalette(palette)
    for _theme, svg_name in icons.ACTION_ICONS.values():
        assert _ink(icons.line_icon(svg_name)).name() == ink, svg_name


def test_a_line_icon_follows_a_later_palette_change(
    palette: QPalette, qapp: QApplication
) -> None:
    icon = icons.line_icon("add.svg")
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    qapp.setPalette(palette)
    assert _ink(icon).name() == "#000000"
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    qapp.setPalette(palette)
    assert _ink(icon).name() == "#ffffff"


def test_disabled_line_icons_use_the_disabled_text_colour(
    palette: QPalette, qapp: QApplication
) -> None:
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a")
    )
    qapp.setPalette(palette)
    icon = icons.line_icon("undo.svg")
    assert _ink(icon, QIcon.Mode.Disabled).name() == "#8a8a8a"
    assert _ink(icon, QIcon.Mode.Normal).name() == "#000000"


def test_app_icon_offers_every_rendered_size(qapp: QApplication) -> None:
    icon = icons.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(icons.APP_ICON_SIZES) <= sizes
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.width() == 16
    assert small.pixelColor(8, 8).alpha() == 255  # the badge is not transparent


def test_the_search_path_resolves_bundled_icons(qapp: QApplication) -> None:
    icons.install()
    assert not QIcon(f"icons:{icons.APP_ID}.svg").isNull()
    assert not QIcon("icons:hicolor/48x48/apps/org.boardchange.Reviewer.png").isNull()


def test_apply_app_identity_sets_the_window_icon_and_desktop_file(
    qapp: QApplication,
) -> None:
    previous_icon, previous_name = qapp.windowIcon(), qapp.desktopFileName()
    try:
        icons.apply_app_identity(qapp)
        assert qapp.desktopFileName() == icons.APP_ID
        assert not qapp.windowIcon().isNull()
        sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
        assert 48 in sizes
    finally:
        qapp.setWindowIcon(previous_icon)
        qapp.setDesktopFileName(previous_name)


def test_the_masks_cover_every_action_icon_at_every_size() -> None:
    for _theme, svg_name in icons.ACTION_ICONS.values():
        for size in icons.LINE_SIZES:
            assert icons.mask_path(icons.icons_dir() / svg_name, size).is_file()


def test_a_line_icon_without_masks_is_drawn_from_its_svg(
    palette: QPalette, qapp: QApplication, tmp_path
) -> None:
    svg = tmp_path / "new.svg"
    svg.write_text(
        (icons.icons_dir() / "add.svg").read_text(encoding="utf-8"), encoding="utf-8"
    )
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#d01c1c"))
    qapp.setPalette(palette)
    assert _ink(QIcon(icons.LineIconEngine(svg))).name() == "#d01c1c"

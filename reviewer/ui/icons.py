"""Every icon the app uses: the only module that names icon files.

Action icons come from the desktop's icon theme when it has them; otherwise from
the bundled 24x24 line icons in ``resources/icons``. Those are drawn with
``currentColor`` and painted here in the palette's text colour at paint time, so
they read on light and dark palettes alike (and follow a palette change).

The window starts without QtSvg: ``packaging/make_icons.py`` pre-renders each
line icon as black masks (``resources/icons/line/<name>-<N>.png``) and the engine
here tints the nearest mask. Only an icon without masks is drawn from its SVG,
importing QtSvg on that first paint.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDir, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from reviewer.paths import resources_dir

APP_ID = "org.boardchange.Reviewer"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LINE_SIZES = (16, 24, 32, 48, 64)
"""The sizes of the pre-rendered line icon masks (``packaging/make_icons.py``)."""

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

#: Public function name -> (freedesktop theme name, bundled SVG file).
ACTION_ICONS: dict[str, tuple[str, str]] = {
    "open_document": ("document-open", "open.svg"),
    "open_folder": ("folder-open", "folder.svg"),
    "export": ("document-save", "save.svg"),
    "accept_next": ("go-next", "accept-next.svg"),
    "next_filing": ("go-down", "next.svg"),
    "previous_filing": ("go-up", "previous.svg"),
    "add_row": ("list-add", "add.svg"),
    "delete_row": ("list-remove", "remove.svg"),
    "duplicate_row": ("edit-copy", "copy.svg"),
    "undo": ("edit-undo", "undo.svg"),
    "redo": ("edit-redo", "redo.svg"),
    "reviewed": ("emblem-ok", "reviewed.svg"),
}


def icons_dir() -> Path:
    """The folder holding the bundled icon files."""
    return resources_dir() / "icons"


def install() -> None:
    """Register the ``icons:`` search path; call once after the QApplication."""
    QDir.addSearchPath("icons", str(icons_dir()))


@cache
def _svg_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _renderer(path: Path, color: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # only for an icon without masks

    data = _svg_text(path).replace("currentColor", color)
    return QSvgRenderer(QByteArray(data.encode("utf-8")))


def mask_path(svg: Path, size: int) -> Path:
    """The pre-rendered ``size`` px mask of the line icon ``svg``."""
    return svg.parent / "line" / f"{svg.stem}-{size}.png"


@cache
def _masks(svg: Path) -> tuple[tuple[int, Path], ...]:
    """(size, PNG) of every mask rendered for ``svg``, smallest first."""
    found = ((size, mask_path(svg, size)) for size in LINE_SIZES)
    return tuple((size, png) for size, png in found if png.is_file())


@cache
def _tinted(png: Path, color: str) -> QImage:
    """The mask ``png`` painted in ``color`` (its alpha kept)."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(color))
    painter.end()
    return image


def foreground_color(mode: QIcon.Mode = QIcon.Mode.Normal) -> str:
    """The colour line icons are painted in for ``mode``, as ``#rrggbb``."""
    palette = QGuiApplication.palette()
    group = (
        QPalette.ColorGroup.Disabled
        if mode == QIcon.Mode.Disabled
        else QPalette.ColorGroup.Active
    )
    role = (
        QPalette.ColorRole.HighlightedText
        if mode == QIcon.Mode.Selected
        else QPalette.ColorRole.WindowText
    )
    return palette.color(group, role).name()


class LineIconEngine(QIconEngine):
    """Paints a ``currentColor`` line icon in the palette's text colour.

    From the smallest pre-rendered mask at least as big as the target (in device
    pixels), else from the SVG.
    """

    def __init__(self, path: Path) -> None:
        """Paint the line icon whose SVG is ``path``."""
        super().__init__()
        self._path = path

    def paint(
        self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State
    ) -> None:
        """Draw the icon into ``rect`` in the colour for ``mode``."""
        color = foreground_color(mode)
        masks = _masks(self._path)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if masks:
            scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
            wanted = max(rect.width(), rect.height()) * scale
            png = next((p for size, p in masks if size >= wanted), masks[-1][1])
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(rect), _tinted(png, color))
        else:
            _renderer(self._path, color).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A transparent pixmap of ``size`` with the icon painted in it."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        """A copy for QIcon's copy-on-write."""
        return LineIconEngine(self._path)

    def key(self) -> str:
        """Identify the engine (for QIcon's serialisation)."""
        return "LineIconEngine"


def line_icon(svg_name: str) -> QIcon:
    """The bundled line icon ``svg_name`` painted in the palette's text colour."""
    return QIcon(LineIconEngine(icons_dir() / svg_name))


@cache
def _icon(theme_name: str, fallback_svg: str) -> QIcon:
    return QIcon.fromTheme(theme_name, line_icon(fallback_svg))


def app_icon() -> QIcon:
    """The application's own icon: the rendered PNG sizes, else the SVG."""
    icon = QIcon()
    hicolor = icons_dir() / "hicolor"
    for size in APP_ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        icon = QIcon(str(icons_dir() / f"{APP_ID}.svg"))
    return icon


def apply_app_identity(app: QGuiApplication) -> None:
    """Give ``app`` its window icon and desktop-file name.

    The desktop-file name (``org.boardchange.Reviewer``) lets Wayland compositors
    and docks match the windows to the installed ``.desktop`` entry and its icon.
    """
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName(APP_ID)


def open_document() -> QIcon:
    """File > Open."""
    return _icon(*ACTION_ICONS["open_document"])


def open_folder() -> QIcon:
    """File > Open Folder."""
    return _icon(*ACTION_ICONS["open_folder"])


def export() -> QIcon:
    """File > Export / save into the dataset."""
    return _icon(*ACTION_ICONS["export"])


def accept_next() -> QIcon:
    """Accept the filing and go to the next."""
    return _icon(*ACTION_ICONS["accept_next"])


def next_filing() -> QIcon:
    """Next filing in the queue."""
    return _icon(*ACTION_ICONS["next_filing"])


def previous_filing() -> QIcon:
    """Previous filing in the queue."""
    return _icon(*ACTION_ICONS["previous_filing"])


def add_row() -> QIcon:
    """Add a roster row."""
    return _icon(*ACTION_ICONS["add_row"])


def delete_row() -> QIcon:
    """Delete roster rows."""
    return _icon(*ACTION_ICONS["delete_row"])


def duplicate_row() -> QIcon:
    """Duplicate a roster row."""
    return _icon(*ACTION_ICONS["duplicate_row"])


def undo() -> QIcon:
    """Edit > Undo."""
    return _icon(*ACTION_ICONS["undo"])


def redo() -> QIcon:
    """Edit > Redo."""
    return _icon(*ACTION_ICONS["redo"])


def reviewed() -> QIcon:
    """A filing marked reviewed."""
    return _icon(*ACTION_ICONS["reviewed"])

"""packaging/make_icons.py: the derived icon files match the SVG they come from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.boardchange.Reviewer"


def _load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_icons", module)
    spec.loader.exec_module(module)
    return module


make_icons = _load_make_icons()


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += sum(
                abs(((pa >> s) & 0xFF) - ((pb >> s) & 0xFF)) for s in (0, 8, 16, 24)
            )
    return total / (a.width() * a.height() * 4)


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    QApplication.instance() or QApplication([])
    make_icons.make_icons(out)
    return out


def test_every_size_is_rendered_square_with_transparent_corners(
    regenerated: Path,
) -> None:
    for size in make_icons.SIZES:
        image = QImage(
            str(regenerated / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        )
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = regenerated / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / f"{APP_ID}.svg").read_bytes()


@pytest.mark.parametrize("size", [16, 48, 128])
def test_committed_pngs_are_up_to_date_with_the_svg(
    regenerated: Path, size: int
) -> None:
    rel = Path("hicolor") / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    committed, fresh = QImage(str(ICONS / rel)), QImage(str(regenerated / rel))
    assert not committed.isNull(), f"{rel} is missing: run packaging/make_icons.py"
    # A few levels of anti-aliasing noise between Qt versions, not a changed drawing.
    assert _mean_difference(committed, fresh) < 2.0, f"{rel} is stale: rerun make_icons"


def test_windows_and_macos_icons_hold_the_expected_sizes(regenerated: Path) -> None:
    image_module = pytest.importorskip("PIL.Image", reason="Pillow writes .ico/.icns")
    for folder in (regenerated, ICONS):
        with image_module.open(folder / f"{APP_ID}.ico") as ico:
            assert {(s, s) for s in make_icons.ICO_SIZES} <= set(ico.info["sizes"])
        with image_module.open(folder / f"{APP_ID}.icns") as icns:
            assert (512, 512) in {size[:2] for size in icns.info["sizes"]}


def test_every_line_icon_has_up_to_date_masks_of_every_size(tmp_path: Path) -> None:
    QApplication.instance() or QApplication([])
    svgs = make_icons.line_icon_svgs()
    assert len(svgs) >= 12
    make_icons.make_line_icons(tmp_path)
    for svg in svgs:
        for size in make_icons.LINE_SIZES:
            committed = QImage(str(make_icons.line_png(ICONS, svg, size)))
            fresh = QImage(str(make_icons.line_png(tmp_path, svg, size)))
            assert not committed.isNull(), f"{svg.stem}-{size}.png is missing"
            assert (committed.width(), committed.height()) == (size, size)
            assert _mean_difference(committed, fresh) < 2.0, f"{svg.stem} is stale"

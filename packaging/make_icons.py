"""Make the icon set from ``resources/icons/newsroom.svg``.

Qt's own SVG renderer draws each PNG size (the app draws the icon the same way), and
Pillow packs them into the Windows ``.ico`` and the macOS ``.icns``. The outputs are
committed, so building a package needs neither step; run this again after changing the
SVG: ``.venv/bin/pip install pillow && .venv/bin/python packaging/make_icons.py``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "newsroom.svg"
# The hicolor theme's sizes on Linux; .ico takes up to 256, .icns up to 1024.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"make_icons: {SVG} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; only str works
    buffer.close()
    return bytes(data.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # QImage text and painting need one
    pngs = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"newsroom-{size}.png").write_bytes(pngs[size])
    images = {size: Image.open(io.BytesIO(data)) for size, data in pngs.items()}
    # Pillow scales the largest image down for each size asked; the `append_images`
    # hand it the sharper renderings Qt drew at that size.
    images[256].save(
        ICONS / "newsroom.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[1024].save(
        ICONS / "newsroom.icns", append_images=[images[s] for s in ICNS_SIZES if s != 1024]
    )
    del app
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, newsroom.ico and newsroom.icns in {ICONS}")


if __name__ == "__main__":
    main()

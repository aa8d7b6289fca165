"""Render the app icon from resources/icons/gutsleep.svg into every format packaging needs.

    python packaging/make_icons.py

writes, from the single SVG source:

* ``resources/icons/gutsleep-<N>.png`` for N in 16, 32, 48, 64, 128, 256, 512
  (hicolor sizes, installed by packaging/linux/install.sh and shipped in the wheel);
* ``packaging/windows/gutsleep.ico`` (16-256 px, all in one file);
* ``packaging/macos/gutsleep.icns`` (16-1024 px; written with Pillow, so it works on
  any platform; on a Mac, ``--iconset`` also writes ``packaging/macos/gutsleep.iconset``
  for ``iconutil -c icns``).

Rendering uses PySide6's QtSvg on the offscreen platform, so no display is needed.
The outputs are committed; rerun this script whenever the SVG changes.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "gutsleep.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONSET = {  # iconutil's file names -> pixel size
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--iconset", action="store_true", help="also write packaging/macos/gutsleep.iconset/"
    )
    args = parser.parse_args(argv)

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = png_bytes(render(renderer, size))
        return cache[size]

    icons = SVG.parent
    for size in PNG_SIZES:
        (icons / f"gutsleep-{size}.png").write_bytes(png(size))
    print(f"wrote {len(PNG_SIZES)} PNGs to {icons.relative_to(ROOT)}")

    from PIL import Image  # Pillow comes with matplotlib

    def pil(size: int) -> Image.Image:
        return Image.open(io.BytesIO(png(size))).convert("RGBA")

    ico = ROOT / "packaging" / "windows" / "gutsleep.ico"
    biggest = pil(max(ICO_SIZES))
    biggest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[pil(s) for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    print(f"wrote {ico.relative_to(ROOT)}")

    icns = ROOT / "packaging" / "macos" / "gutsleep.icns"
    pil(1024).save(icns, format="ICNS", append_images=[pil(s) for s in (16, 32, 64, 128, 256, 512)])
    print(f"wrote {icns.relative_to(ROOT)}")

    if args.iconset:
        iconset = ROOT / "packaging" / "macos" / "gutsleep.iconset"
        iconset.mkdir(exist_ok=True)
        for name, size in ICONSET.items():
            (iconset / name).write_bytes(png(size))
        print(f"wrote {iconset.relative_to(ROOT)}/ (run: iconutil -c icns {iconset})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

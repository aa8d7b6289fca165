"""Screenshots for the AppStream metainfo, taken from the real window on demo data.

    python packaging/make_screenshots.py            # all pages
    python packaging/make_screenshots.py journal    # only these page ids

Writes ``packaging/screenshots/<page>.png`` at 1280x800 on the offscreen platform (no
display needed) from a temporary data folder filled with the synthetic demo journal, so
no real journal ever ends up in a screenshot. The metainfo names these files by URL.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "screenshots"
SIZE = (1280, 800)
DEMO_END = None  # today, so the page opens on a filled-in day


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from gutsleep.app import make_application
    from gutsleep.services.context import open_services
    from gutsleep.ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(Path(tmp) / "data")
        try:
            try:
                from gutsleep.services.demo import create_demo

                create_demo(services, days=120, seed=7, end=DEMO_END)
            except ImportError:
                pass
            window = MainWindow(services)
            window.resize(*SIZE)
            window.show()
            wanted = set(argv) or {spec.page_id for spec in window.specs}
            for spec in window.specs:
                if spec.page_id not in wanted:
                    continue
                window.show_page(spec.page_id)
                for _ in range(5):
                    app.processEvents()
                target = OUT / f"{spec.page_id}.png"
                if not window.grab().save(str(target), "PNG"):
                    print(f"make_screenshots: could not write {target}", file=sys.stderr)
                    return 1
                print(f"wrote {target.relative_to(ROOT)}")
            window.close()
            QApplication.processEvents()
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

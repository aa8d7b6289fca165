"""The floors: a bare PySide6 window, measured exactly like the app.

    probe_floor.py window            QMainWindow with a QLabel, first paint
    probe_floor.py sqlalchemy DB     the same, after importing sqlalchemy.orm and
                                     reading one row (today's day) from DB with the ORM

Prints one ``GUTSLEEP-BENCH {json}`` line: ``paint_ns`` (CLOCK_MONOTONIC at
the end of the first paint pass) and ``peak_rss_kib``; then exits at once.
"""

from __future__ import annotations

import sys

from probe_support import after_pass, finish, now_ns, peak_rss_kib, report


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    text = "floor"
    if mode == "sqlalchemy":
        import datetime

        from sqlalchemy import Date, Integer, Text, create_engine, select
        from sqlalchemy.orm import DeclarativeBase, Session, mapped_column

        class Base(DeclarativeBase):
            pass

        class Day(Base):  # the columns it reads, mapped without annotations
            __tablename__ = "day_entry"
            id = mapped_column(Integer, primary_key=True)
            day = mapped_column(Date)
            notes = mapped_column(Text)

        engine = create_engine(f"sqlite:///{sys.argv[2]}")
        with Session(engine) as session:
            row = session.scalars(select(Day).where(Day.day == datetime.date.today())).one_or_none()
            text = row.notes if row is not None else "(no row for today)"
    elif mode != "window":
        raise SystemExit(f"unknown mode {mode!r}")

    state = {"done": False}

    def done() -> None:
        report(kind=f"floor-{mode}", paint_ns=now_ns(), peak_rss_kib=peak_rss_kib(), text=text)
        finish(0)

    class Window(QMainWindow):
        def paintEvent(self, event):
            super().paintEvent(event)
            if not state["done"]:
                state["done"] = True
                after_pass(done)

    window = Window()
    window.setCentralWidget(QLabel(text, window))
    window.resize(1100, 800)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()

"""The Qt binding installed keeps Python's own objects alive.

PySide6 6.12.0 returns None (and True and False) from its wrappers without
taking a new reference. Python 3.12 and later do not count references to
these objects (they are immortal), but on 3.11 every such call takes one
away, and after a few thousand calls (about ten days paged through in the
Journal) the process aborts with "Fatal Python error: deallocating None",
losing what was typed since the last save. pyproject.toml keeps that release
off Python 3.11; this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel

CALLS = 2000


def test_qt_calls_leave_the_reference_counts_of_none_true_and_false_alone(qtbot) -> None:
    label = QLabel("x")
    box = QCheckBox("y")
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    before = {name: sys.getrefcount(value) for name, value in _SINGLETONS.items()}
    for _ in range(CALLS):
        label.setText("z")  # returns None
        label.update()
        box.isChecked()  # returns False
        box.isEnabled()  # returns True
    after = {name: sys.getrefcount(value) for name, value in _SINGLETONS.items()}
    lost = {name: before[name] - after[name] for name in before}
    assert all(count < CALLS // 2 for count in lost.values()), lost


_SINGLETONS = {"None": None, "True": True, "False": False}

"""What the Experiments page and its wizard both show: dates, labels, tiers, calendars."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from gutsleep.domain.experiments import ChangeTemplate, Experiment, schedule
from gutsleep.domain.text import N_
from gutsleep.services.experiments import tier_name
from gutsleep.ui.tr import tr

TIER_1_FIRST = N_(
    "Tier 1 options come first: if sleep is a real problem, CBT for insomnia, hormone "
    "therapy, treating sleep apnoea and care for low mood or anxiety have the strongest "
    "evidence."
)


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def plain_label(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    """A wrapping label that never interprets its text as markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def emphasise(label: QLabel, factor: float = 1.0) -> None:
    """Bold (through a style sheet: the app's sheet resets weights in group boxes)."""
    if factor != 1.0 and label.font().pointSizeF() > 0:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        label.setFont(font)
    label.setStyleSheet("QLabel { font-weight: bold; }")


def tier_text(template: ChangeTemplate) -> str:
    return tr(tier_name(template.tier))


def calendar_text(exp: Experiment) -> str:
    """ "Baseline 2 Mar 2026 – 15 Mar 2026, change 16 Mar 2026 – 29 Mar 2026." """
    runs: list[tuple[str, date, date]] = []
    for day, phase in schedule(exp):
        if runs and runs[-1][0] == phase:
            runs[-1] = (phase, runs[-1][1], day)
        else:
            runs.append((phase, day, day))
    names = {
        "A": tr("baseline {first} – {last}"),
        "B": tr("change {first} – {last}"),
        "W": tr("washout {first} – {last}"),
    }
    parts = [names[p].format(first=short_date(a), last=short_date(b)) for p, a, b in runs]
    text = ", ".join(parts)
    return text[:1].upper() + text[1:] + "." if text else ""

"""Dates and clock times in the reader's language, for what is written below the UI (the PDF
report): no Qt here, so the words come from the same translator as the rest of the text.

One form for every date: the day, the month's short name and the year ("7 Dec 2026", in
German "7. Dez. 2026"), as the Experiments page shows them. A month name can't be misread
the way "03.04." or "04/03" can by a reader used to the other order, and it fits a table's
cell as well as the numeric form. Clock times follow the person's 24-hour or 12-hour
setting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from gutsleep.domain.text import N_

__all__ = ["MONTHS", "DateWords"]

Translate = Callable[[str], str]

#: The months' short names, January first.
MONTHS: tuple[str, ...] = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)

#: A date: "7 Dec 2026" (German "{day}. {month} {year}": "7. Dez. 2026").
DAY_MONTH_YEAR = N_("{day} {month} {year}")
#: A date without its year, for a chart's ticks: "7 Dec".
DAY_MONTH = N_("{day} {month}")
#: A calendar month: "Dec 2026".
MONTH_YEAR = N_("{month} {year}")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class DateWords:
    """Writes dates and clock times with ``translate``'s month names and order.

    ``twelve_hour`` writes "10:30 pm" instead of "22:30" (the Settings page's clock).
    """

    translate: Translate = _same
    twelve_hour: bool = False

    def month(self, day: date) -> str:
        """The month's short name: "Dec", "Dez."."""
        return self.translate(MONTHS[day.month - 1])

    def full(self, day: date) -> str:
        """ "7 Dec 2026"; in German "7. Dez. 2026"."""
        return self.translate(DAY_MONTH_YEAR).format(
            day=day.day, month=self.month(day), year=day.year
        )

    def day_month(self, day: date) -> str:
        """ "7 Dec": a date whose year is clear from around it."""
        return self.translate(DAY_MONTH).format(day=day.day, month=self.month(day))

    def month_year(self, day: date) -> str:
        """ "Dec 2026": the calendar month ``day`` falls in."""
        return self.translate(MONTH_YEAR).format(month=self.month(day), year=day.year)

    def clock(self, moment: time | datetime | None) -> str:
        """ "22:30", or "10:30 pm" on a 12-hour clock; "" for None.

        "am" and "pm" stay as they are in every language: the Journal writes and reads
        them so, and the report shows the times as they were entered.
        """
        if moment is None:
            return ""
        if not self.twelve_hour:
            return f"{moment.hour:02d}:{moment.minute:02d}"
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d} {'pm' if moment.hour >= 12 else 'am'}"

"""Colours for figures, one set for light and one for dark surroundings.

The window passes the palette's own background and text colours through
:meth:`ChartTheme.on`, so a figure sits in the window instead of on a white
card. Exports always use :meth:`ChartTheme.light`: a saved figure ends up on
white paper or a white slide far more often than on a dark screen.

Series colours follow Okabe and Ito's palette, which stays distinguishable
with the common colour-vision deficiencies; the light variants of the paler
ones are darkened and the dark variants lightened, so every line and bar keeps
3:1 against the window or the paper (WCAG 1.4.11; tests/unit/charts check it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["ChartTheme"]


@dataclass(frozen=True)
class ChartTheme:
    """Everything a figure builder needs to know about colour."""

    background: str
    foreground: str
    muted: str  # secondary text: tick labels, notes
    grid: str
    series: tuple[str, ...]
    bristol: tuple[str, str, str, str, str, str, str]  # types 1-7
    shade: str  # bleeding days
    shade_alpha: float
    reference: str  # reference lines such as "30 a week"
    is_dark: bool = False
    #: Regimen changes (a start, a dose change, a stop): dashed lines with a label,
    #: at least 3:1 against the background (7.6:1 light, 7.9:1 dark).
    marker: str = "#6A3D9A"

    @classmethod
    def light(cls) -> ChartTheme:
        return cls(
            background="#ffffff",
            foreground="#1f1f1f",
            muted="#4d4d4d",
            grid="#dcdcdc",
            series=("#0072B2", "#D55E00", "#008A64", "#B0558A", "#B07800", "#357FB0", "#666666"),
            bristol=("#7f3b08", "#a0601c", "#2f8a7e", "#1f6b63", "#c96234", "#c23b2a", "#a50f15"),
            shade="#CC79A7",
            shade_alpha=0.16,
            reference="#1f1f1f",
        )

    @classmethod
    def dark(cls) -> ChartTheme:
        return cls(
            background="#202124",
            foreground="#e8eaed",
            muted="#bdc1c6",
            grid="#3c4043",
            series=("#56B4E9", "#FF9A52", "#3DD6A3", "#E89BC9", "#F0E442", "#9DC8F0", "#BDBDBD"),
            bristol=("#a6611a", "#dfc27d", "#80cdc1", "#35978f", "#f4a582", "#e0735f", "#ff5a5f"),
            shade="#E89BC9",
            shade_alpha=0.2,
            reference="#e8eaed",
            is_dark=True,
            marker="#C9A7F5",
        )

    def on(self, background: str, foreground: str) -> ChartTheme:
        """This theme on the window's own background and text colours."""
        return replace(self, background=background, foreground=foreground)

    def colour(self, index: int) -> str:
        return self.series[index % len(self.series)]

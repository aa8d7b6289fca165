"""A4 pages for the clinician report: flowing text and tables, chart pages, header and footer.

:class:`Pages` lays out :class:`Block` objects (headings, paragraphs,
bullets, tables) top to bottom on portrait A4 figures, starting a new page
when one is full; a table that runs over repeats its header row on the next
page. :meth:`Pages.chart` turns a chart handle's Figure (drawn by the
existing builders, in the light theme) into a page of its own, with a
heading above the plot and its summary sentences below. :meth:`Pages.finish`
puts the running header, the footer and "Page X of N" on every page once the
number of pages is known, and turns ligatures off (one font subset less to
embed); :func:`lean_font_subsets` keeps the layout tables out of the embedded
fonts while they are written.

Text arrives already translated. Every string is drawn as one text object,
so a PDF saved with TrueType fonts (``pdf.fonttype`` 42) keeps it searchable
and extractable. No Qt and no pyplot here: plain :class:`Figure` objects
that the caller saves (e.g. with ``PdfPages``).
"""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from gutsleep.charts.theme import ChartTheme

__all__ = ["PAGE", "Block", "BlockKind", "Pages", "Table", "lean_font_subsets"]

PAGE = (8.27, 11.69)  # A4 portrait, inches
MARGIN = 0.6
HEADER_ROOM = 0.35  # the running header above the flow
FOOTER_ROOM = 0.55  # footer lines and the page number below it
_CHAR_WIDTH = 0.56  # average glyph width of DejaVu Sans, in ems
_LINE = 1.35  # line height, in font sizes

BODY = 9.5
SMALL = 8.3
HEADING = 12.5
TITLE = 20.0

#: Typographic ligatures off (fi, fl, ffi...): matplotlib 3.11 embeds each font's
#: ligatures as a second subset of it, and subsetting a font is the slowest part
#: of writing the PDF. Older matplotlib sets no ligatures at all.
NO_LIGATURES = ("-liga", "-clig")

BlockKind = Literal[
    "title", "heading", "subheading", "text", "small", "bullet", "small-bullet", "table", "space"
]


@dataclass(frozen=True)
class Table:
    """Rows of plain strings; the first row is the header.

    ``widths`` are each column's share of the text width (adding up to 1);
    ``right`` marks right-aligned (numeric) columns. A header cell may hold
    line breaks. A body cell too long for its column wraps onto more lines
    when ``wrap`` is set, else it is shortened with an ellipsis.
    """

    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    right: Sequence[bool] = ()
    size: float = 8.0
    wrap: bool = False


@dataclass(frozen=True)
class Block:
    """One piece of the flow: text of a kind, a :class:`Table`, or some space (inches)."""

    kind: BlockKind
    content: str | Table | float = ""


def _inches(size: float) -> float:
    return size * _LINE / 72


def fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to about ``width`` inches at ``size`` points."""
    chars = max(2, int(width * 72 / (size * _CHAR_WIDTH)))
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def wrap(text: str, width: float, size: float, shortest: int = 20) -> list[str]:
    """``text`` in lines of about ``width`` inches at ``size`` points; newlines kept."""
    chars = max(shortest, int(width * 72 / (size * _CHAR_WIDTH)))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, chars) or [""])
    return lines


@dataclass
class Pages:
    """Figures being filled with the report, one per A4 page."""

    theme: ChartTheme = field(default_factory=ChartTheme.light)
    figures: list[Figure] = field(default_factory=list)
    _y: float = 0.0  # inches from the bottom of the current page; 0: no page open

    @property
    def width(self) -> float:
        return PAGE[0] - 2 * MARGIN

    @property
    def _top(self) -> float:
        return PAGE[1] - MARGIN - HEADER_ROOM

    @property
    def _bottom(self) -> float:
        return MARGIN + FOOTER_ROOM

    def _figure(self) -> Figure:
        return self.figures[-1]

    def new_page(self) -> Figure:
        """Start a fresh page for the flow."""
        figure = Figure(figsize=PAGE)
        figure.set_facecolor(self.theme.background)
        self.figures.append(figure)
        self._y = self._top
        return figure

    def _room(self, needed: float) -> None:
        """Make sure ``needed`` inches are free below the cursor, turning the page if not."""
        if not self.figures or self._y <= 0 or self._y - needed < self._bottom:
            self.new_page()

    def _at_top(self) -> bool:
        return self._y >= self._top - 1e-9

    def _text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        weight: str = "normal",
        colour: str | None = None,
        ha: str = "left",
    ) -> None:
        self._figure().text(
            x / PAGE[0],
            y / PAGE[1],
            text,
            fontsize=size,
            weight=weight,
            va="top",
            ha=ha,
            color=colour or self.theme.foreground,
        )

    def _rule(self, y: float, width: float = 0.6, colour: str | None = None) -> None:
        self._figure().add_artist(
            Line2D(
                [MARGIN / PAGE[0], (PAGE[0] - MARGIN) / PAGE[0]],
                [y / PAGE[1], y / PAGE[1]],
                linewidth=width,
                color=colour or self.theme.grid,
            )
        )

    # -- the flow ------------------------------------------------------------------

    def flow(self, blocks: Iterable[Block]) -> None:
        """Lay ``blocks`` out after whatever is already on the current page."""
        for block in blocks:
            if block.kind == "space":
                assert isinstance(block.content, int | float)
                if self.figures and not self._at_top():
                    self._y -= float(block.content)
            elif block.kind == "table":
                assert isinstance(block.content, Table)
                self._table(block.content)
            else:
                self._words(block.kind, str(block.content))

    def page_break(self) -> None:
        """The next block starts a new page (unless the current one is still empty)."""
        if self.figures and not self._at_top():
            self._y = 0.0

    def _words(self, kind: BlockKind, text: str) -> None:
        if kind == "title":
            self._room(_inches(TITLE) + 0.1)
            for line in wrap(text, self.width, TITLE * 0.95):
                self._room(_inches(TITLE))
                self._text(MARGIN, self._y, line, TITLE, weight="bold")
                self._y -= _inches(TITLE)
            self._y -= 0.1
            return
        if kind in ("heading", "subheading"):
            size = HEADING if kind == "heading" else BODY * 1.08
            before = 0.16 if kind == "heading" else 0.08
            # keep a heading with at least three lines of what follows it
            self._room(before + _inches(size) + 3 * _inches(BODY))
            if not self._at_top():
                self._y -= before
            self._text(MARGIN, self._y, text, size, weight="bold")
            self._y -= _inches(size) + 0.04
            return
        size = SMALL if kind in ("small", "small-bullet") else BODY
        bullet = kind in ("bullet", "small-bullet")
        indent = 0.2 if bullet else 0.0
        colour = self.theme.muted if kind == "small" else None
        lines = wrap(text, self.width - indent, size)
        for i, line in enumerate(lines):
            self._room(_inches(size))
            if bullet and i == 0:
                self._text(MARGIN + 0.05, self._y, "•", size)
            self._text(MARGIN + indent, self._y, line, size, colour=colour)
            self._y -= _inches(size)
        self._y -= 0.06

    def _table(self, table: Table) -> None:
        size = table.size
        line = _inches(size)
        header, *body = table.rows
        right = list(table.right) + [False] * (len(header) - len(table.right))
        columns = [share * self.width for share in table.widths]

        def cells(row: Sequence[str], is_header: bool) -> list[list[str]]:
            out = []
            for cell, column in zip(row, columns, strict=True):
                if is_header:
                    out.append([fit(part, column - 0.08, size) for part in cell.split("\n")])
                elif table.wrap:
                    out.append(wrap(cell, column - 0.08, size, shortest=4))
                else:
                    out.append([fit(cell, column - 0.08, size)])
            return out

        def height(lines: list[list[str]]) -> float:
            return max(len(c) for c in lines) * line + 0.03

        head = cells(header, True)
        rows = [cells(row, False) for row in body]
        self._room(height(head) + sum(height(r) for r in rows[:2]) + 0.2)

        def draw_row(lines: list[list[str]], bold: bool, shade: bool) -> None:
            tall = height(lines)
            if shade:
                self._figure().add_artist(
                    Rectangle(
                        (MARGIN / PAGE[0], (self._y - tall + 0.02) / PAGE[1]),
                        self.width / PAGE[0],
                        tall / PAGE[1],
                        facecolor=self.theme.grid,
                        alpha=0.35,
                        linewidth=0,
                    )
                )
            x = MARGIN
            weight = "bold" if bold else "normal"
            for cell, column, flush_right in zip(lines, columns, right, strict=True):
                for n, text in enumerate(cell):
                    y = self._y - n * line
                    if flush_right:
                        self._text(x + column - 0.08, y, text, size, weight=weight, ha="right")
                    else:
                        self._text(x, y, text, size, weight=weight)
                x += column
            self._y -= tall

        def draw_header() -> None:
            draw_row(head, True, False)
            self._rule(self._y + 0.03, 0.8, self.theme.muted)
            self._y -= 0.03

        draw_header()
        for i, lines in enumerate(rows):
            if self._y - height(lines) < self._bottom:
                self.new_page()
                draw_header()
            draw_row(lines, False, i % 2 == 1)
        self._y -= 0.12

    def axes(self, height: float, left: float = 0.55, right: float = 0.55) -> Axes:
        """Axes ``height`` inches tall in the flow (turning the page if need be).

        ``left`` and ``right`` leave room inside the text width for tick labels,
        so a small chart can sit on a summary page between tables.
        """
        self._room(height + 0.1)
        bottom = self._y - height
        axes = self._figure().add_axes(
            (
                (MARGIN + left) / PAGE[0],
                (bottom + 0.25) / PAGE[1],
                (self.width - left - right) / PAGE[0],
                (height - 0.55) / PAGE[1],  # room above for a title and legend
            )
        )
        self._y = bottom - 0.1
        return axes

    # -- chart pages -----------------------------------------------------------------

    def chart(self, figure: Figure, heading: str, caption: Sequence[str] = ()) -> Figure:
        """Make ``figure`` (a chart drawn with constrained layout) a page of its own.

        The plot keeps to the part of the page between the heading and the
        caption; the figure is resized to A4 and added to the pages.
        """
        figure.set_size_inches(*PAGE)
        figure.set_facecolor(self.theme.background)
        caption_lines = [line for text in caption for line in wrap(text, self.width, BODY)]
        caption_room = len(caption_lines) * _inches(BODY) + (0.25 if caption_lines else 0.0)
        top = PAGE[1] - MARGIN - HEADER_ROOM - _inches(HEADING) - 0.15
        bottom = MARGIN + FOOTER_ROOM + caption_room
        # The chart's legends (placed "outside" the axes, at the top of the figure)
        # go in a strip of their own above the plot, out of the layout's way.
        legend_room = 0.3 if figure.legends else 0.0
        for legend in figure.legends:
            legend.set_in_layout(False)
            legend.set_bbox_to_anchor(  # in figure fractions
                Bbox.from_extents(
                    MARGIN / PAGE[0], bottom / PAGE[1], (PAGE[0] - MARGIN) / PAGE[0], top / PAGE[1]
                )
            )
        top -= legend_room
        rect = (MARGIN / PAGE[0], bottom / PAGE[1], self.width / PAGE[0], (top - bottom) / PAGE[1])
        figure.set_layout_engine("constrained", rect=rect)
        self.figures.append(figure)
        self._text(MARGIN, PAGE[1] - MARGIN - HEADER_ROOM, heading, HEADING, weight="bold")
        y = bottom - 0.15
        for line in caption_lines:
            self._text(MARGIN, y, line, BODY)
            y -= _inches(BODY)
        self._y = 0.0  # the flow continues on a new page
        return figure

    # -- header, footer, page numbers ------------------------------------------------------

    def finish(
        self,
        header: str,
        footer: str,
        page_label: Callable[[int, int], str] = lambda n, total: f"Page {n} of {total}",
    ) -> list[Figure]:
        """Put ``header``, ``footer`` and the page label on every page; returns the pages."""
        total = len(self.figures)
        muted = self.theme.muted
        footer_lines = wrap(footer, self.width - 1.1, 7.5)
        for number, figure in enumerate(self.figures, start=1):
            figure.text(
                MARGIN / PAGE[0],
                (PAGE[1] - MARGIN + 0.05) / PAGE[1],
                fit(header, self.width - 0.2, 8),
                fontsize=8,
                va="top",
                color=muted,
            )
            figure.add_artist(
                Line2D(
                    [MARGIN / PAGE[0], (PAGE[0] - MARGIN) / PAGE[0]],
                    [(MARGIN + FOOTER_ROOM - 0.12) / PAGE[1]] * 2,
                    linewidth=0.6,
                    color=self.theme.grid,
                )
            )
            figure.text(
                MARGIN / PAGE[0],
                (MARGIN + FOOTER_ROOM - 0.2) / PAGE[1],
                "\n".join(footer_lines),
                fontsize=7.5,
                va="top",
                color=muted,
            )
            figure.text(
                (PAGE[0] - MARGIN) / PAGE[0],
                (MARGIN + FOOTER_ROOM - 0.2) / PAGE[1],
                page_label(number, total),
                fontsize=8,
                va="top",
                ha="right",
                color=muted,
            )
            _without_ligatures(figure)
        return list(self.figures)


def _without_ligatures(figure: Figure) -> None:
    """Every text of ``figure`` drawn letter by letter (see :data:`NO_LIGATURES`)."""
    for text in figure.findobj(Text):
        if hasattr(text, "set_fontfeatures"):  # matplotlib 3.11 and later
            text.set_fontfeatures(NO_LIGATURES)


#: OpenType layout tables: matplotlib has placed every glyph before the PDF is
#: written and PDF viewers never read them, yet decompiling them (DejaVu Sans's
#: kerning, ligature and maths lookups) is most of fontTools' time in subsetting a font.
LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern")

_subsetting = threading.Lock()


@contextmanager
def lean_font_subsets() -> Iterator[None]:
    """While a PDF is written, its embedded font subsets leave out :data:`LAYOUT_TABLES`.

    The glyphs, their widths and the ToUnicode map (so the text can be
    searched and copied) are kept. fontTools reads its default list of tables
    to drop from ``Options._drop_tables_default``; where that is missing the
    fonts are embedded whole, as before.
    """
    from fontTools import subset

    with _subsetting:
        default = getattr(subset.Options, "_drop_tables_default", None)
        if not isinstance(default, list):
            yield
            return
        subset.Options._drop_tables_default = [*default, *LAYOUT_TABLES]
        try:
            yield
        finally:
            subset.Options._drop_tables_default = default

"""The main window: a sidebar of pages, a menu bar, and safe closing.

At start-up the window is shown first as a shell (``MainWindow(None,
settings=...)``: the sidebar, the menus and a line saying the journal is
opening), so something is on screen before the database layer is even
imported; :meth:`MainWindow.open_journal` then builds the first page. Given its
services at once, the window opens the journal in the constructor.

Pages are told, not poked: the window calls only what :mod:`gutsleep.ui.pages`
declares (:class:`~gutsleep.ui.pages.Page` and friends), and after each write
(:mod:`gutsleep.ui.operations`: an import, a restore, a saved day) it tells
the built pages what changed.

Signals:
    page_changed(str): the page with this id is now shown.
    journal_opened(): the journal is open and the first page built.
"""

from __future__ import annotations

import logging
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gutsleep import __version__
from gutsleep.storage.settings import (
    DEMO_JOURNAL,
    LAST_PAGE,
    REMINDER_ON,
    REMINDER_TIME,
    WINDOW_GEOMETRY,
    SettingsStore,
)
from gutsleep.ui.pages import (
    PAGES,
    ArticleReader,
    Flushing,
    HoldsUnsaved,
    Page,
    PageSpec,
    Searchable,
    Undoable,
)
from gutsleep.ui.tr import tr

if TYPE_CHECKING:
    from gutsleep.domain.journal import DayEntry
    from gutsleep.services.context import Services
    from gutsleep.ui.data_actions import DataActions
    from gutsleep.ui.demo_action import DemoLauncher
    from gutsleep.ui.operations import Changes
    from gutsleep.ui.reminders import Reminder
    from gutsleep.ui.report_action import ReportAction
    from gutsleep.ui.warmup import Warmer

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    journal_opened = Signal()

    def __init__(
        self,
        services: Services | None,
        specs: list[PageSpec] | None = None,
        *,
        settings: SettingsStore | None = None,
    ):
        """``services=None`` makes the start-up shell; ``settings`` (the data folder's
        settings, read before the journal opens) then place it where it was."""
        super().__init__()
        self._services = services
        self._settings = services.settings if services is not None else settings
        self._held: list[QAction] = []  # actions that need the journal, off until it opens
        self.specs = list(specs if specs is not None else PAGES)
        self.pages: dict[str, QWidget] = {}
        self.failed_pages: dict[str, str] = {}
        # The menus' extras (install_menu_extras) and the helpers app.py starts.
        self.data_actions: DataActions | None = None
        self.report_action: ReportAction | None = None
        self.demo_launcher: DemoLauncher | None = None
        self.reminder: Reminder | None = None
        self.warmer: Warmer | None = None
        self.setObjectName("main_window")
        # Qt adds " — gutsleep" (the application's display name) to a title that does
        # not end with it, so the name is not repeated here.
        self.setWindowTitle(tr("Sleep, gut and food journal"))
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Pages"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("page_stack")
        for spec in self.specs:
            item = QListWidgetItem(tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.page_id)
            self.sidebar.addItem(item)
        # The titles in the system font, plus the items' padding (style.py: 10 px a side)
        # and the style's text margins (about 7 px); measured with the font's metrics
        # rather than the view's size hint, which polishes every item through the style
        # sheet before the window is even shown (tests/ui/test_screenshots.py checks it).
        metrics = self.sidebar.fontMetrics()
        widest = max((metrics.horizontalAdvance(tr(spec.title)) for spec in self.specs), default=0)
        self.sidebar.setFixedWidth(max(170, widest + 32 + 2 * self.sidebar.frameWidth()))
        self.sidebar.currentRowChanged.connect(self._row_changed)
        selection = self.sidebar.selectionModel()
        assert selection is not None
        selection.selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.sidebar)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.demo_banner = QLabel(
            tr(
                "This is a demo journal with invented data. "
                "Nothing you do here touches your own journal."
            ),
            central,
        )
        self.demo_banner.setObjectName("demo_banner")
        self.demo_banner.setProperty("role", "banner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setContentsMargins(12, 8, 12, 8)
        self.demo_banner.hide()
        column.addWidget(self.demo_banner)
        column.addWidget(self.stack, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)
        self._extras_installed = False
        self._build_menus()
        self.opening: QLabel | None = None
        if services is None:
            self.opening = QLabel(tr("Opening the journal…"), self.stack)
            self.opening.setObjectName("opening_journal")
            self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(self.opening)
            for menu in (self.file_menu, self.edit_menu, self.go_menu, self.help_menu):
                for action in menu.actions():
                    # Quit works while the journal opens; the rest waits for it.
                    if action is not self.quit_action and action.isEnabled():
                        action.setEnabled(False)
                        self._held.append(action)
        else:
            from gutsleep.ui.reminders import Reminder

            self.install_menu_extras()
            self.reminder = Reminder(self, services)
        self._mark_if_demo()
        self.resize(1100, 800)
        geometry = self._settings.get(WINDOW_GEOMETRY) if self._settings is not None else None
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        start = self._settings.get(LAST_PAGE) if self._settings is not None else None
        ids = [s.page_id for s in self.specs]
        self.sidebar.setCurrentRow(ids.index(start) if start in ids else 0)

    def _mark_if_demo(self) -> None:
        """A demo journal's window must not pass for the person's own: title and banner say so."""
        if self._settings is None or not self._settings.get(DEMO_JOURNAL):
            return
        self.setWindowTitle(tr("Demo journal — gutsleep"))
        self.demo_banner.show()

    @property
    def services(self) -> Services:
        """The open journal's services (the shell has none yet: see :meth:`open_journal`)."""
        if self._services is None:
            raise RuntimeError("the journal is not open yet")
        return self._services

    @property
    def is_open(self) -> bool:
        return self._services is not None

    def open_journal(self, services: Services) -> None:
        """Give the shell its journal: the page chosen in the sidebar is built and shown."""
        from gutsleep.ui.reminders import Reminder

        assert self._services is None, "the journal is open already"
        self.install_menu_extras()
        self._services = services
        self._settings = services.settings
        self._mark_if_demo()
        self.reminder = Reminder(self, services)
        for action in self._held:
            action.setEnabled(True)
        self._held = []
        if self.data_actions is not None:
            self.data_actions.refresh_enabled()
        self._row_changed(self.sidebar.currentRow())
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None
        self.journal_opened.emit()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.setObjectName("menu_file")
        self.file_menu = file_menu
        quit_action = QAction(tr("&Quit"), self)
        # Ctrl+Q wherever the platform names no Quit key (Windows, bare X11)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.quit_action = quit_action
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.edit_menu = edit_menu
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda: self._undo_on_page(redo=False))
        edit_menu.addAction(self.undo_action)
        self.redo_action = QAction(tr("&Redo"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.insert(0, QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(lambda: self._undo_on_page(redo=True))
        edit_menu.addAction(self.redo_action)
        self._update_undo_actions()
        edit_menu.addSeparator()
        find = QAction(tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find_on_page)
        edit_menu.addAction(find)
        self.go_menu = self.menuBar().addMenu(tr("&Go"))
        for index, spec in enumerate(self.specs[:9]):
            action = QAction(tr(spec.title), self)
            keys = [QKeySequence(f"Ctrl+{index + 1}")]
            if spec.page_id == "settings":  # one entry, with the desktop's usual key too
                keys.append(QKeySequence("Ctrl+,"))
            action.setShortcuts(keys)
            action.triggered.connect(lambda _=False, pid=spec.page_id: self.show_page(pid))
            self.go_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu(tr("&Help"))
        if self.has_page("articles"):
            articles = QAction(tr("Read the &articles"), self)
            articles.triggered.connect(lambda: self.show_page("articles"))
            self.help_menu.addAction(articles)
        shortcuts = QAction(tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        log_folder = QAction(tr("Open the &log folder"), self)
        log_folder.triggered.connect(self.open_log_folder)
        self.help_menu.addAction(log_folder)
        self.log_folder_action = log_folder
        numbers = QAction(tr("How gutsleep computes its &numbers"), self)
        numbers.triggered.connect(self.show_numbers_help)
        self.help_menu.addAction(numbers)
        about = QAction(tr("&About gutsleep"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def install_menu_extras(self) -> None:
        """The File menu's data actions and report, and Help's demo journal.

        The shell paints without them (their modules and actions cost ~8 ms before
        the first frame): they are added once it has painted, and at the latest
        when the journal opens. In the shell they wait, off, like the rest.
        """
        if self._extras_installed:
            return
        self._extras_installed = True
        menus = (self.file_menu, self.edit_menu, self.go_menu, self.help_menu)
        before = [action for menu in menus for action in menu.actions()]
        from gutsleep.ui.data_actions import install_data_actions  # local: start-up stays lean
        from gutsleep.ui.demo_action import install_demo_action
        from gutsleep.ui.operations import notices
        from gutsleep.ui.report_action import install_report_action

        self.data_actions = install_data_actions(self)
        self.report_action = install_report_action(self, self.data_actions)
        self.demo_launcher = install_demo_action(self)
        notices().changed.connect(self._changes_made)  # before any write: none runs in the shell
        if not self.is_open:
            for menu in menus:
                for action in menu.actions():
                    if action.isEnabled() and not any(action is seen for seen in before):
                        action.setEnabled(False)
                        self._held.append(action)

    def _undo_on_page(self, *, redo: bool) -> None:
        """Edit → Undo / Redo: the current page's own, when it has them."""
        page = self.pages.get(self.current_page_id())
        if isinstance(page, Undoable):
            if redo:
                page.redo()
            else:
                page.undo()
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        """Undo and Redo enabled only while the current page has something to undo or redo."""
        page = self.pages.get(self.current_page_id())
        if isinstance(page, Undoable):
            self.undo_action.setEnabled(page.can_undo())
            self.redo_action.setEnabled(page.can_redo())
        else:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    def find_on_page(self) -> None:
        """Ctrl+F: the current page's own find, when it has one."""
        page = self.pages.get(self.current_page_id())
        if isinstance(page, Searchable):
            page.open_find()
        else:
            self.statusBar().showMessage(tr("This page has nothing to search."), 4000)

    def show_shortcuts(self) -> None:
        from gutsleep.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shortcuts_dialog = dialog

    def open_log_folder(self) -> None:
        """Show the data folder, where gutsleep.log is, in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.data_dir)))

    def show_numbers_help(self) -> None:
        from gutsleep.ui.numbers_help import show_numbers_help

        self.numbers_dialog = show_numbers_help(self)

    def _about(self) -> None:
        from gutsleep.ui import dialogs

        dialogs.inform(
            self,
            tr("About gutsleep"),
            tr(
                "gutsleep {version}\n\nA private journal of sleep, gut, food, stress and cycle. "
                "Everything stays on this computer, in:\n{folder}\n\n"
                "gutsleep informs and records; it does not diagnose. It is not medical advice."
            ).format(version=__version__, folder=self.services.data_dir),
        )

    def page(self, page_id: str) -> QWidget:
        """The page with ``page_id``, built on first use.

        A page that fails to build is replaced by a plain explanation, and the
        failure is kept in ``failed_pages`` (the self-test reports it); the rest
        of the app, and everything already saved, carries on.
        """
        if page_id not in self.pages:
            spec = next(s for s in self.specs if s.page_id == page_id)
            try:
                widget = spec.build(self.services, self.stack)
            except Exception as exc:  # any failure becomes a message
                traceback.print_exc()
                log.exception("The %s page could not be built", page_id)
                self.failed_pages[page_id] = f"{type(exc).__name__}: {exc}"
                widget = QLabel(
                    tr(
                        "The {page} page could not be opened ({error}). Your journal is safe; "
                        "the other pages work as usual."
                    ).format(page=tr(spec.title), error=type(exc).__name__),
                    self.stack,
                )
                widget.setWordWrap(True)
                widget.setTextFormat(Qt.TextFormat.PlainText)
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
            if isinstance(widget, Undoable):
                widget.watch_undo(self._update_undo_actions)
        return self.pages[page_id]

    def has_page(self, page_id: str) -> bool:
        return any(s.page_id == page_id for s in self.specs)

    def open_article(self, article_id: str, anchor: str = "") -> bool:
        """Show the article reader at ``article_id#anchor``; False when there is no reader.

        Pages use this single entry point for their "read more" links.
        """
        if not self.has_page("articles") or not self.is_open:
            return False
        reader = self.show_page("articles")
        if not isinstance(reader, ArticleReader):  # the reader failed to build: its message shows
            return False
        reader.open_article(article_id, anchor)
        return True

    def show_page(self, page_id: str) -> QWidget:
        ids = [s.page_id for s in self.specs]
        self.sidebar.setCurrentRow(ids.index(page_id))
        if not self.is_open:  # the shell: "Opening the journal…" until it is built
            return self.opening or self.stack
        return self.pages[page_id]

    def current_page_id(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _selection_changed(self) -> None:
        """A page selected without moving the current row (through the accessibility
        API, as voice control and switch access do) is shown as if clicked."""
        rows = [index.row() for index in self.sidebar.selectedIndexes()]
        if len(rows) == 1 and rows[0] != self.sidebar.currentRow():
            self.sidebar.setCurrentRow(rows[0])

    def _row_changed(self, row: int) -> None:
        if row < 0 or not self.is_open:  # the shell: the page is built once the journal opens
            return
        page_id = self.specs[row].page_id
        widget = self.page(page_id)
        self.stack.setCurrentWidget(widget)
        if isinstance(widget, Page):
            widget.on_shown()
        self.services.settings.set(LAST_PAGE, page_id)
        self._update_undo_actions()
        self.page_changed.emit(page_id)

    def _changes_made(self, changes: Changes, origin: QObject) -> None:
        """A write finished (in this window): tell each built page but the one that wrote."""
        from gutsleep.ui.operations import window_of

        if window_of(origin) is not self or not self.is_open:
            return
        if changes.everything:
            self.services.journal.forget_suggestions()  # days were written behind its back
        reminder_keys = {REMINDER_ON.key, REMINDER_TIME.key}
        if self.reminder is not None and reminder_keys & changes.settings:
            self.reminder.apply_settings()
        for widget in list(self.pages.values()):
            if widget is not origin and isinstance(widget, Page):
                widget.apply_changes(changes)

    def flush(self) -> None:
        """Ask every built page to save what is pending."""
        for widget in self.pages.values():
            if isinstance(widget, Flushing):
                widget.flush()

    def unsaved_entries(self) -> list[DayEntry]:
        """Days typed on the pages but not stored (their saves failed)."""
        entries: list[DayEntry] = []
        for widget in self.pages.values():
            if isinstance(widget, HoldsUnsaved):
                entries.extend(widget.unsaved_entries())
        return entries

    def _may_close(self) -> bool:
        """After a last try to save: ask what to do with days that still can't be saved,
        and before values that can't be read are dropped."""
        unreadable = [
            value
            for widget in self.pages.values()
            if isinstance(widget, HoldsUnsaved)
            for value in widget.unreadable()
        ]
        if unreadable:
            from gutsleep.ui import dialogs

            if not dialogs.ask(
                self,
                tr("Quit gutsleep?"),
                tr(
                    "What is typed here can't be read, so it is not saved: {values}. Quit "
                    "anyway? Choose No to correct it."
                ).format(values=", ".join(unreadable)),
            ):
                return False
        entries = self.unsaved_entries()
        if not entries:
            return True
        days = ", ".join(sorted(entry.day.isoformat() for entry in entries))
        from gutsleep.ui import dialogs

        answer = dialogs.unsaved_on_quit(
            self,
            tr(
                "Your changes to {days} are not saved: the journal can't be written at the "
                "moment. Export them to a file (File → Import brings them back later), quit "
                "without them, or cancel and keep gutsleep open."
            ).format(days=days),
        )
        if answer == dialogs.QUIT_UNSAVED:
            log.warning("Quit without saving %d day(s) that could not be saved", len(entries))
            return True
        if answer == dialogs.EXPORT_UNSAVED:
            return self._export_unsaved(entries)
        return False

    def _export_unsaved(self, entries: list[DayEntry]) -> bool:
        """Write ``entries`` to a JSON file the person chooses; True once written."""
        from gutsleep.services.journal import export_unsaved
        from gutsleep.ui import dialogs

        suggested = Path.home() / f"gutsleep-unsaved-{date.today().isoformat()}.json"
        chosen = dialogs.save_path(
            self, tr("Export unsaved day"), str(suggested), tr("gutsleep export (*.json)")
        )
        if not chosen:
            return False
        try:
            export_unsaved(entries, Path(chosen))
        except OSError as exc:
            log.warning("Exporting the unsaved days failed", exc_info=exc)
            dialogs.warn(
                self,
                tr("That didn't work"),
                tr("The file can't be written or read: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if not self._may_close():
            event.ignore()
            return
        if self._services is not None:  # (closed while opening: the place stays as it was)
            self._services.settings.set(
                WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii")
            )
        super().closeEvent(event)

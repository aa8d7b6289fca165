"""The New experiment wizard: what to change, the details, the outcome, the design and a summary.

One :class:`QWizardPage` per step; :class:`ExperimentWizard` creates the
experiment on Finish and holds it in ``created``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gutsleep.domain.experiments import (
    CHANGE_TEMPLATES,
    DEFAULT_PHASE_DAYS,
    MAX_PHASE_DAYS,
    MAX_WASHOUT_DAYS,
    MIN_PHASE_DAYS,
    OUTCOMES,
    ChangeTemplate,
    Design,
    Experiment,
    draw_order,
    end_date,
    schedule,
    validate_experiment,
)
from gutsleep.domain.validation import Problem
from gutsleep.services.context import Services
from gutsleep.services.experiments import design_details, design_text
from gutsleep.ui.experiments.common import (
    TIER_1_FIRST,
    calendar_text,
    emphasise,
    plain_label,
    short_date,
    tier_text,
)
from gutsleep.ui.tr import render, tr
from gutsleep.ui.widgets import announce, mark_invalid, name_widget, scroll_body

log = logging.getLogger(__name__)


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = plain_label("", parent, name)
    label.setProperty("role", "error")
    label.hide()
    return label


def _show_problems(label: QLabel, problems: list[Problem]) -> None:
    text = " ".join(render(p.message) for p in problems)
    if text != label.text():
        announce(label, text)
    if problems:
        label.setText(text)
        label.show()
    else:
        label.clear()
        label.hide()


class ChangePage(QWizardPage):
    """Step 1: the change to try, with its evidence tier and a link to read more."""

    def __init__(self, wizard: ExperimentWizard):
        super().__init__(wizard)
        self.setObjectName("wizard_change")
        self.setTitle(tr("Which change do you want to try?"))
        self.setSubTitle(tr("Pick one change; trying several at once hides which one helped."))
        layout = QVBoxLayout(scroll_body(self))  # large text scrolls, never squashed
        self.templates = QListWidget(self)
        name_widget(self.templates, "template_list", tr("Change to try"))
        for template in CHANGE_TEMPLATES.values():
            item = QListWidgetItem(tr(template.title))
            item.setData(Qt.ItemDataRole.UserRole, template.key)
            self.templates.addItem(item)
        self.templates.setMaximumHeight(170)
        layout.addWidget(self.templates)
        self.description = plain_label("", self, "template_description")
        layout.addWidget(self.description)
        tier_row = QHBoxLayout()
        self.tier = plain_label("", self, "template_tier")
        emphasise(self.tier)
        tier_row.addWidget(self.tier, 1)
        self.read_more = QPushButton(tr("Read more"), self)
        name_widget(self.read_more, "template_read_more", tr("Read more about this change"))
        self.read_more.clicked.connect(self._open_article)
        tier_row.addWidget(self.read_more, 0)
        layout.addLayout(tier_row)
        self.reminder = plain_label("", self, "template_reminder")
        layout.addWidget(self.reminder)
        layout.addStretch(1)
        self.templates.currentRowChanged.connect(self._changed)
        self.templates.setCurrentRow(0)

    def template(self) -> ChangeTemplate | None:
        item = self.templates.currentItem()
        return CHANGE_TEMPLATES.get(str(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _changed(self, _row: int) -> None:
        template = self.template()
        if template is None:
            return
        self.description.setText(tr(template.description))
        self.tier.setText(tier_text(template))
        self.reminder.setText(render(template.reminder))
        wizard = self.wizard()
        self.read_more.setVisible(isinstance(wizard, ExperimentWizard) and wizard.can_read_more())
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.templates.setFocus()
        self._changed(self.templates.currentRow())

    def isComplete(self) -> bool:
        return self.template() is not None

    def _open_article(self) -> None:
        template = self.template()
        wizard = self.wizard()
        if template is not None and isinstance(wizard, ExperimentWizard):
            wizard.open_article(template.article_id, template.anchor)


class DetailsPage(QWizardPage):
    """Step 2: a name, what exactly will be done; strain and CFU for a probiotic."""

    FIELDS = ("experiment.title", "experiment.change", "experiment.strain", "experiment.cfu")

    def __init__(self, wizard: ExperimentWizard):
        super().__init__(wizard)
        self.setObjectName("wizard_details")
        self.setTitle(tr("The details"))
        self._template = ""
        form = QFormLayout(scroll_body(self))  # large text scrolls, never squashed
        self.name = QLineEdit(self)
        name_widget(self.name, "experiment_name", tr("Name of the experiment"))
        self.name_error = _error_label(self, "experiment_name_error")
        form.addRow(self._caption(tr("Na&me"), self.name), self.name)
        form.addRow("", self.name_error)
        self.change = QLineEdit(self)
        name_widget(
            self.change,
            "experiment_change",
            tr("What exactly you will do"),
            tr("For example: a glass of kefir with breakfast"),
        )
        self.change_caption = self._caption(tr("&What exactly"), self.change)
        self.change_error = _error_label(self, "experiment_change_error")
        form.addRow(self.change_caption, self.change)
        form.addRow("", self.change_error)
        self.strain = QLineEdit(self)
        name_widget(
            self.strain,
            "experiment_strain",
            tr("Probiotic strain"),
            tr("The full strain, e.g. Lactobacillus rhamnosus GG"),
        )
        self.strain.setPlaceholderText(tr("e.g. Lactobacillus rhamnosus GG"))
        self.strain_caption = self._caption(tr("&Strain"), self.strain)
        self.strain_error = _error_label(self, "experiment_strain_error")
        form.addRow(self.strain_caption, self.strain)
        form.addRow("", self.strain_error)
        self.cfu = QLineEdit(self)
        name_widget(self.cfu, "experiment_cfu", tr("CFU count"), tr("As on the label"))
        self.cfu.setPlaceholderText(tr("e.g. 10 billion"))
        self.cfu_caption = self._caption(tr("&CFU"), self.cfu)
        self.cfu_error = _error_label(self, "experiment_cfu_error")
        form.addRow(self.cfu_caption, self.cfu)
        form.addRow("", self.cfu_error)
        for edit in (self.name, self.change, self.strain, self.cfu):
            edit.textChanged.connect(self._edited)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(buddy)
        return caption

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        template = wizard.change_page.template()
        assert template is not None
        if template.key != self._template:
            self._template = template.key
            self.name.setText(tr(template.title))
            self.change.clear()
            self.strain.clear()
            self.cfu.clear()
        probiotic = template.needs_strain
        for widget in (
            self.strain,
            self.strain_caption,
            self.cfu,
            self.cfu_caption,
        ):
            widget.setVisible(probiotic)
        custom = template.key == "custom"
        self.change.setPlaceholderText(
            tr("Describe the change you will make every day")
            if custom
            else tr("Optional: for example a glass of kefir with breakfast")
        )
        self.setSubTitle(
            tr("Describe your own change; keep it the same every day.")
            if custom
            else tr("Name the experiment; add what exactly you will do if you like.")
        )
        self.name.setFocus()
        self.name.selectAll()
        self._edited()

    def problems(self) -> list[Problem]:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        return [p for p in validate_experiment(wizard.draft()) if p.field in self.FIELDS]

    def _edited(self, *_args: object) -> None:
        problems = self.problems()
        for key, label in (
            ("experiment.title", self.name_error),
            ("experiment.change", self.change_error),
            ("experiment.strain", self.strain_error),
            ("experiment.cfu", self.cfu_error),
        ):
            _show_problems(label, [p for p in problems if p.field == key])
        for key, edit in (
            ("experiment.title", self.name),
            ("experiment.change", self.change),
            ("experiment.strain", self.strain),
            ("experiment.cfu", self.cfu),
        ):
            mark_invalid(edit, " ".join(render(p.message) for p in problems if p.field == key))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()


class OutcomePage(QWizardPage):
    """Step 3: the one outcome to watch."""

    def __init__(self, wizard: ExperimentWizard):
        super().__init__(wizard)
        self.setObjectName("wizard_outcome")
        self.setTitle(tr("Which outcome will you watch?"))
        self.setSubTitle(
            tr(
                "Choose one before you start and stick to it: looking at many outcomes "
                "afterwards finds chance patterns. The arrow keys move between them."
            )
        )
        layout = QVBoxLayout(scroll_body(self))  # large text scrolls, never squashed
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, outcome in OUTCOMES.items():
            better = tr("lower is better") if outcome.lower_is_better else tr("higher is better")
            button = QRadioButton(f"{tr(outcome.label)} ({better})", self)
            name_widget(button, f"outcome_{key}", tr(outcome.label))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.note = plain_label(
            tr(
                "Sleep outcomes come from the sleep diary: each day counts the night after it, "
                "so the first night of a phase is the one after its first day. Bloating and "
                "discomfort come from the gut section of the day itself."
            ),
            self,
            "outcome_note",
        )
        layout.addWidget(self.note)
        smallest_row = QHBoxLayout()
        self.smallest = QDoubleSpinBox(self)
        name_widget(
            self.smallest,
            "smallest_change",
            tr("Smallest change that would matter to you"),
            tr("Fixed once the experiment starts"),
        )
        self.smallest.setRange(0.1, 600.0)
        self.smallest.setDecimals(1)
        caption = QLabel(tr("S&mallest change that matters"), self)
        caption.setBuddy(self.smallest)
        layout.addWidget(caption)  # on a line of its own: at 200 % it fits no box beside it
        smallest_row.addWidget(self.smallest)
        smallest_row.addStretch(1)
        layout.addLayout(smallest_row)
        self.smallest_note = plain_label(
            tr(
                "Decide it now, before any result: the result will say whether the change "
                "was at least this big. It can't be changed quietly once the experiment starts."
            ),
            self,
            "smallest_change_note",
        )
        layout.addWidget(self.smallest_note)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._outcome_changed)
        self._template = ""
        self._smallest_for = ""

    def _outcome_changed(self, *_args: object) -> None:
        """A new outcome brings its own unit and default smallest change."""
        from gutsleep.analysis.series import MEASURES

        key = self.outcome()
        if key is not None and key != self._smallest_for:
            self._smallest_for = key
            self.smallest.setValue(OUTCOMES[key].smallest_change)
            self.smallest.setSuffix(" " + tr(MEASURES[key].difference_unit))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        template = wizard.change_page.template()
        assert template is not None
        if template.key != self._template or self.outcome() is None:
            self._template = template.key
            self.buttons[template.suggested_outcome].setChecked(True)
        button = self.buttons[self.outcome() or template.suggested_outcome]
        button.setFocus()

    def outcome(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def isComplete(self) -> bool:
        return self.outcome() is not None


class DesignPage(QWizardPage):
    """Step 4: AB or ABAB, phase length and start date, with the calendar it gives."""

    def __init__(self, wizard: ExperimentWizard):
        super().__init__(wizard)
        self.setObjectName("wizard_design")
        self.setTitle(tr("Design and dates"))
        self.setSubTitle(
            tr(
                "Each phase lasts at least {min} days. Repeating baseline and change (ABAB) "
                "makes chance a weaker explanation."
            ).format(min=MIN_PHASE_DAYS)
        )
        form = QFormLayout(scroll_body(self))  # large text scrolls, never squashed
        designs = QVBoxLayout()
        self.group = QButtonGroup(self)
        self.ab = QRadioButton(tr("Baseline, then change (AB)"), self)
        name_widget(self.ab, "design_ab", tr("Design: baseline then change (AB)"))
        self.abab = QRadioButton(tr("Baseline and change twice (ABAB), recommended"), self)
        name_widget(self.abab, "design_abab", tr("Design: baseline and change twice (ABAB)"))
        for button in (self.ab, self.abab):
            self.group.addButton(button)
            designs.addWidget(button)
        self.abab.setChecked(True)
        form.addRow(tr("Design"), designs)
        self.phase_days = QSpinBox(self)
        name_widget(self.phase_days, "phase_days", tr("Days in each phase"))
        self.phase_days.setRange(MIN_PHASE_DAYS, MAX_PHASE_DAYS)
        self.phase_days.setValue(DEFAULT_PHASE_DAYS)
        self.phase_days.setSuffix(tr(" days"))
        caption = QLabel(tr("&Phase length"), self)
        caption.setBuddy(self.phase_days)
        form.addRow(caption, self.phase_days)
        self.washout = QSpinBox(self)
        name_widget(
            self.washout,
            "washout_days",
            tr("Washout days between phases"),
            tr("Lived as the coming phase but not compared"),
        )
        self.washout.setRange(0, MAX_WASHOUT_DAYS)
        self.washout.setValue(0)
        self.washout.setSuffix(tr(" days"))
        washout_caption = QLabel(tr("&Washout"), self)
        washout_caption.setBuddy(self.washout)
        form.addRow(washout_caption, self.washout)
        self.randomised = QCheckBox(tr("Draw the &order within each pair at random"), self)
        name_widget(
            self.randomised,
            "randomised",
            tr("Draw the order within each pair at random"),
            tr("Only with two or more pairs (ABAB)"),
        )
        form.addRow("", self.randomised)
        self.start = QDateEdit(self)
        name_widget(self.start, "start_date", tr("First day of the experiment"))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        start_caption = QLabel(tr("&Start"), self)
        start_caption.setBuddy(self.start)
        form.addRow(start_caption, self.start)
        self.regimen_start = QComboBox(self)
        name_widget(
            self.regimen_start,
            "regimen_start",
            tr("Start on a regimen change"),
            tr("Sets the start to the day a medicine or hormone therapy was started or changed"),
        )
        self.regimen_caption = QLabel(tr("Start on a &regimen change"), self)
        self.regimen_caption.setBuddy(self.regimen_start)
        form.addRow(self.regimen_caption, self.regimen_start)
        self.regimen_start.activated.connect(self._regimen_chosen)
        self.error = _error_label(self, "design_error")
        form.addRow("", self.error)
        self.preview = plain_label("", self, "design_preview")
        form.addRow(self.preview)
        self.overlap = plain_label("", self, "design_overlap")
        self.overlap.hide()
        form.addRow(self.overlap)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.phase_days.valueChanged.connect(lambda *_: self._update())
        self.washout.valueChanged.connect(lambda *_: self._update())
        self.randomised.toggled.connect(lambda *_: self._update())
        self.start.dateChanged.connect(lambda *_: self._update())
        self._initialised = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        if not self._initialised:
            self._initialised = True
            today = wizard.today
            self.start.setDate(QDate(today.year, today.month, today.day))
            self._offer_regimen_changes(wizard.services)
        (self.abab if self.abab.isChecked() else self.ab).setFocus()
        self._update()

    def _offer_regimen_changes(self, services: Services) -> None:
        """The regimen changes as start days to choose (hidden when there is none)."""
        try:
            changes = services.regimens.events()
        except Exception:
            log.exception("could not read the regimens")
            changes = []
        self.regimen_start.clear()
        self.regimen_start.addItem(tr("Choose a change…"), None)
        for event in reversed(changes):  # the latest first
            self.regimen_start.addItem(
                tr("{day}: {change}").format(day=event.day.isoformat(), change=render(event.label)),
                event.day,
            )
        self.regimen_start.setVisible(bool(changes))
        self.regimen_caption.setVisible(bool(changes))

    def _regimen_chosen(self, index: int) -> None:
        day = self.regimen_start.itemData(index)
        if isinstance(day, date):
            self.start.setDate(QDate(day.year, day.month, day.day))

    def design(self) -> Design:
        return Design.AB if self.ab.isChecked() else Design.ABAB

    def start_day(self) -> date:
        value = self.start.date()
        return date(value.year(), value.month(), value.day())

    def problems(self) -> list[Problem]:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        fields = (
            "experiment.phase_days",
            "experiment.blocks",
            "experiment.washout_days",
            "experiment.randomised",
        )
        return [p for p in validate_experiment(wizard.draft()) if p.field in fields]

    def _update(self) -> None:
        wizard = self.wizard()
        if not isinstance(wizard, ExperimentWizard):
            return
        self.randomised.setEnabled(self.abab.isChecked())
        if not self.abab.isChecked():
            self.randomised.setChecked(False)
        _show_problems(self.error, self.problems())
        draft = wizard.draft()
        last = end_date(draft)
        self.preview.setText(
            tr("{calendar} The last day is {end} ({days} days).").format(
                calendar=calendar_text(draft),
                end=short_date(last) if last else "—",
                days=draft.total_days,
            )
        )
        others = wizard.overlapping(draft)
        if others:
            self.overlap.setText(
                tr(
                    "Another experiment runs at the same time ({titles}). Two changes at "
                    "once make both results harder to read."
                ).format(titles=", ".join(others))
            )
            self.overlap.show()
        else:
            self.overlap.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problems()


class SummaryPage(QWizardPage):
    """Step 5: everything at a glance; Finish stores the experiment."""

    def __init__(self, wizard: ExperimentWizard):
        super().__init__(wizard)
        self.setObjectName("wizard_summary")
        self.setTitle(tr("Ready to start"))
        self.setSubTitle(tr("Check the plan; Finish saves it."))
        layout = QVBoxLayout(scroll_body(self))  # large text scrolls, never squashed
        self.summary = plain_label("", self, "wizard_summary_text")
        layout.addWidget(self.summary)
        self.reminder = plain_label("", self, "wizard_summary_reminder")
        layout.addWidget(self.reminder)
        self.error = _error_label(self, "wizard_summary_error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        draft = wizard.draft()
        template = CHANGE_TEMPLATES[draft.template]
        lines = [
            tr("Name: {title}").format(title=draft.title),
            tr("Change: {change}").format(change=tr(template.title))
            + (f" — {draft.change}" if draft.change else ""),
        ]
        if template.needs_strain:
            lines.append(
                tr("Strain {strain}, {cfu} CFU").format(strain=draft.strain, cfu=draft.cfu)
            )
        lines.append(tier_text(template))
        lines.append(tr("Outcome: {outcome}").format(outcome=tr(OUTCOMES[draft.outcome].label)))
        lines.append(render(design_text(draft)))
        lines.extend(render(line) for line in design_details(draft))
        lines.append(calendar_text(draft))
        lines.append(
            tr(
                "Keep the journal every day and answer the check-in on the Journal page: "
                "during baseline, live as usual; during the change, do it every day."
            )
        )
        self.summary.setText("\n\n".join(lines))
        self.reminder.setText(tr(TIER_1_FIRST))
        _show_problems(self.error, [])

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, ExperimentWizard)
        outcome = wizard.services.experiments.create(wizard.draft())
        if not outcome.ok:
            _show_problems(self.error, outcome.problems)
            return False
        wizard.created = outcome.experiment
        return True


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


class ExperimentWizard(QWizard):
    """New experiment, in five steps; ``created`` holds it after Finish.

    Open it with :meth:`open` (window-modal, returns at once); tests fill it
    in with the keyboard and press Next and Finish like a person.
    """

    def __init__(
        self,
        services: Services,
        today: date,
        parent: QWidget,
        reader: Callable[[str, str], None] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("experiment_wizard")
        self.setWindowTitle(tr("New experiment"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.services = services
        self.today = today
        self.reader = reader
        self.created: Experiment | None = None
        import secrets

        #: Drawn once, so the order shown before Finish is the order stored.
        self.seed = secrets.randbelow(2**31)
        self._running = [
            e for e in services.experiments.history() if e.ended_on is None and e.id is not None
        ]
        self.change_page = ChangePage(self)
        self.details_page = DetailsPage(self)
        self.outcome_page = OutcomePage(self)
        self.design_page = DesignPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.change_page,
            self.details_page,
            self.outcome_page,
            self.design_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.resize(640, 520)
        self.currentIdChanged.connect(lambda _id: self._fit_header())

    def _fit_header(self) -> None:
        """QWizard fixes its header's height from one-line hints, cutting a subtitle that
        wraps further (large fonts): make room for its lines; the page below scrolls."""
        for label in self.findChildren(QLabel):
            if not label.wordWrap() or any(
                isinstance(a, QWizardPage) for a in _ancestors(label, self)
            ):
                continue
            missing = label.heightForWidth(label.width()) - label.height()
            header = label.parentWidget()
            if (
                header is not None
                and missing > 0
                and header.minimumHeight() == header.maximumHeight()
            ):
                header.setFixedHeight(header.height() + missing)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def can_read_more(self) -> bool:
        return self.reader is not None

    def open_article(self, article_id: str, anchor: str) -> None:
        if self.reader is not None:
            self.reader(article_id, anchor)

    def draft(self) -> Experiment:
        """The experiment as filled in so far (defaults for steps not reached)."""
        template = self.change_page.template()
        key = template.key if template else ""
        design = self.design_page.design()
        randomised = self.design_page.randomised.isChecked() and design.pairs >= 2
        return Experiment(
            title=self.details_page.name.text().strip(),
            template=key,
            outcome=self.outcome_page.outcome() or (template.suggested_outcome if template else ""),
            start=self.design_page.start_day() if self.design_page._initialised else self.today,
            design=design,
            phase_days=self.design_page.phase_days.value(),
            change=self.details_page.change.text().strip(),
            strain=self.details_page.strain.text().strip()
            if template and template.needs_strain
            else "",
            cfu=self.details_page.cfu.text().strip() if template and template.needs_strain else "",
            washout_days=self.design_page.washout.value(),
            randomised=randomised,
            seed=self.seed if randomised else None,
            order=draw_order(self.seed, design.pairs) if randomised else "",
            smallest_change=self.outcome_page.smallest.value()
            if self.outcome_page.outcome() is not None
            else None,
        )

    def overlapping(self, draft: Experiment) -> list[str]:
        """Titles of unfinished experiments whose calendars meet the draft's."""
        days = {d for d, _ in schedule(draft)}
        return [e.title for e in self._running if days & {d for d, _ in schedule(e)}]

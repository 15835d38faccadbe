"""A teaching's Timings tab: its details, actual segment timings, planned versus actual.

After a rehearsal the team asks "where did we run long?". The live lesson
clock usually records the timings; here they can be typed or corrected, and
the two-row timeline (plan over what happened) shows the answer at a glance.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import format_duration, parse_clock
from lessonstudy.services.teachings import (
    TeachingInput,
    TeachingTimings,
    load_timings,
    set_timing,
    update_teaching,
)
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.planning.navigation import is_teaching, refresh_and_select
from lessonstudy.ui.planning.timeline_strip import TimelineStrip
from lessonstudy.ui.planning.timings_model import TimingsModel
from lessonstudy.ui.subscriptions import follow

KIND_LABELS = {TeachingKind.REHEARSAL: "Rehearsal", TeachingKind.RESEARCH: "Research lesson",
               TeachingKind.RETEACH: "Reteach"}


class TeachingView(QWidget):
    """Edits one teaching and its actual timings; charts them against the plan."""

    def __init__(self, context: AppContext, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teachingView")
        self.context, self.teaching_id = context, teaching_id
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.dated = QCheckBox(self.tr("Date"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.lines = {name: QLineEdit() for name in ("class_name", "teacher", "room")}
        self.timeline = TimelineStrip()
        self.summary = QLabel()
        self.summary.setObjectName("timingSummary")
        self.summary.setWordWrap(True)
        self.model = TimingsModel(self)
        self.model.on_edit = self.edit_time
        self.table = QTableView()
        self.table.setObjectName("timingsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The segment title gives way (cut, whole in its tooltip) so the times and the
        # difference stay in view at 1024×768 (audit D20: they were behind a scroll bar).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._build()
        self.reload()
        follow(context.changed, self, self._library_changed)

    def _library_changed(self, what: str) -> None:
        """The live lesson clock (or an import, a refresh) changed this teaching's timings."""
        kind, _sep, ident = what.partition(":")
        if not self.context.has_library:
            return
        if kind == "timings" and ident == str(self.teaching_id):
            self._show_timings(load_timings(self.context.library, self.teaching_id))
        elif kind in ("library", "version") or (kind == "teaching"
                                               and ident in ("", str(self.teaching_id))):
            self.reload()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        dated = QHBoxLayout()
        dated.addWidget(self.dated)
        dated.addWidget(self.date, 1)
        form.addRow(dated)
        for label, name in ((self.tr("Class"), "class_name"), (self.tr("Teacher"), "teacher"),
                            (self.tr("Room"), "room")):
            form.addRow(label, self.lines[name])
        save = QPushButton(self.tr("Save teaching"))
        save.setObjectName("saveTeaching")
        save.clicked.connect(lambda: self.save())
        form.addRow(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Planned versus actual</b>")))
        layout.addWidget(self.timeline)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        """Show what is stored."""
        timings = load_timings(self.context.library, self.teaching_id)
        self._show_details(timings.details)
        self.details_version = timings.row_version  # what a save of the details expects
        self._show_timings(timings)

    def _show_details(self, details: TeachingInput) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(TeachingKind(details.kind).value)))
        self.dated.setChecked(details.date is not None)
        if details.date is not None:
            self.date.setDate(QDate(details.date.year, details.date.month, details.date.day))
        self.lines["class_name"].setText(details.class_name)
        self.lines["teacher"].setText(details.teacher)
        self.lines["room"].setText(details.room)

    def _show_timings(self, timings: TeachingTimings) -> None:
        self.timings = timings
        comparison = timings.comparison
        self.model.set_rows(timings.rows, comparison.segments)
        line = comparison.timeline()
        self.timeline.set_rows([(self.tr("Planned"), line.planned),
                                (self.tr("Actual"), line.actual)], comparison.lesson_seconds)
        overrun = comparison.overrun
        if not timings.rows:
            self.summary.setText(self.tr(
                "Version {n} has no segments yet: plan them in the version's Segments tab, and "
                "the clock of the Live lesson tab records when each starts and ends.").format(
                    n=timings.plan.version.number))
        elif overrun is None and not any(r.actual_start is not None for r in timings.rows):
            self.summary.setText(self.tr(
                "Nothing timed yet: press Start lesson in the Live lesson tab and the clock "
                "records each segment, or type the actual times in the table."))
        elif overrun is None:
            self.summary.setText(self.tr("Not every segment has an actual end yet."))
        elif overrun > 0:
            self.summary.setText(self.tr("The lesson ran {d} over the plan.").format(
                d=format_duration(overrun)))
        elif overrun < 0:
            self.summary.setText(self.tr("The lesson ended {d} early.").format(
                d=format_duration(-overrun)))
        else:
            self.summary.setText(self.tr("The lesson kept to the plan."))

    def edit_time(self, row: int, which: str, text: str) -> bool:
        """Store a typed actual start or end; a blank start clears the segment's timing."""
        current = self.model.row_at(row)
        try:
            value = parse_clock(text) if text.strip() else None
            start = value if which == "start" else current.actual_start
            end = value if which == "end" else current.actual_end
            if which == "start" and value is None:
                end = None
            set_timing(self.context.library, self.teaching_id, current.segment.id, start, end)
        except LessonStudyError as error:
            QTimer.singleShot(0, partial(show_error, self, error))
            return False
        QTimer.singleShot(0, self.reload)  # not while the table's editor is closing
        return True

    def details(self) -> TeachingInput:
        picked = self.date.date()
        return TeachingInput(
            kind=TeachingKind(self.kind.currentData()),
            date=picked.toPython() if self.dated.isChecked() else None,  # type: ignore[arg-type]
            class_name=self.lines["class_name"].text(), teacher=self.lines["teacher"].text(),
            room=self.lines["room"].text())

    def save(self) -> bool:
        """Store the details; a colleague's save meanwhile asks: reload theirs or keep mine."""
        library, teaching_id = self.context.library, self.teaching_id
        try:
            details = self.details()
            saved = save_or_resolve(
                self, lambda expected: update_teaching(library, teaching_id, details, expected),
                self.details_version, reload=self.reload)
        except LessonStudyError as error:
            show_error(self, error)
            return False
        if saved is None:
            return False
        self.details_version = saved
        refresh_and_select(self.context, self, is_teaching(self.teaching_id))
        return True

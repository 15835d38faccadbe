"""The lesson's Versions tab: the history, "New version", and a side-by-side comparison.

After a rehearsal and its conference the team revises the plan; here they
see every version (who, when, why, frozen or not), start a new one from any
version, and compare any two, segment by segment, with what was added,
removed, moved, reworded or retimed.

A new lesson has one version and no teaching: instead of comparing version 1
with itself, the tab says how the next version and the first teaching are made
(with their buttons).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.enums import TeachingKind
from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.timing import format_delta, format_duration
from lessonstudy.services.plan_records import VersionInfo
from lessonstudy.services.plans import load_plan
from lessonstudy.services.teachings import TeachingInput, record_teaching
from lessonstudy.services.versions import VersionComparison, compare_versions
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.empty_hint import EmptyHint
from lessonstudy.ui.messages import show_error
from lessonstudy.ui.planning.navigation import is_teaching, refresh_and_select
from lessonstudy.ui.planning.teaching_dialog import ask_teaching
from lessonstudy.ui.planning.version_dialogs import make_new_version
from lessonstudy.ui.planning.version_models import ComparisonModel, VersionsModel


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class VersionsView(QWidget):
    """Version history of one lesson and a comparison of two of its versions."""

    def __init__(self, context: AppContext, lesson_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsView")
        self.context, self.lesson_id = context, lesson_id
        self.versions = load_plan(context.library, lesson_id).versions
        self.history = VersionsModel(self)
        self.history.set_items(self.versions)
        self.history_view = _table("versionHistory")
        self.history_view.setModel(self.history)
        self.history_view.selectRow(len(self.versions) - 1)
        self.comparison = ComparisonModel(self)
        self.comparison_view = _table("versionComparison")
        self.comparison_view.setModel(self.comparison)
        self.old_pick, self.new_pick = QComboBox(), QComboBox()
        for pick, name in ((self.old_pick, "compareOld"), (self.new_pick, "compareNew")):
            pick.setObjectName(name)
            for version in self.versions:
                pick.addItem(self.tr("Version {n}").format(n=version.number), version.id)
        self.summary = QLabel()
        self.summary.setObjectName("comparisonSummary")
        self.summary.setWordWrap(True)
        self.no_teaching = EmptyHint("noTeachingHint", self.tr(
            "No teaching of this lesson is recorded yet. When it has been rehearsed or taught, "
            "select the version used and record the teaching: it keeps the timings, the "
            "observers' notes, the photos and the conference."))
        self.no_teaching.add_action(self.tr("Record a teaching…"), self.record_teaching,
                                    "hintRecordTeaching")
        self.one_version = EmptyHint("oneVersionHint", self.tr(
            "There is only one version, so there is nothing to compare yet. After a rehearsal "
            "and its conference, start the next version from this one; the two are then "
            "compared here, segment by segment."))
        self.one_version.add_action(self.tr("New version…"), self.new_version,
                                    "hintNewVersion")
        self._build()
        _fit_history_columns(self.history_view)
        self.old_pick.setCurrentIndex(max(0, len(self.versions) - 2))
        self.new_pick.setCurrentIndex(len(self.versions) - 1)
        for pick in (self.old_pick, self.new_pick):  # connected now: one comparison, not three
            pick.currentIndexChanged.connect(self.compare)
        self.compare()

    def _build(self) -> None:
        new_button = QPushButton(self.tr("New version from selected…"))
        new_button.setObjectName("newVersionFromSelected")
        new_button.clicked.connect(lambda: self.new_version())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Versions</b>")))
        top.addStretch(1)
        record = QPushButton(self.tr("Record a teaching of selected…"))
        record.setObjectName("recordTeaching")
        record.clicked.connect(lambda: self.record_teaching())
        top.addWidget(record)
        top.addWidget(new_button)
        picks = QHBoxLayout()
        picks.addWidget(QLabel(self.tr("<b>Compare</b>")))
        picks.addWidget(self.old_pick)
        picks.addWidget(QLabel(self.tr("with")))
        picks.addWidget(self.new_pick)
        picks.addStretch(1)
        self.picks = QWidget()
        self.picks.setLayout(picks)
        picks.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.history_view, 1)
        layout.addWidget(self.no_teaching)
        layout.addWidget(self.one_version)
        layout.addWidget(self.picks)
        layout.addWidget(self.summary)
        layout.addWidget(self.comparison_view, 2)
        self.no_teaching.setVisible(not any(v.teaching_count for v in self.versions))
        alone = len(self.versions) < 2
        self.one_version.setVisible(alone)
        for widget in (self.picks, self.summary, self.comparison_view):
            widget.setVisible(not alone)

    def compare(self) -> VersionComparison | None:
        """Show the differences between the two picked versions."""
        old_id, new_id = self.old_pick.currentData(), self.new_pick.currentData()
        if old_id is None or new_id is None:
            return None
        try:
            result = compare_versions(self.context.library, old_id, new_id)
        except LessonStudyError as error:
            show_error(self, error)
            return None
        self.comparison.set_items(result.diff.rows())
        _fit_comparison_columns(self.comparison_view)
        diff = result.diff
        self.summary.setText(self.tr(
            "Planned total {old} → {new} ({delta}). {n} segment(s) changed.").format(
            old=format_duration(diff.old_total), new=format_duration(diff.new_total),
            delta=format_delta(diff.total_delta),
            n=sum(1 for c in diff.changes if "unchanged" not in c.kinds)))
        return result

    def selected_version(self) -> VersionInfo:
        rows = self.history_view.selectionModel().selectedRows()
        return self.versions[rows[0].row() if rows else -1]

    def new_version(self) -> None:
        make_new_version(self.context, self, self.selected_version())

    def record_teaching(self, details: TeachingInput | None = None) -> int | None:
        """Record a teaching of the selected version (asking kind, date, class, teacher
        unless ``details`` are given) and open it."""
        version = self.selected_version()
        if details is None:
            kind = TeachingKind.RESEARCH if version.frozen else TeachingKind.REHEARSAL
            details = ask_teaching(version.number, version.frozen, kind, self)
            if details is None:
                return None
        try:
            teaching_id = record_teaching(self.context.library, version.id, details)
        except LessonStudyError as error:
            show_error(self, error)
            return None
        refresh_and_select(self.context, self, is_teaching(teaching_id))
        return teaching_id


def _fit_history_columns(view: QTableView) -> None:
    """Number, status, author, date, counts fit their text; the change summary takes
    the rest and wraps (fixed widths pushed it out of view at 1024 px)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    last = view.model().columnCount() - 1
    for column in range(last):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _fit_comparison_columns(view: QTableView) -> None:
    """Times fit their text; the two titles and "What changed" share what is left and
    wrap, so every column stays in view in a laptop-sized window (fixed 220-px titles
    cut "調整時間" to "調整時…" and pushed the new times out of sight at 1024 px)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    modes = (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
             QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
             QHeaderView.ResizeMode.ResizeToContents)
    for column, mode in enumerate(modes[: view.model().columnCount()]):
        header.setSectionResizeMode(column, mode)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

"""The segment editor of one lesson version: timeline strip, running total, table, undo.

This is where the team co-plans: they add segments, type titles and times,
reorder by dragging or with Ctrl+Up/Down, and undo freely. Every edit is a
:class:`PlanEdit` on this editor's undo stack (joined to the window's Edit
menu through the context's undo group) and is saved at once through the
versions service. A version a teaching used is frozen: edits are refused
with an offer to make a new version.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain import segments as plan_ops
from lessonstudy.domain.actuals import TimelineBar
from lessonstudy.domain.errors import LessonStudyError, ValidationError
from lessonstudy.domain.segments import SegmentDraft, field_label, index_of, plan_schedule
from lessonstudy.domain.timing import format_duration, summarise
from lessonstudy.services.plan_records import LessonPlan
from lessonstudy.services.plans import load_version_plan
from lessonstudy.services.versions import save_segments
from lessonstudy.ui.banner import make_banner
from lessonstudy.ui.conflict import save_or_resolve
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.messages import confirm, show_error
from lessonstudy.ui.planning.delegates import install_delegates
from lessonstudy.ui.planning.segment_commands import PlanEdit
from lessonstudy.ui.planning.segment_model import TITLE, SegmentTableModel
from lessonstudy.ui.planning.segment_table import SegmentTable
from lessonstudy.ui.planning.timeline_strip import TimelineStrip
from lessonstudy.ui.planning.version_dialogs import make_new_version
from lessonstudy.ui.shortcuts import with_keys
from lessonstudy.ui.subscriptions import follow


class SegmentEditor(QWidget):
    """Edits the segments of one version; owns its undo stack."""

    def __init__(self, context: AppContext, version_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.context, self.version_id = context, version_id
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.model = SegmentTableModel(self)
        self.model.on_edit = self.edit_field
        self.model.on_move = self.move_row
        self.plan: LessonPlan = load_version_plan(context.library, version_id)
        self._build()
        self._show_loaded(self.plan)
        self._saving = False
        follow(context.changed, self, self._library_changed)

    def _library_changed(self, what: str) -> None:
        """An import, a refresh or another window changed this plan: show what is stored."""
        if self._saving or not self.context.has_library:
            return
        if what == "library" or what == f"version:{self.version_id}":
            self.reload()

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        self.frozen_label = make_banner(QLabel())
        self.frozen_label.setObjectName("frozenBanner")
        self.new_version_button = QPushButton(self.tr("New version…"))
        self.new_version_button.setObjectName("newVersionButton")
        self.new_version_button.clicked.connect(lambda: self.offer_new_version(ask=False))
        banner = QHBoxLayout()
        banner.addWidget(self.frozen_label, 1)
        banner.addWidget(self.new_version_button)
        self.timeline = TimelineStrip()
        self.total_label = QLabel()
        self.total_label.setObjectName("planTotal")
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addLayout(banner)
        layout.addWidget(self.timeline)
        totals = QHBoxLayout()
        totals.addWidget(self.total_label, 1)
        hint = QLabel(self.tr("Enter or F2 edits a cell · Tab moves on · Escape cancels · "
                              "right-click for more"))
        hint.setObjectName("segmentKeysHint")
        hint.setEnabled(False)  # drawn in the palette's quiet colour
        totals.addWidget(hint)
        layout.addLayout(totals)
        buttons = self._make_buttons()
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = SegmentTable()
        table.setObjectName("segmentTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragEnabled(True)
        table.setDropIndicatorShown(True)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((28, 200, 130, 64, 96, 240, 200, 180, 180, 140)):
            table.setColumnWidth(column, width)
        self._delegates = install_delegates(table, self.model)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self._refuse_if_frozen())
        return table

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs: list[tuple[str, str, Callable[[], object], QKeySequence | str]] = [
            ("addSegment", self.tr("Add segment"), lambda: self.add_segment(), "Ctrl+Shift+N"),
            ("insertSegment", self.tr("Insert above"), self.insert_segment, "Ctrl+I"),
            ("duplicateSegment", self.tr("Duplicate"), self.duplicate_segment, "Ctrl+D"),
            ("deleteSegment", self.tr("Delete"), self.delete_segment,
             QKeySequence(QKeySequence.StandardKey.Delete)),
            ("moveUp", self.tr("Move up"), lambda: self.move_segment(-1), "Ctrl+Up"),
            ("moveDown", self.tr("Move down"), lambda: self.move_segment(1), "Ctrl+Down"),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, slot, shortcut in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            action.setToolTip(with_keys(text, action.shortcut()))
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            row.addWidget(button)
        row.addStretch(1)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(list(self.actions_by_name.values()))
        return row

    # -- showing ---------------------------------------------------------------------
    def _show_loaded(self, plan: LessonPlan) -> None:
        self.plan = plan
        self.plan_version = plan.version.row_version  # what the next save expects to replace
        frozen = plan.version.frozen
        self.model.set_plan(plan.drafts(), plan.duration_seconds, editable=not frozen)
        self.frozen_label.setText(self.tr(
            "Version {n} was used in a teaching, so it can no longer change. Make a new "
            "version to revise the plan.").format(n=plan.version.number) if frozen else "")
        self.frozen_label.setVisible(frozen)
        self.new_version_button.setVisible(frozen)
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        drafts = self.model.drafts
        bars = [TimelineBar(d.title, d.kind, s.start, s.end)
                for d, s in zip(drafts, plan_schedule(drafts), strict=True)]
        self.timeline.set_rows([(self.tr("Plan"), bars)], self.plan.duration_seconds)
        summary = summarise([d.planned_seconds for d in drafts], self.plan.duration_seconds)
        text = self.tr("{total} planned of a {lesson} lesson").format(
            total=format_duration(summary.planned_seconds),
            lesson=format_duration(summary.lesson_seconds))
        if summary.over_by:
            text += " — " + self.tr("⚠ {over} over time").format(
                over=format_duration(summary.over_by))
        elif summary.under_by:
            text += " — " + self.tr("{left} left").format(left=format_duration(summary.under_by))
        self.total_label.setText(text)
        self.total_label.setStyleSheet("color: #D55E00; font-weight: bold;"
                                       if summary.over_by else "")

    def reload(self) -> None:
        """Show what is stored (after a failed save, or a change made elsewhere)."""
        self._show_loaded(load_version_plan(self.context.library, self.version_id))

    # -- undo stack ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.undo_stack.setActive(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.undo_stack.isActive():
            self.undo_stack.setActive(False)  # Edit → Undo must not reach a hidden plan
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            self.undo_stack.setActive(True)
        return super().eventFilter(watched, event)

    def apply_plan(self, drafts: tuple[SegmentDraft, ...], focus: str | None) -> bool:
        """Show and save a plan (called by undo commands); False if saving failed."""
        self.model.show(drafts)
        self._refresh_summary()
        library, version_id = self.context.library, self.version_id
        try:
            saved = save_or_resolve(
                self, lambda expected: save_segments(library, version_id, drafts, expected),
                self.plan_version, reload=lambda: None)
        except LessonStudyError as error:
            show_error(self, error)
            self.reload()
            return False
        if saved is None:  # a colleague saved this plan meanwhile: show theirs
            self.reload()
            return False
        self.plan_version = saved
        self._saving = True  # the tree's label (count, total) follows; this editor needs nothing
        try:
            self.context.notify_changed(f"version:{self.version_id}")
        finally:
            self._saving = False
        if focus is not None:
            self.select_row(index_of(drafts, focus))
        return True

    def _push(self, text: str, after: tuple[SegmentDraft, ...], focus: str | None) -> bool:
        if self._refuse_if_frozen():
            return False
        before = self.model.drafts
        count = self.undo_stack.count()
        self.undo_stack.push(PlanEdit(self, text, before, after, focus))
        return self.undo_stack.count() > count

    # -- edits -----------------------------------------------------------------------
    def edit_field(self, row: int, field: str, value: object) -> bool:
        """Change one field of one segment; bad values are explained and not stored."""
        if self._refuse_if_frozen():
            return False
        drafts = self.model.drafts
        try:
            after = plan_ops.replace_field(drafts, row, field, value,
                                           lesson_seconds=self.plan.duration_seconds)
        except ValidationError as error:
            QTimer.singleShot(0, partial(show_error, self, error))  # not inside the delegate
            return False
        if after == drafts:
            return True
        text = self.tr("Change {field} of '{title}'").format(
            field=self.tr(field_label(field)).lower(), title=drafts[row].title)
        return self._push(text, after, drafts[row].lineage)

    def add_segment(self, at: int | None = None) -> bool:
        """A new one-minute segment at ``at`` (default: after the selected one, or last)."""
        drafts = self.model.drafts
        if at is None:
            current = self.current_row()
            at = len(drafts) if current is None else current + 1
        draft = SegmentDraft.new(self.tr("New segment"))
        if self._push(self.tr("Add segment"), plan_ops.insert(drafts, at, draft), draft.lineage):
            title = self.model.index(at, TITLE)
            self.table.setFocus()
            self.table.setCurrentIndex(title)
            self.table.edit(title)
            return True
        return False

    def insert_segment(self) -> bool:
        current = self.current_row()
        return self.add_segment(0 if current is None else current)

    def duplicate_segment(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        after = plan_ops.duplicate(self.model.drafts, row)
        return self._push(self.tr("Duplicate '{title}'").format(title=self.model.drafts[row].title),
                          after, after[row + 1].lineage)

    def delete_segment(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        drafts = self.model.drafts
        focus = drafts[row + 1].lineage if row + 1 < len(drafts) else (
            drafts[row - 1].lineage if row else None)
        return self._push(self.tr("Delete '{title}'").format(title=drafts[row].title),
                          plan_ops.remove(drafts, row), focus)

    def move_segment(self, delta: int) -> bool:
        row = self.current_row()
        if row is None or not 0 <= row + delta < len(self.model.drafts):
            return False
        return self.move_row(row, row + delta)

    def move_row(self, source: int, destination: int) -> bool:
        drafts = self.model.drafts
        moved = plan_ops.move(drafts, source, destination)
        return self._push(self.tr("Move '{title}'").format(title=drafts[source].title), moved,
                          drafts[source].lineage)

    # -- selection and frozen versions ---------------------------------------------------
    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        """Select a row, keeping the column the teacher is in (Tab carries on from there)."""
        index = self.model.index(row, max(0, self.table.currentIndex().column()))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _refuse_if_frozen(self) -> bool:
        if not self.plan.version.frozen:
            return False
        QTimer.singleShot(0, self.offer_new_version)
        return True

    def offer_new_version(self, ask: bool = True) -> None:
        """Explain that this version is frozen and offer a new version copying it."""
        question = self.tr("Version {n} was used in a teaching, so it can no longer change.\n\n"
                           "Make a new version from it to revise the plan?").format(
            n=self.plan.version.number)
        if not ask or confirm(self, question, self.tr("This version is frozen")):
            make_new_version(self.context, self, self.plan.version)

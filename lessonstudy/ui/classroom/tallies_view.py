"""The Tallies tab of a teaching: each observer group's counters, and their chart by segment.

The team decides what each group counts (or takes the COPUS codes or a small
suggested set) and gives each counter a letter; in the live lesson that
letter, pressed on the classroom map, counts it. The chart shows the counts
per segment as they come in.

A group without counters (every group of a new teaching) shows what to do
instead of a blank table and chart: take a ready-made set or add counters;
a teaching without observer groups says where groups are made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.tallies import KEYS, CounterSpec, copus_set, suggested_set
from lessonstudy.services import live, notes, tallies
from lessonstudy.ui import messages
from lessonstudy.ui.classroom.tally_chart import TallyChart
from lessonstudy.ui.context import AppContext
from lessonstudy.ui.empty_hint import EmptyHint
from lessonstudy.ui.subscriptions import follow


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


class TalliesView(QWidget):
    """Counters of the chosen group (name, key, code) and the chart of their counts."""

    def __init__(self, context: AppContext, teaching_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talliesView")
        self.context, self.teaching_id = context, teaching_id
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("tallyGroupPicker")
        self._fill_groups()
        self.group_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("countersTable")
        self.table.setHorizontalHeaderLabels([tr("What is counted"), tr("Key"), tr("Code")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = TallyChart()
        self.chart_label = QLabel(tr("Counts by segment (segment numbers as in the plan)"))
        self._ids: list[int | None] = []
        self.no_groups = EmptyHint("talliesNoGroups", tr(
            "Tallies are kept per observer group, and this teaching has no groups yet. "
            "Make them in the Observer groups tab (Import roster…, then Assign "
            "automatically); then choose here what each group counts."))
        self.no_counters = EmptyHint("talliesNoCounters")
        for text, slot, name in (
                (tr("Use suggested set"), lambda: self.fill(suggested_set()), "hintSuggestedSet"),
                (tr("Use COPUS codes"), lambda: self.fill(copus_set()), "hintCopusSet"),
                (tr("Add counter"), self.add_row, "hintAddCounter")):
            self.no_counters.add_action(text, slot, name)
        self._lay_out()
        follow(context.changed, self, self._changed)
        self.reload()

    def _lay_out(self) -> None:
        # The group on a line of its own: with the five buttons beside it the tab asked for
        # ~790 px in Japanese and squeezed the library tree at 1024 px.
        picker = QHBoxLayout()
        picker.addWidget(QLabel(tr("Observer group")))
        picker.addWidget(self.group_combo)
        picker.addStretch(1)
        bar = QHBoxLayout()
        self._bar_buttons: list[QPushButton] = []
        for name, text, slot in (
                ("addCounter", tr("Add counter"), self.add_row),
                ("removeCounter", tr("Remove"), self.remove_row),
                ("copusSet", tr("Use COPUS codes"), lambda: self.fill(copus_set())),
                ("suggestedSet", tr("Use suggested set"), lambda: self.fill(suggested_set())),
                ("saveCounters", tr("Save counters"), self.save)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
            self._bar_buttons.append(button)
        bar.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(picker)
        column.addLayout(bar)
        column.addWidget(self.no_groups)
        column.addWidget(self.no_counters)
        column.addWidget(self.table, 1)
        column.addWidget(self.chart_label)
        column.addWidget(self.chart, 1)
        column.addStretch(0)  # takes the room while only a hint is shown

    def _fill_groups(self) -> None:
        """The teaching's observer groups, keeping the one chosen if it is still there."""
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        try:
            self.group_combo.clear()
            for group_id, name in notes.note_choices(self.context.library,
                                                     self.teaching_id).groups:
                self.group_combo.addItem(name, group_id)
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(chosen)))
        finally:
            self.group_combo.blockSignals(False)

    def _changed(self, what: str) -> None:
        """Counters saved elsewhere, or groups made or renamed in the Observer groups tab
        (the first groups of a new teaching turn the "no groups" hint into counters)."""
        groups_changed = what in (f"observers:{self.teaching_id}", "observers", "library")
        if groups_changed:
            self._fill_groups()
        if groups_changed or what.startswith("tallies:"):
            self.reload()

    def group_id(self) -> int | None:
        return self.group_combo.currentData()

    def reload(self) -> None:
        group = self.group_id()
        found = [c for c in tallies.counters(self.context.library, self.teaching_id)
                 if c.group_id == group]
        self.fill([CounterSpec(c.label, c.key, c.code, c.id) for c in found])
        self._draw_chart()

    def fill(self, specs: list[CounterSpec]) -> None:
        self.table.setRowCount(len(specs))
        self._ids = [s.id for s in specs]
        for row, spec in enumerate(specs):
            for col, text in enumerate((spec.label, spec.key.upper(), spec.code)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._show_hints()

    def _show_hints(self) -> None:
        """A hint instead of a blank table and chart when there is nothing to count."""
        no_groups = self.group_combo.count() == 0
        empty = no_groups or self.table.rowCount() == 0
        self.no_groups.setVisible(no_groups)
        for button in self._bar_buttons:  # counters belong to a group: nothing to do yet
            button.setEnabled(not no_groups)
        self.no_counters.setVisible(empty and not no_groups)
        if empty and not no_groups:
            self.no_counters.set_text(tr(
                "{group} counts nothing yet. Take a ready-made set or add your own counters, "
                "give each a key letter and press Save counters. In the live lesson, that "
                "letter pressed on the classroom map counts it.").format(
                    group=self.group_combo.currentText()))
        for widget in (self.table, self.chart_label, self.chart):
            widget.setVisible(not empty)

    def add_row(self) -> None:
        used = {self._cell(r, 1).lower() for r in range(self.table.rowCount())}
        key = next((k for k in KEYS if k not in used), "")
        specs = [*self.specs(), CounterSpec("", key)]
        self.fill(specs)
        new = self.table.item(len(specs) - 1, 0)
        if new is not None:
            self.table.editItem(new)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            specs = self.specs()
            del specs[row]
            self.fill(specs)

    def specs(self) -> list[CounterSpec]:
        return [CounterSpec(self._cell(r, 0), self._cell(r, 1).lower(), self._cell(r, 2),
                            self._ids[r] if r < len(self._ids) else None)
                for r in range(self.table.rowCount())]

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def save(self) -> None:
        group = self.group_id()
        if group is None:
            return
        try:
            tallies.set_group_counters(self.context.library, group, self.specs())
        except LessonStudyError as error:
            messages.show_error(self, error)
            return
        self.context.notify_changed(f"tallies:{self.teaching_id}")

    def _draw_chart(self) -> None:
        counts = tallies.tally_counts(self.context.library, self.teaching_id)
        segments = live.load_live(self.context.library, self.teaching_id).segments
        group = self.group_id()
        series = [(c.code or c.label, [counts.by_segment.get(c.id, {}).get(s.id, 0)
                                       for s in segments])
                  for c in counts.counters if c.group_id == group]
        self.chart.set_data([s.title for s in segments], series)

"""The department view's filter bar: team, cycle, date range and free text.

Every change builds one :class:`DepartmentFilter` and emits it, so the table
filters as the user types. Dates are typed as YYYY-MM-DD (what the packet
prints); a date that is not valid yet is left out of the filter and the bar
says why in a line under it, instead of a dialog popping up mid-typing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from lessonstudy.domain.department import DepartmentFilter, DepartmentRow, parse_iso_date
from lessonstudy.domain.errors import ValidationError
from lessonstudy.ui.department.model import tr


class FilterBar(QWidget):
    """Filter controls; ``changed`` carries the new filter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team_combo = self._combo("teamFilter")
        self.cycle_combo = self._combo("cycleFilter")
        self.from_edit = self._date_edit("fromFilter")
        self.to_edit = self._date_edit("toFilter")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("textFilter")
        self.text_edit.setPlaceholderText(tr("Words in lesson, team, theme, teacher…"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(self._emit)
        self.problem = QLabel()
        self.problem.setObjectName("filterProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self._rows: list[DepartmentRow] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, (label, widget) in enumerate((
                (tr("Team:"), self.team_combo), (tr("Cycle:"), self.cycle_combo),
                (tr("From:"), self.from_edit), (tr("To:"), self.to_edit))):
            layout.addWidget(QLabel(label), 0, 2 * column)
            layout.addWidget(widget, 0, 2 * column + 1)
        # Search on a row of its own: beside four filters it shrank to "…" at 1024 px.
        layout.addWidget(QLabel(tr("Search:")), 1, 0)
        layout.addWidget(self.text_edit, 1, 1, 1, 7)
        layout.setColumnStretch(8, 1)
        layout.addWidget(self.problem, 2, 0, 1, 9)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._combo_changed)
        return combo

    def _date_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText("YYYY-MM-DD")
        edit.setMaxLength(10)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000-00-00__") + 16)
        edit.textChanged.connect(self._emit)
        return edit

    def set_choices(self, rows: Sequence[DepartmentRow]) -> None:
        """Offer the teams and cycles that have rows; keep what was chosen if still there."""
        self._rows = list(rows)
        teams = {r.team_id: r.team_name for r in rows}
        self._fill(self.team_combo, tr("All teams"), sorted(teams.items(), key=lambda t: t[1]))
        self._fill_cycles()
        self._emit()

    def _fill_cycles(self) -> None:
        team = self.team_combo.currentData()
        cycles = {r.cycle_id: f"{r.research_theme or tr('(no theme)')} — {r.team_name}"
                  for r in self._rows if team is None or r.team_id == team}
        self._fill(self.cycle_combo, tr("All cycles"), sorted(cycles.items(), key=lambda c: c[1]))

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: Sequence[tuple[int, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        found = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _combo_changed(self) -> None:
        if self.sender() is self.team_combo:
            self.cycle_combo.blockSignals(True)
            self._fill_cycles()
            self.cycle_combo.blockSignals(False)
        self._emit()

    def current_filter(self) -> DepartmentFilter:
        """The filter the controls describe; invalid dates are left out (and reported)."""
        problems: list[str] = []
        start = self._date(self.from_edit, tr("start date"), problems)
        end = self._date(self.to_edit, tr("end date"), problems)
        try:
            chosen = DepartmentFilter(self.team_combo.currentData(),
                                      self.cycle_combo.currentData(), start, end,
                                      self.text_edit.text())
        except ValidationError as error:
            problems.append(error.message)
            chosen = DepartmentFilter(self.team_combo.currentData(),
                                      self.cycle_combo.currentData(), None, None,
                                      self.text_edit.text())
        self.problem.setText(" ".join(problems))
        return chosen

    @staticmethod
    def _date(edit: QLineEdit, what: str, problems: list[str]) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_iso_date(text, what)
        except ValidationError as error:
            problems.append(error.message)
            return None

    def _emit(self) -> None:
        self.changed.emit(self.current_filter())

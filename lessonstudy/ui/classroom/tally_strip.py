"""The row of tally counters in the live lesson: one button (and key) per counter, with counts.

Each press is stored at once on the running segment. A press while the lesson
clock is not running is refused and said so in the strip itself, not in a
dialog: an observer mid-lesson must not have to dismiss a box.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.services import tallies
from lessonstudy.services.tallies import Counter, TallyCounts
from lessonstudy.ui.live.controller import LiveController


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


class TallyStrip(QWidget):
    """Counters of one observer group (chosen in the strip) with their running totals."""

    def __init__(self, controller: LiveController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tallyStrip")
        self.controller = controller
        self.counters: list[Counter] = []
        self.counts = TallyCounts(())
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("tallyGroupCombo")
        self.group_combo.currentIndexChanged.connect(lambda _i: self._lay_out_buttons())
        self.message = QLabel()
        self.message.setObjectName("tallyMessage")
        self.message.setWordWrap(True)
        palette = self.message.palette()  # not a style sheet: the first one in the window
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#C0201A"))  # cost ~20 ms
        self.message.setPalette(palette)
        # two buttons a row: four in one row made the map column ~480 px wide at least,
        # which left the notes beside it too narrow to read on a 1024-px laptop
        self._buttons_row = QGridLayout()
        self.buttons: dict[int, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Tallies for")))
        top.addWidget(self.group_combo)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(self._buttons_row)
        column.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        library = self.controller.context.library
        found = tallies.counters(library, self.controller.teaching_id)
        self.counts = tallies.tally_counts(library, self.controller.teaching_id)
        if found == self.counters and self.buttons:
            self._label_buttons()  # only the counts moved: keep the buttons
            return
        self.counters = found
        picked = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group_id, name in dict.fromkeys((c.group_id, c.group_name) for c in self.counters):
            self.group_combo.addItem(name, group_id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(picked)))
        self.group_combo.blockSignals(False)
        if self.parentWidget() is not None:  # never flash up as a window of its own
            self.setVisible(bool(self.counters))
        self._lay_out_buttons()

    def group_counters(self) -> list[Counter]:
        group = self.group_combo.currentData()
        return [c for c in self.counters if c.group_id == group]

    def _lay_out_buttons(self) -> None:
        while self._buttons_row.count():
            item = self._buttons_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for place, counter in enumerate(self.group_counters()):
            button = QPushButton()
            button.setObjectName(f"tally_{counter.key}")
            button.clicked.connect(lambda _c=False, cid=counter.id: self.count(cid))
            self.buttons[counter.id] = button
            self._buttons_row.addWidget(button, place // 2, place % 2)
            button.show()
        self._label_buttons()

    def _label_buttons(self) -> None:
        for counter in self.group_counters():
            button = self.buttons.get(counter.id)
            if button is not None:
                button.setText(f"{counter.key.upper()} · {counter.code or counter.label}: "
                               f"{self.counts.total(counter.id)}")
                button.setToolTip(tr("{name}: press {key} on the map to count").format(
                    name=counter.label, key=counter.key.upper()))

    def press_key(self, key: str) -> bool:
        """Count the counter with this key in the chosen group; False when no counter has it."""
        found = next((c for c in self.group_counters() if c.key == key), None)
        if found is None:
            return False
        self.count(found.id)
        return True

    def count(self, counter_id: int) -> None:
        """Count one now; the press joins the live lesson's undo list (Ctrl+Z takes it back)."""
        library = self.controller.context.library
        try:
            mark = tallies.add_mark(library, self.controller.teaching_id, counter_id,
                                    self.controller.clock.now())
        except LessonStudyError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        label = next((c.label for c in self.counters if c.id == counter_id), "")
        self.controller.undo_stack.push(TallyPress(self, mark, label))
        self.counts_changed()

    def counts_changed(self) -> None:
        self.counts = tallies.tally_counts(self.controller.context.library,
                                           self.controller.teaching_id)
        self._label_buttons()
        self.controller.context.notify_changed(f"tallies:{self.controller.teaching_id}")


class TallyPress(QUndoCommand):
    """One counted press; undo takes it back, redo puts it back at the same moment."""

    def __init__(self, strip: TallyStrip, mark: tallies.Mark, label: str) -> None:
        super().__init__(tr("Count {name}").format(name=label))
        self.strip, self.mark = strip, mark
        self.library = strip.controller.context.library
        self._stored = True  # the press was stored before the command was pushed

    def redo(self) -> None:
        if self._stored:
            return
        self._apply(lambda: tallies.restore_mark(self.library, self.mark))

    def undo(self) -> None:
        mark = self.mark

        def take_back() -> tallies.Mark:
            tallies.remove_mark(self.library, mark.id)
            return mark

        self._apply(take_back)
        self._stored = False

    def _apply(self, action: Callable[[], tallies.Mark]) -> None:
        try:
            self.mark = action()
        except LessonStudyError as error:
            self.setObsolete(True)
            if shiboken6.isValid(self.strip):
                self.strip.message.setText(str(error))
            return
        if shiboken6.isValid(self.strip):
            self.strip.counts_changed()

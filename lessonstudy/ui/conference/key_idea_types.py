""""Key ideas → feedback": the recorder picks a feedback type for each idea before they are added.

A group's key ideas are rarely all strengths: "Objective 3 needs more time" is
a suggestion, "C 類學生數格子出錯" a concern. The dialog lists the ideas not yet
turned into feedback, each with a type box (a question mark suggests
"Question", otherwise "Strength"); OK adds them all as one undoable step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.enums import FeedbackType
from lessonstudy.ui.conference.feedback_form import TYPE_LABELS, tr


def suggested_type(idea: str) -> FeedbackType:
    """A question mark suggests a question; anything else starts as a strength."""
    return FeedbackType.QUESTION if idea.rstrip().endswith(("?", "？")) else FeedbackType.STRENGTH


class KeyIdeaTypesDialog(QDialog):
    """One type box per key idea; :meth:`types` maps each idea to the type chosen."""

    def __init__(self, group: str, ideas: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyIdeaTypesDialog")
        self.setWindowTitle(tr("Key ideas → feedback"))
        self.boxes: list[tuple[str, QComboBox]] = []
        form = QFormLayout()
        for idea in ideas:
            box = QComboBox()
            for kind, name in TYPE_LABELS.items():
                box.addItem(tr(name), kind.value)
            box.setCurrentIndex(box.findData(suggested_type(idea).value))
            text = QLabel(idea)
            text.setWordWrap(True)
            form.addRow(text, box)
            self.boxes.append((idea, box))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose the type of each of {group}'s key ideas:").format(group=group))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def types(self) -> dict[str, str]:
        return {idea: str(box.currentData()) for idea, box in self.boxes}


def ask_types(parent: QWidget, group: str, ideas: list[str]) -> dict[str, str] | None:
    """The types the recorder chose, or None if they cancelled."""
    dialog = KeyIdeaTypesDialog(group, ideas, parent)
    return dialog.types() if dialog.exec() else None

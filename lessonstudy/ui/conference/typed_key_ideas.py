"""Type a group's four key ideas in the window, without photographing its iBoard.

Boards are often wiped before anyone photographs them, or the recorder simply
hears the four ideas as the group reports. "Type key ideas…" opens four boxes
filled with the group's typed set (the ideas already transcribed from its
photos are listed above them, so nobody types them twice); OK stores them
through :mod:`lessonstudy.services.key_ideas`, the one place that decides a
group's key ideas, as one undoable step, and broadcasts ``keyideas:<teaching>``
so the conference, report button and search refresh. The Conference tab's
Feedback page and the Photos tab both offer it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.domain.observation_form import KEY_IDEA_COUNT
from lessonstudy.services.key_ideas import (
    KEY_IDEA_CHARS,
    TypedKeyIdeas,
    typed_key_ideas,
    write_typed_key_ideas,
)
from lessonstudy.storage.library import Library
from lessonstudy.ui import messages
from lessonstudy.ui.conflict import save_or_resolve

Ask = Callable[[QWidget, TypedKeyIdeas], list[str] | None]
Announce = Callable[[str], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyIdeas", text)


class TypedKeyIdeasDialog(QDialog):
    """Four boxes for a group's typed key ideas; :meth:`ideas` is what they say."""

    def __init__(self, current: TypedKeyIdeas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typedKeyIdeasDialog")
        self.setWindowTitle(tr("Type key ideas"))
        intro = QLabel(tr("The four key ideas {group} wrote on its iBoard, typed without a "
                          "photo. Leave a box empty for fewer.").format(group=current.group_name))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if current.on_photos:
            listed = "".join(f"<li>{escape(text)}</li>" for text in current.on_photos)
            on_photos = QLabel(tr("Already transcribed from its photos:") + f"<ul>{listed}</ul>")
            on_photos.setObjectName("ideasOnPhotos")
            on_photos.setWordWrap(True)
            layout.addWidget(on_photos)
        form = QFormLayout()
        self.edits: list[QLineEdit] = []
        for number in range(1, KEY_IDEA_COUNT + 1):
            edit = QLineEdit()
            edit.setObjectName(f"typedKeyIdea{number}")
            edit.setMaxLength(KEY_IDEA_CHARS)
            edit.setPlaceholderText(tr("Key idea {n}").format(n=number))
            edit.setMinimumWidth(420)
            if number <= len(current.ideas):
                edit.setText(current.ideas[number - 1])
            form.addRow(f"{number}.", edit)
            self.edits.append(edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ideas(self) -> list[str]:
        return [edit.text() for edit in self.edits]


def ask_typed_ideas(parent: QWidget, current: TypedKeyIdeas) -> list[str] | None:
    """The four boxes as the teacher left them, or None if they cancelled."""
    dialog = TypedKeyIdeasDialog(current, parent)
    return dialog.ideas() if dialog.exec() else None


class TypedKeyIdeasEdit(QUndoCommand):
    """A group's typed set changed from ``before`` to ``after``; already stored when pushed.

    Undo and redo store the other set through the service, checked against the
    set this window last stored (a colleague's newer set asks "reload theirs
    or keep mine"; reloading takes the step off the stack).
    """

    def __init__(self, library: Library, before: TypedKeyIdeas, after: TypedKeyIdeas,
                 announce: Announce) -> None:
        super().__init__(tr("Type key ideas of {group}").format(group=after.group_name))
        self._library, self._before, self._after = library, before, after
        self._announce = announce
        self._version = after.row_version
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._put(self._after.ideas)

    def undo(self) -> None:
        self._put(self._before.ideas)

    def _put(self, ideas: tuple[str, ...]) -> None:
        library, group_id = self._library, self._after.group_id
        try:
            saved = save_or_resolve(
                None, lambda v: write_typed_key_ideas(library, group_id, ideas, v),
                self._version, reload=lambda: None)
        except LessonStudyError as error:  # e.g. the group was deleted meanwhile
            self.setObsolete(True)
            messages.show_error(None, error)  # the tab may be gone; the stack is not
            return
        if saved is None:  # the teacher kept the colleague's set
            self.setObsolete(True)
        else:
            self._version = saved.row_version
        self._announce(f"keyideas:{self._after.teaching_id}")


def type_key_ideas(parent: QWidget, library: Library, group_id: int, stack: QUndoStack,
                   announce: Announce, ask: Ask = ask_typed_ideas) -> TypedKeyIdeas | None:
    """Ask for a group's typed key ideas, store them and push the undo step.

    Returns the stored set, or None when the teacher cancelled, kept a
    colleague's set, or the service refused (the reason was shown).
    """
    try:
        current = typed_key_ideas(library, group_id)
        wanted = ask(parent, current)
        if wanted is None:
            return None
        announced = f"keyideas:{current.teaching_id}"
        saved = save_or_resolve(
            parent, lambda v: write_typed_key_ideas(library, group_id, wanted, v),
            current.row_version, reload=lambda: announce(announced))
    except LessonStudyError as error:
        messages.show_error(parent, error)
        return None
    if saved is None or saved.ideas == current.ideas:
        return saved
    stack.push(TypedKeyIdeasEdit(library, current, saved, announce))
    announce(announced)
    return saved

""""Changed by X at T — reload, or keep yours?": one dialog for every save that lost a race.

On a shared server a save can fail with :class:`ConflictError` because a
colleague saved the same record first. Every editor offers the same choice,
worded the same way, through :func:`resolve_conflict`: reload their version
(the safe default), keep mine (the caller re-applies the user's edit on top of
the fresh record, so the colleague's save is overwritten knowingly), or cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lessonstudy.domain.errors import ConflictError

T = TypeVar("T")

def tr(text: str) -> str:
    return QCoreApplication.translate("Conflict", text)


class ConflictChoice(Enum):
    """What the user chose to do about a conflicting save."""

    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    CANCEL = "cancel"


Ask = Callable[[QWidget | None, ConflictError], ConflictChoice]


def describe(error: ConflictError) -> str:
    """"Ms Wong changed this at 2026-11-20 10:31 while you were editing it." (local time)."""
    who = error.changed_by or tr("Someone else")
    when = local_time(error.changed_at)
    if when:
        return tr("{who} changed this at {when} while you were editing it.").format(
            who=who, when=when)
    return tr("{who} changed this while you were editing it.").format(who=who)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):
        return ""


def conflict_box(parent: QWidget | None, error: ConflictError) -> QMessageBox:
    """The question, with buttons named ``reloadButton`` and ``keepMineButton``."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Changed by someone else"))
    box.setText(describe(error))
    box.setInformativeText(tr("Reload to see their version (your unsaved change is dropped), "
                              "or keep yours to save it over theirs."))
    reload_button = box.addButton(tr("Reload theirs"), QMessageBox.ButtonRole.AcceptRole)
    reload_button.setObjectName("reloadButton")
    keep = box.addButton(tr("Keep mine"), QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keepMineButton")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    return box


def ask_about_conflict(parent: QWidget | None, error: ConflictError) -> ConflictChoice:
    box = conflict_box(parent, error)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"reloadButton": ConflictChoice.RELOAD,
            "keepMineButton": ConflictChoice.KEEP_MINE}.get(name, ConflictChoice.CANCEL)


def resolve_conflict(parent: QWidget | None, error: ConflictError, *,
                     reload: Callable[[], None], keep_mine: Callable[[], None],
                     ask: Ask | None = None) -> ConflictChoice:
    """Ask, then call ``reload`` or ``keep_mine``; returns the choice."""
    choice = (ask or ask_about_conflict)(parent, error)
    if choice is ConflictChoice.RELOAD:
        reload()
    elif choice is ConflictChoice.KEEP_MINE:
        keep_mine()
    return choice


def save_or_resolve(parent: QWidget | None, save: Callable[[int | None], T],
                    expected: int | None, *, reload: Callable[[], None],
                    ask: Ask | None = None) -> T | None:
    """Call ``save(expected)``; if someone else saved first, let the user choose.

    ``expected`` is the record's ``row_version`` the editor loaded (or last
    saved). On a ConflictError the dialog asks: *Reload theirs* calls
    ``reload`` (the edit is dropped) and returns None; *Keep mine* saves again
    with the record's current version (asking again should yet another save
    have come in between); *Cancel* returns None and changes nothing. Other
    errors propagate. Returns what ``save`` returned when it saved.
    """
    while True:
        try:
            return save(expected)
        except ConflictError as error:
            choice = resolve_conflict(parent, error, reload=reload, keep_mine=lambda: None,
                                      ask=ask)
            if choice is not ConflictChoice.KEEP_MINE:
                return None
            expected = error.current_version


def undo_expected(known: int | None, stored_version: int, stored: object,
                  last_saved: object) -> int | None:
    """The version an undo or redo step of a form edit sends to :func:`save_or_resolve`.

    ``known`` is the record's version this window last saved; ``stored`` and
    ``stored_version`` what the record holds now; ``last_saved`` what this
    window's last save of the same fields stored. When the record still holds
    exactly that, a newer version came from changes the step leaves alone (a
    drag to another group, a rotated photo, an undo that re-created the row),
    so the step saves over the stored version without asking. Otherwise
    someone changed these fields since, and ``known`` makes the save ask
    "reload theirs or keep mine" (0, which no record has, if ``known`` is
    unknown or happens to equal the stored version).
    """
    if stored == last_saved:
        return stored_version
    return known if known is not None and known != stored_version else 0

"""Undoable conference edits: each one already went through a service when it is pushed.

A service call can be refused (a blank text, a segment of another version),
and Qt calls ``redo()`` from C++ where an exception cannot reach the user. So
every edit is made once by the screen, through a service, and only a
successful edit is pushed as a :class:`ServiceEdit` whose first ``redo`` does
nothing. Later undo/redo calls go through services again and carry whatever
state the service returned (a deleted item's snapshot, a restored item's new
id), so they stay correct however often the teacher goes back and forth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from lessonstudy.services import actions as act
from lessonstudy.services import conference as conf
from lessonstudy.services import feedback as fb
from lessonstudy.storage.library import Library
from lessonstudy.ui.conflict import save_or_resolve

Step = Callable[[Any], Any]
Key = tuple[str, int]


class NotSaved(Exception):
    """An undo or redo met a colleague's change and the user reloaded theirs (or cancelled)."""


class ServiceEdit(QUndoCommand):
    """An edit already applied; ``undo_step``/``redo_step`` take and return the edit's state."""

    def __init__(self, text: str, state: Any, undo_step: Step, redo_step: Step,
                 refresh: Callable[[], None], report: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self._state = state
        self._undo_step, self._redo_step = undo_step, redo_step
        self._refresh, self._report = refresh, report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo_step)

    def undo(self) -> None:
        self._run(self._undo_step)

    def _run(self, step: Step) -> None:
        try:
            self._state = step(self._state)
        except NotSaved:  # the user already chose: theirs stays, this step leaves the stack
            self.setObsolete(True)
        except Exception as error:  # shown through the message bridge
            self.setObsolete(True)
            self._report(error)
        self._refresh()


class EditFactory:
    """Builds the conference's undo commands around one library and one refresh.

    Edits of a record loaded in a form send its ``row_version``; ``known``
    keeps the version this window last saved per record, so an undo or redo
    over a colleague's newer save asks "reload theirs or keep mine" too.
    """

    def __init__(self, library: Library, refresh: Callable[[], None],
                 report: Callable[[BaseException], None], *,
                 parent: QWidget | None = None) -> None:
        self.library = library
        self._refresh, self._report = refresh, report
        self.parent = parent
        self.known: dict[Key, int] = {}

    def _edit(self, text: str, state: Any, undo_step: Step, redo_step: Step) -> ServiceEdit:
        return ServiceEdit(text, state, undo_step, redo_step, self._refresh, self._report)

    def save_checked(self, key: Key, save: Callable[[int | None], Any],
                     expected: int | None, reload: Callable[[], None] | None = None) -> Any:
        """Save a form's edit made from version ``expected``; None if the user reloaded theirs.

        A colleague's save meanwhile asks "reload or keep mine" (``reload``
        defaults to refreshing the conference); the version saved is
        remembered for later undo and redo steps.
        """
        result = save_or_resolve(self.parent, save, expected, reload=reload or self._refresh)
        if result is not None:
            self.known[key] = result.row_version
        return result

    def _resave(self, key: Key, save: Callable[[int | None], Any]) -> Any:
        """An undo or redo step: checked against the version this window last saved."""
        result = save_or_resolve(self.parent, save, self.known.get(key), reload=lambda: None)
        if result is None:
            raise NotSaved
        self.known[key] = result.row_version
        return result

    # -- feedback ------------------------------------------------------------
    def added_feedback(self, text: str, records: Sequence[fb.FeedbackRecord]) -> ServiceEdit:
        """Undo deletes the added items; redo puts them back."""
        lib = self.library
        return self._edit(
            text, list(records),
            lambda recs: [fb.delete_feedback(lib, r.id) for r in reversed(recs)][::-1],
            lambda gone: [fb.restore_feedback(lib, d) for d in gone])

    def deleted_feedback(self, text: str, deleted: fb.DeletedFeedback) -> ServiceEdit:
        lib = self.library
        return self._edit(text, deleted, lambda d: fb.restore_feedback(lib, d),
                          lambda r: fb.delete_feedback(lib, r.id))

    def edited_feedback(self, text: str, feedback_id: int, old: fb.FeedbackDraft,
                        new: fb.FeedbackDraft) -> ServiceEdit:
        """Undo puts ``old`` back, redo ``new``; each checked as in :meth:`_resave`."""
        lib = self.library

        def put(draft: fb.FeedbackDraft) -> Step:
            return lambda i: self._resave(
                ("feedback", i), lambda v: fb.update_feedback(lib, i, draft, v)).id

        return self._edit(text, feedback_id, put(old), put(new))

    # -- actions -------------------------------------------------------------
    def added_action(self, text: str, record: act.ActionRecord) -> ServiceEdit:
        lib = self.library
        return self._edit(text, record, lambda r: act.delete_action(lib, r.id),
                          lambda r: act.restore_action(lib, r))

    def changed_action(self, text: str, before: act.ActionRecord,
                       step: Callable[[int, int | None], act.ActionRecord]) -> ServiceEdit:
        """Status changes: undo puts the earlier status (and closing version) back.

        Redo repeats ``step``; both are checked as in :meth:`_resave`, and the
        action keeps its id.
        """
        lib = self.library

        def back(action_id: int) -> int:
            return self._resave(("action", action_id), lambda v: act.restore_action_status(
                lib, action_id, before, v)).id

        def again(action_id: int) -> int:
            return self._resave(("action", action_id), lambda v: step(action_id, v)).id

        return self._edit(text, before.id, back, again)

    # -- agenda and details --------------------------------------------------
    def agenda_time(self, text: str, item_id: int, old: int | None, new: int | None) -> ServiceEdit:
        lib = self.library
        return self._edit(text, item_id,
                          lambda i: conf.record_agenda_time(lib, i, old).id,
                          lambda i: conf.record_agenda_time(lib, i, new).id)

    def agenda_record(self, text: str, item_id: int, old: str, new: str) -> ServiceEdit:
        """Undo puts the step's earlier record back, redo the new one; both version-checked."""
        lib = self.library

        def put(record: str) -> Step:
            return lambda i: self._resave(
                ("agenda", i), lambda v: conf.write_agenda_record(lib, i, record, v)).id

        return self._edit(text, item_id, put(old), put(new))

    def agenda_step(self, text: str, old: conf.AgendaEntry, new: conf.AgendaEntry) -> ServiceEdit:
        lib = self.library

        def put(entry: conf.AgendaEntry) -> Step:
            return lambda i: conf.update_agenda_item(
                lib, i, title=entry.title, speaker=entry.speaker,
                planned_minutes=entry.planned_minutes).id

        return self._edit(text, old.id, put(old), put(new))

    def details(self, text: str, old: conf.ConferenceInfo,
                new: conf.ConferenceInfo) -> ServiceEdit:
        lib = self.library

        def put(info: conf.ConferenceInfo) -> Step:
            return lambda i: self._resave(("conference", i), lambda v: conf.update_details(
                lib, i, facilitator=info.facilitator, recorder=info.recorder,
                principles=info.principles, expected_version=v)).id

        return self._edit(text, old.id, put(old), put(new))

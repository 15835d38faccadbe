"""Group commit for phones' notes: one writer thread stores what arrived meanwhile, together.

Every stored note costs a disk sync (SQLite's ``synchronous=FULL``), about
30 ms on this machine; 100 phones sending a note every three seconds would
queue up behind one another. The writer takes every note waiting in its
queue (up to ``MAX_BATCH``), stores them in one transaction through
:func:`~lessonstudy.services.phone_observation.add_notes`, and answers each
request with its own outcome. A failure of the whole transaction (the
library is busy) fails every request of that batch; the phones keep their
drafts and send again.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import N_
from lessonstudy.services.phone_observation import PhoneNote, add_notes

if TYPE_CHECKING:
    from lessonstudy.services.note_records import Note
    from lessonstudy.storage.library import Library

MAX_BATCH = 200

Waiting = tuple[PhoneNote, "Future[Note]"]


class NoteWriter:
    """The single writer of one opening's notes."""

    def __init__(self, library: Library, teaching_id: int, now: Callable[[], datetime],
                 on_stored: Callable[[list[Note]], None]) -> None:
        self.library = library
        self.teaching_id = teaching_id
        self.now = now
        self.on_stored = on_stored
        self._queue: queue.Queue[Waiting | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="observation-notes", daemon=True)
        self._thread.start()

    def submit(self, note: PhoneNote) -> Future[Note]:
        waiting: Future[Note] = Future()
        if not self._thread.is_alive():  # the observation was closed meanwhile
            waiting.set_exception(LessonStudyError(N_("This observation has been closed.")))
            return waiting
        self._queue.put((note, waiting))
        return waiting

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(10)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # stop after this batch
                    break
                batch.append(more)
            self._write(batch)

    def _write(self, batch: list[Waiting]) -> None:
        try:
            outcomes = add_notes(self.library, self.teaching_id, [n for n, _f in batch],
                                 self.now())
        except Exception as error:  # the whole transaction failed: every phone sends again
            for _note, waiting in batch:
                waiting.set_exception(error)
            return
        stored = [o for o in outcomes if not isinstance(o, LessonStudyError)]
        try:
            if stored:  # the window hears of them before any phone is answered
                self.on_stored(stored)
        finally:
            for (_note, waiting), outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, LessonStudyError):
                    waiting.set_exception(outcome)
                else:
                    waiting.set_result(outcome)

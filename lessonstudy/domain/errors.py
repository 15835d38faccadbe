"""Expected problems, kept apart from bugs.

Everything a teacher can cause (a bad file, an unknown lesson, an impossible
timing) raises a :class:`LessonStudyError` whose message is written for that
teacher. The GUI shows it in a plain dialog and the CLI prints it as one line;
any other exception is a bug and goes to the crash dialog or a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class LessonStudyError(Exception):
    """An expected problem with a message a teacher understands, in the reader's language.

    ``message`` is the English text, or a message id marked with ``N_`` whose ``{name}``
    placeholders are filled from ``arguments``: ``NotFoundError(N_("No lesson called
    '{title}'."), title=title)``. It is translated when it is read (``str(error)``,
    ``error.message``), so the CLI prints it in ``--lang``/``LANG`` and the window in the
    interface language, whichever thread raised it.
    """

    def __init__(self, message: str, **arguments: object) -> None:
        super().__init__(message)
        self.message_id = message
        self.arguments = arguments

    @property
    def message(self) -> str:
        from lessonstudy.i18n import _  # late: the i18n package reports its own errors with us

        text = _(self.message_id)
        return text.format(**self.arguments) if self.arguments else text

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (photo workers): keep the id, arguments and extras.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[LessonStudyError], args: tuple[object, ...],
             state: dict[str, object]) -> LessonStudyError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class NotFoundError(LessonStudyError):
    """A lesson, teaching, group or other record that does not exist."""


class AmbiguousNameError(LessonStudyError):
    """A title that matches more than one record; the user must use an id."""


class ValidationError(LessonStudyError):
    """Input that breaks a rule; ``problems`` lists every problem found."""

    def __init__(self, message: str, problems: Sequence[str] = (), **arguments: object) -> None:
        super().__init__(message, **arguments)
        self.problems: list[str] = list(problems)
        self.listed = False

    @classmethod
    def from_problems(cls, summary: str, problems: Iterable[str],
                      **arguments: object) -> ValidationError:
        """One error carrying all problems, shown as a summary plus a list.

        ``summary`` is a message id like any other (translated when read, ``{name}`` filled
        from ``arguments``); the problem lines are already in the reader's language (the
        code that finds a problem writes it with ``_()``), so only the summary waits.
        """
        error = cls(summary, list(problems), **arguments)
        error.listed = True
        return error

    @property
    def message(self) -> str:
        text = super().message
        if getattr(self, "listed", False) and self.problems:
            text += "\n" + "\n".join(f"- {p}" for p in self.problems)
        return text


class FrozenVersionError(LessonStudyError):
    """A lesson version already used by a teaching cannot be edited."""


class ConflictError(LessonStudyError):
    """Someone else changed the same record since it was read.

    ``current_version`` is the record's row version now, when known: saving
    again with it as the expected version ("keep mine") overwrites their change
    knowingly, unless a third person saved in between.
    """

    def __init__(self, message: str, changed_by: str = "", changed_at: str = "",
                 current_version: int | None = None, **arguments: object) -> None:
        super().__init__(message, **arguments)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version


class StorageError(LessonStudyError):
    """The library file is unusable: corrupt, locked, unreadable."""


class DatabaseTooNewError(StorageError):
    """The library was written by a newer Lesson Study than this one."""


class ImportRejectedError(ValidationError):
    """A file offered for import was refused as a whole; nothing was stored."""


class ImageError(LessonStudyError):
    """A photo that cannot be imported: empty, truncated, unsupported, too large."""


class ClockError(LessonStudyError):
    """A lesson clock action that does not fit its state (pause before start, next after end)."""


class OperationCancelled(LessonStudyError):
    """The user stopped a long job (a packet build); nothing half-done was kept."""

"""A sentence for a teacher that is translated when it is read, not when it is written.

Photo import results are written on worker processes and storing threads, and read
later by the window or the CLI in the reader's language (``--lang``, View → Language).
A message turned into a ``str`` where it was found would stay in whatever language was
in force there (English on a spawned worker), so results keep a :class:`LateText` —
the message id (marked with ``N_``) and its arguments — and render it when shown,
exactly as :class:`~lessonstudy.domain.errors.LessonStudyError` does for errors.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LateText:
    """``message_id`` (English, ``{name}`` placeholders) and the values for them.

    Arguments that are themselves ``LateText`` are rendered first, so a per-file line
    can hold a translated reason. It pickles, so worker processes may return it.
    """

    message_id: str
    arguments: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, message_id: str, **arguments: object) -> LateText:
        return cls(message_id, tuple(arguments.items()))

    def render(self) -> str:
        """The text in the language in force now."""
        from lessonstudy.i18n import _  # late: i18n reports its own errors through domain

        values = {name: value.render() if isinstance(value, LateText) else value
                  for name, value in self.arguments}
        text = _(self.message_id)
        return text.format(**values) if values else text

    def __str__(self) -> str:
        return self.render()

"""Find files shipped in ``resources/`` (fonts, icons, translations, demo data).

One lookup for every caller, so the same code works from a source checkout
(``lessonstudy/../resources``) and from a PyInstaller bundle, where the data
files are unpacked under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from lessonstudy.domain.errors import LessonStudyError
from lessonstudy.i18n import N_

RESOURCES_DIR_NAME = "resources"


class MissingResourceError(LessonStudyError):
    """A file that should ship with Lesson Study is missing: the install is broken."""


def _candidate_roots() -> list[Path]:
    """Places ``resources/`` may live, most specific first."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / RESOURCES_DIR_NAME)
    roots.append(Path(__file__).resolve().parent.parent / RESOURCES_DIR_NAME)
    return roots


@cache
def resources_root() -> Path:
    """The ``resources/`` folder in use; raises if none is found."""
    for root in _candidate_roots():
        if root.is_dir():
            return root
    tried = ", ".join(str(r) for r in _candidate_roots())
    raise MissingResourceError(N_("Lesson Study's resources folder is missing (looked in "
                                  "{tried})."),
                               tried=tried)


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    Raises :class:`MissingResourceError` if the file does not exist, so a
    broken install is reported with the file's name instead of a later crash.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(N_("Lesson Study is missing a file it needs: {path}"), path=path)
    return path

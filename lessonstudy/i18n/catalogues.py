"""Load the compiled print catalogues (``resources/translations/print/*.mo``) once each.

The ``.mo`` files are compiled from the ``.po`` tables by ``tools/update_print_catalogues.py``
and committed, so an install needs no build step (like the interface's ``.qm``). Loading is
cached and thread-safe (``functools.cache`` on a pure read); a missing catalogue is a broken
install and says which file is missing.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

CATALOGUE_FOLDER = ("translations", "print")


def catalogue_file_name(code: str) -> str:
    """``zh-HK`` → ``zh_HK.mo``."""
    return code.replace("-", "_") + ".mo"


@cache
def catalogue(code: str) -> gettext.NullTranslations:
    """The translations of one language (``zh-HK``, ``zh-CN``, ``ja``)."""
    from lessonstudy.resources import resource_path  # resources → errors → i18n: import late

    path: Path = resource_path(*CATALOGUE_FOLDER, catalogue_file_name(code))
    with path.open("rb") as stream:
        return gettext.GNUTranslations(stream)

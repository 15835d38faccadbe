"""What this install of Lesson Study includes, in words a school's IT person can check.

A frozen bundle can silently lose a part (ReportLab's compiled accelerator is
loaded through ``exec`` and PyInstaller does not see it; the PostgreSQL driver
was bundled only if the build machine had it). ``lessonstudy about`` prints this
list, and the frozen smoke test reads it to prove the bundle is complete.
Kept Qt-free: it must run headless on a server or in CI.
"""

from __future__ import annotations

import importlib
import platform
import sys
from dataclasses import dataclass

from lessonstudy import __version__
from lessonstudy.i18n import _


@dataclass(frozen=True)
class Component:
    """One part of the install: whether it is there, and its version or what is missing."""

    key: str
    name: str
    present: bool
    detail: str
    required: bool = True  # a source install may leave out the PostgreSQL driver


def _version_of(module_name: str) -> tuple[bool, str]:
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        return False, str(exc)
    return True, str(getattr(module, "__version__", ""))


def _accelerator() -> Component:
    from reportlab.lib import rl_accel

    missing = sorted(rl_accel._py_funcs)
    detail = _("all helpers compiled") if not missing else _("pure-Python fallback for: {names}") \
        .format(names=", ".join(missing))
    return Component("rl_accel", _("ReportLab accelerator"), not missing, detail)


def components() -> list[Component]:
    """Every optional or easily lost part, checked by really importing it."""
    found = [Component("lessonstudy", "Lesson Study", True, __version__),
             Component("python", "Python", True,
                       f"{platform.python_version()} ({'frozen' if _frozen() else 'source'})")]
    present, version = _version_of("reportlab")
    found.append(Component("reportlab", "ReportLab", present, version))
    found.append(_accelerator())
    for key, name, module in (("heic", _("HEIC photos (pi-heif)"), "pi_heif"),
                              ("postgresql", _("PostgreSQL driver (psycopg)"), "psycopg"),
                              ("babel", _("Dates and numbers per language (Babel)"), "babel"),
                              ("pillow", "Pillow", "PIL")):
        present, detail = _version_of(module)
        required = key != "postgresql" or _frozen()  # bundles promise it (shared-server.md)
        found.append(Component(key, name, present, detail, required))
    return found


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))

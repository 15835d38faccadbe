"""Screenshots of every tab of the main window at laptop sizes, light and dark, in each language.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/window_screenshots.py OUT_DIR
        [--sizes 1024x768,1280x800] [--themes light,dark] [--languages en,zh_HK,zh_CN,ja]
        [--dialogs]

Loads the demo into a temporary library and grabs the window (offscreen
``QWidget.grab()``, no display needed) for the lesson, a version, a research
teaching (every tab) and the department view. The pictures are for people to
look at: issue 14 asks for every tab at 1024×768 and 1280×800 to be checked.
``--dialogs`` also grabs the dialogs and the other windows (teaching, new
version, new lesson, observer, group, focus areas, typed key ideas, key-idea
types, photo import results, the "changed by someone else" question, the
projector, the photo viewer), each sized for a screen of the chosen size.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def dark_palette() -> object:
    """A plain dark palette (what a desktop's dark theme hands Qt)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e8e8e8"),
                         (role.Base, "#1e1e1e"), (role.AlternateBase, "#262626"),
                         (role.Text, "#e8e8e8"), (role.Button, "#353535"),
                         (role.ButtonText, "#e8e8e8"), (role.Highlight, "#2f65ca"),
                         (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#3b3b3b"),
                         (role.ToolTipText, "#f0f0f0"), (role.PlaceholderText, "#9a9a9a"),
                         (role.Link, "#7ab4ff"), (role.Mid, "#4a4a4a"), (role.Dark, "#181818"),
                         (role.Light, "#505050"), (role.Midlight, "#404040")):
        palette.setColor(name, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1024x768,1280x800")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--languages", default="en,zh_HK")  # also zh_CN, ja
    parser.add_argument("--dialogs", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from lessonstudy.services.demo import load_demo
    from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
    from lessonstudy.ui import settings
    from lessonstudy.ui.application import build_window, install_cjk_font, install_translations

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    light = app.palette()
    install_cjk_font()
    folder = Path(tempfile.mkdtemp(prefix="ls-shots-"))
    for language in args.languages.split(","):
        settings.LANGUAGE.set(language if language != "en" else "")
        translators = install_translations(app)
        for theme in args.themes.split(","):
            app.setPalette(dark_palette() if theme == "dark" else light)  # type: ignore[arg-type]
            for size in args.sizes.split(","):
                width, height = (int(n) for n in size.split("x"))
                _shoot(build_window, folder, args.out, f"{language}-{theme}-{size}",
                       width, height, (LessonNode, VersionRef, TeachingRef), load_demo,
                       args.dialogs)
        for translator in translators:
            app.removeTranslator(translator)
    settings.LANGUAGE.set("")
    return 0


def _shoot(build_window, folder, out, prefix, width, height, kinds, load_demo,  # type: ignore[no-untyped-def]
           dialogs=False) -> None:
    from PySide6.QtWidgets import QApplication

    from lessonstudy.ui.main_window import open_library

    window = build_window(str(folder))
    window.resize(width, height)
    window.show()
    open_library(window)
    if window.tree_model.rowCount() == 0:
        load_demo(window.context.library)
        window.context.notify_changed()
    lesson, version, teaching = kinds
    for label, predicate in (
            ("lesson", lambda n: isinstance(n, lesson)),
            ("version", lambda n: isinstance(n, version) and n.number == 2),
            ("teaching", lambda n: isinstance(n, teaching) and n.kind == "research")):
        window.select_node(predicate)
        tabs = window.detail.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _settle()  # tabs read their data off the GUI thread
            name = tabs.tabText(index).replace("&", "").replace(" ", "_").replace("/", "_")
            window.grab().save(str(out / f"{prefix}-{label}-{index}-{name}.png"))
    from lessonstudy.ui.department import open_department_view

    view = open_department_view(window)
    if view is not None:
        QApplication.processEvents()
        view.grab().save(str(out / f"{prefix}-department.png"))
        view.close()
    from lessonstudy.ui.help import show_help

    guides = show_help(window)
    QApplication.processEvents()
    guides.grab().save(str(out / f"{prefix}-help.png"))
    guides.close()
    if dialogs:
        _shoot_dialogs(window, out, prefix, width, height)
    window.context.close()
    window.close()
    window.deleteLater()
    QApplication.processEvents()



def _shoot_dialogs(window, out, prefix, width, height) -> None:  # type: ignore[no-untyped-def]
    """Every dialog and extra window, on a screen of ``width``×``height`` (less a task bar)."""
    from pathlib import Path as _Path

    from PySide6.QtCore import QRect

    from lessonstudy.domain.enums import TeachingKind
    from lessonstudy.domain.errors import ConflictError
    from lessonstudy.services.focus_areas import list_focus_areas
    from lessonstudy.services.key_ideas import typed_key_ideas
    from lessonstudy.services.notes import note_choices
    from lessonstudy.services.observer_records import GroupInput, ObserverInput
    from lessonstudy.services.photo_records import ImportOutcome, ImportReport, ImportStatus
    from lessonstudy.services.records import TeachingRef
    from lessonstudy.ui import screen_fit
    from lessonstudy.ui.conference.key_idea_types import KeyIdeaTypesDialog
    from lessonstudy.ui.conference.typed_key_ideas import TypedKeyIdeasDialog
    from lessonstudy.ui.conflict import conflict_box
    from lessonstudy.ui.live.controller import controller_for
    from lessonstudy.ui.live.projector import ProjectorView
    from lessonstudy.ui.observers.dialogs import GroupDialog, ObserverDialog
    from lessonstudy.ui.observers.focus_dialog import FocusAreaDialog
    from lessonstudy.ui.photos.import_results import ImportResultsDialog
    from lessonstudy.ui.photos.photos_tab import PhotosTab
    from lessonstudy.ui.planning.new_lesson import NewLessonDialog
    from lessonstudy.ui.planning.teaching_dialog import TeachingDialog
    from lessonstudy.ui.planning.version_dialogs import NewVersionDialog

    screen_fit.available_geometry = lambda widget: QRect(0, 0, width, height - 40)
    library = window.context.library
    window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    teaching = window.selected_node()
    group_id = note_choices(library, teaching.id).groups[0][0]
    report = ImportReport((
        ImportOutcome(_Path("IMG_0412.jpg"), ImportStatus.IMPORTED, "IMG_0412.jpg", 1),
        ImportOutcome(_Path("IMG_0413.jpg"), ImportStatus.DUPLICATE,
                      "IMG_0413.jpg: the same photo is already in this teaching."),
        ImportOutcome(_Path("notes.docx"), ImportStatus.FAILED,
                      "notes.docx: not a photo (JPEG, PNG, HEIC or WebP)."),
    ))

    def viewer():  # type: ignore[no-untyped-def]
        photos = window.detail.widget_of(PhotosTab, show=True)
        _settle()
        return photos.open_viewer(photos.controller.proxy.index(0, 0))

    makers = {
        "teaching-dialog": lambda: TeachingDialog(2, True, TeachingKind.RESEARCH, window),
        "new-version": lambda: NewVersionDialog(2, window),
        "new-lesson": lambda: NewLessonDialog(window.context, window),
        "observer": lambda: ObserverDialog(ObserverInput("黃美玲 Wong Mei Ling"), window),
        "group": lambda: GroupDialog(list_focus_areas(library), ["Dr Anna Leung 梁安娜"],
                                     GroupInput("Group A", "Pupils' reasoning"), window),
        "focus-areas": lambda: FocusAreaDialog(library, window),
        "typed-key-ideas": lambda: TypedKeyIdeasDialog(typed_key_ideas(library, group_id),
                                                       window),
        "key-idea-types": lambda: KeyIdeaTypesDialog(
            "Group A", ["Objectives on the board were clear", "Give quiet students a role"],
            window),
        "photo-import-results": lambda: ImportResultsDialog(report, window),
        "conflict": lambda: conflict_box(window, ConflictError(
            "changed", "張老師 Ms Cheung", "2026-11-20T10:31:00+08:00", 4)),
        "projector": lambda: ProjectorView(controller_for(window.context, teaching.id), window),
        "photo-viewer": viewer,
    }
    for name, make in makers.items():
        widget = make()
        widget.show()
        _settle(0.2)
        widget.grab().save(str(out / f"{prefix}-dialog-{name}.png"))
        widget.close()
        widget.deleteLater()


def _settle(seconds: float = 0.4) -> None:
    """Let the reads a tab started off the GUI thread arrive and be drawn."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    raise SystemExit(main())

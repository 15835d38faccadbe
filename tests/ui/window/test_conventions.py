"""Conventions a teacher expects: menus in their places, Help offline, the guided cycle."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from lessonstudy.services.plans import load_plan
from lessonstudy.services.records import LessonNode, TeachingRef, VersionRef
from lessonstudy.services.teachings import load_timings
from lessonstudy.ui.help import HelpWindow, guides, show_help
from lessonstudy.ui.main_window import MainWindow
from lessonstudy.ui.observers.board import ObserverBoard
from lessonstudy.ui.planning import teaching_dialog
from lessonstudy.ui.planning.teaching_view import TeachingView
from lessonstudy.ui.planning.versions_view import VersionsView


def _tab(window: MainWindow, kind: type) -> object:
    tab = window.detail.widget_of(kind, show=True)
    assert tab is not None, kind
    return tab


def test_quit_is_last_in_file_and_help_has_the_guides(demo_window: MainWindow) -> None:
    file_actions = [a for a in demo_window.menu("file").actions() if not a.isSeparator()]
    assert file_actions[-1].objectName() == "actionQuit"
    help_names = [a.objectName() for a in demo_window.menu("help").actions()]
    assert help_names == ["actionHelp", "actionAbout"]
    assert demo_window.findChild(QAction, "actionHelp").shortcut().toString() == "F1"


def test_a_teachings_tabs_follow_the_cycle(demo_window: MainWindow) -> None:
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    tabs = demo_window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    order = ["Timings", "Observer groups", "Observation forms", "Live lesson", "Photos",
             "Conference"]
    assert [t for t in titles if t in order] == order


def test_the_guides_open_offline_and_follow_links(qtbot, demo_window: MainWindow) -> None:
    titles = [guide.title for guide in guides()]
    assert titles[0] == "Co-planning a lesson" and len(titles) >= 8
    window = show_help(demo_window)
    assert isinstance(window, HelpWindow)
    assert "New lesson" in window.browser.toPlainText()
    window.guide_list.setCurrentRow(titles.index("Live lesson mode") if "Live lesson mode"
                                    in titles else 3)
    assert window.browser.toPlainText().strip()
    assert show_help(demo_window) is window, "F1 again brings the same window forward"
    assert window.width() <= 1000


def test_record_a_teaching_asks_its_facts_and_the_status_follows(
        qtbot, demo_window: MainWindow, monkeypatch) -> None:
    library = demo_window.context.library
    lesson_id = load_plan(library, 1).lesson_id
    assert demo_window.select_node(lambda n: isinstance(n, LessonNode) and n.id == lesson_id)
    view = _tab(demo_window, VersionsView)
    assert isinstance(view, VersionsView)

    def fill(dialog: teaching_dialog.TeachingDialog) -> int:
        assert dialog.kind.currentText() == "Research lesson"  # version 2 is frozen already
        dialog.kind.setCurrentIndex(dialog.kind.findData("rehearsal"))
        dialog.date.setDate(QDate(2026, 12, 1))
        dialog.class_name.setText("2D")
        dialog.teacher.setText("Ms Wong")
        assert dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).text() == "Record"
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(teaching_dialog.TeachingDialog, "exec", fill)
    teaching_id = view.record_teaching()
    assert teaching_id is not None
    details = load_timings(library, teaching_id).details
    assert (details.kind, str(details.date), details.class_name, details.teacher) == (
        "rehearsal", "2026-12-01", "2D", "Ms Wong")
    assert isinstance(demo_window.selected_node(), TeachingRef)


def test_changing_a_rehearsal_to_a_research_lesson_marks_the_version_taught(
        qtbot, demo_window: MainWindow) -> None:
    from lessonstudy.services.teachings import TeachingInput, record_teaching
    from lessonstudy.services.versions import new_version

    library = demo_window.context.library
    version = new_version(library, 2)
    teaching_id = record_teaching(library, version.id, TeachingInput(class_name="2E"))
    demo_window.context.notify_changed("teaching")
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.id == teaching_id)
    timings = _tab(demo_window, TeachingView)
    assert isinstance(timings, TeachingView)
    timings.kind.setCurrentIndex(timings.kind.findData("research"))
    assert timings.save()
    label = demo_window.tree_model.find(
        lambda n: isinstance(n, VersionRef) and n.id == version.id).data()
    assert "taught" in label, label


def test_move_to_group_from_the_keyboard_menu(qtbot, demo_window: MainWindow) -> None:
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    board = _tab(demo_window, ObserverBoard)
    assert isinstance(board, ObserverBoard)
    column = board.columns[1]
    column.view.setCurrentIndex(column.model.index(0))
    board._set_current(column)
    name = column.model.person(0).name
    menu = board.move_menu()
    targets = [a for a in menu.actions() if a.text() == board.columns[2].group.name]
    assert targets and targets[0].isEnabled()
    targets[0].trigger()
    qtbot.waitUntil(lambda: name in [p.name for p in board.columns[2].model.members()])
    more = board.toolbar.more_menu
    assert more.actions()[0].objectName() == "actionMoveTo"
    assert more.actions()[0].shortcut().toString() == "Ctrl+M"


def test_a_saved_plan_is_announced_and_its_folder_remembered(
        qtbot, demo_window: MainWindow, tmp_path, monkeypatch) -> None:
    from pathlib import Path

    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from lessonstudy.ui import outputs
    from lessonstudy.ui.planning import print_plan

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
                        and False)  # no PDF viewer installed on this laptop
    out = tmp_path / "plans"
    out.mkdir()
    asked: list[str] = []

    def save_as(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(out / "plan.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert demo_window.select_node(lambda n: isinstance(n, VersionRef) and n.number == 2)
    operation = print_plan.export_plan(demo_window.context, demo_window,
                                       demo_window.selected_node())
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    notice = demo_window.saved_notice
    qtbot.waitUntil(lambda: notice.isVisibleTo(demo_window))
    assert notice.path == out / "plan.pdf"
    assert "No program could open plan.pdf" in notice.label.text()  # the viewer failed
    assert opened == [str(out / "plan.pdf")]
    notice.show_folder()
    assert opened[-1] == str(out)
    assert Path(outputs.suggested_path("plan", "next.pdf")) == out / "next.pdf"
    assert Path(outputs.suggested_path("report", "r.pdf")).parent != out  # per kind


def test_each_open_dialog_starts_where_its_kind_of_file_was_last_picked(
        demo_window: MainWindow, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from lessonstudy.ui.forms.forms_tab import FormsTab
    from lessonstudy.ui.photos.photos_tab import PhotosTab

    asked: list[tuple[str, str]] = []  # (dialog title, start folder)
    picks: dict[str, str] = {}  # dialog title -> the file the teacher picks

    def pick_one(_parent, title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append((title, start))
        return picks.get(title, ""), ""

    def pick_many(_parent, title, start, _filter):  # type: ignore[no-untyped-def]
        asked.append((title, start))
        return ([picks[title]] if title in picks else []), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick_one)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick_many)
    assert demo_window.select_node(lambda n: isinstance(n, TeachingRef) and n.kind == "research")
    photos = demo_window.detail.widget_of(PhotosTab)
    forms = demo_window.detail.widget_of(FormsTab)
    board = demo_window.detail.widget_of(ObserverBoard)
    assert photos is not None and forms is not None and board is not None
    monkeypatch.setattr(photos, "import_files", lambda _files: None)
    monkeypatch.setattr(forms, "import_files", lambda _paths: None)
    monkeypatch.setattr(demo_window.exchange, "import_from", lambda _path: None)
    dialogs = {
        "Import photos": photos.choose_files,
        "Import filled observation forms": forms.choose_and_import,
        "Import lesson": demo_window.exchange.import_file,
        "Import roster": lambda: board.toolbar.import_roster(),
    }
    folders = {}
    for index, title in enumerate(dialogs):
        folders[title] = tmp_path / f"kind{index}"
        folders[title].mkdir()
        picks[title] = str(folders[title] / "picked.file")
    monkeypatch.setattr(board, "push", lambda _run: None)
    for open_dialog in dialogs.values():
        open_dialog()
    first = dict(asked)
    assert all(start not in {str(f) for f in folders.values()} for start in first.values())
    asked.clear()
    picks.clear()  # this time the teacher cancels: nothing is remembered
    for open_dialog in dialogs.values():
        open_dialog()
    assert dict(asked) == {title: str(folder) for title, folder in folders.items()}

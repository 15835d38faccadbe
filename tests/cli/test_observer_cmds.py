"""``roster import``, ``assign`` and ``groups`` on the command line."""

from __future__ import annotations

from pathlib import Path

from lessonstudy.storage.library import Library
from tests.cli.clirun import run_cli
from tests.printing.pdfcheck import assert_all_fonts_embedded, page_texts
from tests.services.observers.support import membership, stored

ROSTER = "姓名,學校,角色,組別\n陳大文,沙田學院,諍友,甲組\n李小明,Island School,,\n"


def _roster_file(tmp_path: Path, text: str, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_roster_import_stores_the_rows(tmp_path: Path, data_dir: Path,
                                       demo_library: Library) -> None:
    result = run_cli("--data-dir", data_dir, "roster", "import", "2",
                     _roster_file(tmp_path, ROSTER))
    assert result.code == 0, result.err
    assert "Imported 2 observers from roster.csv into teaching 2; 1 placed" in result.out
    assert "Created groups: 甲組." in result.out
    placed = membership(demo_library, 2)
    assert placed["陳大文"] == ("甲組", True) and placed["李小明"] == (None, False)
    again = run_cli("--data-dir", data_dir, "roster", "import", "2",
                    _roster_file(tmp_path, ROSTER))
    assert "Imported 0 observers" in again.out
    assert "note: line 2: '陳大文' (沙田學院) is already in the list; skipped." in again.out


def test_a_bad_roster_exits_1_with_one_line_and_stores_nothing(
        tmp_path: Path, data_dir: Path, demo_library: Library) -> None:
    before = stored(demo_library)
    bad = _roster_file(tmp_path, "name,school,role\nChan,,critic\n,Island School,\n", "bad.csv")
    result = run_cli("--data-dir", data_dir, "roster", "import", "2", bad)
    assert result.code == 1 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("lessonstudy: error: bad.csv was not imported")
    assert "line 2: role 'critic' is not known (did you mean 'critical friend'?" in lines[0]
    assert "line 3: name is empty" in lines[0]
    assert stored(demo_library) == before


def test_missing_file_and_unknown_teaching(tmp_path: Path, data_dir: Path,
                                           demo_library: Library) -> None:
    missing = run_cli("--data-dir", data_dir, "roster", "import", "2", tmp_path / "nope.csv")
    assert missing.code == 1 and "There is no file" in missing.err
    unknown = run_cli("--data-dir", data_dir, "assign", "99")
    assert unknown.code == 1 and "No teaching with id or lesson title '99'" in unknown.err


def test_assign_prints_sizes_and_is_deterministic(tmp_path: Path, data_dir: Path,
                                                  demo_library: Library) -> None:
    rows = "\n".join(f"Visitor {n},School {n % 4}," + ("critical friend" if n < 2 else "")
                     for n in range(14))
    run_cli("--data-dir", data_dir, "roster", "import", "1",
            _roster_file(tmp_path, "name,school,role\n" + rows + "\n"))
    first = run_cli("--data-dir", data_dir, "assign", "1", "--groups", "2", "--seed", "5")
    assert first.code == 0, first.err
    assert "to 2 groups (seed 5); 14 moved" in first.out
    assert "Created groups: Group A, Group B." in first.out
    assert "  Group A: 7\n  Group B: 7\n" in first.out
    split = membership(demo_library, 1)
    again = run_cli("--data-dir", data_dir, "assign", "1", "--groups", "2", "--seed", "5")
    assert "0 moved" in again.out and membership(demo_library, 1) == split
    refused = run_cli("--data-dir", data_dir, "assign", "1", "--groups", "0")
    assert refused.code == 1 and "at least 1" in refused.err


def test_groups_lists_and_prints_the_group_list(tmp_path: Path, data_dir: Path,
                                                demo_library: Library) -> None:
    listing = run_cli("--data-dir", data_dir, "groups", "2")
    assert listing.code == 0, listing.err
    assert "Group A — Objectives and learning guides / workbooks (8)" in listing.out
    assert "★ Dr Anna Leung 梁安娜, Education University of Hong Kong — critical friend" in (
        listing.out)
    out = tmp_path / "groups.pdf"
    printed = run_cli("--data-dir", data_dir, "groups", "2", "--out", out)
    assert printed.code == 0, printed.err
    assert "(3 pages)" in printed.out
    pages = page_texts(out)
    assert "Mr Tse Kwok Wing 謝國榮" in pages[1] and "Mr Tse Kwok Wing 謝國榮" not in pages[0]
    assert_all_fonts_embedded(out)
    nowhere = run_cli("--data-dir", data_dir, "groups", "2", "--out", tmp_path / "no" / "x.pdf")
    assert nowhere.code == 1 and "cannot be written" in nowhere.err


def test_groups_listing_names_roles_in_the_chosen_language(data_dir: Path,
                                                          demo_library: Library) -> None:
    """The roles once stayed English ("— visitor") in a Japanese or Chinese listing."""
    listing = run_cli("--data-dir", data_dir, "groups", "2", "--lang", "ja")
    assert listing.code == 0, listing.err
    assert "— クリティカル・フレンド" in listing.out and "— 来校者" in listing.out
    assert "— visitor" not in listing.out and "— critical friend" not in listing.out

"""Packaging files that cannot all run here: their syntax and every path they name.

The Windows and macOS recipes (.github/workflows/desktop.yml, the Inno Setup script) run
only on a public CI service; this checks they parse and point at files that exist. The
Linux files (.desktop, MIME type, .deb layout) are checked here and, built for real, by
tests/test_bundle_build.py.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from PIL import Image

from tools import build_deb

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "desktop.yml"
ISS = ROOT / "packaging" / "windows" / "lessonstudy.iss"
LINUX = ROOT / "packaging" / "linux"


def test_the_workflow_is_valid_yaml_with_both_systems() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    jobs = flow["jobs"]
    assert {job["runs-on"] for job in jobs.values()} == {"windows-latest", "macos-latest"}
    for job in jobs.values():
        runs = "\n".join(step.get("run", "") for step in job["steps"])
        assert "pyinstaller --noconfirm build.spec" in runs
        for smoke in ("about", " demo", " check", " report 2", "--lang zh-HK", "photos add"):
            assert smoke in runs
    assert "ISCC.exe" in str(jobs["windows"]) and "hdiutil create" in str(jobs["macos"])


def test_every_path_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text("utf-8")
    named = set(re.findall(r"(?:tests|packaging|resources)[/\\][\w./\\-]+", text))
    named.add("build.spec")
    assert named >= {"packaging\\windows\\lessonstudy.iss",
                     "tests/imaging/data/iphone-orientation-6.heic"}
    missing = [p for p in named if not (ROOT / p.replace("\\", "/")).exists()]
    assert missing == []


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("#"):
            assert re.match(r"#(ifndef|define|endif)\b", line), line
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections[current] = []
            continue
        assert current is not None, f"text before any section: {line}"
        sections[current].append(line)
    return sections


def test_the_inno_setup_script_parses_and_its_files_exist() -> None:
    sections = _iss_sections(ISS.read_text("utf-8"))
    assert {"Setup", "Files", "Icons", "Registry"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["ChangesAssociations"] == "yes"
    for key in ("LicenseFile", "SetupIconFile"):
        assert (ISS.parent / setup[key].replace("\\", "/")).is_file(), key
    assert (ISS.parent / setup["OutputDir"].replace("\\", "/")).resolve().parent == ROOT
    for line in sections["Files"] + sections["Registry"] + sections["Icons"]:
        for field in re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line):
            value = field[1].strip()
            assert value.count('"') % 2 == 0, line
    source = re.search(r'Source: "([^"]+)"', "\n".join(sections["Files"])).group(1)
    assert source.replace("\\", "/") == "../../dist/LessonStudy/*"  # what build.spec makes
    assert any(".lsb" in line for line in sections["Registry"])


def test_the_windows_version_resource_template_is_a_python_expression() -> None:
    text = (ROOT / "packaging" / "windows" / "version_info.txt.in").read_text("utf-8")
    text = text.replace("@VERSION_TUPLE@", "(0, 1, 0, 0)").replace("@VERSION@", "0.1.0")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    made = eval(text, {name: (lambda *a, **k: (a, k)) for name in names})
    assert made is not None


def test_build_spec_compiles_and_names_its_icons() -> None:
    spec = (ROOT / "build.spec").read_text("utf-8")
    compile(spec, "build.spec", "exec")
    for name in re.findall(r'"(lessonstudy\.(?:ico|icns))"', spec):
        assert (ROOT / "resources" / "icons" / name).is_file()
    assert '"_rl_accel"' in spec and "BUNDLE(" in spec and "version=VERSION_FILE" in spec


def test_the_desktop_entry_and_mime_type_agree() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "lessonstudy.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "lessonstudy"
    assert desktop["Exec"] == f"/{build_deb.INSTALL_DIR}/LessonStudy %f"
    mime = ET.parse(LINUX / "lessonstudy-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-lessonstudy-bundle"
    assert desktop["MimeType"].rstrip(";") == kind.get("type")
    assert kind.find("m:glob", ns).get("pattern") == "*.lsb"  # type: ignore[union-attr]
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(LINUX / "lessonstudy.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_the_icon_files_have_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    for size in build_deb.ICON_SIZES:
        assert Image.open(icons / f"lessonstudy-{size}.png").size == (size, size)
    ico = Image.open(icons / "lessonstudy.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert Image.open(icons / "lessonstudy.icns").size[0] >= 512


def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "LessonStudy"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("LessonStudy", "lessonstudy-cli"):
        (bundle / name).write_text("#!/bin/sh\necho frozen\n")
        (bundle / name).chmod(0o755)
    return bundle


def test_the_deb_layout_and_control_file(tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(_fake_bundle(tmp_path), root, "0.1.0", "amd64")
    control = (root / "DEBIAN" / "control").read_text("utf-8")
    assert "Package: lessonstudy\nVersion: 0.1.0\nArchitecture: amd64" in control
    assert "libxcb-cursor0" in control and "libxcb-icccm4" in control
    launcher = root / "usr" / "bin" / "lessonstudy-cli"
    assert "exec /opt/lessonstudy/lessonstudy-cli" in launcher.read_text()
    assert launcher.stat().st_mode & 0o111
    assert (root / "opt" / "lessonstudy" / "LessonStudy").stat().st_mode & 0o111


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not available")
def test_dpkg_deb_builds_a_package_from_a_bundle(tmp_path: Path) -> None:
    deb = build_deb.build(_fake_bundle(tmp_path), tmp_path / "out", fast=True)
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Depends"],
                          capture_output=True, text=True, check=True).stdout
    assert "lessonstudy" in info and "libxkbcommon-x11-0" in info

"""Wrap the PyInstaller bundle in a Debian package (``lessonstudy_<version>_<arch>.deb``).

A school's IT installs it with ``sudo apt install ./lessonstudy_….deb`` (apt fetches the
few X libraries Qt needs, named in ``Depends``). It puts:

- the bundle under ``/opt/lessonstudy`` (Lesson Study brings its own Python and Qt);
- launchers ``/usr/bin/lessonstudy`` (the window, or any command) and
  ``/usr/bin/lessonstudy-cli`` (commands, for scripts);
- the menu entry ``lessonstudy.desktop``, the ``.lsb`` MIME type
  (``application/x-lessonstudy-bundle``, double-click opens the import) and the icons.

No maintainer scripts: the MIME, desktop and icon caches are refreshed by the triggers
of shared-mime-info, desktop-file-utils and the icon theme, as Debian policy intends.

    .venv/bin/pyinstaller build.spec            # makes dist/LessonStudy
    .venv/bin/python tools/build_deb.py         # makes dist/lessonstudy_<version>_<arch>.deb

Needs ``dpkg-deb`` (Debian/Ubuntu). ``--fast`` compresses with gzip -1 (tests); the default
is xz, the smallest download.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
PACKAGE = "lessonstudy"
INSTALL_DIR = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

#: What Qt's xcb platform plugin and the bundle load from the system (the bundle carries
#: Qt, Python, ICU, Pillow's and psycopg's libraries itself). Alternatives cover the
#: Ubuntu 24.04 "t64" renames.
DEPENDS = (
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",  # Qt's Wayland platform plugin (Ubuntu's default session)
    "libwayland-cursor0",
    "libwayland-egl1",
)
RECOMMENDS = ("shared-mime-info", "desktop-file-utils", "fonts-noto-cjk")

LAUNCHER = """#!/bin/sh
# Lesson Study ({what}); installed by the lessonstudy package.
exec /{install_dir}/{program} "$@"
"""


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from lessonstudy import __version__

    return __version__


def _architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def stage(bundle: Path, root: Path, version: str, arch: str) -> None:
    """Lay out the package's files under ``root`` (the future ``/``) and ``root/DEBIAN``."""
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    for name, program, what in (("lessonstudy", "LessonStudy", "the window, or a command"),
                                ("lessonstudy-cli", "lessonstudy-cli", "commands")):
        _write(root / "usr" / "bin" / name,
               LAUNCHER.format(what=what, install_dir=INSTALL_DIR, program=program), 0o755)
    share = root / "usr" / "share"
    _copy(PACKAGING / "lessonstudy.desktop", share / "applications" / "lessonstudy.desktop")
    _copy(PACKAGING / "lessonstudy-mime.xml", share / "mime" / "packages" / "lessonstudy.xml")
    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = ICONS / f"lessonstudy-{size}.png"
        _copy(png, hicolor / f"{size}x{size}" / "apps" / "lessonstudy.png")
        _copy(png, hicolor / f"{size}x{size}" / "mimetypes" /
              "application-x-lessonstudy-bundle.png")
    _copy(ICONS / "lessonstudy.svg", hicolor / "scalable" / "apps" / "lessonstudy.svg")
    _copy(ROOT / "LICENSE", share / "doc" / PACKAGE / "copyright")
    _control(root, version, arch)


def _installed_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024


def _control(root: Path, version: str, arch: str) -> None:
    control = "\n".join([
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        "Maintainer: Lesson Study maintainers <lessonstudy@localhost>",
        f"Installed-Size: {_installed_kib(root)}",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Section: education",
        "Priority: optional",
        "Description: plan, teach, observe and debrief lessons together",
        " Lesson Study is a desktop app for teacher teams doing lesson study and",
        " open classes: timed lesson plans with versions, observer groups and forms,",
        " notes and iBoard photos, post-lesson conference reports and packets.",
        " Works offline; one SQLite library per folder, or a shared PostgreSQL server.",
        "",
    ])
    _write(root / "DEBIAN" / "control", control)


def build(bundle: Path, out_dir: Path, *, fast: bool = False) -> Path:
    """Build the .deb from ``bundle`` into ``out_dir``; returns its path."""
    if not (bundle / "LessonStudy").is_file() or not (bundle / "lessonstudy-cli").is_file():
        raise SystemExit(f"build_deb: {bundle} is not a built bundle (run pyinstaller "
                         "build.spec first)")
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("build_deb: dpkg-deb is missing (build on Debian or Ubuntu)")
    version, arch = _version(), _architecture()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="lessonstudy-deb-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir(mode=0o755)
        os.chmod(root, 0o755)
        stage(bundle, root, version, arch)
        compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
        subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root),
                        str(target)], check=True, capture_output=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "LessonStudy",
                        help="the PyInstaller one-folder bundle (default: dist/LessonStudy)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="folder for the .deb")
    parser.add_argument("--fast", action="store_true", help="gzip -1 instead of xz (tests)")
    args = parser.parse_args(argv)
    target = build(args.bundle, args.out, fast=args.fast)
    print(f"build_deb: wrote {target} ({target.stat().st_size // (1024 * 1024)} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

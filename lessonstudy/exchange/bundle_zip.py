"""Open a ``.lsb`` zip defensively, and write one atomically.

A bundle comes from another laptop, a USB stick or an e-mail: it is checked
before a byte is used. Member names must be exactly the ones a bundle has
(no absolute paths, ``..``, backslashes, symlinks or surprises), sizes and
counts have ceilings, and a member that inflates far beyond its compressed
size (a zip bomb) is refused. Sizes in the zip's headers are not trusted:
reading stops at the ceiling whatever the header said.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lessonstudy.domain.errors import ImportRejectedError
from lessonstudy.i18n import N_, _

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 256 * 1024  # small members may compress well; they cannot hurt
NAME_RULE = re.compile(r"(manifest|lesson)\.json|(photos|thumbnails)/[0-9a-f]{64}\.jpg")
FOLDERS = ("photos/", "thumbnails/")


def _unsafe(name: str) -> str:
    """Why ``name`` is unsafe as a path, or ""."""
    if "\\" in name:
        return "a backslash in the path"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "an absolute path"
    if ".." in name.split("/"):
        return _("a path that climbs out of the bundle (..)")
    if "\x00" in name:
        return _("a NUL character in the path")
    return ""


def member_problems(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Every reason not to open this zip, judged from its directory alone."""
    problems: list[str] = []
    if len(infos) > MAX_MEMBERS:
        return [_("it has {count} files; a bundle may have at most {limit}").format(
            count=len(infos), limit=MAX_MEMBERS)]
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        why = _unsafe(name) or _kind_problem(info)
        if not why and name in seen:
            why = _("it appears twice")
        seen.add(name)
        if not why and name not in FOLDERS and not NAME_RULE.fullmatch(name):
            why = _("not a file a Lesson Study bundle contains")
        why = why or _size_problem(info)
        total += info.file_size
        if why:
            problems.append(_("member '{name}': {why}").format(name=name[:120], why=why))
    if total > MAX_TOTAL_BYTES:
        problems.append(_("it unpacks to {size} MB; the limit is {limit} MB").format(
                            size=total // 2 ** 20, limit=MAX_TOTAL_BYTES // 2 ** 20))
    return problems


def _kind_problem(info: zipfile.ZipInfo) -> str:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return _("a symbolic link")
    if info.flag_bits & 0x1:
        return _("encrypted")
    return ""


def _size_problem(info: zipfile.ZipInfo) -> str:
    if info.file_size > MAX_MEMBER_BYTES:
        return _("{size} MB, larger than the {limit} MB a bundle file may have").format(
            size=info.file_size // 2**20, limit=MAX_MEMBER_BYTES // 2**20)
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1):
        return _("it would inflate {times} times (a zip bomb?)").format(
            times=info.file_size // max(info.compress_size, 1))
    return ""


@contextmanager
def open_bundle(path: Path) -> Iterator[zipfile.ZipFile]:
    """The zip at ``path``, after its directory passed every check."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ImportRejectedError(N_("There is no file {path}."), path=path) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRejectedError(
            N_("{name} is not a Lesson Study bundle (it is not a readable zip file: {exc})."),
            name=path.name, exc=exc
        ) from None
    with archive:
        problems = member_problems(archive.infolist())
        if problems:
            raise ImportRejectedError.from_problems(
                N_("{name} was not imported: it is not safe to open."), problems, name=path.name)
        yield archive


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, never more than ``MAX_MEMBER_BYTES`` whatever its header says."""
    try:
        with archive.open(name) as stream:
            data = stream.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ImportRejectedError(
            N_("The bundle is damaged: {name} cannot be read ({exc})."),
            name=name, exc=exc) from None
    if len(data) > MAX_MEMBER_BYTES:
        raise ImportRejectedError(N_("The bundle is not safe to open: {name} is too large."),
                                  name=name)
    return data


def _new_partial_file(folder: Path) -> Path:
    """An empty, uniquely named file in ``folder`` with the user's usual permissions.

    ``tempfile.mkstemp`` makes files only their owner may read; renamed into place
    that kept colleagues from importing a bundle from a shared folder.
    """
    while True:
        path = folder / f".partial-{secrets.token_hex(8)}.lsb"
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return path


class BundleWriter:
    """Writes members to a temporary file and renames it into place only when complete."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self._temp = _new_partial_file(target.parent)
        self._zip = zipfile.ZipFile(self._temp, "w")

    def add(self, name: str, data: bytes, *, compress: bool = True) -> None:
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = method
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, data)

    def commit(self) -> Path:
        self._zip.close()
        os.replace(self._temp, self.target)
        return self.target

    def abort(self) -> None:
        self._zip.close()
        self._temp.unlink(missing_ok=True)

"""A generator of hostile and malformed files for every importer (issue 20's reliability suite).

Each :class:`Case` is one file a teacher might be sent (or an attacker might
craft): zip bombs, path traversal, manifest lies, huge numbers, control
characters, pixel bombs, truncated images, rosters in every encoding, forms
that are not ours. ``make_cases`` builds them from a real demo bundle and a
real fillable form, so the hostile parts are the only unusual thing in them.
``accepted`` marks the few that are fine and must be imported correctly.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter

from tests.exchange.exchange_helpers import manifest_bytes, write_zip
from tests.imaging.photo_samples import encode, marked_image, phone_exif, png_header_only

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "docs" / "lesson-example"


@dataclass(frozen=True)
class Case:
    """One hostile input: which command reads it, its file name and how to write it."""

    name: str
    command: str  # "import" (bundle, JSON, form), "roster" or "photos"
    file: str
    write: Callable[[Path], None]
    accepted: bool = False


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# -- bundles ------------------------------------------------------------------------------


def _members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _bundle(base: dict[str, bytes], **changes: bytes | None) -> Callable[[Path], None]:
    members = dict(base)
    for name, data in changes.items():
        real = name.replace("__", "/").replace("_json", ".json")
        if data is None:
            members.pop(real, None)
        else:
            members[real] = data
    return lambda path: write_zip(path, members) and None


def _bundle_members(base: dict[str, bytes], members: dict[str, bytes], *,
                     symlinks: tuple[str, ...] = ()) -> Callable[[Path], None]:
    return lambda path: write_zip(path, {**base, **members}, symlinks=symlinks) and None


def _lesson(base: dict[str, bytes], edit: Callable[[dict[str, Any]], Any]) -> bytes:
    doc = json.loads(base["lesson.json"])
    edit(doc)
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit that sets ``a.b.0.c`` (list indexes as numbers) to ``value``."""
    def edit(doc: dict[str, Any]) -> None:
        node: Any = doc
        keys = path.split(".")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value
    return edit


def bundle_cases(good: Path) -> list[Case]:
    base = _members(good)
    photo = next(n for n in base if n.startswith("photos/"))
    thumb = photo.replace("photos/", "thumbnails/")
    gps = encode(marked_image((3000, 2000)), "JPEG", quality=80, exif=phone_exif(6))
    gps_name = f"photos/{hashlib.sha256(gps).hexdigest()}.jpg"
    cases = [
        Case("bundle: not a zip", "import", "junk.lsb", _bytes(b"PK\x03\x04 not a zip at all")),
        Case("bundle: empty file", "import", "empty.lsb", _bytes(b"")),
        Case("bundle: zip bomb lesson.json", "import", "bomb.lsb",
             _bundle(base, lesson_json=b"\0" * (20 * 1024 * 1024))),
        Case("bundle: traversal ../", "import", "up.lsb",
             _bundle_members(base, {"../evil.json": b"x"})),
        Case("bundle: traversal in photos/", "import", "up2.lsb",
             _bundle_members(base, {"photos/../../etc/passwd": b"x"})),
        Case("bundle: absolute path", "import", "abs.lsb",
             _bundle_members(base, {"/etc/cron.d/evil": b"x"})),
        Case("bundle: windows drive", "import", "drive.lsb",
             _bundle_members(base, {"C:/Windows/evil.dll": b"x"})),
        Case("bundle: backslash", "import", "bs.lsb",
             _bundle_members(base, {"photos\\evil.jpg": b"x"})),
        Case("bundle: unexpected member", "import", "extra.lsb",
             _bundle_members(base, {"notes.txt": b"x"})),
        Case("bundle: symlink member", "import", "link.lsb",
             _bundle_members(base, {"photos/" + "a" * 64 + ".jpg": b"/etc/passwd"},
                             symlinks=("photos/" + "a" * 64 + ".jpg",))),
        Case("bundle: no manifest", "import", "noman.lsb", _bundle(base, manifest_json=None)),
        Case("bundle: no lesson.json", "import", "nolesson.lsb", _bundle(base, lesson_json=None)),
        Case("bundle: manifest not json", "import", "m1.lsb", _bundle(base, manifest_json=b"{")),
        Case("bundle: manifest a list", "import", "m2.lsb", _bundle(base, manifest_json=b"[]")),
        Case("bundle: manifest other format", "import", "m3.lsb",
             _bundle(base, manifest_json=manifest_bytes(format="zip-of-cats"))),
        Case("bundle: manifest future version", "import", "m4.lsb",
             _bundle(base, manifest_json=manifest_bytes(format_version=99))),
        Case("bundle: manifest huge version", "import", "m5.lsb",
             _bundle(base, manifest_json=b'{"format_version": ' + b"7" * 5000 + b"}")),
        Case("bundle: manifest lies about lesson", "import", "m6.lsb",
             _bundle(base, manifest_json=manifest_bytes(bases={"x": "not-a-hash"}))),
        Case("bundle: manifest deep", "import", "m7.lsb",
             _bundle(base, manifest_json=b"[" * 50_000 + b"]" * 50_000)),
        Case("bundle: lesson.json deep", "import", "d.lsb",
             _bundle(base, lesson_json=b"[" * 50_000 + b"]" * 50_000)),
        Case("bundle: lesson.json not utf-8", "import", "u.lsb",
             _bundle(base, lesson_json=b"\xff\xfe{\x00}\x00")),
        Case("bundle: lesson.json NaN", "import", "nan.lsb",
             _bundle(base, lesson_json=base["lesson.json"].replace(
                 b'"duration_seconds": 3000', b'"duration_seconds": NaN', 1))),
        Case("bundle: 5000-digit duration", "import", "digits.lsb",
             _bundle(base, lesson_json=base["lesson.json"].replace(
                 b'"duration_seconds": 3000', b'"duration_seconds": ' + b"9" * 5000, 1))),
        Case("bundle: 2**63 duration", "import", "big.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("duration_seconds", 2**63)))),
        Case("bundle: negative duration", "import", "neg.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("versions.0.segments.0."
                                                           "duration_seconds", -5)))),
        Case("bundle: NUL in title", "import", "nul.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("title", "Pythagoras\x00")))),
        Case("bundle: escape codes in note", "import", "esc.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("teachings.1.notes.0.text",
                                                           "\x1b[2J\x1b[31mred")))),
        Case("bundle: 300-char updated_by", "import", "by.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("updated_by", "x" * 300)))),
        Case("bundle: NUL updated_by", "import", "bynul.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("teachings.0.updated_by", "a\x00b")))),
        Case("bundle: 100k-char title", "import", "long.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("title", "t" * 100_000)))),
        Case("bundle: unknown key", "import", "key.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("teachings.0.mood", "sunny")))),
        Case("bundle: wrong type", "import", "type.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("versions.0.number", "two")))),
        Case("bundle: dangling reference", "import", "ref.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("teachings.0.version", "nowhere")))),
        Case("bundle: backward timing", "import", "timing.lsb",
             _bundle(base, lesson_json=_lesson(base, _backward_timing))),
        Case("bundle: bad date", "import", "date.lsb",
             _bundle(base, lesson_json=_lesson(base, _set("teachings.0.date", "2026-02-30")))),
        Case("bundle: lesson is a list", "import", "list.lsb", _bundle(base, lesson_json=b"[]")),
        Case("bundle: 6000 observers", "import", "crowd.lsb",
             _bundle(base, lesson_json=_lesson(base, _set(
                 "teachings.1.observers", [{"name": f"V{i}"} for i in range(6000)])))),
        Case("bundle: swapped photo", "import", "swap.lsb",
             _bundle(base, **{photo.replace("/", "__"): b"\xff\xd8 not the photo"})),
        Case("bundle: photo missing", "import", "nophoto.lsb",
             _bundle(base, **{photo.replace("/", "__"): None})),
        Case("bundle: junk thumbnail", "import", "junkthumb.lsb",
             _bundle(base, **{thumb.replace("/", "__"): b"junk"}), accepted=True),
        Case("bundle: 30000px thumbnail", "import", "bigthumb.lsb",
             _bundle(base, **{thumb.replace("/", "__"): png_header_only(30_000, 30_000)}),
             accepted=True),
        Case("bundle: photo with GPS at 3000px", "import", "gps.lsb",
             _gps_bundle(base, photo, gps, gps_name), accepted=True),
    ]
    pixel_bomb = _jpeg_claiming(encode(marked_image((64, 48)), "JPEG"), 60_000, 60_000)
    cases.append(Case("bundle: pixel bomb photo", "import", "pbomb.lsb",
                      _gps_bundle(base, photo, pixel_bomb,
                                  f"photos/{hashlib.sha256(pixel_bomb).hexdigest()}.jpg")))
    truncated = gps[: len(gps) // 3]
    cases.append(Case("bundle: truncated photo", "import", "trunc.lsb",
                      _gps_bundle(base, photo, truncated,
                                  f"photos/{hashlib.sha256(truncated).hexdigest()}.jpg")))
    png = encode(marked_image((64, 48)), "PNG")
    cases.append(Case("bundle: PNG posing as jpg", "import", "png.lsb",
                      _gps_bundle(base, photo, png,
                                  f"photos/{hashlib.sha256(png).hexdigest()}.jpg"),
                      accepted=True))
    return cases


def _backward_timing(doc: dict[str, Any]) -> None:
    timing = doc["teachings"][0]["timings"][0]
    timing["actual_start"], timing["actual_end"] = 900, 100


def _gps_bundle(base: dict[str, bytes], photo: str, data: bytes,
                name: str) -> Callable[[Path], None]:
    members = {k: v for k, v in base.items() if k != photo
               and k != photo.replace("photos/", "thumbnails/")}
    members[name] = data
    members["lesson.json"] = base["lesson.json"].replace(photo.encode(), name.encode())
    return lambda path: write_zip(path, members) and None


def _jpeg_claiming(data: bytes, width: int, height: int) -> bytes:
    out = bytearray(data)
    at = out.index(b"\xff\xc0")
    out[at + 5:at + 9] = struct.pack(">HH", height, width)
    return bytes(out)


# -- lesson JSON --------------------------------------------------------------------------


def _json_case(name: str, edit: Callable[[dict[str, Any]], Any] | None = None, *,
               text: str | bytes | None = None, accepted: bool = False,
               photos: bool = True) -> Case:
    def write(path: Path) -> None:
        if photos:
            for picture in EXAMPLE_DIR.glob("*.png"):
                (path.parent / picture.name).write_bytes(picture.read_bytes())
        if text is not None:
            path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
            return
        doc = json.loads((EXAMPLE_DIR / "lesson.json").read_text(encoding="utf-8"))
        assert edit is not None
        edit(doc)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return Case(f"json: {name}", "import", "lesson.json", write, accepted)


def json_cases() -> list[Case]:
    example = (EXAMPLE_DIR / "lesson.json").read_text(encoding="utf-8")
    return [
        _json_case("empty file", text=""),
        _json_case("not json", text="this is a lesson plan"),
        _json_case("truncated", text=example[: len(example) // 2]),
        _json_case("utf-16", text=example.encode("utf-16")),
        _json_case("latin-1 bytes", text=b'{"title": "caf\xe9"}'),
        _json_case("utf-8 with BOM", text=b"\xef\xbb\xbf" + example.encode("utf-8"),
                   accepted=True),
        _json_case("a list", text="[1, 2, 3]"),
        _json_case("a number", text="42"),
        _json_case("null", text="null"),
        _json_case("deep nesting", text="[" * 100_000 + "]" * 100_000),
        _json_case("40 levels", text="[" * 40 + "]" * 40),
        _json_case("5000-digit integer", text=example.replace(
            '"duration_seconds": 2100', '"duration_seconds": ' + "9" * 5000, 1)),
        _json_case("negative 5000 digits", text=example.replace(
            '"duration_seconds": 2100', '"duration_seconds": -' + "9" * 5000, 1)),
        _json_case("1e999", text=example.replace(
            '"duration_seconds": 2100', '"duration_seconds": 1e999', 1)),
        _json_case("NaN", text=example.replace(
            '"duration_seconds": 2100', '"duration_seconds": NaN', 1)),
        _json_case("Infinity", text=example.replace(
            '"duration_seconds": 2100', '"duration_seconds": -Infinity', 1)),
        _json_case("float duration", _set("duration_seconds", 2100.5)),
        _json_case("bool duration", _set("duration_seconds", True)),
        _json_case("2**63 segment", _set("versions.0.segments.0.duration_seconds", 2**63)),
        _json_case("NUL in title", _set("title", "Fractions\x00")),
        _json_case("escape in segment", _set("versions.0.segments.0.title", "\x1b[31mred")),
        _json_case("bell in note", _set("teachings.0.notes.0.text", "ding\x07")),
        _json_case("NUL updated_by", _set("updated_by", "me\x00")),
        _json_case("300-char updated_by", _set("updated_by", "y" * 300)),
        _json_case("updated_by a number", _set("updated_by", 7)),
        _json_case("100k title", _set("title", "x" * 100_000)),
        _json_case("unknown key", _set("colour", "blue")),
        _json_case("format version 2", _set("format_version", 2)),
        _json_case("backward timing", _backward_timing),
        _json_case("bad datetime", _set("created_at", "yesterday")),
        _json_case("id too long", _set("id", "i" * 500)),
        _json_case("duplicate ids", _set("versions.0.segments.1.id",
                                         "warm-up")),
        _json_case("photo path traversal", _set("teachings.0.photos.0.file", "../../etc/passwd")),
        _json_case("photo absolute path", _set("teachings.0.photos.0.file", "/etc/passwd")),
        _json_case("photo missing", _set("teachings.0.photos.0.file", "nothere.png")),
        _json_case("photo is the json", _set("teachings.0.photos.0.file", "lesson.json")),
        _json_case("6000 observers", _set("teachings.0.observers",
                                          [{"name": f"V{i}"} for i in range(6000)])),
        _json_case("2000 groups", _set("teachings.0.groups",
                                       [{"name": f"G{i}"} for i in range(2000)])),
        _json_case("unicode title (fine)", _set("title", "分數比較 🍰"), accepted=True),
    ]


# -- rosters ------------------------------------------------------------------------------


def _roster(name: str, data: bytes, accepted: bool = False) -> Case:
    return Case(f"roster: {name}", "roster", "roster.csv", _bytes(data), accepted)


def roster_cases() -> list[Case]:
    good = "name,school,role\n張偉,北區中學,visitor\nAnn Lee,North School,critical friend\n"
    simplified = "name,school\n张伟,北京一中\n李娜,上海市第二中学\n"
    return [
        _roster("empty", b""),
        _roster("only blank lines", b"\n\n\n"),
        _roster("heading only", b"name,school\n"),
        _roster("no name column", b"school,role\nX,visitor\n"),
        _roster("unknown column", b"nmae,school\nAnn,X\n"),
        _roster("unknown role", b"name,role\nAnn,king\n"),
        _roster("stray comma", b"name,school\nAnn,X,extra\n"),
        _roster("open quote", b'name,school\n"Ann,X\nBen,Y\n'),
        _roster("duplicate people", b"name,school\nAnn,X\nann , x\n"),
        _roster("NUL bytes", b"name,school\nAnn\x00,X\n"),
        _roster("binary junk", bytes(range(256)) * 40),
        _roster("PDF renamed", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"),
        _roster("xlsx renamed", b"PK\x03\x04" + b"\x00" * 100),
        _roster("PNG renamed", encode(marked_image((10, 10)), "PNG")),
        _roster("300-char name", ("name\n" + "n" * 300 + "\n").encode()),
        _roster("100k rows", ("name,school\n" + "".join(
            f"V{i},S{i % 9}\n" for i in range(100_000))).encode()),
        _roster("6MB file", b"name\n" + b"a" * (6 * 1024 * 1024)),
        _roster("damaged UTF-16", b"\xff\xfe" + "name\nAnn\n".encode("utf-16-le")[:-1]),
        _roster("GBK", simplified.encode("gbk"), accepted=True),
        _roster("Big5", good.encode("big5"), accepted=True),
        _roster("UTF-16 with BOM", good.encode("utf-16"), accepted=True),
        _roster("UTF-16LE no BOM", good.encode("utf-16-le"), accepted=True),
        _roster("UTF-8 BOM semicolons", ("\ufeff" + good.replace(",", ";")).encode("utf-8"),
                accepted=True),
        _roster("sep=; line", ("sep=;\n" + good.replace(",", ";")).encode("utf-8"),
                accepted=True),
        _roster("escape codes", b"name,school\n\x1b[31mAnn,X\n"),
    ]


# -- photos -------------------------------------------------------------------------------


def _photo(name: str, file: str, data: bytes, accepted: bool = False) -> Case:
    return Case(f"photo: {name}", "photos", file, _bytes(data), accepted)


def photo_cases() -> list[Case]:
    good = encode(marked_image((300, 200)), "JPEG", quality=90)
    damaged = bytearray(good)
    scan = damaged.index(b"\xff\xda")
    damaged[scan + 2:scan + 4] = struct.pack(">H", 2)
    return [
        _photo("empty", "IMG_EMPTY.jpg", b""),
        _photo("truncated", "IMG_CUT.jpg", good[: len(good) // 2]),
        _photo("text file", "notes.jpg", b"Group A notes\n" * 50),
        _photo("pixel bomb PNG", "bomb.png", png_header_only(60_000, 60_000)),
        _photo("pixel bomb JPEG header", "bomb.jpg", _jpeg_claiming(good, 65_000, 65_000)),
        _photo("GIF", "sticker.gif", encode(marked_image((60, 40)), "GIF")),
        _photo("BMP", "scan.bmp", encode(marked_image((60, 40)), "BMP")),
        _photo("TIFF", "scan.tif", encode(marked_image((60, 40)), "TIFF")),
        _photo("corrupt scan header", "IMG_BAD.jpg", bytes(damaged)),
        _photo("PDF renamed", "IMG_PDF.jpg", b"%PDF-1.4\n"),
        _photo("zero-size PNG header", "zero.png", png_header_only(0, 0)),
        _photo("1x100000 strip", "strip.png", encode(Image.new("L", (1, 40_000)), "PNG"),
               accepted=True),
        _photo("GPS and EXIF (fine)", "IMG_GPS.jpg",
               encode(marked_image((800, 600)), "JPEG", exif=phone_exif(6)), accepted=True),
        _photo("CMYK JPEG (fine)", "cmyk.jpg", encode(marked_image((80, 60)).convert("CMYK"),
                                                      "JPEG"), accepted=True),
        _photo("16-bit PNG (fine)", "deep.png",
               encode(Image.new("I;16", (64, 48), 30000), "PNG"), accepted=True),
    ]


# -- filled forms -------------------------------------------------------------------------


def form_cases(blank: Path) -> list[Case]:
    reader = PdfReader(blank)
    fields = {name: str(f.get("/V", "") or "") for name, f in (reader.get_fields() or {}).items()}
    cell = next(name for name in fields if name.endswith(".wonder"))
    raw = blank.read_bytes()

    def filled(values: dict[str, str], *, encrypt: bool = False,
               javascript: bool = False) -> bytes:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(raw)))
        for page in writer.pages:
            writer.update_page_form_field_values(page, values, auto_regenerate=False)
        if javascript:
            from pypdf.actions import JavaScript

            writer.add_open_action(JavaScript("app.alert('hello');"))
        if encrypt:
            writer.encrypt("secret")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    ok = filled({cell: "Pupils folded the strips."})
    at = ok.rindex(b"startxref")
    return [
        Case("form: blank (nothing typed)", "import", "blank.pdf", _bytes(raw)),
        Case("form: NUL typed", "import", "nul.pdf", _bytes(filled({cell: "a\x00b"}))),
        Case("form: escape codes typed", "import", "esc.pdf",
             _bytes(filled({cell: "\x1b[2Jwiped"}))),
        Case("form: password protected", "import", "locked.pdf",
             _bytes(filled({cell: "x"}, encrypt=True))),
        Case("form: with JavaScript (fine)", "import", "js.pdf",
             _bytes(filled({cell: "Pupils measured."}, javascript=True)), accepted=True),
        Case("form: truncated", "import", "cut.pdf", _bytes(ok[: len(ok) // 2])),
        Case("form: wrong startxref (fine)", "import", "xref.pdf",
             _bytes(ok[:at] + b"startxref\n12\n%%EOF\n"), accepted=True),
        Case("form: not a PDF", "import", "fake.pdf", _bytes(b"hello, not a pdf")),
        Case("form: PDF header only", "import", "head.pdf", _bytes(b"%PDF-1.7\n%%EOF\n")),
        Case("form: other library's teaching", "import", "other.pdf",
             _bytes(filled({"ls.teaching": "00000000-0000-4000-8000-000000000000", cell: "x"}))),
        Case("form: future form format", "import", "future.pdf",
             _bytes(filled({"ls.format": "99", cell: "x"}))),
        Case("form: 100k characters typed", "import", "long.pdf",
             _bytes(filled({cell: "w" * 100_000})), accepted=True),
    ]


def make_cases(good_bundle: Path, blank_form: Path) -> list[Case]:
    return [*bundle_cases(good_bundle), *json_cases(), *roster_cases(), *photo_cases(),
            *form_cases(blank_form)]

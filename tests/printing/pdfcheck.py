"""Look inside a built PDF from a test: text, fonts, images, bookmarks, pages.

Every document test (lesson plan, forms, reports, packets) asks the same
questions of its output, so the answers live here once::

    from tests.printing.pdfcheck import assert_all_fonts_embedded, pdf_text

Built on pypdf; nothing here renders pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

STANDARD_14 = frozenset({
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
    "Symbol", "ZapfDingbats",
})
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass(frozen=True)
class FontInfo:
    """One font resource: its PDF name, whether its glyphs travel in the file, its type."""

    name: str
    embedded: bool
    subtype: str


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: nesting level (0 = top), title, and 1-based page number."""

    level: int
    title: str
    page: int


def page_texts(path: Path) -> list[str]:
    """Extracted text of each page."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    """Extracted text of all pages, pages separated by newlines."""
    return "\n".join(page_texts(path))


def page_count(path: Path) -> int:
    return len(PdfReader(path).pages)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _resource_dicts(reader: PdfReader) -> list[DictionaryObject]:
    """Resources of every page and of the form XObjects they draw (not annotations)."""
    found: list[DictionaryObject] = []
    pending = [_resolve(page.get("/Resources")) for page in reader.pages]
    seen: set[int] = set()
    while pending:
        resources = pending.pop()
        if not isinstance(resources, DictionaryObject) or id(resources) in seen:
            continue
        seen.add(id(resources))
        found.append(resources)
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            stream = _resolve(xobject)
            if stream.get("/Subtype") == "/Form":
                pending.append(_resolve(stream.get("/Resources")))
    return found


def _font_dicts(reader: PdfReader) -> dict[int, DictionaryObject]:
    fonts: dict[int, DictionaryObject] = {}
    for resources in _resource_dicts(reader):
        for ref in (_resolve(resources.get("/Font")) or {}).values():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            fonts[key] = _resolve(ref)
    return fonts


def _is_embedded(font: DictionaryObject) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # glyphs are drawn by the font's own content streams
    if subtype == "/Type0":
        descendants = _resolve(font.get("/DescendantFonts")) or []
        return bool(descendants) and all(_is_embedded(_resolve(d)) for d in descendants)
    descriptor = _resolve(font.get("/FontDescriptor"))
    if not isinstance(descriptor, DictionaryObject):
        return False
    return any(key in descriptor for key in _FONT_FILES)


def fonts_in(path: Path) -> list[FontInfo]:
    """Every font the pages (and their form XObjects) use, sorted by name."""
    reader = PdfReader(path)
    infos = [
        FontInfo(str(font.get("/BaseFont", "")).lstrip("/"), _is_embedded(font),
                 str(font.get("/Subtype", "")))
        for font in _font_dicts(reader).values()
    ]
    return sorted(infos, key=lambda info: (info.name, info.subtype))


def assert_all_fonts_embedded(path: Path) -> None:
    """Fail unless every page font carries its glyphs (FontFile/FontFile2/FontFile3).

    Type0 fonts are checked through their descendant fonts; standard-14 and
    CID fonts without a file fail. Fonts of AcroForm field appearances are not
    checked: fields can only use the standard 14 (DESIGN §8).
    """
    fonts = fonts_in(path)
    assert fonts, f"{path.name} uses no fonts at all"
    problems = [f for f in fonts if not f.embedded or f.name.split("+")[-1] in STANDARD_14]
    assert not problems, f"fonts not embedded in {path.name}: {problems}"


def image_count(path: Path) -> int:
    """Distinct image XObjects used by the pages (a photo shown twice counts once)."""
    reader = PdfReader(path)
    images: set[int] = set()
    for resources in _resource_dicts(reader):
        for ref in (_resolve(resources.get("/XObject")) or {}).values():
            if _resolve(ref).get("/Subtype") == "/Image":
                images.add(ref.idnum if isinstance(ref, IndirectObject) else id(ref))
    return len(images)


def outline_entries(path: Path) -> list[OutlineEntry]:
    """The bookmarks in reading order, with their levels and pages."""
    reader = PdfReader(path)
    entries: list[OutlineEntry] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item) + 1
                entries.append(OutlineEntry(level, str(item.title), page))

    walk(reader.outline, 0)
    return entries


def outline_titles(path: Path) -> list[str]:
    """Bookmark titles in reading order (nesting flattened)."""
    return [entry.title for entry in outline_entries(path)]

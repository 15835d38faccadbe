"""Write a PDF while it is being laid out, so memory does not grow with its pages and photos.

ReportLab keeps every page's drawing operators and every image's bytes in
memory until ``save()``, then formats the whole file into one byte string.
A department packet of 600 lessons has about 14,000 thumbnails and 20,000
pages: that was well over a gigabyte.

A PDF's objects may appear in the file in any order; the cross-reference
table at the end says where each one starts. So objects that can no longer
change are written as soon as they are finished and dropped from memory:
each page's content stream when the page ends, and each image when its page
ends. Everything else (page dictionaries, fonts, which are subset at the
end, the outline, forms drawn at save time such as "Page x of y") is
written at save, as ReportLab would.

This relies on a few ReportLab internals that have been stable for many
years (``PDFDocument.idToObject``, ``numberToId``, ``Reference``,
``PDFIndirectObject``); ``tests/printing/test_pdfstream.py`` reads the
output back with pypdf and checks memory stays flat.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas


class _Sink:
    """Appends formatted objects to the open file and knows the offset of each."""

    def __init__(self, file: IO[bytes], version: tuple[int, int]) -> None:
        self.file = file
        self.offset = 0
        header = pdfdoc.PDFFile(version)  # ReportLab's own header lines
        self.add(b"".join(header.strings))

    def add(self, data: bytes | str) -> int:
        encoded = pdfdoc.pdfdocEnc(data)
        at = self.offset
        self.file.write(encoded)
        self.offset += len(encoded)
        return at


class _Written(pdfdoc.PDFObject):
    """What stays in memory of an object already in the file (nothing to format)."""

    def format(self, document: Any) -> bytes:  # never called: written objects are skipped
        raise RuntimeError("a written PDF object was formatted again")


class StreamingDocument(pdfdoc.PDFDocument):
    """A ReportLab PDF document that writes finished objects to its file early.

    Not constructed directly: :class:`StreamingCanvas` turns its canvas's
    document into one, then calls :meth:`open_file` and :meth:`flush_page`.
    """

    _sink: _Sink | None
    _stream_file: IO[bytes] | None
    _written: set[str]
    _scanned: int

    def open_file(self, path: Path) -> None:
        self._stream_file = path.open("wb")
        self._sink = _Sink(self._stream_file, self._pdfVersion)
        self._written = set()
        self._scanned = 0

    def close_file(self) -> None:
        """Close the file without finishing it (a failed build); safe to call twice."""
        if getattr(self, "_stream_file", None) is not None:
            assert self._stream_file is not None
            self._stream_file.close()
            self._stream_file = None

    def _write(self, name: str) -> None:
        assert self._sink is not None
        formatted = pdfdoc.PDFIndirectObject(name, self.idToObject[name]).format(self)
        self.idToOffset[name] = self._sink.add(formatted)
        self.idToObject[name] = _Written()
        self._written.add(name)

    def flush_page(self, page: Any) -> None:
        """Write the page's content stream and any images registered since the last page."""
        if page.stream and not page.Contents:
            stream = pdfdoc.PDFStream()
            if page.compression:
                stream.filters = ([pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress]
                                  if rl_config.useA85 else [pdfdoc.PDFZCompress])
            stream.content = page.stream
            stream.__Comment__ = "page stream"
            page.Contents = self.Reference(stream)
            page.stream = None
        for number in range(self._scanned + 1, self.objectcounter + 1):
            name = self.numberToId[number]
            obj = self.idToObject[name]
            if isinstance(obj, pdfdoc.PDFImageXObject) or (
                    isinstance(obj, pdfdoc.PDFStream)
                    and getattr(obj, "__Comment__", "") == "page stream"):
                self._write(name)
        self._scanned = self.objectcounter

    def SaveToFile(self, filename: Any, canvas: Any) -> None:  # ReportLab's name
        """Finish the file: the objects not written yet, the cross-references, the trailer."""
        for font in self.delayedFonts:  # as GetPDFData does
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        try:
            self._finish()
        finally:
            self.close_file()

    def _finish(self) -> None:
        assert self._sink is not None
        self.encrypt.prepare(self)
        catalog, info = self.Reference(self.Catalog), self.Reference(self.info)
        encrypt = self.encrypt.info()
        encrypt_ref = self.Reference(encrypt) if encrypt else None
        ids = []
        number = 0
        while True:  # objects may be registered while others are formatted
            number += 1
            if number not in self.numberToId:
                break
            name = self.numberToId[number]
            if name not in self._written:
                self._write(name)
            ids.append(name)
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = self._sink.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(startxref=start, Size=len(ids) + 1, Root=catalog,
                                    Info=info, Encrypt=encrypt_ref, ID=self.ID())
        self._sink.add(trailer.format(self))


class StreamingCanvas(Canvas):
    """A canvas whose document is written page by page (see the module docstring)."""

    def __init__(self, filename: str | Path, *args: Any, **kwargs: Any) -> None:
        super().__init__(str(filename), *args, **kwargs)
        # The document's class only gains methods; its state is ReportLab's own.
        self._doc.__class__ = StreamingDocument
        self._stream_doc().open_file(Path(filename))

    def _stream_doc(self) -> StreamingDocument:
        doc = self._doc
        assert isinstance(doc, StreamingDocument)
        return doc

    def showPage(self) -> None:  # ReportLab's name
        super().showPage()
        doc = self._stream_doc()
        doc.flush_page(doc.Pages.pages[-1])

    def abandon(self) -> None:
        """Close the half-written file after a failed or cancelled build."""
        self._stream_doc().close_file()

"""Photos go into PDFs by file path, as the JPEG they are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from lessonstudy.domain.errors import ImageError
from lessonstudy.printing import DocumentMeta, PhotoFiles, build_pdf, photo_image
from lessonstudy.printing.photos import fit_within
from tests.printing.pdfcheck import image_count


def test_photos_are_embedded_once_as_jpeg(out_pdf: Path,
                                          jpeg_factory: Callable[..., bytes]) -> None:
    iboard, moment = jpeg_factory(640, 480), jpeg_factory(480, 640, (200, 60, 60))
    with PhotoFiles() as photos:
        story = [photos.image(data, 200, 200) for data in (iboard, moment, iboard)]
        build_pdf(out_pdf, story, DocumentMeta(title="Photos"))
    assert image_count(out_pdf) == 2
    xobjects = PdfReader(out_pdf).pages[0]["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]
    filters = {tuple(str(f) for f in image["/Filter"]) for image in images}
    assert filters == {("/DCTDecode",)}  # the JPEG as it is: no re-compression, no ASCII85


def test_photo_files_keep_one_file_per_photo_and_clean_up(
        jpeg_factory: Callable[..., bytes]) -> None:
    data = jpeg_factory()
    with PhotoFiles() as photos:
        first, again = photos.path_for(data), photos.path_for(data)
        assert first == again and first.read_bytes() == data
        folder = first.parent
    assert not folder.exists()


def test_photo_is_scaled_to_fit_keeping_its_shape(tmp_path: Path,
                                                   jpeg_factory: Callable[..., bytes]) -> None:
    path = tmp_path / "board.jpg"
    path.write_bytes(jpeg_factory(400, 300))
    image = photo_image(path, 200, 200)
    assert (image.drawWidth, image.drawHeight) == (200, 150)
    assert fit_within((300, 400), 200, 200).width == 150


def test_not_a_jpeg_is_a_photo_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_bytes(b"not a picture")
    with pytest.raises(ImageError, match=r"notes\.jpg"):
        photo_image(path, 100, 100)


def test_photo_files_outside_with_is_a_bug(jpeg_factory: Callable[..., bytes]) -> None:
    with pytest.raises(RuntimeError):
        PhotoFiles().path_for(jpeg_factory())

"""Why a photo was refused, in words a teacher understands.

A batch of phone photos often contains one bad file: a half-finished download,
a screenshot saved as GIF, a document that is not a picture at all. Each one
must be reported on its own line, naming the file, without stopping the rest.
This module holds the short list of reasons and the sentences shown for them,
so the GUI, the CLI and the batch runner all say the same thing.
"""

from __future__ import annotations

from enum import StrEnum

from lessonstudy.domain.errors import ImageError

ACCEPTED_FORMATS_TEXT = "JPEG, PNG, WebP or HEIC"


class PhotoProblem(StrEnum):
    """The reasons a photo cannot be imported; callers may branch on them."""

    EMPTY = "empty"
    TRUNCATED = "truncated"
    NOT_AN_IMAGE = "not_an_image"
    TOO_LARGE = "too_large"
    UNSUPPORTED = "unsupported"
    UNREADABLE = "unreadable"


class PhotoRejectedError(ImageError):
    """An :class:`ImageError` that also says which file and which problem.

    It pickles (so worker processes can raise it) and its message always
    starts with the file name, e.g. ``"IMG_001.jpg: the file is truncated"``.
    """

    def __init__(self, file_name: str, problem: PhotoProblem, detail: str) -> None:
        super().__init__(f"{file_name}: {detail}")
        self.file_name = file_name
        self.problem = problem
        self.detail = detail

    def __reduce__(self) -> tuple[type[PhotoRejectedError], tuple[str, PhotoProblem, str]]:
        return (type(self), (self.file_name, self.problem, self.detail))


def empty(file_name: str) -> PhotoRejectedError:
    """A file of zero bytes, usually a failed copy or download."""
    return PhotoRejectedError(file_name, PhotoProblem.EMPTY, "the file is empty (0 bytes)")


def truncated(file_name: str) -> PhotoRejectedError:
    """A photo whose end is missing; we never import it half grey."""
    return PhotoRejectedError(
        file_name, PhotoProblem.TRUNCATED, "the file is truncated (incomplete download?)"
    )


def not_an_image(file_name: str) -> PhotoRejectedError:
    """Text, documents, random bytes: anything that is not a picture."""
    return PhotoRejectedError(
        file_name,
        PhotoProblem.NOT_AN_IMAGE,
        f"this is not a photo (expected a {ACCEPTED_FORMATS_TEXT} image)",
    )


def unsupported(file_name: str, kind: str) -> PhotoRejectedError:
    """A real picture in a format we deliberately do not decode."""
    return PhotoRejectedError(
        file_name,
        PhotoProblem.UNSUPPORTED,
        f"{kind} pictures are not accepted; save it as {ACCEPTED_FORMATS_TEXT} first",
    )


def too_many_pixels(file_name: str, size: tuple[int, int], limit: int) -> PhotoRejectedError:
    """A picture so large that decoding it could exhaust memory (or a bomb)."""
    width, height = size
    megapixels = width * height / 1_000_000
    detail = (
        f"the picture is too large to import ({width} × {height} pixels, "
        f"{megapixels:,.0f} megapixels; the limit is {limit / 1_000_000:,.0f} megapixels)"
    )
    return PhotoRejectedError(file_name, PhotoProblem.TOO_LARGE, detail)


def bomb(file_name: str) -> PhotoRejectedError:
    """Pillow's own decompression-bomb guard fired before we saw the size."""
    return PhotoRejectedError(
        file_name,
        PhotoProblem.TOO_LARGE,
        "the picture is too large to import (it claims an enormous number of pixels)",
    )


def file_too_big(file_name: str, size_bytes: int, limit_bytes: int) -> PhotoRejectedError:
    """A file far bigger than any phone photo; refused before reading it."""
    detail = (
        f"the file is too large ({size_bytes / 1_000_000:,.0f} MB; "
        f"the limit is {limit_bytes / 1_000_000:,.0f} MB)"
    )
    return PhotoRejectedError(file_name, PhotoProblem.TOO_LARGE, detail)


def damaged(file_name: str, kind: str) -> PhotoRejectedError:
    """Recognised as one of our formats, but the data inside is broken."""
    return PhotoRejectedError(
        file_name,
        PhotoProblem.UNREADABLE,
        f"the {kind} file is damaged and cannot be read",
    )


def cannot_read(file_name: str, reason: str) -> PhotoRejectedError:
    """The file itself could not be opened: missing, locked, no permission."""
    return PhotoRejectedError(
        file_name, PhotoProblem.UNREADABLE, f"the file could not be read ({reason})"
    )

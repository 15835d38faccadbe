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
from lessonstudy.domain.late_text import LateText
from lessonstudy.i18n import N_

ACCEPTED_FORMATS_TEXT = "JPEG, PNG, WebP or HEIC"
#: The same list as a message id, so "or" is translated (JPEG、PNG、WebP 或 HEIC).
ACCEPTED_FORMATS = N_("JPEG, PNG, WebP or HEIC")


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
    The reason is a message id with arguments (:class:`LateText`), translated when
    the message is read, so a result decoded on a worker process is shown in the
    reader's language (``--lang``, View → Language).
    """

    def __init__(self, file_name: str, problem: PhotoProblem, reason: LateText) -> None:
        super().__init__(N_("{file_name}: {detail}"), file_name=file_name, detail=reason)
        self.file_name = file_name
        self.problem = problem
        self.reason = reason

    @property
    def detail(self) -> str:
        """Why the file was refused, in the language in force (no file name)."""
        return self.reason.render()

    @property
    def note(self) -> LateText:
        """The whole message, still to be translated: for results read later."""
        return LateText.of(N_("{file_name}: {detail}"), file_name=self.file_name,
                           detail=self.reason)

    def __reduce__(self) -> tuple[type[PhotoRejectedError], tuple[str, PhotoProblem, LateText]]:
        return (type(self), (self.file_name, self.problem, self.reason))


def _rejected(file_name: str, problem: PhotoProblem, message_id: str,
              **arguments: object) -> PhotoRejectedError:
    return PhotoRejectedError(file_name, problem, LateText.of(message_id, **arguments))


def empty(file_name: str) -> PhotoRejectedError:
    """A file of zero bytes, usually a failed copy or download."""
    return _rejected(file_name, PhotoProblem.EMPTY, N_("the file is empty (0 bytes)"))


def truncated(file_name: str) -> PhotoRejectedError:
    """A photo whose end is missing; we never import it half grey."""
    return _rejected(file_name, PhotoProblem.TRUNCATED,
                     N_("the file is truncated (incomplete download?)"))


def not_an_image(file_name: str) -> PhotoRejectedError:
    """Text, documents, random bytes: anything that is not a picture."""
    return _rejected(file_name, PhotoProblem.NOT_AN_IMAGE,
                     N_("this is not a photo (expected a {formats} image)"),
                     formats=LateText.of(ACCEPTED_FORMATS))


def unsupported(file_name: str, kind: str) -> PhotoRejectedError:
    """A real picture in a format we deliberately do not decode."""
    return _rejected(file_name, PhotoProblem.UNSUPPORTED,
                     N_("{kind} pictures are not accepted; save it as {formats} first"),
                     kind=kind, formats=LateText.of(ACCEPTED_FORMATS))


def too_many_pixels(file_name: str, size: tuple[int, int], limit: int) -> PhotoRejectedError:
    """A picture so large that decoding it could exhaust memory (or a bomb)."""
    width, height = size
    return _rejected(
        file_name, PhotoProblem.TOO_LARGE,
        N_("the picture is too large to import ({width} × {height} pixels, "
           "{megapixels:,.0f} megapixels; the limit is {limit:,.0f} megapixels)"),
        width=width, height=height, megapixels=width * height / 1_000_000,
        limit=limit / 1_000_000)


def bomb(file_name: str) -> PhotoRejectedError:
    """Pillow's own decompression-bomb guard fired before we saw the size."""
    return _rejected(file_name, PhotoProblem.TOO_LARGE,
                     N_("the picture is too large to import "
                        "(it claims an enormous number of pixels)"))


def file_too_big(file_name: str, size_bytes: int, limit_bytes: int) -> PhotoRejectedError:
    """A file far bigger than any phone photo; refused before reading it."""
    return _rejected(file_name, PhotoProblem.TOO_LARGE,
                     N_("the file is too large ({size:,.0f} MB; the limit is {limit:,.0f} MB)"),
                     size=size_bytes / 1_000_000, limit=limit_bytes / 1_000_000)


def damaged(file_name: str, kind: str) -> PhotoRejectedError:
    """Recognised as one of our formats, but the data inside is broken."""
    if kind == "picture":  # the format is unknown: no name to give it
        return _rejected(file_name, PhotoProblem.UNREADABLE,
                         N_("the picture file is damaged and cannot be read"))
    return _rejected(file_name, PhotoProblem.UNREADABLE,
                     N_("the {kind} file is damaged and cannot be read"), kind=kind)


def cannot_read(file_name: str, reason: LateText | str) -> PhotoRejectedError:
    """The file itself could not be opened: missing, locked, no permission.

    ``reason`` is one of ours (translated) or the system's own words for a rarer error.
    """
    return _rejected(file_name, PhotoProblem.UNREADABLE,
                     N_("the file could not be read ({reason})"), reason=reason)

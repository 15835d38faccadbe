"""The structure of a printed document: sections, headings, page starts, contents.

A department packet is many sections (one per lesson, team or teaching), each
starting on a new page (on an odd page when printed double-sided), each with a
bookmark in the PDF outline and a line in the table of contents. Documents
describe that with :class:`Section` and :func:`heading`; the document builder
(:mod:`lessonstudy.printing.document`) turns headings into bookmarks and
contents entries and carries out the page starts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Union

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus.doctemplate import ActionFlowable

from lessonstudy.printing.contents import ContentsPlace
from lessonstudy.printing.styles import WrapOnceParagraph, get_styles, style_for
from lessonstudy.printing.textruns import markup


class Heading(WrapOnceParagraph):
    """A heading paragraph that also becomes a PDF bookmark and a contents entry.

    ``level`` 0 is a top-level bookmark; 1 nests under the previous level 0,
    and so on (a level deeper than the previous heading's + 1 is pulled up).
    ``contents_index`` is its line on the contents page, set by the builder.
    """

    contents_index: int | None = None

    def __init__(
        self,
        text: str,
        level: int = 0,
        *,
        in_toc: bool = True,
        bookmark: bool = True,
        style: ParagraphStyle | None = None,
    ) -> None:
        chosen = style if style is not None else get_styles().heading(level)
        super().__init__(markup(text), style_for(text, chosen))
        self.title = text
        self.level = max(0, level)
        self.in_toc = in_toc
        self.bookmark = bookmark
        self.toc_markup = markup(text)


def heading(text: str, level: int = 0, *, in_toc: bool = True, bookmark: bool = True) -> Heading:
    """A heading of plain user text; see :class:`Heading`."""
    return Heading(text, level, in_toc=in_toc, bookmark=bookmark)


class NewPage(ActionFlowable):
    """Start a new page unless the current one is still empty (no blank pages)."""

    def __init__(self) -> None:
        super().__init__(("newPageIfNotEmpty",))


class OddPage(ActionFlowable):
    """If the next content would land on an even page, leave that page blank.

    For double-sided printing: a section then starts on a right-hand page.
    Must follow :class:`NewPage` (the builder checks the page number once the
    new page has begun).
    """

    def __init__(self) -> None:
        super().__init__(("oddPage",))


def page_start(odd: bool = False) -> list[Flowable]:
    """Flowables that start a new page, optionally an odd (right-hand) one."""
    return [NewPage(), OddPage()] if odd else [NewPage()]


class Later(Flowable):
    """Content made only when layout reaches it: one lesson of a packet at a time.

    A packet of hundreds of lessons would otherwise hold every lesson's
    tables, paragraphs and photos in memory before the first page is laid
    out. The document builder replaces this placeholder with what ``make``
    returns (flowables and sections, the sections one level below
    ``level``) just before laying it out, so only the lesson being laid out
    exists; earlier ones are drawn and dropped. Headings made here are
    bookmarks but cannot be contents lines (the contents are laid out first).
    """

    def __init__(self, make: Callable[[], Iterable[Flowable | Section]]) -> None:
        super().__init__()
        self.make = make
        self.level = 0

    def expand(self) -> list[Flowable]:
        """The flowables to lay out in this placeholder's place."""
        story: list[Flowable] = []
        for item in self.make():
            if isinstance(item, Section):
                story.extend(item.flowables(self.level + 1))
            else:
                story.append(item)
        for flowable in story:
            if isinstance(flowable, Heading):
                flowable.in_toc = False
        return story

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:  # replaced by the builder before layout
        return


StoryItem = Union[Flowable, "Section"]


@dataclass
class Section:
    """A titled part of a document: its heading, its content, its subsections.

    ``new_page`` starts it on a fresh page; ``odd_page`` on a right-hand page
    (implies ``new_page``). Subsections, listed in ``subsections`` or placed
    in ``story`` among the flowables, are one outline level deeper.
    """

    title: str
    story: list[StoryItem] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)
    new_page: bool = True
    odd_page: bool = False
    in_toc: bool = True
    bookmark: bool = True

    def flowables(self, level: int = 0) -> list[Flowable]:
        """The section as a flat list of flowables, subsections included."""
        out: list[Flowable] = []
        if self.new_page or self.odd_page:
            out.extend(page_start(self.odd_page))
        out.append(Heading(self.title, level, in_toc=self.in_toc, bookmark=self.bookmark))
        for item in [*self.story, *self.subsections]:
            if isinstance(item, Section):  # a section in the story is a subsection
                out.extend(item.flowables(level + 1))
            else:
                if isinstance(item, Later):
                    item.level = level
                out.append(item)
        return out


def flatten(content: Iterable[Flowable | Section]) -> list[Flowable]:
    """A story from a mix of flowables and sections, in order."""
    story: list[Flowable] = []
    for item in content:
        if isinstance(item, Section):
            story.extend(item.flowables())
        else:
            story.append(item)
    return story


def contents_table() -> Flowable:
    """Where the contents go: one line per heading marked ``in_toc``, numbers filled at save."""
    return ContentsPlace()


def contents_section(title: str = "Contents", *, new_page: bool = False) -> Section:
    """A section holding the table of contents (not listed in itself)."""
    return Section(title, [contents_table()], new_page=new_page, in_toc=False)

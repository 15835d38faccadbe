"""The structure of a printed document: sections, headings, page starts, contents.

A department packet is many sections (one per lesson, team or teaching), each
starting on a new page (on an odd page when printed double-sided), each with a
bookmark in the PDF outline and a line in the table of contents. Documents
describe that with :class:`Section` and :func:`heading`; the document builder
(:mod:`lessonstudy.printing.document`) turns headings into bookmarks and
contents entries and carries out the page starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from lessonstudy.printing.styles import get_styles, style_for
from lessonstudy.printing.textruns import markup


class Heading(Paragraph):
    """A heading paragraph that also becomes a PDF bookmark and a contents entry.

    ``level`` 0 is a top-level bookmark; 1 nests under the previous level 0,
    and so on (a level deeper than the previous heading's + 1 is pulled up).
    """

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


@dataclass
class Section:
    """A titled part of a document: its heading, its content, its subsections.

    ``new_page`` starts it on a fresh page; ``odd_page`` on a right-hand page
    (implies ``new_page``). Subsections, listed in ``subsections`` or placed
    in ``story`` among the flowables, are one outline level deeper.
    """

    title: str
    story: list[Flowable | Section] = field(default_factory=list)
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


def contents_table(levels: int = 3) -> TableOfContents:
    """A table of contents in the house style; page numbers settle over the build passes."""
    styles = get_styles()
    level_styles: Sequence[ParagraphStyle] = [
        ParagraphStyle(
            f"ls-toc-{level}",
            parent=styles.body,
            leftIndent=14 * level + 14,
            firstLineIndent=-14,
            spaceBefore=4 if level == 0 else 1,
            wordWrap="CJK",
        )
        for level in range(levels)
    ]
    toc = TableOfContents(levelStyles=list(level_styles), dotsMinLevel=0)
    return toc


def contents_section(title: str = "Contents", *, new_page: bool = False) -> Section:
    """A section holding the table of contents (not listed in itself)."""
    return Section(title, [contents_table()], new_page=new_page, in_toc=False)

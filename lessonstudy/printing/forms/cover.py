"""The first page of a form: the lesson, the group's focus, the observer, the principles.

Observers arrive minutes before the lesson and read only this page: what the
lesson is for, what their group watches (focus and prompts), who they are in
the room (a critical friend gets a box saying what is expected of them), and
the principles the post-lesson conference keeps to. The lesson half is the
same on every form of a teaching and is laid out once; the group half once
per group; only the small observer block is laid out per form.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from lessonstudy.domain.enums import ObserverRole
from lessonstudy.printing.forms.blocks import FormStyles, Panel, Stack, bullet, labelled, text
from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.styles import Ink
from lessonstudy.services.forms import FormGroup, FormObserver, TeachingForms

COLUMN_GAP = 9 * mm
LEFT_SHARE = 0.54
TITLE_GAP = 5 * mm
_CRITICAL_FRIEND_TINT = colors.HexColor("#FFF4E5")

HOW_TO = (
    "Write what you see and hear in each segment: evidence first, interpretation later.",
    "Quote students' words where you can; note who (a case pupil?) and when.",
    "Watch the learning, not the teacher's performance.",
    "Agree your group's four key ideas for the iBoard (last page).",
)


def role_label(role: str) -> str:
    try:
        return ObserverRole(role).label
    except ValueError:
        return role.replace("_", " ").capitalize()


def teaching_line(forms: TeachingForms) -> str:
    """ "Class 2A · 3 Nov 2026 · Teacher … · Hall B · Research lesson, version 2"."""
    parts = []
    if forms.class_name or forms.grade:
        parts.append(f"Class {forms.class_name or forms.grade}")
    if forms.date is not None:
        parts.append(f"{forms.date:%a} {forms.date.day} {forms.date:%b %Y}")
    if forms.teacher:
        parts.append(f"Teacher: {forms.teacher}")
    if forms.room:
        parts.append(forms.room)
    parts.append(f"{forms.teaching_kind.capitalize()} lesson, version {forms.version_number}")
    return " · ".join(parts)


class LessonHalf:
    """The parts of the cover every form of a teaching shares (laid out once)."""

    def __init__(self, forms: TeachingForms, sheet: Sheet, styles: FormStyles) -> None:
        self.sheet = sheet
        self.styles = styles
        width = sheet.body_width
        self.left_width = width * LEFT_SHARE - COLUMN_GAP / 2
        self.right_width = width * (1 - LEFT_SHARE) - COLUMN_GAP / 2
        self.top = Stack(
            width,
            [
                text("OBSERVATION FORM", styles.kicker),
                text(forms.lesson_title, styles.title),
                text(teaching_line(forms), styles.muted),
            ],
        )
        self.lesson = Stack(self.left_width, _lesson_story(forms, styles))
        self.principles = Stack(
            self.right_width,
            [
                text("Feedback principles", styles.heading),
                *(bullet(p, styles.bullet, f"{i}.") for i, p in enumerate(forms.principles, 1)),
            ],
        )

    def group_stack(self, group: FormGroup) -> Stack:
        return Stack(
            self.right_width,
            [Panel(self.right_width, _group_story(group, self.styles), fill=Ink.SHADE)],
        )

    def observer_stack(self, group: FormGroup, observer: FormObserver | None) -> Stack:
        return Stack(
            self.right_width, _observer_story(group, observer, self.styles, self.right_width)
        )

    def draw(self, canvas: Canvas, group: Stack, observer: Stack) -> None:
        sheet = self.sheet
        top = sheet.body_top
        used = self.top.draw(canvas, sheet.left, top)
        column_top = top - used - TITLE_GAP
        room = column_top - sheet.bottom
        self.lesson.draw(canvas, sheet.left, column_top, room)
        right_x = sheet.left + self.left_width + COLUMN_GAP
        right_height = group.height + observer.height + self.principles.height
        scale = min(1.0, room / right_height) if right_height else 1.0
        y = column_top
        for stack in (group, observer, self.principles):
            y -= stack.draw(canvas, right_x, y, stack.height * scale)


def _lesson_story(forms: TeachingForms, styles: FormStyles) -> list[Flowable]:
    story: list[Flowable] = []
    if forms.research_theme:
        story += [text("Research theme", styles.heading), text(forms.research_theme, styles.body)]
    if forms.lesson_goals:
        story += [text("Lesson goals", styles.heading), text(forms.lesson_goals, styles.body)]
    if forms.case_pupils:
        story.append(text("Case pupils", styles.heading))
        for pupil in forms.case_pupils:
            detail = pupil.typifies
            if pupil.success_criterion:
                detail += f" — success: {pupil.success_criterion}"
            story.append(labelled(f"Pupil {pupil.label}:", detail, styles.bullet))
    story.append(text("How to use this form", styles.heading))
    story += [bullet(line, styles.bullet) for line in HOW_TO]
    return story


def _group_story(group: FormGroup, styles: FormStyles) -> list[Flowable]:
    story: list[Flowable] = [text(group.name, styles.group)]
    if group.focus:
        story.append(labelled("Focus:", group.focus, styles.body))
    if group.prompts:
        story.append(text("Prompts", styles.heading))
        story += [bullet(p, styles.bullet) for p in group.prompts]
    if group.convenor:
        story.append(labelled("Convenor:", group.convenor, styles.muted))
    return story


def _observer_story(
    group: FormGroup, observer: FormObserver | None, styles: FormStyles, width: float
) -> list[Flowable]:
    if observer is None:
        friends = [o.name for o in group.observers if o.critical_friend]
        story: list[Flowable] = [
            labelled("Observer:", "_" * 34, styles.body),
            labelled("Role:", "visitor / team member / critical friend / other", styles.muted),
        ]
        if friends:
            story.append(
                labelled("Critical friend of this group:", ", ".join(friends), styles.muted)
            )
        return [Panel(width, story, pad=0, space_before=10)]
    who = observer.name + (f" ({observer.school})" if observer.school else "")
    story = [
        labelled("Observer:", who, styles.body),
        labelled("Role:", role_label(observer.role), styles.body),
    ]
    if observer.critical_friend:
        story.append(
            Panel(
                width,
                [
                    text("Critical friend", styles.heading),
                    text(
                        "You speak after the group reports. Bring one strength, one question "
                        "and one suggestion about the learning design, each with evidence "
                        "from this form.",
                        styles.body,
                    ),
                ],
                fill=_CRITICAL_FRIEND_TINT,
                border=Ink.OVERTIME,
                space_before=5,
            )
        )
    return [Panel(width, story, pad=0, space_before=10)]

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
from lessonstudy.i18n import N_, _
from lessonstudy.i18n.formats import format_date
from lessonstudy.i18n.vocabulary import role_name, teaching_kind_name
from lessonstudy.printing.forms.blocks import FormStyles, Panel, Stack, bullet, labelled, text
from lessonstudy.printing.forms.frame import Sheet
from lessonstudy.printing.forms.replay import Fragments
from lessonstudy.printing.styles import Ink
from lessonstudy.services.forms import FormGroup, FormObserver, TeachingForms

COLUMN_GAP = 9 * mm
LEFT_SHARE = 0.54
TITLE_GAP = 5 * mm
_CRITICAL_FRIEND_TINT = colors.HexColor("#FFF4E5")

HOW_TO = (
    N_("Write what you see and hear in each segment: evidence first, interpretation later."),
    N_("Quote students' words where you can; note who (a case pupil?) and when."),
    N_("Watch the learning, not the teacher's performance."),
    N_("Agree your group's four key ideas for the iBoard (on the iBoard page)."),
)


def role_label(role: str) -> str:
    try:
        return role_name(ObserverRole(role))
    except ValueError:
        return role.replace("_", " ").capitalize()


def teaching_line(forms: TeachingForms) -> str:
    """ "Class 2A · 3 Nov 2026 · Teacher … · Hall B · Research lesson, version 2"."""
    parts = []
    if forms.class_name or forms.grade:
        parts.append(_("Class {name}").format(name=forms.class_name or forms.grade))
    if forms.date is not None:
        parts.append(format_date(forms.date, "medium"))
    if forms.teacher:
        parts.append(_("Teacher: {name}").format(name=forms.teacher))
    if forms.room:
        parts.append(forms.room)
    parts.append(_("{kind}, version {number}").format(
        kind=teaching_kind_name(forms.teaching_kind), number=forms.version_number))
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
                text(_("OBSERVATION FORM"), styles.kicker),
                text(forms.lesson_title, styles.title),
                text(teaching_line(forms), styles.muted),
            ],
        )
        self.lesson = Stack(self.left_width, _lesson_story(forms, styles))
        self.principles = Stack(
            self.right_width,
            [
                text(_("Feedback principles"), styles.heading),
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

    def draw(
        self, canvas: Canvas, group: Stack, observer: Stack, fragments: Fragments, group_id: int
    ) -> None:
        """Draw the cover; all but the observer block is drawn once per book and copied."""
        sheet = self.sheet
        column_top = sheet.body_top - self.top.height - TITLE_GAP
        room = column_top - sheet.bottom
        fragments.draw(canvas, ("cover-lesson",), self._draw_lesson)
        right_x = sheet.left + self.left_width + COLUMN_GAP
        # The observer block keeps its space before (a stack drops its first flowable's):
        # it touched the group's shaded panel.
        gap = observer.flowables[0].getSpaceBefore() if observer.flowables else 0.0
        right_height = group.height + gap + observer.height + self.principles.height
        scale = min(1.0, room / right_height) if right_height else 1.0
        y = column_top
        for stack, key in ((group, ("cover-group", group_id)), (observer, None),
                           (self.principles, ("cover-principles",))):
            if key is None:
                y -= gap * scale
            room_for = stack.height * scale

            def paint(target: Canvas, stack: Stack = stack, top: float = y,
                      room_for: float = room_for) -> None:
                stack.draw(target, right_x, top, room_for)

            if key is None:
                paint(canvas)
            else:
                fragments.draw(canvas, (*key, round(y, 3), round(scale, 5)), paint)
            y -= room_for

    def _draw_lesson(self, canvas: Canvas) -> None:
        sheet = self.sheet
        used = self.top.draw(canvas, sheet.left, sheet.body_top)
        column_top = sheet.body_top - used - TITLE_GAP
        self.lesson.draw(canvas, sheet.left, column_top, column_top - sheet.bottom)


def _lesson_story(forms: TeachingForms, styles: FormStyles) -> list[Flowable]:
    story: list[Flowable] = []
    if forms.research_theme:
        story += [text(_("Research theme"), styles.heading),
                  text(forms.research_theme, styles.body)]
    if forms.lesson_goals:
        story += [text(_("Lesson goals"), styles.heading), text(forms.lesson_goals, styles.body)]
    if forms.case_pupils:
        story.append(text(_("Case pupils"), styles.heading))
        for pupil in forms.case_pupils:
            detail = pupil.typifies
            if pupil.success_criterion:
                detail += " — " + _("success: {criterion}").format(
                    criterion=pupil.success_criterion)
            story.append(labelled(_("Pupil {label}:").format(label=pupil.label), detail,
                                  styles.bullet))
    story.append(text(_("How to use this form"), styles.heading))
    story += [bullet(_(line), styles.bullet) for line in HOW_TO]
    return story


def _group_story(group: FormGroup, styles: FormStyles) -> list[Flowable]:
    story: list[Flowable] = [text(group.name, styles.group)]
    if group.focus:
        story.append(labelled(_("Focus:"), group.focus, styles.body))
    if group.prompts:
        story.append(text(_("Prompts"), styles.heading))
        story += [bullet(p, styles.bullet) for p in group.prompts]
    if group.convenor:
        story.append(labelled(_("Convenor:"), group.convenor, styles.muted))
    return story


def _observer_story(
    group: FormGroup, observer: FormObserver | None, styles: FormStyles, width: float
) -> list[Flowable]:
    if observer is None:
        friends = [o.name for o in group.observers if o.critical_friend]
        story: list[Flowable] = [
            labelled(_("Observer:"), "_" * 34, styles.body),
            labelled(_("Role:"), _("visitor / team member / critical friend / other"),
                     styles.muted),
        ]
        if friends:
            story.append(
                labelled(_("Critical friend of this group:"), ", ".join(friends), styles.muted)
            )
        return [Panel(width, story, pad=0, space_before=10)]
    who = observer.name + (f" ({observer.school})" if observer.school else "")
    story = [
        labelled(_("Observer:"), who, styles.body),
        labelled(_("Role:"), role_label(observer.role), styles.body),
    ]
    if observer.critical_friend:
        story.append(
            Panel(
                width,
                [
                    text(_("Critical friend"), styles.heading),
                    text(
                        _("You speak after the group reports. Bring one strength, one question "
                          "and one suggestion about the learning design, each with evidence "
                          "from this form."),
                        styles.body,
                    ),
                ],
                fill=_CRITICAL_FRIEND_TINT,
                border=Ink.OVERTIME,
                space_before=5,
            )
        )
    return [Panel(width, story, pad=0, space_before=10)]

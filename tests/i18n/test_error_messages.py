"""Errors and problem lines reach teachers in their language, and stay translatable.

Every expected problem a teacher can cause is a :class:`LessonStudyError` raised with a message
id (``N_("…{name}…")`` plus arguments), translated when it is read; the lines listed under a
summary (``ValidationError.from_problems``) are written with ``_()`` where the problem is found.
A new ``raise …Error(f"…")`` or ``problems.append("…")`` with a bare English literal would
never be translated, so the scan below fails on it and names the line.
"""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from lessonstudy.domain.errors import LessonStudyError, NotFoundError, ValidationError
from lessonstudy.domain.lesson_clock import ClockState
from lessonstudy.domain.timing import parse_duration
from lessonstudy.i18n import N_, _, using_language

ROOT = Path(__file__).resolve().parents[2] / "lessonstudy"
WORD = re.compile(r"[A-Za-z]{2,}")

#: Messages that are only ever shown to whoever develops Lesson Study, never to a teacher.
NOT_FOR_TEACHERS: set[tuple[str, str]] = set()


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(ROOT.rglob("*.py")) if "ui" not in path.relative_to(ROOT).parts}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """LessonStudyError and every class derived from it, by name, across the package."""
    names = {"LessonStudyError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        (base.id if isinstance(base, ast.Name) else getattr(base, "attr", None))
                        in names for base in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def _literal(node: ast.AST) -> bool:
    """English typed straight into the call: a string, an f-string, or a sum with one.

    Only text with words counts: ``f"{where}: {why}"`` joins parts that are translated already.
    ``"… {x}".format(x=…)`` and a choice between two texts (``a if c else b``) count too.
    """
    if isinstance(node, ast.JoinedStr):
        return any(_literal(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and WORD.search(node.value) is not None
    if isinstance(node, ast.BinOp):
        return _literal(node.left) or _literal(node.right)
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("format", "join"):
        return _literal(node.func.value)
    return False


class _Module:
    """One module's functions and, per function, what each local name is assigned."""

    def __init__(self, tree: ast.Module) -> None:
        self.functions = {node.name: node for node in ast.walk(tree)
                          if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
        self.scope: dict[ast.AST, ast.AST] = {}
        for function in self.functions.values():
            for inner in ast.walk(function):
                self.scope.setdefault(inner, function)

    def english(self, node: ast.AST, depth: int = 0) -> bool:
        """English reaches ``node``: typed in it, assigned to the name, or returned by a helper."""
        if _literal(node):
            return True
        if depth > 2:
            return False
        if isinstance(node, ast.IfExp):
            return self.english(node.body, depth) or self.english(node.orelse, depth)
        if isinstance(node, ast.Name):
            function = self.scope.get(node)
            return function is not None and any(
                self.english(value, depth + 1) for value in _assigned(function, node.id))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in self.functions:
            helper = self.functions[node.func.id]
            return any(self.english(ret.value, depth + 1) for ret in ast.walk(helper)
                       if isinstance(ret, ast.Return) and ret.value is not None)
        return False


def _assigned(function: ast.AST, name: str) -> list[ast.AST]:
    """Every value assigned to the local ``name`` in ``function``."""
    values: list[ast.AST] = []
    for node in ast.walk(function):
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign | ast.AugAssign)
                   else [])
        value = getattr(node, "value", None)
        if value is not None and any(isinstance(t, ast.Name) and t.id == name for t in targets):
            values.append(value)
    return values


def _untranslatable_sites(trees: dict[Path, ast.Module]) -> list[str]:
    errors = _error_classes(trees)
    found = []
    for path, tree in trees.items():
        module = _Module(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
                func.value, ast.Name) else ""
            target = func.value if isinstance(func, ast.Attribute) else None
            listed = (name == "append" and target is not None
                      and (getattr(target, "id", "") or getattr(target, "attr", ""))
                      .endswith("problems"))
            late = name == "of" and owner == "LateText"
            if not (name in errors or (name == "from_problems" and owner in errors) or listed
                    or late):
                continue
            if not (module.english(node.args[0])
                    or (name == "PhotoRejectedError" and len(node.args) > 2
                        and module.english(node.args[2]))):
                continue
            where = f"{path.relative_to(ROOT.parent) if path.is_absolute() else path}:" \
                    f"{node.lineno}"
            if (where.split(":")[0], ast.unparse(node.args[0])) not in NOT_FOR_TEACHERS:
                found.append(f"{where}: {ast.unparse(node)[:100]}")
    return found


def test_every_error_a_teacher_can_cause_is_translatable() -> None:
    sites = _untranslatable_sites(_sources())
    assert not sites, (
        "Raise errors with a message id, e.g. raise NotFoundError(N_(\"No lesson called "
        "'{title}'.\"), title=title), write problem lines with _(\"…\").format(…), then run "
        "tools/update_print_catalogues.py and translate:\n" + "\n".join(sites))


def test_the_scan_finds_literal_messages() -> None:
    tree = ast.parse("class ValidationError(LessonStudyError): ...\n"
                     "raise ValidationError(f'{x} is wrong')\n"
                     "self.problems.append('bad')\n"
                     "raise ValidationError.from_problems('Bad' + x, [])\n"
                     "raise ValidationError(N_('{x} is wrong'), x=x)\n"
                     "problems.append(_('bad'))\n"
                     "def helper(x):\n"
                     "    if x:\n"
                     "        return f'No lessons match {x}.'\n"
                     "    return _('nothing')\n"
                     "def caller(x):\n"
                     "    raise ValidationError(helper(x))\n"
                     "def assigned(x):\n"
                     "    message = 'Bad ' + x\n"
                     "    raise ValidationError(message)\n"
                     "def formatted(x):\n"
                     "    raise ValidationError('{x} is bad'.format(x=x))\n"
                     "def late(x):\n"
                     "    return LateText.of(f'{x}: imported')\n"
                     "def fine(x):\n"
                     "    message = N_('{x} is fine')\n"
                     "    raise ValidationError(message, x=x)\n")
    sites = _untranslatable_sites({Path("snippet.py"): tree})
    assert [site.split(":")[1] for site in sites] == ["2", "3", "4", "12", "15", "17", "19"]


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "'abc' is not a time:"), ("zh-HK", "「abc」不是時間："),
    ("zh-CN", "“abc”不是时间："), ("ja", "「abc」は時間ではありません："),
])
def test_a_typed_time_is_refused_in_the_readers_language(code: str, expected: str) -> None:
    with using_language(code), pytest.raises(ValidationError) as caught:
        parse_duration("abc")
    with using_language(code):
        assert str(caught.value).startswith(expected)


def test_the_message_is_translated_when_read_not_when_raised() -> None:
    error = NotFoundError(N_("There is no teaching {teaching_id} in this library."),
                          teaching_id=7)
    assert str(error) == "There is no teaching 7 in this library."
    with using_language("ja"):
        assert str(error) == "このライブラリに授業実施 7 はありません。"
    with using_language("zh-HK"):
        assert error.message == "這個資料庫中沒有授課 7。"


def test_a_summary_and_its_problem_lines_are_both_translated() -> None:
    with using_language("zh-CN"):
        problems = [_("A segment needs a title")]
    error = ValidationError.from_problems(N_("This lesson plan has problems"), problems)
    with using_language("zh-CN"):
        assert error.message == "这份教学设计有问题\n- 环节需要名称"
    assert error.problems == ["环节需要名称"]
    copy = pickle.loads(pickle.dumps(error))  # photo workers hand errors across processes
    assert copy.message == "This lesson plan has problems\n- 环节需要名称"


def test_clock_refusals_name_the_reason_in_the_language() -> None:
    with using_language("ja"), pytest.raises(LessonStudyError) as caught:
        ClockState().end(dt.datetime.now(dt.UTC))
    with using_language("ja"):
        assert str(caught.value) == "授業の計時を終了できません：授業がまだ始まっていません。"

"""Find every translatable text in ``lessonstudy/ui`` under the context Qt looks it up in.

``lupdate`` cannot do this for our Python (see ``update_translations.py``), so we read the
sources with :mod:`ast` and resolve each call the way PySide does at run time:

- ``tr("…")`` through a module-level helper ``def tr(text): return
  QCoreApplication.translate("Photos", text)`` (also when imported from another module, and
  helpers with a plural count such as ``trn(text, n)``) → that helper's context;
- ``QCoreApplication.translate("Context", "…", disambiguation, n)`` → "Context";
- ``self.tr("…")`` → the enclosing class; ``parent.tr("…")`` → the class ``parent`` is
  annotated with (PySide tries every class in the object's MRO, so ``QWidget`` matches any
  widget); a ``self.tr`` handed to a function as ``tr`` keeps its class;
- texts that reach ``tr`` through a variable: module or class constants (``HEADERS[i]``,
  ``COLUMNS[i][1]``), loops over constant tables (``for kind, label in KIND_LABELS.items()``,
  also imported ones), and the few domain values listed in :data:`DYNAMIC`.

Anything else is reported as a problem with its file and line rather than guessed, so a new
kind of call fails the translation test with a clear message. No Qt import here.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "lessonstudy" / "ui"

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def _enum(name: str, attr: str = "value") -> Callable[[], list[str]]:
    def texts() -> list[str]:
        from lessonstudy.domain import enums

        return [str(getattr(member, attr)) for member in getattr(enums, name)]

    return texts


def _segment_field_labels() -> list[str]:
    from lessonstudy.domain import segments

    return list(segments._LABELS.values())


#: Texts the sources translate from domain values: (context, expression) → the possible texts.
DYNAMIC: dict[tuple[str, str], Callable[[], list[str]]] = {
    ("SegmentKind", "kind.label"): _enum("SegmentKind", "label"),
    ("ObserverGroups", "role.label"): _enum("ObserverRole", "label"),
    ("Versions", "item.status"): _enum("VersionStatus"),
    ("LibraryTreeModel", "v.status"): _enum("VersionStatus"),
    ("Overview", "version.status"): _enum("VersionStatus"),
    ("Overview", "cycle.phase"): _enum("CyclePhase"),
    ("SegmentEditor", "field_label(field)"): _segment_field_labels,
    ("Versions", "field_label(f.field)"): _segment_field_labels,
}


@dataclass
class Message:
    """One translatable text as looked up at run time, with where it is used."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Helper:
    """A function forwarding its arguments to ``translate``: context and parameter positions."""

    context: str
    params: tuple[str, ...]
    text: int
    comment: int | None = None
    count: int | None = None


@dataclass
class Extraction:
    """Everything found, plus the calls that could not be resolved (reported, never guessed)."""

    messages: dict[Key, Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, where: tuple[str, int]) -> None:
        message = self.messages.setdefault(key, Message(*key))
        message.numerus = message.numerus or numerus
        message.locations.append(where)


# -- modules, helpers and constants ----------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _module_tree(module: str) -> ast.Module | None:
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.exists():
            return _tree(path)
    return None


def _is_translate(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate")


def _helper_from(func: ast.FunctionDef) -> Helper | None:
    """``func`` as a Helper when it returns ``translate("Context", <its parameters>…)``."""
    params = tuple(a.arg for a in func.args.args)
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and node.value is not None and _is_translate(node.value):
            args = [*node.value.args, None, None, None, None]  # type: ignore[attr-defined]
            if not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
                return None
            text, comment, count = (
                params.index(a.id) if isinstance(a, ast.Name) and a.id in params else None
                for a in args[1:4]
            )
            return None if text is None else Helper(args[0].value, params, text, comment, count)
    return None


def helpers_in(tree: ast.Module) -> dict[str, Helper]:
    return {node.name: helper for node in tree.body
            if isinstance(node, ast.FunctionDef) and (helper := _helper_from(node))}


@cache
def _assignments(tree: ast.Module) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        target, value = _assignment(node)
        if target is not None and value is not None:
            found[target] = value
    return found


def constant(tree: ast.Module, name: str, depth: int = 0) -> ast.expr | None:
    """Module-level ``name = <expr>``, following ``from lessonstudy… import name`` a few hops."""
    if name in _assignments(tree):
        return _assignments(tree)[name]
    for node in tree.body if depth < 4 else []:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lessonstudy"):
            for alias in node.names:
                other = _module_tree(node.module or "") if (alias.asname or alias.name) == name \
                    else None
                if other is not None:
                    return constant(other, alias.name, depth + 1)
    return None


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target: ast.expr = node.targets[0]
        value: ast.expr | None = node.value
    elif isinstance(node, ast.AnnAssign):
        target, value = node.target, node.value
    else:
        return None, None
    return (target.id, value) if isinstance(target, ast.Name) else (None, None)


def class_attributes(tree: ast.Module) -> dict[str, list[ast.expr]]:
    """``NAME = …`` in any class body: ``self.NAME`` may be any subclass's value."""
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        for statement in node.body if isinstance(node, ast.ClassDef) else []:
            target, value = _assignment(statement)
            if target is not None and value is not None:
                found.setdefault(target, []).append(value)
    return found


def annotation_class(node: ast.expr | None) -> str | None:
    """The class a parameter is annotated with (``QWidget | None`` → ``QWidget``)."""
    if isinstance(node, ast.Name):
        return None if node.id == "None" else node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.BinOp):
        return annotation_class(node.left) or annotation_class(node.right)
    if isinstance(node, ast.Subscript):
        return annotation_class(node.slice)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return annotation_class(ast.parse(node.value, mode="eval").body)
    return None


def passed_tr(tree: ast.Module) -> dict[tuple[str, str], str]:
    """(function, parameter) → class, where a class hands ``self.tr`` on as an argument."""
    functions = {n.name: [a.arg for a in n.args.args] for n in tree.body
                 if isinstance(n, ast.FunctionDef)}
    found: dict[tuple[str, str], str] = {}
    changed = True
    while changed:
        changed = False
        for owner, scope, call in _calls_with_scope(tree):
            name = call.func.id if isinstance(call.func, ast.Name) else ""
            params = functions.get(name, [])
            for position, arg in enumerate(call.args[: len(params)]):
                context = _tr_value(arg, owner, scope, found)
                key = (name, params[position])
                if context and found.get(key) != context:
                    found[key], changed = context, True
    return found


def _tr_value(arg: ast.expr, owner: str | None, scope: str | None,
              found: dict[tuple[str, str], str]) -> str | None:
    if (isinstance(arg, ast.Attribute) and arg.attr == "tr" and isinstance(arg.value, ast.Name)
            and arg.value.id == "self"):
        return owner
    if isinstance(arg, ast.Name) and scope is not None:
        return found.get((scope, arg.id))
    return None


def _calls_with_scope(tree: ast.Module) -> Iterable[tuple[str | None, str | None, ast.Call]]:
    """Every call with its enclosing class and module-level function (when there is one)."""
    for top in tree.body:
        owner = top.name if isinstance(top, ast.ClassDef) else None
        scope = top.name if isinstance(top, ast.FunctionDef) else None
        for node in ast.walk(top):
            if isinstance(node, ast.Call):
                yield owner, scope, node


def source_files(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(ui_dir.rglob("*.py"))


def extract(files: Iterable[Path] | None = None) -> Extraction:
    """Every translatable text in ``files`` (default: all of ``lessonstudy/ui``)."""
    paths = list(files if files is not None else source_files())
    helpers = {_module_name(path): helpers_in(_tree(path)) for path in paths}
    out = Extraction()
    for path in paths:
        tree = _tree(path)
        names = {**_imported_helpers(tree, helpers), **helpers[_module_name(path)]}
        CallVisitor(out, path, names, tree).visit(tree)
    return out


def _imported_helpers(tree: ast.Module, helpers: dict[str, dict[str, Helper]]) -> dict[str, Helper]:
    """Helpers imported from other modules (``from …look import tr, trn``), anywhere in ``tree``."""
    names: dict[str, Helper] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in helpers:
            for alias in node.names:
                if alias.name in helpers[node.module]:
                    names[alias.asname or alias.name] = helpers[node.module][alias.name]
    return names


# -- the calls ---------------------------------------------------------------------------------


class CallVisitor(ast.NodeVisitor):
    """Walks one module, resolving each translation call to the context used at run time."""

    def __init__(self, out: Extraction, path: Path, names: dict[str, Helper], tree: ast.Module):
        self.out, self.path, self.names = out, path, names
        self.own_helpers = set(helpers_in(tree))
        self.tree = tree
        self.attributes = class_attributes(tree)
        self.passed = passed_tr(tree)
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.loops: list[dict[str, list[ast.expr]]] = []

    def problem(self, node: ast.AST, text: str) -> None:
        file, line = self.where(node)
        self.out.problems.append(f"{file}:{line}: {text}")

    def where(self, node: ast.AST) -> tuple[str, int]:
        return (self.path.relative_to(ROOT).as_posix(), getattr(node, "lineno", 0))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if not self.classes and not self.functions and node.name in self.own_helpers:
            return  # the helper's own translate(context, text) is not a text
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_For(self, node: ast.For | ast.comprehension) -> None:
        self.loops.append(self.loop_bindings(node.target, node.iter))
        self.generic_visit(node)
        self.loops.pop()

    visit_comprehension = visit_For

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, helper = node.func, None
        if isinstance(func, ast.Name) and func.id in self.names:
            helper = self.names[func.id]
        elif isinstance(func, ast.Name) and (context := self.tr_parameter(func.id)):
            helper = Helper(context, ("text", "disambiguation", "n"), 0, 1, 2)
        elif _is_translate(node) and node.args:
            helper = self.translate_helper(node)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            context = self.owner_class(func.value)
            if context is None:
                self.problem(node, f"cannot tell the class of {ast.unparse(func.value)}.tr()")
                return
            helper = Helper(context, ("text", "disambiguation", "n"), 0, 1, 2)
        elif isinstance(func, ast.Name) and func.id == "tr":
            self.problem(node, "tr() that is not a known translate helper")
        if helper is not None:
            self.record(node, helper)

    def translate_helper(self, node: ast.Call) -> Helper | None:
        context = node.args[0]
        if isinstance(context, ast.Constant) and isinstance(context.value, str):
            return Helper(context.value, ("context", "text", "disambiguation", "n"), 1, 2, 3)
        self.problem(node, "translate() with a context that is not a literal")
        return None

    def tr_parameter(self, name: str) -> str | None:
        """The class whose ``self.tr`` was passed to the enclosing function as ``name``."""
        top = self.functions[0].name if self.functions and not self.classes else None
        return self.passed.get((top, name)) if top else None

    def owner_class(self, value: ast.expr) -> str | None:
        if isinstance(value, ast.Name) and value.id in ("self", "cls") and self.classes:
            return self.classes[-1]
        if isinstance(value, ast.Name):
            for function in reversed(self.functions):
                every = function.args.posonlyargs + function.args.args + function.args.kwonlyargs
                for arg in every:
                    if arg.arg == value.id:
                        return annotation_class(arg.annotation)
        return None

    def argument(self, node: ast.Call, helper: Helper, index: int | None) -> ast.expr | None:
        if index is None:
            return None
        if index < len(node.args):
            return node.args[index]
        name = helper.params[index]
        return next((k.value for k in node.keywords if k.arg == name), None)

    def record(self, node: ast.Call, helper: Helper) -> None:
        comment = self.argument(node, helper, helper.comment)
        count = self.argument(node, helper, helper.count)
        disambiguation = comment.value if isinstance(comment, ast.Constant) and isinstance(
            comment.value, str) else ""
        numerus = count is not None and not (
            isinstance(count, ast.Constant) and count.value in (None, -1))
        for source in self.texts(node, helper.context, self.argument(node, helper, helper.text)):
            self.out.add((helper.context, source, disambiguation), numerus, self.where(node))

    def texts(self, node: ast.Call, context: str, text: ast.expr | None) -> list[str]:
        """The literal(s) a call can translate: the string, a constant table, a domain value."""
        expression = ast.unparse(text) if text is not None else ""
        if (context, expression) in DYNAMIC:
            return DYNAMIC[(context, expression)]()
        values = self.values(text) if text is not None else None
        strings = [v.value for v in values or []
                   if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        if not values or len(strings) != len(values):
            self.problem(node, f"{context}: cannot translate the non-literal {expression!r}")
            return []
        return strings

    # -- a tiny evaluator for constant tables ------------------------------------------------

    def values(self, node: ast.expr) -> list[ast.expr] | None:
        """The expressions ``node`` can stand for, when they can be known without running it."""
        if isinstance(node, ast.Constant):
            return [node]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "N_" and len(node.args) == 1):
            return self.values(node.args[0])  # a text marked for the print catalogues
        if isinstance(node, ast.Name):
            for bindings in reversed(self.loops):
                if node.id in bindings:
                    return [v for b in bindings[node.id] for v in self.values(b) or [b]]
            value = constant(self.tree, node.id)
            return self.values(value) if value is not None else None
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id == "self" and node.attr in self.attributes):
            return [v for value in self.attributes[node.attr] for v in self.values(value) or []]
        if isinstance(node, ast.Subscript):
            return self.subscript(node)
        if isinstance(node, (ast.Tuple, ast.List, ast.Dict)):
            return [node]
        return None

    def subscript(self, node: ast.Subscript) -> list[ast.expr] | None:
        tables = self.values(node.value)
        if tables is None:
            return None
        index = node.slice
        picked: list[ast.expr] = []
        for table in tables:
            elements = _elements(table)
            if isinstance(index, ast.Constant) and isinstance(index.value, int):
                if not isinstance(table, (ast.Tuple, ast.List)):
                    return None
                picked.append(table.elts[index.value])
            elif elements is None:
                return None
            else:
                picked.extend(elements)  # an index known only at run time: any element
        return picked

    def loop_bindings(self, target: ast.expr, iterable: ast.expr) -> dict[str, list[ast.expr]]:
        """``for kind, label in TABLE.items()`` → {"kind": keys, "label": values}."""
        if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)
                and iterable.func.attr in ("items", "values") and not iterable.args):
            tables = self.values(iterable.func.value) or []
            dicts = [t for t in tables if isinstance(t, ast.Dict)]
            if iterable.func.attr == "values":
                rows: list[ast.expr] = [v for d in dicts for v in d.values]
            else:
                rows = [ast.Tuple([k, v]) for d in dicts for k, v in zip(d.keys, d.values,
                                                                         strict=True) if k]
        else:
            rows = [e for t in self.values(iterable) or [] for e in _elements(t) or []]
        if isinstance(target, ast.Name):
            return {target.id: rows}
        found: dict[str, list[ast.expr]] = {}
        for position, name in enumerate(target.elts if isinstance(target, ast.Tuple) else []):
            if isinstance(name, ast.Name):
                found[name.id] = [row.elts[position] for row in rows
                                  if isinstance(row, ast.Tuple) and position < len(row.elts)]
        return found


def _elements(table: ast.expr) -> list[ast.expr] | None:
    if isinstance(table, (ast.Tuple, ast.List)):
        return list(table.elts)
    if isinstance(table, ast.Dict):
        return list(table.values)
    return None

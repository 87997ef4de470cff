"""The numbers rule, checked in scene sources: a scene never types or computes a mathematical result.

Read with ``ast`` (no import). A scene file may
- hold its givens (the example's input numbers) as module-level UPPER_CASE constants;
- use layout numbers anywhere (positions, shifts, scales, run times, font sizes);
and may not
- write digits in displayed or narrated strings (MathTex, Tex, Text, narration, captions), except as
  sub- and superscripts (``v_1``, ``x^2``, ``\\mathbb{R}^2``): numbers on screen come from f-string placeholders
  filled with mlmath results;
- compute mathematics itself (``@``, ``np.dot``, ``np.linalg.*``, ``np.sqrt``, ``math.*``, ...);
- build numeric data from literals inside functions (``np.array([1.6, 0.8])``, ``Matrix([[...]])``,
  ``DecimalNumber(11)``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Violation", "check_source", "check_file"]

DISPLAY_CALLS = {
    "MathTex", "Tex", "Text", "MarkupText", "Paragraph", "Title", "BulletedList", "text", "narrate",
    "add_subcaption", "bullet_list", "show_title", "tex",
}
DATA_CALLS = {
    "array", "asarray", "Matrix", "IntegerMatrix", "DecimalMatrix", "DecimalNumber", "Integer", "column", "matrix",
    "column_vector",
}
MATH_ATTRS = {
    "dot", "vdot", "cross", "inner", "outer", "matmul", "sqrt", "arccos", "arcsin", "einsum", "tensordot",
    "det", "inv", "solve", "eig", "eigh", "svd", "norm", "lstsq", "pinv", "matrix_rank", "matrix_power",
    "cumsum", "prod", "var", "std", "cov", "corrcoef", "exp", "log",
}
_SCRIPT = re.compile(r"[_^](\{[^{}]*\}|\d)")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Violation:
    file: str
    line: int
    rule: str
    snippet: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.rule}: {self.snippet}"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.expr) -> list[str]:
    """The literal (typed) parts of a string expression; f-string placeholders are not typed text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) + _literal_text(node.right)
    return []


def _typed_digits(text: str) -> bool:
    return bool(_DIGIT.search(_SCRIPT.sub("", text)))


def _numeric_literal(node: ast.expr) -> bool:
    """A number, or a (nested) list/tuple holding at least one number and nothing but literals."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _numeric_literal(node.operand)
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool)
    if isinstance(node, ast.List | ast.Tuple):
        return bool(node.elts) and all(_numeric_literal(e) for e in node.elts)
    return False


class _Checker(ast.NodeVisitor):
    def __init__(self, file: str, source: str, wrappers: set[str]) -> None:
        self.file = file
        self.source = source
        self.display_calls = DISPLAY_CALLS | wrappers
        self.depth = 0  # > 0 inside a function or class body
        self.found: list[Violation] = []

    def _flag(self, node: ast.AST, rule: str) -> None:
        snippet = (ast.get_source_segment(self.source, node) or "").splitlines()[0][:90]
        self.found.append(Violation(self.file, getattr(node, "lineno", 0), rule, snippet))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.MatMult):
            self._flag(node, "computes a matrix product (ask mlmath)")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        func = node.func
        if name in self.display_calls:
            texts = [t for arg in node.args for t in _literal_text(arg)]
            if any(_typed_digits(t) for t in texts):
                self._flag(node, "types a number in displayed text (format an mlmath value instead)")
        for kw in node.keywords:
            if kw.arg == "subcaption" and any(_typed_digits(t) for t in _literal_text(kw.value)):
                self._flag(node, "types a number in a caption (format an mlmath value instead)")
        if isinstance(func, ast.Attribute):
            owner = ast.unparse(func.value)
            numeric = owner in {"math", "np.linalg", "numpy.linalg", "scipy.linalg", "sp.linalg"}
            if numeric or (owner in {"np", "numpy"} and name in MATH_ATTRS):
                self._flag(node, f"computes mathematics with {owner}.{name} (ask mlmath)")
        if self.depth > 0 and name in DATA_CALLS and node.args and _numeric_literal(node.args[0]):
            self._flag(node, "types numeric data inside a function (givens are module-level UPPER_CASE constants)")
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if self.depth == 0 and _numeric_literal(node.value):
            for target in node.targets:
                if isinstance(target, ast.Name) and not target.id.isupper():
                    self._flag(node, "module-level numeric data must be an UPPER_CASE given")
        self.generic_visit(node)


def check_source(source: str, file: str = "<scene>") -> list[Violation]:
    """Every breach of the numbers rule in one scene file's source."""
    tree = ast.parse(source, filename=file)
    # The file's own module-level helpers (a ``tex()`` or ``label()`` wrapper) are checked like MathTex.
    wrappers = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    checker = _Checker(file, source, wrappers)
    checker.visit(tree)
    return checker.found


def check_file(path: Path) -> list[Violation]:
    return check_source(path.read_text(encoding="utf-8"), str(path))

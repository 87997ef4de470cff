"""Exercise generators for ``linear_algebra.linear_systems``: solve a 2x2 system by elimination, and invert a
2x2 matrix by Gauss-Jordan. The row operations come from ``mlmath.elimination`` in exact fractions."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from mlmath.elimination import RowOperation, Rows, augment, eliminate, gauss_jordan
from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    det2,
    draw_int,
    plain_number,
    plain_vector,
    sum_of_terms,
    tex_number,
)

__all__ = ["elimination_exercise", "inverse_exercise", "GENERATORS", "tex_augmented", "tex_operation"]

LECTURE = "linear_algebra.linear_systems"


def tex_augmented(rows: Rows, left: int) -> str:
    """A matrix with a bar after its first ``left`` columns, as ``[A | b]`` is written."""
    spec = "c" * left + "|" + "c" * (len(rows[0]) - left)
    body = r" \\ ".join(" & ".join(tex_number(Fraction(x)) for x in row) for row in rows)
    return rf"\left[\begin{{array}}{{{spec}}} {body} \end{{array}}\right]"


def tex_operation(op: RowOperation) -> str:
    """A row operation as written over an arrow: ``R_2 - 3R_1``, ``\\tfrac{1}{2}R_1``, ``R_1 \\leftrightarrow R_2``."""
    t = f"R_{op.target + 1}"
    if op.kind == "swap":
        return rf"{t} \leftrightarrow R_{(op.source or 0) + 1}"
    factor = Fraction(op.factor)
    if op.kind == "scale":
        return f"{'-' if factor < 0 else ''}{tex_number(abs(factor)) if abs(factor) != 1 else ''}{t}"
    size = tex_number(abs(factor)) if abs(factor) != 1 else ""
    return f"{t} {'-' if factor < 0 else '+'} {size}R_{(op.source or 0) + 1}"


def _arrow(ops: Sequence[RowOperation]) -> str:
    """An arrow labelled with one operation above it (and a second below it)."""
    below = f"[{tex_operation(ops[1])}]" if len(ops) > 1 else ""
    return rf"\xrightarrow{below}{{{tex_operation(ops[0])}}}"


def _system_tex(a: Sequence[Sequence[int]], b: Sequence[int]) -> str:
    rows = [rf"{sum_of_terms([(row[0], 'x'), (row[1], 'y')])} &= {rhs}" for row, rhs in zip(a, b, strict=True)]
    return r"\begin{aligned} " + r" \\ ".join(rows) + r" \end{aligned}"


def _system_words(a: Sequence[Sequence[int]], b: Sequence[int]) -> str:
    rows = [f"{sum_of_terms([(row[0], 'x'), (row[1], 'y')])} = {rhs}" for row, rhs in zip(a, b, strict=True)]
    return " and ".join(rows)


def _add_words(op: RowOperation) -> str:
    factor = Fraction(op.factor)
    source, target = (op.source or 0) + 1, op.target + 1
    if factor < 0:
        return f"Subtract {plain_number(-factor)} times row {source} from row {target}"
    return f"Add {plain_number(factor)} times row {source} to row {target}"


def elimination_exercise(seed: int) -> Exercise:
    """Solve ``a x + b y = e, c x + d y = f`` by elimination: clear below the first pivot, then back-substitute.

    Built from an integer solution, with an integer multiplier, so every line is whole numbers.
    """
    rng = random.Random(seed)
    while True:
        x, y = draw_int(rng, -3, 3), draw_int(rng, -3, 3)
        a11, a12 = draw_int(rng, -2, 3, nonzero=True), draw_int(rng, -3, 3, nonzero=True)
        mult, a22 = draw_int(rng, -3, 3, nonzero=True), draw_int(rng, -4, 4)
        a = ((a11, a12), (mult * a11, a22))
        b = (a11 * x + a12 * y, mult * a11 * x + a22 * y)
        if det2(a[0], a[1]) != 0 and max(abs(v) for v in (*a[1], *b)) <= 9 and (x, y) != (0, 0):
            break
    record = eliminate(augment(a, b))  # exact: one step, R2 - mult R1
    (step,) = record.steps
    pivot2, rhs2 = Fraction(step.matrix[1][1]), Fraction(step.matrix[1][2])
    y_sub = f"({y})" if y < 0 else f"{y}"
    y_term = y_sub if abs(a12) == 1 else rf"{abs(a12)} \cdot {y_sub}"
    return Exercise(
        key="elimination",
        lecture=LECTURE,
        title="Solve a system by elimination",
        seed=seed,
        prompt=f"Solve the system {_system_words(a, b)} by elimination.",
        givens_tex=(_system_tex(a, b),),
        ask_tex=r"(x,\ y) = \;?",
        steps=(
            Step("Write the system as an augmented matrix: coefficients, a bar, then the right-hand sides.",
                 tex_augmented(augment(a, b), 2)),
            Step(f"{_add_words(step.operation)} to clear the entry below the first pivot.",
                 rf"{_arrow([step.operation])} {tex_augmented(step.matrix, 2)}"),
            Step(f"Row 2 now reads {plain_number(pivot2)} y = {plain_number(rhs2)}. Divide by the pivot.",
                 rf"{tex_number(pivot2)}\,y = {tex_number(rhs2)} \;\Rightarrow\; y = {y}"),
            Step("Substitute y into row 1 and solve for x.",
                 rf"{sum_of_terms([(a11, 'x')])} {'-' if a12 < 0 else '+'} {y_term} = {b[0]}"
                 rf" \;\Rightarrow\; x = {x}"),
        ),
        answer=(x, y),
        answer_tex=rf"(x,\ y) = ({x},\ {y})",
        answer_say=f"The solution is x = {x} and y = {y}: the point where the two lines meet.",
        code_givens={"row1": list(a[0]), "row2": list(a[1]), "b": list(b)},
        solution_code="A = np.array([row1, row2])\nanswer = np.linalg.solve(A, b)",
        hint="Make the entry under the first pivot zero, solve the last row, then substitute back.",
    )


def _pleasant(rows: Rows) -> bool:
    return all(Fraction(v).denominator <= 2 and abs(Fraction(v)) <= 12 for row in rows for v in row)


def inverse_exercise(seed: int) -> Exercise:
    """Invert a 2x2 matrix by Gauss-Jordan on ``[A | I]``; a non-zero second pivot shows it is not singular."""
    rng = random.Random(seed)
    while True:
        a11 = draw_int(rng, -2, 2, nonzero=True)
        a = ((a11, draw_int(rng, -3, 3)), (a11 * draw_int(rng, -2, 2, nonzero=True), draw_int(rng, -3, 3)))
        record = gauss_jordan(a)
        first = [s for s in record.steps if s.pivot[1] == 0]
        second = [s for s in record.steps if s.pivot[1] == 1]
        if abs(det2(a[0], a[1])) in (1, 2) and second and all(_pleasant(s.matrix) for s in record.steps):
            break
    kinds = {s.operation.kind for s in second}
    finish = {frozenset({"scale", "add"}): "Scale the second pivot to 1 and clear above it.",
              frozenset({"scale"}): "Scale the second pivot to 1.",
              frozenset({"add"}): "Clear the entry above the second pivot."}[frozenset(kinds)]
    cleared = first[-1].matrix
    inv = tuple(tuple(Fraction(v) for v in row[2:]) for row in record.result)
    flat = tuple(v for row in inv for v in row)
    inv_tex = r"\begin{bmatrix} " + r" \\ ".join(" & ".join(tex_number(v) for v in row) for row in inv) + \
        r" \end{bmatrix}"
    a_tex = r"\begin{bmatrix} " + r" \\ ".join(" & ".join(str(v) for v in row) for row in a) + r" \end{bmatrix}"
    return Exercise(
        key="inverse",
        lecture=LECTURE,
        title="Invert a matrix by Gauss-Jordan",
        seed=seed,
        prompt=(f"Let A have rows {plain_vector(a[0])} and {plain_vector(a[1])}. Check that A is not singular, "
                "and find its inverse by Gauss-Jordan elimination."),
        givens_tex=(rf"A = {a_tex}",),
        ask_tex=r"A^{-1} = \;?",
        steps=(
            Step("Write A beside the identity matrix.", tex_augmented(record.start, 2)),
            Step(f"Clear the first column. The second pivot is {plain_number(Fraction(cleared[1][1]))}, not zero, "
                 "so A is not singular.", rf"{_arrow([s.operation for s in first])} {tex_augmented(cleared, 2)}"),
            Step(finish, rf"{_arrow([s.operation for s in second])} {tex_augmented(record.result, 2)}"),
            Step("The left half is now the identity, so the right half is the inverse.", rf"A^{{-1}} = {inv_tex}"),
        ),
        answer=flat,
        answer_tex=rf"A^{{-1}} = {inv_tex}",
        answer_say=(f"The inverse has rows {plain_vector(inv[0])} and {plain_vector(inv[1])}: the map that "
                    "undoes A."),
        code_givens={"row1": list(a[0]), "row2": list(a[1])},
        solution_code="A = np.array([row1, row2])\nanswer = np.linalg.inv(A).ravel()",
        hint="Row-reduce [A | I] until the left half is I; whatever the right half became is the inverse.",
    )


GENERATORS: list[Generator] = [elimination_exercise, inverse_exercise]

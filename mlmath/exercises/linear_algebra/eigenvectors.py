"""Exercise generators for ``linear_algebra.eigenvectors``: eigenvalues from the trace and determinant, and an
eigenvector for a given eigenvalue."""

from __future__ import annotations

import random
from fractions import Fraction

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    draw_choice,
    draw_int,
    plain_number,
    plain_vector,
    sum_of_terms,
    tex_column,
    tex_matrix,
    tex_number,
)

__all__ = ["eigenvalues_exercise", "eigenvector_exercise", "draw_matrix", "GENERATORS"]

Rows = tuple[tuple[int, int], tuple[int, int]]


def _plain_rows(rows: Rows) -> str:
    return f"rows {plain_vector(rows[0])} and {plain_vector(rows[1])}"


def _times(x: int) -> str:
    """``x`` as a factor in a product: negative numbers in brackets."""
    return f"({x})" if x < 0 else str(x)


def _lambda_minus(value: int) -> str:
    """``lambda - value`` as a person writes it: ``\\lambda - 3``, ``\\lambda + 1``, ``\\lambda``."""
    if value == 0:
        return r"\lambda"
    return rf"\lambda {'-' if value > 0 else '+'} {abs(value)}"


def _quadratic(trace: int, det: int) -> str:
    """``lambda^2 - tr lambda + det`` with its signs and unit coefficients written as by hand."""
    out = r"\lambda^2"
    if trace:
        size = "" if abs(trace) == 1 else str(abs(trace))
        out += f" {'-' if trace > 0 else '+'} {size}\\lambda"
    if det:
        out += f" {'+' if det > 0 else '-'} {abs(det)}"
    return out


def draw_matrix(rng: random.Random) -> tuple[Rows, tuple[int, int]]:
    """A 2x2 integer matrix with small entries, both off-diagonal entries non-zero, and two distinct integer
    eigenvalues (returned largest first): the eigenvalues are drawn first, then a diagonal with their sum, then
    off-diagonal entries whose product makes the determinant their product."""
    while True:
        high, low = draw_int(rng, -2, 5), draw_int(rng, -3, 4)
        if high <= low:
            continue
        a = draw_int(rng, -2, 5)
        d = high + low - a
        bc = a * d - high * low
        pairs = [(b, bc // b) for b in range(-5, 6) if b and bc and bc % b == 0 and abs(bc // b) <= 5]
        if abs(d) <= 6 and pairs:
            b, c = draw_choice(rng, pairs)
            return ((a, b), (c, d)), (high, low)


def eigenvalues_exercise(seed: int) -> Exercise:
    """The eigenvalues of a 2x2 matrix from ``lambda^2 - tr(A) lambda + det(A) = 0``, factored by hand."""
    rng = random.Random(seed)
    rows, (high, low) = draw_matrix(rng)
    (a, b), (c, d) = rows
    trace, det = a + d, a * d - b * c
    return Exercise(
        key="eigenvalues",
        lecture="linear_algebra.eigenvectors",
        title="Eigenvalues from trace and determinant",
        seed=seed,
        prompt=f"Find the eigenvalues of the matrix A with {_plain_rows(rows)}.",
        givens_tex=(rf"A = {tex_matrix(rows)}",),
        ask_tex=r"\det(A - \lambda I) = 0, \quad \lambda_1, \lambda_2 = \;?",
        steps=(
            Step("The trace is the sum of the diagonal entries.", rf"\operatorname{{tr}} A = {a} + {_times(d)} = "
                 rf"{trace}"),
            Step("The determinant is a d minus b c.",
                 rf"\det A = {a} \cdot {_times(d)} - {_times(b)} \cdot {_times(c)} = {det}"),
            Step("The characteristic equation is lambda squared, minus the trace times lambda, plus the "
                 "determinant.", rf"{_quadratic(trace, det)} = 0"),
            Step(f"Factor it: two numbers whose sum is {trace} and whose product is {det}.",
                 rf"({_lambda_minus(high)})({_lambda_minus(low)}) = 0"),
            Step("Each factor is zero at one eigenvalue.", rf"\lambda_1 = {high}, \quad \lambda_2 = {low}"),
        ),
        answer=(high, low),
        answer_tex=rf"\lambda_1 = {high}, \quad \lambda_2 = {low}",
        answer_say=f"The eigenvalues are {high} and {low}.",
        code_givens={"row1": [a, b], "row2": [c, d]},
        solution_code="A = np.array([row1, row2])\nanswer = np.sort(np.linalg.eigvals(A).real)[::-1]",
        hint="Their sum is the trace and their product is the determinant.",
    )


def eigenvector_exercise(seed: int) -> Exercise:
    """An eigenvector ``v = (1, y)`` for a given eigenvalue: the first row of ``(A - lambda I) v = 0`` gives
    ``y = (lambda - a) / b``."""
    rng = random.Random(seed)
    while True:
        rows, values = draw_matrix(rng)
        (a, b), (c, d) = rows
        lam = draw_choice(rng, values)
        y = Fraction(lam - a, b)
        if y.denominator <= 2 and abs(y) <= 4:
            break
    shifted = ((a - lam, b), (c, d - lam))
    v = (Fraction(1), y)
    av = (a + b * y, c + d * y)
    thin = r"\,"
    row_eq = f"{sum_of_terms([(a - lam, 'x'), (b, 'y')], thin)} = 0"
    shift_say = (f"Subtract {lam} from both diagonal entries." if lam >= 0
                 else f"Add {-lam} to both diagonal entries.")
    shift_tex = sum_of_terms([(1, "A"), (-lam, "I")], thin)
    return Exercise(
        key="eigenvector",
        lecture="linear_algebra.eigenvectors",
        title="An eigenvector for an eigenvalue",
        seed=seed,
        prompt=(f"The matrix A with {_plain_rows(rows)} has the eigenvalue {lam}. "
                "Find an eigenvector for it whose first entry is 1."),
        givens_tex=(rf"A = {tex_matrix(rows)}", rf"\lambda = {lam}"),
        ask_tex=r"(A - \lambda I)\, v = 0, \quad v = \begin{bmatrix} 1 \\ y \end{bmatrix}, \quad y = \;?",
        steps=(
            Step(shift_say, rf"{shift_tex} = {tex_matrix(shifted)}"),
            Step("Its first row gives an equation for the entries x and y of v.", row_eq),
            Step("Put x equal to 1 and solve for y.",
                 rf"{sum_of_terms([(b, 'y')], thin)} = {lam - a} \;\Rightarrow\; y = {tex_number(y)}"),
            Step("So v has entries 1 and y. Check: A times v is the eigenvalue times v.",
                 rf"v = {tex_column(v)}, \quad A v = {tex_column(av)} = {_times(lam)} {tex_column(v)}"),
        ),
        answer=v,
        answer_tex=rf"v = {tex_column(v)}",
        answer_say=f"An eigenvector is v = {plain_vector(v)}; any non-zero multiple of it works too.",
        code_givens={"row1": [a, b], "row2": [c, d], "lam": lam},
        solution_code=("A = np.array([row1, row2])\nw, V = np.linalg.eig(A)\n"
                       "v = V[:, np.argmin(np.abs(w - lam))]\nanswer = v / v[0]"),
        hint=f"Solve (A - {plain_number(lam)} I) v = 0 using its first row, with x = 1.",
    )


GENERATORS: list[Generator] = [eigenvalues_exercise, eigenvector_exercise]

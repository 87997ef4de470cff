"""Exercise generators for ``linear_algebra.transformations``: where a matrix sends a vector, and a product of two
matrices taken in both orders."""

from __future__ import annotations

import random
from collections.abc import Sequence

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    det2,
    draw_int,
    draw_vector,
    plain_vector,
    tex_column,
    tex_matrix,
)

__all__ = ["image_exercise", "product_exercise", "GENERATORS"]

Mat = tuple[tuple[int, int], tuple[int, int]]


def _plain_matrix(m: Mat) -> str:
    return "[" + ", ".join("[" + ", ".join(str(x) for x in row) + "]" for row in m) + "]"


def _factor(x: int) -> str:
    """A factor inside a product, bracketed when negative: ``3``, ``(-2)``."""
    return f"({x})" if x < 0 else str(x)


def _scaled(c: int, col: Sequence[int], first: bool) -> str:
    """``c`` times a column, as a term of a sum: ``2[..]``, ``- [..]``, ``+ 3[..]``."""
    size = "" if abs(c) == 1 else str(abs(c))
    sign = ("-" if c < 0 else "") if first else ("- " if c < 0 else "+ ")
    return f"{sign}{size}{tex_column(col)}"


def _product(a: Mat, b: Mat) -> Mat:
    (p, q), (r, s) = a
    (w, x), (y, z) = b
    return (p * w + q * y, p * x + q * z), (r * w + s * y, r * x + s * z)


def _expanded(a: Mat, b: Mat) -> str:
    """The product written entry by entry, row of ``a`` times column of ``b``: ``1 \\cdot 3 + 2 \\cdot (-1)``."""
    rows = []
    for i in range(2):
        rows.append(" & ".join(
            " + ".join(rf"{_factor(a[i][k])} \cdot {_factor(b[k][j])}" for k in range(2)) for j in range(2)))
    return r"\begin{bmatrix}" + r" \\ ".join(rows) + r"\end{bmatrix}"


def image_exercise(seed: int) -> Exercise:
    """Where a matrix sends ``v = x i + y j``: ``A v = x a_1 + y a_2``, the combination of its columns."""
    rng = random.Random(seed)
    while True:
        a1, a2 = draw_vector(rng, -2, 3), draw_vector(rng, -2, 3)
        v = (draw_int(rng, -2, 3, nonzero=True), draw_int(rng, -2, 3, nonzero=True))
        x_part = (v[0] * a1[0], v[0] * a1[1])
        y_part = (v[1] * a2[0], v[1] * a2[1])
        image = (x_part[0] + y_part[0], x_part[1] + y_part[1])
        if det2(a1, a2) != 0 and max(abs(image[0]), abs(image[1])) <= 5 and image != (0, 0):
            break
    a: Mat = ((a1[0], a2[0]), (a1[1], a2[1]))
    combo = f"{_scaled(v[0], a1, True)} {_scaled(v[1], a2, False)}"
    return Exercise(
        key="image",
        lecture="linear_algebra.transformations",
        title="Where a matrix sends a vector",
        seed=seed,
        prompt=(f"The matrix A sends i-hat to {plain_vector(a1)} and j-hat to {plain_vector(a2)}. "
                f"Find where it sends v = {plain_vector(v)}."),
        givens_tex=(rf"A = {tex_matrix(a)}", rf"v = {tex_column(v)}"),
        ask_tex=r"A v = \;?",
        steps=(
            Step("The columns of A are where i-hat and j-hat land.",
                 rf"A\hat{{\imath}} = {tex_column(a1)}, \quad A\hat{{\jmath}} = {tex_column(a2)}"),
            Step(f"v is {v[0]} i-hat {'minus' if v[1] < 0 else 'plus'} {abs(v[1])} j-hat, so A v is the same "
                 "combination of the columns.",
                 rf"A v = {combo}"),
            Step("Scale each column, then add entry by entry.",
                 rf"A v = {tex_column(x_part)} + {tex_column(y_part)} = {tex_column(image)}"),
        ),
        answer=image,
        answer_tex=rf"A v = {tex_column(image)}",
        answer_say=f"A sends v to {plain_vector(image)}.",
        code_givens={"i_lands": list(a1), "j_lands": list(a2), "v": list(v)},
        solution_code="A = np.column_stack([i_lands, j_lands])\nanswer = A @ v",
        hint="Put where i-hat and j-hat land as the columns of A, then compute A @ v.",
    )


def _draw_matrix(rng: random.Random) -> Mat:
    return ((draw_int(rng, -2, 3), draw_int(rng, -2, 3)), (draw_int(rng, -2, 3), draw_int(rng, -2, 3)))


def product_exercise(seed: int) -> Exercise:
    """Multiply two 2x2 matrices in both orders, row by column, and see whether the order matters.

    About one time in four the second matrix is built to commute with the first (``B = p A + q I``)."""
    rng = random.Random(seed)
    while True:
        a = _draw_matrix(rng)
        if rng.random() < 0.25:
            p, q = draw_int(rng, -1, 1, nonzero=True), draw_int(rng, -2, 2, nonzero=True)
            b: Mat = ((p * a[0][0] + q, p * a[0][1]), (p * a[1][0], p * a[1][1] + q))
        else:
            b = _draw_matrix(rng)
        ab, ba = _product(a, b), _product(b, a)
        entries = [x for m in (a, b) for row in m for x in row]
        sizes = [abs(x) for m in (ab, ba) for row in m for x in row]
        trivial = a[0][1] == a[1][0] == 0 or b[0][1] == b[1][0] == 0  # a diagonal factor: too easy
        if not trivial and a != b and max(abs(x) for x in entries) <= 4 and max(sizes) <= 12:
            break
    same = ab == ba
    relation = "=" if same else r"\neq"
    verdict = ("They are equal: these two matrices commute, so the order does not matter." if same
               else "They differ: the order matters.")
    return Exercise(
        key="product",
        lecture="linear_algebra.transformations",
        title="A product in both orders",
        seed=seed,
        prompt=(f"Let A = {_plain_matrix(a)} and B = {_plain_matrix(b)}, each written row by row. "
                "Compute AB and BA, and say whether the order matters."),
        givens_tex=(rf"A = {tex_matrix(a)}", rf"B = {tex_matrix(b)}"),
        ask_tex=r"AB = \;?, \quad BA = \;?",
        steps=(
            Step("Each entry of AB is a row of A times a column of B: multiply matching entries and add.",
                 rf"AB = {_expanded(a, b)} = {tex_matrix(ab)}"),
            Step("Now the other order: rows of B times columns of A.",
                 rf"BA = {_expanded(b, a)} = {tex_matrix(ba)}"),
            Step("Compare the two products entry by entry.", rf"AB {relation} BA"),
        ),
        answer=tuple(x for m in (ab, ba) for row in m for x in row),
        answer_tex=rf"AB = {tex_matrix(ab)} {relation} {tex_matrix(ba)} = BA",
        answer_say=f"AB is {_plain_matrix(ab)} and BA is {_plain_matrix(ba)}. {verdict}",
        code_givens={"A": [x for row in a for x in row], "B": [x for row in b for x in row]},
        solution_code=("A, B = A.reshape(2, 2), B.reshape(2, 2)\n"
                       "answer = np.concatenate([(A @ B).ravel(), (B @ A).ravel()])"),
        hint=("A.reshape(2, 2) turns the four entries, listed row by row, into the matrix. "
              "Answer with the entries of AB, then those of BA, row by row."),
    )


GENERATORS: list[Generator] = [image_exercise, product_exercise]

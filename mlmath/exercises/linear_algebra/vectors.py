"""Exercise generators for ``linear_algebra.vectors``: linear combinations and coordinates in a basis."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    det2,
    draw_int,
    draw_vector,
    plain_number,
    plain_vector,
    sum_of_terms,
    tex_column,
    tex_number,
)

__all__ = ["combination_exercise", "coordinates_exercise", "GENERATORS"]


def _equation(a: int, b: int, rhs: Fraction) -> str:
    return f"{sum_of_terms([(a, 'c_1'), (b, 'c_2')])} = {tex_number(rhs)}"


def _scaled_tex(c: int, v: Sequence[int]) -> str:
    return f"{tex_number(c)}{tex_column(v)}"



def combination_exercise(seed: int) -> Exercise:
    """Compute ``c1 v + c2 w`` for small integer vectors and coefficients: scale each, then add entry by entry."""
    rng = random.Random(seed)
    v, w = draw_vector(rng), draw_vector(rng)
    while det2(v, w) == 0:
        w = draw_vector(rng)
    c1, c2 = draw_int(rng, -3, 3, nonzero=True), draw_int(rng, -3, 3, nonzero=True)
    sv = (c1 * v[0], c1 * v[1])
    sw = (c2 * w[0], c2 * w[1])
    total = (sv[0] + sw[0], sv[1] + sw[1])
    combo = sum_of_terms([(c1, "v"), (c2, "w")], r"\,")
    return Exercise(
        key="combination",
        lecture="linear_algebra.vectors",
        title="A linear combination",
        seed=seed,
        prompt=(
            f"Let v = {plain_vector(v)} and w = {plain_vector(w)}. "
            f"Compute the linear combination {sum_of_terms([(c1, 'v'), (c2, 'w')], ' ')}."
        ),
        givens_tex=(rf"v = {tex_column(v)}", rf"w = {tex_column(w)}"),
        ask_tex=rf"{combo} = \;?",
        steps=(
            Step(f"Scale v by {c1}: multiply each entry.", rf"{_scaled_tex(c1, v)} = {tex_column(sv)}"),
            Step(f"Scale w by {c2}.", rf"{_scaled_tex(c2, w)} = {tex_column(sw)}"),
            Step(
                "Add the two results entry by entry.",
                rf"{tex_column(sv)} + {tex_column(sw)} = {tex_column(total)}",
            ),
        ),
        answer=total,
        answer_tex=rf"{combo} = {tex_column(total)}",
        answer_say=f"The combination is the vector {plain_vector(total)}.",
        code_givens={"v": list(v), "w": list(w), "c1": c1, "c2": c2},
        solution_code="answer = c1 * v + c2 * w",
        hint="Multiply each vector by its coefficient, then add matching entries.",
    )


def coordinates_exercise(seed: int) -> Exercise:
    """Find the coordinates of ``t`` in the basis ``{b1, b2}``: solve ``c1 b1 + c2 b2 = t`` by Cramer's rule."""
    rng = random.Random(seed)
    while True:
        b1, b2 = draw_vector(rng, -2, 3), draw_vector(rng, -2, 3)
        det = det2(b1, b2)
        if det in (-2, -1, 1, 2):
            break
    while True:
        c = (Fraction(draw_int(rng, -3, 3)), Fraction(draw_int(rng, -3, 3, nonzero=True)))
        if det in (-2, 2) and rng.random() < 0.5:
            c = (c[0] + Fraction(1, 2), c[1])  # a half now and then: exact fractions, still by hand
        t = (c[0] * b1[0] + c[1] * b2[0], c[0] * b1[1] + c[1] * b2[1])
        if max(abs(t[0]), abs(t[1])) <= 9:  # small givens
            break
    d1 = t[0] * b2[1] - t[1] * b2[0]
    d2 = b1[0] * t[1] - b1[1] * t[0]
    m = rf"\begin{{vmatrix}} {b1[0]} & {b2[0]} \\ {b1[1]} & {b2[1]} \end{{vmatrix}}"
    return Exercise(
        key="coordinates",
        lecture="linear_algebra.vectors",
        title="Coordinates in a basis",
        seed=seed,
        prompt=(
            f"The vectors b1 = {plain_vector(b1)} and b2 = {plain_vector(b2)} form a basis. "
            f"Find the coordinates of t = {plain_vector(t)} in this basis."
        ),
        givens_tex=(rf"b_1 = {tex_column(b1)}", rf"b_2 = {tex_column(b2)}", rf"t = {tex_column(t)}"),
        ask_tex=r"c_1 b_1 + c_2 b_2 = t, \quad c = \;?",
        steps=(
            Step("Write the two equations, one per entry.",
                 rf"{_equation(b1[0], b2[0], t[0])}, \qquad {_equation(b1[1], b2[1], t[1])}"),
            Step(f"The determinant of the basis is {det}, not zero, so there is one solution.",
                 rf"\det B = {m} = {det}"),
            Step("Cramer's rule: replace a column by t, divide by the determinant.",
                 rf"c_1 = \frac{{{tex_number(d1)}}}{{{det}}} = {tex_number(c[0])}, \quad "
                 rf"c_2 = \frac{{{tex_number(d2)}}}{{{det}}} = {tex_number(c[1])}"),
        ),
        answer=c,
        answer_tex=rf"c = {tex_column(c)}",
        answer_say=f"The coordinates are c1 = {plain_number(c[0])} and c2 = {plain_number(c[1])}.",
        code_givens={"b1": list(b1), "b2": list(b2), "t": [float(x) for x in t]},
        solution_code="answer = np.linalg.solve(np.column_stack([b1, b2]), t)",
        hint="Put b1 and b2 as the columns of a matrix B and solve B c = t.",
    )


GENERATORS: list[Generator] = [combination_exercise, coordinates_exercise]

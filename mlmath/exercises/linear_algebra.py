"""Exercise generators for the Linear Algebra lectures.

Random choices use only ``random.Random.random()``, whose sequence Python guarantees for a given seed, so a
seed gives the same exercise on every Python version.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    plain_number,
    plain_vector,
    tex_column,
    tex_number,
    tex_sqrt,
)

__all__ = ["combination_exercise", "coordinates_exercise", "projection_exercise", "angle_exercise", "GENERATORS"]

Vec = tuple[int, int]


def _int(rng: random.Random, lo: int, hi: int, nonzero: bool = False) -> int:
    """A uniform integer in [lo, hi] (zero excluded when asked)."""
    while True:
        value = lo + int(rng.random() * (hi - lo + 1))
        if not (nonzero and value == 0):
            return value


def _vec(rng: random.Random, lo: int = -3, hi: int = 3) -> Vec:
    while True:
        v = (_int(rng, lo, hi), _int(rng, lo, hi))
        if v != (0, 0):
            return v


def _det(a: Sequence[int], b: Sequence[int]) -> int:
    return a[0] * b[1] - a[1] * b[0]


def _dot(a: Sequence[Fraction | int], b: Sequence[Fraction | int]) -> Fraction:
    return Fraction(sum(Fraction(x) * y for x, y in zip(a, b, strict=True)))


def _sum_of_terms(pairs: Sequence[tuple[int, str]], sep: str = "") -> str:
    """A sum of ``coef symbol`` terms as a person writes it: ``c_1 - 2c_2``, ``-v + 3w``; zero terms dropped."""
    out = ""
    for coef, symbol in pairs:
        if coef == 0:
            continue
        size = "" if abs(coef) == 1 else f"{abs(coef)}{sep}"
        if not out:
            out = f"{'-' if coef < 0 else ''}{size}{symbol}"
        else:
            out += f" {'-' if coef < 0 else '+'} {size}{symbol}"
    return out or "0"


def _equation(a: int, b: int, rhs: Fraction) -> str:
    return f"{_sum_of_terms([(a, 'c_1'), (b, 'c_2')])} = {tex_number(rhs)}"


def _scaled_tex(c: int, v: Sequence[int]) -> str:
    return f"{tex_number(c)}{tex_column(v)}"


# -- vectors ------------------------------------------------------------------------------------------------


def combination_exercise(seed: int) -> Exercise:
    """Compute ``c1 v + c2 w`` for small integer vectors and coefficients: scale each, then add entry by entry."""
    rng = random.Random(seed)
    v, w = _vec(rng), _vec(rng)
    while _det(v, w) == 0:
        w = _vec(rng)
    c1, c2 = _int(rng, -3, 3, nonzero=True), _int(rng, -3, 3, nonzero=True)
    sv = (c1 * v[0], c1 * v[1])
    sw = (c2 * w[0], c2 * w[1])
    total = (sv[0] + sw[0], sv[1] + sw[1])
    combo = _sum_of_terms([(c1, "v"), (c2, "w")], r"\,")
    return Exercise(
        key="combination",
        lecture="linear_algebra.vectors",
        title="A linear combination",
        seed=seed,
        prompt=(
            f"Let v = {plain_vector(v)} and w = {plain_vector(w)}. "
            f"Compute the linear combination {_sum_of_terms([(c1, 'v'), (c2, 'w')], ' ')}."
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
        b1, b2 = _vec(rng, -2, 3), _vec(rng, -2, 3)
        det = _det(b1, b2)
        if det in (-2, -1, 1, 2):
            break
    while True:
        c = (Fraction(_int(rng, -3, 3)), Fraction(_int(rng, -3, 3, nonzero=True)))
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


# -- dot product --------------------------------------------------------------------------------------------


def projection_exercise(seed: int) -> Exercise:
    """Project ``v`` onto the line of ``u``: ``(v . u / u . u) u``, with exact fractions."""
    rng = random.Random(seed)
    u = _vec(rng, -3, 3)
    v = _vec(rng, -3, 4)
    while _det(u, v) == 0:
        v = _vec(rng, -3, 4)
    vu, uu = _dot(v, u), _dot(u, u)
    k = vu / uu
    p = (k * u[0], k * u[1])
    ratio = rf"\frac{{{tex_number(vu)}}}{{{tex_number(uu)}}}"
    if k.denominator != uu or k.numerator != vu:  # it reduces: show the reduced value too
        ratio += f" = {tex_number(k)}"
    return Exercise(
        key="projection",
        lecture="linear_algebra.dot_product",
        title="Project onto a line",
        seed=seed,
        prompt=f"Project v = {plain_vector(v)} onto the line spanned by u = {plain_vector(u)}.",
        givens_tex=(rf"u = {tex_column(u)}", rf"v = {tex_column(v)}"),
        ask_tex=r"p = \frac{v \cdot u}{u \cdot u}\, u = \;?",
        steps=(
            Step("Dot v with u.", rf"v \cdot u = {tex_number(vu)}"),
            Step("Dot u with itself.", rf"u \cdot u = {tex_number(uu)}"),
            Step("Their ratio is how many u's the shadow holds.", rf"\frac{{v \cdot u}}{{u \cdot u}} = {ratio}"),
            Step("Scale u by that ratio.", rf"p = {tex_number(k)}{tex_column(u)} = {tex_column(p)}"),
        ),
        answer=p,
        answer_tex=rf"p = {tex_column(p)}",
        answer_say=f"The projection is p = {plain_vector(p)}.",
        code_givens={"u": list(u), "v": list(v)},
        solution_code="answer = (v @ u) / (u @ u) * u",
        hint="Compute v . u and u . u, divide, and scale u by the result.",
    )


_ANGLES = (45, 90, 135)


def angle_exercise(seed: int) -> Exercise:
    """The angle between two vectors from ``cos(theta) = u . v / (|u| |v|)``, built to land on 45, 90 or 135
    degrees."""
    rng = random.Random(seed)
    a, b = _vec(rng, -3, 3)
    u = (a, b)
    degrees = _ANGLES[int(rng.random() * len(_ANGLES))]
    s = _int(rng, 1, 2)
    turned = {45: (a - b, a + b), 90: (-b, a), 135: (-a - b, a - b)}[degrees]
    v = (s * turned[0], s * turned[1])
    uv = int(_dot(u, v))
    uu, vv = int(_dot(u, u)), int(_dot(v, v))
    cos_tex = {45: r"\tfrac{\sqrt{2}}{2}", 90: "0", 135: r"-\tfrac{\sqrt{2}}{2}"}[degrees]
    return Exercise(
        key="angle",
        lecture="linear_algebra.dot_product",
        title="The angle between two vectors",
        seed=seed,
        prompt=f"Find the angle between u = {plain_vector(u)} and v = {plain_vector(v)}, in degrees.",
        givens_tex=(rf"u = {tex_column(u)}", rf"v = {tex_column(v)}"),
        ask_tex=r"\cos\theta = \frac{u \cdot v}{\lVert u \rVert\, \lVert v \rVert}, \quad \theta = \;?",
        steps=(
            Step("Dot u with v.", rf"u \cdot v = {uv}"),
            Step("Take both lengths.", rf"\lVert u \rVert = {tex_sqrt(uu)}, \quad \lVert v \rVert = {tex_sqrt(vv)}"),
            Step("Divide the dot product by the product of the lengths.",
                 rf"\cos\theta = \frac{{{uv}}}{{{tex_sqrt(uu)} \cdot {tex_sqrt(vv)}}} = {cos_tex}"),
            Step("Read off the angle whose cosine that is.", rf"\theta = {degrees}^\circ"),
        ),
        answer=(degrees,),
        answer_tex=rf"\theta = {degrees}^\circ",
        answer_say=f"The angle is {degrees} degrees.",
        code_givens={"u": list(u), "v": list(v)},
        solution_code="answer = np.degrees(np.arccos((u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))))",
        hint="cos(theta) is the dot product over the product of the lengths; np.arccos gives radians.",
    )


GENERATORS: dict[str, list[Generator]] = {
    "linear_algebra.vectors": [combination_exercise, coordinates_exercise],
    "linear_algebra.dot_product": [projection_exercise, angle_exercise],
}

"""Exercise generators for ``linear_algebra.pca``: a covariance matrix by hand, and keeping one principal
component (score, reconstruction, lost part)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from fractions import Fraction

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    det2,
    draw_choice,
    draw_int,
    draw_vector,
    exact_dot,
    plain_number,
    plain_vector,
    tex_column,
    tex_matrix,
    tex_number,
)

__all__ = ["covariance_exercise", "reconstruction_exercise", "GENERATORS"]

LECTURE = "linear_algebra.pca"


def _plain_matrix(rows: Sequence[Sequence[Fraction | int]]) -> str:
    return "[" + "; ".join(", ".join(plain_number(x) for x in row) for row in rows) + "]"


def _times(coef: Fraction, value: int, first: bool = False) -> str:
    r"""``coef . value`` as a term of a sum: ``\tfrac{3}{5} \cdot 2``, ``- \tfrac{4}{5} \cdot (-1)``."""
    sign = "-" if coef < 0 else ("" if first else "+")
    shown = f"({value})" if value < 0 else str(value)
    return f"{sign} {tex_number(abs(coef))} \\cdot {shown}".strip()


def covariance_exercise(seed: int) -> Exercise:
    """The sample covariance ``C = (1/(n-1)) sum_i (x_i - mu)(x_i - mu)^T`` of three points of the plane, built
    so that the mean is a whole point and the entries are halves at worst."""
    rng = random.Random(seed)
    mu = (draw_int(rng, -2, 2), draw_int(rng, -2, 2))
    while True:
        d1, d2 = draw_vector(rng, -3, 3), draw_vector(rng, -3, 3)
        d3 = (-d1[0] - d2[0], -d1[1] - d2[1])
        devs = (d1, d2, d3)
        sxy = sum(d[0] * d[1] for d in devs)
        if det2(d1, d2) != 0 and sxy != 0 and max(abs(c) for c in d3) <= 4:
            break
    points = [(mu[0] + d[0], mu[1] + d[1]) for d in devs]
    sxx, syy = sum(d[0] ** 2 for d in devs), sum(d[1] ** 2 for d in devs)
    n = len(points)
    c = ((Fraction(sxx, n - 1), Fraction(sxy, n - 1)), (Fraction(sxy, n - 1), Fraction(syy, n - 1)))
    names = [f"x_{k + 1}" for k in range(n)]
    total = (sum(p[0] for p in points), sum(p[1] for p in points))
    return Exercise(
        key="covariance",
        lecture=LECTURE,
        title="A covariance matrix by hand",
        seed=seed,
        prompt=(
            "Find the sample covariance matrix of the three points "
            + ", ".join(plain_vector(p) for p in points[:-1]) + f" and {plain_vector(points[-1])}."
        ),
        givens_tex=tuple(rf"{name} = {tex_column(p)}" for name, p in zip(names, points, strict=True)),
        ask_tex=r"C = \frac{1}{n-1} \sum_i \tilde{x}_i \tilde{x}_i^{T} = \;?",
        steps=(
            Step("Average the points to find the mean.",
                 rf"\mu = \tfrac{{1}}{{{n}}}({' + '.join(names)}) = \tfrac{{1}}{{{n}}}{tex_column(total)} = "
                 rf"{tex_column(mu)}"),
            Step("Subtract the mean from every point.",
                 r", \; ".join(rf"\tilde{{x}}_{k + 1} = {tex_column(d)}" for k, d in enumerate(devs))),
            Step("Add up the squares and the products of the centred coordinates.",
                 rf"\textstyle\sum \tilde{{x}}^2 = {sxx}, \; \sum \tilde{{x}}\tilde{{y}} = {sxy}, \; "
                 rf"\sum \tilde{{y}}^2 = {syy}"),
            Step(f"Divide by n minus one, which is {n - 1}.",
                 rf"C = \tfrac{{1}}{{{n - 1}}}{tex_matrix(((sxx, sxy), (sxy, syy)))} = {tex_matrix(c)}"),
        ),
        answer=(c[0][0], c[0][1], c[1][1]),
        answer_tex=rf"C = {tex_matrix(c)}",
        answer_say=(
            f"The covariance matrix is {_plain_matrix(c)}: variances {plain_number(c[0][0])} and "
            f"{plain_number(c[1][1])}, covariance {plain_number(c[0][1])}."
        ),
        code_givens={"x": [p[0] for p in points], "y": [p[1] for p in points]},
        solution_code="C = np.cov(x, y)\nanswer = (C[0, 0], C[0, 1], C[1, 1])",
        hint="Centre the points first; divide the sums of products by n - 1, as np.cov does.",
    )


#: Unit components with fifths for entries, each oriented with its largest entry positive (as in the lecture).
_DIRECTIONS = ((3, 4), (4, 3), (-3, 4), (4, -3))


def reconstruction_exercise(seed: int) -> Exercise:
    """Keep one component: the score ``z = w_1 . (x - mu)`` and the reconstruction ``x^ = mu + z w_1``, with
    ``w_1`` a unit vector in fifths and ``z`` a whole number; the lost part ``x - x^``, shorter than the kept one,
    is named in the answer."""
    rng = random.Random(seed)
    a, b = draw_choice(rng, _DIRECTIONS)
    w = (Fraction(a, 5), Fraction(b, 5))
    mu = (draw_int(rng, -2, 2), draw_int(rng, -2, 2))
    while True:
        d = draw_vector(rng, -4, 4)
        along5 = a * d[0] + b * d[1]  # 5 z
        # A whole score, a point off the line, and more of it along the component than across (as in PCA).
        if along5 % 5 == 0 and det2((a, b), d) != 0 and 2 * along5 * along5 > 25 * (d[0] ** 2 + d[1] ** 2):
            break
    x = (mu[0] + d[0], mu[1] + d[1])
    z = exact_dot(w, d)
    along = (z * w[0], z * w[1])
    x_hat = (mu[0] + along[0], mu[1] + along[1])
    lost = (x[0] - x_hat[0], x[1] - x_hat[1])
    error = exact_dot(lost, lost)
    steps = tex_number(z) if z > 0 else f"({tex_number(z)})"
    return Exercise(
        key="reconstruction",
        lecture=LECTURE,
        title="Keep one component",
        seed=seed,
        prompt=(
            f"A data set has mean mu = {plain_vector(mu)} and first principal component w1 = {plain_vector(w)}. "
            f"Keeping only that component, find the score of x = {plain_vector(x)} and its reconstruction."
        ),
        givens_tex=(rf"\mu = {tex_column(mu)}", rf"w_1 = {tex_column(w)}", rf"x = {tex_column(x)}"),
        ask_tex=r"z = w_1 \cdot (x - \mu), \quad \hat{x} = \mu + z\, w_1 = \;?",
        steps=(
            Step("Centre the point: subtract the mean.", rf"x - \mu = {tex_column(d)}"),
            Step("Its score is the dot product with the unit component.",
                 rf"z = {_times(w[0], d[0], first=True)} {_times(w[1], d[1])} = {tex_number(z)}"),
            Step("Walk that many steps along the component, starting from the mean.",
                 rf"\hat{{x}} = \mu + {steps}\, w_1 = {tex_column(mu)} + {tex_column(along)} = {tex_column(x_hat)}"),
        ),
        answer=x_hat,
        answer_tex=rf"\hat{{x}} = {tex_column(x_hat)}",
        answer_say=(
            f"The score is {plain_number(z)} and the reconstruction is {plain_vector(x_hat)}. The lost part, "
            f"x minus x hat = {plain_vector(lost)}, is at a right angle to w1: its squared length, the error, "
            f"is {plain_number(error)}."
        ),
        code_givens={"mu": list(mu), "w": [float(c) for c in w], "x": list(x)},
        solution_code="z = w @ (x - mu)\nanswer = mu + z * w",
        hint="Subtract the mean, dot with the unit component, then walk that far along it from the mean.",
    )


GENERATORS: list[Generator] = [covariance_exercise, reconstruction_exercise]

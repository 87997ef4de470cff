"""Exercise generators for ``linear_algebra.dot_product``: projections and angles."""

from __future__ import annotations

import random

from mlmath.exercises import (
    Exercise,
    Generator,
    Step,
    det2,
    draw_choice,
    draw_int,
    draw_vector,
    exact_dot,
    plain_vector,
    tex_column,
    tex_number,
    tex_sqrt,
)

__all__ = ["projection_exercise", "angle_exercise", "GENERATORS"]



def projection_exercise(seed: int) -> Exercise:
    """Project ``v`` onto the line of ``u``: ``(v . u / u . u) u``, with exact fractions."""
    rng = random.Random(seed)
    u = draw_vector(rng, -3, 3)
    v = draw_vector(rng, -3, 4)
    while det2(u, v) == 0:
        v = draw_vector(rng, -3, 4)
    vu, uu = exact_dot(v, u), exact_dot(u, u)
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
    a, b = draw_vector(rng, -3, 3)
    u = (a, b)
    degrees = draw_choice(rng, _ANGLES)
    s = draw_int(rng, 1, 2)
    turned = {45: (a - b, a + b), 90: (-b, a), 135: (-a - b, a - b)}[degrees]
    v = (s * turned[0], s * turned[1])
    uv = int(exact_dot(u, v))
    uu, vv = int(exact_dot(u, u)), int(exact_dot(v, v))
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


GENERATORS: list[Generator] = [projection_exercise, angle_exercise]

"""Exercise generators for ``linear_algebra.change_of_basis``: coordinates in a new basis through ``P^-1``, and
one Gram-Schmidt step."""

from __future__ import annotations

import random
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
    plain_vector,
    sum_of_terms,
    tex_column,
    tex_matrix,
    tex_number,
)

__all__ = ["new_coordinates_exercise", "gram_schmidt_exercise", "GENERATORS"]

LECTURE = "linear_algebra.change_of_basis"


def _minus_times(r: Fraction) -> str:
    """``- r`` as a person writes it before a vector: ``- 2``, ``+ 3``, ``-`` for one, ``+`` for minus one."""
    sign = "-" if r > 0 else "+"
    return sign if abs(r) == 1 else f"{sign} {tex_number(abs(r))}"


def _over(v: tuple[Fraction, Fraction], d: int) -> str:
    """A vector of multiples of ``1/d`` as a person writes it, with the fraction pulled out: ``1/5 [3, 4]``;
    a whole vector stays whole."""
    if all(Fraction(x).denominator == 1 for x in v):
        return tex_column(v)
    return rf"\frac{{1}}{{{d}}}{tex_column([x * d for x in v])}"


def new_coordinates_exercise(seed: int) -> Exercise:
    """Coordinates of ``v`` in the basis ``{b1, b2}`` as ``c = P^-1 v``, with ``P = [b1 b2]`` inverted by the 2x2
    rule ``P^-1 = (1 / det P) [[d, -b], [-c, a]]``; the coordinates are integers and ``|det P| <= 3``."""
    rng = random.Random(seed)
    while True:
        b1, b2 = draw_vector(rng, -2, 2), draw_vector(rng, -2, 2)
        det = det2(b1, b2)
        if det != 0 and abs(det) <= 3:  # small denominators in P^-1
            break
    while True:
        c = (draw_int(rng, -2, 2, nonzero=True), draw_int(rng, -2, 2, nonzero=True))
        v = (c[0] * b1[0] + c[1] * b2[0], c[0] * b1[1] + c[1] * b2[1])
        if max(abs(v[0]), abs(v[1])) <= 6:  # small givens
            break
    p = ((b1[0], b2[0]), (b1[1], b2[1]))
    adj = ((b2[1], -b2[0]), (-b1[1], b1[0]))
    adj_v = (adj[0][0] * v[0] + adj[0][1] * v[1], adj[1][0] * v[0] + adj[1][1] * v[1])
    scale = ("-" if det < 0 else "") + (rf"\frac{{1}}{{{abs(det)}}}" if abs(det) > 1 else "")
    combination = sum_of_terms([(c[0], "b_1"), (c[1], "b_2")], r"\,")
    return Exercise(
        key="new_coordinates",
        lecture=LECTURE,
        title="Coordinates in a new basis",
        seed=seed,
        prompt=(
            f"The vectors b1 = {plain_vector(b1)} and b2 = {plain_vector(b2)} form a basis. Find the coordinates "
            f"of v = {plain_vector(v)} in this basis, using P^-1."
        ),
        givens_tex=(rf"b_1 = {tex_column(b1)}", rf"b_2 = {tex_column(b2)}", rf"v = {tex_column(v)}"),
        ask_tex=r"P = [\,b_1\;\, b_2\,], \quad c = P^{-1} v = \;?",
        steps=(
            Step("Put b1 and b2 side by side as the columns of P, and take its determinant.",
                 rf"P = {tex_matrix(p)}, \quad \det P = {det}"),
            Step("Invert P: swap the diagonal, negate the other two entries, divide by the determinant.",
                 rf"P^{{-1}} = {scale}{tex_matrix(adj)}"),
            Step("Multiply P inverse by v.", rf"c = P^{{-1}} v = {scale}{tex_column(adj_v)}"),
            Step("Simplify, and check that these coordinates rebuild v from the basis.",
                 rf"c = {tex_column(c)}, \quad {combination} = {tex_column(v)} = v"),
        ),
        answer=c,
        answer_tex=rf"c = {tex_column(c)}",
        answer_say=f"The coordinates are c = {plain_vector(c)}: v = {c[0]} b1 {'+' if c[1] > 0 else '-'} "
        f"{abs(c[1])} b2.",
        code_givens={"b1": list(b1), "b2": list(b2), "v": list(v)},
        solution_code="P = np.column_stack([b1, b2])\nanswer = np.linalg.inv(P) @ v",
        hint="P has b1 and b2 as its columns; for a 2x2 matrix, P^-1 is the adjugate over the determinant.",
    )


_PYTHAGOREAN = ((3, 4), (4, 3))


def gram_schmidt_exercise(seed: int) -> Exercise:
    """One Gram-Schmidt step on ``a1, a2``: ``q1 = a1 / |a1|``, ``w2 = a2 - (a2 . q1) q1``, ``q2 = w2 / |w2|``.

    ``a1`` has length 5 (a 3-4-5 triangle) and ``a2 = k q1 + s n`` with ``n`` the quarter turn of ``q1``, chosen
    with integer entries, so every number is an integer or a fifth.
    """
    rng = random.Random(seed)
    x, y = draw_choice(rng, _PYTHAGOREAN)
    a1 = (x * (1 if rng.random() < 0.5 else -1), y * (1 if rng.random() < 0.5 else -1))
    length = 5
    q1 = (Fraction(a1[0], length), Fraction(a1[1], length))
    turned = (-q1[1], q1[0])
    while True:
        k, s = draw_int(rng, -3, 3, nonzero=True), draw_int(rng, -3, 3, nonzero=True)
        a2 = (k * q1[0] + s * turned[0], k * q1[1] + s * turned[1])
        if all(x.denominator == 1 for x in a2) and max(abs(a2[0]), abs(a2[1])) <= 5:
            break
    a2_int = (int(a2[0]), int(a2[1]))
    r = exact_dot(a2, q1)  # equals k
    projection = (r * q1[0], r * q1[1])
    w2 = (a2[0] - projection[0], a2[1] - projection[1])
    w_len = abs(s)  # |w2| = |s|, since w2 = s * turned and turned is a unit vector
    q2 = (w2[0] / w_len, w2[1] / w_len)
    times_q1 = _minus_times(r) + ("" if abs(r) == 1 else r"\cdot") + _over(q1, length)
    return Exercise(
        key="gram_schmidt",
        lecture=LECTURE,
        title="One Gram-Schmidt step",
        seed=seed,
        prompt=(
            f"Apply Gram-Schmidt to a1 = {plain_vector(a1)} and a2 = {plain_vector(a2_int)}: "
            "find the second orthonormal vector q2."
        ),
        givens_tex=(rf"a_1 = {tex_column(a1)}", rf"a_2 = {tex_column(a2_int)}"),
        ask_tex=r"q_2 = \frac{a_2 - (a_2 \cdot q_1)\, q_1}{\lVert a_2 - (a_2 \cdot q_1)\, q_1 \rVert} = \;?",
        steps=(
            Step(f"Normalise a1: its length is {length}, so divide by {length}.",
                 rf"\lVert a_1 \rVert = {length}, \quad q_1 = {_over(q1, length)}"),
            Step("Dot a2 with q1: that is how much of q1 a2 holds.",
                 rf"a_2 \cdot q_1 = \frac{{{tex_number(exact_dot(a2, a1))}}}{{{length}}} = {tex_number(r)}"),
            Step("Subtract that projection from a2.",
                 rf"w_2 = {tex_column(a2_int)} {times_q1} = {_over(w2, length)}"),
            Step("Normalise what is left.", rf"\lVert w_2 \rVert = {w_len}, \quad q_2 = {_over(q2, length)}"),
        ),
        answer=q2,
        answer_tex=rf"q_2 = {_over(q2, length)}",
        answer_say=f"The second orthonormal vector is q2 = {plain_vector(q2)}.",
        code_givens={"a1": list(a1), "a2": list(a2_int)},
        solution_code=(
            "q1 = a1 / np.linalg.norm(a1)\nw2 = a2 - (a2 @ q1) * q1\nanswer = w2 / np.linalg.norm(w2)"
        ),
        hint="Normalise a1 first; then remove from a2 its projection onto q1, and normalise the rest.",
    )


GENERATORS: list[Generator] = [new_coordinates_exercise, gram_schmidt_exercise]

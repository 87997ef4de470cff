"""Exercise generators for ``linear_algebra.determinant``: the area factor and orientation of a 2x2 map, and the
determinant of a product."""

from __future__ import annotations

import random

from mlmath.exercises import Exercise, Generator, Step, det2, draw_int

__all__ = ["area_exercise", "product_exercise", "GENERATORS"]

Columns = tuple[tuple[int, int], tuple[int, int]]


def _draw_map(rng: random.Random, min_det: int, max_det: int) -> Columns:
    """Columns (where i-hat and j-hat land) with entries in [-2, 3] and a determinant of size min_det .. max_det."""
    while True:
        i_lands = (draw_int(rng, -2, 3), draw_int(rng, -2, 3))
        j_lands = (draw_int(rng, -2, 3), draw_int(rng, -2, 3))
        if min_det <= abs(det2(i_lands, j_lands)) <= max_det:
            return i_lands, j_lands


def _factor(x: int) -> str:
    """A factor of a product as written by hand: negative numbers in parentheses."""
    return f"({x})" if x < 0 else str(x)


def _tex_matrix(cols: Columns) -> str:
    (a, c), (b, d) = cols
    return rf"\begin{{bmatrix}} {a} & {b} \\ {c} & {d} \end{{bmatrix}}"


def _plain_matrix(cols: Columns) -> str:
    (a, c), (b, d) = cols
    return f"[[{a}, {b}], [{c}, {d}]]"


def _ad_minus_bc(cols: Columns) -> tuple[int, int, str]:
    """``ad``, ``bc`` and the line ``ad - bc`` with the numbers put in."""
    (a, c), (b, d) = cols
    ad, bc = a * d, b * c
    return ad, bc, rf"{_factor(a)} \cdot {_factor(d)} - {_factor(b)} \cdot {_factor(c)} = {ad} - {_factor(bc)}"


def area_exercise(seed: int) -> Exercise:
    """The area factor and orientation of a 2x2 map: ``det A = ad - bc``; its size scales areas, its sign says
    whether the map flips the plane over."""
    rng = random.Random(seed)
    cols = _draw_map(rng, 2, 9)
    (a, c), (b, d) = cols
    ad, bc, _ = _ad_minus_bc(cols)
    det = ad - bc
    flips = det < 0
    verdict = "flipped" if flips else "kept"
    return Exercise(
        key="area",
        lecture="linear_algebra.determinant",
        title="Area factor and orientation",
        seed=seed,
        prompt=(
            f"The map A sends i-hat to ({a}, {c}) and j-hat to ({b}, {d}). Find the factor by which it scales "
            "areas, and whether it flips the orientation of the plane."
        ),
        givens_tex=(rf"A = {_tex_matrix(cols)}",),
        ask_tex=r"\det A = \;? \qquad \text{flip?}",
        steps=(
            Step("Multiply the diagonal entries, a times d.", rf"ad = {_factor(a)} \cdot {_factor(d)} = {ad}"),
            Step("Multiply the other two entries, b times c.", rf"bc = {_factor(b)} \cdot {_factor(c)} = {bc}"),
            Step("Subtract: the determinant is ad minus bc.", rf"\det A = ad - bc = {ad} - {_factor(bc)} = {det}"),
            Step(
                f"Its size, {abs(det)}, is the area factor; its sign {'flips' if flips else 'keeps'} the "
                "orientation.",
                rf"|\det A| = {abs(det)}, \quad \text{{orientation {verdict}}}",
            ),
        ),
        answer=(det,),
        answer_tex=rf"\det A = {det}",
        answer_say=(
            f"The determinant is {det}: A multiplies every area by {abs(det)} and "
            f"{'flips the plane over' if flips else 'keeps its orientation'}."
        ),
        code_givens={"i_lands": list(cols[0]), "j_lands": list(cols[1])},
        solution_code="answer = np.linalg.det(np.column_stack([i_lands, j_lands]))",
        hint="Put where i-hat and j-hat land as the columns of A; det A = ad - bc, and a negative sign means a flip.",
    )


def product_exercise(seed: int) -> Exercise:
    """``det(AB)`` by the product rule ``det(AB) = det(A) det(B)``, without multiplying the matrices."""
    rng = random.Random(seed)
    a_cols, b_cols = _draw_map(rng, 1, 5), _draw_map(rng, 1, 5)
    det_a, det_b = det2(*a_cols), det2(*b_cols)
    det_ab = det_a * det_b
    return Exercise(
        key="product",
        lecture="linear_algebra.determinant",
        title="The determinant of a product",
        seed=seed,
        prompt=(
            f"Let A = {_plain_matrix(a_cols)} and B = {_plain_matrix(b_cols)}, written row by row. "
            "Find det(AB) without multiplying the matrices."
        ),
        givens_tex=(rf"A = {_tex_matrix(a_cols)}", rf"B = {_tex_matrix(b_cols)}"),
        ask_tex=r"\det(AB) = \;?",
        steps=(
            Step("Find det A as ad minus bc.", rf"\det A = {_ad_minus_bc(a_cols)[2]} = {det_a}"),
            Step("Find det B the same way.", rf"\det B = {_ad_minus_bc(b_cols)[2]} = {det_b}"),
            Step("Areas scale by det B, then by det A: multiply.",
                 rf"\det(AB) = \det A \cdot \det B = {_factor(det_a)} \cdot {_factor(det_b)} = {det_ab}"),
        ),
        answer=(det_ab,),
        answer_tex=rf"\det(AB) = {det_ab}",
        answer_say=f"det(AB) is {det_a} times {det_b}, which is {det_ab}.",
        code_givens={"a1": list(a_cols[0]), "a2": list(a_cols[1]), "b1": list(b_cols[0]), "b2": list(b_cols[1])},
        solution_code=(
            "A = np.column_stack([a1, a2])\n"
            "B = np.column_stack([b1, b2])\n"
            "answer = np.linalg.det(A @ B)"
        ),
        hint="det(AB) = det(A) det(B), and a 2x2 determinant is ad - bc.",
    )


GENERATORS: list[Generator] = [area_exercise, product_exercise]

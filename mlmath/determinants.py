"""Determinants: the factor by which a linear map scales areas, with a sign for orientation.

Pure functions on numpy arrays (no manim). Each says what it computes and the formula it uses; the tests compare
each with an independent route (``numpy.linalg.det`` on random inputs, worked textbook examples).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import LinAlgInputError, as_vector
from mlmath.linalg import as_matrix as linalg_as_matrix

__all__ = [
    "as_square_matrix",
    "det_2x2",
    "det_by_elimination",
    "det_by_cofactors",
    "determinant",
    "area_factor",
    "signed_area",
    "orientation",
    "parallelogram",
    "interpolate_from_identity",
    "matrix_product",
    "product_rule",
    "kernel_direction",
    "BoxPiece",
    "box_pieces",
]

Matrix = NDArray[np.float64]

#: Laplace expansion costs n! products: beyond this size use elimination.
MAX_COFACTOR_SIZE = 8


def as_square_matrix(m: ArrayLike) -> Matrix:
    """Return ``m`` as a finite square float matrix, or raise :class:`LinAlgInputError`."""
    return linalg_as_matrix(m, square=True, expected="a determinant needs a non-empty square matrix")


def det_2x2(m: ArrayLike) -> float:
    """Return ``det [[a, b], [c, d]] = ad - bc``: the signed area of the parallelogram spanned by the columns
    ``(a, c)`` (where i-hat lands) and ``(b, d)`` (where j-hat lands)."""
    arr = as_square_matrix(m)
    if arr.shape != (2, 2):
        raise LinAlgInputError(f"ad - bc is the formula for a 2x2 matrix, got shape {arr.shape}")
    (a, b), (c, d) = arr
    return float(a * d - b * c)


def det_by_elimination(m: ArrayLike) -> float:
    """Return ``det A`` by Gaussian elimination with partial pivoting: reduce ``A`` to an upper-triangular ``U``
    with row swaps and 'add a multiple of one row to another' (which keeps the determinant), then
    ``det A = (-1)^swaps * u_11 u_22 ... u_nn``. A column with no non-zero pivot left gives exactly 0 (a
    singular matrix); near-singular matrices give their tiny determinant, as ``numpy.linalg.det`` does."""
    u = as_square_matrix(m).copy()
    n = u.shape[0]
    sign = 1.0
    for k in range(n):
        p = k + int(np.argmax(np.abs(u[k:, k])))
        if u[p, k] == 0.0:
            return 0.0
        if p != k:
            u[[k, p]] = u[[p, k]]
            sign = -sign
        u[k + 1:, k:] -= np.outer(u[k + 1:, k] / u[k, k], u[k, k:])
    return sign * float(np.prod(np.diag(u)))


def det_by_cofactors(m: ArrayLike) -> float:
    """Return ``det A`` by Laplace (cofactor) expansion along the first row:
    ``det A = sum_j (-1)^(1+j) a_1j det M_1j``, where ``M_1j`` deletes row 1 and column j.

    Exact for integer matrices (small integers stay exact in floating point). Costs n! products, so matrices
    larger than ``MAX_COFACTOR_SIZE`` raise :class:`LinAlgInputError` (use :func:`det_by_elimination`).
    """
    arr = as_square_matrix(m)
    n = arr.shape[0]
    if n > MAX_COFACTOR_SIZE:
        raise LinAlgInputError(f"cofactor expansion of a {n}x{n} matrix is too slow; use elimination")
    if n == 1:
        return float(arr[0, 0])
    if n == 2:
        return det_2x2(arr)
    total = 0.0
    for j in range(n):
        if arr[0, j] != 0.0:
            minor = np.delete(arr[1:], j, axis=1)
            total += (-1.0) ** j * float(arr[0, j]) * det_by_cofactors(minor)
    return total


def determinant(m: ArrayLike) -> float:
    """Return ``det A``: ``ad - bc`` for a 2x2 matrix (:func:`det_2x2`), elimination otherwise
    (:func:`det_by_elimination`)."""
    arr = as_square_matrix(m)
    if arr.shape == (1, 1):
        return float(arr[0, 0])
    return det_2x2(arr) if arr.shape == (2, 2) else det_by_elimination(arr)


def area_factor(m: ArrayLike) -> float:
    """Return ``|det A|``: the factor by which the map scales every area (or volume), whatever its orientation."""
    return abs(determinant(m))


def _plane_vector(v: ArrayLike) -> NDArray[np.float64]:
    arr = as_vector(v)
    if arr.size != 2:
        raise LinAlgInputError(f"expected a vector of the plane (2 entries), got {arr.size}")
    return arr


def signed_area(u: ArrayLike, v: ArrayLike) -> float:
    """Return the signed area ``u_1 v_2 - u_2 v_1`` of the parallelogram spanned by ``u`` and ``v``: positive
    when turning from ``u`` to ``v`` goes counter-clockwise, negative when clockwise, 0 when they are parallel.
    It is ``det [u v]``, the determinant of the matrix with columns ``u`` and ``v``."""
    a, b = _plane_vector(u), _plane_vector(v)
    return float(a[0] * b[1] - a[1] * b[0])


def orientation(u: ArrayLike, v: ArrayLike, tol: float = 1e-9) -> int:
    """Return ``+1`` if the shortest turn from ``u`` to ``v`` is counter-clockwise, ``-1`` if clockwise, and ``0``
    when they are parallel or one is zero: the sign of :func:`signed_area`, which counts as zero when below
    ``tol * |u| |v|`` (the sine of the angle between them is below ``tol``)."""
    a, b = _plane_vector(u), _plane_vector(v)
    area = signed_area(a, b)
    if abs(area) <= tol * float(np.hypot(*a)) * float(np.hypot(*b)):
        return 0
    return 1 if area > 0 else -1


def parallelogram(u: ArrayLike, v: ArrayLike) -> Matrix:
    """Return the corners ``0, u, u + v, v`` (rows, in that order) of the parallelogram spanned by ``u`` and
    ``v``: the image of the unit square under the matrix with columns ``u`` and ``v``."""
    a, b = _plane_vector(u), _plane_vector(v)
    return np.array([np.zeros(2), a, a + b, b])


def interpolate_from_identity(m: ArrayLike, t: float) -> Matrix:
    """Return ``M(t) = (1 - t) I + t A``: the identity at ``t = 0``, ``A`` at ``t = 1``. Moving every point
    straight from ``p`` to ``A p`` puts it at ``M(t) p`` at time ``t``, so ``det M(t)`` is the area of the
    square part-way through the animation."""
    arr = as_square_matrix(m)
    if not np.isfinite(t):
        raise LinAlgInputError("t must be finite")
    out: Matrix = (1.0 - t) * np.identity(arr.shape[0]) + t * arr
    return out


def matrix_product(a: ArrayLike, b: ArrayLike) -> Matrix:
    """Return ``AB``, entry ``(AB)_ij = sum_k a_ik b_kj``: the map 'first B, then A'."""
    x, y = as_square_matrix(a), as_square_matrix(b)
    if x.shape != y.shape:
        raise LinAlgInputError(f"matrices of shapes {x.shape} and {y.shape} do not compose here")
    out: Matrix = x @ y
    return out


def product_rule(a: ArrayLike, b: ArrayLike) -> tuple[float, float]:
    """Return ``(det(AB), det(A) det(B))``, which are equal: scaling areas by ``det B`` and then by ``det A``
    scales them by the product."""
    return determinant(matrix_product(a, b)), determinant(a) * determinant(b)


def kernel_direction(m: ArrayLike) -> NDArray[np.float64]:
    """Return a unit vector ``k`` with ``A k = 0`` for a singular, non-zero 2x2 matrix: the direction whose
    points all land on the origin. From the rows: ``(-b, a)`` is perpendicular to a non-zero row ``(a, b)``,
    and a singular matrix's rows are parallel. Sign fixed so the first non-zero entry is positive.

    Raises :class:`LinAlgInputError` for an invertible matrix (only 0 lands on 0) and for the zero matrix
    (every direction does).
    """
    arr = as_square_matrix(m)
    if arr.shape != (2, 2):
        raise LinAlgInputError(f"expected a 2x2 matrix, got shape {arr.shape}")
    scale = float(np.max(np.abs(arr)))
    if scale == 0.0:
        raise LinAlgInputError("the zero matrix sends every direction to 0: no single kernel direction")
    if abs(det_2x2(arr)) > 1e-9 * scale * scale:
        raise LinAlgInputError("an invertible matrix sends only the zero vector to 0")
    row = arr[int(np.argmax(np.abs(arr).max(axis=1)))]
    k = np.array([-row[1], row[0]]) / float(np.hypot(*row))
    first = k[0] if abs(k[0]) > 1e-12 else k[1]
    out: NDArray[np.float64] = k if first > 0 else -k
    return out


@dataclass(frozen=True)
class BoxPiece:
    """One piece of the ``ad - bc`` picture: its name (``"ac"``, ``"bd"`` or ``"bc"``, the term it stands for),
    its corners in plane coordinates and its area."""

    name: str
    corners: tuple[tuple[float, float], ...]
    area: float


def _shoelace(corners: Sequence[tuple[float, float]]) -> float:
    """Area of a simple polygon: ``|sum_k (x_k y_(k+1) - x_(k+1) y_k)| / 2``."""
    xs = np.array([p[0] for p in corners])
    ys = np.array([p[1] for p in corners])
    return float(abs(np.sum(xs * np.roll(ys, -1) - np.roll(xs, -1) * ys)) / 2.0)


def box_pieces(m: ArrayLike) -> tuple[float, tuple[BoxPiece, ...]]:
    """Return ``(box, pieces)`` for the classic proof of ``det = ad - bc`` with non-negative entries and
    ``ad >= bc``: the parallelogram spanned by ``(a, c)`` and ``(b, d)`` sits in a box ``(a + b)`` wide and
    ``(c + d)`` tall; what the box holds outside it is two triangles of legs ``a, c`` (together ``ac``), two of
    legs ``b, d`` (together ``bd``) and two rectangles ``b`` by ``c``. So
    ``area = (a + b)(c + d) - ac - bd - 2bc = ad - bc``. Pieces come in the order ac, ac, bd, bd, bc, bc.
    """
    arr = as_square_matrix(m)
    if arr.shape != (2, 2):
        raise LinAlgInputError(f"expected a 2x2 matrix, got shape {arr.shape}")
    (a, b), (c, d) = (tuple(float(x) for x in row) for row in arr)
    if min(a, b, c, d) < 0 or a * d < b * c:
        raise LinAlgInputError("the box picture needs non-negative entries and ad >= bc")
    w, h = a + b, c + d
    shapes = (
        ("ac", ((0, 0), (a, 0), (a, c))),
        ("ac", ((w, h), (b, h), (b, d))),
        ("bd", ((a, c), (w, c), (w, h))),
        ("bd", ((0, 0), (b, d), (0, d))),
        ("bc", ((a, 0), (w, 0), (w, c), (a, c))),
        ("bc", ((0, d), (b, d), (b, h), (0, h))),
    )
    pieces = tuple(BoxPiece(name, tuple((float(x), float(y)) for x, y in corners), _shoelace(corners))
                   for name, corners in shapes)
    return w * h, pieces

"""Matrices as linear maps: where the basis vectors land, images of vectors, products and composition.

Pure functions on numpy arrays (no manim). A matrix ``A`` is read by its columns: column ``j`` is the image
``A e_j`` of the ``j``-th standard basis vector (i-hat, j-hat in the plane), so the image of any vector is the
combination ``A v = v_1 a_1 + ... + v_n a_n`` of the columns. Products are computed row by column,
``(AB)_ij = sum_k A_ik B_kj``, and ``AB`` is the map "first ``B``, then ``A``". The tests check each function
against numpy's ``@`` on random inputs and against worked examples.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import LinAlgInputError, as_vector, linear_combination
from mlmath.linalg import as_matrix as linalg_as_matrix

__all__ = [
    "as_matrix",
    "basis_images",
    "image_terms",
    "image_of",
    "transform_points",
    "product_terms",
    "matmul",
    "compose",
    "commutator",
    "commute",
]

Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]


def as_matrix(m: ArrayLike) -> Matrix:
    """Return ``m`` as a 2-D float array of finite numbers (rows of rows); anything else raises
    :class:`LinAlgInputError`."""
    return linalg_as_matrix(m)


def basis_images(m: ArrayLike) -> tuple[Vector, ...]:
    """Return the images of the standard basis vectors, ``A e_1, ..., A e_n``: the columns ``a_j`` of ``A``.

    In the plane, the first is where i-hat lands and the second where j-hat lands.
    """
    a = as_matrix(m)
    return tuple(a[:, j].copy() for j in range(a.shape[1]))


def image_terms(m: ArrayLike, v: ArrayLike) -> tuple[Vector, ...]:
    """Return the scaled columns ``v_j a_j`` whose sum is ``A v`` (for ``v = x i + y j``: ``x a_1`` and
    ``y a_2``), so the image can be shown term by term."""
    columns = basis_images(m)
    x = as_vector(v)
    if x.size != len(columns):
        raise LinAlgInputError(f"a vector of length {x.size} for a matrix with {len(columns)} columns")
    return tuple(c * x_j for c, x_j in zip(columns, x, strict=True))


def image_of(m: ArrayLike, v: ArrayLike) -> Vector:
    """Return ``A v = v_1 a_1 + ... + v_n a_n``: the combination of the columns of ``A`` with the entries of
    ``v`` as coefficients (``x`` times where i-hat lands plus ``y`` times where j-hat lands)."""
    a = as_matrix(m)
    x = as_vector(v)
    if x.size != a.shape[1]:
        raise LinAlgInputError(f"a vector of length {x.size} for a matrix with {a.shape[1]} columns")
    return linear_combination(x, a)


def transform_points(m: ArrayLike, points: ArrayLike) -> Matrix:
    """Return the images ``A p`` of many points at once, one point per row: ``P A^T`` for the points ``P``
    stacked as rows (a grid's points after the map ``A``)."""
    a = as_matrix(m)
    p = np.asarray(points, dtype=float)
    if p.ndim == 1:
        p = p.reshape(1, -1)
    p = as_matrix(p)
    if p.shape[1] != a.shape[1]:
        raise LinAlgInputError(f"points with {p.shape[1]} coordinates for a matrix with {a.shape[1]} columns")
    out: Matrix = np.stack([image_of(a, row) for row in p])
    return out


def product_terms(a: ArrayLike, b: ArrayLike) -> NDArray[np.float64]:
    """Return the products ``T[i, j, k] = A_ik B_kj``: entry ``(i, j)`` of ``AB`` is row ``i`` of ``A`` times
    column ``j`` of ``B``, entry by entry, so ``(AB)_ij = sum_k T[i, j, k]`` (the steps a learner writes)."""
    left, right = as_matrix(a), as_matrix(b)
    if left.shape[1] != right.shape[0]:
        raise LinAlgInputError(
            f"cannot multiply a {left.shape[0]}x{left.shape[1]} matrix by a {right.shape[0]}x{right.shape[1]} "
            "one: the columns of the first must match the rows of the second"
        )
    out: NDArray[np.float64] = left[:, None, :] * right.T[None, :, :]
    return out


def matmul(a: ArrayLike, b: ArrayLike) -> Matrix:
    """Return the product ``AB``, row by column: ``(AB)_ij = sum_k A_ik B_kj`` (see :func:`product_terms`)."""
    out: Matrix = product_terms(a, b).sum(axis=2)
    return out


def compose(*maps: ArrayLike) -> Matrix:
    """Return the one matrix that applies ``maps`` in the order given: ``compose(A, B) = BA`` ("first ``A``,
    then ``B``"), since ``(BA) v = B (A v)``. Its columns are where the basis vectors land after all the maps."""
    if not maps:
        raise LinAlgInputError("compose needs at least one map")
    total = as_matrix(maps[0])
    for m in maps[1:]:
        total = matmul(m, total)
    return total


def commutator(a: ArrayLike, b: ArrayLike) -> Matrix:
    """Return ``AB - BA``: zero exactly when the order of the two maps does not matter. Both must be square
    matrices of the same size (otherwise one of the two products is undefined or of another shape)."""
    left, right = as_matrix(a), as_matrix(b)
    if left.shape != right.shape or left.shape[0] != left.shape[1]:
        raise LinAlgInputError(f"need two square matrices of one size, got {left.shape} and {right.shape}")
    out: Matrix = matmul(left, right) - matmul(right, left)
    return out


def commute(a: ArrayLike, b: ArrayLike, tol: float = 1e-9) -> bool:
    """Return whether ``AB = BA``: every entry of :func:`commutator` is at most ``tol`` times the size of the
    products (``max(1, max |A| max |B| n)``), so rounding in large entries does not count as a difference."""
    c = commutator(a, b)
    left, right = as_matrix(a), as_matrix(b)
    scale = max(1.0, float(np.abs(left).max() * np.abs(right).max() * left.shape[0]))
    return bool(np.all(np.abs(c) <= tol * scale))


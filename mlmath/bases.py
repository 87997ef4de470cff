"""Change of basis: coordinates in a new basis and back, a map seen in a new basis, orthonormal bases and
Gram-Schmidt with every intermediate step.

Pure numpy. A basis is given as a sequence of vectors (or a matrix holding them as columns); ``P`` is the matrix
whose columns are the basis vectors, so ``P c`` turns coordinates ``c`` in the basis into standard coordinates
and ``P^-1 v`` turns standard coordinates back. Inputs a formula is not defined for raise
:class:`mlmath.linalg.LinAlgInputError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import EPS, LinAlgInputError, as_columns, as_vector, is_independent

__all__ = [
    "basis_matrix",
    "to_basis",
    "from_basis",
    "inverse_basis_matrix",
    "matrix_in_basis",
    "gram_matrix",
    "is_orthonormal",
    "orthonormal_coordinates",
    "GramSchmidtStep",
    "gram_schmidt_steps",
    "gram_schmidt",
]

Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]
Basis = Sequence[ArrayLike] | ArrayLike

#: Default tolerance of :func:`is_orthonormal`: how far ``Q^T Q`` may stray from the identity.
ORTHONORMAL_TOL = 1e-9
#: Default tolerance of Gram-Schmidt: a residual shorter than this share of its input vector counts as zero.
DEPENDENT_TOL = 1e-10


def basis_matrix(basis: Basis) -> Matrix:
    """Return ``P = [b_1 ... b_n]``, the matrix with the basis vectors as columns.

    Raises :class:`LinAlgInputError` unless the vectors are ``n`` independent vectors of ``R^n`` (a basis).
    """
    p = as_columns(basis)
    n, k = p.shape
    if n != k or not is_independent(p):
        raise LinAlgInputError("the given vectors are not a basis: they must be n independent vectors in R^n")
    return p


def to_basis(basis: Basis, v: ArrayLike) -> Vector:
    """Return the coordinates of ``v`` in the basis: ``c = P^-1 v``, computed by solving ``P c = v``."""
    p = basis_matrix(basis)
    x = as_vector(v)
    if x.size != p.shape[0]:
        raise LinAlgInputError(f"vector of length {x.size} for a basis of R^{p.shape[0]}")
    out: Vector = np.asarray(np.linalg.solve(p, x), dtype=np.float64)
    return out


def from_basis(basis: Basis, c: ArrayLike) -> Vector:
    """Return the standard coordinates of the vector whose coordinates in the basis are ``c``:
    ``v = P c = c_1 b_1 + ... + c_n b_n``."""
    p = basis_matrix(basis)
    coords = as_vector(c)
    if coords.size != p.shape[1]:
        raise LinAlgInputError(f"{coords.size} coordinates for a basis of {p.shape[1]} vectors")
    out: Vector = p @ coords
    return out


def inverse_basis_matrix(basis: Basis) -> Matrix:
    """Return ``P^-1``, the matrix that translates standard coordinates into coordinates in the basis."""
    p = basis_matrix(basis)
    out: Matrix = np.asarray(np.linalg.solve(p, np.identity(p.shape[0])), dtype=np.float64)
    return out


def matrix_in_basis(a: ArrayLike, basis: Basis) -> Matrix:
    """Return ``P^-1 A P``: the matrix of the map ``A`` (given in standard coordinates) in the new basis.

    Read right to left: ``P`` translates basis coordinates into standard ones, ``A`` acts, ``P^-1`` translates
    back. Its ``j``-th column holds the coordinates, in the new basis, of where ``b_j`` lands.
    """
    m = np.asarray(a, dtype=np.float64)
    p = basis_matrix(basis)
    if m.shape != p.shape or not np.all(np.isfinite(m)):
        raise LinAlgInputError(f"expected a finite {p.shape[0]}x{p.shape[0]} matrix, got shape {m.shape}")
    out: Matrix = np.asarray(np.linalg.solve(p, m @ p), dtype=np.float64)
    return out


def gram_matrix(vectors: Basis) -> Matrix:
    """Return the Gram matrix ``G = Q^T Q``: entry ``(i, j)`` is the dot product ``q_i . q_j``."""
    q = as_columns(vectors)
    out: Matrix = q.T @ q
    return out


def is_orthonormal(vectors: Basis, tol: float = ORTHONORMAL_TOL) -> bool:
    """Return whether the vectors are orthonormal: unit length and pairwise perpendicular, ``Q^T Q = I``
    (every entry within ``tol``). A set of more than ``n`` vectors in ``R^n`` never is."""
    g = gram_matrix(vectors)
    return bool(np.max(np.abs(g - np.identity(g.shape[0]))) <= tol)


def orthonormal_coordinates(vectors: Basis, v: ArrayLike, tol: float = ORTHONORMAL_TOL) -> Vector:
    """Return the coordinates of ``v`` along orthonormal vectors ``q_i``: the dot products ``c_i = q_i . v``,
    that is ``Q^T v`` (for an orthonormal basis ``Q^-1 = Q^T``, so no system needs solving).

    For fewer than ``n`` orthonormal vectors these are the coordinates of the projection of ``v`` onto their
    span. Raises :class:`LinAlgInputError` when the vectors are not orthonormal.
    """
    q = as_columns(vectors)
    x = as_vector(v)
    if x.size != q.shape[0]:
        raise LinAlgInputError(f"vector of length {x.size} for vectors of length {q.shape[0]}")
    if not is_orthonormal(q, tol):
        raise LinAlgInputError("the vectors are not orthonormal: coordinates are dot products only when Q^T Q = I")
    out: Vector = q.T @ x
    return out


@dataclass(frozen=True)
class GramSchmidtStep:
    """What Gram-Schmidt does with the ``index``-th input vector ``a_k`` (0-based).

    ``coefficients[j]`` is ``r_jk``, the dot product with the earlier ``q_j`` of what is left of ``a_k`` when
    ``q_j``'s turn comes, ``projections[j] = r_jk q_j`` is what gets subtracted, and ``remainders[j]`` is what is
    left afterwards. ``residual`` is what is left at the end, ``w_k`` (``a_k`` itself for the first vector),
    ``length = |w_k|`` and ``unit = w_k / |w_k| = q_k``.
    """

    index: int
    vector: Vector
    coefficients: tuple[float, ...]
    projections: tuple[Vector, ...]
    remainders: tuple[Vector, ...]
    residual: Vector
    length: float
    unit: Vector


def gram_schmidt_steps(vectors: Basis, tol: float = DEPENDENT_TOL) -> tuple[GramSchmidtStep, ...]:
    """Run Gram-Schmidt on ``a_1, ..., a_k`` and return every intermediate step.

    For each ``a_k``: subtract its projection onto each earlier ``q_j`` in turn,
    ``w <- w - (w . q_j) q_j`` (the modified form, which in exact arithmetic equals the classical
    ``w_k = a_k - sum_j (a_k . q_j) q_j``), then normalise, ``q_k = w_k / |w_k|``. The ``q_k`` are orthonormal
    and span what the ``a``'s span: ``A = Q R`` with ``R`` upper triangular, ``R_jk = coefficients[j]`` and
    ``R_kk = length`` (positive), as in a QR factorisation.

    Raises :class:`LinAlgInputError` when some ``a_k`` lies in the span of the earlier ones (its residual is
    shorter than ``tol * |a_k|``, or ``a_k`` is zero): dependent vectors leave nothing to normalise.
    """
    a = as_columns(vectors)
    steps: list[GramSchmidtStep] = []
    found: list[Vector] = []
    for k in range(a.shape[1]):
        vector = a[:, k].copy()
        scale = float(np.linalg.norm(vector))
        w = vector.copy()
        coefficients: list[float] = []
        projections: list[Vector] = []
        remainders: list[Vector] = [w.copy()]
        for q in found:
            r = float(q @ w)
            projection = r * q
            w = w - projection
            coefficients.append(r)
            projections.append(projection)
            remainders.append(w.copy())
        length = float(np.linalg.norm(w))
        if scale <= EPS or length <= tol * scale:
            raise LinAlgInputError(
                f"vector {k + 1} lies in the span of the vectors before it: the input is dependent, "
                "so Gram-Schmidt has nothing left to normalise"
            )
        unit = w / length
        found.append(unit)
        steps.append(GramSchmidtStep(k, vector, tuple(coefficients), tuple(projections), tuple(remainders[1:]),
                                     w, length, unit))
    return tuple(steps)


def gram_schmidt(vectors: Basis, tol: float = DEPENDENT_TOL) -> Matrix:
    """Return ``Q = [q_1 ... q_k]``, the orthonormal vectors Gram-Schmidt builds from independent vectors
    (see :func:`gram_schmidt_steps`); raises :class:`LinAlgInputError` for dependent input."""
    return np.column_stack([step.unit for step in gram_schmidt_steps(vectors, tol)])

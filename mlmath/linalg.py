"""Linear algebra for the course: vectors, span and basis, dot products and projections.

Pure functions on numpy arrays. Each says what it computes and the formula it uses; the tests compare each
with an independent route (numpy on random inputs, worked examples).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "LinAlgInputError",
    "as_vector",
    "as_columns",
    "as_matrix",
    "linear_combination",
    "rank",
    "is_independent",
    "coordinates_in_basis",
    "dot",
    "norm",
    "unit",
    "cos_angle",
    "angle",
    "scalar_projection",
    "project_onto_vector",
    "projection_matrix",
    "project_onto_subspace",
    "covariance_ellipse",
]

Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]

#: Tolerance below which a length, a singular value or a pivot counts as zero.
EPS = 1e-10


class LinAlgInputError(ValueError):
    """An input that the requested operation is not defined for (a zero vector, a singular basis, ...)."""


def as_vector(v: ArrayLike) -> Vector:
    """Return ``v`` as a 1-D float array, rejecting anything that is not a finite vector."""
    arr = np.asarray(v, dtype=float)
    if arr.ndim != 1 or arr.size == 0:
        raise LinAlgInputError(f"expected a non-empty 1-D vector, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise LinAlgInputError("vector has non-finite entries")
    return arr


def as_matrix(m: ArrayLike, square: bool = False, expected: str = "expected a non-empty 2-D matrix") -> Matrix:
    """Return ``m`` as a finite 2-D float matrix (square when asked), or raise :class:`LinAlgInputError` whose
    message starts with ``expected``."""
    arr = np.asarray(m, dtype=np.float64)
    if arr.ndim != 2 or arr.size == 0 or (square and arr.shape[0] != arr.shape[1]):
        raise LinAlgInputError(f"{expected}, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise LinAlgInputError("matrix has non-finite entries")
    out: Matrix = arr
    return out


def as_columns(vectors: Sequence[ArrayLike] | ArrayLike) -> Matrix:
    """Stack vectors as the columns of a matrix; a 2-D array is taken to hold its vectors as columns already."""
    arr: Matrix
    if isinstance(vectors, np.ndarray) and vectors.ndim == 2:
        arr = vectors.astype(np.float64)
    else:
        cols = [as_vector(v) for v in vectors]  # type: ignore[union-attr]
        if not cols:
            raise LinAlgInputError("need at least one vector")
        if len({c.size for c in cols}) != 1:
            raise LinAlgInputError("vectors have different lengths")
        arr = np.column_stack(cols)
    if not np.all(np.isfinite(arr)):
        raise LinAlgInputError("matrix has non-finite entries")
    return arr


def linear_combination(coeffs: ArrayLike, vectors: Sequence[ArrayLike] | ArrayLike) -> Vector:
    """Return ``sum_i c_i v_i``: the matrix whose columns are the ``v_i`` times the coefficient vector."""
    basis = as_columns(vectors)
    c = as_vector(coeffs)
    if c.size != basis.shape[1]:
        raise LinAlgInputError(f"{c.size} coefficients for {basis.shape[1]} vectors")
    out: Vector = basis @ c
    return out


def rank(vectors: Sequence[ArrayLike] | ArrayLike, tol: float = EPS) -> int:
    """Return the dimension of the span of the vectors: the number of singular values above
    ``tol * max(s_max, 1)`` (so vectors shorter than ``tol`` count as zero, as in :func:`unit`)."""
    basis = as_columns(vectors)
    s = np.linalg.svd(basis, compute_uv=False)
    if s.size == 0 or s[0] <= tol:
        return 0
    return int(np.sum(s > tol * max(s[0], 1.0)))


def is_independent(vectors: Sequence[ArrayLike] | ArrayLike, tol: float = EPS) -> bool:
    """Return whether the vectors are linearly independent: rank equals the number of vectors."""
    basis = as_columns(vectors)
    return rank(basis, tol) == basis.shape[1]


def coordinates_in_basis(basis: Sequence[ArrayLike] | ArrayLike, v: ArrayLike) -> Vector:
    """Return the coordinates ``c`` of ``v`` in the basis ``B`` (columns): the solution of ``B c = v``.

    Raises :class:`LinAlgInputError` when the vectors are not a basis of the space ``v`` lives in.
    """
    b = as_columns(basis)
    target = as_vector(v)
    n, k = b.shape
    if target.size != n:
        raise LinAlgInputError(f"vector of length {target.size} for basis vectors of length {n}")
    if n != k or not is_independent(b):
        raise LinAlgInputError("the given vectors are not a basis: they must be n independent vectors in R^n")
    out: Vector = np.asarray(np.linalg.solve(b, target), dtype=np.float64)
    return out


def dot(u: ArrayLike, v: ArrayLike) -> float:
    """Return the dot product ``u . v = sum_i u_i v_i``."""
    a, b = as_vector(u), as_vector(v)
    if a.size != b.size:
        raise LinAlgInputError(f"vectors of lengths {a.size} and {b.size} have no dot product")
    return float(np.sum(a * b))


def norm(v: ArrayLike) -> float:
    """Return the Euclidean length ``|v| = sqrt(v . v)``, computed as ``m * |v / m|`` with ``m = max |v_i|``
    so that large finite entries do not overflow."""
    a = as_vector(v)
    m = float(np.max(np.abs(a)))
    if m == 0.0:
        return 0.0
    scaled = a / m
    return m * float(np.sqrt(np.sum(scaled * scaled)))


def unit(v: ArrayLike) -> Vector:
    """Return ``v / |v|``; a zero vector has no direction and raises :class:`LinAlgInputError`."""
    a = as_vector(v)
    length = norm(a)
    if length <= EPS:
        raise LinAlgInputError("the zero vector has no direction")
    out: Vector = a / length
    return out


def cos_angle(u: ArrayLike, v: ArrayLike) -> float:
    """Return ``cos(theta) = u . v / (|u| |v|)``, clipped to [-1, 1]; undefined (raises) for a zero vector."""
    nu, nv = norm(u), norm(v)
    if nu <= EPS or nv <= EPS:
        raise LinAlgInputError("the angle with a zero vector is undefined")
    return float(np.clip(dot(as_vector(u) / nu, as_vector(v) / nv), -1.0, 1.0))


def angle(u: ArrayLike, v: ArrayLike, degrees: bool = False) -> float:
    """Return the angle between ``u`` and ``v`` (the ``arccos`` of :func:`cos_angle`), in radians or degrees.

    Computed with Kahan's stable form ``2 atan2(| |v| u - |u| v |, | |v| u + |u| v |)``, which stays accurate
    near 0 and 180 degrees where ``arccos`` loses half its digits.
    """
    a, b = as_vector(u), as_vector(v)
    cos_angle(a, b)  # validates: same length, neither vector zero
    nu, nv = norm(a), norm(b)
    theta = 2.0 * float(np.arctan2(norm(a / nu - b / nv), norm(a / nu + b / nv)))
    return float(np.degrees(theta)) if degrees else theta


def scalar_projection(v: ArrayLike, u: ArrayLike) -> float:
    """Return the signed length of the shadow of ``v`` on the line of ``u``: ``v . u / |u|``."""
    return dot(v, unit(u))


def project_onto_vector(v: ArrayLike, u: ArrayLike) -> Vector:
    """Return the projection of ``v`` onto the line spanned by ``u``: ``(v . u / u . u) u``."""
    direction = unit(u)
    out: Vector = scalar_projection(v, u) * direction
    return out


def projection_matrix(basis: Sequence[ArrayLike] | ArrayLike) -> Matrix:
    """Return ``P = A (A^T A)^-1 A^T``, the orthogonal projector onto the column space of ``A``.

    Dependent columns are allowed (the pseudo-inverse is used, so P projects onto their span); a set of only
    zero vectors spans nothing and raises.
    """
    a = as_columns(basis)
    if rank(a) == 0:
        raise LinAlgInputError("the zero vectors span no subspace to project onto")
    out: Matrix = a @ np.linalg.pinv(a.T @ a) @ a.T
    return out


def project_onto_subspace(v: ArrayLike, basis: Sequence[ArrayLike] | ArrayLike) -> Vector:
    """Return ``P v``: the closest point to ``v`` in the span of the basis vectors (see :func:`projection_matrix`)."""
    p = projection_matrix(basis)
    x = as_vector(v)
    if x.size != p.shape[0]:
        raise LinAlgInputError(f"vector of length {x.size} for a subspace of R^{p.shape[0]}")
    out: Vector = p @ x
    return out


# -- dot_product lecture helpers (appended) ---------------------------------------------------------------
__all__ += ["entrywise_product", "projection_coefficient", "reject_from_vector"]


def entrywise_product(u: ArrayLike, v: ArrayLike) -> Vector:
    """Return the matching-entry products ``(u_1 v_1, ..., u_n v_n)``, whose sum is ``u . v``."""
    a, b = as_vector(u), as_vector(v)
    if a.size != b.size:
        raise LinAlgInputError(f"vectors of lengths {a.size} and {b.size} have no matching entries")
    out: Vector = a * b
    return out


def projection_coefficient(v: ArrayLike, u: ArrayLike) -> float:
    """Return ``c = v . u / u . u``: the projection of ``v`` onto ``u`` is ``c u``.

    Undefined (raises :class:`LinAlgInputError`) when ``u`` is the zero vector.
    """
    uu = dot(u, u)
    if uu <= EPS * EPS:
        raise LinAlgInputError("cannot project onto the zero vector")
    return dot(v, u) / uu


def reject_from_vector(v: ArrayLike, u: ArrayLike) -> Vector:
    """Return the residual ``v - proj_u(v)``: the part of ``v`` at a right angle to ``u``."""
    out: Vector = as_vector(v) - project_onto_vector(v, u)
    return out


def covariance_ellipse(cov: ArrayLike, n_std: float = 2.0) -> tuple[float, float, float]:
    """Return ``(a, b, angle)`` of the ``n_std``-sigma ellipse of a 2x2 covariance matrix: semi-axes
    ``a >= b`` are ``n_std * sqrt(eigenvalues)`` and ``angle`` (radians, in (-pi/2, pi/2]) is the direction of
    the principal eigenvector. Raises for a matrix that is not symmetric positive semi-definite."""
    c = np.asarray(cov, dtype=np.float64)
    if c.shape != (2, 2) or not np.all(np.isfinite(c)):
        raise LinAlgInputError(f"expected a finite 2x2 covariance matrix, got shape {c.shape}")
    if not np.allclose(c, c.T, atol=1e-12 * max(1.0, float(np.abs(c).max()))):
        raise LinAlgInputError("a covariance matrix must be symmetric")
    values, vectors = np.linalg.eigh(c)
    if values[0] < -1e-12 * max(1.0, float(values[-1])):
        raise LinAlgInputError("a covariance matrix cannot have a negative eigenvalue")
    values = np.clip(values, 0.0, None)
    major = vectors[:, 1]
    angle = float(np.arctan2(major[1], major[0]))
    if angle <= -np.pi / 2:
        angle += np.pi
    elif angle > np.pi / 2:
        angle -= np.pi
    return float(n_std * np.sqrt(values[1])), float(n_std * np.sqrt(values[0])), angle

"""Principal component analysis: centring, covariance, projected variance, the two routes to the components
(symmetric eigendecomposition of the covariance and SVD of the centred data), explained variance, projection
onto the first k components, reconstruction and its error.

Conventions, used by every function here:
- a data set ``X`` is an ``(n, d)`` array, one point per row, one feature per column;
- the covariance is the sample covariance ``C = X~^T X~ / (n - ddof)`` of the centred data ``X~ = X - mean``,
  with ``ddof = 1`` by default (as ``numpy.cov``); ``ddof = 0`` gives the population convention (divide by n);
- eigenvalues come in decreasing order and the components are the matching unit eigenvectors, as the
  columns of a ``(d, d)`` matrix ``W``, oriented so that each one's largest-magnitude entry is positive
  (see :func:`orient_components`); with that orientation the eigh and SVD routes give the same matrix;
- the reconstruction error is the *sum* over points of squared distances, ``sum_i |x_i - x^_i|^2``, which
  equals ``(n - ddof)`` times the sum of the discarded eigenvalues.

Pure numpy; degenerate inputs raise :class:`mlmath.linalg.LinAlgInputError`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import EPS, LinAlgInputError, as_vector

__all__ = [
    "sample_data",
    "as_data",
    "mean_vector",
    "centre",
    "covariance_matrix",
    "total_variance",
    "unit_direction",
    "line_angle",
    "scores_along",
    "project_onto_line",
    "projected_variance",
    "quadratic_form",
    "orient_components",
    "pca_by_eigh",
    "singular_values",
    "pca_by_svd",
    "explained_variance_ratio",
    "project",
    "reconstruct",
    "reconstruction_error",
    "error_from_eigenvalues",
]

Data = NDArray[np.float64]
Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]


# -- data --------------------------------------------------------------------------------------------------
def sample_data(n: int, mean: ArrayLike, cov: ArrayLike, seed: int) -> Data:
    """Return ``n`` seeded Gaussian points with the given mean and (population) covariance, one per row.

    ``x_i = mean + L z_i`` with ``z_i`` standard normal from ``numpy.random.default_rng(seed)`` and ``L`` the
    Cholesky factor of ``cov`` (``L L^T = cov``), which is unique, so the same seed always gives the same
    points. ``cov`` must be symmetric positive definite.
    """
    mu = as_vector(mean)
    c = np.asarray(cov, dtype=np.float64)
    if n < 1:
        raise LinAlgInputError("need at least one point")
    if c.shape != (mu.size, mu.size) or not np.all(np.isfinite(c)):
        raise LinAlgInputError(f"covariance of shape {c.shape} for a mean of length {mu.size}")
    if not np.allclose(c, c.T):
        raise LinAlgInputError("a covariance matrix must be symmetric")
    try:
        lower = np.linalg.cholesky(c)
    except np.linalg.LinAlgError as err:
        raise LinAlgInputError("sample_data needs a positive definite covariance") from err
    z = np.random.default_rng(seed).standard_normal((n, mu.size))
    out: Data = mu + z @ lower.T
    return out


def as_data(x: ArrayLike) -> Data:
    """Return ``x`` as an ``(n, d)`` float array of finite numbers (one point per row), or raise."""
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[0] == 0 or arr.shape[1] == 0:
        raise LinAlgInputError(f"expected an (n, d) data array with one point per row, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise LinAlgInputError("data has non-finite entries")
    return arr


def mean_vector(x: ArrayLike) -> Vector:
    """Return the mean point ``mu = (1/n) sum_i x_i`` (the column means)."""
    out: Vector = as_data(x).mean(axis=0)
    return out


def centre(x: ArrayLike) -> Data:
    """Return the centred data ``X~ = X - mu``: every point minus the mean point, so the columns sum to 0."""
    arr = as_data(x)
    out: Data = arr - arr.mean(axis=0)
    return out


def _divisor(n: int, ddof: int) -> int:
    if ddof not in (0, 1):
        raise LinAlgInputError(f"ddof must be 0 (divide by n) or 1 (divide by n - 1), got {ddof}")
    if n - ddof <= 0:
        raise LinAlgInputError(f"{n} point(s) are too few for a covariance with ddof={ddof}")
    return n - ddof


def covariance_matrix(x: ArrayLike, ddof: int = 1) -> Matrix:
    """Return the covariance matrix ``C = X~^T X~ / (n - ddof)``: entry ``(j, k)`` is
    ``sum_i x~_ij x~_ik / (n - ddof)``, the variances on the diagonal and the covariances off it."""
    xc = centre(x)
    out: Matrix = xc.T @ xc / _divisor(xc.shape[0], ddof)
    return out


def total_variance(x: ArrayLike, ddof: int = 1) -> float:
    """Return the sum of the features' variances, ``sum_j sum_i x~_ij^2 / (n - ddof)`` (the trace of ``C``)."""
    xc = centre(x)
    return float(np.sum(xc * xc) / _divisor(xc.shape[0], ddof))


# -- directions and shadows --------------------------------------------------------------------------------
def unit_direction(theta: float) -> Vector:
    """Return the unit vector ``(cos theta, sin theta)`` of the plane at angle ``theta`` (radians)."""
    t = float(theta)
    if not np.isfinite(t):
        raise LinAlgInputError("the angle must be finite")
    return np.array([np.cos(t), np.sin(t)])


def line_angle(u: ArrayLike) -> float:
    """Return the angle of the line spanned by the plane vector ``u``, in ``[0, pi)``: ``atan2(u_2, u_1)`` taken
    modulo ``pi`` (``u`` and ``-u`` span the same line). Raises for a zero vector."""
    v = _unit(u)
    if v.size != 2:
        raise LinAlgInputError("line_angle takes a vector of the plane")
    angle = float(np.arctan2(v[1], v[0])) % np.pi
    return 0.0 if angle >= np.pi - 1e-15 else angle


def _unit(u: ArrayLike) -> Vector:
    v = as_vector(u)
    length = float(np.linalg.norm(v))
    if length <= EPS:
        raise LinAlgInputError("the zero vector has no direction")
    out: Vector = v / length
    return out


def scores_along(x: ArrayLike, u: ArrayLike) -> Vector:
    """Return each centred point's signed shadow length on the line of ``u``: ``t_i = x~_i . u^`` with
    ``u^ = u / |u|`` (the scalar projection of the dot_product lecture)."""
    xc, direction = centre(x), _unit(u)
    if direction.size != xc.shape[1]:
        raise LinAlgInputError(f"a direction of length {direction.size} for {xc.shape[1]} features")
    out: Vector = xc @ direction
    return out


def project_onto_line(x: ArrayLike, u: ArrayLike) -> Data:
    """Return the feet of the perpendiculars from each point to the line through the mean along ``u``:
    ``mu + t_i u^`` with ``t_i`` from :func:`scores_along`."""
    out: Data = mean_vector(x) + np.outer(scores_along(x, u), _unit(u))
    return out


def projected_variance(x: ArrayLike, u: ArrayLike, ddof: int = 1) -> float:
    """Return the variance of the shadows on the line of ``u``: ``sum_i t_i^2 / (n - ddof)`` with
    ``t_i = x~_i . u^`` (the shadows have mean zero). It equals ``u^T C u`` for a unit ``u``."""
    t = scores_along(x, u)
    return float(np.sum(t * t) / _divisor(t.size, ddof))


def quadratic_form(c: ArrayLike, u: ArrayLike) -> float:
    """Return ``u^T C u = sum_jk u_j C_jk u_k`` (for a covariance and a unit ``u``: the variance along ``u``)."""
    m, v = np.asarray(c, dtype=np.float64), as_vector(u)
    if m.shape != (v.size, v.size):
        raise LinAlgInputError(f"a matrix of shape {m.shape} and a vector of length {v.size}")
    return float(v @ m @ v)


# -- the components ----------------------------------------------------------------------------------------
def orient_components(w: ArrayLike) -> Matrix:
    """Return ``W`` with each column's sign flipped, if needed, so that its largest-magnitude entry is positive.

    Eigenvectors are defined up to sign; this fixes one, so the two routes give the same matrix. (When two
    entries of a column tie in magnitude the first wins; a tie decided by rounding may differ between routes.)
    """
    m = np.array(w, dtype=np.float64)
    if m.ndim != 2:
        raise LinAlgInputError("expected a matrix whose columns are the components")
    for j in range(m.shape[1]):
        if m[int(np.argmax(np.abs(m[:, j]))), j] < 0:
            m[:, j] = -m[:, j]
    return m


def pca_by_eigh(x: ArrayLike, ddof: int = 1, orient: bool = True) -> tuple[Vector, Matrix]:
    """Return ``(lambdas, W)``: the eigenvalues of the covariance ``C`` in decreasing order and the unit
    eigenvectors ``C w_j = lambda_j w_j`` as the columns of ``W`` (``numpy.linalg.eigh``, for symmetric
    matrices). Tiny negative eigenvalues from rounding are clipped to 0. With a repeated eigenvalue any
    orthonormal basis of its eigenspace is a valid answer."""
    values, vectors = np.linalg.eigh(covariance_matrix(x, ddof))
    order = np.argsort(values)[::-1]
    lambdas: Vector = np.clip(values[order], 0.0, None)
    w: Matrix = vectors[:, order]
    return lambdas, orient_components(w) if orient else w


def singular_values(x: ArrayLike) -> Vector:
    """Return the singular values ``sigma_1 >= sigma_2 >= ...`` of the centred data ``X~``; ``sigma_j^2`` is
    ``sum_i t_ij^2``, the squared length of the scores on component j."""
    out: Vector = np.asarray(np.linalg.svd(centre(x), compute_uv=False), dtype=np.float64)
    return out


def pca_by_svd(x: ArrayLike, ddof: int = 1, orient: bool = True) -> tuple[Vector, Matrix]:
    """Return ``(lambdas, W)`` from the SVD ``X~ = U S V^T`` of the centred data, without forming ``C``:
    ``C = V S^2 V^T / (n - ddof)``, so ``W = V`` and ``lambda_j = sigma_j^2 / (n - ddof)``. Same result as
    :func:`pca_by_eigh` up to the signs of the columns (equal once oriented). With fewer points than
    features the missing eigenvalues are 0 and ``W`` is completed to an orthonormal basis."""
    xc = centre(x)
    n, d = xc.shape
    divisor = _divisor(n, ddof)
    _, s, vt = np.linalg.svd(xc, full_matrices=True)
    lambdas: Vector = np.zeros(d)
    lambdas[: s.size] = s * s / divisor
    w: Matrix = vt.T
    return lambdas, orient_components(w) if orient else w


def explained_variance_ratio(lambdas: ArrayLike) -> Vector:
    """Return ``lambda_j / sum_k lambda_k``: the share of the total variance along each component.

    Raises when the eigenvalues are negative or all zero (data with no spread has no shares)."""
    v = as_vector(lambdas)
    scale = max(1.0, float(np.max(np.abs(v))))
    if np.any(v < -1e-12 * scale):
        raise LinAlgInputError("variances cannot be negative")
    v = np.clip(v, 0.0, None)
    total = float(np.sum(v))
    if total <= EPS * scale:
        raise LinAlgInputError("the data has no variance to explain")
    out: Vector = v / total
    return out


# -- keeping k components ----------------------------------------------------------------------------------
def _first_k(w: ArrayLike, k: int, d: int) -> Matrix:
    m = np.asarray(w, dtype=np.float64)
    if m.ndim != 2 or m.shape[0] != d:
        raise LinAlgInputError(f"components of shape {m.shape} for {d} features")
    if not 0 <= k <= m.shape[1]:
        raise LinAlgInputError(f"cannot keep {k} of {m.shape[1]} components")
    out: Matrix = m[:, :k]
    return out


def _mean_of(x: Data, mean: ArrayLike | None) -> Vector:
    mu = x.mean(axis=0) if mean is None else as_vector(mean)
    if mu.size != x.shape[1]:
        raise LinAlgInputError(f"a mean of length {mu.size} for {x.shape[1]} features")
    return mu


def project(x: ArrayLike, w: ArrayLike, k: int, mean: ArrayLike | None = None) -> Data:
    """Return the scores ``Z = (X - mu) W_k``, ``(n, k)``: each point's coordinates along the first ``k``
    components (``z_ij = w_j . (x_i - mu)``). ``mu`` is the data's mean unless given."""
    arr = as_data(x)
    wk = _first_k(w, k, arr.shape[1])
    out: Data = (arr - _mean_of(arr, mean)) @ wk
    return out


def reconstruct(x: ArrayLike, w: ArrayLike, k: int, mean: ArrayLike | None = None) -> Data:
    """Return ``X^ = mu + Z W_k^T``: each point rebuilt from its ``k`` scores, ``x^_i = mu + sum_j z_ij w_j``
    (the orthogonal projection onto the plane through ``mu`` spanned by the first ``k`` components)."""
    arr = as_data(x)
    wk = _first_k(w, k, arr.shape[1])
    mu = _mean_of(arr, mean)
    out: Data = mu + (arr - mu) @ wk @ wk.T
    return out


def reconstruction_error(x: ArrayLike, w: ArrayLike, k: int, mean: ArrayLike | None = None) -> float:
    """Return the summed squared distance ``sum_i |x_i - x^_i|^2`` between the points and their reconstructions
    from ``k`` components. For the data's own components it equals :func:`error_from_eigenvalues`."""
    arr = as_data(x)
    residual = arr - reconstruct(arr, w, k, mean)
    return float(np.sum(residual * residual))


def error_from_eigenvalues(lambdas: Sequence[float] | ArrayLike, n: int, k: int, ddof: int = 1) -> float:
    """Return ``(n - ddof) sum_{j > k} lambda_j``: the reconstruction error predicted by the discarded
    eigenvalues of a covariance of ``n`` points computed with ``ddof`` (each eigenvalue is a variance, so
    ``(n - ddof) lambda_j`` is the summed squared length of the scores on component j)."""
    v = as_vector(lambdas)
    if not 0 <= k <= v.size:
        raise LinAlgInputError(f"cannot keep {k} of {v.size} components")
    return float(_divisor(n, ddof) * np.sum(np.clip(v[k:], 0.0, None)))

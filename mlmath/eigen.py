"""Eigenvalues and eigenvectors: the directions a matrix only stretches, and what they make easy.

Pure numpy functions. For a 2x2 matrix the eigenvalues come from the characteristic polynomial
``det(A - lambda I) = lambda^2 - tr(A) lambda + det(A)`` (exactly, with fractions, when the roots are rational);
for any square matrix also numerically (``numpy.linalg.eig``). Degenerate inputs give a defined result or raise
:class:`mlmath.linalg.LinAlgInputError`: complex eigenvalues (a rotation has no real eigenvector), a repeated
eigenvalue with a single eigen-direction (a shear: no eigenbasis), a zero start vector for power iteration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from numbers import Rational

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import EPS, LinAlgInputError, as_vector, coordinates_in_basis, norm
from mlmath.linalg import as_matrix as linalg_as_matrix

__all__ = [
    "EigenCase",
    "CharacteristicPolynomial",
    "PowerIteration",
    "as_square",
    "image",
    "characteristic_matrix",
    "characteristic_polynomial",
    "classify",
    "eigenvalues_2x2",
    "exact_eigenvalues_2x2",
    "eigenvector_for",
    "eigenpairs_2x2",
    "eigenpairs_numeric",
    "eigenpairs",
    "simplest_direction",
    "diagonalise",
    "from_eigenbasis",
    "eigen_coordinates",
    "power_coordinates",
    "apply_power",
    "matrix_power",
    "rayleigh_quotient",
    "angle_between_lines",
    "dominant_eigenpair",
    "convergence_ratio",
    "power_iteration",
]

Vector = NDArray[np.float64]
Matrix = NDArray[np.float64]

#: Relative tolerance for "this discriminant / singular value / residual is zero".
REL_TOL = 1e-9


class EigenCase(StrEnum):
    """The four kinds of real 2x2 matrix, told apart by the discriminant ``tr^2 - 4 det`` of the characteristic
    polynomial."""

    DISTINCT = "distinct"  # two real eigenvalues, two eigen-lines: an eigenbasis
    SCALAR = "scalar"  # a repeated eigenvalue and A = lambda I: every vector is an eigenvector
    DEFECTIVE = "defective"  # a repeated eigenvalue with one eigen-line (a shear): no eigenbasis
    COMPLEX = "complex"  # no real eigenvalue (a rotation): no real eigenvector


@dataclass(frozen=True)
class CharacteristicPolynomial:
    """The pieces of ``det(A - lambda I) = (a - lambda)(d - lambda) - bc = lambda^2 - tr lambda + det``."""

    trace: float  # a + d, the sum of the eigenvalues
    determinant: float  # ad - bc, the product of the eigenvalues
    off_diagonal: float  # bc, the product subtracted in the determinant
    discriminant: float  # tr^2 - 4 det: > 0 two real roots, = 0 one repeated, < 0 complex

    @property
    def coefficients(self) -> tuple[float, float, float]:
        """``(1, -tr, det)``: the coefficients of ``lambda^2, lambda, 1``, highest power first (as ``np.poly``)."""
        return 1.0, -self.trace, self.determinant


@dataclass(frozen=True)
class PowerIteration:
    """Iterates of ``x_{k+1} = A x_k / |A x_k|`` from a unit ``x_0``.

    ``iterates[k]`` is the unit vector ``x_k``; ``rayleigh[k] = x_k . A x_k`` (``x_k`` has length one) and
    ``growth[k] = |A x_k|`` both tend to the dominant eigenvalue (its absolute value for ``growth``).
    """

    iterates: Matrix
    rayleigh: Vector
    growth: Vector


def as_square(a: ArrayLike) -> Matrix:
    """Return ``a`` as a finite square float matrix, or raise :class:`LinAlgInputError`."""
    return linalg_as_matrix(a, square=True, expected="expected a square matrix")


def _as_2x2(a: ArrayLike) -> Matrix:
    m = as_square(a)
    if m.shape != (2, 2):
        raise LinAlgInputError(f"expected a 2x2 matrix, got shape {m.shape}")
    return m


def _scale(m: Matrix) -> float:
    """The size of the matrix's largest entry (at least one), for relative tolerances."""
    return max(1.0, float(np.max(np.abs(m))))


def image(a: ArrayLike, v: ArrayLike) -> Vector:
    """Return ``A v``: the combination of A's columns with the entries of ``v`` as weights."""
    m, x = as_square(a), as_vector(v)
    if x.size != m.shape[1]:
        raise LinAlgInputError(f"vector of length {x.size} for a {m.shape[0]}x{m.shape[1]} matrix")
    out: Vector = m @ x
    return out


def characteristic_matrix(a: ArrayLike, lam: float) -> Matrix:
    """Return ``A - lambda I``: ``lambda`` subtracted from every diagonal entry."""
    m = as_square(a)
    out: Matrix = m - float(lam) * np.identity(m.shape[0])
    return out


def characteristic_polynomial(a: ArrayLike) -> CharacteristicPolynomial:
    """Return the characteristic polynomial of a 2x2 matrix ``[[a, b], [c, d]]``:
    ``det(A - lambda I) = lambda^2 - (a + d) lambda + (ad - bc)``, with its discriminant ``tr^2 - 4 det``."""
    m = _as_2x2(a)
    tr = float(m[0, 0] + m[1, 1])
    bc = float(m[0, 1] * m[1, 0])
    det = float(m[0, 0] * m[1, 1] - bc)
    # (a - d)^2 + 4bc equals tr^2 - 4 det exactly, without the cancellation of two large terms.
    disc = float((m[0, 0] - m[1, 1]) ** 2 + 4.0 * bc)
    return CharacteristicPolynomial(trace=tr, determinant=det, off_diagonal=bc, discriminant=disc)


def _disc_is_zero(m: Matrix, disc: float) -> bool:
    return abs(disc) <= REL_TOL * _scale(m) ** 2


def classify(a: ArrayLike) -> EigenCase:
    """Tell a 2x2 matrix's case from the discriminant ``tr^2 - 4 det``: positive, two eigen-lines; negative,
    none (complex eigenvalues); zero, a repeated eigenvalue that is either ``lambda I`` (every vector is an
    eigenvector) or defective (one eigen-line, like a shear)."""
    m = _as_2x2(a)
    disc = characteristic_polynomial(m).discriminant
    if _disc_is_zero(m, disc):
        lam = (m[0, 0] + m[1, 1]) / 2
        off = np.abs(m - lam * np.identity(2)).max()
        return EigenCase.SCALAR if off <= REL_TOL * _scale(m) else EigenCase.DEFECTIVE
    return EigenCase.DISTINCT if disc > 0 else EigenCase.COMPLEX


def eigenvalues_2x2(a: ArrayLike, allow_complex: bool = False) -> NDArray[np.float64] | NDArray[np.complex128]:
    """Return the two roots of ``lambda^2 - tr lambda + det = 0``, largest first.

    ``lambda = (tr +- sqrt(tr^2 - 4 det)) / 2``, evaluated stably: the root of larger size is
    ``(tr + sign(tr) sqrt(disc)) / 2`` and the other is ``det`` divided by it (their product is ``det``). A repeated
    root is returned twice. Complex roots (negative discriminant) raise :class:`LinAlgInputError` unless
    ``allow_complex``, which returns the conjugate pair ``tr/2 +- i sqrt(-disc)/2`` (positive imaginary part first).
    """
    m = _as_2x2(a)
    poly = characteristic_polynomial(m)
    tr, det, disc = poly.trace, poly.determinant, poly.discriminant
    if _disc_is_zero(m, disc):
        return np.array([tr / 2, tr / 2])
    if disc < 0:
        if not allow_complex:
            raise LinAlgInputError("complex eigenvalues (the discriminant tr^2 - 4 det is negative): "
                                   "like a rotation, this matrix has no real eigenvector")
        half = math.sqrt(-disc) / 2
        return np.array([complex(tr / 2, half), complex(tr / 2, -half)])
    root = math.sqrt(disc)
    big = (tr + math.copysign(root, tr)) / 2
    small = det / big if big != 0 else (tr - math.copysign(root, tr)) / 2
    return np.array(sorted((big, small), reverse=True))


def _rational_sqrt(q: Fraction) -> Fraction | None:
    """The exact square root of a non-negative fraction, when it is itself a fraction."""
    num, den = math.isqrt(q.numerator), math.isqrt(q.denominator)
    if num * num == q.numerator and den * den == q.denominator:
        return Fraction(num, den)
    return None


def exact_eigenvalues_2x2(a: object) -> tuple[Fraction, Fraction]:
    """Return the eigenvalues of a 2x2 matrix of integers or fractions exactly, largest first:
    ``(tr +- sqrt(tr^2 - 4 det)) / 2`` in rational arithmetic.

    Raises :class:`LinAlgInputError` when an entry is not rational (a float), or when the roots are irrational or
    complex: then there is no exact fraction to give (use :func:`eigenvalues_2x2`).
    """
    rows = [list(row) for row in a]  # type: ignore[attr-defined]
    if len(rows) != 2 or any(len(r) != 2 for r in rows):
        raise LinAlgInputError("expected a 2x2 matrix")
    if not all(isinstance(x, Rational) for r in rows for x in r):
        raise LinAlgInputError("exact eigenvalues need integer or fraction entries")
    (p, q), (r, s) = [[Fraction(x) for x in row] for row in rows]
    tr, det = p + s, p * s - q * r
    disc = tr * tr - 4 * det
    if disc < 0:
        raise LinAlgInputError("complex eigenvalues: no real eigenvalue to write as a fraction")
    root = _rational_sqrt(disc)
    if root is None:
        raise LinAlgInputError("the eigenvalues are irrational: the discriminant is not a perfect square")
    return (tr + root) / 2, (tr - root) / 2


def _sign_fixed(v: Vector) -> Vector:
    """``v`` with its sign chosen so that its first clearly non-zero entry is positive (a direction has two
    unit vectors; this picks one, so results are reproducible)."""
    big = np.flatnonzero(np.abs(v) > 1e-9 * max(1.0, float(np.max(np.abs(v)))))
    out: Vector = -v if big.size and v[big[0]] < 0 else v
    return out


def _is_eigenvalue(m: Matrix, lam: float) -> bool:
    s = np.linalg.svd(characteristic_matrix(m, lam), compute_uv=False)
    return bool(s[-1] <= 1e-7 * max(_scale(m), abs(lam)))


def eigenvector_for(a: ArrayLike, lam: float) -> Vector:
    """Return a unit eigenvector for the eigenvalue ``lam``: a non-zero solution of ``(A - lambda I) v = 0``.

    For a 2x2 matrix with rows ``(a - lambda, b)`` and ``(c, d - lambda)`` the solution is perpendicular to the
    rows: ``(b, lambda - a)`` or ``(lambda - d, c)`` (the longer one is used). For larger matrices it is the right
    singular vector of ``A - lambda I`` with the smallest singular value. When every vector is an eigenvector
    (``A = lambda I``) the first standard basis vector is returned. The first non-zero entry is made positive.
    Raises :class:`LinAlgInputError` when ``lam`` is not an eigenvalue (``A - lambda I`` is invertible).
    """
    m = as_square(a)
    lam = float(lam)
    if not _is_eigenvalue(m, lam):
        raise LinAlgInputError(f"{lam:g} is not an eigenvalue: A - lambda I is invertible, so only v = 0 solves it")
    if m.shape == (2, 2):
        r = characteristic_matrix(m, lam)
        candidates = [np.array([r[0, 1], -r[0, 0]]), np.array([-r[1, 1], r[1, 0]])]
        best = max(candidates, key=lambda c: float(np.hypot(*c)))
        if float(np.hypot(*best)) <= REL_TOL * _scale(m):
            return np.array([1.0, 0.0])
        return _sign_fixed(best / float(np.hypot(*best)))
    _, _, vt = np.linalg.svd(characteristic_matrix(m, lam))
    return _sign_fixed(vt[-1] / np.linalg.norm(vt[-1]))


def eigenpairs_2x2(a: ArrayLike) -> tuple[Vector, Matrix]:
    """Return ``(values, V)`` for a 2x2 matrix from its characteristic polynomial: the eigenvalues largest first
    (:func:`eigenvalues_2x2`) and unit eigenvectors as the columns of ``V`` (:func:`eigenvector_for`).

    ``A = lambda I`` gives ``V = I``. Complex eigenvalues raise, and so does a defective matrix (a repeated
    eigenvalue with one eigen-line, like a shear), which has no eigenbasis: :class:`LinAlgInputError`.
    """
    m = _as_2x2(a)
    case = classify(m)
    if case is EigenCase.COMPLEX:
        raise LinAlgInputError("complex eigenvalues: like a rotation, this matrix has no real eigenvector")
    values = np.asarray(eigenvalues_2x2(m), dtype=np.float64)
    if case is EigenCase.SCALAR:
        return values, np.identity(2)
    if case is EigenCase.DEFECTIVE:
        raise LinAlgInputError("defective matrix: a repeated eigenvalue with only one eigen-line (like a shear), "
                               "so there are not two independent eigenvectors")
    vectors = np.column_stack([eigenvector_for(m, lam) for lam in values])
    return values, vectors


def eigenpairs_numeric(a: ArrayLike) -> tuple[Vector, Matrix]:
    """Return ``(values, V)`` from ``numpy.linalg.eig``: real eigenvalues largest first, unit eigenvectors as
    columns with their first non-zero entry positive. Complex eigenvalues raise :class:`LinAlgInputError`."""
    m = as_square(a)
    w, v = np.linalg.eig(m)
    if np.any(np.abs(np.imag(w)) > REL_TOL * _scale(m)):
        raise LinAlgInputError("complex eigenvalues: no real eigenvector for them")
    values, vectors = np.real(w), np.real(v)
    order = np.argsort(-values, kind="stable")
    cols = [_sign_fixed(vectors[:, i] / np.linalg.norm(vectors[:, i])) for i in order]
    return values[order], np.column_stack(cols)


def eigenpairs(a: ArrayLike) -> tuple[Vector, Matrix]:
    """Eigenvalues (largest first) and unit eigenvectors (columns): through the characteristic polynomial for a
    2x2 matrix (:func:`eigenpairs_2x2`), numerically for larger ones (:func:`eigenpairs_numeric`)."""
    m = as_square(a)
    return eigenpairs_2x2(m) if m.shape == (2, 2) else eigenpairs_numeric(m)


def simplest_direction(v: ArrayLike, max_entry: int = 12) -> Vector:
    """Return the shortest vector with integer entries (each at most ``max_entry``) along ``v``, pointing the
    same way: ``(0.707, 0.707) -> (1, 1)``. When no such vector exists, ``v / max |v_i|``. Zero raises."""
    x = as_vector(v)
    big = float(np.max(np.abs(x)))
    if big <= EPS:
        raise LinAlgInputError("the zero vector has no direction")
    x = x / big
    for k in range(1, max_entry + 1):
        scaled = k * x
        rounded = np.round(scaled)
        if np.max(np.abs(scaled - rounded)) <= 1e-6 * k:
            out: Vector = rounded + 0.0
            return out
    return x


def diagonalise(a: ArrayLike) -> tuple[Matrix, Vector]:
    """Return ``(V, values)`` with ``A = V diag(values) V^-1``: the eigenvectors as columns of ``V``.

    Fails with :class:`LinAlgInputError` when there is no real eigenbasis: complex eigenvalues, or too few
    independent eigenvectors (a defective matrix, detected by the rank or conditioning of ``V``).
    """
    m = as_square(a)
    values, v = eigenpairs(m)
    if m.shape != (2, 2):
        s = np.linalg.svd(v, compute_uv=False)
        if s[-1] <= 1e-7 * s[0]:
            raise LinAlgInputError("defective matrix: the eigenvectors do not form a basis")
    return v, values


def from_eigenbasis(v: ArrayLike, values: ArrayLike) -> Matrix:
    """Return ``V diag(values) V^-1``: the matrix that scales the columns of ``V`` by ``values``. ``V`` must be
    invertible (its columns a basis)."""
    basis = as_square(v)
    lam = as_vector(values)
    if lam.size != basis.shape[0]:
        raise LinAlgInputError(f"{lam.size} eigenvalues for {basis.shape[0]} eigenvectors")
    if np.linalg.matrix_rank(basis) < basis.shape[0]:
        raise LinAlgInputError("the eigenvectors are not a basis: V is singular")
    out: Matrix = np.asarray(np.linalg.solve(basis.T, (basis * lam).T).T, dtype=np.float64)  # (V diag) V^-1
    return out


def _eigenbasis(a: ArrayLike, basis: ArrayLike | None) -> tuple[Matrix, Vector]:
    """``(V, values)``: from :func:`diagonalise`, or the given eigenvectors (columns, any lengths) with their
    eigenvalues, after checking that each column is one (``A v = lambda v``) and that together they are a basis."""
    if basis is None:
        return diagonalise(a)
    m, v = as_square(a), as_square(basis)
    if v.shape != m.shape:
        raise LinAlgInputError(f"a basis of shape {v.shape} for a matrix of shape {m.shape}")
    if np.linalg.matrix_rank(v) < v.shape[0]:
        raise LinAlgInputError("the given vectors are not a basis")
    values = np.array([rayleigh_quotient(m, v[:, i]) for i in range(v.shape[1])])
    if not np.allclose(m @ v, v * values, atol=1e-9 * _scale(m) * _scale(v)):
        raise LinAlgInputError("a given basis vector is not an eigenvector: A v is not a multiple of v")
    return v, values


def eigen_coordinates(a: ArrayLike, x: ArrayLike, basis: ArrayLike | None = None) -> Vector:
    """Return ``c = V^-1 x``: the coordinates of ``x`` in the eigenbasis, so ``x = sum_i c_i v_i``. ``V`` is the
    unit eigenbasis of :func:`diagonalise`, or ``basis`` (eigenvectors as columns, of any lengths) when given."""
    v, _ = _eigenbasis(a, basis)
    return coordinates_in_basis(v, x)


def power_coordinates(a: ArrayLike, x: ArrayLike, k: int, basis: ArrayLike | None = None) -> Vector:
    """Return the eigen-coordinates of ``A^k x``: ``c_i lambda_i^k``, since ``A^k v_i = lambda_i^k v_i``
    (in the eigenbasis ``basis`` when given, as in :func:`eigen_coordinates`)."""
    v, values = _eigenbasis(a, basis)
    c = coordinates_in_basis(v, x)
    k = _power(k, values)
    out: Vector = c * values**k
    return out


def _power(k: int, values: Vector) -> int:
    if isinstance(k, bool) or not isinstance(k, int | np.integer):
        raise LinAlgInputError("the power k must be an integer")
    if k < 0 and np.any(np.abs(values) <= EPS):
        raise LinAlgInputError("a negative power needs an invertible matrix: an eigenvalue is zero")
    return int(k)


def apply_power(a: ArrayLike, x: ArrayLike, k: int) -> Vector:
    """Return ``A^k x`` through the eigenbasis: ``sum_i c_i lambda_i^k v_i`` with ``c = V^-1 x``."""
    v, _ = diagonalise(a)
    out: Vector = v @ power_coordinates(a, x, k, v)
    return out


def matrix_power(a: ArrayLike, k: int) -> Matrix:
    """Return ``A^k = V D^k V^-1``: in the eigenbasis, the k-th power only raises each eigenvalue to the k-th
    power. Needs an eigenbasis (see :func:`diagonalise`); a negative ``k`` needs non-zero eigenvalues."""
    v, values = diagonalise(a)
    k = _power(k, values)
    return from_eigenbasis(v, values**k)


def rayleigh_quotient(a: ArrayLike, x: ArrayLike) -> float:
    """Return ``r(x) = x . A x / x . x``: the eigenvalue when ``x`` is an eigenvector, an estimate of it near one.
    The zero vector raises :class:`LinAlgInputError`."""
    v = as_vector(x)
    n = norm(v)
    if n <= EPS:
        raise LinAlgInputError("the Rayleigh quotient of the zero vector is undefined")
    u = v / n
    return float(u @ image(a, u))


def angle_between_lines(u: ArrayLike, v: ArrayLike, degrees: bool = False) -> float:
    """Return the angle between the lines through ``u`` and through ``v``, in ``[0, pi/2]``:
    ``arctan2(|u x v|, |u . v|)`` for vectors of the plane (zero when ``v`` stays on the line of ``u``)."""
    a, b = as_vector(u), as_vector(v)
    if a.size != 2 or b.size != 2:
        raise LinAlgInputError("lines through the origin of the plane need 2-D vectors")
    if norm(a) <= EPS or norm(b) <= EPS:
        raise LinAlgInputError("the zero vector spans no line")
    a, b = a / norm(a), b / norm(b)
    theta = math.atan2(abs(a[0] * b[1] - a[1] * b[0]), abs(a[0] * b[0] + a[1] * b[1]))
    return math.degrees(theta) if degrees else theta


def dominant_eigenpair(a: ArrayLike) -> tuple[float, Vector]:
    """Return the eigenvalue of largest absolute value and its unit eigenvector (numerically).

    Raises :class:`LinAlgInputError` when it is not unique: complex eigenvalues, or two of the same size
    (like 1 and -1), where power iteration does not settle.
    """
    m = as_square(a)
    w = np.linalg.eigvals(m)
    order = np.argsort(-np.abs(w), kind="stable")
    top = w[order[0]]
    if abs(top.imag) > REL_TOL * _scale(m):
        raise LinAlgInputError("the largest eigenvalues are a complex pair: no dominant real eigenvector")
    if m.shape[0] > 1 and abs(w[order[1]]) >= abs(top) * (1 - 1e-9) and abs(w[order[1]] - top) > 1e-9 * _scale(m):
        raise LinAlgInputError("no dominant eigenvalue: two eigenvalues share the largest absolute value")
    lam = float(top.real)
    return lam, eigenvector_for(m, lam)


def convergence_ratio(a: ArrayLike) -> float:
    """Return ``|lambda_2| / |lambda_1|`` (eigenvalues by decreasing absolute value): power iteration shrinks the
    error by about this factor per step. The zero matrix raises :class:`LinAlgInputError`."""
    m = as_square(a)
    sizes = np.sort(np.abs(np.linalg.eigvals(m)))[::-1]
    if sizes[0] <= EPS:
        raise LinAlgInputError("every eigenvalue is zero: nothing dominates")
    return float(sizes[1] / sizes[0]) if sizes.size > 1 else 0.0


def power_iteration(a: ArrayLike, x0: ArrayLike, steps: int) -> PowerIteration:
    """Run ``steps`` steps of power iteration ``x_{k+1} = A x_k / |A x_k|`` from ``x_0 / |x_0|``, recording each
    unit iterate, its Rayleigh quotient ``x_k . A x_k`` and the growth ``|A x_k|``.

    The direction settles on the dominant eigenvector when ``x_0`` has a component along it. Raises
    :class:`LinAlgInputError` for a zero start, a negative number of steps, or an iterate that ``A`` sends to zero.
    """
    m = as_square(a)
    x = as_vector(x0)
    if x.size != m.shape[0]:
        raise LinAlgInputError(f"start vector of length {x.size} for a {m.shape[0]}x{m.shape[0]} matrix")
    if steps < 0:
        raise LinAlgInputError("the number of steps cannot be negative")
    if norm(x) <= EPS:
        raise LinAlgInputError("power iteration cannot start from the zero vector")
    x = x / norm(x)
    iterates, rayleigh, growth = [x], [], []
    for k in range(steps + 1):
        y = m @ x
        rayleigh.append(float(x @ y))
        growth.append(norm(y))
        if k == steps:
            break
        if growth[-1] <= EPS * _scale(m):
            raise LinAlgInputError("A sends the iterate to zero: the start has no component along a non-zero "
                                   "eigenvalue's direction")
        x = y / growth[-1]
        iterates.append(x)
    return PowerIteration(iterates=np.array(iterates), rayleigh=np.array(rayleigh), growth=np.array(growth))

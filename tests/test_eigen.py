"""Tests for mlmath.eigen: every function against an independent route.

Each function gets worked textbook examples with exact numbers, hypothesis properties on random bounded inputs
checked against numpy (``numpy.linalg.eig``, ``eigvals``, ``matrix_power``, ``np.poly``) or a different formula,
and its degenerate inputs (complex, repeated and defective eigenvalues, zero vectors), which must give a defined
result or a clear :class:`LinAlgInputError`.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.eigen import (
    CharacteristicPolynomial,
    EigenCase,
    angle_between_lines,
    apply_power,
    as_square,
    characteristic_matrix,
    characteristic_polynomial,
    classify,
    convergence_ratio,
    diagonalise,
    dominant_eigenpair,
    eigen_coordinates,
    eigenpairs,
    eigenpairs_2x2,
    eigenpairs_numeric,
    eigenvalues_2x2,
    eigenvector_for,
    exact_eigenvalues_2x2,
    from_eigenbasis,
    image,
    matrix_power,
    power_coordinates,
    power_iteration,
    rayleigh_quotient,
    simplest_direction,
)
from mlmath.linalg import LinAlgInputError

FAST = settings(max_examples=60, deadline=None)

# The lecture's example: eigenvalues 2 and 1/2 along (1, 1) and (2, -1).
A = np.array([[1.0, 1.0], [0.5, 1.5]])
ROTATION = np.array([[0.0, -1.0], [1.0, 0.0]])
SHEAR = np.array([[1.0, 1.0], [0.0, 1.0]])
SCALAR = np.array([[3.0, 0.0], [0.0, 3.0]])
S2 = np.sqrt(2.0)

# Entries far below the others' size (1e-222 beside 1) make LAPACK and the closed form disagree on what is zero.
def moderate(bound: float) -> st.SearchStrategy[float]:
    """Finite floats in [-bound, bound], with anything closer to zero than 1e-6 set to zero."""
    return st.floats(-bound, bound, allow_nan=False, allow_infinity=False).map(lambda x: 0.0 if abs(x) < 1e-6 else x)


entries = moderate(10)
small_ints = st.integers(min_value=-9, max_value=9)


def square(n: int | st.SearchStrategy[int]) -> st.SearchStrategy[np.ndarray]:
    if isinstance(n, int):
        return arrays(np.float64, (n, n), elements=entries, fill=st.nothing())
    return n.flatmap(lambda k: arrays(np.float64, (k, k), elements=entries, fill=st.nothing()))


mat2 = square(2)
vec2 = arrays(np.float64, 2, elements=entries, fill=st.nothing())


def real_distinct(m: np.ndarray, gap: float = 0.05) -> np.ndarray:
    """Keep matrices with real eigenvalues that are clearly apart (well-conditioned eigenvectors)."""
    w = np.linalg.eigvals(m)
    assume(np.all(np.abs(w.imag) < 1e-12))
    w = np.sort(w.real)
    scale = max(1.0, np.abs(m).max())
    assume(np.all(np.diff(w) > gap * scale))
    return m


@st.composite
def diagonalisable(draw: st.DrawFn, n_max: int = 4) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``A = P D P^-1`` from a random well-conditioned ``P`` and distinct eigenvalues ``D``."""
    n = draw(st.integers(min_value=2, max_value=n_max))
    p = draw(arrays(np.float64, (n, n), elements=moderate(3), fill=st.nothing()))
    assume(np.linalg.cond(p) < 50)
    values = np.array(draw(st.lists(moderate(4), min_size=n, max_size=n)))
    assume(np.min(np.diff(np.sort(values))) > 0.1)
    return p @ np.diag(values) @ np.linalg.inv(p), p, values


def parallel(u: np.ndarray, v: np.ndarray, tol: float = 1e-7) -> bool:
    return abs(abs(float(u @ v)) - np.linalg.norm(u) * np.linalg.norm(v)) <= tol * max(1.0, np.linalg.norm(u) ** 2)


# ------------------------------------------------------------------------------------------- inputs and images


def test_a_non_square_or_non_finite_matrix_is_rejected() -> None:
    for bad in ([[1, 2, 3]], [1, 2], [[1, np.nan], [0, 1]], np.zeros((0, 0))):
        with pytest.raises(LinAlgInputError):
            as_square(bad)


def test_the_image_of_a_vector_combines_the_columns() -> None:
    np.testing.assert_array_equal(image(A, [3, 0]), [3, 1.5])
    with pytest.raises(LinAlgInputError, match="length"):
        image(A, [1, 2, 3])


@FAST
@given(square(st.integers(1, 4)), st.data())
def test_the_image_matches_numpy_matmul(m: np.ndarray, data: st.DataObject) -> None:
    x = data.draw(arrays(np.float64, m.shape[0], elements=entries, fill=st.nothing()))
    np.testing.assert_allclose(image(m, x), m @ x, atol=1e-9)


# ------------------------------------------------------------------------------------ characteristic polynomial


def test_the_characteristic_matrix_subtracts_lambda_on_the_diagonal() -> None:
    np.testing.assert_array_equal(characteristic_matrix(A, 2), [[-1, 1], [0.5, -0.5]])


def test_the_textbook_characteristic_polynomial_has_trace_and_determinant() -> None:
    poly = characteristic_polynomial(A)
    assert poly == CharacteristicPolynomial(trace=2.5, determinant=1.0, off_diagonal=0.5, discriminant=2.25)
    assert poly.coefficients == (1.0, -2.5, 1.0)
    assert characteristic_polynomial(ROTATION).discriminant == -4


@FAST
@given(mat2)
def test_the_characteristic_polynomial_matches_numpy_poly(m: np.ndarray) -> None:
    poly = characteristic_polynomial(m)
    np.testing.assert_allclose(poly.coefficients, np.poly(m), atol=1e-9 * max(1.0, np.abs(m).max()) ** 2)
    w = np.linalg.eigvals(m)
    assert poly.discriminant == pytest.approx(np.real((w[0] - w[1]) ** 2), abs=1e-7 * max(1, np.abs(m).max()) ** 2)


# ------------------------------------------------------------------------------------------ classification


def test_the_four_textbook_cases_are_told_apart() -> None:
    assert classify(A) is EigenCase.DISTINCT
    assert classify(ROTATION) is EigenCase.COMPLEX
    assert classify(SHEAR) is EigenCase.DEFECTIVE
    assert classify(SCALAR) is EigenCase.SCALAR
    assert classify([[2, 0], [0, -2]]) is EigenCase.DISTINCT


@FAST
@given(mat2)
def test_classification_agrees_with_numpy_on_real_or_complex(m: np.ndarray) -> None:
    w = np.linalg.eigvals(m)
    gap = abs(w[0] - w[1])
    assume(gap > 1e-3 * max(1.0, np.abs(m).max()))
    expected = EigenCase.COMPLEX if abs(w[0].imag) > 0 else EigenCase.DISTINCT
    assert classify(m) is expected


# ---------------------------------------------------------------------------------------------- eigenvalues


def test_textbook_eigenvalues_come_from_the_quadratic_formula() -> None:
    np.testing.assert_array_equal(eigenvalues_2x2(A), [2, 0.5])
    np.testing.assert_array_equal(eigenvalues_2x2([[4, 1], [2, 3]]), [5, 2])
    np.testing.assert_array_equal(eigenvalues_2x2(SHEAR), [1, 1])
    np.testing.assert_array_equal(eigenvalues_2x2([[0, 1], [1, 0]]), [1, -1])
    np.testing.assert_allclose(eigenvalues_2x2([[1, 1], [1, 0]]), [(1 + np.sqrt(5)) / 2, (1 - np.sqrt(5)) / 2])


def test_a_rotation_has_complex_eigenvalues_and_no_real_ones() -> None:
    with pytest.raises(LinAlgInputError, match="rotation"):
        eigenvalues_2x2(ROTATION)
    np.testing.assert_array_equal(eigenvalues_2x2(ROTATION, allow_complex=True), [1j, -1j])


@FAST
@given(mat2)
def test_eigenvalues_match_numpy_eigvals(m: np.ndarray) -> None:
    scale = max(1.0, np.abs(m).max())
    w = np.linalg.eigvals(m)
    assume(abs(w[0] - w[1]) > 1e-4 * scale)
    ours = eigenvalues_2x2(m, allow_complex=True)
    key = lambda z: (round(z.real, 6), z.imag)  # noqa: E731 - a sort key
    np.testing.assert_allclose(sorted(ours, key=key), sorted(w, key=key), atol=1e-8 * scale)
    if abs(w[0].imag) == 0:
        assert ours[0] >= ours[1]
        assert ours[0] + ours[1] == pytest.approx(np.trace(m), abs=1e-9 * scale)
        assert ours[0] * ours[1] == pytest.approx(np.linalg.det(m), abs=1e-8 * scale**2)


def test_exact_eigenvalues_are_fractions() -> None:
    half = Fraction(1, 2)
    assert exact_eigenvalues_2x2([[1, 1], [half, Fraction(3, 2)]]) == (2, half)
    assert exact_eigenvalues_2x2([[4, 1], [2, 3]]) == (5, 2)
    assert exact_eigenvalues_2x2([[1, 1], [0, 1]]) == (1, 1)
    assert exact_eigenvalues_2x2(np.array([[2, 0], [0, 5]])) == (5, 2)


def test_exact_eigenvalues_refuse_irrational_complex_or_float_input() -> None:
    with pytest.raises(LinAlgInputError, match="irrational"):
        exact_eigenvalues_2x2([[1, 1], [1, 0]])
    with pytest.raises(LinAlgInputError, match="complex"):
        exact_eigenvalues_2x2([[0, -1], [1, 0]])
    with pytest.raises(LinAlgInputError, match="fraction"):
        exact_eigenvalues_2x2([[1.5, 0], [0, 1]])
    with pytest.raises(LinAlgInputError, match="2x2"):
        exact_eigenvalues_2x2([[1, 2, 3]])


@FAST
@given(small_ints, small_ints, st.integers(1, 4), st.integers(1, 4), small_ints, small_ints)
def test_exact_eigenvalues_of_a_built_matrix_are_the_ones_put_in(l1: int, l2: int, p: int, q: int, r: int,
                                                                 s: int) -> None:
    basis = np.array([[p, r], [s, q]])
    det = p * q - r * s
    assume(det != 0)
    built = [[Fraction(int(x), det) for x in row] for row in basis @ np.diag([l1, l2]) @ np.array([[q, -r], [-s, p]])]
    assert exact_eigenvalues_2x2(built) == (max(l1, l2), min(l1, l2))
    np.testing.assert_allclose(eigenvalues_2x2(np.array(built, dtype=float)), [max(l1, l2), min(l1, l2)], atol=1e-9)


# --------------------------------------------------------------------------------------------- eigenvectors


def test_textbook_eigenvectors_solve_a_minus_lambda_i() -> None:
    np.testing.assert_allclose(eigenvector_for(A, 2), [1 / S2, 1 / S2])
    np.testing.assert_allclose(eigenvector_for(A, 0.5), np.array([2, -1]) / np.sqrt(5))
    np.testing.assert_allclose(eigenvector_for(SHEAR, 1), [1, 0])
    np.testing.assert_array_equal(eigenvector_for(SCALAR, 3), [1, 0])
    np.testing.assert_allclose(eigenvector_for(np.diag([1.0, 2.0, 3.0]), 2), [0, 1, 0], atol=1e-12)


def test_a_number_that_is_not_an_eigenvalue_has_no_eigenvector() -> None:
    with pytest.raises(LinAlgInputError, match="not an eigenvalue"):
        eigenvector_for(A, 1)


@FAST
@given(square(st.integers(2, 4)))
def test_an_eigenvector_is_only_stretched(m: np.ndarray) -> None:
    real_distinct(m)
    for lam in np.linalg.eigvals(m).real:
        v = eigenvector_for(m, lam)
        assert np.linalg.norm(v) == pytest.approx(1)
        np.testing.assert_allclose(m @ v, lam * v, atol=1e-6 * max(1.0, np.abs(m).max()))


def test_eigenpairs_of_the_textbook_matrix() -> None:
    values, vectors = eigenpairs_2x2(A)
    np.testing.assert_array_equal(values, [2, 0.5])
    np.testing.assert_allclose(vectors, [[1 / S2, 2 / np.sqrt(5)], [1 / S2, -1 / np.sqrt(5)]])
    values, vectors = eigenpairs_2x2(SCALAR)
    np.testing.assert_array_equal(vectors, np.identity(2))


def test_a_shear_or_rotation_has_no_eigenbasis() -> None:
    with pytest.raises(LinAlgInputError, match="defective"):
        eigenpairs_2x2(SHEAR)
    with pytest.raises(LinAlgInputError, match="rotation"):
        eigenpairs_2x2(ROTATION)
    with pytest.raises(LinAlgInputError, match="complex"):
        eigenpairs_numeric(ROTATION)


@FAST
@given(mat2)
def test_eigenpairs_from_the_characteristic_polynomial_match_numpy_eig(m: np.ndarray) -> None:
    real_distinct(m)
    values, vectors = eigenpairs_2x2(m)
    w, v = np.linalg.eig(m)
    order = np.argsort(-w.real)
    np.testing.assert_allclose(values, w.real[order], atol=1e-8 * max(1.0, np.abs(m).max()))
    for k, i in enumerate(order):
        assert parallel(vectors[:, k], v[:, i].real, 1e-6)
    n_values, n_vectors = eigenpairs_numeric(m)
    np.testing.assert_allclose(n_values, values, atol=1e-8 * max(1.0, np.abs(m).max()))
    np.testing.assert_allclose(n_vectors, vectors, atol=1e-6)


@FAST
@given(square(st.integers(3, 5)))
def test_numeric_eigenpairs_of_symmetric_matrices_match_eigh(m: np.ndarray) -> None:
    sym = m + m.T
    w = np.linalg.eigvalsh(sym)
    assume(np.min(np.diff(w)) > 0.05)
    values, vectors = eigenpairs(sym)
    np.testing.assert_allclose(values, w[::-1], atol=1e-8)
    np.testing.assert_allclose(sym @ vectors, vectors * values, atol=1e-7)


def test_simplest_directions_are_small_integer_vectors() -> None:
    np.testing.assert_array_equal(simplest_direction([1 / S2, 1 / S2]), [1, 1])
    np.testing.assert_array_equal(simplest_direction(np.array([-2, 1]) / np.sqrt(5)), [-2, 1])
    np.testing.assert_array_equal(simplest_direction([0, -0.3]), [0, -1])
    np.testing.assert_allclose(simplest_direction([1, np.sqrt(2)]), [1 / np.sqrt(2), 1])
    with pytest.raises(LinAlgInputError, match="zero"):
        simplest_direction([0, 0])


@FAST
@given(st.integers(-12, 12), st.integers(-12, 12), st.floats(0.01, 100))
def test_a_scaled_integer_direction_is_recovered(p: int, q: int, scale: float) -> None:
    assume((p, q) != (0, 0))
    g = np.gcd(p, q)
    np.testing.assert_array_equal(simplest_direction([scale * p, scale * q]), [p // g, q // g])


# ------------------------------------------------------------------------------------------ diagonalisation


def test_the_textbook_matrix_is_v_d_v_inverse() -> None:
    v, values = diagonalise(A)
    np.testing.assert_allclose(from_eigenbasis(v, values), A, atol=1e-14)
    np.testing.assert_allclose(from_eigenbasis([[1, 2], [1, -1]], [2, 0.5]), A, atol=1e-14)


@FAST
@given(diagonalisable())
def test_v_diag_lambda_v_inverse_rebuilds_a_random_diagonalisable_matrix(built: tuple) -> None:
    m, p, values = built
    v, lam = diagonalise(m)
    np.testing.assert_allclose(from_eigenbasis(v, lam), m, atol=1e-7 * max(1.0, np.abs(m).max()))
    np.testing.assert_allclose(lam, np.sort(values)[::-1], atol=1e-7)
    np.testing.assert_allclose(from_eigenbasis(p, values), m, atol=1e-9 * max(1.0, np.abs(m).max()))


def test_defective_and_rotation_matrices_cannot_be_diagonalised() -> None:
    jordan = np.array([[2.0, 1.0, 0.0], [0.0, 2.0, 1.0], [0.0, 0.0, 2.0]])
    for bad in (SHEAR, ROTATION, jordan):
        with pytest.raises(LinAlgInputError):
            diagonalise(bad)
    with pytest.raises(LinAlgInputError, match="singular"):
        from_eigenbasis([[1, 2], [2, 4]], [1, 2])
    with pytest.raises(LinAlgInputError, match="eigenvalues for"):
        from_eigenbasis(np.identity(2), [1, 2, 3])


# -------------------------------------------------------------------------------- powers through the eigenbasis


def test_textbook_powers_scale_each_eigen_coordinate() -> None:
    basis = [[1, 2], [1, -1]]
    np.testing.assert_allclose(eigen_coordinates(A, [3, 0], basis), [1, 1])
    np.testing.assert_allclose(power_coordinates(A, [3, 0], 3, basis), [8, 0.125])
    np.testing.assert_allclose(apply_power(A, [3, 0], 3), [8.25, 7.875])
    np.testing.assert_allclose(matrix_power(A, 2), [[1.5, 2.5], [1.25, 2.75]])
    np.testing.assert_allclose(matrix_power(A, -1), np.linalg.inv(A))
    np.testing.assert_allclose(matrix_power(A, 0), np.identity(2), atol=1e-15)


def test_a_basis_that_is_not_of_eigenvectors_is_refused() -> None:
    with pytest.raises(LinAlgInputError, match="not an eigenvector"):
        eigen_coordinates(A, [3, 0], np.identity(2))
    with pytest.raises(LinAlgInputError, match="not a basis"):
        eigen_coordinates(A, [3, 0], [[1, 2], [1, 2]])


def test_powers_need_an_integer_and_negative_powers_an_invertible_matrix() -> None:
    with pytest.raises(LinAlgInputError, match="integer"):
        matrix_power(A, 0.5)  # type: ignore[arg-type]
    with pytest.raises(LinAlgInputError, match="invertible"):
        matrix_power([[1, 0], [0, 0]], -1)
    with pytest.raises(LinAlgInputError, match="defective"):
        matrix_power(SHEAR, 2)


@FAST
@given(diagonalisable(n_max=3), st.integers(0, 6), st.data())
def test_powers_through_the_eigenbasis_match_numpy_matrix_power(built: tuple, k: int, data: st.DataObject) -> None:
    m = built[0]
    x = data.draw(arrays(np.float64, m.shape[0], elements=moderate(5), fill=st.nothing()))
    expected = np.linalg.matrix_power(m, k)
    scale = max(1.0, np.abs(expected).max())
    np.testing.assert_allclose(matrix_power(m, k), expected, atol=1e-6 * scale)
    np.testing.assert_allclose(apply_power(m, x, k), expected @ x, atol=1e-5 * scale * max(1.0, np.abs(x).max()))
    v, _ = diagonalise(m)
    expected_x = expected @ x
    np.testing.assert_allclose(v @ power_coordinates(m, x, k), expected_x, atol=1e-5 * scale * max(1, np.abs(x).max()))


# ---------------------------------------------------------------------------------- Rayleigh quotient, angles


def test_the_rayleigh_quotient_of_an_eigenvector_is_its_eigenvalue() -> None:
    assert rayleigh_quotient(A, [1, 1]) == pytest.approx(2)
    assert rayleigh_quotient(A, [4, -2]) == pytest.approx(0.5)
    assert rayleigh_quotient(A, [-1, 1]) == pytest.approx(0.5)
    with pytest.raises(LinAlgInputError, match="zero"):
        rayleigh_quotient(A, [0, 0])


@FAST
@given(square(st.integers(1, 4)), st.data())
def test_the_rayleigh_quotient_is_x_dot_ax_over_x_dot_x(m: np.ndarray, data: st.DataObject) -> None:
    x = data.draw(arrays(np.float64, m.shape[0], elements=entries, fill=st.nothing()))
    assume(np.linalg.norm(x) > 1e-3)
    expected = (x @ m @ x) / (x @ x)
    assert rayleigh_quotient(m, x) == pytest.approx(expected, abs=1e-9 * max(1.0, np.abs(m).max()))


def test_textbook_angles_between_lines() -> None:
    assert angle_between_lines([1, 0], [1, 1], degrees=True) == pytest.approx(45)
    assert angle_between_lines([1, 0], [-1, 1], degrees=True) == pytest.approx(45)
    assert angle_between_lines([1, 1], [-2, -2]) == 0
    assert angle_between_lines([0, 1], [3, 0]) == pytest.approx(np.pi / 2)
    with pytest.raises(LinAlgInputError, match="zero"):
        angle_between_lines([0, 0], [1, 0])
    with pytest.raises(LinAlgInputError, match="2-D"):
        angle_between_lines([1, 0, 0], [1, 0, 0])


@FAST
@given(vec2, vec2)
def test_the_angle_between_lines_matches_arccos_of_the_absolute_cosine(u: np.ndarray, v: np.ndarray) -> None:
    assume(np.linalg.norm(u) > 1e-2 and np.linalg.norm(v) > 1e-2)
    cos = abs(u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))
    assert angle_between_lines(u, v) == pytest.approx(np.arccos(min(cos, 1.0)), abs=1e-6)


# --------------------------------------------------------------------------------------------- power iteration


def test_the_dominant_eigenpair_and_convergence_ratio_of_the_textbook_matrix() -> None:
    lam, v = dominant_eigenpair(A)
    assert lam == pytest.approx(2)
    np.testing.assert_allclose(v, [1 / S2, 1 / S2])
    assert convergence_ratio(A) == pytest.approx(0.25)
    assert convergence_ratio([[5]]) == 0


def test_no_dominant_eigenvalue_is_a_clear_error() -> None:
    for bad in ([[1, 0], [0, -1]], ROTATION):
        with pytest.raises(LinAlgInputError, match="dominant"):
            dominant_eigenpair(bad)
    with pytest.raises(LinAlgInputError, match="zero"):
        convergence_ratio(np.zeros((2, 2)))


def test_textbook_power_iterates_swing_onto_the_dominant_line() -> None:
    run = power_iteration(A, [-1, 1], 3)
    np.testing.assert_allclose(run.iterates[:3], [[-1 / S2, 1 / S2], [0, 1], np.array([1, 1.5]) / np.sqrt(3.25)])
    np.testing.assert_allclose(run.rayleigh[:3], [0.5, 1.5, 6.625 / 3.25])
    np.testing.assert_allclose(run.growth[:2], [1 / S2, np.sqrt(3.25)])
    assert run.iterates.shape == (4, 2) and run.rayleigh.shape == (4,)


def test_power_iteration_refuses_a_zero_start_or_a_vanishing_iterate() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector"):
        power_iteration(A, [0, 0], 3)
    with pytest.raises(LinAlgInputError, match="sends the iterate to zero"):
        power_iteration([[1, 0], [0, 0]], [0, 1], 3)
    with pytest.raises(LinAlgInputError, match="negative"):
        power_iteration(A, [1, 0], -1)
    assert power_iteration([[1, 0], [0, 0]], [0, 1], 0).iterates.shape == (1, 2)


@FAST
@given(square(st.integers(2, 4)), st.data())
def test_power_iteration_converges_to_the_dominant_eigenvector(m: np.ndarray, data: st.DataObject) -> None:
    sym = m + m.T  # real eigenvalues; keep a clear gap so 200 steps are plenty
    w, vecs = np.linalg.eigh(sym)
    order = np.argsort(-np.abs(w))
    assume(np.abs(w[order[0]]) > 0.5 and np.abs(w[order[1]]) < 0.9 * np.abs(w[order[0]]))
    x0 = data.draw(arrays(np.float64, m.shape[0], elements=moderate(1), fill=st.nothing()))
    top = vecs[:, order[0]]
    assume(abs(x0 @ top) > 0.05 * max(np.linalg.norm(x0), 1e-9))
    run = power_iteration(sym, x0, 200)
    assert abs(run.iterates[-1] @ top) == pytest.approx(1, abs=1e-8)
    assert run.rayleigh[-1] == pytest.approx(w[order[0]], rel=1e-7)
    assert run.growth[-1] == pytest.approx(abs(w[order[0]]), rel=1e-7)
    lam, v = dominant_eigenpair(sym)
    assert lam == pytest.approx(w[order[0]], rel=1e-9)
    assert parallel(v, top, 1e-7)
    assert convergence_ratio(sym) == pytest.approx(abs(w[order[1]] / w[order[0]]), rel=1e-9)

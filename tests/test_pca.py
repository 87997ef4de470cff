"""Tests for mlmath.pca: each function against numpy (cov, eigh, svd, lstsq) on random data with hypothesis,
a textbook worked example with exact numbers, and the degenerate cases (too few points, no spread, zero
directions, repeated eigenvalues)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.linalg import LinAlgInputError
from mlmath.pca import (
    as_data,
    centre,
    covariance_matrix,
    error_from_eigenvalues,
    explained_variance_ratio,
    line_angle,
    mean_vector,
    orient_components,
    pca_by_eigh,
    pca_by_svd,
    project,
    project_onto_line,
    projected_variance,
    quadratic_form,
    reconstruct,
    reconstruction_error,
    sample_data,
    scores_along,
    singular_values,
    total_variance,
    unit_direction,
)

finite = st.floats(min_value=-50, max_value=50, allow_nan=False, allow_infinity=False)
angles = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False)


def data(d: int = 2) -> st.SearchStrategy[np.ndarray]:
    """Random data sets of 3 to 12 points with ``d`` features."""
    return st.integers(min_value=3, max_value=12).flatmap(lambda n: arrays(np.float64, (n, d), elements=finite))


def well_separated(lambdas: np.ndarray) -> bool:
    """Distinct, non-zero eigenvalues: the components are then unique up to sign."""
    scale = max(1.0, float(lambdas[0]))
    return bool(np.all(np.diff(lambdas) < -1e-3 * scale) and lambdas[-1] > 1e-3 * scale)


def no_sign_ties(w: np.ndarray) -> bool:
    """Each column's largest-magnitude entry is clearly the largest, so orienting it is not decided by rounding."""
    top2 = np.sort(np.abs(w), axis=0)[-2:]
    return bool(np.all(top2[1] - top2[0] > 1e-6))


# -- the textbook example: Lindsay Smith, "A tutorial on Principal Components Analysis" (2002) ------------------
SMITH = np.column_stack([
    [2.5, 0.5, 2.2, 1.9, 3.1, 2.3, 2.0, 1.0, 1.5, 1.1],
    [2.4, 0.7, 2.9, 2.2, 3.0, 2.7, 1.6, 1.1, 1.6, 0.9],
])
SMITH_COV = [[0.616555556, 0.615444444], [0.615444444, 0.716555556]]
SMITH_LAMBDAS = [1.28402771, 0.0490833989]
SMITH_W1 = [0.677873399, 0.735178656]
SMITH_SCORES = [0.827970186, -1.77758033, 0.992197494]  # the tutorial's first three, with w1 oriented as here


def test_the_textbook_example_has_the_published_mean_and_covariance() -> None:
    np.testing.assert_allclose(mean_vector(SMITH), [1.81, 1.91])
    np.testing.assert_allclose(covariance_matrix(SMITH), SMITH_COV, atol=1e-9)


def test_the_textbook_example_has_the_published_eigenvalues_and_components() -> None:
    for route in (pca_by_eigh, pca_by_svd):
        lambdas, w = route(SMITH)
        np.testing.assert_allclose(lambdas, SMITH_LAMBDAS, atol=1e-8)
        np.testing.assert_allclose(w[:, 0], SMITH_W1, atol=1e-8)
        np.testing.assert_allclose(project(SMITH, w, 1)[:3, 0], SMITH_SCORES, atol=1e-8)


def test_the_textbook_example_loses_n_minus_one_times_the_small_eigenvalue() -> None:
    _, w = pca_by_eigh(SMITH)
    assert reconstruction_error(SMITH, w, 1) == pytest.approx(9 * SMITH_LAMBDAS[1], rel=1e-8)
    assert error_from_eigenvalues(SMITH_LAMBDAS, 10, 1) == pytest.approx(9 * SMITH_LAMBDAS[1])


# -- data, centring, covariance --------------------------------------------------------------------------------
def test_sample_data_is_seeded_and_has_the_asked_shape() -> None:
    a = sample_data(50, (1, 2), ((2, 1), (1, 1)), seed=3)
    assert a.shape == (50, 2)
    np.testing.assert_array_equal(a, sample_data(50, (1, 2), ((2, 1), (1, 1)), seed=3))
    assert not np.array_equal(a, sample_data(50, (1, 2), ((2, 1), (1, 1)), seed=4))


def test_sample_data_approaches_the_asked_mean_and_covariance() -> None:
    big = sample_data(20000, (1, -2), ((2, 0.8), (0.8, 1)), seed=0)
    np.testing.assert_allclose(mean_vector(big), [1, -2], atol=0.05)
    np.testing.assert_allclose(covariance_matrix(big), [[2, 0.8], [0.8, 1]], atol=0.08)


def test_sample_data_rejects_a_covariance_that_is_not_positive_definite() -> None:
    with pytest.raises(LinAlgInputError, match="positive definite"):
        sample_data(5, (0, 0), ((1, 1), (1, 1)), seed=0)
    with pytest.raises(LinAlgInputError, match="symmetric"):
        sample_data(5, (0, 0), ((1, 0.5), (0, 1)), seed=0)


def test_centring_a_worked_example_subtracts_the_mean_point() -> None:
    x = [[1, 2], [3, 4], [5, 0]]
    np.testing.assert_allclose(mean_vector(x), [3, 2])
    np.testing.assert_allclose(centre(x), [[-2, 0], [0, 2], [2, -2]])


def test_a_worked_covariance_divides_by_n_minus_one_or_by_n() -> None:
    x = [[1, 2], [3, 4], [5, 0]]  # centred: (-2, 0), (0, 2), (2, -2)
    np.testing.assert_allclose(covariance_matrix(x), [[4, -2], [-2, 4]])
    np.testing.assert_allclose(covariance_matrix(x, ddof=0), [[8 / 3, -4 / 3], [-4 / 3, 8 / 3]])
    assert total_variance(x) == pytest.approx(8)


@given(data(3))
def test_covariance_matches_numpy_cov_in_both_conventions(x: np.ndarray) -> None:
    np.testing.assert_allclose(centre(x).mean(axis=0), 0, atol=1e-9)
    np.testing.assert_allclose(covariance_matrix(x), np.cov(x, rowvar=False), atol=1e-8)
    np.testing.assert_allclose(covariance_matrix(x, ddof=0), np.cov(x, rowvar=False, bias=True), atol=1e-8)
    assert total_variance(x) == pytest.approx(np.trace(np.cov(x, rowvar=False)), abs=1e-8)


def test_a_single_point_has_no_sample_covariance_but_a_population_one() -> None:
    with pytest.raises(LinAlgInputError, match="too few"):
        covariance_matrix([[1, 2]])
    np.testing.assert_allclose(covariance_matrix([[1, 2]], ddof=0), np.zeros((2, 2)))
    with pytest.raises(LinAlgInputError, match="ddof"):
        covariance_matrix([[1, 2], [3, 4]], ddof=2)


def test_data_must_be_a_finite_table_of_points() -> None:
    for bad in ([1, 2, 3], [[1, np.nan]], np.zeros((0, 2))):
        with pytest.raises(LinAlgInputError):
            as_data(bad)


# -- directions, shadows and projected variance ----------------------------------------------------------------
def test_directions_and_line_angles_of_worked_examples() -> None:
    np.testing.assert_allclose(unit_direction(np.pi / 2), [0, 1], atol=1e-15)
    assert line_angle((1, 1)) == pytest.approx(np.pi / 4)
    assert line_angle((-1, -1)) == pytest.approx(np.pi / 4)  # the same line
    assert line_angle((-1, 0)) == 0.0
    assert line_angle((0, -2)) == pytest.approx(np.pi / 2)


@given(angles)
def test_line_angle_undoes_unit_direction_modulo_a_half_turn(theta: float) -> None:
    back = line_angle(unit_direction(theta))
    assert 0 <= back < np.pi
    assert np.sin(back - theta) == pytest.approx(0, abs=1e-9)


def test_a_zero_direction_is_rejected() -> None:
    for call in (lambda: line_angle((0, 0)), lambda: scores_along([[1, 2], [3, 4]], (0, 0)),
                 lambda: projected_variance([[1, 2], [3, 4]], (0, 0))):
        with pytest.raises(LinAlgInputError, match="zero vector"):
            call()


def test_shadows_of_a_worked_example_on_the_x_axis() -> None:
    x = [[1, 2], [3, 4], [5, 0]]
    np.testing.assert_allclose(scores_along(x, (2, 0)), [-2, 0, 2])
    np.testing.assert_allclose(project_onto_line(x, (1, 0)), [[1, 2], [3, 2], [5, 2]])
    assert projected_variance(x, (1, 0)) == pytest.approx(4)
    assert projected_variance(x, (1, 1)) == pytest.approx(quadratic_form([[4, -2], [-2, 4]], (0.5**0.5,) * 2))


@settings(max_examples=60)
@given(data(2), angles)
def test_projected_variance_along_u_is_u_transpose_c_u(x: np.ndarray, theta: float) -> None:
    u = unit_direction(theta)
    c = np.cov(x, rowvar=False)
    expected = float(u @ c @ u)
    assert projected_variance(x, u) == pytest.approx(expected, rel=1e-7, abs=1e-7)
    assert projected_variance(x, 3 * u) == pytest.approx(expected, rel=1e-7, abs=1e-7)  # only the line counts
    assert quadratic_form(c, u) == pytest.approx(expected, rel=1e-9, abs=1e-9)
    assert float(np.var(scores_along(x, u), ddof=1)) == pytest.approx(expected, rel=1e-7, abs=1e-7)


@given(data(2), angles)
def test_the_feet_on_the_line_are_least_squares_fits_and_leave_perpendicular_residuals(
    x: np.ndarray, theta: float
) -> None:
    u = unit_direction(theta)
    mu = x.mean(axis=0)
    feet = project_onto_line(x, u)
    t = np.linalg.lstsq(u[:, None], (x - mu).T, rcond=None)[0][0]
    np.testing.assert_allclose(feet, mu + np.outer(t, u), atol=1e-8)
    np.testing.assert_allclose((x - feet) @ u, 0, atol=1e-8)


@settings(max_examples=60)
@given(data(2), angles)
def test_projected_variance_lies_between_the_two_eigenvalues(x: np.ndarray, theta: float) -> None:
    low, high = np.linalg.eigvalsh(np.cov(x, rowvar=False))
    tol = 1e-8 * max(1.0, high)
    assert low - tol <= projected_variance(x, unit_direction(theta)) <= high + tol


# -- the two routes to the components ---------------------------------------------------------------------------
@settings(max_examples=60)
@given(data(3))
def test_eigh_route_matches_numpy_eigh_up_to_sign(x: np.ndarray) -> None:
    values, vectors = np.linalg.eigh(np.cov(x, rowvar=False))
    lambdas, w = pca_by_eigh(x, orient=False)
    np.testing.assert_allclose(lambdas, np.clip(values[::-1], 0, None), atol=1e-8 * max(1.0, values[-1]))
    np.testing.assert_allclose(w.T @ w, np.eye(3), atol=1e-9)
    assume(well_separated(lambdas))
    np.testing.assert_allclose(np.abs(np.sum(w * vectors[:, ::-1], axis=0)), 1, atol=1e-6)


@settings(max_examples=60)
@given(data(3))
def test_svd_route_agrees_with_eigh_route_up_to_signs(x: np.ndarray) -> None:
    lam_e, w_e = pca_by_eigh(x, orient=False)
    lam_s, w_s = pca_by_svd(x, orient=False)
    scale = max(1.0, float(lam_e[0]))
    np.testing.assert_allclose(lam_s, lam_e, atol=1e-8 * scale)
    s = np.linalg.svd(x - x.mean(axis=0), compute_uv=False)
    np.testing.assert_allclose(singular_values(x), s, atol=1e-9 * max(1.0, s[0]))
    np.testing.assert_allclose(s**2 / (len(x) - 1), lam_s[: s.size], atol=1e-8 * scale)
    assume(well_separated(lam_e))
    signs = np.sign(np.sum(w_e * w_s, axis=0))
    np.testing.assert_allclose(w_s * signs, w_e, atol=1e-6)
    assume(no_sign_ties(w_e))
    np.testing.assert_allclose(orient_components(w_s), orient_components(w_e), atol=1e-6)


@given(data(2))
def test_each_component_is_an_eigenvector_whose_eigenvalue_is_its_projected_variance(x: np.ndarray) -> None:
    c = np.cov(x, rowvar=False)
    lambdas, w = pca_by_eigh(x)
    scale = max(1.0, float(lambdas[0]))
    for j in range(2):
        np.testing.assert_allclose(c @ w[:, j], lambdas[j] * w[:, j], atol=1e-7 * scale)
        assert projected_variance(x, w[:, j]) == pytest.approx(lambdas[j], abs=1e-7 * scale)
    assert sum(lambdas) == pytest.approx(total_variance(x), abs=1e-7 * scale)


def test_orienting_makes_each_largest_entry_positive() -> None:
    np.testing.assert_allclose(orient_components([[-0.6, -0.8], [-0.8, 0.6]]), [[0.6, 0.8], [0.8, -0.6]])
    np.testing.assert_allclose(orient_components([[0.6, 0.8], [0.8, -0.6]]), [[0.6, 0.8], [0.8, -0.6]])


def test_fewer_points_than_features_give_zero_eigenvalues_and_a_full_basis() -> None:
    x = [[0, 0, 0], [1, 2, 2]]
    for route in (pca_by_eigh, pca_by_svd):
        lambdas, w = route(x)
        np.testing.assert_allclose(lambdas, [4.5, 0, 0], atol=1e-12)
        np.testing.assert_allclose(w[:, 0], [1 / 3, 2 / 3, 2 / 3], atol=1e-12)
        np.testing.assert_allclose(w.T @ w, np.eye(3), atol=1e-12)


def test_a_repeated_eigenvalue_still_gives_an_orthonormal_basis_and_equal_shares() -> None:
    square = [[1, 0], [0, 1], [-1, 0], [0, -1]]  # spread equally in every direction
    for route in (pca_by_eigh, pca_by_svd):
        lambdas, w = route(square)
        np.testing.assert_allclose(lambdas, [2 / 3, 2 / 3])
        np.testing.assert_allclose(w.T @ w, np.eye(2), atol=1e-12)
        np.testing.assert_allclose(explained_variance_ratio(lambdas), [0.5, 0.5])


# -- explained variance -------------------------------------------------------------------------------------------
def test_explained_variance_ratios_of_worked_eigenvalues() -> None:
    np.testing.assert_allclose(explained_variance_ratio([3, 1]), [0.75, 0.25])
    np.testing.assert_allclose(explained_variance_ratio([5, 0]), [1, 0])


@given(data(3))
def test_explained_variance_ratios_sum_to_one_and_match_the_covariance_trace(x: np.ndarray) -> None:
    lambdas, _ = pca_by_eigh(x)
    assume(lambdas[0] > 1e-6)
    ratios = explained_variance_ratio(lambdas)
    assert ratios.sum() == pytest.approx(1)
    assert ratios[0] == pytest.approx(lambdas[0] / np.trace(np.cov(x, rowvar=False)), rel=1e-6)
    assert np.all(np.diff(ratios) <= 1e-12)


def test_data_with_no_spread_has_no_explained_variance() -> None:
    lambdas, _ = pca_by_eigh([[2, 3], [2, 3], [2, 3]])
    np.testing.assert_allclose(lambdas, [0, 0])
    with pytest.raises(LinAlgInputError, match="no variance"):
        explained_variance_ratio(lambdas)
    with pytest.raises(LinAlgInputError, match="negative"):
        explained_variance_ratio([1, -1])


# -- projection, reconstruction and its error ---------------------------------------------------------------------
def test_a_worked_projection_and_reconstruction_onto_the_diagonal() -> None:
    x = [[1, 1], [-1, -1], [1, -1], [-1, 1], [3, 3], [-3, -3]]  # spread most along (1, 1)
    lambdas, w = pca_by_eigh(x)
    np.testing.assert_allclose(w[:, 0], [0.5**0.5, 0.5**0.5])
    np.testing.assert_allclose(project(x, w, 1)[:, 0], np.array([2, -2, 0, 0, 6, -6]) * 0.5**0.5, atol=1e-12)
    np.testing.assert_allclose(reconstruct(x, w, 1), [[1, 1], [-1, -1], [0, 0], [0, 0], [3, 3], [-3, -3]],
                               atol=1e-12)
    assert reconstruction_error(x, w, 1) == pytest.approx(4)  # two points, each at squared distance 2
    assert error_from_eigenvalues(lambdas, 6, 1) == pytest.approx(4)


@settings(max_examples=60)
@given(data(3), st.integers(min_value=0, max_value=3))
def test_reconstruction_error_equals_the_discarded_eigenvalues_in_both_conventions(x: np.ndarray, k: int) -> None:
    n = len(x)
    for ddof in (0, 1):
        lambdas, w = pca_by_svd(x, ddof=ddof)
        error = reconstruction_error(x, w, k)
        assert error == pytest.approx(error_from_eigenvalues(lambdas, n, k, ddof), rel=1e-6,
                                      abs=1e-7 * max(1.0, n * lambdas[0]))
    xc = x - x.mean(axis=0)
    s = np.linalg.svd(xc, compute_uv=False)
    assert error == pytest.approx(np.sum(s[k:] ** 2), rel=1e-6, abs=1e-7 * max(1.0, s[0] ** 2))


@given(data(3), st.integers(min_value=0, max_value=3))
def test_reconstruction_is_the_orthogonal_projection_onto_the_kept_components(x: np.ndarray, k: int) -> None:
    _, w = pca_by_eigh(x)
    mu = x.mean(axis=0)
    wk = w[:, :k]
    np.testing.assert_allclose(project(x, w, k), (x - mu) @ wk, atol=1e-9)
    expected = mu + (x - mu) @ wk @ np.linalg.pinv(wk) if k else np.tile(mu, (len(x), 1))
    np.testing.assert_allclose(reconstruct(x, w, k), expected, atol=1e-7)
    np.testing.assert_allclose((x - reconstruct(x, w, k)) @ wk, 0, atol=1e-7)


def test_keeping_every_component_reconstructs_exactly_and_keeping_none_gives_the_mean() -> None:
    _, w = pca_by_eigh(SMITH)
    np.testing.assert_allclose(reconstruct(SMITH, w, 2), SMITH, atol=1e-12)
    np.testing.assert_allclose(reconstruct(SMITH, w, 0), np.tile(mean_vector(SMITH), (10, 1)))
    assert reconstruction_error(SMITH, w, 0) == pytest.approx(9 * total_variance(SMITH))


def test_a_point_projects_with_a_given_mean() -> None:
    w = [[0.6, -0.8], [0.8, 0.6]]
    np.testing.assert_allclose(project([[4, 9]], w, 1, mean=(1, 5)), [[5]])
    np.testing.assert_allclose(reconstruct([[4, 9]], w, 1, mean=(1, 5)), [[4, 9]])
    np.testing.assert_allclose(reconstruct([[0, 12]], w, 1, mean=(1, 5)), [[4, 9]])


def test_keeping_an_impossible_number_of_components_is_rejected() -> None:
    _, w = pca_by_eigh(SMITH)
    for k in (-1, 3):
        with pytest.raises(LinAlgInputError, match="cannot keep"):
            project(SMITH, w, k)
        with pytest.raises(LinAlgInputError, match="cannot keep"):
            error_from_eigenvalues([1, 0.5], 10, k)
    with pytest.raises(LinAlgInputError, match="features"):
        reconstruct(SMITH, np.eye(3), 1)

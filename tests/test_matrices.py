"""Tests for mlmath.matrices: every function against numpy's ``@`` (an independent route), worked examples with
exact numbers, and the degenerate inputs (singular maps, zero vectors, mismatched shapes, non-finite entries)."""

from __future__ import annotations

from functools import reduce

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath import matrices
from mlmath.linalg import LinAlgInputError
from mlmath.matrices import (
    as_matrix,
    basis_images,
    commutator,
    commute,
    compose,
    image_of,
    image_terms,
    matmul,
    product_terms,
    transform_points,
)

FAST = settings(max_examples=60, deadline=None)
entries = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False)
sizes = st.integers(min_value=1, max_value=4)


def mat(rows: int | st.SearchStrategy[int], cols: int | st.SearchStrategy[int]) -> st.SearchStrategy[np.ndarray]:
    """Float matrices with bounded entries (a strategy for a size draws the size first)."""
    r = rows if isinstance(rows, st.SearchStrategy) else st.just(rows)
    c = cols if isinstance(cols, st.SearchStrategy) else st.just(cols)
    return st.tuples(r, c).flatmap(lambda shape: arrays(np.float64, shape, elements=entries))


# A shear, a quarter-turn rotation and the composition the lecture shows.
SHEAR = ((1, 1), (0, 1))
ROTATION = ((0, -1), (1, 0))
A = ((2, -1), (1, 1))


def test_every_function_is_in_the_public_api() -> None:
    assert set(matrices.__all__) == {
        "as_matrix", "basis_images", "image_terms", "image_of", "transform_points", "product_terms", "matmul",
        "compose", "commutator", "commute",
    }


# -- as_matrix -------------------------------------------------------------------------------------------------
def test_as_matrix_turns_rows_of_ints_into_a_float_matrix() -> None:
    m = as_matrix(A)
    assert m.dtype == np.float64 and m.tolist() == [[2.0, -1.0], [1.0, 1.0]]


@pytest.mark.parametrize("bad", [[], [1, 2], [[[1]]], 3.0])
def test_as_matrix_rejects_anything_that_is_not_a_non_empty_2d_array(bad: object) -> None:
    with pytest.raises(LinAlgInputError, match="non-empty 2-D matrix"):
        as_matrix(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_as_matrix_rejects_non_finite_entries(bad: float) -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        as_matrix([[1, bad], [0, 1]])


# -- basis_images ----------------------------------------------------------------------------------------------
def test_i_hat_and_j_hat_land_on_the_columns_of_a_worked_example() -> None:
    i_lands, j_lands = basis_images(A)
    assert i_lands.tolist() == [2.0, 1.0] and j_lands.tolist() == [-1.0, 1.0]


@FAST
@given(mat(sizes, sizes))
def test_basis_images_are_the_matrix_times_the_standard_basis(m: np.ndarray) -> None:
    images = basis_images(m)
    assert len(images) == m.shape[1]
    for j, image in enumerate(images):
        np.testing.assert_array_equal(image, m @ np.eye(m.shape[1])[:, j])


def test_basis_images_are_copies_that_do_not_alias_the_matrix() -> None:
    m = np.array(A, dtype=float)
    basis_images(m)[0][0] = 99.0
    assert m[0, 0] == 2.0


def test_a_singular_map_sends_both_basis_vectors_onto_one_line() -> None:
    i_lands, j_lands = basis_images(((1, 2), (2, 4)))
    assert i_lands[0] * j_lands[1] - i_lands[1] * j_lands[0] == 0.0


# -- image_terms and image_of ------------------------------------------------------------------------------------
def test_the_image_of_a_worked_example_is_two_of_column_one_plus_one_of_column_two() -> None:
    x_part, y_part = image_terms(A, (2, 1))
    assert x_part.tolist() == [4.0, 2.0] and y_part.tolist() == [-1.0, 1.0]
    assert image_of(A, (2, 1)).tolist() == [3.0, 3.0]


@FAST
@given(st.data(), mat(sizes, sizes))
def test_the_image_equals_numpys_matrix_vector_product(data: st.DataObject, m: np.ndarray) -> None:
    v = data.draw(arrays(np.float64, m.shape[1], elements=entries))
    np.testing.assert_allclose(image_of(m, v), m @ v, rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(np.sum(image_terms(m, v), axis=0), m @ v, rtol=1e-12, atol=1e-9)


@FAST
@given(mat(2, 2), mat(2, 2), entries, entries)
def test_the_image_is_linear(m: np.ndarray, uv: np.ndarray, a: float, b: float) -> None:
    u, v = uv
    expected = a * image_of(m, u) + b * image_of(m, v)
    np.testing.assert_allclose(image_of(m, a * u + b * v), expected, atol=1e-8 * (1 + np.abs(expected).max()))


def test_the_zero_vector_lands_on_the_origin_and_the_zero_map_sends_everything_there() -> None:
    assert image_of(A, (0, 0)).tolist() == [0.0, 0.0]
    assert image_of(((0, 0), (0, 0)), (3, -2)).tolist() == [0.0, 0.0]


def test_a_rectangular_matrix_maps_the_plane_into_three_dimensions() -> None:
    assert image_of(((1, 0), (0, 1), (1, 1)), (2, 3)).tolist() == [2.0, 3.0, 5.0]


@pytest.mark.parametrize("function", [image_of, image_terms])
def test_a_vector_of_the_wrong_length_is_rejected(function) -> None:
    with pytest.raises(LinAlgInputError, match="length 3 for a matrix with 2 columns"):
        function(A, (1, 2, 3))


# -- transform_points --------------------------------------------------------------------------------------------
def test_the_corners_of_the_unit_square_go_to_a_parallelogram_on_the_columns() -> None:
    corners = transform_points(A, [(0, 0), (1, 0), (1, 1), (0, 1)])
    assert corners.tolist() == [[0.0, 0.0], [2.0, 1.0], [1.0, 2.0], [-1.0, 1.0]]


@FAST
@given(mat(2, 2), mat(sizes, 2))
def test_transformed_points_match_numpy(m: np.ndarray, points: np.ndarray) -> None:
    np.testing.assert_allclose(transform_points(m, points), (m @ points.T).T, rtol=1e-12, atol=1e-9)


def test_a_single_point_may_be_passed_as_a_vector() -> None:
    assert transform_points(SHEAR, (1, 2)).tolist() == [[3.0, 2.0]]


def test_points_of_the_wrong_dimension_are_rejected() -> None:
    with pytest.raises(LinAlgInputError, match="3 coordinates for a matrix with 2 columns"):
        transform_points(A, [(1, 2, 3)])


# -- product_terms and matmul -------------------------------------------------------------------------------------
def test_a_worked_product_row_by_column() -> None:
    # Shear after rotation: row 1 of SHEAR (1, 1) times column 1 of ROTATION (0, 1) is 1*0 + 1*1 = 1, ...
    terms = product_terms(SHEAR, ROTATION)
    assert terms[0, 0].tolist() == [0.0, 1.0]
    assert matmul(SHEAR, ROTATION).tolist() == [[1.0, -1.0], [1.0, 0.0]]
    assert matmul(ROTATION, SHEAR).tolist() == [[0.0, -1.0], [1.0, 1.0]]


def test_a_textbook_product_of_two_by_two_matrices() -> None:
    assert matmul(((1, 2), (3, 4)), ((5, 6), (7, 8))).tolist() == [[19.0, 22.0], [43.0, 50.0]]


@FAST
@given(st.tuples(sizes, sizes, sizes).flatmap(lambda s: st.tuples(mat(s[0], s[1]), mat(s[1], s[2]))))
def test_the_product_matches_numpy_and_its_terms_match_einsum(ab: tuple[np.ndarray, np.ndarray]) -> None:
    a, b = ab
    np.testing.assert_allclose(matmul(a, b), a @ b, rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(product_terms(a, b), np.einsum("ik,kj->ijk", a, b), rtol=1e-12, atol=1e-12)


@FAST
@given(mat(2, 2), mat(2, 2), mat(2, 1))
def test_the_product_applies_the_right_factor_first(a: np.ndarray, b: np.ndarray, v: np.ndarray) -> None:
    x = v[:, 0]
    expected = image_of(a, image_of(b, x))
    np.testing.assert_allclose(image_of(matmul(a, b), x), expected, atol=1e-8 * (1 + np.abs(expected).max()))


def test_a_product_of_mismatched_shapes_is_rejected_with_both_shapes() -> None:
    with pytest.raises(LinAlgInputError, match="2x2 matrix by a 3x1"):
        matmul(A, [[1], [2], [3]])


def test_a_singular_factor_gives_a_singular_product() -> None:
    product = matmul(A, ((1, 2), (2, 4)))
    assert product[0, 0] * product[1, 1] - product[0, 1] * product[1, 0] == 0.0


# -- compose ----------------------------------------------------------------------------------------------------
def test_rotating_then_shearing_is_the_product_shear_times_rotation() -> None:
    assert compose(ROTATION, SHEAR).tolist() == matmul(SHEAR, ROTATION).tolist()
    assert compose(A).tolist() == as_matrix(A).tolist()


@FAST
@given(st.lists(mat(2, 2), min_size=1, max_size=4), mat(2, 1))
def test_composing_maps_applies_them_in_the_order_given(maps: list[np.ndarray], v: np.ndarray) -> None:
    x = v[:, 0]
    step_by_step = reduce(lambda point, m: m @ point, maps, x)
    total = compose(*maps)
    np.testing.assert_allclose(total, reduce(lambda acc, m: m @ acc, maps[1:], maps[0]), rtol=1e-12, atol=1e-6)
    np.testing.assert_allclose(total @ x, step_by_step, rtol=1e-9, atol=1e-6 * (1 + np.abs(step_by_step).max()))


def test_composing_nothing_is_rejected() -> None:
    with pytest.raises(LinAlgInputError, match="at least one map"):
        compose()


# -- commutator and commute -----------------------------------------------------------------------------------
def test_a_shear_and_a_rotation_do_not_commute() -> None:
    assert commutator(SHEAR, ROTATION).tolist() == [[1.0, 0.0], [0.0, -1.0]]
    assert not commute(SHEAR, ROTATION)


def test_two_rotations_commute_and_so_do_two_diagonal_scalings() -> None:
    turn = ((0.6, -0.8), (0.8, 0.6))
    assert commute(ROTATION, turn)
    assert commute(((2, 0), (0, 3)), ((-1, 0), (0, 5)))


@FAST
@given(mat(sizes, sizes).filter(lambda m: m.shape[0] == m.shape[1]), entries, entries)
def test_a_matrix_commutes_with_any_polynomial_in_itself(m: np.ndarray, a: float, b: float) -> None:
    p = m @ m + a * m + b * np.eye(m.shape[0])
    assert commute(m, p)


@FAST
@given(mat(2, 2), mat(2, 2))
def test_commute_agrees_with_comparing_numpys_products(a: np.ndarray, b: np.ndarray) -> None:
    gap = np.abs(a @ b - b @ a).max()
    assume(gap == 0 or gap > 1e-3)  # away from the tolerance's edge
    np.testing.assert_allclose(commutator(a, b), a @ b - b @ a, atol=1e-9)
    assert commute(a, b) == (gap == 0)


def test_every_matrix_commutes_with_itself_the_identity_and_zero() -> None:
    for other in (A, ((1, 0), (0, 1)), ((0, 0), (0, 0))):
        assert commute(A, other)


@pytest.mark.parametrize("b", [((1, 2, 3), (4, 5, 6)), ((1, 0, 0), (0, 1, 0), (0, 0, 1))])
def test_commute_needs_two_square_matrices_of_one_size(b: tuple[tuple[int, ...], ...]) -> None:
    with pytest.raises(LinAlgInputError, match="two square matrices of one size"):
        commute(A, b)

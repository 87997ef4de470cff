"""mlmath.determinants: every function against an independent route (numpy.linalg.det on random matrices,
textbook examples with exact numbers, the geometry of areas) and on degenerate inputs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.determinants import (
    MAX_COFACTOR_SIZE,
    area_factor,
    as_square_matrix,
    box_pieces,
    det_2x2,
    det_by_cofactors,
    det_by_elimination,
    determinant,
    interpolate_from_identity,
    kernel_direction,
    matrix_product,
    orientation,
    parallelogram,
    product_rule,
    signed_area,
)
from mlmath.linalg import LinAlgInputError

finite = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False, allow_subnormal=False)
small_ints = st.integers(min_value=-9, max_value=9)


def square(n: int) -> st.SearchStrategy[np.ndarray]:
    return arrays(np.float64, (n, n), elements=finite)


sizes = st.integers(min_value=1, max_value=5)
matrices = sizes.flatmap(square)
matrix_pairs = sizes.flatmap(lambda n: st.tuples(square(n), square(n)))
plane_vectors = arrays(np.float64, 2, elements=finite)


def det_tolerance(m: np.ndarray) -> float:
    """Round-off in a determinant grows like (size of the entries)^n."""
    n = m.shape[0]
    return 1e-9 * max(1.0, float(np.max(np.abs(m)))) ** n


# -- textbook examples ---------------------------------------------------------------------------------------
def test_ad_minus_bc_of_a_worked_example_is_five() -> None:
    assert det_2x2(((3, 1), (1, 2))) == 5.0


def test_a_three_by_three_textbook_determinant_is_minus_three_every_way() -> None:
    # Along the first row: 2 (1*1 - 1*0) - 1 (3*1 - 1*1) + 3 (3*0 - 1*1) = 2 - 2 - 3 = -3.
    m = ((2, 1, 3), (3, 1, 1), (1, 0, 1))
    assert det_by_cofactors(m) == -3.0
    assert det_by_elimination(m) == pytest.approx(-3.0)
    assert determinant(m) == pytest.approx(-3.0)


def test_a_triangular_matrix_has_the_product_of_its_diagonal_as_determinant() -> None:
    m = ((2, 7, -1), (0, 3, 5), (0, 0, -4))
    assert det_by_elimination(m) == pytest.approx(-24.0)
    assert det_by_cofactors(m) == -24.0


def test_a_row_swap_needs_a_sign_change_in_elimination() -> None:
    assert det_by_elimination(((0, 1), (1, 0))) == -1.0
    assert det_by_elimination(((0, 2, 0), (0, 0, 3), (4, 0, 0))) == pytest.approx(24.0)


def test_a_one_by_one_determinant_is_its_entry() -> None:
    assert determinant(((-7,),)) == -7.0
    assert det_by_cofactors(((-7,),)) == -7.0
    assert det_by_elimination(((-7,),)) == -7.0


# -- random matrices against numpy ---------------------------------------------------------------------------
@given(matrices)
def test_determinants_by_elimination_match_numpy(m: np.ndarray) -> None:
    assert det_by_elimination(m) == pytest.approx(np.linalg.det(m), abs=det_tolerance(m))


@given(matrices)
def test_determinants_by_cofactors_match_numpy(m: np.ndarray) -> None:
    assert det_by_cofactors(m) == pytest.approx(np.linalg.det(m), abs=det_tolerance(m))


@given(matrices)
def test_determinant_matches_numpy_for_every_size(m: np.ndarray) -> None:
    assert determinant(m) == pytest.approx(np.linalg.det(m), abs=det_tolerance(m))


@given(st.lists(small_ints, min_size=9, max_size=9))
def test_cofactor_expansion_of_an_integer_matrix_is_an_exact_integer(entries: list[int]) -> None:
    m = np.array(entries, dtype=float).reshape(3, 3)
    value = det_by_cofactors(m)
    assert value == round(value)
    assert value == round(np.linalg.det(m))


@given(matrix_pairs)
def test_the_determinant_of_a_product_is_the_product_of_determinants(ab: tuple[np.ndarray, np.ndarray]) -> None:
    a, b = ab
    of_product, product_of = product_rule(a, b)
    tol = 1e-8 * (max(1.0, float(np.max(np.abs(a)))) * max(1.0, float(np.max(np.abs(b))))) ** a.shape[0]
    assert of_product == pytest.approx(product_of, abs=tol)
    assert of_product == pytest.approx(np.linalg.det(a @ b), abs=det_tolerance(a @ b))


def test_product_rule_of_a_worked_example_is_ten_both_ways() -> None:
    a, b = ((3, 1), (1, 2)), ((1, -1), (1, 1))
    np.testing.assert_array_equal(matrix_product(a, b), [[4, -2], [3, 1]])
    assert product_rule(a, b) == (10.0, 10.0)


@given(matrix_pairs)
def test_matrix_product_matches_numpy_matmul(ab: tuple[np.ndarray, np.ndarray]) -> None:
    a, b = ab
    np.testing.assert_allclose(matrix_product(a, b), np.matmul(a, b), atol=1e-12)


def test_the_area_factor_of_a_flip_is_the_size_of_its_determinant() -> None:
    assert area_factor(((1, 2), (2, 1))) == 3.0
    assert area_factor(((3, 1), (1, 2))) == 5.0


@given(matrices)
def test_the_area_factor_is_numpys_absolute_determinant(m: np.ndarray) -> None:
    assert area_factor(m) == pytest.approx(abs(np.linalg.det(m)), abs=det_tolerance(m))
    assert area_factor(m) >= 0


# -- signed area and orientation -----------------------------------------------------------------------------
def test_the_unit_square_has_area_one_and_swapping_its_sides_flips_the_sign() -> None:
    assert signed_area((1, 0), (0, 1)) == 1.0
    assert signed_area((0, 1), (1, 0)) == -1.0
    assert orientation((1, 0), (0, 1)) == 1
    assert orientation((0, 1), (1, 0)) == -1


def test_columns_one_two_and_two_one_turn_clockwise_with_area_minus_three() -> None:
    assert signed_area((1, 2), (2, 1)) == -3.0
    assert orientation((1, 2), (2, 1)) == -1


@given(plane_vectors, plane_vectors)
def test_signed_area_is_the_determinant_of_the_columns(u: np.ndarray, v: np.ndarray) -> None:
    assert signed_area(u, v) == pytest.approx(np.linalg.det(np.column_stack([u, v])), abs=1e-9)
    assert signed_area(u, v) == pytest.approx(float(np.cross(np.append(u, 0), np.append(v, 0))[2]), abs=1e-9)


@given(plane_vectors, plane_vectors)
def test_the_absolute_signed_area_is_base_times_height(u: np.ndarray, v: np.ndarray) -> None:
    assume(np.linalg.norm(u) > 1e-3)
    height = np.linalg.norm(v - (v @ u) / (u @ u) * u)
    assert abs(signed_area(u, v)) == pytest.approx(np.linalg.norm(u) * height, rel=1e-6, abs=1e-6)


@given(plane_vectors, plane_vectors)
def test_orientation_is_the_sign_of_the_turn_from_u_to_v(u: np.ndarray, v: np.ndarray) -> None:
    assume(np.linalg.norm(u) > 1e-3 and np.linalg.norm(v) > 1e-3)
    turn = (np.arctan2(v[1], v[0]) - np.arctan2(u[1], u[0])) % (2 * np.pi)  # counter-clockwise angle u -> v
    assume(min(turn, abs(turn - np.pi), 2 * np.pi - turn) > 1e-6)  # not (nearly) parallel
    assert orientation(u, v) == (1 if turn < np.pi else -1)
    assert orientation(v, u) == -orientation(u, v)


def test_parallel_or_zero_vectors_have_no_orientation() -> None:
    assert orientation((2, 1), (-4, -2)) == 0
    assert orientation((0, 0), (1, 3)) == 0
    assert signed_area((2, 1), (-4, -2)) == 0.0


def test_parallelogram_corners_of_a_worked_example() -> None:
    np.testing.assert_array_equal(parallelogram((3, 1), (1, 2)), [[0, 0], [3, 1], [4, 3], [1, 2]])


@given(plane_vectors, plane_vectors)
def test_the_parallelograms_shoelace_area_is_the_signed_area(u: np.ndarray, v: np.ndarray) -> None:
    x, y = parallelogram(u, v).T
    shoelace = 0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)
    assert shoelace == pytest.approx(signed_area(u, v), abs=1e-9)


# -- the animation path from the identity --------------------------------------------------------------------
def test_interpolation_halfway_to_a_worked_example() -> None:
    np.testing.assert_array_equal(interpolate_from_identity(((3, 1), (1, 2)), 0.5), [[2, 0.5], [0.5, 1.5]])


@given(matrices, st.floats(min_value=0, max_value=1))
def test_interpolation_starts_at_the_identity_ends_at_a_and_moves_points_straight(m: np.ndarray, t: float) -> None:
    n = m.shape[0]
    np.testing.assert_array_equal(interpolate_from_identity(m, 0), np.identity(n))
    np.testing.assert_allclose(interpolate_from_identity(m, 1), m)
    p = np.arange(1, n + 1, dtype=float)
    np.testing.assert_allclose(interpolate_from_identity(m, t) @ p, (1 - t) * p + t * (m @ p), atol=1e-9)


def test_the_area_of_a_flipping_square_passes_through_zero() -> None:
    flip = ((1, 2), (2, 1))
    areas = [determinant(interpolate_from_identity(flip, t)) for t in np.linspace(0, 1, 101)]
    assert areas[0] == 1.0 and areas[-1] == pytest.approx(-3.0)
    # (1 - t) I + t F has ones on its diagonal and 2t off it: its determinant 1 - 4t^2 is zero at t = 1/2.
    assert determinant(interpolate_from_identity(flip, 0.5)) == pytest.approx(0.0)


# -- singular maps --------------------------------------------------------------------------------------------
def test_a_matrix_with_dependent_columns_has_determinant_zero_every_way() -> None:
    s = ((2, -1), (1, -0.5))
    assert det_2x2(s) == 0.0
    assert det_by_elimination(s) == 0.0
    assert det_by_cofactors(((1, 2, 3), (4, 5, 6), (7, 8, 9))) == 0.0
    assert det_by_elimination(((1, 2, 3), (2, 4, 6), (0, 0, 1))) == 0.0
    assert determinant(np.zeros((3, 3))) == 0.0


def test_the_kernel_of_a_worked_singular_map_is_the_line_through_one_two() -> None:
    np.testing.assert_allclose(kernel_direction(((2, -1), (1, -0.5))), np.array([1, 2]) / np.sqrt(5))


@given(plane_vectors, st.floats(min_value=-5, max_value=5))
def test_a_singular_maps_kernel_direction_lands_on_the_origin(row: np.ndarray, k: float) -> None:
    assume(np.linalg.norm(row) > 1e-2)
    s = np.vstack([row, k * row])  # parallel rows: singular
    d = kernel_direction(s)
    assert np.linalg.norm(d) == pytest.approx(1.0)
    np.testing.assert_allclose(s @ d, 0, atol=1e-9)
    null = np.linalg.svd(s)[2][-1]  # numpy's route: the last right singular vector
    assert abs(d @ null) == pytest.approx(1.0)


def test_kernel_direction_refuses_an_invertible_or_a_zero_matrix() -> None:
    with pytest.raises(LinAlgInputError, match="invertible"):
        kernel_direction(((3, 1), (1, 2)))
    with pytest.raises(LinAlgInputError, match="zero matrix"):
        kernel_direction(((0, 0), (0, 0)))


# -- the box picture of ad - bc ------------------------------------------------------------------------------
def test_the_box_of_a_worked_example_holds_twelve_and_leaves_five() -> None:
    box, pieces = box_pieces(((3, 1), (1, 2)))
    assert box == 12.0
    assert [p.name for p in pieces] == ["ac", "ac", "bd", "bd", "bc", "bc"]
    assert [p.area for p in pieces] == [1.5, 1.5, 1.0, 1.0, 1.0, 1.0]
    assert box - sum(p.area for p in pieces) == 5.0


@given(st.tuples(*[st.integers(min_value=0, max_value=6)] * 4))
def test_the_box_minus_its_pieces_is_ad_minus_bc(entries: tuple[int, int, int, int]) -> None:
    a, b, c, d = entries
    assume(a * d >= b * c)
    box, pieces = box_pieces(((a, b), (c, d)))
    assert box - sum(p.area for p in pieces) == pytest.approx(np.linalg.det([[a, b], [c, d]]), abs=1e-9)
    by_name = {name: sum(p.area for p in pieces if p.name == name) for name in ("ac", "bd", "bc")}
    assert by_name == pytest.approx({"ac": a * c, "bd": b * d, "bc": 2 * b * c})


def test_the_box_picture_refuses_negative_entries_or_a_flipped_map() -> None:
    with pytest.raises(LinAlgInputError):
        box_pieces(((3, -1), (1, 2)))
    with pytest.raises(LinAlgInputError):
        box_pieces(((1, 2), (2, 1)))


# -- inputs that have no determinant -------------------------------------------------------------------------
@pytest.mark.parametrize("bad", [((1, 2, 3), (4, 5, 6)), (1, 2), (), ((1, np.nan), (0, 1)), ((np.inf, 0), (0, 1))])
def test_a_non_square_or_non_finite_input_raises_a_clear_error(bad: object) -> None:
    with pytest.raises(LinAlgInputError):
        as_square_matrix(bad)
    with pytest.raises(LinAlgInputError):
        determinant(bad)


def test_ad_minus_bc_refuses_a_three_by_three_and_cofactors_refuse_a_huge_matrix() -> None:
    with pytest.raises(LinAlgInputError, match="2x2"):
        det_2x2(np.identity(3))
    with pytest.raises(LinAlgInputError, match="elimination"):
        det_by_cofactors(np.identity(MAX_COFACTOR_SIZE + 1))
    assert det_by_elimination(np.identity(MAX_COFACTOR_SIZE + 1)) == 1.0


def test_vectors_outside_the_plane_and_mismatched_products_raise() -> None:
    with pytest.raises(LinAlgInputError):
        signed_area((1, 2, 3), (1, 0, 0))
    with pytest.raises(LinAlgInputError):
        matrix_product(np.identity(2), np.identity(3))
    with pytest.raises(LinAlgInputError):
        interpolate_from_identity(np.identity(2), float("nan"))

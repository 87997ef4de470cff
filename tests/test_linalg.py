"""Tests for mlmath.linalg: every public function against an independent route.

Each function gets (1) worked textbook examples with exact numbers, (2) hypothesis properties on random
bounded inputs checked against numpy or a different formula, and (3) its degenerate inputs, which must give a
defined result or a clear :class:`LinAlgInputError`.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath import linalg
from mlmath.linalg import (
    EPS,
    LinAlgInputError,
    angle,
    as_columns,
    as_vector,
    coordinates_in_basis,
    cos_angle,
    dot,
    is_independent,
    linear_combination,
    norm,
    project_onto_subspace,
    project_onto_vector,
    projection_matrix,
    rank,
    scalar_projection,
    unit,
)

# --------------------------------------------------------------------------------------------- strategies

FAST = settings(max_examples=100, deadline=None)

coords = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False)
dims = st.integers(min_value=1, max_value=6)


def arr(shape: int | tuple[int, ...] | st.SearchStrategy) -> st.SearchStrategy[np.ndarray]:
    """Float arrays with every entry drawn from ``coords`` (one draw per array keeps the runs fast)."""
    return arrays(np.float64, shape, elements=coords, fill=st.nothing())


vector = arr(dims)
vector_pair = dims.flatmap(lambda n: arr((2, n))).map(tuple)
vector_triple = dims.flatmap(lambda n: arr((3, n))).map(tuple)


def nonzero(v: np.ndarray, least: float = 1e-2) -> np.ndarray:
    """Keep only vectors long enough that a direction (and a relative tolerance) makes sense."""
    assume(np.linalg.norm(v) >= least)
    return v


class RankCase(NamedTuple):
    a: np.ndarray  # n x m, built with rank r
    r: int
    v: np.ndarray  # a random vector of R^n
    c: np.ndarray  # random coefficients, one per column of a


@st.composite
def matrices_of_known_rank(draw: st.DrawFn, min_rank: int = 0) -> RankCase:
    """An n x m matrix built as (n x r)(r x m), so its rank is r; badly conditioned draws are rejected."""
    n = draw(st.integers(max(1, min_rank), 5))
    m = draw(st.integers(max(1, min_rank), 5))
    r = draw(st.integers(min_rank, min(n, m)))
    factors = draw(arr((n + m, r)))
    a = factors[:n] @ factors[n:].T
    if r:
        s = np.linalg.svd(a, compute_uv=False)
        # The r nonzero singular values must be clearly nonzero, so "rank r" is a fact and not a tolerance.
        assume(s[0] >= 1e-2 and s[r - 1] >= 1e-3 * s[0])
    extras = draw(arr(n + m))
    return RankCase(a, r, extras[:n], extras[n:])


class BasisCase(NamedTuple):
    b: np.ndarray  # n x n, invertible
    v: np.ndarray  # a random vector of R^n
    c: np.ndarray  # random coefficients


@st.composite
def well_conditioned_bases(draw: st.DrawFn) -> BasisCase:
    """An invertible n x n matrix (columns are a basis of R^n) with condition number below 1e4."""
    n = draw(dims)
    w = draw(arr((n, n + 2)))
    b = w[:, :n]
    s = np.linalg.svd(b, compute_uv=False)
    assume(s[0] >= 1e-2 and s[-1] >= 1e-4 * s[0])
    return BasisCase(b, w[:, n], w[:, n + 1])


def orthogonal_part(x: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Independent route to the residual of x against span(columns of a): least squares via numpy."""
    coef, *_ = np.linalg.lstsq(a, x, rcond=None)
    return x - a @ coef


# ---------------------------------------------------------------------------------------------- public API


def test_every_function_these_tests_cover_is_in_the_public_api() -> None:
    covered = {
        "LinAlgInputError", "as_vector", "as_columns", "linear_combination", "rank", "is_independent",
        "coordinates_in_basis", "dot", "norm", "unit", "cos_angle", "angle", "scalar_projection",
        "project_onto_vector", "projection_matrix", "project_onto_subspace",
    }  # fmt: skip
    assert covered <= set(linalg.__all__)


def test_linalg_input_error_is_a_value_error() -> None:
    assert issubclass(LinAlgInputError, ValueError)


# ----------------------------------------------------------------------------------------------- as_vector


def test_as_vector_turns_a_list_of_ints_into_a_float_vector() -> None:
    v = as_vector([1, 2, 3])
    assert v.dtype == np.float64
    assert v.shape == (3,)
    assert v.tolist() == [1.0, 2.0, 3.0]


@pytest.mark.parametrize("bad", [[], 3.0, [[1, 2], [3, 4]], np.zeros((2, 1))])
def test_as_vector_rejects_empty_scalar_and_matrix_input(bad: object) -> None:
    with pytest.raises(LinAlgInputError, match="non-empty 1-D vector"):
        as_vector(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[1.0, float("nan")], [float("inf"), 0.0], [-float("inf")]])
def test_as_vector_rejects_nan_and_infinity(bad: list[float]) -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        as_vector(bad)


# ---------------------------------------------------------------------------------------------- as_columns


def test_as_columns_stacks_a_list_of_vectors_as_columns() -> None:
    a = as_columns([(1, 2, 3), (4, 5, 6)])
    assert a.tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]


def test_as_columns_takes_a_2d_array_to_hold_its_vectors_as_columns_already() -> None:
    m = np.array([[1, 4], [2, 5], [3, 6]])
    a = as_columns(m)
    assert a.dtype == np.float64
    assert a.tolist() == [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]


@FAST
@given(arr(st.tuples(dims, dims)))
def test_as_columns_of_a_matrix_and_of_its_list_of_columns_agree(m: np.ndarray) -> None:
    np.testing.assert_array_equal(as_columns(m), m)
    np.testing.assert_array_equal(as_columns(list(m.T)), m)


def test_as_columns_rejects_vectors_of_different_lengths() -> None:
    with pytest.raises(LinAlgInputError, match="different lengths"):
        as_columns([(1, 2), (1, 2, 3)])


def test_as_columns_rejects_an_empty_list_of_vectors() -> None:
    with pytest.raises(LinAlgInputError, match="at least one vector"):
        as_columns([])


@pytest.mark.parametrize("bad", [np.array([[1.0, np.nan], [0.0, 1.0]]), np.array([[np.inf], [0.0]])])
def test_as_columns_rejects_a_matrix_with_non_finite_entries(bad: np.ndarray) -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        as_columns(bad)


def test_as_columns_rejects_a_list_holding_a_non_finite_vector() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        as_columns([(1, 2), (np.nan, 0)])


# -------------------------------------------------------------------------------------- linear_combination


def test_linear_combination_of_the_standard_basis_gives_the_coefficients() -> None:
    assert linear_combination([2, 3], [(1, 0), (0, 1)]).tolist() == [2.0, 3.0]


def test_linear_combination_of_a_worked_example() -> None:
    # 2 (1, 2, 3) - 1 (4, 5, 6) = (-2, -1, 0)
    assert linear_combination([2, -1], [(1, 2, 3), (4, 5, 6)]).tolist() == [-2.0, -1.0, 0.0]


@FAST
@given(arr(st.tuples(dims, st.integers(2, 7))))
def test_linear_combination_equals_the_explicit_sum_of_scaled_vectors(w: np.ndarray) -> None:
    coeffs, rows = w[:, 0], w[:, 1:]
    vs = list(rows)  # k vectors of length n
    expected = np.zeros(rows.shape[1])
    for c, v in zip(coeffs, vs, strict=True):
        expected = expected + c * v
    np.testing.assert_allclose(linear_combination(coeffs, vs), expected, rtol=1e-12, atol=1e-10)


@FAST
@given(arr(st.tuples(dims, st.just(6))), coords, coords)
def test_linear_combination_is_linear_in_the_coefficients(w: np.ndarray, a: float, b: float) -> None:
    c, d, m = w[:, 0], w[:, 1], w[:, 2:].T  # k coefficients twice, k vectors of R^4
    lhs = linear_combination(a * c + b * d, m)
    rhs = a * linear_combination(c, m) + b * linear_combination(d, m)
    np.testing.assert_allclose(lhs, rhs, atol=1e-8 * (1 + np.abs(lhs).max()))


def test_linear_combination_rejects_a_wrong_number_of_coefficients() -> None:
    with pytest.raises(LinAlgInputError, match="3 coefficients for 2 vectors"):
        linear_combination([1, 2, 3], [(1, 0), (0, 1)])


def test_linear_combination_rejects_vectors_of_different_lengths() -> None:
    with pytest.raises(LinAlgInputError, match="different lengths"):
        linear_combination([1, 1], [(1, 0), (0, 1, 0)])


def test_linear_combination_rejects_non_finite_coefficients() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        linear_combination([1, np.nan], [(1, 0), (0, 1)])


# ----------------------------------------------------------------------------------------------------- rank


@pytest.mark.parametrize(
    ("vectors_", "expected"),
    [
        ([(1, 0), (0, 1)], 2),
        ([(1, 2), (2, 4)], 1),
        ([(1, 2, 3), (4, 5, 6), (7, 8, 9)], 2),
        ([(1, 0), (0, 1), (1, 1)], 2),
        ([(1, 0, 0), (0, 1, 0), (0, 0, 1)], 3),
        ([(3, -1, 2)], 1),
    ],
)
def test_rank_of_worked_examples(vectors_: list[tuple[int, ...]], expected: int) -> None:
    assert rank(vectors_) == expected


def test_rank_of_all_zero_vectors_is_zero() -> None:
    assert rank([(0, 0, 0)]) == 0
    assert rank([(0, 0), (0, 0), (0, 0)]) == 0
    assert rank(np.zeros((4, 3))) == 0


def test_rank_counts_vectors_shorter_than_the_tolerance_as_zero() -> None:
    assert rank([(1e-12, 0.0)]) == 0
    assert rank([(1, 0), (0, 1e-12)]) == 1


@FAST
@given(matrices_of_known_rank())
def test_rank_of_a_product_of_n_by_r_and_r_by_m_matrices_is_r(case: RankCase) -> None:
    a, r = case.a, case.r
    assert rank(a) == r
    s_max = np.linalg.svd(a, compute_uv=False).max(initial=0.0)
    assert np.linalg.matrix_rank(a, tol=1e-8 * max(s_max, 1.0)) == r  # numpy agrees
    assert rank(list(a.T)) == r  # the same vectors given as a list
    assert rank(a.T) == r  # row rank equals column rank


@FAST
@given(matrices_of_known_rank(), st.floats(min_value=0.5, max_value=4))
def test_rank_does_not_change_when_the_vectors_are_scaled(case: RankCase, c: float) -> None:
    a, r = case.a, case.r
    assert rank(c * a) == r
    assert rank(-a) == r


# ---------------------------------------------------------------------------------------------- is_independent


@pytest.mark.parametrize(
    ("vectors_", "expected"),
    [
        ([(1, 0), (0, 1)], True),
        ([(1, 1), (1, -1)], True),
        ([(1, 2), (2, 4)], False),
        ([(1, 0), (0, 1), (1, 1)], False),  # three vectors in R^2 are always dependent
        ([(1, 2, 3), (4, 5, 6), (7, 8, 9)], False),
        ([(1, 2, 3), (4, 5, 6)], True),  # two independent vectors in R^3
        ([(5, 0)], True),
        ([(0, 0)], False),  # the zero vector is dependent on its own
        ([(1, 0), (0, 0)], False),  # any set holding the zero vector is dependent
    ],
)
def test_is_independent_on_worked_examples(vectors_: list[tuple[int, ...]], expected: bool) -> None:
    assert is_independent(vectors_) is expected


@FAST
@given(matrices_of_known_rank())
def test_is_independent_exactly_when_the_rank_equals_the_number_of_vectors(case: RankCase) -> None:
    a, r = case.a, case.r
    numpy_rank = int(np.linalg.matrix_rank(a, tol=1e-8 * max(1.0, np.abs(a).max())))
    assert is_independent(a) is (r == a.shape[1])
    assert is_independent(a) is (numpy_rank == a.shape[1])


@FAST
@given(well_conditioned_bases())
def test_adding_a_combination_of_independent_vectors_makes_them_dependent(case: BasisCase) -> None:
    b = case.b
    assert is_independent(b)
    assert is_independent(b[:, :-1])  # a subset of independent vectors is independent
    combo = b @ case.c
    assert not is_independent(np.column_stack([b, combo]))


# ------------------------------------------------------------------------------------------ coordinates_in_basis


def test_coordinates_of_a_worked_example() -> None:
    # (5, 6) = 5.5 (1, 1) - 0.5 (1, -1)
    c = coordinates_in_basis([(1, 1), (1, -1)], (5, 6))
    np.testing.assert_allclose(c, [5.5, -0.5], rtol=0, atol=1e-12)


def test_coordinates_in_the_standard_basis_are_the_entries() -> None:
    np.testing.assert_allclose(coordinates_in_basis(np.eye(3), (7, -2, 4)), [7, -2, 4], atol=0)


def test_coordinates_in_a_scaled_basis_are_divided_by_the_scale() -> None:
    np.testing.assert_allclose(coordinates_in_basis([(2, 0), (0, 4)], (6, 2)), [3, 0.5], atol=1e-15)


@FAST
@given(well_conditioned_bases())
def test_coordinates_reconstruct_the_vector_and_match_numpy_solve(case: BasisCase) -> None:
    b, v = case.b, case.v
    c = coordinates_in_basis(b, v)
    scale = 1 + np.abs(v).max()
    np.testing.assert_allclose(b @ c, v, atol=1e-8 * scale)
    np.testing.assert_allclose(linear_combination(c, b), v, atol=1e-8 * scale)
    np.testing.assert_allclose(c, np.linalg.solve(b, v), rtol=1e-8, atol=1e-8 * (1 + np.abs(c).max()))


@FAST
@given(well_conditioned_bases())
def test_coordinates_of_a_linear_combination_are_its_coefficients(case: BasisCase) -> None:
    b, coeffs = case.b, case.c
    c = coordinates_in_basis(b, b @ coeffs)
    np.testing.assert_allclose(c, coeffs, atol=1e-6 * (1 + np.abs(coeffs).max()))


@pytest.mark.parametrize(
    "basis",
    [
        [(1, 2), (2, 4)],  # dependent
        [(0, 0), (0, 1)],  # holds the zero vector
        [(1, 0, 0), (0, 1, 0)],  # too few vectors for R^3 (non-square)
    ],
)
def test_coordinates_in_a_set_that_is_not_a_basis_raise(basis: list[tuple[int, ...]]) -> None:
    with pytest.raises(LinAlgInputError, match="not a basis"):
        coordinates_in_basis(basis, np.ones(len(basis[0])))


def test_coordinates_in_too_many_vectors_raise() -> None:
    with pytest.raises(LinAlgInputError, match="not a basis"):
        coordinates_in_basis([(1, 0), (0, 1), (1, 1)], (1, 1))


def test_coordinates_of_a_vector_of_the_wrong_length_raise() -> None:
    with pytest.raises(LinAlgInputError, match="length 3"):
        coordinates_in_basis([(1, 0), (0, 1)], (1, 2, 3))


def test_coordinates_of_a_non_finite_vector_raise() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        coordinates_in_basis([(1, 0), (0, 1)], (1, np.inf))


# ------------------------------------------------------------------------------------------------------ dot


def test_dot_of_a_worked_example_is_32() -> None:
    assert dot((1, 2, 3), (4, 5, 6)) == 32.0


def test_dot_of_perpendicular_vectors_is_zero() -> None:
    assert dot((1, 0), (0, 1)) == 0.0
    assert dot((2, 1), (-1, 2)) == 0.0


def test_dot_of_a_vector_with_itself_is_its_squared_length() -> None:
    assert dot((3, 4), (3, 4)) == 25.0


def test_dot_returns_a_python_float() -> None:
    assert type(dot((1, 2), (3, 4))) is float


@FAST
@given(vector_pair)
def test_dot_matches_numpy_dot(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = uv
    assert dot(u, v) == pytest.approx(float(np.dot(u, v)), rel=1e-12, abs=1e-9)


@FAST
@given(vector_pair, coords)
def test_dot_is_symmetric_and_homogeneous(uv: tuple[np.ndarray, np.ndarray], c: float) -> None:
    u, v = uv
    assert dot(u, v) == dot(v, u)
    assert dot(c * u, v) == pytest.approx(c * dot(u, v), rel=1e-9, abs=1e-9)


@FAST
@given(vector_triple)
def test_dot_distributes_over_addition(uvw: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    u, v, w = uvw
    assert dot(u, v + w) == pytest.approx(dot(u, v) + dot(u, w), abs=1e-9)


def test_dot_of_vectors_of_different_lengths_raises() -> None:
    with pytest.raises(LinAlgInputError, match="lengths 2 and 3"):
        dot((1, 2), (1, 2, 3))


def test_dot_of_empty_vectors_raises() -> None:
    with pytest.raises(LinAlgInputError, match="non-empty"):
        dot([], [])


@pytest.mark.parametrize("bad", [(np.nan, 1.0), (np.inf, 1.0), (1.0, -np.inf)])
def test_dot_with_a_non_finite_entry_raises(bad: tuple[float, float]) -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        dot(bad, (1.0, 1.0))
    with pytest.raises(LinAlgInputError, match="non-finite"):
        dot((1.0, 1.0), bad)


# ----------------------------------------------------------------------------------------------------- norm


@pytest.mark.parametrize(
    ("v", "expected"), [((3, 4), 5.0), ((1, 2, 2), 3.0), ((-5,), 5.0), ((0, 0), 0.0), ((1, 1, 1, 1), 2.0)]
)
def test_norm_of_worked_examples(v: tuple[int, ...], expected: float) -> None:
    assert norm(v) == expected


@FAST
@given(vector)
def test_norm_matches_numpy_linalg_norm(v: np.ndarray) -> None:
    assert norm(v) == pytest.approx(float(np.linalg.norm(v)), rel=1e-12, abs=1e-12)


@FAST
@given(vector, coords)
def test_norm_scales_with_the_absolute_value_of_a_scalar(v: np.ndarray, c: float) -> None:
    assert norm(c * v) == pytest.approx(abs(c) * norm(v), rel=1e-12, abs=1e-12)


@FAST
@given(vector_pair)
def test_norm_obeys_the_triangle_inequality(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = uv
    assert norm(u + v) <= norm(u) + norm(v) + 1e-9


def test_norm_of_an_empty_or_non_finite_vector_raises() -> None:
    with pytest.raises(LinAlgInputError, match="non-empty"):
        norm([])
    with pytest.raises(LinAlgInputError, match="non-finite"):
        norm((np.nan, 0))


# ----------------------------------------------------------------------------------------------------- unit


def test_unit_of_3_4_is_three_fifths_four_fifths() -> None:
    np.testing.assert_allclose(unit((3, 4)), [0.6, 0.8], atol=1e-15)


def test_unit_of_an_axis_vector_is_the_axis_direction() -> None:
    assert unit((0, -2)).tolist() == [0.0, -1.0]


@FAST
@given(vector)
def test_unit_has_length_one_and_points_the_same_way(v: np.ndarray) -> None:
    nonzero(v)
    u = unit(v)
    assert np.linalg.norm(u) == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(u * np.linalg.norm(v), v, atol=1e-9)
    assert np.dot(u, v) > 0


def test_unit_of_the_zero_vector_raises_and_says_it_has_no_direction() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector has no direction"):
        unit((0, 0, 0))


def test_unit_of_a_vector_shorter_than_the_tolerance_counts_as_the_zero_vector() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector"):
        unit((EPS / 10, 0))


@pytest.mark.parametrize("huge", [(1e200, 0.0), (1e155, 1e155)])
def test_unit_of_a_huge_but_finite_vector_is_a_unit_vector_or_a_clear_error(huge: tuple[float, float]) -> None:
    # The squared length overflows to inf; the answer must not silently become the zero vector.
    try:
        u = unit(huge)
    except LinAlgInputError:
        return
    assert np.linalg.norm(u) == pytest.approx(1.0)


# ------------------------------------------------------------------------------------------------ cos_angle


@pytest.mark.parametrize(
    ("u", "v", "expected"),
    [
        ((1, 0), (1, 1), 1 / math.sqrt(2)),
        ((1, 0), (0, 1), 0.0),
        ((1, 0), (-2, 0), -1.0),
        ((1, 2), (2, 4), 1.0),
        ((1, 0), (1, math.sqrt(3)), 0.5),
        ((1, 2, 3), (4, 5, 6), 32 / math.sqrt(14 * 77)),
    ],
)
def test_cos_angle_of_worked_examples(u: tuple, v: tuple, expected: float) -> None:
    assert cos_angle(u, v) == pytest.approx(expected, abs=1e-15)


@FAST
@given(vector_pair)
def test_cos_angle_agrees_with_the_law_of_cosines(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = nonzero(uv[0]), nonzero(uv[1])
    a, b, c = np.linalg.norm(u), np.linalg.norm(v), np.linalg.norm(u - v)
    # |u - v|^2 = |u|^2 + |v|^2 - 2 |u| |v| cos(theta)
    expected = (a**2 + b**2 - c**2) / (2 * a * b)
    assert cos_angle(u, v) == pytest.approx(expected, abs=1e-8)


@FAST
@given(vector_pair, st.floats(min_value=0.1, max_value=10))
def test_cos_angle_is_symmetric_bounded_and_ignores_positive_scaling(
    uv: tuple[np.ndarray, np.ndarray], c: float
) -> None:
    u, v = nonzero(uv[0]), nonzero(uv[1])
    cos = cos_angle(u, v)
    assert -1.0 <= cos <= 1.0
    assert cos == pytest.approx(cos_angle(v, u), abs=1e-14)
    assert cos_angle(c * u, v) == pytest.approx(cos, abs=1e-12)
    assert cos_angle(-u, v) == pytest.approx(-cos, abs=1e-12)


@FAST
@given(vector, st.floats(min_value=0.1, max_value=10))
def test_cos_angle_of_a_vector_with_a_positive_multiple_is_exactly_one(v: np.ndarray, c: float) -> None:
    nonzero(v)
    assert cos_angle(v, c * v) == pytest.approx(1.0, abs=1e-12)
    assert cos_angle(v, -c * v) == pytest.approx(-1.0, abs=1e-12)
    assert cos_angle(v, v) <= 1.0  # clipped, never a rounding error above 1


@pytest.mark.parametrize(("u", "v"), [((0, 0), (1, 1)), ((1, 1), (0, 0)), ((0, 0), (0, 0))])
def test_cos_angle_with_a_zero_vector_raises_and_says_so(u: tuple, v: tuple) -> None:
    with pytest.raises(LinAlgInputError, match="angle with a zero vector is undefined"):
        cos_angle(u, v)


def test_cos_angle_of_vectors_of_different_lengths_raises() -> None:
    with pytest.raises(LinAlgInputError, match="lengths"):
        cos_angle((1, 0), (1, 0, 0))


def test_cos_angle_of_huge_but_finite_vectors_is_a_number_or_a_clear_error() -> None:
    # Both lengths overflow to inf; the result must not silently be NaN.
    try:
        cos = cos_angle((1e200, 0.0), (1e200, 0.0))
    except LinAlgInputError:
        return
    assert cos == pytest.approx(1.0)


# ---------------------------------------------------------------------------------------------------- angle


@pytest.mark.parametrize(
    ("u", "v", "degrees"),
    [
        ((1, 0), (1, 1), 45.0),
        ((1, 0), (0, 1), 90.0),
        ((1, 0), (-1, 0), 180.0),
        ((2, 2), (1, 1), 0.0),
        ((1, 0), (1, math.sqrt(3)), 60.0),
        ((1, 0), (-1, 1), 135.0),
        ((1, 0, 0), (0, 0, 5), 90.0),
    ],
)
def test_angle_in_degrees_of_worked_examples(u: tuple, v: tuple, degrees: float) -> None:
    # arccos loses about sqrt(machine epsilon) (~1e-8 rad, ~1e-6 degrees) next to 0 and 180 degrees.
    assert angle(u, v, degrees=True) == pytest.approx(degrees, abs=1e-5)


def test_angle_is_in_radians_by_default() -> None:
    assert angle((1, 0), (1, 1)) == pytest.approx(math.pi / 4, abs=1e-12)
    assert angle((1, 0), (-3, 0)) == pytest.approx(math.pi, abs=1e-12)


@FAST
@given(vector_pair)
def test_angle_in_degrees_is_the_angle_in_radians_converted(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = nonzero(uv[0]), nonzero(uv[1])
    assert angle(u, v, degrees=True) == pytest.approx(math.degrees(angle(u, v)), abs=1e-9)


@FAST
@given(vector_pair)
def test_angle_matches_the_stable_half_angle_formula(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = nonzero(uv[0]), nonzero(uv[1])
    a, b = u / np.linalg.norm(u), v / np.linalg.norm(v)
    # Independent route: theta = 2 atan2(|a - b|, |a + b|) for unit vectors a, b (no arccos involved).
    expected = 2 * math.atan2(np.linalg.norm(a - b), np.linalg.norm(a + b))
    # arccos loses about sqrt(machine epsilon) near 0 and pi, hence the tolerance.
    assert angle(u, v) == pytest.approx(expected, abs=1e-6)


@FAST
@given(vector_pair)
def test_angle_is_symmetric_and_between_zero_and_pi(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = nonzero(uv[0]), nonzero(uv[1])
    theta = angle(u, v)
    assert 0.0 <= theta <= math.pi
    assert theta == pytest.approx(angle(v, u), abs=1e-12)
    assert angle(u, -v) == pytest.approx(math.pi - theta, abs=1e-6)


@FAST
@given(vector)
def test_angle_between_a_vector_and_its_negative_is_180_degrees(v: np.ndarray) -> None:
    nonzero(v)
    assert angle(v, -v, degrees=True) == pytest.approx(180.0, abs=1e-5)  # arccos near -1: ~sqrt(eps)
    assert angle(v, 2 * v, degrees=True) == pytest.approx(0.0, abs=1e-5)


def test_angle_with_a_zero_vector_raises_and_says_so() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector"):
        angle((0, 0), (1, 0))
    with pytest.raises(LinAlgInputError, match="zero vector"):
        angle((1, 0), (0, 0), degrees=True)


# ---------------------------------------------------------------------------------------- scalar_projection


@pytest.mark.parametrize(
    ("v", "u", "expected"),
    [
        ((2, 3), (1, 0), 2.0),
        ((2, 3), (5, 0), 2.0),  # only the direction of u matters
        ((2, 3), (-1, 0), -2.0),  # the sign says which side of the line
        ((3, 4), (0, 5), 4.0),
        ((1, 2), (3, 1), 5 / math.sqrt(10)),
        ((1, 0), (0, 1), 0.0),
    ],
)
def test_scalar_projection_of_worked_examples(v: tuple, u: tuple, expected: float) -> None:
    assert scalar_projection(v, u) == pytest.approx(expected, abs=1e-15)


@FAST
@given(vector_pair)
def test_scalar_projection_is_v_dot_u_over_the_length_of_u(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    expected = np.dot(v, u) / np.linalg.norm(u)
    assert scalar_projection(v, u) == pytest.approx(expected, rel=1e-9, abs=1e-9)


@FAST
@given(vector_pair)
def test_scalar_projection_is_the_length_of_v_times_the_cosine_of_the_angle(
    vu: tuple[np.ndarray, np.ndarray],
) -> None:
    v, u = nonzero(vu[0]), nonzero(vu[1])
    assert scalar_projection(v, u) == pytest.approx(np.linalg.norm(v) * math.cos(angle(v, u)), abs=1e-6)
    assert abs(scalar_projection(v, u)) <= np.linalg.norm(v) + 1e-9


@FAST
@given(vector_pair, st.floats(min_value=0.1, max_value=10))
def test_scalar_projection_depends_only_on_the_direction_of_u(vu: tuple[np.ndarray, np.ndarray], c: float) -> None:
    v, u = vu[0], nonzero(vu[1])
    s = scalar_projection(v, u)
    assert scalar_projection(v, c * u) == pytest.approx(s, abs=1e-9)
    assert scalar_projection(v, -u) == pytest.approx(-s, abs=1e-9)


def test_scalar_projection_onto_the_zero_vector_raises() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector"):
        scalar_projection((1, 2), (0, 0))


def test_scalar_projection_of_vectors_of_different_lengths_raises() -> None:
    with pytest.raises(LinAlgInputError, match="lengths"):
        scalar_projection((1, 2, 3), (1, 0))


# -------------------------------------------------------------------------------------- project_onto_vector


@pytest.mark.parametrize(
    ("v", "u", "expected"),
    [
        ((2, 3), (1, 0), (2, 0)),
        ((2, 3), (-4, 0), (2, 0)),
        ((1, 2), (3, 1), (1.5, 0.5)),  # (5 / 10) (3, 1)
        ((3, 3), (1, 1), (3, 3)),  # already on the line
        ((1, -1), (1, 1), (0, 0)),  # perpendicular: the shadow is a point
        ((1, 2, 3), (0, 0, 2), (0, 0, 3)),
    ],
)
def test_project_onto_vector_of_worked_examples(v: tuple, u: tuple, expected: tuple) -> None:
    np.testing.assert_allclose(project_onto_vector(v, u), expected, atol=1e-15)


@FAST
@given(vector_pair)
def test_projection_matches_the_formula_v_dot_u_over_u_dot_u_times_u(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    expected = np.dot(v, u) / np.dot(u, u) * u
    np.testing.assert_allclose(project_onto_vector(v, u), expected, atol=1e-9)


@FAST
@given(vector_pair)
def test_projection_residual_is_orthogonal_to_the_line(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    residual = v - project_onto_vector(v, u)
    assert np.dot(residual, u) == pytest.approx(0.0, abs=1e-9 * (1 + np.linalg.norm(v)) * np.linalg.norm(u))


@FAST
@given(vector_pair)
def test_projection_is_parallel_to_the_line(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    p = project_onto_vector(v, u)
    # p is a multiple of u: p equals its own component along u, and [p u] has rank at most 1.
    u_hat = u / np.linalg.norm(u)
    np.testing.assert_allclose(p, np.dot(p, u_hat) * u_hat, atol=1e-9)
    assert np.linalg.matrix_rank(np.column_stack([p, u]), tol=1e-8 * (1 + np.linalg.norm(v))) <= 1


@FAST
@given(vector_pair)
def test_projecting_twice_changes_nothing(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    p = project_onto_vector(v, u)
    np.testing.assert_allclose(project_onto_vector(p, u), p, atol=1e-9)


@FAST
@given(vector_pair)
def test_projection_is_never_longer_than_the_vector(vu: tuple[np.ndarray, np.ndarray]) -> None:
    v, u = vu[0], nonzero(vu[1])
    p = project_onto_vector(v, u)
    assert np.linalg.norm(p) <= np.linalg.norm(v) + 1e-9
    # Pythagoras: |v|^2 = |p|^2 + |v - p|^2
    assert np.dot(v, v) == pytest.approx(np.dot(p, p) + np.dot(v - p, v - p), abs=1e-8)


def test_project_onto_the_zero_vector_raises_and_says_it_has_no_direction() -> None:
    with pytest.raises(LinAlgInputError, match="zero vector has no direction"):
        project_onto_vector((1, 2), (0, 0))


def test_project_onto_a_vector_of_a_different_length_raises() -> None:
    with pytest.raises(LinAlgInputError, match="lengths"):
        project_onto_vector((1, 2), (1, 0, 0))


def test_project_a_non_finite_vector_raises() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        project_onto_vector((np.nan, 2), (1, 0))


# --------------------------------------------------------------------------------------- projection_matrix


def test_projection_matrix_onto_the_x_axis_keeps_x_and_drops_y() -> None:
    np.testing.assert_allclose(projection_matrix([(1, 0)]), [[1, 0], [0, 0]], atol=1e-15)


def test_projection_matrix_onto_the_diagonal_averages_the_coordinates() -> None:
    np.testing.assert_allclose(projection_matrix([(1, 1)]), [[0.5, 0.5], [0.5, 0.5]], atol=1e-15)


def test_projection_matrix_onto_the_xy_plane_drops_z() -> None:
    np.testing.assert_allclose(projection_matrix([(1, 0, 0), (1, 1, 0)]), np.diag([1, 1, 0]), atol=1e-15)


def test_projection_matrix_onto_a_basis_of_the_whole_space_is_the_identity() -> None:
    np.testing.assert_allclose(projection_matrix([(1, 2), (3, 1)]), np.eye(2), atol=1e-14)


def test_projection_matrix_onto_dependent_columns_projects_onto_their_span() -> None:
    np.testing.assert_allclose(projection_matrix([(1, 1), (2, 2)]), projection_matrix([(1, 1)]), atol=1e-14)
    np.testing.assert_allclose(projection_matrix([(1, 0, 0), (0, 1, 0), (1, 1, 0)]), np.diag([1, 1, 0]), atol=1e-14)
    # columns (1,2,3), (4,5,6), (7,8,9) span the plane orthogonal to (1, -2, 1)
    n = np.array([1.0, -2.0, 1.0]) / math.sqrt(6)
    p = projection_matrix([(1, 2, 3), (4, 5, 6), (7, 8, 9)])
    np.testing.assert_allclose(p, np.eye(3) - np.outer(n, n), atol=1e-12)


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_projection_matrix_is_a_symmetric_idempotent_that_fixes_the_columns(
    case: RankCase,
) -> None:
    a = case.a
    p = projection_matrix(a)
    assert p.shape == (a.shape[0], a.shape[0])
    np.testing.assert_allclose(p, p.T, atol=1e-8)
    np.testing.assert_allclose(p @ p, p, atol=1e-8)
    np.testing.assert_allclose(p @ a, a, atol=1e-8 * (1 + np.abs(a).max()))


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_projection_matrix_residual_is_orthogonal_to_every_column(
    case: RankCase,
) -> None:
    a, v = case.a, case.v
    residual = (np.eye(a.shape[0]) - projection_matrix(a)) @ v
    col_norms = np.linalg.norm(a, axis=0)
    np.testing.assert_allclose(a.T @ residual, 0.0, atol=1e-8 * (1 + np.linalg.norm(v)) * (1 + col_norms.max()))


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_projection_matrix_has_the_rank_of_the_columns_and_eigenvalues_zero_or_one(
    case: RankCase,
) -> None:
    a, r = case.a, case.r
    p = projection_matrix(a)
    assert np.linalg.matrix_rank(p, tol=1e-6) == r
    assert rank(p) == r
    assert np.trace(p) == pytest.approx(r, abs=1e-8)
    eig = np.linalg.eigvalsh((p + p.T) / 2)
    np.testing.assert_allclose(np.sort(eig), [0.0] * (len(eig) - r) + [1.0] * r, atol=1e-8)


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_projection_matrix_depends_only_on_the_span(case: RankCase) -> None:
    a = case.a
    # An orthonormal basis of the same column space (from the SVD) must give the same projector.
    u, s, _ = np.linalg.svd(a)
    q = u[:, : int(np.sum(s > 1e-8 * s[0]))]
    np.testing.assert_allclose(projection_matrix(a), q @ q.T, atol=1e-8)


def test_projection_matrix_onto_only_zero_vectors_raises_and_says_they_span_nothing() -> None:
    with pytest.raises(LinAlgInputError, match="zero vectors span no subspace"):
        projection_matrix([(0, 0), (0, 0)])
    with pytest.raises(LinAlgInputError, match="span no subspace"):
        projection_matrix(np.zeros((3, 2)))


def test_projection_matrix_of_non_finite_or_ragged_columns_raises() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        projection_matrix([(1, np.nan)])
    with pytest.raises(LinAlgInputError, match="different lengths"):
        projection_matrix([(1, 0), (1, 0, 0)])


# ------------------------------------------------------------------------------------ project_onto_subspace


def test_project_onto_the_xy_plane_drops_the_z_coordinate() -> None:
    np.testing.assert_allclose(project_onto_subspace((1, 2, 3), [(1, 0, 0), (0, 1, 0)]), [1, 2, 0], atol=1e-15)


def test_project_onto_a_one_vector_subspace_is_the_projection_onto_the_line() -> None:
    np.testing.assert_allclose(project_onto_subspace((2, 3), [(1, 0)]), [2, 0], atol=1e-15)
    np.testing.assert_allclose(project_onto_subspace((1, 2), [(3, 1)]), [1.5, 0.5], atol=1e-15)


def test_project_onto_a_plane_of_a_worked_example() -> None:
    # span{(1,1,0), (0,1,1)} is the plane orthogonal to (1,-1,1); (1,0,0) - (1/3)(1,-1,1) = (2/3, 1/3, -1/3).
    p = project_onto_subspace((1, 0, 0), [(1, 1, 0), (0, 1, 1)])
    np.testing.assert_allclose(p, [2 / 3, 1 / 3, -1 / 3], atol=1e-15)


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_project_onto_subspace_matches_the_least_squares_route(
    case: RankCase,
) -> None:
    a, v = case.a, case.v
    expected = v - orthogonal_part(v, a)
    np.testing.assert_allclose(project_onto_subspace(v, a), expected, atol=1e-8 * (1 + np.linalg.norm(v)))


@FAST
@given(vector_pair)
def test_project_onto_the_span_of_one_vector_matches_project_onto_vector(
    vu: tuple[np.ndarray, np.ndarray],
) -> None:
    v, u = vu[0], nonzero(vu[1])
    np.testing.assert_allclose(project_onto_subspace(v, [u]), project_onto_vector(v, u), atol=1e-9)


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_a_vector_already_in_the_subspace_is_its_own_projection(
    case: RankCase,
) -> None:
    a = case.a
    v = a @ case.c
    np.testing.assert_allclose(project_onto_subspace(v, a), v, atol=1e-8 * (1 + np.abs(v).max()))


@FAST
@given(matrices_of_known_rank(min_rank=1))
def test_the_projection_is_the_closest_point_of_the_subspace(
    case: RankCase,
) -> None:
    a, v = case.a, case.v
    other = a @ (case.c + 1)  # any other point of the span
    p = project_onto_subspace(v, a)
    assert np.linalg.norm(v - p) <= np.linalg.norm(v - other) + 1e-8 * (1 + np.linalg.norm(v))


def test_project_onto_subspace_of_a_vector_of_the_wrong_length_raises() -> None:
    with pytest.raises(LinAlgInputError, match=r"length 2 for a subspace of R\^3"):
        project_onto_subspace((1, 2), [(1, 0, 0)])


def test_project_onto_a_subspace_spanned_only_by_zero_vectors_raises() -> None:
    with pytest.raises(LinAlgInputError, match="span no subspace"):
        project_onto_subspace((1, 2), [(0, 0)])


def test_project_a_non_finite_vector_onto_a_subspace_raises() -> None:
    with pytest.raises(LinAlgInputError, match="non-finite"):
        project_onto_subspace((np.inf, 2), [(1, 0)])


# -- covariance_ellipse ------------------------------------------------------------------------------------


def test_covariance_ellipse_of_a_diagonal_matrix_lies_along_the_axes() -> None:
    a, b, angle = linalg.covariance_ellipse([[4.0, 0.0], [0.0, 1.0]], n_std=1.0)
    assert (a, b) == pytest.approx((2.0, 1.0)) and angle == pytest.approx(0.0)
    a, b, angle = linalg.covariance_ellipse([[1.0, 0.0], [0.0, 9.0]], n_std=2.0)
    assert (a, b) == pytest.approx((6.0, 2.0)) and abs(angle) == pytest.approx(np.pi / 2)


@given(
    st.floats(0.1, 5), st.floats(0.1, 5), st.floats(-np.pi / 2 + 0.01, np.pi / 2), st.floats(0.5, 3)
)
def test_covariance_ellipse_recovers_the_axes_a_covariance_was_built_from(s1, s2, theta, k) -> None:
    assume(abs(s1 - s2) > 0.05)
    rot = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    cov = rot @ np.diag([s1**2, s2**2]) @ rot.T
    a, b, angle = linalg.covariance_ellipse(cov, n_std=k)
    assert (a, b) == pytest.approx((k * max(s1, s2), k * min(s1, s2)), rel=1e-9)
    major = theta if s1 > s2 else theta + np.pi / 2
    assert np.sin(angle - major) == pytest.approx(0.0, abs=1e-7)  # the same line through the centre
    assert -np.pi / 2 < angle <= np.pi / 2


def test_covariance_ellipse_rejects_matrices_that_are_not_covariances() -> None:
    with pytest.raises(linalg.LinAlgInputError, match="symmetric"):
        linalg.covariance_ellipse([[1.0, 2.0], [0.0, 1.0]])
    with pytest.raises(linalg.LinAlgInputError, match="negative eigenvalue"):
        linalg.covariance_ellipse([[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(linalg.LinAlgInputError, match="2x2"):
        linalg.covariance_ellipse(np.eye(3))

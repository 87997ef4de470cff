"""Tests for mlmath.elimination: every result against numpy (solve, matrix_rank, inv, lstsq) on random inputs,
textbook worked examples with exact fractions, and the degenerate cases (singular, inconsistent, zero)."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.elimination import (
    RowOperation,
    SingularMatrixError,
    as_rows,
    augment,
    design_matrix,
    eliminate,
    gauss_jordan,
    inverse,
    is_singular,
    line_endpoints,
    predict_line,
    rank_by_elimination,
    reduced_row_echelon_form,
    row_echelon_form,
    solve_system,
    to_array,
)
from mlmath.linalg import LinAlgInputError

F = Fraction
finite = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False)
small_int = st.integers(min_value=-4, max_value=4)


def float_matrix(rows: int, cols: int) -> st.SearchStrategy[np.ndarray]:
    return arrays(np.float64, (rows, cols), elements=finite)


@st.composite
def square_floats(draw: st.DrawFn, max_n: int = 4) -> np.ndarray:
    n = draw(st.integers(1, max_n))
    return draw(float_matrix(n, n))


@st.composite
def integer_matrix_of_low_rank(draw: st.DrawFn) -> np.ndarray:
    """An integer m x n matrix built as a product (m x k)(k x n), so its rank is at most k."""
    m, n, k = draw(st.integers(1, 4)), draw(st.integers(1, 4)), draw(st.integers(0, 3))
    if k == 0:
        return np.zeros((m, n), dtype=int)
    left = draw(arrays(np.int64, (m, k), elements=small_int))
    right = draw(arrays(np.int64, (k, n), elements=small_int))
    return left @ right


def well_conditioned(a: np.ndarray) -> bool:
    """Far from singular, and not so tiny that elimination's absolute floor (as in linalg.rank) calls it zero."""
    return bool(np.abs(a).max() > 1e-3 and np.linalg.cond(a) < 1e6)


# -- Worked examples -----------------------------------------------------------------------------------------
# The classic 3x3 system (e.g. Wikipedia, "Gaussian elimination"): 2x + y - z = 8, -3x - y + 2z = -11,
# -2x + y + 2z = -3, with the solution (2, 3, -1).
SYSTEM = ((2, 1, -1), (-3, -1, 2), (-2, 1, 2))
RHS = (8, -11, -3)


def test_forward_elimination_of_the_textbook_system_records_three_exact_steps() -> None:
    record = eliminate(augment(SYSTEM, RHS))
    assert [s.operation.describe() for s in record.steps] == ["R2 <- R2 + 3/2 R1", "R3 <- R3 + 1 R1",
                                                             "R3 <- R3 - 4 R2"]
    assert [s.pivot for s in record.steps] == [(0, 0), (0, 0), (1, 1)]
    assert record.result == ((2, 1, -1, 8), (0, F(1, 2), F(1, 2), 1), (0, 0, -1, 1))
    assert all(isinstance(x, Fraction) for row in record.result for x in row)
    assert record.exact and record.rank == 3


def test_gauss_jordan_of_the_textbook_system_reads_off_the_solution() -> None:
    assert reduced_row_echelon_form(augment(SYSTEM, RHS)) == ((1, 0, 0, 2), (0, 1, 0, 3), (0, 0, 1, -1))
    solution = solve_system(SYSTEM, RHS)
    assert solution.kind == "unique" and solution.particular == (2, 3, -1) and solution.free == 0
    assert solution.describe() == "one solution"


def test_the_lecture_system_takes_one_subtraction_one_scaling_and_one_clearing() -> None:
    # x + 2y = 5, 3x - y = 1 meet at (1, 2).
    record = eliminate(augment(((1, 2), (3, -1)), (5, 1)), reduced=True)
    assert [s.operation for s in record.steps] == [RowOperation("add", 1, 0, F(-3)),
                                                   RowOperation("scale", 1, factor=F(-1, 7)),
                                                   RowOperation("add", 0, 1, F(-2))]
    assert [s.matrix[1] for s in record.steps[:2]] == [(0, -7, -14), (0, 1, 2)]
    assert record.result == ((1, 0, 1), (0, 1, 2))


def test_a_matrix_with_a_dependent_row_has_rank_two_and_skips_a_column() -> None:
    m = ((1, 2, 1), (2, 4, 3), (3, 6, 4))
    record = eliminate(m)
    assert record.result == row_echelon_form(m) == ((1, 2, 1), (0, 0, 1), (0, 0, 0))
    assert record.pivots == ((0, 0), (1, 2)) and record.pivot_columns == (0, 2)
    assert rank_by_elimination(m) == 2 == np.linalg.matrix_rank(np.array(m))


def test_parallel_lines_have_no_solution_and_one_line_twice_has_infinitely_many() -> None:
    parallel = solve_system(((1, 2), (2, 4)), (5, 4))
    assert parallel.kind == "none" and parallel.particular is None
    assert (parallel.rank, parallel.augmented_rank) == (1, 2)
    assert parallel.elimination.result[1] == (0, 0, 1)  # the row "0 = 1": impossible
    same = solve_system(((1, 2), (2, 4)), (5, 10))
    assert same.kind == "infinite" and (same.rank, same.augmented_rank) == (1, 1) and same.free == 1
    assert same.particular == (5, 0) and same.directions == ((-2, 1),)
    assert same.describe() == "infinitely many solutions"


def test_inverses_of_textbook_matrices_are_exact() -> None:
    assert inverse(((2, 1), (1, 1))) == ((1, -1), (-1, 2))
    assert inverse(((1, 2), (3, 4))) == ((-2, 1), (F(3, 2), F(-1, 2)))
    # The second-difference matrix: its inverse is a quarter of ((3, 2, 1), (2, 4, 2), (1, 2, 3)).
    expected = tuple(tuple(F(x, 4) for x in row) for row in ((3, 2, 1), (2, 4, 2), (1, 2, 3)))
    assert inverse(((2, -1, 0), (-1, 2, -1), (0, -1, 2))) == expected


def test_gauss_jordan_turns_a_into_the_identity_beside_its_inverse() -> None:
    record = gauss_jordan(((2, 1), (1, 1)))
    assert record.result == ((1, 0, 1, -1), (0, 1, -1, 2))
    assert record.pivot_columns == (0, 1)


def test_a_matrix_with_a_zero_first_pivot_swaps_rows() -> None:
    record = eliminate(((0, 1), (2, 3)))
    assert record.steps[0].operation == RowOperation("swap", 0, 1)
    assert record.steps[0].operation.describe() == "R1 <-> R2"
    assert inverse(((0, 1), (1, 0))) == ((0, 1), (1, 0))


def test_row_operations_describe_themselves_as_written_by_hand() -> None:
    assert RowOperation("add", 1, 0, F(-3)).describe() == "R2 <- R2 - 3 R1"
    assert RowOperation("scale", 1, factor=F(-1, 7)).describe() == "R2 <- -1/7 R2"
    assert RowOperation("add", 0, 2, 0.5).describe() == "R1 <- R1 + 0.5 R3"


def test_the_design_matrix_of_a_line_has_a_column_of_ones() -> None:
    assert design_matrix((1, 3)) == ((1, 1), (1, 3))
    fit = solve_system(design_matrix((1, 3)), (3, 7))
    assert fit.particular == (1, 2)  # y = 1 + 2x passes through (1, 3) and (3, 7)
    assert design_matrix((0.5,)) == ((1.0, 0.5),)


@given(st.lists(finite, min_size=1, max_size=5), finite, finite)
def test_line_predictions_are_the_design_matrix_times_the_weights(xs: list[float], w0: float, w1: float) -> None:
    expected = np.array(xs) * w1 + w0
    np.testing.assert_allclose(np.array(predict_line((w0, w1), xs), dtype=float),
                               to_array(design_matrix(xs)) @ np.array([w0, w1]), atol=1e-9)
    np.testing.assert_allclose(np.array(predict_line((w0, w1), xs), dtype=float), expected, atol=1e-9)
    assert predict_line((1, 2), (0, 4)) == (1, 9)
    with pytest.raises(LinAlgInputError, match="two weights"):
        predict_line((1, 2, 3), xs)


# -- Against numpy on random inputs ---------------------------------------------------------------------------
@given(square_floats())
def test_a_solution_matches_numpy_solve(a: np.ndarray) -> None:
    assume(well_conditioned(a))
    b = np.arange(1, a.shape[0] + 1) * 0.7
    solution = solve_system(a, b)
    assert solution.kind == "unique" and not solution.elimination.exact
    np.testing.assert_allclose(np.array(solution.particular, dtype=float), np.linalg.solve(a, b),
                               rtol=1e-6, atol=1e-6)


@given(square_floats())
def test_an_inverse_matches_numpy_inv(a: np.ndarray) -> None:
    assume(well_conditioned(a))
    np.testing.assert_allclose(to_array(inverse(a)), np.linalg.inv(a), rtol=1e-6, atol=1e-6)
    assert not is_singular(a)


@given(st.integers(1, 4).flatmap(lambda n: arrays(np.int64, (n, n), elements=small_int)))
def test_an_exact_inverse_times_the_matrix_is_exactly_the_identity(a: np.ndarray) -> None:
    if round(np.linalg.det(a)) == 0:
        with pytest.raises(SingularMatrixError, match="singular"):
            inverse(a)
        assert is_singular(a)
        return
    inv = inverse(a)
    n = a.shape[0]
    product = [[sum(F(int(a[i][k])) * inv[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
    assert product == np.identity(n).tolist()
    np.testing.assert_allclose(to_array(inv), np.linalg.inv(a), atol=1e-9)


@given(integer_matrix_of_low_rank())
def test_rank_by_elimination_matches_numpy_matrix_rank(a: np.ndarray) -> None:
    assert rank_by_elimination(a) == np.linalg.matrix_rank(a)
    assert is_singular(a) == (np.linalg.matrix_rank(a) < a.shape[0]) if a.shape[0] == a.shape[1] else True


@given(st.integers(1, 4).flatmap(lambda m: st.integers(1, 4).flatmap(lambda n: float_matrix(m, n))))
def test_rank_of_random_float_matrices_matches_numpy(a: np.ndarray) -> None:
    s = np.linalg.svd(a, compute_uv=False)
    assume(s[0] == 0 or s[0] > 1e-3)  # zero, or not so tiny that the absolute floor calls it zero
    assume(all(x > 1e-6 * s[0] or x < 1e-16 * s[0] for x in s))  # each direction clearly there or not
    assert rank_by_elimination(a) == np.linalg.matrix_rank(a)


@given(integer_matrix_of_low_rank())
def test_a_row_echelon_form_has_the_staircase_shape_and_the_same_row_space(a: np.ndarray) -> None:
    record = eliminate(a)
    ref = to_array(record.result)
    pivot_cols = record.pivot_columns
    assert list(pivot_cols) == sorted(set(pivot_cols))  # each pivot right of the one above
    for r, c in record.pivots:
        assert ref[r, c] != 0 and np.all(ref[r + 1:, c] == 0) and np.all(ref[r, :c] == 0)
    assert np.all(ref[record.rank:] == 0)  # zero rows last
    assert np.linalg.matrix_rank(np.vstack([a, ref])) == np.linalg.matrix_rank(a)


@given(integer_matrix_of_low_rank())
def test_every_recorded_step_is_its_operation_applied_to_the_matrix_before(a: np.ndarray) -> None:
    for reduced in (False, True):
        record = eliminate(a, reduced=reduced)
        before = record.start
        for step in record.steps:
            assert step.operation.apply(before) == step.matrix
            before = step.matrix


@settings(max_examples=60)
@given(integer_matrix_of_low_rank(), st.integers(1, 5), st.floats(0.2, 3.0))
def test_the_reduced_form_is_unique_whatever_the_route(a: np.ndarray, seed: int, scale: float) -> None:
    rref = to_array(reduced_row_echelon_form(a))
    rng = np.random.default_rng(seed)
    mix = rng.integers(-2, 3, size=(a.shape[0], a.shape[0]))
    assume(round(np.linalg.det(mix)) != 0)
    np.testing.assert_allclose(to_array(reduced_row_echelon_form(mix @ a)), rref, atol=1e-9)
    floats = eliminate(a * (scale + 0.01), reduced=True)  # floating point with partial pivoting
    assume(not floats.exact)
    np.testing.assert_allclose(to_array(floats.result), rref, atol=1e-6)


@given(integer_matrix_of_low_rank(), st.data())
def test_a_system_is_classified_by_ranks_as_numpy_sees_them(a: np.ndarray, data: st.DataObject) -> None:
    b = np.array(data.draw(st.lists(small_int, min_size=a.shape[0], max_size=a.shape[0])))
    solution = solve_system(a, b)
    rank_a, rank_ab = np.linalg.matrix_rank(a), np.linalg.matrix_rank(np.column_stack([a, b]))
    assert (solution.rank, solution.augmented_rank) == (rank_a, rank_ab)
    expected = "none" if rank_ab > rank_a else ("unique" if rank_a == a.shape[1] else "infinite")
    assert solution.kind == expected
    if expected == "none":
        residual = a @ np.linalg.lstsq(a, b, rcond=None)[0] - b
        assert np.linalg.norm(residual) > 1e-9


@given(integer_matrix_of_low_rank(), st.data())
def test_infinitely_many_solutions_are_a_particular_one_plus_null_directions(a: np.ndarray,
                                                                              data: st.DataObject) -> None:
    x0 = np.array(data.draw(st.lists(small_int, min_size=a.shape[1], max_size=a.shape[1])))
    solution = solve_system(a, a @ x0)
    assert solution.kind != "none" and solution.particular is not None
    exact_a = [[F(int(x)) for x in row] for row in a]

    def times(v: tuple[Fraction | float, ...]) -> list[Fraction]:
        return [sum((ai * vi for ai, vi in zip(row, v, strict=True)), F(0)) for row in exact_a]

    assert times(solution.particular) == [F(int(x)) for x in a @ x0]
    assert all(times(d) == [0] * a.shape[0] for d in solution.directions)
    assert len(solution.directions) == solution.free == a.shape[1] - np.linalg.matrix_rank(a)
    if solution.directions:
        assert np.linalg.matrix_rank(to_array(solution.directions)) == len(solution.directions)


# -- Degenerate inputs -----------------------------------------------------------------------------------------
def test_the_zero_matrix_has_rank_zero_and_needs_no_steps() -> None:
    record = eliminate(((0, 0), (0, 0)))
    assert record.rank == 0 and record.steps == () and record.result == ((0, 0), (0, 0))
    assert solve_system(((0, 0), (0, 0)), (0, 0)).directions == ((1, 0), (0, 1))
    assert solve_system(((0, 0), (0, 0)), (0, 1)).kind == "none"


def test_entries_below_the_absolute_floor_count_as_zero_as_in_linalg_rank() -> None:
    assert rank_by_elimination(((1e-12, 0.0), (0.0, 1e-12))) == 0
    assert rank_by_elimination(((1e-12, 0.0), (0.0, 1.0))) == 1


def test_a_singular_matrix_has_no_inverse_and_says_why() -> None:
    with pytest.raises(SingularMatrixError, match=r"singular \(rank 1 < 2\).*column 2"):
        inverse(((1, 2), (1, 2)))
    with pytest.raises(LinAlgInputError):
        inverse(((1.5, 3.0), (1.0, 2.0)))
    assert is_singular(((1, 2), (1, 2))) and not is_singular(((2, 1), (1, 1)))
    assert gauss_jordan(((1, 2), (1, 2))).result[1][:2] == (0, 0)  # the zero row in the left block


def test_only_square_matrices_have_inverses_or_singularity() -> None:
    for call in (inverse, is_singular, gauss_jordan):
        with pytest.raises(LinAlgInputError, match="square"):
            call(((1, 2, 3), (4, 5, 6)))


@pytest.mark.parametrize("bad", [(1, 2), (), ((1, 2), (3,)), ((1, np.nan),), ((1, np.inf),), (("a", 1),)])
def test_anything_but_a_finite_matrix_is_rejected(bad: object) -> None:
    with pytest.raises(LinAlgInputError):
        as_rows(bad)  # type: ignore[arg-type]


def test_b_must_have_one_entry_per_row() -> None:
    with pytest.raises(LinAlgInputError, match="rows"):
        augment(((1, 2), (3, 4)), (1, 2, 3))
    with pytest.raises(LinAlgInputError):
        eliminate(((1, 2),), pivot_columns=3)


def test_integer_valued_floats_count_as_exact_and_others_do_not() -> None:
    assert as_rows(np.array([[1.0, 2.0]]))[1] and not as_rows([[0.5, 2]])[1]
    assert as_rows([[F(1, 3), 2]]) == (((F(1, 3), F(2)),), True)


# -- Lines of the plane --------------------------------------------------------------------------------------
def test_a_line_is_cut_where_it_crosses_the_box() -> None:
    assert line_endpoints((1, 2), 5, (-2, 4), (-1, 4)) == ((4.0, 0.5), (-2.0, 3.5))
    assert line_endpoints((0, 1), 2, (-3, 3), (-3, 3)) == ((3.0, 2.0), (-3.0, 2.0))  # horizontal: y = 2
    assert line_endpoints((1, 0), 1, (-3, 3), (-3, 3)) == ((1.0, -3.0), (1.0, 3.0))  # vertical: x = 1
    assert line_endpoints((1, 1), 100, (-3, 3), (-3, 3)) is None


@given(finite, finite, finite)
def test_line_endpoints_lie_on_the_line_and_inside_the_box(a: float, b: float, c: float) -> None:
    assume(abs(a) > 1e-3 or abs(b) > 1e-3)
    ends = line_endpoints((a, b), c, (-5, 5), (-4, 4))
    if ends is None:
        return
    for x, y in ends:
        assert a * x + b * y == pytest.approx(c, abs=1e-6)
        assert -5 - 1e-6 <= x <= 5 + 1e-6 and -4 - 1e-6 <= y <= 4 + 1e-6


def test_zero_coefficients_are_no_line() -> None:
    with pytest.raises(LinAlgInputError, match="not a line"):
        line_endpoints((0, 0), 1, (-1, 1), (-1, 1))

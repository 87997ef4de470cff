"""Tests for mlmath.bases: change of basis, a map in a new basis, orthonormality and Gram-Schmidt, each against
numpy/scipy on random inputs, worked textbook examples and the degenerate cases."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.bases import (
    basis_matrix,
    from_basis,
    gram_matrix,
    gram_schmidt,
    gram_schmidt_steps,
    inverse_basis_matrix,
    is_orthonormal,
    matrix_in_basis,
    orthonormal_coordinates,
    to_basis,
)
from mlmath.linalg import LinAlgInputError

finite = st.floats(min_value=-10, max_value=10, allow_nan=False, allow_infinity=False)
sizes = st.integers(min_value=2, max_value=4)

# The lecture's worked examples.
B1, B2 = (2, 1), (-1, 1)
A = ((1, 2), (1, 0))
A1, A2 = (4, 3), (-2, 1)


@st.composite
def square(draw: st.DrawFn, n: int | None = None) -> np.ndarray:
    """A random n x n matrix."""
    size = n if n is not None else draw(sizes)
    return draw(arrays(np.float64, (size, size), elements=finite))


@st.composite
def tall(draw: st.DrawFn) -> np.ndarray:
    """A random n x k matrix with k <= n, whose columns are the input vectors."""
    n = draw(sizes)
    k = draw(st.integers(min_value=1, max_value=n))
    return draw(arrays(np.float64, (n, k), elements=finite))


def well_conditioned(m: np.ndarray) -> bool:
    """Columns clearly independent and not vanishingly short: the near-degenerate cases are tested apart."""
    s = np.linalg.svd(m, compute_uv=False)
    return bool(s[-1] > 1e-2 and s[0] / s[-1] < 1e4)


# -- coordinates in a new basis and back -----------------------------------------------------------------
def test_basis_matrix_holds_the_basis_vectors_as_columns() -> None:
    np.testing.assert_array_equal(basis_matrix((B1, B2)), [[2, -1], [1, 1]])


def test_coordinates_of_the_lecture_vector_in_the_skewed_basis_are_one_and_minus_two() -> None:
    np.testing.assert_allclose(to_basis((B1, B2), (4, -1)), [1, -2], atol=1e-12)
    np.testing.assert_allclose(from_basis((B1, B2), (1, -2)), [4, -1], atol=1e-12)


def test_inverse_basis_matrix_of_the_lecture_basis_is_a_third_of_the_adjugate() -> None:
    np.testing.assert_allclose(inverse_basis_matrix((B1, B2)), np.array([[1, 1], [-1, 2]]) / 3, atol=1e-12)


@given(square(), st.data())
def test_to_basis_solves_p_c_equals_v_and_from_basis_undoes_it(p: np.ndarray, data: st.DataObject) -> None:
    assume(well_conditioned(p))
    v = data.draw(arrays(np.float64, p.shape[0], elements=finite))
    c = to_basis(p, v)
    np.testing.assert_allclose(c, scipy.linalg.solve(p, v), rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(from_basis(p, c), v, atol=1e-6)
    np.testing.assert_allclose(from_basis(p, v), np.matmul(p, v), atol=1e-9)


@given(square())
def test_inverse_basis_matrix_matches_scipy_inverse(p: np.ndarray) -> None:
    assume(well_conditioned(p))
    np.testing.assert_allclose(inverse_basis_matrix(p), scipy.linalg.inv(p), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize(
    "vectors",
    [((1, 2), (2, 4)), ((0, 0), (1, 0)), ((1, 0, 0), (0, 1, 0)), ((1, 0), (0, 1), (1, 1))],
    ids=["dependent", "zero vector", "too few", "too many"],
)
def test_vectors_that_are_not_a_basis_are_rejected(vectors) -> None:
    with pytest.raises(LinAlgInputError, match="not a basis"):
        basis_matrix(vectors)
    with pytest.raises(LinAlgInputError):
        to_basis(vectors, np.ones(len(vectors[0])))


def test_vectors_of_the_wrong_length_are_rejected() -> None:
    with pytest.raises(LinAlgInputError):
        to_basis((B1, B2), (1, 2, 3))
    with pytest.raises(LinAlgInputError):
        from_basis((B1, B2), (1,))


# -- a map in a new basis ------------------------------------------------------------------------------
def test_the_lecture_map_is_diagonal_in_the_skewed_basis() -> None:
    # A b1 = 2 b1 and A b2 = -b2: in the basis {b1, b2} the map only doubles and flips.
    np.testing.assert_allclose(matrix_in_basis(A, (B1, B2)), [[2, 0], [0, -1]], atol=1e-12)


def test_a_rotation_by_ninety_degrees_in_the_swapped_basis_turns_the_other_way() -> None:
    turn = ((0, -1), (1, 0))
    np.testing.assert_allclose(matrix_in_basis(turn, ((0, 1), (1, 0))), [[0, 1], [-1, 0]], atol=1e-12)


@given(square(n=3), square(n=3))
def test_matrix_in_basis_matches_p_inverse_a_p_and_keeps_trace_and_determinant(a: np.ndarray, p: np.ndarray) -> None:
    assume(well_conditioned(p))
    m = matrix_in_basis(a, p)
    expected = scipy.linalg.inv(p) @ a @ p
    scale = 1 + np.abs(expected).max()
    np.testing.assert_allclose(m, expected, atol=1e-6 * scale)
    assert np.trace(m) == pytest.approx(np.trace(a), abs=1e-6 * scale)
    assert np.linalg.det(m) == pytest.approx(np.linalg.det(a), abs=1e-5 * scale**3)


@given(square(n=2), square(n=2), arrays(np.float64, 2, elements=finite))
def test_the_new_matrix_acts_on_new_coordinates_as_a_acts_on_vectors(a, p, v) -> None:
    assume(well_conditioned(p))
    left = matrix_in_basis(a, p) @ to_basis(p, v)
    right = to_basis(p, a @ v)
    np.testing.assert_allclose(left, right, atol=1e-6 * (1 + np.abs(right).max() + np.abs(left).max()))


def test_matrix_in_basis_rejects_a_singular_basis_and_a_wrong_shape() -> None:
    with pytest.raises(LinAlgInputError):
        matrix_in_basis(A, ((1, 2), (2, 4)))
    with pytest.raises(LinAlgInputError):
        matrix_in_basis(np.identity(3), (B1, B2))


# -- orthonormal bases ---------------------------------------------------------------------------------
def test_gram_matrix_lists_every_dot_product() -> None:
    np.testing.assert_allclose(gram_matrix((B1, B2)), [[5, -1], [-1, 2]])


def test_a_rotated_pair_of_unit_vectors_is_orthonormal_and_a_skewed_pair_is_not() -> None:
    assert is_orthonormal(((0.8, 0.6), (-0.6, 0.8)))
    assert not is_orthonormal((B1, B2))
    assert not is_orthonormal(((2, 0), (0, 2)))  # perpendicular, but not unit length
    assert not is_orthonormal(((1, 0), (0, 1), (1, 0)))


@given(tall())
def test_the_q_of_a_qr_factorisation_is_orthonormal(a: np.ndarray) -> None:
    assume(well_conditioned(a))
    q, _ = np.linalg.qr(a)
    assert is_orthonormal(q)
    np.testing.assert_allclose(gram_matrix(q), np.identity(a.shape[1]), atol=1e-9)


def test_coordinates_in_an_orthonormal_basis_are_dot_products() -> None:
    q = ((0.8, 0.6), (-0.6, 0.8))
    np.testing.assert_allclose(orthonormal_coordinates(q, (1, 2)), [2, 1], atol=1e-12)


@given(square())
def test_orthonormal_coordinates_agree_with_solving_the_system(m: np.ndarray) -> None:
    assume(well_conditioned(m))
    q, _ = np.linalg.qr(m)
    v = m[:, 0]
    np.testing.assert_allclose(orthonormal_coordinates(q, v), scipy.linalg.solve(q, v), atol=1e-6)


def test_orthonormal_coordinates_refuse_a_skewed_basis() -> None:
    with pytest.raises(LinAlgInputError, match="not orthonormal"):
        orthonormal_coordinates((B1, B2), (4, -1))


# -- Gram-Schmidt ----------------------------------------------------------------------------------------
def test_gram_schmidt_on_the_lecture_pair_adds_back_one_q1_and_divides_by_two() -> None:
    first, second = gram_schmidt_steps((A1, A2))
    assert first.length == pytest.approx(5)
    np.testing.assert_allclose(first.unit, [0.8, 0.6])
    assert first.coefficients == () and first.projections == ()
    assert second.coefficients == pytest.approx((-1.0,))
    np.testing.assert_allclose(second.projections[0], [-0.8, -0.6])
    np.testing.assert_allclose(second.residual, [-1.2, 1.6])
    assert second.length == pytest.approx(2)
    np.testing.assert_allclose(second.unit, [-0.6, 0.8])


def test_gram_schmidt_on_a_textbook_triple_in_three_dimensions() -> None:
    q = gram_schmidt(((1, 1, 0), (1, 0, 1), (0, 1, 1)))
    expected = np.column_stack([np.array([1, 1, 0]) / np.sqrt(2), np.array([1, -1, 2]) / np.sqrt(6),
                                np.array([-1, 1, 1]) / np.sqrt(3)])
    np.testing.assert_allclose(q, expected, atol=1e-12)


@settings(max_examples=60)
@given(tall())
def test_gram_schmidt_matches_numpy_qr_up_to_signs(a: np.ndarray) -> None:
    assume(well_conditioned(a))
    q_ref, r_ref = np.linalg.qr(a)
    signs = np.sign(np.diag(r_ref))
    q = gram_schmidt(a)
    np.testing.assert_allclose(q, q_ref * signs, atol=1e-7)
    steps = gram_schmidt_steps(a)
    r = np.zeros((a.shape[1], a.shape[1]))
    for step in steps:
        r[: step.index, step.index] = step.coefficients
        r[step.index, step.index] = step.length
    np.testing.assert_allclose(r, signs[:, None] * r_ref, atol=1e-6 * (1 + np.abs(r_ref).max()))


@settings(max_examples=60)
@given(tall())
def test_every_step_subtracts_its_projections_and_normalises_the_rest(a: np.ndarray) -> None:
    assume(well_conditioned(a))
    steps = gram_schmidt_steps(a)
    qs = [s.unit for s in steps]
    tol = 1e-7 * (1 + np.abs(a).max())
    for step in steps:
        assert len(step.projections) == len(step.coefficients) == len(step.remainders) == step.index
        left = step.vector
        for j, (r, p, rest) in enumerate(zip(step.coefficients, step.projections, step.remainders, strict=True)):
            assert r == pytest.approx(float(np.inner(left, qs[j])), abs=tol)
            np.testing.assert_allclose(p, r * qs[j], atol=tol)
            np.testing.assert_allclose(rest, left - p, atol=tol)
            left = rest
        np.testing.assert_allclose(step.residual, left, atol=tol)
        np.testing.assert_allclose(step.residual, step.vector - sum(step.projections, np.zeros_like(left)), atol=tol)
        assert all(abs(float(np.inner(step.residual, q))) < tol for q in qs[: step.index])
        assert step.length == pytest.approx(np.linalg.norm(step.residual))
        np.testing.assert_allclose(step.unit * step.length, step.residual, atol=tol)


@pytest.mark.parametrize(
    "vectors",
    [((1, 2), (-2, -4)), ((0, 0), (1, 0)), ((1, 0, 0), (0, 1, 0), (1, 1, 0)), ((1, 0), (0, 1), (1, 1))],
    ids=["parallel pair", "zero first vector", "third in the plane of the first two", "more than the dimension"],
)
def test_gram_schmidt_rejects_dependent_vectors_with_a_clear_error(vectors) -> None:
    with pytest.raises(LinAlgInputError, match="dependent"):
        gram_schmidt(vectors)


def test_gram_schmidt_of_an_orthonormal_basis_gives_it_back() -> None:
    q = ((0.8, 0.6), (-0.6, 0.8))
    np.testing.assert_allclose(gram_schmidt(q), np.column_stack(q), atol=1e-12)

"""Tests for the helpers the dot_product lecture appended to mlmath.linalg."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from mlmath.linalg import (
    LinAlgInputError,
    dot,
    entrywise_product,
    project_onto_vector,
    projection_coefficient,
    reject_from_vector,
)

finite = st.floats(min_value=-100, max_value=100, allow_nan=False, allow_infinity=False)


def pair(n: int = 3) -> st.SearchStrategy[tuple[np.ndarray, np.ndarray]]:
    return st.tuples(arrays(np.float64, n, elements=finite), arrays(np.float64, n, elements=finite))


def test_entrywise_product_of_a_worked_example_multiplies_matching_entries() -> None:
    assert entrywise_product((3, 1), (1, 2)).tolist() == [3.0, 2.0]


@given(pair())
def test_entrywise_products_sum_to_the_dot_product(uv: tuple[np.ndarray, np.ndarray]) -> None:
    u, v = uv
    np.testing.assert_allclose(entrywise_product(u, v), np.multiply(u, v))
    assert np.sum(entrywise_product(u, v)) == pytest.approx(np.inner(u, v), abs=1e-6)


def test_entrywise_product_rejects_vectors_of_different_lengths() -> None:
    with pytest.raises(LinAlgInputError):
        entrywise_product((1, 2), (1, 2, 3))


def test_projection_coefficient_of_a_worked_example_is_a_half() -> None:
    # (1, 2) . (3, 1) = 5 and (3, 1) . (3, 1) = 10.
    assert projection_coefficient((1, 2), (3, 1)) == pytest.approx(0.5)


@given(pair(), st.floats(min_value=0.1, max_value=10))
def test_projection_coefficient_times_u_is_the_least_squares_fit(
    uv: tuple[np.ndarray, np.ndarray], scale: float
) -> None:
    u, v = uv
    u = u + scale
    assume(np.linalg.norm(u) > 1e-2)  # u must have a direction
    expected = np.linalg.lstsq(u[:, None], v, rcond=None)[0][0]
    assert projection_coefficient(v, u) == pytest.approx(expected, rel=1e-6, abs=1e-6)


def test_projection_coefficient_onto_the_zero_vector_raises() -> None:
    with pytest.raises(LinAlgInputError):
        projection_coefficient((1, 2), (0, 0))


def test_reject_from_vector_of_a_worked_example() -> None:
    np.testing.assert_allclose(reject_from_vector((1, 2), (3, 1)), [-0.5, 1.5])


@given(pair(), st.floats(min_value=0.1, max_value=10))
def test_residual_is_perpendicular_to_u_and_completes_v(
    uv: tuple[np.ndarray, np.ndarray], scale: float
) -> None:
    u, v = uv
    u = u + scale
    assume(np.linalg.norm(u) > 1e-2)
    r = reject_from_vector(v, u)
    assert np.inner(r, u) == pytest.approx(0.0, abs=1e-6 * (1 + np.linalg.norm(u) * np.linalg.norm(v)))
    np.testing.assert_allclose(r + project_onto_vector(v, u), v, atol=1e-9)
    assert dot(r, r) <= np.inner(v, v) + 1e-9

"""Exercise generators of the eigenvectors lecture: each answer checked by an independent route (numpy and
mlmath.eigen) over many seeds, pleasant numbers, the same seed gives the same exercise, the reference solution
code computes the answer."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath import eigen
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.eigenvectors import (
    GENERATORS,
    draw_matrix,
    eigenvalues_exercise,
    eigenvector_exercise,
)

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
MANY = settings(max_examples=150, deadline=None)


def matrix_of(ex) -> np.ndarray:
    return np.array([ex.code_givens["row1"], ex.code_givens["row2"]], dtype=float)


@MANY
@given(SEEDS)
def test_the_eigenvalues_match_numpy_and_the_characteristic_polynomial(seed: int) -> None:
    ex = eigenvalues_exercise(seed)
    a = matrix_of(ex)
    np.testing.assert_allclose([float(x) for x in ex.answer], np.sort(np.linalg.eigvals(a).real)[::-1], atol=1e-9)
    np.testing.assert_allclose([float(x) for x in ex.answer], eigen.eigenvalues_2x2(a), atol=1e-12)
    rows = [ex.code_givens["row1"], ex.code_givens["row2"]]
    assert eigen.exact_eigenvalues_2x2(rows) == tuple(Fraction(x) for x in ex.answer)
    assert ex.answer[0] > ex.answer[1], "two distinct eigenvalues, largest first"


@MANY
@given(SEEDS)
def test_the_eigenvector_is_only_stretched_by_its_eigenvalue(seed: int) -> None:
    ex = eigenvector_exercise(seed)
    a, lam = matrix_of(ex), ex.code_givens["lam"]
    v = np.array([float(x) for x in ex.answer])
    np.testing.assert_allclose(a @ v, lam * v, atol=1e-12)
    assert ex.answer[0] == 1
    assert lam in np.round(np.linalg.eigvals(a).real, 9)
    unit = eigen.eigenvector_for(a, lam)
    assert eigen.angle_between_lines(unit, v) < 1e-9


@MANY
@given(SEEDS)
def test_drawn_matrices_are_small_with_distinct_integer_eigenvalues(seed: int) -> None:
    import random

    rows, (high, low) = draw_matrix(random.Random(seed))
    a = np.array(rows, dtype=float)
    assert np.abs(a).max() <= 6 and a[0, 1] != 0 and a[1, 0] != 0
    assert high > low
    assert eigen.classify(a) is eigen.EigenCase.DISTINCT
    np.testing.assert_allclose(eigen.eigenvalues_2x2(a), [high, low])


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 20


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_givens_are_small_integers_and_answers_have_small_denominators(generator) -> None:
    for seed in range(200):
        ex = generator(seed)
        givens = [x for value in ex.code_givens.values() for x in (value if isinstance(value, list) else [value])]
        assert all(isinstance(x, int) and abs(x) <= 6 for x in givens)
        assert all(Fraction(x).denominator <= 2 and abs(Fraction(x)) <= 6 for x in ex.answer)
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".") and ex.hint
        assert 2 <= len(ex.steps) <= 5 and all(s.say.endswith(".") and s.tex for s in ex.steps)


def test_the_lecture_lists_its_generators_in_play_order() -> None:
    assert generators_for("linear_algebra.eigenvectors") == [eigenvalues_exercise, eigenvector_exercise]


def test_a_textbook_seed_reads_as_by_hand() -> None:
    ex = eigenvalues_exercise(2)
    assert ex.code_givens == {"row1": [0, 2], "row2": [-3, 5]}
    assert [s.tex for s in ex.steps[2:4]] == [r"\lambda^2 - 5\lambda + 6 = 0", r"(\lambda - 3)(\lambda - 2) = 0"]
    assert ex.answer == (3, 2) and ex.steps[-1].tex == r"\lambda_1 = 3, \quad \lambda_2 = 2"
    vec = eigenvector_exercise(41)
    assert vec.code_givens == {"row1": [-1, 2], "row2": [1, 0], "lam": -2}
    assert vec.answer == (1, Fraction(-1, 2))

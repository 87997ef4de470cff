"""The change_of_basis exercises: answers checked by independent routes (numpy, numpy's QR, mlmath.bases) across
many seeds; the reference solution computes the answer; the same seed gives the same exercise; pleasant numbers."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlmath import bases
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.change_of_basis import (
    GENERATORS,
    gram_schmidt_exercise,
    new_coordinates_exercise,
)

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _np(values) -> np.ndarray:
    return np.asarray([float(x) for x in values])


@given(SEEDS)
def test_new_coordinates_match_numpy_solve_and_rebuild_v(seed: int) -> None:
    ex = new_coordinates_exercise(seed)
    g = ex.code_givens
    p = np.column_stack([g["b1"], g["b2"]]).astype(float)
    c = _np(ex.answer)
    np.testing.assert_allclose(c, np.linalg.solve(p, g["v"]), atol=1e-12)
    np.testing.assert_allclose(c, bases.to_basis([g["b1"], g["b2"]], g["v"]), atol=1e-12)
    np.testing.assert_allclose(bases.from_basis([g["b1"], g["b2"]], c), g["v"], atol=1e-12)


@given(SEEDS)
def test_new_coordinates_are_small_integers_from_a_basis_with_a_small_determinant(seed: int) -> None:
    ex = new_coordinates_exercise(seed)
    g = ex.code_givens
    det = round(np.linalg.det(np.column_stack([g["b1"], g["b2"]]).astype(float)))
    assert det != 0 and abs(det) <= 3, "P^-1 has small denominators"
    assert all(Fraction(x).denominator == 1 and x != 0 for x in ex.answer)
    assert max(abs(x) for x in g["v"]) <= 6 and max(abs(x) for x in g["b1"] + g["b2"]) <= 2


@given(SEEDS)
def test_one_gram_schmidt_step_matches_numpy_qr_up_to_sign_and_mlmath_exactly(seed: int) -> None:
    ex = gram_schmidt_exercise(seed)
    a = np.column_stack([ex.code_givens["a1"], ex.code_givens["a2"]]).astype(float)
    q2 = _np(ex.answer)
    q, r = np.linalg.qr(a)
    np.testing.assert_allclose(q2, q[:, 1] * np.sign(r[1, 1]), atol=1e-12)
    np.testing.assert_allclose(q2, bases.gram_schmidt(a)[:, 1], atol=1e-12)
    assert bases.is_orthonormal([bases.gram_schmidt(a)[:, 0], q2])


@given(SEEDS)
def test_a_gram_schmidt_step_has_fifths_at_worst(seed: int) -> None:
    ex = gram_schmidt_exercise(seed)
    a1, a2 = ex.code_givens["a1"], ex.code_givens["a2"]
    assert a1[0] ** 2 + a1[1] ** 2 == 25, "a1 has length five"
    assert max(abs(x) for x in a2) <= 5 and all(isinstance(x, int) for x in a1 + a2)
    assert all(Fraction(x).denominator in (1, 5) for x in ex.answer)
    step = bases.gram_schmidt_steps([a1, a2])[1]
    assert step.coefficients[0] == pytest.approx(round(step.coefficients[0])), "a2 . q1 is a whole number"
    assert step.coefficients[0] != 0, "there is a projection to subtract"
    assert step.length == pytest.approx(round(step.length))


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 20


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_prompts_and_steps_are_sentences_with_small_givens(generator) -> None:
    for seed in range(60):
        ex = generator(seed)
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".") and ex.hint
        assert 2 <= len(ex.steps) <= 5 and all(s.say.endswith(".") and s.tex for s in ex.steps)
        assert all(abs(x) <= 6 for value in ex.code_givens.values() for x in value)
        assert "- -" not in " ".join(s.tex for s in ex.steps), "no doubled signs"


def test_the_lecture_finds_its_generators_in_play_order() -> None:
    assert generators_for("linear_algebra.change_of_basis") == [new_coordinates_exercise, gram_schmidt_exercise]

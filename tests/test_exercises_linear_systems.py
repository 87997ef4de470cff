"""Exercise generators of the linear_systems lecture: answers against numpy (solve, inv) and mlmath.elimination
across many seeds, the reference solution code computes the answer, seeds are reproducible, numbers pleasant."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlmath.elimination import RowOperation, inverse, solve_system
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.linear_systems import (
    GENERATORS,
    elimination_exercise,
    inverse_exercise,
    tex_augmented,
    tex_operation,
)

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _matrix(ex) -> np.ndarray:
    return np.array([ex.code_givens["row1"], ex.code_givens["row2"]], dtype=float)


@given(SEEDS)
def test_the_elimination_answer_matches_numpy_solve_and_mlmath(seed: int) -> None:
    ex = elimination_exercise(seed)
    a, b = _matrix(ex), np.array(ex.code_givens["b"], dtype=float)
    np.testing.assert_allclose([float(x) for x in ex.answer], np.linalg.solve(a, b), atol=1e-9)
    solution = solve_system(a, b)
    assert solution.kind == "unique" and solution.particular == tuple(ex.answer)


@given(SEEDS)
def test_the_elimination_exercise_stays_in_whole_numbers(seed: int) -> None:
    ex = elimination_exercise(seed)
    givens = [*ex.code_givens["row1"], *ex.code_givens["row2"], *ex.code_givens["b"]]
    assert all(isinstance(x, int) and abs(x) <= 9 for x in givens), "small integer givens"
    assert all(isinstance(x, int) and abs(x) <= 3 for x in ex.answer), "a small integer solution"
    assert r"\frac" not in "".join(s.tex for s in ex.steps), "no fractions on the way"
    assert ex.code_givens["row1"][0] != 0, "the first pivot needs no row swap"


@given(SEEDS)
def test_the_inverse_answer_matches_numpy_inv_and_undoes_the_matrix(seed: int) -> None:
    ex = inverse_exercise(seed)
    a = _matrix(ex)
    inv = np.array([float(x) for x in ex.answer]).reshape(2, 2)
    np.testing.assert_allclose(inv, np.linalg.inv(a), atol=1e-12)
    np.testing.assert_allclose(inv @ a, np.identity(2), atol=1e-12)
    exact = inverse([ex.code_givens["row1"], ex.code_givens["row2"]])
    assert tuple(v for row in exact for v in row) == tuple(ex.answer)


@given(SEEDS)
def test_the_inverse_exercise_has_halves_at_most(seed: int) -> None:
    ex = inverse_exercise(seed)
    a = _matrix(ex)
    assert abs(round(np.linalg.det(a))) in (1, 2)
    assert all(Fraction(x).denominator in (1, 2) for x in ex.answer)
    assert all(abs(x) <= 4 for x in [*ex.code_givens["row1"], *ex.code_givens["row2"]])


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 20


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_every_exercise_reads_as_sentences_with_four_steps(generator) -> None:
    for seed in range(60):
        ex = generator(seed)
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".") and ex.hint
        assert len(ex.steps) == 4 and all(s.say.endswith(".") and s.tex for s in ex.steps)
        assert ex.lecture == "linear_algebra.linear_systems"


def test_the_generators_are_found_by_lecture_id_in_play_order() -> None:
    assert generators_for("linear_algebra.linear_systems") == [elimination_exercise, inverse_exercise]


def test_row_operations_and_augmented_matrices_are_written_by_hand() -> None:
    assert tex_operation(RowOperation("add", 1, 0, Fraction(-3))) == "R_2 - 3R_1"
    assert tex_operation(RowOperation("add", 0, 1, Fraction(1))) == "R_1 + R_2"
    assert tex_operation(RowOperation("scale", 1, factor=Fraction(-1, 2))) == r"-\tfrac{1}{2}R_2"
    assert tex_operation(RowOperation("swap", 0, 1)) == r"R_1 \leftrightarrow R_2"
    assert tex_augmented(((1, 2, 5), (0, Fraction(1, 2), 1)), 2) == (
        r"\left[\begin{array}{cc|c} 1 & 2 & 5 \\ 0 & \tfrac{1}{2} & 1 \end{array}\right]")

"""The transformations lecture's exercise generators: answers against numpy and mlmath.matrices over many seeds,
the reference solution code, the same seed giving the same exercise, and pleasant numbers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath import matrices
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.transformations import GENERATORS, image_exercise, product_exercise

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
MANY = settings(max_examples=200, deadline=None)


def _floats(values) -> np.ndarray:
    return np.asarray([float(x) for x in values])


@MANY
@given(SEEDS)
def test_the_image_of_a_vector_matches_numpy_and_the_combination_of_columns(seed: int) -> None:
    ex = image_exercise(seed)
    g = ex.code_givens
    a = np.column_stack([g["i_lands"], g["j_lands"]]).astype(float)
    v = np.asarray(g["v"], dtype=float)
    np.testing.assert_array_equal(_floats(ex.answer), a @ v)
    np.testing.assert_array_equal(_floats(ex.answer), matrices.image_of(a, v))
    np.testing.assert_array_equal(_floats(ex.answer), v[0] * a[:, 0] + v[1] * a[:, 1])


@MANY
@given(SEEDS)
def test_the_image_exercise_is_a_genuine_map_and_a_vector_with_both_parts(seed: int) -> None:
    ex = image_exercise(seed)
    g = ex.code_givens
    assert round(np.linalg.det(np.column_stack([g["i_lands"], g["j_lands"]]))) != 0
    assert 0 not in g["v"], "v uses both i-hat and j-hat"
    assert 0 < max(abs(x) for x in ex.answer) <= 5, "the image fits a small plane"


@MANY
@given(SEEDS)
def test_both_products_match_numpy_and_the_verdict_matches_commute(seed: int) -> None:
    ex = product_exercise(seed)
    a = np.reshape(ex.code_givens["A"], (2, 2)).astype(float)
    b = np.reshape(ex.code_givens["B"], (2, 2)).astype(float)
    np.testing.assert_array_equal(_floats(ex.answer), np.concatenate([(a @ b).ravel(), (b @ a).ravel()]))
    np.testing.assert_array_equal(_floats(ex.answer[:4]), matrices.matmul(a, b).ravel())
    commute = matrices.commute(a, b)
    assert commute == np.array_equal(a @ b, b @ a)
    assert ("commute" in ex.answer_say) == commute
    assert (r"\neq" in ex.answer_tex) != commute


def test_some_product_exercises_commute_and_most_do_not() -> None:
    verdicts = [matrices.commute(*(np.reshape(product_exercise(s).code_givens[k], (2, 2)) for k in "AB"))
                for s in range(200)]
    assert 20 <= sum(verdicts) <= 100


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 30


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_numbers_are_small_integers_a_learner_works_by_hand(generator) -> None:
    for seed in range(300):
        ex = generator(seed)
        givens = [x for value in ex.code_givens.values() for x in value]
        assert all(isinstance(x, int) and abs(x) <= 4 for x in givens)
        assert all(isinstance(x, int) and abs(x) <= 12 for x in ex.answer)
        assert 2 <= len(ex.steps) <= 5 and all(s.say.endswith(".") for s in ex.steps)


def test_the_product_exercise_never_uses_a_diagonal_factor_or_twice_the_same_matrix() -> None:
    for seed in range(300):
        g = product_exercise(seed).code_givens
        assert g["A"] != g["B"]
        assert all(m[1] != 0 or m[2] != 0 for m in (g["A"], g["B"]))


def test_the_generators_are_found_by_lecture_id_in_play_order() -> None:
    assert generators_for("linear_algebra.transformations") == [image_exercise, product_exercise]


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_prompts_and_answers_are_sentences_for_the_practice_sheets(generator) -> None:
    for seed in range(50):
        ex = generator(seed)
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".") and ex.hint.endswith(".")

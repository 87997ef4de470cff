"""Exercise generators of the determinant lecture: answers against numpy and mlmath over many seeds, the
reference solution code computes the answer, the same seed gives the same exercise, the numbers are pleasant."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlmath import determinants
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.determinant import GENERATORS, area_exercise, product_exercise

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _matrix(i_lands: list[int], j_lands: list[int]) -> np.ndarray:
    return np.column_stack([i_lands, j_lands]).astype(float)


@given(SEEDS)
def test_the_area_answer_is_numpys_determinant_of_the_columns(seed: int) -> None:
    ex = area_exercise(seed)
    a = _matrix(ex.code_givens["i_lands"], ex.code_givens["j_lands"])
    (det,) = ex.answer
    assert det == pytest.approx(np.linalg.det(a), abs=1e-9)
    assert det == determinants.signed_area(a[:, 0], a[:, 1])


@given(SEEDS)
def test_the_area_exercise_says_flip_exactly_when_the_orientation_turns(seed: int) -> None:
    ex = area_exercise(seed)
    g = ex.code_givens
    flips = determinants.orientation(g["i_lands"], g["j_lands"]) < 0
    assert ("flips the plane over" in ex.answer_say) == flips
    assert ("orientation flipped" in ex.steps[-1].tex) == flips
    assert f"by {abs(ex.answer[0])} " in ex.answer_say


@given(SEEDS)
def test_the_product_answer_is_numpys_determinant_of_ab(seed: int) -> None:
    ex = product_exercise(seed)
    g = ex.code_givens
    a, b = _matrix(g["a1"], g["a2"]), _matrix(g["b1"], g["b2"])
    (det_ab,) = ex.answer
    assert det_ab == pytest.approx(np.linalg.det(a @ b), abs=1e-9)
    assert (det_ab, det_ab) == determinants.product_rule(a, b)


@given(SEEDS)
def test_the_product_exercise_multiplies_the_two_determinants_in_its_last_step(seed: int) -> None:
    ex = product_exercise(seed)
    g = ex.code_givens
    det_a = round(np.linalg.det(_matrix(g["a1"], g["a2"])))
    det_b = round(np.linalg.det(_matrix(g["b1"], g["b2"])))
    assert ex.steps[0].tex.endswith(f"= {det_a}") and ex.steps[1].tex.endswith(f"= {det_b}")
    assert ex.steps[-1].tex.endswith(f"= {det_a * det_b}") and det_a * det_b == ex.answer[0]


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 25


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_givens_are_small_integers_and_answers_small_non_zero_integers(generator) -> None:
    for seed in range(200):
        ex = generator(seed)
        givens = [x for v in ex.code_givens.values() for x in v]
        assert all(isinstance(x, int) and -2 <= x <= 3 for x in givens)
        (answer,) = ex.answer
        assert isinstance(answer, int) and 0 < abs(answer) <= 25
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".")
        assert all(step.say.endswith(".") for step in ex.steps) and 2 <= len(ex.steps) <= 5


def test_area_factors_are_at_least_two_so_the_picture_visibly_scales() -> None:
    assert {abs(area_exercise(s).answer[0]) for s in range(200)} <= set(range(2, 10))


def test_both_signs_occur_so_learners_meet_flips_and_non_flips() -> None:
    signs = {np.sign(area_exercise(s).answer[0]) for s in range(40)}
    assert signs == {-1, 1}


def test_the_lecture_lists_its_generators_in_play_order() -> None:
    assert generators_for("linear_algebra.determinant") == [area_exercise, product_exercise]


@pytest.mark.render
@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_every_tex_line_of_an_exercise_compiles(generator, tmp_path) -> None:
    from manim import MathTex, tempconfig

    for seed in (0, 1):
        ex = generator(seed)
        lines = [*ex.givens_tex, ex.ask_tex, *(s.tex for s in ex.steps), ex.answer_tex]
        with tempconfig({"media_dir": str(tmp_path), "tex_dir": str(tmp_path / "tex"), "verbosity": "ERROR"}):
            formula = MathTex(*[rf"{line} \\" for line in lines])
        assert len(formula.submobjects) == len(lines)

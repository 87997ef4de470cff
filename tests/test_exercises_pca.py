"""Exercise generators of the pca lecture: each answer against numpy and mlmath.pca over many seeds, the
reference solution computes the answer, the same seed gives the same exercise, and the numbers stay pleasant."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlmath import pca
from mlmath.exercises import generators_for
from mlmath.exercises.linear_algebra.pca import GENERATORS, covariance_exercise, reconstruction_exercise

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _np(values) -> np.ndarray:
    return np.asarray([float(x) for x in values])


@given(SEEDS)
def test_a_covariance_by_hand_matches_numpy_cov_and_mlmath(seed: int) -> None:
    ex = covariance_exercise(seed)
    x, y = np.array(ex.code_givens["x"], float), np.array(ex.code_givens["y"], float)
    c = np.cov(x, y)
    np.testing.assert_allclose(_np(ex.answer), [c[0, 0], c[0, 1], c[1, 1]], atol=1e-12)
    mine = pca.covariance_matrix(np.column_stack([x, y]))
    np.testing.assert_allclose(_np(ex.answer), [mine[0, 0], mine[0, 1], mine[1, 1]], atol=1e-12)


@given(SEEDS)
def test_a_covariance_by_hand_is_pleasant_and_draws_a_real_ellipse(seed: int) -> None:
    ex = covariance_exercise(seed)
    points = np.column_stack([ex.code_givens["x"], ex.code_givens["y"]])
    assert len(points) == 3
    assert np.all(pca.mean_vector(points) == np.round(pca.mean_vector(points))), "the mean is a whole point"
    assert all(Fraction(c).denominator in (1, 2) for c in ex.answer), "halves at most"
    cxx, cxy, cyy = ex.answer
    assert cxy != 0 and cxx * cyy - cxy * cxy > 0, "correlated, and not all on one line"


@given(SEEDS)
def test_keeping_one_component_matches_mlmath_projection_and_reconstruction(seed: int) -> None:
    ex = reconstruction_exercise(seed)
    g = ex.code_givens
    mu, w1, x = np.array(g["mu"], float), np.array(g["w"], float), np.array(g["x"], float)
    w = np.column_stack([w1, [-w1[1], w1[0]]])  # w1 and a unit vector at a right angle to it
    x_hat = pca.reconstruct([x], w, 1, mean=mu)[0]
    np.testing.assert_allclose(_np(ex.answer), x_hat, atol=1e-12)
    np.testing.assert_allclose(_np(ex.answer), mu + np.outer(w1, w1) @ (x - mu), atol=1e-12)
    z = pca.project([x], w, 1, mean=mu)[0, 0]
    assert z == pytest.approx(round(z), abs=1e-12) and round(z) != 0, "a whole, non-zero score"
    error = pca.reconstruction_error([x], w, 1, mean=mu)
    assert 0 < error < z * z, "a point off the line, but more along the component than across it"
    assert abs((x - x_hat) @ w1) < 1e-12
    assert f"the error, is {Fraction(error).limit_denominator(25)}." in ex.answer_say


@given(SEEDS)
def test_keeping_one_component_uses_a_unit_direction_in_fifths(seed: int) -> None:
    ex = reconstruction_exercise(seed)
    w1 = np.array(ex.code_givens["w"], float)
    assert np.linalg.norm(w1) == pytest.approx(1)
    assert np.max(w1) == np.max(np.abs(w1)), "oriented as the lecture's components: largest entry positive"
    assert all(Fraction(c).limit_denominator(100).denominator in (1, 5) for c in ex.answer)


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(2024) == generator(2024)
    assert len({generator(s).prompt for s in range(40)}) >= 30


@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_givens_are_small_integers_and_steps_are_sentences(generator) -> None:
    for seed in range(200):
        ex = generator(seed)
        givens = [x for value in ex.code_givens.values() for x in value]
        assert all(abs(x) <= 6 for x in givens), "small givens"
        assert ex.prompt.endswith(".") and ex.answer_say.endswith(".")
        assert 2 <= len(ex.steps) <= 5 and all(s.say.endswith(".") and s.tex for s in ex.steps)


def test_the_lecture_lists_its_generators_in_play_order() -> None:
    assert generators_for("linear_algebra.pca") == [covariance_exercise, reconstruction_exercise]


@pytest.mark.render
@pytest.mark.parametrize("generator", GENERATORS, ids=lambda g: g.__name__)
def test_every_tex_line_of_an_exercise_compiles(generator, tmp_path) -> None:
    from manim import MathTex, tempconfig

    for seed in (0, 1, 2):
        ex = generator(seed)
        lines = [*ex.givens_tex, ex.ask_tex, *(s.tex for s in ex.steps), ex.answer_tex]
        with tempconfig({"media_dir": str(tmp_path), "tex_dir": str(tmp_path / "tex"), "verbosity": "ERROR"}):
            formula = MathTex(*[rf"{line} \\" for line in lines])
        assert len(formula.submobjects) == len(lines)

"""Exercise generators: every answer checked by an independent route over many seeds; pleasant numbers;
the same seed always gives the same exercise; the notebook's reference solution computes the answer."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlmath import linalg
from mlmath.exercises import collect_generators, generators_for, tex_number, tex_sqrt, variant_seed
from mlmath.exercises.linear_algebra.dot_product import angle_exercise, projection_exercise
from mlmath.exercises.linear_algebra.vectors import combination_exercise, coordinates_exercise

GENERATORS = collect_generators("linear_algebra")
SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
ALL = [g for gens in GENERATORS.values() for g in gens]


def _np(values) -> np.ndarray:
    return np.asarray([float(x) for x in values])


@given(SEEDS)
def test_a_combination_matches_numpy(seed: int) -> None:
    ex = combination_exercise(seed)
    g = ex.code_givens
    expected = g["c1"] * np.array(g["v"]) + g["c2"] * np.array(g["w"])
    np.testing.assert_array_equal(_np(ex.answer), expected)
    np.testing.assert_allclose(_np(ex.answer), linalg.linear_combination([g["c1"], g["c2"]], [g["v"], g["w"]]))
    assert g["c1"] != 0 and g["c2"] != 0 and linalg.is_independent([g["v"], g["w"]])


@given(SEEDS)
def test_coordinates_in_a_basis_match_numpy_solve(seed: int) -> None:
    ex = coordinates_exercise(seed)
    g = ex.code_givens
    basis = np.column_stack([g["b1"], g["b2"]])
    np.testing.assert_allclose(_np(ex.answer), np.linalg.solve(basis, g["t"]), atol=1e-12)
    np.testing.assert_allclose(_np(ex.answer), linalg.coordinates_in_basis([g["b1"], g["b2"]], g["t"]), atol=1e-12)
    assert all(Fraction(c).denominator in (1, 2) for c in ex.answer), "pleasant by hand: halves at most"
    assert abs(round(np.linalg.det(basis))) in (1, 2)


@given(SEEDS)
def test_a_projection_matches_the_formula_and_its_residual_is_orthogonal(seed: int) -> None:
    ex = projection_exercise(seed)
    u, v = np.array(ex.code_givens["u"], float), np.array(ex.code_givens["v"], float)
    p = _np(ex.answer)
    np.testing.assert_allclose(p, linalg.project_onto_vector(v, u), atol=1e-12)
    np.testing.assert_allclose(p, np.outer(u, u) @ v / (u @ u), atol=1e-12)
    assert abs((v - p) @ u) < 1e-9
    assert all(int(u @ u) % Fraction(x).denominator == 0 for x in ex.answer), "denominators divide u . u"


@given(SEEDS)
def test_an_angle_matches_arccos_and_is_a_textbook_angle(seed: int) -> None:
    ex = angle_exercise(seed)
    u, v = np.array(ex.code_givens["u"], float), np.array(ex.code_givens["v"], float)
    degrees = np.degrees(np.arccos(u @ v / (np.linalg.norm(u) * np.linalg.norm(v))))
    assert ex.answer[0] in (45, 90, 135)
    assert abs(degrees - ex.answer[0]) < 1e-6
    assert abs(linalg.angle(u, v, degrees=True) - ex.answer[0]) < 1e-6


@pytest.mark.parametrize("generator", ALL, ids=lambda g: g.__name__)
@settings(max_examples=40)
@given(seed=SEEDS)
def test_the_reference_solution_code_computes_the_answer(generator, seed: int) -> None:
    ex = generator(seed)
    scope: dict[str, object] = {"np": np}
    for name, value in ex.code_givens.items():
        scope[name] = np.array(value) if isinstance(value, list) else value
    exec(ex.solution_code, scope)  # noqa: S102 - our own generated reference code
    np.testing.assert_allclose(np.atleast_1d(scope["answer"]), _np(ex.answer), atol=1e-9)


@pytest.mark.parametrize("generator", ALL, ids=lambda g: g.__name__)
def test_the_same_seed_gives_the_same_exercise_and_seeds_vary_it(generator) -> None:
    assert generator(123) == generator(123)
    assert len({generator(s).prompt for s in range(40)}) >= 20


@pytest.mark.parametrize("generator", ALL, ids=lambda g: g.__name__)
def test_prompts_and_steps_are_complete_sentences_with_small_numbers(generator) -> None:
    for seed in range(50):
        ex = generator(seed)
        assert ex.title and ex.prompt.endswith(".") and ex.answer_say.endswith(".")
        assert 2 <= len(ex.steps) <= 5 and all(s.say.endswith(".") and s.tex for s in ex.steps)
        givens = [x for value in ex.code_givens.values() for x in (value if isinstance(value, list) else [value])]
        assert all(abs(x) <= 12 for x in givens), "givens are small numbers"
        assert all(abs(Fraction(x)) <= 180 for x in ex.answer)
        assert ex.lecture in GENERATORS and generator in GENERATORS[ex.lecture]


def test_generators_are_found_by_lecture_id() -> None:
    assert generators_for("linear_algebra.vectors") == [combination_exercise, coordinates_exercise]
    assert generators_for("linear_algebra.nosuch") == []
    assert generators_for("nosuch_module.lecture") == []


def test_variant_seeds_are_stable_and_distinct() -> None:
    assert variant_seed(7, "m.l", 1, 0) == variant_seed(7, "m.l", 1, 0)
    seeds = {variant_seed(7, "m.l", i, k) for i in range(1, 3) for k in range(10)}
    assert len(seeds) == 20


def test_exact_numbers_are_written_as_by_hand() -> None:
    assert [tex_number(x) for x in (3, Fraction(-1, 2), Fraction(6, 3))] == ["3", r"-\tfrac{1}{2}", "2"]
    assert [tex_sqrt(n) for n in (0, 1, 4, 5, 8, 12, 50)] == ["0", "1", "2", r"\sqrt{5}", r"2\sqrt{2}",
                                                               r"2\sqrt{3}", r"5\sqrt{2}"]
    with pytest.raises(ValueError, match="negative"):
        tex_sqrt(-1)


@pytest.mark.render
@pytest.mark.parametrize("generator", ALL, ids=lambda g: g.__name__)
def test_every_tex_line_of_an_exercise_compiles(generator, tmp_path) -> None:
    from manim import MathTex, tempconfig

    for seed in (0, 1, 2):
        ex = generator(seed)
        lines = [*ex.givens_tex, ex.ask_tex, *(s.tex for s in ex.steps), ex.answer_tex]
        with tempconfig({"media_dir": str(tmp_path), "tex_dir": str(tmp_path / "tex"), "verbosity": "ERROR"}):
            formula = MathTex(*[rf"{line} \\" for line in lines])
        assert len(formula.submobjects) == len(lines)

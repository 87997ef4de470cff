"""Exercises that close the ``linear_algebra.change_of_basis`` lecture: numbers from ``mlmath.exercises``, a fixed
seed each, drawn with the lecture's colours (basis vectors green and red, v yellow, projections sky blue)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manim import *

from mlmath.bases import gram_schmidt_steps
from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.change_of_basis import gram_schmidt_exercise, new_coordinates_exercise
from mlmath.linalg import linear_combination
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import VectorPlane
from scenes.kit.theme import THEME

COORDINATES_SEED = 20  # b1 = (2, 1), b2 = (1, 2), v = (-1, 1): det 3, so P^-1 has thirds; c = (-1, 1)
GRAM_SCHMIDT_SEED = 0  # a1 = (-4, 3), a2 = (-1, 2): a2 . q1 = 2, and w2 is already of length one

S = THEME.symbols
LABEL = 30


def plane_around(points: Sequence[Sequence[float]], width: float = 5.4, height: float = 5.0) -> VectorPlane:
    """The smallest whole-unit plane holding ``points`` (and the origin) with a unit of margin, scaled to fit."""
    xs, ys = [0.0] + [float(p[0]) for p in points], [0.0] + [float(p[1]) for p in points]
    x_range = (int(np.floor(min(xs))) - 1, int(np.ceil(max(xs))) + 1, 1)
    y_range = (int(np.floor(min(ys))) - 1, int(np.ceil(max(ys))) + 1, 1)
    unit = min(width / (x_range[1] - x_range[0]), height / (y_range[1] - y_range[0]), 0.9)
    return VectorPlane(x_range=x_range, y_range=y_range, unit=unit)


class FindCoordinatesWithPInverse(ExerciseScene):
    """Find a vector's coordinates in a new basis by inverting P, then walk them along b1 and b2."""

    TITLE = "Exercise: coordinates in a new basis"
    GENERATOR = staticmethod(new_coordinates_exercise)
    SEED = COORDINATES_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g, c = exercise.code_givens, exercise.answer_floats
        self.legs = linear_combination((c[0],), (g["b1"],)), g["v"]
        self.plane = plane_around([g["b1"], g["b2"], g["v"], self.legs[0]])
        return VGroup(
            self.plane,
            self.plane.vector(g["b1"], "b_1", S.basis_i, label_size=LABEL),
            self.plane.vector(g["b2"], "b_2", S.basis_j, label_size=LABEL),
            self.plane.vector(g["v"], "v", S.vector, label_size=LABEL),
        )

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        first, tip = self.legs
        return Succession(GrowArrow(self.plane.arrow(None, first, S.basis_i)),
                          GrowArrow(self.plane.arrow(first, tip, S.basis_j)))


class TakeAGramSchmidtStep(ExerciseScene):
    """Take one Gram-Schmidt step by hand: normalise, subtract the projection, normalise again."""

    TITLE = "Exercise: one Gram-Schmidt step"
    GENERATOR = staticmethod(gram_schmidt_exercise)
    SEED = GRAM_SCHMIDT_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        self.steps = gram_schmidt_steps([g["a1"], g["a2"]])
        self.plane = plane_around([g["a1"], g["a2"], self.steps[1].projections[0]])
        return VGroup(
            self.plane,
            self.plane.vector(g["a1"], "a_1", S.vector, label_size=LABEL),
            self.plane.vector(g["a2"], "a_2", S.vector_b, label_size=LABEL),
        )

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        first, second = self.steps
        p, foot = self.plane, second.projections[0]
        # The unit vectors q1 and q2 are drawn above the projection and w2, which may cover them.
        return Succession(
            GrowArrow(p.arrow(None, first.unit, S.basis_i).set_z_index(2)),
            AnimationGroup(Create(DashedLine(p.point(second.vector), p.point(foot), color=THEME.muted)),
                           GrowArrow(p.arrow(None, foot, S.projection).set_stroke(width=9))),
            GrowArrow(p.arrow(None, second.residual, S.result).set_stroke(width=9)),
            GrowArrow(p.arrow(None, second.unit, S.basis_j).set_z_index(2)),
        )

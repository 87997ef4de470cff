"""Exercises that close the ``linear_algebra.vectors`` lecture: numbers from ``mlmath.exercises``, a fixed seed
each, drawn with the lecture's colours (v yellow, w orange, results violet)."""

from __future__ import annotations

from manim import *

from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.vectors import combination_exercise, coordinates_exercise
from mlmath.linalg import linear_combination
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import VectorPlane
from scenes.kit.theme import THEME

COMBINATION_SEED = 60  # v = (-1, 1), w = (0, -1): small enough to draw on one plane
COORDINATES_SEED = 69  # a basis whose coordinates come out as a half and a whole

S = THEME.symbols


class TipToTailExercise(ExerciseScene):
    """Shared picture: two vectors a and b on a plane; the answer walks c1 a, then c2 b, tip to tail."""

    NAMES = ("v", "w")
    TARGET: str | None = None  # a given drawn as a labelled point the answer must reach
    X_RANGE = (-4, 3, 1)
    Y_RANGE = (-3, 3, 1)

    def parts(self, exercise: Exercise) -> tuple[list[int], list[int], list[float]]:
        """The two drawn vectors and the coefficients that combine them (from the exercise)."""
        raise NotImplementedError

    def make_picture(self, exercise: Exercise) -> Mobject:
        a, b, _ = self.parts(exercise)
        self.plane = VectorPlane(x_range=self.X_RANGE, y_range=self.Y_RANGE, unit=0.72)
        first, second = self.NAMES
        picture = VGroup(
            self.plane,
            self.plane.vector(a, first, S.vector, label_size=30),
            self.plane.vector(b, second, S.vector_b, label_size=30),
        )
        if self.TARGET:
            target = self.plane.point(exercise.code_givens[self.TARGET])
            dot = Dot(target, color=S.result, radius=0.08)
            picture.add(dot, MathTex(self.TARGET, color=S.result, font_size=30).next_to(dot, RIGHT, buff=0.12))
        return picture

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        a, b, coeffs = self.parts(exercise)
        leg = linear_combination([coeffs[0]], [a])
        tip = linear_combination(coeffs, [a, b])
        plane = self.plane
        return Succession(
            GrowArrow(plane.arrow(None, leg, S.vector)),
            GrowArrow(plane.arrow(leg, tip, S.vector_b)),
            GrowArrow(plane.arrow(None, tip, S.result)),
        )


class CombineTwoVectors(TipToTailExercise):
    """Compute a linear combination by hand, then see it drawn tip to tail."""

    TITLE = "Exercise: a linear combination"
    GENERATOR = staticmethod(combination_exercise)
    SEED = COMBINATION_SEED
    X_RANGE = (-4, 2, 1)
    Y_RANGE = (-2, 4, 1)

    def parts(self, exercise):
        g = exercise.code_givens
        return g["v"], g["w"], [g["c1"], g["c2"]]


class FindCoordinatesInABasis(TipToTailExercise):
    """Find a vector's coordinates in a basis by solving two equations."""

    TITLE = "Exercise: coordinates in a basis"
    GENERATOR = staticmethod(coordinates_exercise)
    SEED = COORDINATES_SEED
    NAMES = ("b_1", "b_2")
    TARGET = "t"
    X_RANGE = (-3, 3, 1)
    Y_RANGE = (-4, 3, 1)

    def parts(self, exercise):
        g = exercise.code_givens
        return g["b1"], g["b2"], [float(c) for c in exercise.answer]

"""Exercises that close the ``linear_algebra.dot_product`` lecture: numbers from ``mlmath.exercises``, a fixed
seed each, drawn with the lecture's colours (u orange, v yellow, the projection sky blue)."""

from __future__ import annotations

from manim import *

from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.dot_product import angle_exercise, projection_exercise
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import VectorPlane, angle_mark
from scenes.kit.theme import THEME

PROJECTION_SEED = 10  # u = (1, -2), v = (3, 3): the shadow comes out in fifths
ANGLE_SEED = 17  # u = (0, 2), v = (-2, -2): an obtuse angle

S = THEME.symbols


class UVExercise(ExerciseScene):
    """Shared picture: u and v from the origin of a small plane."""

    X_RANGE = (-3, 4, 1)
    Y_RANGE = (-3, 4, 1)

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        self.plane = VectorPlane(x_range=self.X_RANGE, y_range=self.Y_RANGE, unit=0.68)
        return VGroup(
            self.plane,
            self.plane.vector(g["u"], "u", S.vector_b, label_size=30),
            self.plane.vector(g["v"], "v", S.vector, label_size=30),
        )


class ProjectOntoALine(UVExercise):
    """Project a vector onto a line by hand, then see the shadow drop."""

    TITLE = "Exercise: project onto a line"
    GENERATOR = staticmethod(projection_exercise)
    SEED = PROJECTION_SEED

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        p = [float(x) for x in exercise.answer]
        drop = DashedLine(self.plane.point(exercise.code_givens["v"]), self.plane.point(p), color=THEME.muted)
        return Succession(Create(drop), GrowArrow(self.plane.arrow(None, p, S.projection)))


class FindTheAngle(UVExercise):
    """Find the angle between two vectors from their dot product and lengths."""

    TITLE = "Exercise: the angle between two vectors"
    GENERATOR = staticmethod(angle_exercise)
    SEED = ANGLE_SEED

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        g = exercise.code_givens
        return Create(angle_mark(self.plane, g["u"], g["v"]))

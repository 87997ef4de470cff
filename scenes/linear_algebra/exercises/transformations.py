"""Exercises that close the ``linear_algebra.transformations`` lecture: numbers from ``mlmath.exercises``, a fixed
seed each, drawn with the lecture's colours (where i-hat lands green, where j-hat lands red, the image violet)."""

from __future__ import annotations

from manim import *

from mlmath import matrices as mx
from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.transformations import image_exercise, product_exercise
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import VectorPlane
from scenes.kit.theme import THEME

IMAGE_SEED = 27  # i-hat -> (1, 3), j-hat -> (-2, 3), v = (1, -1): one column forwards, one backwards
PRODUCT_SEED = 37  # B is the lecture's shear; AB and BA differ

S = THEME.symbols


class SendAVectorThroughAMatrix(ExerciseScene):
    """Find where a matrix sends a vector by combining its columns, then see the combination drawn."""

    TITLE = "Exercise: where a matrix sends a vector"
    GENERATOR = staticmethod(image_exercise)
    SEED = IMAGE_SEED
    X_RANGE = (-3, 4, 1)
    Y_RANGE = (-1, 4, 1)

    def columns_of(self, exercise: Exercise) -> list[list[int]]:
        """The matrix A, built from where the exercise says i-hat and j-hat land (its columns)."""
        g = exercise.code_givens
        return [[g["i_lands"][0], g["j_lands"][0]], [g["i_lands"][1], g["j_lands"][1]]]

    def make_picture(self, exercise: Exercise) -> Mobject:
        i_lands, j_lands = mx.basis_images(self.columns_of(exercise))
        self.plane = VectorPlane(x_range=self.X_RANGE, y_range=self.Y_RANGE, unit=0.72)
        return VGroup(
            self.plane,
            self.plane.vector(i_lands, r"A\hat{\imath}", S.basis_i, label_size=30),
            self.plane.vector(j_lands, r"A\hat{\jmath}", S.basis_j, label_size=30),
        )

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        a, v = self.columns_of(exercise), exercise.code_givens["v"]
        x_part, _ = mx.image_terms(a, v)
        image = mx.image_of(a, v)
        plane = self.plane
        return Succession(
            GrowArrow(plane.arrow(None, x_part, S.basis_i)),
            GrowArrow(plane.arrow(x_part, image, S.basis_j)),
            GrowArrow(plane.arrow(None, image, S.result)),
        )


class MultiplyInBothOrders(ExerciseScene):
    """Multiply two matrices row by column in both orders, and decide whether the order matters."""

    TITLE = "Exercise: a product in both orders"
    GENERATOR = staticmethod(product_exercise)
    SEED = PRODUCT_SEED

"""Exercises that close the ``linear_algebra.determinant`` lecture: numbers from ``mlmath.exercises``, a fixed seed
each, drawn with the lecture's colours (i-hat green, j-hat red, the unit square yellow, the turning arrow white)."""

from __future__ import annotations

import numpy as np
from manim import *

from mlmath.determinants import determinant, matrix_product, parallelogram, signed_area
from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.determinant import area_exercise, product_exercise
from scenes.kit.exercise import ExerciseScene
from scenes.kit.fmt import fmt
from scenes.kit.mobjects import VectorPlane, tex
from scenes.kit.theme import THEME

AREA_SEED = 33  # i-hat -> (1, 1), j-hat -> (2, -1): areas triple and the plane flips
PRODUCT_SEED = 33  # det A = -3, det B = 2: a flip times a stretch
I_HAT, J_HAT = (1, 0), (0, 1)  # the unit square's sides, before the map

S = THEME.symbols


class FindTheAreaFactor(ExerciseScene):
    """Compute a 2x2 determinant by ad - bc, and read its size as the area factor and its sign as a flip."""

    TITLE = "Exercise: area factor and orientation"
    GENERATOR = staticmethod(area_exercise)
    SEED = AREA_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        corners = np.vstack([parallelogram(g["i_lands"], g["j_lands"]), parallelogram(I_HAT, J_HAT)])
        low, high = np.floor(corners.min(axis=0)) - 1, np.ceil(corners.max(axis=0)) + 1
        unit = min(5.4 / (high[0] - low[0]), 5.0 / (high[1] - low[1]), 0.9)
        self.plane = VectorPlane(x_range=(low[0], high[0], 1), y_range=(low[1], high[1], 1), unit=unit)
        o = self.plane.point((0, 0))
        self.square = Polygon(*[self.plane.point(c) for c in parallelogram(I_HAT, J_HAT)], color=S.highlight,
                              fill_opacity=0.35, stroke_width=2)
        self.turn = Arc(radius=0.5 * unit, start_angle=0.25, angle=PI / 2 - 0.5, arc_center=o, color=THEME.text,
                        stroke_width=3).add_tip(tip_length=0.14, tip_width=0.14)
        self.i_hat, self.j_hat = self.plane.arrow(None, I_HAT, S.basis_i), self.plane.arrow(None, J_HAT, S.basis_j)
        return VGroup(self.plane, self.square, self.turn, self.i_hat, self.j_hat)

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        g = exercise.code_givens
        i, j = g["i_lands"], g["j_lands"]
        m = [[i[0], j[0]], [i[1], j[1]]]
        o = self.plane.point((0, 0))
        return AnimationGroup(ApplyMatrix(m, self.square, about_point=o, run_time=1),  # in step with the arrows
                              ApplyMatrix(m, self.turn, about_point=o, run_time=1),
                              Transform(self.i_hat, self.plane.arrow(None, i, S.basis_i)),
                              Transform(self.j_hat, self.plane.arrow(None, j, S.basis_j)))


class MultiplyTheDeterminants(ExerciseScene):
    """Find det(AB) as det A times det B, and check it the long way."""

    TITLE = "Exercise: the determinant of a product"
    GENERATOR = staticmethod(product_exercise)
    SEED = PRODUCT_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        """The unit square, its image under B, and under A after B: each labelled with its area, the last two
        left as questions until the answer."""
        g = exercise.code_givens
        self.maps = (np.column_stack([g["b1"], g["b2"]]), matrix_product(np.column_stack([g["a1"], g["a2"]]),
                                                                         np.column_stack([g["b1"], g["b2"]])))
        square = Polygon(*[np.append(c, 0) for c in parallelogram(I_HAT, J_HAT)], color=S.highlight,
                         fill_opacity=0.35, stroke_width=2)
        shapes = [square] + [square.copy().apply_matrix(m) for m in self.maps]
        for shape in shapes:  # each drawn to fit the same box: the labels, not the sizes, carry the areas
            shape.scale(min(2.3 / shape.width, 1.1 / shape.height))
        steps = [VGroup(Arrow(UP, DOWN, color=THEME.muted, buff=0).scale(0.4), tex(name, size=34))
                 .arrange(LEFT, buff=0.2) for name in ("B", "A")]
        chain = VGroup(shapes[0], steps[0], shapes[1], steps[1], shapes[2]).arrange(DOWN, buff=0.25)
        for step in steps:
            step.shift((chain.get_x() - step[0].get_x()) * RIGHT)
        self.areas = [tex(rf"\text{{area}} = {fmt(signed_area(I_HAT, J_HAT))}", size=34)]
        self.names = (r"\det B", r"\det(AB)")
        self.areas += [tex(rf"{name} = \;?", size=34) for name in self.names]
        room = Rectangle(width=2.8, height=chain.height, stroke_opacity=0).next_to(chain, RIGHT, buff=0.3)
        for label, shape in zip(self.areas, shapes, strict=True):  # room for the widest answer label
            label.align_to(room, LEFT).set_y(shape.get_y())
        return VGroup(chain, room, *self.areas)

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        found = [tex(rf"{name} = {fmt(determinant(m))}", size=34).move_to(old, LEFT)
                 for name, m, old in zip(self.names, self.maps, self.areas[1:], strict=True)]
        return AnimationGroup(*[ReplacementTransform(old, new) for old, new in zip(self.areas[1:], found,
                                                                                    strict=True)])

"""Exercises that close the ``linear_algebra.linear_systems`` lecture: numbers from ``mlmath.exercises``, a fixed
seed each, drawn in the lecture's visual language (the two equations as yellow and orange lines meeting at a
violet point; a matrix as the map that sends the unit square to a parallelogram, i-hat green, j-hat red)."""

from __future__ import annotations

from collections.abc import Sequence

from manim import *

from mlmath.elimination import line_endpoints
from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.linear_systems import elimination_exercise, inverse_exercise
from mlmath.linalg import linear_combination
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import VectorPlane
from scenes.kit.theme import THEME

ELIMINATION_SEED = 21  # x - 2y = -4, 2x + 3y = -1: one subtraction, then y = 1 and x = -2
INVERSE_SEED = 3  # rows (1, 3), (1, 1): the determinant is -2, so the inverse has halves

I_HAT, J_HAT = (1, 0), (0, 1)  # where the inverse sends the drawn columns back to
S = THEME.symbols
PICTURE_SIZE = 5.2  # the picture's longer side, in scene units


def equation_line(plane: VectorPlane, row: Sequence[float], color: str, width: float = 5,
                  dashed: bool = False) -> VMobject:
    """The points (x, y) that satisfy one equation ``row = (a, b, c)``, cut to the plane: the picture of an equation
    in this lecture and its exercises (the second equation dashed, so that it shows on top of the first)."""
    ends = line_endpoints(row[:2], row[2], tuple(plane.x_range[:2]), tuple(plane.y_range[:2]))
    if ends is None:
        return VectorizedPoint(plane.get_origin())
    return (DashedLine if dashed else Line)(plane.point(ends[0]), plane.point(ends[1]), color=color, stroke_width=width)


def fitted_plane(points: list, margin: float = 1.0) -> VectorPlane:
    """A plane whose integer ranges hold ``points`` with a margin, scaled to the picture size."""
    xs, ys = [0.0] + [float(p[0]) for p in points], [0.0] + [float(p[1]) for p in points]
    x_range = (int(np.floor(min(xs) - margin)), int(np.ceil(max(xs) + margin)), 1)
    y_range = (int(np.floor(min(ys) - margin)), int(np.ceil(max(ys) + margin)), 1)
    unit = PICTURE_SIZE / max(x_range[1] - x_range[0], y_range[1] - y_range[0])
    return VectorPlane(x_range=x_range, y_range=y_range, unit=unit)


class SolveATwoByTwoSystem(ExerciseScene):
    """Solve two equations in two unknowns by elimination, then see the point where their lines cross."""

    TITLE = "Exercise: solve by elimination"
    GENERATOR = staticmethod(elimination_exercise)
    SEED = ELIMINATION_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        self.plane = fitted_plane([exercise.answer], margin=2.0)
        rows = [(*g["row1"], g["b"][0]), (*g["row2"], g["b"][1])]
        lines = VGroup(*[equation_line(self.plane, row, color, dashed=k == 1)
                         for k, (row, color) in enumerate(zip(rows, (S.vector, S.vector_b), strict=True))])
        return VGroup(self.plane, lines)

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        return GrowFromCenter(Dot(self.plane.point(exercise.answer), color=S.result, radius=0.11).set_z_index(2))


class InvertATwoByTwoMatrix(ExerciseScene):
    """Invert a 2x2 matrix by Gauss-Jordan, then watch the inverse undo the map."""

    TITLE = "Exercise: invert a matrix"
    GENERATOR = staticmethod(inverse_exercise)
    SEED = INVERSE_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        self.cols = [(g["row1"][k], g["row2"][k]) for k in range(2)]  # where i-hat and j-hat land
        corners = [(0, 0), self.cols[0], linear_combination((1, 1), self.cols), self.cols[1]]
        self.plane = fitted_plane(corners)
        self.shape = Polygon(*[self.plane.point(c) for c in corners], stroke_color=S.highlight,
                             fill_color=S.highlight, fill_opacity=0.3)
        self.arrows = VGroup(*[self.arrow(c, color) for c, color in zip(self.cols, (S.basis_i, S.basis_j),
                                                                         strict=True)])
        return VGroup(self.plane, self.shape, self.arrows)

    def arrow(self, tip, color: str) -> Arrow:
        return Arrow(self.plane.get_origin(),
                     self.plane.point(tip), buff=0, color=color, stroke_width=6)

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        """The inverse map sends the parallelogram back to the unit square, and the columns back to i-hat, j-hat."""
        inverse = [[float(exercise.answer[0]), float(exercise.answer[1])],
                   [float(exercise.answer[2]), float(exercise.answer[3])]]
        back = [Transform(a, self.arrow(v, a.get_color())) for a, v in zip(self.arrows, (I_HAT, J_HAT), strict=True)]
        return AnimationGroup(ApplyMatrix(inverse, self.shape, about_point=self.plane.get_origin()), *back,
                              run_time=2)

"""Exercises that close the ``linear_algebra.pca`` lecture: numbers from ``mlmath.exercises``, a fixed seed each,
drawn with the lecture's colours (data points yellow, the mean violet, components and ellipses teal, the
reconstruction sky blue, the lost part violet)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manim import *

from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.pca import covariance_exercise, reconstruction_exercise
from mlmath.linalg import covariance_ellipse, dot, linear_combination
from mlmath.pca import mean_vector
from scenes.kit.exercise import ExerciseScene
from scenes.kit.mobjects import CovarianceEllipse, VectorPlane
from scenes.kit.theme import THEME

COVARIANCE_SEED = 0  # (1, -1), (2, 0), (3, 4): strongly correlated, a covariance of five halves
RECONSTRUCTION_SEED = 28  # a score of two along (3/5, 4/5), the lost part one unit across
ELLIPSE_STD = 1  # the answer's ellipse is drawn one standard deviation out

S = THEME.symbols


def labelled_dot(plane: VectorPlane, p: Sequence[float], label: str, color: str,
                 direction: Sequence[float] = UR) -> VGroup:
    """A dot at plane point ``p`` with a TeX label beside it, on the side ``direction``."""
    dot = Dot(plane.point(p), radius=0.08, color=color)
    name = MathTex(label, color=color, font_size=30).next_to(dot, np.array([*direction[:2], 0]), buff=0.08)
    return VGroup(dot, name.set_stroke(THEME.background, width=5, background=True)).set_z_index(3)


class PlaneAroundMean(ExerciseScene):
    """Shared picture: a square plane centred on the exercise's mean, just big enough for its points."""

    def make_plane(self, mean: Sequence[float], points: Sequence[Sequence[float]]) -> VectorPlane:
        mx, my = (round(float(m)) for m in mean)
        half = max(2, *(round(abs(float(p[k]) - c)) + 1 for p in points for k, c in enumerate((mx, my))))
        self.plane = VectorPlane(x_range=(mx - half, mx + half, 1), y_range=(my - half, my + half, 1),
                                 unit=5.2 / (2 * half))
        return self.plane


class FindACovarianceByHand(PlaneAroundMean):
    """Compute the covariance matrix of three points by hand, then see its ellipse."""

    TITLE = "Exercise: a covariance matrix"
    GENERATOR = staticmethod(covariance_exercise)
    SEED = COVARIANCE_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        points = list(zip(g["x"], g["y"], strict=True))
        self.mean = mean_vector(points)
        plane = self.make_plane(self.mean, points)
        return VGroup(plane, *[labelled_dot(plane, p, f"x_{k + 1}", S.vector, LEFT) for k, p in enumerate(points)])

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        cxx, cxy, cyy = (float(c) for c in exercise.answer)
        shape = CovarianceEllipse(self.plane, self.mean, covariance_ellipse(((cxx, cxy), (cxy, cyy)), ELLIPSE_STD))
        return Succession(FadeIn(labelled_dot(self.plane, self.mean, r"\mu", S.result, RIGHT), scale=0.5),
                          Create(shape))


class ReconstructAPoint(PlaneAroundMean):
    """Keep one component: score a point, reconstruct it, and see the lost part."""

    TITLE = "Exercise: keep one component"
    GENERATOR = staticmethod(reconstruction_exercise)
    SEED = RECONSTRUCTION_SEED

    def make_picture(self, exercise: Exercise) -> Mobject:
        g = exercise.code_givens
        mu, w, x = g["mu"], g["w"], g["x"]
        plane = self.make_plane(mu, [x])
        self.away = (-w[1], w[0])  # the side of the component's line away from x, for labels
        if dot(linear_combination((1, -1), (x, mu)), self.away) > 0:
            self.away = (w[1], -w[0])
        reach = (plane.x_range[1] - plane.x_range[0]) / 2
        ends = [plane.point(linear_combination((1, s), (mu, w))) for s in (-reach, reach)]
        return VGroup(
            plane,
            Line(*ends, color=S.eigen, stroke_width=3),
            plane.vector(w, "w_1", S.eigen, start=mu, label_size=30, label_direction=np.array([*self.away, 0])),
            labelled_dot(plane, mu, r"\mu", S.result, self.away),
            labelled_dot(plane, x, "x", S.vector, [-c for c in self.away]),
        )

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        x_hat = [float(c) for c in exercise.answer]
        gap = Line(self.plane.point(exercise.code_givens["x"]), self.plane.point(x_hat), color=S.result,
                   stroke_width=5)
        return Succession(FadeIn(labelled_dot(self.plane, x_hat, r"\hat{x}", S.projection, self.away), scale=0.5),
                          Create(gap))

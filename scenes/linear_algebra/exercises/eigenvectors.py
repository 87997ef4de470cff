"""Exercises that close the ``linear_algebra.eigenvectors`` lecture: numbers from ``mlmath.exercises``, a fixed
seed each, drawn in the lecture's colours (where i-hat and j-hat land green and red, eigen-directions teal)."""

from __future__ import annotations

from collections.abc import Sequence

from manim import *

from mlmath import eigen
from mlmath.exercises import Exercise
from mlmath.exercises.linear_algebra.eigenvectors import eigenvalues_exercise, eigenvector_exercise
from scenes.kit.exercise import ExerciseScene
from scenes.kit.fmt import fmt
from scenes.kit.mobjects import VectorPlane
from scenes.kit.theme import THEME

EIGENVALUES_SEED = 97  # A = [[2, -2], [-1, 3]]: eigenvalues 4 and 1 along well-separated lines
EIGENVECTOR_SEED = 41  # A = [[-1, 2], [1, 0]], lambda = -2: v = (1, -1/2) is flipped and doubled

S = THEME.symbols


class ColumnsPicture(ExerciseScene):
    """Shared picture: where A sends i-hat and j-hat (its columns), on a small plane."""

    X_RANGE = (-3, 3, 1)
    Y_RANGE = (-2, 3, 1)

    def matrix_of(self, exercise: Exercise) -> tuple[tuple[float, float], tuple[float, float]]:
        g = exercise.code_givens
        return tuple(g["row1"]), tuple(g["row2"])  # type: ignore[return-value]

    def make_picture(self, exercise: Exercise) -> Mobject:
        a = self.matrix_of(exercise)
        self.plane = VectorPlane(x_range=self.X_RANGE, y_range=self.Y_RANGE, unit=0.8)
        columns = [eigen.image(a, e) for e in ((1, 0), (0, 1))]
        return VGroup(
            self.plane,
            self.plane.vector(columns[0], r"A\hat{\imath}", S.basis_i, label_size=28),
            self.plane.vector(columns[1], r"A\hat{\jmath}", S.basis_j, label_size=28),
        )

    def eigen_line(self, direction: Sequence[float], label: str | None = None) -> VGroup:
        """The line through the origin along ``direction``, clipped to the plane, with an optional label beside
        its upper end."""
        ranges = (self.X_RANGE, self.Y_RANGE)
        reach = min(min(r[1], -r[0]) / abs(d) for r, d in zip(ranges, direction, strict=True) if abs(d) > 1e-9)
        ends = sorted([self.plane.point((s * reach * direction[0], s * reach * direction[1])) for s in (-1, 1)],
                      key=lambda p: p[1])
        line = Line(*ends, color=S.eigen, stroke_width=4, stroke_opacity=0.8)
        group = VGroup(line)
        if label:
            along = line.get_unit_vector()
            side = np.array([along[1], -along[0], 0.0])  # layout: a quarter turn from the line ...
            side = side if side[1] < 0 else -side  # ... on its lower side
            tag = MathTex(label, color=S.eigen, font_size=28)
            group.add(tag.next_to(line.point_from_proportion(0.85), side, buff=0.15))
        return group


class FindEigenvaluesFromTraceAndDeterminant(ColumnsPicture):
    """Find a 2x2 matrix's eigenvalues from its trace and determinant, then see its two eigen-lines."""

    TITLE = "Exercise: eigenvalues from trace and determinant"
    GENERATOR = staticmethod(eigenvalues_exercise)
    SEED = EIGENVALUES_SEED

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        values, vectors = eigen.eigenpairs(self.matrix_of(exercise))
        lines = [self.eigen_line(eigen.simplest_direction(vectors[:, k]), rf"\lambda = {fmt(lam)}")
                 for k, lam in enumerate(values)]
        return Succession(*[AnimationGroup(Create(line[0]), FadeIn(line[1])) for line in lines])


class FindAnEigenvectorForAnEigenvalue(ColumnsPicture):
    """Find an eigenvector for a given eigenvalue by solving (A - lambda I) v = 0, then see A only scale it."""

    TITLE = "Exercise: an eigenvector for an eigenvalue"
    GENERATOR = staticmethod(eigenvector_exercise)
    SEED = EIGENVECTOR_SEED
    Y_RANGE = (-2, 2, 1)

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation:
        v = [float(x) for x in exercise.answer]
        av = eigen.image(self.matrix_of(exercise), v)
        arrow_v = self.plane.vector(v, "v", S.eigen, label_size=30, label_direction=UP)
        arrow_av = self.plane.vector(av, r"A v", S.result, label_size=30, label_direction=UP)
        columns = picture[1:]
        step_back = AnimationGroup(*[c.arrow.animate.set_opacity(0.25) for c in columns],
                                   *[FadeOut(c.label) for c in columns])
        return Succession(step_back, Create(self.eigen_line(v)), arrow_v.make_grow_animation(),
                          arrow_av.make_grow_animation())

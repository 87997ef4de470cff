"""Linear Algebra, lecture 7: eigenvalues and eigenvectors, the eigenbasis, powers of a matrix, power iteration.

Render one shot with ``manim -pql scenes/linear_algebra/eigenvectors.py FindVectorsThatStayOnTheirLine``;
``SCENES`` gives the order. Every number on screen comes from ``mlmath.eigen`` (or ``mlmath.linalg``) and is
written with ``scenes.kit.fmt``; positions here are layout only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manim import *

from mlmath import eigen
from mlmath.linalg import covariance_ellipse, linear_combination
from scenes.kit.base import LectureScene, below_title, bullet_list, text
from scenes.kit.fmt import fmt, signed, tex_column
from scenes.kit.mobjects import CovarianceEllipse, Panel, TransformGrid, VectorPlane, matrix, tex
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.eigenvectors import (
    FindAnEigenvectorForAnEigenvalue,
    FindEigenvaluesFromTraceAndDeterminant,
)

# -- The givens of the lecture -------------------------------------------------------------------------------
A = ((1, 1), (0.5, 1.5))  # the lecture's matrix (rows): it stretches one line and squashes another
W = (-1, 2)  # a vector that A knocks off its line
ROTATION = ((0, -1), (1, 0))  # a quarter turn: no real eigenvector
SHEAR = ((1, 1), (0, 1))  # a shear: a repeated eigenvalue and a single eigen-line
SPOKES = ((2, 0), (1, 2), (-2, 1))  # vectors the rotation turns
X = (3, 0)  # the vector we power up through the eigenbasis
POWERS = (1, 2)  # the powers drawn ...
FAR_POWER = 10  # ... and one far along, in numbers only
X0 = (-1, 1)  # where power iteration starts
STEPS = 5  # power-iteration steps shown
RHS = 0  # the zero on the right of (A - lambda I) v = 0 and det(A - lambda I) = 0
COV = ((2.0, 1.2), (1.2, 1.0))  # a data covariance: PCA's axes are its eigenvectors
LINKS = ((0, 0, 0.5, 1), (0.5, 0, 0, 0), (0.5, 1, 0, 0), (0, 0, 0.5, 0))  # four web pages' link matrix

DISCRIMINANT = r"\operatorname{tr}(A)^2 - 4 \det(A)"  # a formula (its four is the quadratic formula's, not a result)

S = THEME.symbols
ZERO = fmt(RHS)


# -- Small builders shared by the shots ----------------------------------------------------------------------
def span_line(plane: VectorPlane, v: Sequence[float], color: str, clip: Mobject | None = None,
              width: float = 3) -> Line:
    """The line through the origin along ``v``, clipped to ``clip``'s box (by default the safe area)."""
    lo = clip.get_corner(DL) if clip else np.array([THEME.safe_left, THEME.safe_bottom, 0])
    hi = clip.get_corner(UR) if clip else np.array([THEME.safe_right, THEME.content_top, 0])
    o, d = plane.get_origin(), plane.point(v) - plane.get_origin()
    reach = [min(abs(((hi if s * d[i] > 0 else lo)[i] - o[i]) / d[i]) for i in (0, 1) if abs(d[i]) > 1e-9)
             for s in (-1, 1)]  # layout: how far the line runs each way before it leaves the box
    return Line(o - reach[0] * d, o + reach[1] * d, color=color, stroke_width=width)


def small_grid() -> TransformGrid:
    """A TransformGrid in the lower left, leaving the right for formulas."""
    grid = TransformGrid(x_range=(-3, 3, 1), y_range=(-3, 3, 1), unit=0.68)
    grid.move_to([THEME.safe_left + grid.width / 2, -0.55, 0])
    return grid


def row_equation(coeffs: Sequence[float]) -> str:
    """``a x + b y = 0`` as a person writes it (unit coefficients without the 1)."""
    out = ""
    for c, name in zip(coeffs, "xy", strict=True):
        size = "" if abs(c) == 1 else fmt(abs(c))
        out += (("-" if c < 0 else "") if not out else (" - " if c < 0 else " + ")) + size + name
    return f"{out} = {ZERO}"


class EigenScene(LectureScene):
    """A scene about A: its eigenvalues (largest first) and eigenvectors in the smallest whole numbers."""

    def setup(self) -> None:
        super().setup()
        self.values, vectors = eigen.eigenpairs(A)
        self.v1, self.v2 = (eigen.simplest_direction(vectors[:, k]) for k in (0, 1))
        self.basis = np.column_stack([self.v1, self.v2])

    def eigen_plane(self, plane: VectorPlane) -> VGroup:
        """The plane with A's two eigen-lines drawn faintly across it."""
        return VGroup(plane, *[span_line(plane, v, S.eigen, plane, width=2).set_opacity(0.5)
                               for v in (self.v1, self.v2)])

    def parts(self, plane: VectorPlane, coords: Sequence[float], name: str, color: str) -> VGroup:
        """c1 v1 and c2 v2 as labelled teal arrows, the dashed parallelogram they span, and their sum, named."""
        a, b = (linear_combination((c,), (v,)) for c, v in zip(coords, (self.v1, self.v2), strict=True))
        total = linear_combination(coords, (self.v1, self.v2))
        labels = [rf"{'' if c == 1 else fmt(c)}\,v_{k}" for k, c in enumerate(coords, start=1)]
        return VGroup(plane.vector(a, labels[0], S.eigen, label_size=30, label_direction=UL),
                      plane.vector(b, labels[1], S.eigen, label_size=30, label_direction=DL),
                      *[DashedLine(plane.point(p), plane.point(total), color=THEME.muted, stroke_width=2)
                        for p in (a, b)], plane.vector(total, name, color, label_size=34, label_direction=RIGHT))


# -- 1. Opening ----------------------------------------------------------------------------------------------
class SpotEigenvectorsInMachineLearning(LectureScene):
    """Recognise eigenvectors in PCA, PageRank and repeated maps, and know what this lecture teaches."""

    TITLE = "Eigenvectors in machine learning"

    def construct(self) -> None:
        self.show_title()
        cards = VGroup(*[Panel(VGroup(text(head), picture, text(note, size=THEME.small_size, color=THEME.muted))
                               .arrange(DOWN, buff=0.3), buff=0.3) for head, picture, note in (
            ("PCA", self.pca_picture(), "principal components"), ("PageRank", self.rank_picture(), "page importance"),
            ("Repeated maps", self.repeat_picture(), "RNNs, Markov chains"))])
        cards.arrange(RIGHT, buff=0.45, aligned_edge=UP).scale_to_fit_width(THEME.safe_width - 0.4)
        self.fit_to_safe_area(cards.move_to(0.1 * DOWN))
        for card, said in zip(cards, (
                "Eigenvectors are the directions a matrix only stretches, and machine learning is full of them. In "
                "PCA, the principal components of a data cloud are the eigenvectors of its covariance matrix.",
                "PageRank scores web pages with the dominant eigenvector of the link matrix.",
                "And when a model applies one matrix again and again, as recurrent networks and Markov chains do, the "
                "eigenvalues decide what grows and what fades."), strict=True):
            self.narrate(said, FadeIn(card, shift=0.3 * UP))
        self.clear_stage()
        goals = bullet_list(["Find eigenvalues and eigenvectors", "Diagonalise a matrix", "Run power iteration"],
                            size=THEME.heading_size, buff=0.45)
        heading = text("After this lecture:", size=THEME.title_size, color=S.eigen)
        VGroup(heading, goals).arrange(DOWN, aligned_edge=LEFT, buff=0.6).move_to(0.1 * DOWN)
        for goal, said in zip(goals, ("By the end, you will find the eigenvalues and eigenvectors of a matrix,",
                                      "use them to diagonalise it,",
                                      "and find the dominant eigenvector by power iteration."), strict=True):
            self.narrate(said, *([FadeIn(heading)] if goal is goals[0] else []), FadeIn(goal, shift=0.2 * RIGHT))

    @staticmethod
    def pca_picture() -> VGroup:
        """A cloud of dots filling the covariance ellipse, with its principal axes in teal."""
        plane = VectorPlane(x_range=(-4, 4, 1), y_range=(-3, 3, 1), unit=0.4)
        a, b, angle = covariance_ellipse(COV, 2)
        spread = [(0.38 * ((k + 0.5) / 40) ** 0.5, 2.4 * k) for k in range(40)]  # layout: a sunflower of dots
        dots = VGroup(*[Dot(rotate_vector(np.array([a * r * np.cos(t), b * r * np.sin(t), 0]), angle),
                            radius=0.04, color=S.vector) for r, t in spread])
        return VGroup(plane.set_opacity(0.3), dots, CovarianceEllipse(plane, (0, 0), (a, b, angle)))

    @staticmethod
    def rank_picture() -> VGroup:
        """Four linked pages and their ranks: the dominant eigenvector of the link matrix."""
        _, ranks = eigen.dominant_eigenpair(LINKS)
        nodes = VGroup(*[Circle(radius=0.22, color=S.span, fill_opacity=1).move_to([np.cos(t), np.sin(t), 0])
                         for t in (3 * PI / 4, PI / 4, -PI / 4, -3 * PI / 4)]).scale(1.4)
        links = VGroup(*[Arrow(nodes[j].get_center(), nodes[i].get_center(), buff=0.25, stroke_width=3,
                               color=THEME.muted, max_tip_length_to_length_ratio=0.15)
                         for i, row in enumerate(LINKS) for j, w in enumerate(row) if w])
        bars = VGroup(*[Rectangle(width=0.3, height=1.6 * r / max(ranks), stroke_width=0, fill_color=S.eigen,
                                  fill_opacity=1) for r in ranks]).arrange(RIGHT, buff=0.12, aligned_edge=DOWN)
        return VGroup(VGroup(links, nodes), bars).arrange(RIGHT, buff=0.5)

    @staticmethod
    def repeat_picture() -> VGroup:
        """x, Ax, A^2 x, ... each normalised: the direction settles."""
        plane = VectorPlane(x_range=(-1.5, 1.5, 1), y_range=(-0.5, 1.5, 1), unit=1.1).set_opacity(0.3)
        names = ("x", "Ax", "A^2x", None)
        return VGroup(plane, *[plane.vector(x, name, S.vector, label_size=28).set_opacity(0.4 + 0.2 * k)
                               for k, (x, name) in enumerate(zip(eigen.power_iteration(A, X0, 3).iterates, names,
                                                                 strict=True))])


# -- 2. Vectors that stay on their line ----------------------------------------------------------------------
class FindVectorsThatStayOnTheirLine(EigenScene):
    """See a matrix knock most vectors off their line and only stretch a few: its eigenvectors, A v = lambda v."""

    TITLE = "Vectors that stay on their line"
    SHIELD_TITLE = True

    def construct(self) -> None:
        self.show_title()
        self.grid = TransformGrid(x_range=(-11, 11, 1), y_range=(-7, 7, 1))  # wide: still fills the frame warped
        self.plane = self.grid.background  # it stays put while the grid warps: measure from it
        self.panel = below_title(Panel(VGroup(tex("A", "="), matrix(A)).arrange(RIGHT, buff=0.2))).set_z_index(5)
        self.narrate("Remember the transformations lecture: a matrix warps the grid, and i-hat and j-hat land on "
                     "its columns.", FadeIn(self.grid), FadeIn(self.panel), run_time=2)
        vectors = (W, self.v1, self.v2)
        self.arrows = VGroup(*[self.plane.arrow(None, v, S.vector) for v in vectors]).set_z_index(3)
        self.lines = VGroup(*[DashedLine(*span_line(self.plane, v, S.vector).get_start_and_end(), color=S.vector,
                                         stroke_width=3, dash_length=0.15) for v in vectors])
        self.narrate("Take three more vectors, and draw the line through each one.", Create(self.lines),
                     *[GrowArrow(a) for a in self.arrows], run_time=2)
        images = [self.plane.arrow(None, eigen.image(A, v), S.vector) for v in vectors]
        self.narrate("Now apply A, and watch each vector and the line it started on.",
                     self.grid.make_apply_animation(A),
                     *[Transform(a, t) for a, t in zip(self.arrows, images, strict=True)], run_time=3)
        self.narrate("Most vectors are knocked off their line: i-hat, j-hat, and this yellow one.",
                     Indicate(self.arrows[0], color=S.highlight), Indicate(self.grid.i_hat), Indicate(self.grid.j_hat))
        self.name_eigenvectors()

    def name_eigenvectors(self) -> None:
        tags = VGroup(*[tex(rf"\times {fmt(lam)}", color=S.eigen, size=36).next_to(
            self.plane.point(eigen.image(A, v)), side, buff=0.15)
            for lam, v, side in zip(self.values, (self.v1, self.v2), (RIGHT, DOWN), strict=True)]).set_z_index(5)
        self.narrate(f"But two vectors stay on their own lines. A only stretches them: one by {fmt(self.values[0])}, "
                     f"the other by {fmt(self.values[1])}.", *[a.animate.set_color(S.eigen) for a in self.arrows[1:]],
                     *[line.animate.set_color(S.eigen) for line in self.lines[1:]], FadeIn(tags), run_time=2)
        av = eigen.image(A, self.v1)
        rows = VGroup(tex("A", "v", "=", r"\lambda", "v", colors={1: S.eigen, 3: S.eigen, 4: S.eigen}),
                      tex(r"A", tex_column(self.v1), "=", tex_column(av), "=", fmt(self.values[0]),
                          tex_column(self.v1), colors={1: S.eigen, 5: S.eigen, 6: S.eigen}, size=34))
        panel = Panel(rows.arrange(DOWN, buff=0.3)).next_to(self.panel, DOWN, aligned_edge=LEFT).set_z_index(5)
        self.narrate("Such a vector is an eigenvector of A, and its stretch factor, lambda, is its eigenvalue.",
                     FadeIn(panel.box), Write(rows[0]))
        self.narrate(f"For example, A sends {fmt(self.v1[0])}, {fmt(self.v1[1])} to {fmt(av[0])}, {fmt(av[1])}: "
                     f"exactly {fmt(self.values[0])} times itself.", Write(rows[1]))


# -- 3. The characteristic equation --------------------------------------------------------------------------
class SolveTheCharacteristicEquation(EigenScene):
    """Find the eigenvalues as the roots of det(A - lambda I) = 0, and tell when there are none."""

    TITLE = "The characteristic equation"
    SHIELD_TITLE = True

    def construct(self) -> None:
        self.show_title()
        self.grid = small_grid()
        self.rearrange()
        self.squash()
        self.expand()
        self.clear_stage()
        self.classify_cases()

    @staticmethod
    def place(row: Mobject, above: Mobject | None = None) -> Mobject:
        """Rows of the formula column, on the right, one under the other."""
        return row.move_to([2.9, 2.3, 0]) if above is None else row.next_to(above, DOWN, buff=0.4).set_x(2.9)

    def rearrange(self) -> None:
        first = self.place(tex("A", "v", "=", r"\lambda", "v", colors={3: S.eigen}))
        moved = self.place(tex("A", "v", "-", r"\lambda", "v", "=", ZERO, colors={3: S.eigen}))
        self.factored = self.place(tex("(", "A", "-", r"\lambda", "I", ")", "v", "=", ZERO, colors={3: S.eigen}))
        self.narrate("Which numbers lambda make A v equal lambda v?", Write(first), FadeIn(self.grid))
        self.narrate("Move lambda v to the left,", TransformMatchingTex(first, moved))
        self.narrate("and factor out v, writing lambda v as lambda I times v.",
                     TransformMatchingTex(moved, self.factored))

    def squash(self) -> None:
        g, lam = self.grid, self.values[0]
        arrow = Arrow(g.origin, g.grid.point(self.v1), buff=0, color=S.eigen, stroke_width=6).set_z_index(3)
        label = tex("v", color=S.eigen, size=36).next_to(arrow.get_end(), UR, buff=0.05)
        self.narrate(f"So A minus lambda I sends a non-zero v to zero. Try lambda equals {fmt(lam)} with this v.",
                     GrowArrow(arrow), FadeIn(label), run_time=1.5)
        shifted = eigen.characteristic_matrix(A, lam)
        self.narrate("It squashes the plane onto a line, and v lands on zero.", g.make_apply_animation(shifted),
                     ApplyMatrix(shifted, arrow, about_point=g.origin), FadeOut(label), run_time=3)
        self.det = self.place(tex(r"\det", "(", "A", "-", r"\lambda", "I", ")", "=", ZERO, colors={4: S.eigen}),
                              self.factored)
        self.narrate("As in the determinant lecture, a map that flattens the plane has determinant zero. So "
                     "the determinant of A minus lambda I is zero.", Write(self.det))

    def expand(self) -> None:
        (a, b), (c, d) = A
        poly, lam = eigen.characteristic_polynomial(A), r"\lambda"
        steps = [tex(rf"\det\begin{{bmatrix}} {fmt(a)} - {lam} & {fmt(b)} \\ {fmt(c)} & {fmt(d)} - {lam} "
                     r"\end{bmatrix}", "=", ZERO, size=36),
                 tex(rf"({fmt(a)} - {lam})({fmt(d)} - {lam})", signed(-poly.off_diagonal), "=", ZERO, size=36),
                 tex(rf"{lam}^2", signed(-poly.trace), lam, signed(poly.determinant), "=", ZERO, size=36)]
        for step in steps:
            self.place(step, self.det)
        words = ("With our numbers, subtract lambda on the diagonal.", "The determinant is a d minus b c.",
                 "Multiply out: the characteristic polynomial.")
        self.narrate(words[0], Write(steps[0]))
        for old, new, said in zip(steps, steps[1:], words[1:], strict=False):
            self.narrate(said, ReplacementTransform(old, new))
        roots = self.place(tex(r"\lambda_1 =", fmt(self.values[0]), r",\quad \lambda_2 =", fmt(self.values[1]),
                               colors={1: S.eigen, 3: S.eigen}), steps[-1])
        self.narrate(f"Its roots, {fmt(self.values[0])} and {fmt(self.values[1])}, are the stretch factors we saw.",
                     Write(roots))
        facts = self.place(tex(r"\lambda_1 + \lambda_2 =", fmt(poly.trace), r"= \operatorname{tr} A,\quad",
                               r"\lambda_1 \lambda_2 =", fmt(poly.determinant), r"= \det A", size=34), roots)
        self.narrate("The eigenvalues add up to the trace and multiply to the determinant.", Write(facts),
                     run_time=2)

    def classify_cases(self) -> None:
        g = self.grid = small_grid()
        spokes = VGroup(*[g.grid.arrow(None, v, S.vector) for v in SPOKES]).set_z_index(3)
        lines = VGroup(*[span_line(g.background, v, THEME.muted, g.background) for v in SPOKES])
        rows = VGroup(tex(DISCRIMINANT))
        for m, name in ((A, "our A: two lines"), (ROTATION, "rotation: no real line"), (SHEAR, "shear: one line")):
            color = S.eigen if eigen.classify(m) is eigen.EigenCase.DISTINCT else S.warning
            rows.add(VGroup(tex("=", fmt(eigen.characteristic_polynomial(m).discriminant), size=36),
                            text(name, size=THEME.small_size, color=color)).arrange(RIGHT, buff=0.3))
        rows.arrange(DOWN, aligned_edge=LEFT, buff=0.4).move_to([2.9, 0.6, 0])
        self.narrate("Not every matrix has eigenvectors. Take a quarter-turn rotation.", FadeIn(g), Create(lines),
                     *[GrowArrow(s) for s in spokes], run_time=2)
        self.narrate("It turns every vector off its line.", g.make_apply_animation(ROTATION),
                     *[ApplyMatrix(ROTATION, s, about_point=g.origin) for s in spokes], run_time=3)
        self.narrate("The discriminant, trace squared minus four times the determinant, tells the cases apart.",
                     Write(rows[0]))
        self.narrate(f"For our A it is positive: two eigenvalues. For the rotation it is "
                     f"{fmt(eigen.characteristic_polynomial(ROTATION).discriminant)}: no real root.",
                     FadeIn(rows[1]), FadeIn(rows[2]))
        self.narrate("Zero means a repeated eigenvalue: a shear has a single eigen-line.", FadeIn(rows[3]))


# -- 4. The eigenbasis makes A diagonal ----------------------------------------------------------------------
class DiagonaliseInTheEigenbasis(EigenScene):
    """Solve for the eigenvectors, see that A only scales coordinates in the eigenbasis, and write A = V D V^-1."""

    TITLE = "The eigenbasis makes A diagonal"

    def construct(self) -> None:
        self.show_title()
        self.plane = VectorPlane(x_range=(-1, 4, 1), y_range=(-2, 3, 1), unit=0.95).place_lower_left()
        self.find_eigenvectors()
        self.measure_in_the_eigenbasis()
        self.factorise()

    def find_eigenvectors(self) -> None:
        first_rows = [row_equation(eigen.characteristic_matrix(A, lam)[0]) for lam in self.values]
        self.rows = VGroup(*[tex(rf"\lambda_{k} = {fmt(lam)}:", rf"\;\; {eq}", r"\;\Rightarrow\;",
                                 rf"v_{k} = {tex_column(v)}", colors={3: S.eigen}, size=36)
                             for k, lam, eq, v in zip((1, 2), self.values, first_rows, self.basis.T, strict=True)])
        self.rows.arrange(DOWN, aligned_edge=LEFT, buff=0.3).move_to([2.45, 1.9, 0])
        self.narrate("Each eigenvalue has its own line: solve A minus lambda I, times v, equals zero.",
                     FadeIn(self.plane))
        for row, lam, v in zip(self.rows, self.values, (self.v1, self.v2), strict=True):
            self.narrate(f"For lambda {fmt(lam)}, the first row gives one equation. A solution is {fmt(v[0])}, "
                         f"{fmt(v[1])}.", Write(row), run_time=2)

    def measure_in_the_eigenbasis(self) -> None:
        coords = eigen.eigen_coordinates(A, X, self.basis)
        before = self.parts(self.plane, coords, "x", S.vector)
        say = tex("x", "=", *self.combination(coords), colors={0: S.vector}, size=36)
        say.next_to(self.rows, DOWN, buff=0.6).align_to(self.rows, LEFT)
        self.narrate(f"Measure a vector x along the eigenvectors instead of the axes: x is {fmt(coords[0])} times the "
                     f"first plus {fmt(coords[1])} times the second.", FadeIn(self.eigen_plane(self.plane)[1:]),
                     FadeIn(before), Write(say), run_time=2.5)
        after_coords = eigen.power_coordinates(A, X, 1, self.basis)
        said = tex("Ax", "=", *self.combination(after_coords), colors={0: S.result}, size=36)
        said.next_to(say, DOWN, buff=0.35).align_to(say, LEFT)
        self.narrate("Now apply A. Each part stays on its line, scaled by its eigenvalue.",
                     ReplacementTransform(before, self.parts(self.plane, after_coords, "Ax", S.result)), run_time=3)
        self.narrate(f"A x is {fmt(after_coords[0])} times the first plus {fmt(after_coords[1])} times the second: "
                     "in these coordinates A is a diagonal matrix.", Write(said))
        self.said = VGroup(say, said)

    @staticmethod
    def combination(coords: Sequence[float]) -> list[str]:
        return [rf"{fmt(coords[0])}\,v_1", rf"{signed(coords[1])}\,v_2"]

    def factorise(self) -> None:
        d = matrix(np.diag(self.values), column_colors=(), size=34)
        for entry in (d.get_entries()[0], d.get_entries()[3]):
            entry.set_color(S.eigen)
        mats = VGroup(VGroup(tex("V", "=", size=36), matrix(self.basis, column_colors=(S.eigen, S.eigen), size=34)),
                      VGroup(tex("D", "=", size=36), d))
        for pair in mats:
            pair.arrange(RIGHT, buff=0.15)
        mats.arrange(RIGHT, buff=0.7).move_to([2.45, 1.9, 0])
        self.narrate("Put the eigenvectors into the columns of V, and the eigenvalues on the diagonal of D.",
                     FadeOut(self.rows), FadeOut(self.said), FadeIn(mats), run_time=2)
        step1 = tex("A", "V", "=", "V", "D").next_to(mats, DOWN, buff=0.6)
        step2 = tex("A", "=", "V", "D", "V^{-1}").move_to(step1)
        self.narrate("A times each column of V is that column times its eigenvalue: A V equals V D.", Write(step1))
        self.narrate("Multiply by V inverse on the right: A equals V D V inverse.", TransformMatchingTex(step1, step2))
        step3 = tex("V^{-1}", "A", "V", "=", "D").next_to(step2, DOWN, buff=0.5)
        note = text("change of basis, with P = V", size=THEME.small_size, color=THEME.muted)
        self.narrate("Read the other way, V inverse A V is D: a change of basis, as in the last lecture, to the "
                     "eigenbasis, where A is diagonal.", Write(step3), FadeIn(note.next_to(step3, DOWN, buff=0.25)),
                     run_time=2)


# -- 5. Powers and power iteration ---------------------------------------------------------------------------
class IterateTowardTheDominantEigenvector(EigenScene):
    """Compute A^k through the eigenbasis, and find the dominant eigenvector by power iteration."""

    TITLE = "Repeating A: powers and power iteration"

    def construct(self) -> None:
        self.show_title()
        self.show_powers()
        self.clear_stage()
        self.iterate()

    def show_powers(self) -> None:
        p = VectorPlane(x_range=(-1, 5, 1), y_range=(-2, 4, 1), unit=0.75).place_lower_left()
        parts = self.parts(p, eigen.eigen_coordinates(A, X, self.basis), "x", S.vector)
        law = [tex("A^2", "=", "V", "D", "V^{-1}", "V", "D", "V^{-1}"), tex("A^2", "=", "V", "D^2", "V^{-1}"),
               tex("A^k", "=", "V", "D^k", "V^{-1}")]
        for row in law:
            row.move_to([2.4, 2.2, 0])
        self.narrate("Now apply A again and again, starting from x, split along the eigenvectors.",
                     FadeIn(self.eigen_plane(p)), FadeIn(parts), run_time=2)
        self.narrate("Applying A twice, the V inverse V in the middle cancels,", Write(law[0]))
        self.narrate("leaving D squared. So A to the k is V D to the k V inverse: only the eigenvalues are powered.",
                     Succession(TransformMatchingTex(law[0], law[1]), TransformMatchingTex(law[1], law[2])),
                     run_time=2.5)
        for k in POWERS:
            coords = eigen.power_coordinates(A, X, k, self.basis)
            new = self.parts(p, coords, "Ax" if k == 1 else rf"A^{k}x", S.result)
            self.narrate(f"A to the power {k}: {fmt(coords[0])} and {fmt(coords[1])} times the eigenvectors.",
                         ReplacementTransform(parts, new), run_time=2)
            parts = new
        far = eigen.power_coordinates(A, X, FAR_POWER, self.basis)
        general = tex(r"A^k x", "=", r"c_1 \lambda_1^k\, v_1", "+", r"c_2 \lambda_2^k\, v_2", size=36)
        numbers = tex(rf"A^{{{FAR_POWER}}} x", r"\approx", rf"{fmt(far[0])}\, v_1", "+", rf"{fmt(far[1], 4)}\, v_2",
                      size=36)
        VGroup(general, numbers).arrange(DOWN, aligned_edge=LEFT, buff=0.4).next_to(law[2], DOWN, buff=0.6)
        self.narrate(f"After {FAR_POWER} steps: {fmt(far[0])} times the first, about {fmt(far[1], 4)} times the "
                     "second. A to the k x turns toward the dominant eigenvector.", Write(general), Write(numbers),
                     run_time=2)

    def iterate(self) -> None:
        run = eigen.power_iteration(A, X0, STEPS)
        p = VectorPlane(x_range=(-1.5, 1.5, 0.5), y_range=(-1.5, 1.5, 0.5), unit=1.75).place_lower_left()
        circle = Circle(radius=p.point((1, 0))[0] - p.get_origin()[0], color=THEME.muted).move_to(p.get_origin())
        rule = tex(r"x_{k+1}", "=", r"\frac{A x_k}{\|A x_k\|}", colors={0: S.vector}, size=38).move_to([2.6, 2.2, 0])
        x = p.vector(run.iterates[0], "x_0", S.vector, label_size=32).set_z_index(3)
        arrow, label, table = x.arrow, x.label, self.table(run)
        self.narrate("Power iteration keeps only the direction. Start from a unit vector, x zero.",
                     FadeIn(self.eigen_plane(p)), Create(circle), x.make_grow_animation(), run_time=2)
        self.narrate("Multiply by A, then divide by the length to get back to the circle.", Write(rule),
                     FadeIn(table[:3]))
        for k in range(STEPS):
            ax = p.arrow(None, eigen.image(A, run.iterates[k]), S.result).set_z_index(2)
            nxt = p.vector(run.iterates[k + 1], f"x_{k + 1}", S.vector, label_size=32).set_z_index(3)
            moves = Succession(GrowArrow(ax), AnimationGroup(
                ReplacementTransform(ax, nxt.arrow), FadeOut(label), arrow.animate.set_opacity(0.25),
                FadeIn(nxt.label), FadeIn(table[k + 3])))
            if k < 2:
                self.narrate(("A sends x zero here; shrinking it back gives x one.",
                              "Repeat. The arrow swings toward the dominant eigen-line.")[k], moves, run_time=2.5)
            else:
                self.play(moves, run_time=1.4)
            arrow, label = nxt.arrow, nxt.label
        self.narrate(f"Each step the angle shrinks to about {fmt(eigen.convergence_ratio(A))} of itself: the ratio of "
                     "the eigenvalues.", Indicate(table[-1][1], color=S.eigen))
        self.narrate(f"And r, x dot A x, settles on the eigenvalue {fmt(self.values[0])}. PageRank runs this same "
                     "loop.", Indicate(table[-1][2], color=S.eigen), run_time=2)

    def table(self, run: eigen.PowerIteration) -> VGroup:
        """Rows k, the angle of x_k to the eigen-line and the Rayleigh quotient r_k, under a header and a rule."""
        rows = [(tex("k"), tex(r"\angle(x_k, v_1)"), tex(r"r_k = x_k \cdot A x_k"))]
        rows += [(tex(fmt(k)), tex(rf"{fmt(eigen.angle_between_lines(x, self.v1, True), 1)}^\circ"), tex(fmt(r, 3)))
                 for k, (x, r) in enumerate(zip(run.iterates, run.rayleigh, strict=True))]
        cells = [VGroup(*[c.scale(0.8).move_to([x, 1.2 - 0.5 * i - (0.1 if i else 0), 0])
                          for c, x in zip(row, (0.8, 2.5, 4.8), strict=True)]) for i, row in enumerate(rows)]
        return VGroup(cells[0], Line([0.3, 0.95, 0], [6.0, 0.95, 0], color=THEME.muted, stroke_width=2), *cells[1:])


# -- 6. Recap ------------------------------------------------------------------------------------------------
class RecapEigenvectors(LectureScene):
    """Recall the three ideas: eigenvectors are only stretched, the eigenbasis diagonalises, power iteration."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        points = (("Only stretched", rf"A v = \lambda v, \quad \det(A - \lambda I) = {ZERO}", "",
                   "Three things to take away. One: A only stretches an eigenvector, by its eigenvalue, a root of the "
                   "determinant of A minus lambda I."),
                  ("Eigenbasis", r"A = V D V^{-1}, \quad A^k = V D^k V^{-1}", "repeated maps",
                   "Two: in a basis of eigenvectors, A is diagonal, so its powers only power the eigenvalues."),
                  ("Power iteration", r"x_{k+1} = \frac{A x_k}{\|A x_k\|} \;\to\; v_1", "PageRank, PCA",
                   "Three: multiply and normalise, again and again, to find the dominant eigenvector, as PageRank "
                   "does."))
        rows = VGroup(*[VGroup(VGroup(text(f"\u2022  {head}"), *([text(use, size=THEME.small_size, color=THEME.muted)]
                                                                 if use else [])).arrange(DOWN, aligned_edge=LEFT),
                               tex(formula)).arrange(RIGHT) for head, formula, use, _ in points])
        rows.arrange(DOWN, buff=0.8, aligned_edge=LEFT)
        for row in rows:
            row[1].set_x(max(r[0].get_right()[0] for r in rows) + 0.8, LEFT)
        self.fit_to_safe_area(rows.move_to(0.1 * UP))
        for row, (*_, said) in zip(rows, points, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)
        self.narrate("Next, PCA puts eigenvectors to work on data.")


SCENES = (SpotEigenvectorsInMachineLearning, FindVectorsThatStayOnTheirLine, SolveTheCharacteristicEquation,
          DiagonaliseInTheEigenbasis, IterateTowardTheDominantEigenvector, RecapEigenvectors,
          FindEigenvaluesFromTraceAndDeterminant, FindAnEigenvectorForAnEigenvalue)

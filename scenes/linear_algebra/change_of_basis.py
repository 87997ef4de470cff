"""Linear Algebra, lecture 6: change of basis, a map seen in a new basis, orthonormal bases and Gram-Schmidt.

Render one shot with ``manim -pql scenes/linear_algebra/change_of_basis.py ReadOneArrowInTwoGrids``; ``SCENES``
gives the order. Every number on screen comes from ``mlmath.bases`` or ``mlmath.linalg``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import *

from mlmath import bases as mb
from mlmath import linalg as ml
from scenes.kit.base import LectureScene, bullet_list, text
from scenes.kit.fmt import fmt, fmt_frac, signed
from scenes.kit.mobjects import Panel, VectorPlane, column, matrix, tex
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.change_of_basis import FindCoordinatesWithPInverse, TakeAGramSchmidtStep

# -- The givens of the lecture -------------------------------------------------------------------------------
B1, B2 = (2, 1), (-1, 1)  # the skewed basis b1, b2
V = (4, -1)  # the arrow we read in both grids
A = ((1, 2), (1, 0))  # a map, by rows, in standard coordinates (it doubles b1 and flips b2)
A1, A2 = (4, 3), (-2, 1)  # the pair Gram-Schmidt turns into an orthonormal basis
V_ORTHO = (3, 1)  # the arrow we read in the orthonormal basis
COV = ((2.0, 1.2), (1.2, 1.0))  # the covariance of the opening's tilted data cloud
CLOUD_SEED, CLOUD_SIZE = 58, 70  # its sample, drawn once with a fixed seed
WINDOW = ((-2, 5, 1), (-2, 3, 1), 0.95)  # x range, y range and unit of the skewed-grid plane

S = THEME.symbols
SIZE = 38  # formulas in the right-hand column
MASK_Z, FRONT_Z = 8, 9  # the mask around a plane, and what must stay visible above it
GR = (S.basis_i, S.basis_j)  # first and second basis vector, and the coordinates along them


# -- Small builders shared by the shots --------------------------------------------------------------------
def frac_matrix(m: np.ndarray, size: float = SIZE) -> Matrix:
    """Like the kit's ``matrix``, but entries that are small fractions are written as fractions (``1/3``)."""
    mob = Matrix([[fmt_frac(x).replace(r"\tfrac", r"\dfrac") for x in row] for row in m],
                 element_to_mobject_config={"font_size": size}, bracket_config={"color": THEME.text},
                 h_buff=1.1, v_buff=0.85)
    return mob.set_color(THEME.text).set_column_colors(*GR)


def line_up(*mobs: Mobject, buff: float = 0.15) -> VGroup:
    """Parts of one formula (TeX pieces and columns) side by side."""
    return VGroup(*mobs).arrange(RIGHT, buff=buff)


def image_under(m: Sequence[Sequence[float]], v: Sequence[float]) -> np.ndarray:
    """Where ``v`` lands under the map ``m`` (by rows): the combination of its columns with ``v``'s entries."""
    return ml.linear_combination(v, np.asarray(m, dtype=float))


def steps_along(counts: Sequence[float], basis: Sequence[Sequence[float]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(start, step) of each unit step of the walk counts[0] b1, then counts[1] b2, tip to tail."""
    walk, done = [], [0.0, 0.0]
    for k, count in enumerate(counts):
        sign = 1 if count > 0 else -1
        for _ in range(round(abs(count))):
            walk.append((ml.linear_combination(done, basis), ml.linear_combination((sign,), (basis[k],))))
            done[k] += sign
    return walk


class PlaneWindow:
    """Mixed into a LectureScene: a plane on the left that is a window (grids drawn wider than it are hidden
    outside it by a background-coloured mask, so a skewed or warped grid fills it without running over the title
    or the formulas) and a column of formulas on its right. Not a Scene, so manim does not list it."""

    add: Callable[..., object]
    title_mob: Mobject | None

    def open_window(self, x_range: Sequence[float], y_range: Sequence[float], unit: float) -> VectorPlane:
        self.unit = unit
        self.plane = VectorPlane(x_range=x_range, y_range=y_range, unit=unit)
        self.plane.move_to([THEME.safe_left + self.plane.width / 2, (THEME.content_top + THEME.safe_bottom) / 2, 0])
        hole = Rectangle(width=self.plane.width, height=self.plane.height).move_to(self.plane)
        self.add(Difference(Rectangle(width=30, height=30), hole, fill_color=THEME.background, fill_opacity=1,
                            stroke_width=0).set_z_index(MASK_Z))
        if self.title_mob is not None:
            self.title_mob.set_z_index(FRONT_Z)
        return self.plane

    def grid_along(self, m: np.ndarray | None = None, reach: int = 12) -> VectorPlane:
        """A wide grid in the span colour on the plane's origin, mapped by ``m`` (its columns become the grid's
        steps); without ``m`` it looks like the standard grid, ready to be warped."""
        grid = VectorPlane(x_range=(-reach, reach, 1), y_range=(-reach, reach, 1), unit=self.unit)
        grid.shift(self.plane.get_origin() - grid.get_origin())
        grid.background_lines.set_stroke(color=S.span, width=2.5, opacity=1)
        grid.axes.set_stroke(color=S.span, width=4, opacity=1)
        if m is not None:
            grid.apply_matrix(m, about_point=self.plane.get_origin())
        return grid.set_z_index(-1)

    def basis_arrows(self, names: Sequence[str], vectors: Sequence[Sequence[float]],
                     sides: Sequence[np.ndarray | None] = (None, None), colors: Sequence[str] = ()) -> VGroup:
        """Basis vectors (green and red), labelled beyond the tip or on ``sides``, above the grids."""
        arrows = VGroup(*[self.plane.vector(v, n, c, label_size=SIZE, label_direction=side) for n, v, c, side in
                          zip(names, vectors, colors or GR, sides, strict=True)]).set_z_index(2)
        for arrow in arrows:
            arrow.label.set_z_index(FRONT_Z)
        return arrows

    def place(self, mob: Mobject, below: Mobject | None = None, buff: float = 0.4) -> Mobject:
        """Put ``mob`` in the column right of the plane: at its top, or under ``below``; above the mask."""
        top = THEME.content_top - 0.3 if below is None else below.get_bottom()[1] - buff
        mob.move_to([self.plane.get_right()[0] + 0.45 + mob.width / 2, top - mob.height / 2, 0])
        return mob.set_z_index(FRONT_Z)


# -- 1. Opening ----------------------------------------------------------------------------------------------
class PreviewABetterBasis(LectureScene):
    """See PCA and whitening as changes of basis, and know what this lecture teaches."""

    TITLE = "A better basis for the data"

    def construct(self) -> None:
        self.show_title()
        self.plane = VectorPlane(x_range=(-5, 5, 1), y_range=(-3, 3, 1), unit=0.8).move_to(0.05 * UP)
        self.show_cloud()
        self.turn_and_whiten()
        self.clear_stage()
        self.show_goals()

    def show_cloud(self) -> None:
        p, o = self.plane, self.plane.get_origin()
        self.a, self.b, self.angle = ml.covariance_ellipse(COV, n_std=1)
        raw = np.random.default_rng(CLOUD_SEED).standard_normal((CLOUD_SIZE, 2))
        # Hidden points carry the layout (data points, then the two arrow tips); dots and arrows follow them, so
        # turning and rescaling the cloud moves the dots without distorting them.
        tips = ((2, 0), (0, 2))  # layout: arrow lengths, in standard deviations, that show off the spread
        self.frame = VGroup(*[VectorizedPoint(p.point(xy)) for xy in (*raw, *tips)])
        self.frame.stretch(self.a, 0, about_point=o).stretch(self.b, 1, about_point=o).rotate(self.angle, about_point=o)
        self.dots = VGroup(*[Dot(radius=0.06, color=S.vector).add_updater(lambda d, h=h: d.move_to(h.get_center()))
                             for h in self.frame[:CLOUD_SIZE]]).update()
        self.narrate("Here is a cloud of data points with two features that rise together.",
                     FadeIn(p), LaggedStart(*[FadeIn(d, scale=0.5) for d in self.dots], lag_ratio=0.02), run_time=2)
        self.axes = VGroup(*[always_redraw(lambda h=h: Arrow(o, h.get_center(), buff=0, color=S.eigen,
                                                             stroke_width=6)) for h in self.frame[CLOUD_SIZE:]])
        self.names = VGroup(*[tex(f"u_{k + 1}", color=S.eigen).next_to(a.get_end(), a.get_unit_vector(), buff=0.15)
                              for k, a in enumerate(self.axes)])
        self.narrate("Principal component analysis, PCA, picks new basis vectors along the directions the data "
                     "spreads.", *[GrowArrow(arrow) for arrow in self.axes], FadeIn(self.names), run_time=2)

    def turn_and_whiten(self) -> None:
        o = self.plane.get_origin()
        self.add(self.frame)
        self.narrate("Read the data in that basis and the cloud sits straight: the new coordinates no longer move "
                     "together.", FadeOut(self.names), Rotate(self.frame, -self.angle, about_point=o), run_time=3)
        spread = 1.4  # layout: the round cloud's spread, in grid units
        self.narrate("Whitening goes one step further: it rescales each new axis, so the cloud spreads equally "
                     "in every direction.", self.frame.animate.stretch(spread / self.a, 0, about_point=o)
                     .stretch(spread / self.b, 1, about_point=o), run_time=3)
        self.narrate("Both are a change of basis: the same points, written in new coordinates.")

    def show_goals(self) -> None:
        heading = text("After this lecture:", size=THEME.title_size, color=S.vector)
        goals = bullet_list(["translate coordinates between bases", "rewrite a map in a new basis",
                             "build an orthonormal basis: Gram-Schmidt"], size=THEME.heading_size, buff=0.45)
        VGroup(heading, goals).arrange(DOWN, aligned_edge=LEFT, buff=0.6).move_to(0.1 * DOWN)
        said = ("By the end, you will translate a vector's coordinates from one basis to another,",
                "rewrite a linear map in a new basis,", "and build a basis of perpendicular unit vectors with "
                "Gram-Schmidt.")
        for k, (goal, words) in enumerate(zip(goals, said, strict=True)):
            self.narrate(words, *([FadeIn(heading)] if k == 0 else []), FadeIn(goal, shift=0.2 * RIGHT))


# -- 2. One arrow, two grids ---------------------------------------------------------------------------------
class ReadOneArrowInTwoGrids(PlaneWindow, LectureScene):
    """Read one arrow's coordinates in the standard grid and in a skewed grid, and translate with P and P^-1."""

    TITLE = "One arrow, two languages"

    def construct(self) -> None:
        self.show_title()
        self.open_window(*WINDOW)
        self.c = mb.to_basis((B1, B2), V)
        self.v = self.plane.vector(V, "v", S.vector, label_size=SIZE, label_direction=DOWN).set_z_index(3)
        self.narrate("Here is a vector v on the usual grid.", Create(self.plane), self.v.make_grow_animation())
        self.read_standard()
        self.bring_in_the_new_grid()
        self.read_in_the_new_grid()
        self.play(FadeOut(self.columns), run_time=0.6)
        self.translate_with_p()
        self.translate_back()

    def read_standard(self) -> None:
        p, corner = self.plane, ml.linear_combination((V[0],), ((1, 0),))
        walk = VGroup(DashedLine(p.get_origin(), p.point(corner), color=S.basis_i, stroke_width=5),
                      DashedLine(p.point(corner), p.point(V), color=S.basis_j, stroke_width=5))
        self.columns = VGroup(self.place(line_up(tex("v", "=", colors={0: S.vector}, size=SIZE), column(V, GR, SIZE),
                                                 tex(r"\text{in } \hat\imath, \hat\jmath", size=THEME.small_size,
                                                     color=THEME.muted))))
        self.narrate(f"To reach its tip, walk {fmt(V[0])} along i-hat, then {fmt(abs(V[1]))} down along "
                     "j-hat.", Create(walk), run_time=2)
        self.narrate("Those are its coordinates, the list from the first lecture.", FadeIn(self.columns))
        self.play(FadeOut(walk), run_time=0.5)

    def bring_in_the_new_grid(self) -> None:
        arrows, grid = self.basis_arrows(("b_1", "b_2"), (B1, B2)), self.grid_along()
        self.narrate("Now choose two other vectors, b₁ and b₂, as a new basis.",
                     *[a.make_grow_animation() for a in arrows])
        self.add(grid)
        self.narrate("Lay a grid along them: its steps are b₁ and b₂ instead of i-hat and j-hat.",
                     ApplyMatrix(mb.basis_matrix((B1, B2)), grid, about_point=self.plane.get_origin()),
                     self.plane.background_lines.animate.set_stroke(opacity=0.35), run_time=3)

    def read_in_the_new_grid(self) -> None:
        p, c = self.plane, self.c
        self.walk = VGroup(*[p.vector(step, color=GR[int(k >= round(abs(c[0])))], start=start)
                             for k, (start, step) in enumerate(steps_along(c, (B1, B2)))]).set_z_index(2)
        self.narrate(f"On this grid, v is {fmt(c[0])} step along b₁, then {fmt(abs(c[1]))} steps backwards "
                     "along b₂.", Succession(*[GrowArrow(s.arrow) for s in self.walk]), run_time=3)
        new = line_up(tex("[v]_B", "=", colors={0: S.vector}, size=SIZE), column(c, GR, SIZE),
                      tex(r"\text{in } b_1, b_2", size=THEME.small_size, color=THEME.muted))
        self.columns.add(self.place(new, below=self.columns, buff=0.5))
        self.narrate(f"So in the basis B, its coordinates are {fmt(c[0])} and {fmt(c[1])}.", FadeIn(new))
        self.narrate("One arrow, two lists of numbers. The arrow never moved; only the grid changed.",
                     Indicate(self.v.arrow, color=S.vector), run_time=2)

    def translate_with_p(self) -> None:
        v_std = mb.from_basis((B1, B2), self.c)
        self.name = self.place(line_up(tex("P", "=", r"[\,", "b_1", r"\;\; b_2", r"\,]", "=", size=SIZE,
                                           colors={3: S.basis_i, 4: S.basis_j}),
                                       matrix(mb.basis_matrix((B1, B2)), size=SIZE)))
        self.narrate("To translate, put b₁ and b₂ side by side as the columns of a matrix, P.", FadeIn(self.name))
        law = line_up(tex("P", "[v]_B", "=", signed(self.c[0], first=True), colors={1: S.vector}, size=SIZE),
                      column(B1, [S.basis_i] * 2, SIZE), tex(signed(self.c[1]), size=SIZE),
                      column(B2, [S.basis_j] * 2, SIZE))
        nums = line_up(tex("=", size=SIZE), column(v_std, [S.vector] * 2, SIZE), tex("=", "v", size=SIZE,
                                                                                    colors={1: S.vector}))
        self.rows = self.place(VGroup(law, nums.next_to(law, DOWN, buff=0.3).align_to(law[0][2], LEFT)), self.name)
        self.narrate(f"P times the new coordinates adds {fmt(self.c[0])} b₁ and {fmt(self.c[1])} b₂: the same "
                     "walk as on the grid.", Write(law), Indicate(self.walk, color=S.highlight, scale_factor=1.05),
                     run_time=2)
        self.narrate(f"The result is {fmt(v_std[0])}, {fmt(v_std[1])}: the standard coordinates of v. "
                     "P translates from B to standard.", FadeIn(nums, shift=0.2 * DOWN))

    def translate_back(self) -> None:
        back = mb.to_basis((B1, B2), V)
        inv = self.place(line_up(tex("P^{-1}", "=", size=SIZE), frac_matrix(mb.inverse_basis_matrix((B1, B2)), 34),
                                 buff=0.2), self.name)
        law = self.place(line_up(tex("[v]_B", "=", "P^{-1}", "v", "=", colors={0: S.vector, 3: S.vector},
                                     size=SIZE), column(back, GR, SIZE), buff=0.2), inv, buff=0.35)
        self.narrate("To go back, undo P: multiply by its inverse.", FadeOut(self.rows), FadeOut(self.walk),
                     FadeIn(inv))
        self.narrate(f"P inverse times v gives {fmt(back[0])} and {fmt(back[1])} again: it solves P c = v in "
                     "one go.", Write(law), run_time=2)


# -- 3. One map, two bases -----------------------------------------------------------------------------------
class SeeOneMapInTwoBases(PlaneWindow, LectureScene):
    """See one linear map act on two grids, and compute its matrix in the new basis as P^-1 A P."""

    TITLE = "One map, two bases"

    def construct(self) -> None:
        self.show_title()
        self.open_window(*WINDOW)
        self.d = mb.matrix_in_basis(A, (B1, B2))
        self.a_mob = self.place(line_up(tex("A", "=", size=SIZE), matrix(A, size=34), buff=0.2))
        self.warp_grid(self.grid_along(), (r"\hat\imath", r"\hat\jmath"), ((1, 0), (0, 1)),
                       "Take a map A. As in the transformations lecture, its columns say where i-hat and j-hat land.",
                       "On the standard grid it shears and turns everything: hard to read.", Create(self.plane),
                       FadeIn(self.a_mob))
        self.play(*[FadeOut(m) for m in self.warped], run_time=0.8)
        self.warp_grid(self.grid_along(mb.basis_matrix((B1, B2))), ("b_1", "b_2"), (B1, B2),
                       "Now watch the same map through the grid of b₁ and b₂.",
                       "b₁ stays on its own line and doubles. b₂ stays on its line too, and flips around.")
        self.name_the_new_matrix()
        self.check_with_v()

    def warp_grid(self, grid: VectorPlane, names: Sequence[str], basis: Sequence[Sequence[float]],
                  before: str, during: str, *extra: Animation) -> None:
        """Show a grid with its two basis vectors (and ``extra``), then let A act on both."""
        arrows = self.basis_arrows(names, basis)
        landed = self.basis_arrows([f"A {n}" for n in names], [image_under(A, b) for b in basis])
        self.narrate(before, *extra, FadeIn(grid), *[a.make_grow_animation() for a in arrows], run_time=2)
        self.narrate(during, ApplyMatrix(A, grid, about_point=self.plane.get_origin()),
                     ReplacementTransform(arrows, landed), run_time=4)
        self.warped = (grid, landed)

    def name_the_new_matrix(self) -> None:
        images = self.place(VGroup(*[tex(f"A b_{k + 1}", "=", fmt(self.d[k][k]), f"b_{k + 1}", size=SIZE,
                                         colors={0: GR[k], 3: GR[k]}) for k in range(2)])
                            .arrange(DOWN, aligned_edge=LEFT, buff=0.3), self.a_mob, buff=0.5)
        self.narrate(f"A b₁ is {fmt(self.d[0][0])} b₁, and A b₂ is {fmt(self.d[1][1])} b₂.", Write(images), run_time=2)
        d_mob = line_up(tex("D", "=", size=SIZE), matrix(self.d, size=34), buff=0.2)
        d_mob.next_to(self.a_mob, RIGHT, buff=0.5).set_z_index(FRONT_Z)
        self.narrate("Written in B coordinates, those two images are the columns of the map's new matrix, D.",
                     TransformFromCopy(images, d_mob), run_time=2)
        self.narrate("In the basis B, the map is simple: double the first coordinate, flip the second.")
        self.law = self.place(tex("D", "=", "P^{-1}", "A", "P", size=SIZE), self.a_mob, buff=0.5)
        self.narrate("To compute it, read right to left: P translates into standard coordinates, A acts, and P "
                     "inverse translates back.", Succession(FadeOut(images, run_time=0.5), Write(self.law),
                                                            LaggedStart(*[Indicate(self.law[k]) for k in (4, 3, 2)],
                                                                        lag_ratio=0.6)), run_time=4)

    def check_with_v(self) -> None:
        c = mb.to_basis((B1, B2), V)
        stops = [c, mb.from_basis((B1, B2), c), image_under(A, V), mb.to_basis((B1, B2), image_under(A, V))]
        chain = VGroup(column(c, GR, 34))
        for name, stop in zip(("P", "A", "P^{-1}"), stops[1:], strict=True):
            arrow = Arrow(ORIGIN, 0.75 * RIGHT, buff=0, color=THEME.muted, stroke_width=4)
            chain.add(VGroup(arrow, tex(name, size=30).next_to(arrow, UP, buff=0.08)),
                      column(stop, GR if name == "P^{-1}" else [S.vector] * 2, 34))
        self.place(chain.arrange(RIGHT, buff=0.15), self.law, buff=0.45)
        dc = image_under(self.d, c)
        self.narrate(f"Check it on v: its B coordinates are {fmt(c[0])}, {fmt(c[1])}. Translate, apply A, "
                     f"translate back: {fmt(stops[3][0])}, {fmt(stops[3][1])}.",
                     LaggedStart(*[FadeIn(part, shift=0.2 * RIGHT) for part in chain], lag_ratio=0.5), run_time=4)
        self.narrate(f"D does it in one step: {fmt(dc[0])} and {fmt(dc[1])}. A basis where a map only stretches "
                     "is an eigenbasis: next lecture.", Circumscribe(chain[-1], color=S.result))


# -- 4. Orthonormal bases ------------------------------------------------------------------------------------
class ReadCoordinatesAsDotProducts(PlaneWindow, LectureScene):
    """Check that a basis is orthonormal, and read coordinates in it as dot products, Q^T v."""

    TITLE = "Orthonormal bases"

    def construct(self) -> None:
        self.show_title()
        self.q = mb.gram_schmidt((A1, A2))
        self.open_window((-2, 4, 1), (-1, 3, 1), 1.05)
        self.show_the_basis()
        self.drop_perpendiculars()
        self.write_dot_products()

    def show_the_basis(self) -> None:
        arrows = self.basis_arrows(("q_1", "q_2"), self.q.T, (UL, DL))
        self.narrate("Some bases make translating easy. Here q₁ and q₂ are at right angles, and each has "
                     "length one.", Create(self.plane), FadeIn(self.grid_along(self.q)),
                     self.plane.background_lines.animate.set_stroke(opacity=0.35),
                     *[a.make_grow_animation() for a in arrows], run_time=2)
        g = mb.gram_matrix(self.q)
        self.checks = self.place(VGroup(*[tex(rf"q_{i + 1} \cdot q_{j + 1}", "=", fmt(g[i][j]), size=SIZE)
                                          for i, j in ((0, 0), (1, 1), (0, 1))]).arrange(DOWN, aligned_edge=LEFT))
        self.narrate("Such a basis is orthonormal: each vector dotted with itself gives one, with the other, "
                     "zero.", Write(self.checks), run_time=2)
        q_t_q = tex("Q^T Q", "=", "I", size=SIZE).next_to(self.checks, RIGHT, buff=0.6).set_z_index(FRONT_Z)
        self.narrate("With q₁ and q₂ as the columns of Q, that says: Q transpose Q is the identity.", FadeIn(q_t_q))

    def drop_perpendiculars(self) -> None:
        p = self.plane
        v = p.vector(V_ORTHO, "v", S.vector, label_size=SIZE).set_z_index(3)
        self.narrate("Now take a vector v. What are its coordinates in this basis?", v.make_grow_animation())
        feet = [ml.project_onto_vector(V_ORTHO, q) for q in self.q.T]
        shadows = [VGroup(DashedLine(p.point(V_ORTHO), p.point(foot), color=THEME.muted),
                          Line(p.get_origin(), p.point(foot), color=S.projection, stroke_width=14, stroke_opacity=0.6)
                          ).set_z_index(1) for foot in feet]
        self.narrate("Drop a perpendicular from its tip onto each axis, as in the projection lecture.",
                     *[Create(s) for s in shadows], run_time=2)

    def write_dot_products(self) -> None:
        c = mb.orthonormal_coordinates(self.q, V_ORTHO)
        terms = [" + ".join(rf"({fmt(a)})({fmt(b)})" for a, b in zip(q, V_ORTHO, strict=True)) for q in self.q.T]
        rows = self.place(VGroup(*[tex(f"c_{k + 1}", "=", rf"q_{k + 1} \cdot v", "=", terms[k], "=", fmt(c[k]),
                                       size=34, colors={0: GR[k], 6: GR[k]}) for k in range(2)])
                          .arrange(DOWN, aligned_edge=LEFT, buff=0.3), self.checks, buff=0.5)
        self.narrate(f"Each shadow's length is a dot product: {fmt(c[0])} along q₁ and {fmt(c[1])} along q₂. "
                     "Those are the coordinates.", Write(rows), run_time=3)
        law = self.place(tex("[v]_Q", "=", "Q^T", "v", size=SIZE, colors={0: S.vector, 3: S.vector}), rows)
        self.narrate("So no system to solve: Q inverse is just Q transpose, and the coordinates are Q transpose v.",
                     Write(law))
        self.narrate(f"This fails for skewed bases: b₁ dot v from before is {fmt(ml.dot(B1, V))}, not the "
                     f"coordinate {fmt(mb.to_basis((B1, B2), V)[0])}.", Indicate(law, color=S.highlight))


# -- 5. Gram-Schmidt -----------------------------------------------------------------------------------------
class SubtractProjectionsWithGramSchmidt(PlaneWindow, LectureScene):
    """Turn two independent vectors into an orthonormal basis: normalise, subtract the projection, normalise."""

    TITLE = "Gram-Schmidt"

    def construct(self) -> None:
        self.show_title()
        self.first, self.second = mb.gram_schmidt_steps((A1, A2))
        p = self.open_window((-3, 5, 1), (-1, 3, 1), 0.95)
        self.a = self.basis_arrows(("a_1", "a_2"), (A1, A2), colors=(S.vector, S.vector_b))
        self.narrate("Where do orthonormal bases come from? Start with any two independent vectors, a₁ and a₂.",
                     Create(p), *[a.make_grow_animation() for a in self.a], run_time=2)
        self.normalise_first()
        self.subtract_projection()
        self.normalise_second()
        self.generalise()

    def normalise_first(self) -> None:
        step = self.first
        self.q1 = self.plane.vector(step.unit, "q_1", S.basis_i, label_size=SIZE, label_direction=DOWN)
        self.rows = VGroup(self.place(line_up(
            tex("q_1", "=", r"\frac{a_1}{\|a_1\|}", "=", rf"\frac{{a_1}}{{{fmt(step.length)}}}", "=", size=SIZE,
                colors={0: S.basis_i}), column(step.unit, [S.basis_i] * 2, SIZE))))
        self.narrate(f"Step one: normalise a₁. Its length is {fmt(step.length)}, so divide it by "
                     f"{fmt(step.length)}. That gives q₁, of length one.",
                     TransformFromCopy(self.a[0], self.q1), Write(self.rows[0]), run_time=2)

    def subtract_projection(self) -> None:
        p, step = self.plane, self.second
        r, proj, w = step.coefficients[0], step.projections[0], step.residual
        drop = DashedLine(p.point(A2), p.point(proj), color=THEME.muted)
        self.shadow = p.arrow(None, proj, S.projection).set_stroke(width=8)
        self.rows.add(self.place(tex(r"a_2 \cdot q_1", "=", fmt(r), size=SIZE), self.rows[0], buff=0.35))
        self.narrate(f"Step two: project a₂ onto q₁. a₂ dot q₁ is {fmt(r)}, so the shadow is {fmt(r)} times "
                     f"q₁{': it points backwards' if r < 0 else ''}.", Create(drop), GrowArrow(self.shadow),
                     Write(self.rows[1]), run_time=2)
        rest = p.arrow(proj, A2, S.result)
        mark = RightAngle(Line(p.point(proj), p.point(A2)), Line(p.point(proj), p.get_origin()), length=0.22,
                          color=THEME.text)
        self.narrate("Subtract that shadow from a₂. What is left sticks out at a right angle to q₁.",
                     GrowArrow(rest), Create(mark), run_time=2)
        self.w = p.vector(w, "w_2", S.result, label_size=SIZE, label_direction=LEFT)
        self.rows.add(self.place(line_up(tex("w_2", "=", "a_2", "-", r"(a_2 \cdot q_1)\,q_1", "=", size=SIZE,
                                             colors={0: S.result}), column(w, [S.result] * 2, SIZE)),
                                 self.rows[1], buff=0.35))
        self.narrate(f"Slide it to the origin: that is w₂, a₂ minus its projection, here {fmt(w[0])}, "
                     f"{fmt(w[1])}.", ReplacementTransform(rest, self.w), FadeOut(drop), FadeOut(mark),
                     Write(self.rows[2]), run_time=2)

    def normalise_second(self) -> None:
        step, o = self.second, self.plane.get_origin()
        q2 = self.plane.vector(step.unit, "q_2", S.basis_j, label_size=SIZE, label_direction=LEFT)
        self.rows.add(self.place(line_up(
            tex("q_2", "=", r"\frac{w_2}{\|w_2\|}", "=", rf"\frac{{w_2}}{{{fmt(step.length)}}}", "=", size=SIZE,
                colors={0: S.basis_j}), column(step.unit, [S.basis_j] * 2, SIZE)), self.rows[2], buff=0.35))
        self.narrate(f"Step three: normalise w₂. Its length is {fmt(step.length)}; divided by that, it becomes "
                     "q₂.", FadeOut(self.w.label), ReplacementTransform(self.w.arrow, q2), Write(self.rows[3]),
                     run_time=2)
        mark = RightAngle(Line(o, self.plane.point(self.first.unit)), Line(o, self.plane.point(step.unit)),
                          length=0.22, color=THEME.text)
        self.narrate("q₁ and q₂ are perpendicular unit vectors: the orthonormal basis of the last scene.",
                     FadeOut(self.shadow), Create(mark), Indicate(self.q1), Indicate(q2))

    def generalise(self) -> None:
        box = self.place(Panel(VGroup(tex(r"w_k = a_k - \sum_{j<k} (a_k \cdot q_j)\, q_j", size=SIZE),
                                      tex(r"q_k = \frac{w_k}{\|w_k\|}", size=SIZE)).arrange(DOWN, buff=0.3)))
        self.narrate("With more vectors, repeat: subtract the projections onto every earlier q, then normalise.",
                     FadeOut(self.rows), FadeIn(box), run_time=2)
        note = self.place(text("Dependent input: an error", size=THEME.small_size, color=S.warning), box)
        self.narrate("If a vector lies in the span of the earlier ones, nothing is left: the input must be "
                     "independent.", FadeIn(note))
        qr = self.place(text("np.linalg.qr: same Q, up to signs", size=THEME.small_size, color=THEME.muted), note,
                        buff=0.35)
        self.narrate("In numpy, the QR factorisation computes the same basis, up to signs.", FadeIn(qr))


# -- 6. Recap ------------------------------------------------------------------------------------------------
class RecapChangeOfBasis(LectureScene):
    """Recall the three ideas: translating coordinates, a map in a new basis, orthonormal bases."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        words = VGroup(text("One arrow, two lists"), text("One map, two matrices"),
                       text("Orthonormal: dot products")).arrange(DOWN, aligned_edge=LEFT, buff=1.1)
        formulas = VGroup(
            tex("v", "=", "P", "[v]_B", r"\qquad", "[v]_B", "=", "P^{-1}", "v", colors={0: S.vector, 3: S.vector,
                                                                                     5: S.vector, 8: S.vector}),
            tex("D", "=", "P^{-1}", "A", "P"),
            VGroup(tex("[v]_Q", "=", "Q^T", "v", colors={0: S.vector, 3: S.vector}),
                   tex(r"w_k = a_k - \sum_{j<k} (a_k \cdot q_j)\, q_j")).arrange(DOWN, aligned_edge=LEFT, buff=0.3),
        )
        words.move_to(6.4 * LEFT + 0.3 * UP, aligned_edge=LEFT)
        for formula, label in zip(formulas, words, strict=True):
            formula.set_x(-0.6, direction=LEFT).align_to(label, UP).shift(0.1 * UP)
        self.fit_to_safe_area(VGroup(words, formulas))
        said = ("To recap. One arrow has a list of coordinates in each basis. P turns the new list into the "
                "standard one; P inverse turns it back.",
                "A map has a matrix in every basis: P inverse A P. A good basis can make it a plain stretch.",
                "In an orthonormal basis, coordinates are dot products, and Gram-Schmidt builds one: subtract "
                "projections, normalise.")
        for label, formula, words_said in zip(words, formulas, said, strict=True):
            self.narrate(words_said, FadeIn(label), Write(formula), run_time=2)
        self.narrate("PCA is exactly this: an orthonormal basis along the data, in which the covariance matrix "
                     "is diagonal. Next: eigenvectors.")


SCENES = (PreviewABetterBasis, ReadOneArrowInTwoGrids, SeeOneMapInTwoBases, ReadCoordinatesAsDotProducts,
          SubtractProjectionsWithGramSchmidt, RecapChangeOfBasis, FindCoordinatesWithPInverse, TakeAGramSchmidtStep)

"""Linear Algebra, lecture 5: the determinant as the signed factor by which a map scales areas.

The scenes in play order are listed in ``SCENES`` at the end. Every number on screen comes from
``mlmath.determinants`` (imported as ``dm``) and is written with ``scenes.kit.fmt``; positions here are layout only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import *

from mlmath import determinants as dm
from mlmath.linalg import rank
from scenes.kit.base import LectureScene, bullet_list, recap_rows, text
from scenes.kit.fmt import fmt
from scenes.kit.mobjects import Panel, TransformGrid, VectorPlane, matrix, tex, tween
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.determinant import FindTheAreaFactor, MultiplyTheDeterminants

# -- the givens of the lecture --------------------------------------------------------------------------
A = ((3, 1), (1, 2))  # the running example: i-hat lands on (3, 1), j-hat on (1, 2)
B = ((1, -1), (1, 1))  # the map applied first in the composition "B, then A"
FLIP = ((1, 2), (2, 1))  # i-hat and j-hat land on (1, 2) and (2, 1): turned over
SQUASH = ((2, -1), (1, -0.5))  # both columns on the line through (2, 1)
I_HAT, J_HAT = (1, 0), (0, 1)
KERNEL_STEPS = (-2.2, -1.4, -0.7, 0.7, 1.4, 2.2)  # points along the squashed line, in unit steps from 0

S = THEME.symbols
GRID_ORIGIN = (-4.6, -2.2, 0)  # where the warped grids keep their origin (room on the right for readouts)
SQUASH_ORIGIN = (-3.2, -0.8, 0)  # the squashed line runs both ways from the origin: keep it central
PRODUCT_ORIGIN = (-3.6, -2.2, 0)  # AB sends j-hat up and to the left: leave room on that side
TURN = {1: "counter-clockwise", -1: "clockwise", 0: "flat"}


# -- shared pictures (layout only: every number they show is passed in from mlmath) ---------------------
def columns(m: Sequence[Sequence[float]]) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where i-hat and j-hat land: the columns of a 2x2 given, read off (no arithmetic)."""
    return (m[0][0], m[1][0]), (m[0][1], m[1][1])


def make_grid(origin: Sequence[float] = GRID_ORIGIN) -> TransformGrid:
    """A warpable grid with the unit square whose origin sits at ``origin``, wide enough to fill the frame."""
    grid = TransformGrid(x_range=(-9, 16, 1), y_range=(-7, 9, 1), unit=1.0, with_square=True)
    grid.shift(np.array(origin) - grid.grid.get_origin())
    return grid


def readout(name: Mobject, value: Callable[[], str], color: str = THEME.text, width: float = 1.5) -> VGroup:
    """``name`` followed by a number that follows ``value()`` every frame."""
    slot = Rectangle(width=width, height=0.5, stroke_opacity=0).next_to(name, RIGHT, buff=0.2)
    live = always_redraw(lambda: text(value(), color=color).move_to(slot, LEFT))
    return VGroup(name, slot, live)


def area_of(m: Callable[[], Sequence[Sequence[float]]]) -> Callable[[], str]:
    """The formatted determinant of the matrix ``m()``: the live area of the square."""
    return lambda: fmt(dm.determinant(m()))


def hold_halfway(t: float) -> float:
    """A rate function that eases to the halfway point, holds there a while, then eases on to the end."""
    return 0.5 * smooth(min(t / 0.35, 1)) + 0.5 * smooth(max((t - 0.6) / 0.4, 0))


def side_panel(*rows: Mobject) -> Panel:
    """Readouts stacked in a panel at the top right of the frame, over the grid."""
    panel = Panel(VGroup(*rows).arrange(DOWN, buff=0.35, aligned_edge=LEFT), buff=0.3)
    panel.box.set_fill(opacity=1)  # grid lines piled up by a squash would show through a translucent panel
    return panel.move_to([THEME.safe_right - panel.width / 2 - 0.1, THEME.content_top - 0.1 - panel.height / 2, 0])


class GridScene(LectureScene):
    """A scene whose warped grid stays clear of the title and the caption band (covered by background bands)."""

    def show_title(self, title: str | None = None) -> Mobject:
        mob = super().show_title(title).set_z_index(4)
        band = dict(width=config.frame_width + 1, height=2, stroke_width=0, fill_color=THEME.background, fill_opacity=1)
        self.bands = VGroup(Rectangle(**band).next_to([0, THEME.content_top + 0.05, 0], UP, buff=0),
                            Rectangle(**band).next_to([0, THEME.safe_bottom, 0], DOWN, buff=0)).set_z_index(3)
        self.add(self.bands)
        return mob

    def clear_stage(self, *keep: Mobject, run_time: float = 0.6) -> None:
        for mob in self.mobjects:  # freeze live readouts so they fade out with the rest
            mob.clear_updaters()
        super().clear_stage(self.bands, *keep, run_time=run_time)

    def warp(self, grid: TransformGrid, m: Sequence[Sequence[float]], tracker: ValueTracker, words: str,
             *extra: Animation, run_time: float = 4, rate: Callable[[float], float] = linear) -> None:
        """Warp ``grid`` by ``m`` (eased by ``rate``, then ``smooth``) with ``tracker`` and ``extra`` in step."""
        follow, warp = tween(tracker, 1), grid.make_apply_animation(m)
        for anim in (follow, *extra):
            anim.set_rate_func(lambda a: smooth(rate(a)))
        for part in warp.animations:  # kit workaround: its ApplyMatrix runs 3 s, its arrows 1 s; keep them in step
            part.run_time = 1
        warp.init_run_time(warp.run_time)
        self.narrate(words, warp.set_rate_func(rate), follow, *extra, run_time=run_time)


# -- scenes ---------------------------------------------------------------------------------------------
class PreviewTheDeterminant(GridScene):
    """Know what the determinant of a matrix measures, and where it shows up in machine learning."""

    TITLE = "What the determinant measures"

    def construct(self) -> None:
        self.show_title()
        grid = make_grid()
        self.narrate("A matrix warps the plane, and the unit square is carried along.",
                     FadeIn(grid), run_time=1.5)
        self.warp(grid, A, ValueTracker(0), "How much bigger did the square get? Did the plane flip? "
                  "Did it collapse?", run_time=3)
        goals = bullet_list(["Area scaling: det A", "Compute ad \u2212 bc", "Read its sign and zero"])
        self.narrate("One number answers all three: the determinant. You will read it as an area factor, "
                     "compute it, and read its sign.", FadeIn(side_panel(goals)), run_time=2)
        self.clear_stage()
        self.show_ml_uses()

    def show_ml_uses(self) -> None:
        square = Square(1.3, color=S.highlight, fill_opacity=0.3)
        flat = Line(LEFT, RIGHT, color=S.warning, stroke_width=8).rotate(0.4)
        ellipse = Ellipse(width=2.4, height=1.1, color=S.eigen, stroke_width=4).rotate(0.5)
        sheared = square.copy().apply_matrix(A).scale(0.5)  # an icon: bigger, not to scale
        icons = (VGroup(square.copy(), Arrow(LEFT, RIGHT, color=THEME.muted), flat).arrange(RIGHT, buff=0.3),
                 VGroup(ellipse, *[Dot(ellipse.point_from_proportion(k / 7) * s, radius=0.05, color=S.probability)
                                   for k in range(7) for s in (0.45, 0.8)]),
                 VGroup(square, Arrow(LEFT, RIGHT, color=THEME.muted), sheared).arrange(RIGHT, buff=0.3))
        headings = ("Lost information", "Gaussian density", "Change of variables")
        formulas = (rf"\det A = {fmt(dm.determinant(SQUASH))}", r"p(x) \propto \frac{e^{-q(x)}}{\sqrt{\det\Sigma}}",
                    r"p_Y(y) = \frac{p_X(x)}{|\det J|}")
        cards = VGroup(*[VGroup(text(h, color=THEME.muted), i.scale_to_fit_height(1.4), tex(f, size=36))
                         .arrange(DOWN, buff=0.4) for h, i, f in zip(headings, icons, formulas, strict=True)])
        self.fit_to_safe_area(cards.arrange(RIGHT, buff=0.8, aligned_edge=UP).move_to(0.1 * UP))
        words = ("In machine learning, a zero determinant warns that a map loses information: it squashes the "
                 "plane, and nothing can undo it.",
                 "The Gaussian density divides by the square root of det Sigma, its covariance's area factor.",
                 "And normalizing flows, which reshape data, divide densities by the determinant of the Jacobian.")
        for card, said in zip(cards, words, strict=True):
            self.narrate(said, FadeIn(card))


class ScaleTheUnitSquare(GridScene):
    """See a matrix scale the area of every shape by one factor, and name that factor the determinant."""

    TITLE = "Areas scale by one factor"

    def construct(self) -> None:
        self.show_title()
        self.grid, self.t = make_grid(), ValueTracker(0)
        area = readout(tex(r"\text{area} ="), area_of(lambda: dm.interpolate_from_identity(A, self.t.get_value())))
        self.rows = VGroup(VGroup(tex("A ="), matrix(A)).arrange(RIGHT, buff=0.2), area)
        self.panel = side_panel(*self.rows)
        self.narrate("Here is the grid, with i-hat in green and j-hat in red. Together they span the unit square.",
                     FadeIn(self.grid), run_time=2)
        self.narrate(f"Its area is {fmt(dm.signed_area(I_HAT, J_HAT))}: one cell of the grid.",
                     FadeIn(self.panel.box), FadeIn(area), Indicate(self.grid.square, color=S.highlight))
        (a, c), (b, d) = columns(A)
        self.narrate(f"Now apply A. It sends i-hat to {fmt(a)}, {fmt(c)}, and j-hat to {fmt(b)}, {fmt(d)}: "
                     "its columns.", FadeIn(self.rows[0]))
        self.warp(self.grid, A, self.t, "Watch the area readout while the grid warps.")
        self.narrate(f"The square became the parallelogram spanned by the columns. Its area grew from "
                     f"{fmt(dm.signed_area(I_HAT, J_HAT))} to {fmt(dm.determinant(A))}.",
                     Indicate(self.grid.square, color=S.highlight))
        self.tile_the_plane()
        self.name_the_determinant()

    def tile_the_plane(self) -> None:
        along_i = self.grid.i_hat.get_end() - self.grid.origin
        along_j = self.grid.j_hat.get_end() - self.grid.origin
        copies = VGroup(*[self.grid.square.copy().shift(v) for v in (along_j, along_j - along_i)])
        self.narrate("And not just this square: every cell of the grid became the same parallelogram.",
                     LaggedStart(*[FadeIn(c, scale=0.8) for c in copies], lag_ratio=0.4), run_time=2)
        self.narrate(f"Any shape can be filled with tiny cells, so every area in the plane is multiplied by "
                     f"{fmt(dm.determinant(A))}.", FadeOut(copies))

    def name_the_determinant(self) -> None:
        det = tex(r"\det A", "=", fmt(dm.determinant(A)), colors={2: S.highlight})
        rule = tex(r"\text{new area} = \det A \times \text{old area}", size=32)
        box = Panel(VGroup(det, rule).arrange(DOWN, buff=0.3, aligned_edge=LEFT))
        box.next_to(self.panel, DOWN, buff=0.3).align_to(self.panel, RIGHT)
        self.narrate("This factor is called the determinant of A, written det A.", FadeIn(box.box), Write(det))
        self.narrate("The determinant tells how much a map stretches or shrinks areas.", Write(rule))


class BuildAdMinusBc(LectureScene):
    """Derive det [[a, b], [c, d]] = ad - bc by cutting the parallelogram out of its bounding box."""

    TITLE = "Where ad \u2212 bc comes from"
    COLORS = {"ac": S.basis_i, "bd": S.basis_j, "bc": THEME.muted}

    def construct(self) -> None:
        self.show_title()
        self.plane = VectorPlane(x_range=(-1, 5, 1), y_range=(-1, 4, 1), unit=0.95).place_lower_left()
        self.show_columns()
        self.box_it_in()
        self.cut_the_pieces()
        self.cancel_terms()
        self.check_numbers()

    def terms(self, *parts: str) -> MathTex:
        """A formula whose terms ac, bd and bc are coloured like the pieces of the box they stand for."""
        return tex(*parts, size=34, colors={k: self.COLORS[t] for k, t in enumerate(parts) if t in self.COLORS})

    def show_columns(self) -> None:
        p, (i_lands, j_lands) = self.plane, columns(A)
        shape = Polygon(*[p.point(c) for c in dm.parallelogram(i_lands, j_lands)], stroke_width=2,
                        color=S.highlight, fill_opacity=0.35)
        arrows = (p.vector(i_lands, color=S.basis_i), p.vector(j_lands, color=S.basis_j))
        general = Matrix([["a", "b"], ["c", "d"]], element_to_mobject_config={"font_size": 36}, h_buff=0.9)
        general.set_column_colors(S.basis_i, S.basis_j).get_brackets().set_color(THEME.text)
        letters = VGroup(tex("A ="), general, tex("=")).arrange(RIGHT, buff=0.2)
        self.top = VGroup(letters, matrix(A, size=36)).arrange(RIGHT, buff=0.2).move_to([3.3, 2.2, 0])
        self.narrate("Where does the area come from? Write A with letters: i-hat lands on a, c and j-hat on b, d.",
                     FadeIn(p), FadeIn(shape), *[v.make_grow_animation() for v in arrows], FadeIn(self.top),
                     run_time=2)

    def box_it_in(self) -> None:
        p, (a, c), (b, d) = self.plane, *columns(A)
        box, self.pieces = dm.box_pieces(A)
        outline = Polygon(*[p.point(q) for q in dm.parallelogram((a + b, 0), (0, c + d))], color=THEME.text,
                          stroke_width=3)
        marks = VGroup(*[BraceBetweenPoints(p.point(start), p.point(end), color=THEME.muted, buff=0.08)
                         for start, end in (((0, 0), (a, 0)), ((a, 0), (a + b, 0)), ((0, d), (0, 0)),
                                            ((0, c + d), (0, d)))])
        marks.add(*[brace.get_tex(name).scale(0.8) for brace, name in zip(marks, "abdc", strict=True)])
        self.area = self.terms(r"\text{area}", "=", "(a+b)(c+d)", "-", "ac", "-", "bd", "-", "bc", "-", "bc")
        self.area.next_to(self.top, DOWN, buff=0.6).align_to(0.3 * LEFT, LEFT)
        self.narrate(f"Box it in. The box is a plus b wide and c plus d tall: here {fmt(box)} cells.",
                     Create(outline), FadeIn(marks), Write(self.area[:3]), run_time=2)

    def cut_the_pieces(self) -> None:
        words = {"ac": "Two green triangles have legs a and c. Each is half of a by c, so together they make ac.",
                 "bd": "Two red triangles have legs b and d: together, bd.",
                 "bc": "And two rectangles, each b by c, fill the corners."}
        parts = {"ac": (3, 5), "bd": (5, 7), "bc": (7, 11)}
        for name, said in words.items():
            shapes = VGroup(*[Polygon(*[self.plane.point(q) for q in piece.corners], stroke_width=2,
                                      color=self.COLORS[name], fill_opacity=0.45)
                              for piece in self.pieces if piece.name == name])
            lo, hi = parts[name]
            self.narrate(said, FadeIn(shapes), FadeIn(self.area[lo:hi], shift=0.2 * LEFT), run_time=1.5)

    def cancel_terms(self) -> None:
        expanded = self.terms("=", "ac", "+", "ad", "+", "bc", "+", "bd", "-", "ac", "-", "bd", "-", "bc", "-", "bc")
        expanded.next_to(self.area, DOWN, buff=0.45).align_to(self.area[1], LEFT)
        self.result = self.terms("=", "ad", "-", "bc").move_to(expanded, LEFT)
        self.narrate("Multiply out the box: a plus b times c plus d is ac plus ad plus bc plus bd.",
                     FadeIn(expanded[0]), ReplacementTransform(self.area[2].copy(), expanded[1:8]),
                     TransformFromCopy(self.area[3:], expanded[8:]), run_time=2)
        self.narrate("Now ac cancels, bd cancels, and one bc cancels another.", LaggedStart(
            *[Indicate(expanded[k], color=S.highlight) for k in (1, 9, 7, 11, 5, 13)], lag_ratio=0.3), run_time=2)
        self.narrate("What is left is the parallelogram's area: ad minus bc.",
                     TransformMatchingTex(expanded, self.result), run_time=2)

    def check_numbers(self) -> None:
        (a, c), (b, d) = columns(A)
        numbers = tex("=", rf"{fmt(a)} \cdot {fmt(d)} - {fmt(b)} \cdot {fmt(c)}", "=", fmt(dm.determinant(A)),
                      size=34, colors={3: S.highlight})
        numbers.next_to(self.result, DOWN, buff=0.45).align_to(self.result, LEFT)
        law = tex(r"\det \begin{bmatrix} a & b \\ c & d \end{bmatrix} = ad - bc", size=36)
        law.next_to(numbers, DOWN, buff=0.5).set_x(3.5)
        self.narrate(f"With our numbers: {fmt(a)} times {fmt(d)}, minus {fmt(b)} times {fmt(c)}, is "
                     f"{fmt(dm.determinant(A))}: the area we watched the square grow to.", Write(numbers), run_time=2)
        self.narrate("So the determinant of a two by two matrix is ad minus bc.", Write(law),
                     Create(SurroundingRectangle(law, color=S.highlight, buff=0.15)))


class FlipAndFlattenThePlane(GridScene):
    """Read a negative determinant as a flip of orientation, and a zero one as the plane squashed onto a line."""

    TITLE = "Negative and zero determinants"

    def construct(self) -> None:
        self.show_title()
        self.flip_the_plane()
        self.clear_stage()
        self.squash_the_plane()

    def flip_the_plane(self) -> None:
        grid, t = make_grid(), ValueTracker(0)
        o, u = grid.origin, grid.unit
        turn = Arc(radius=0.55 * u, start_angle=0.25, angle=PI / 2 - 0.5, arc_center=o, color=THEME.text,
                   stroke_width=4).add_tip(tip_length=0.16, tip_width=0.16)

        def now() -> np.ndarray:
            return dm.interpolate_from_identity(FLIP, t.get_value())

        rows = (VGroup(tex("F ="), matrix(FLIP)).arrange(RIGHT, buff=0.2),
                readout(tex(r"\det ="), area_of(now)),
                readout(text("turn:", size=THEME.small_size), lambda: TURN[dm.orientation(now()[:, 0], now()[:, 1])],
                        width=3.0))
        panel = side_panel(*rows)
        self.narrate("Turning from i-hat to j-hat goes counter-clockwise, the way the white arrow points.",
                     FadeIn(grid), Create(turn), FadeIn(panel.box), *[FadeIn(r) for r in rows[1:]], run_time=2)
        (a, c), (b, d) = columns(FLIP)
        self.narrate(f"Now a new map, F. It sends i-hat to {fmt(a)}, {fmt(c)}, and j-hat to {fmt(b)}, {fmt(d)}.",
                     FadeIn(rows[0]))
        self.warp(grid, FLIP, t, "Watch: halfway, the square is squashed flat, with area zero. Then it opens "
                  "out again, turned over.", ApplyMatrix(FLIP, turn, about_point=o), run_time=7, rate=hold_halfway)
        self.narrate("Now the turn from i-hat to j-hat goes clockwise: the plane is flipped, like a page "
                     "turned over.", Indicate(turn, color=S.highlight))
        det = tex(r"\det F", "=", fmt(dm.determinant(FLIP)), colors={2: S.warning})
        det.next_to(panel, DOWN, buff=0.4).align_to(panel, LEFT).shift(0.3 * RIGHT)
        self.narrate(f"The determinant says both at once: {fmt(dm.determinant(FLIP))}. Its size, "
                     f"{fmt(dm.area_factor(FLIP))}, scales areas; its minus sign means a flip.",
                     FadeIn(Panel(det).box), Write(det), run_time=2)

    def squash_the_plane(self) -> None:
        grid, t = make_grid(SQUASH_ORIGIN), ValueTracker(0)
        k = dm.kernel_direction(SQUASH)
        dots = VGroup(*[Dot(grid.grid.point(s * k), radius=0.08, color=S.warning) for s in KERNEL_STEPS])
        rows = (VGroup(tex("S ="), matrix(SQUASH)).arrange(RIGHT, buff=0.2),
                readout(tex(r"\det ="), area_of(lambda: dm.interpolate_from_identity(SQUASH, t.get_value()))))
        panel = side_panel(*rows)
        self.narrate("What if the area shrinks to zero and stays there? Meet S, and a line of coral points.",
                     FadeIn(grid), FadeIn(panel), FadeIn(dots), run_time=2)
        self.warp(grid, SQUASH, t, "Both columns of S point along one line. Watch the whole plane fall onto it.",
                  ApplyMatrix(SQUASH, dots, about_point=grid.origin), run_time=5)
        facts = VGroup(tex(r"\det S", "=", fmt(dm.determinant(SQUASH)), colors={2: S.warning}),
                       tex(r"\operatorname{rank} S", "=", fmt(rank(SQUASH))),
                       text("no inverse", color=S.warning)).arrange(DOWN, buff=0.3, aligned_edge=LEFT)
        facts = Panel(facts).next_to(panel, DOWN, buff=0.3).align_to(panel, LEFT)
        self.narrate(f"The square is now a segment with no area: det S is {fmt(dm.determinant(SQUASH))}.",
                     FadeIn(facts.box), Write(facts.content[0]))
        self.narrate("Every coral point landed on the origin. That line is lost, so nothing can undo S.",
                     Flash(grid.origin, color=S.warning), FadeIn(facts.content[2]))
        self.narrate(f"It is the singular case of the last lecture: dependent columns, rank "
                     f"{fmt(rank(SQUASH))}, no inverse. Determinant zero means exactly that.",
                     Write(facts.content[1]), run_time=2)


class MultiplyTheAreaFactors(GridScene):
    """See det(AB) = det(A) det(B): doing one map after another multiplies their area factors."""

    TITLE = "Scaling twice: det(AB)"

    def construct(self) -> None:
        self.show_title()
        grid, self.b_done, self.a_done = make_grid(PRODUCT_ORIGIN), ValueTracker(0), ValueTracker(0)
        pair = VGroup(tex("B ="), matrix(B), tex("A ="), matrix(A)).arrange(RIGHT, buff=0.2).scale(0.7)
        pair[2:].shift(0.2 * RIGHT)
        self.panel = side_panel(pair, readout(tex(r"\text{area} ="), area_of(self.now)))
        self.narrate("From the transformations lecture: apply B, then A, and you have applied the product AB.",
                     FadeIn(grid), FadeIn(self.panel), run_time=2)
        self.warp(grid, B, self.b_done, f"First B. It turns the square and stretches it: the area becomes "
                  f"{fmt(dm.determinant(B))}.", run_time=3)
        self.warp(grid, A, self.a_done, f"Then A. It multiplies every area by {fmt(dm.determinant(A))}, the "
                  "square's included.")
        self.state_the_rule()

    def now(self) -> np.ndarray:
        """The map applied so far: part of B, or all of B followed by part of A."""
        return dm.matrix_product(dm.interpolate_from_identity(A, self.a_done.get_value()),
                                 dm.interpolate_from_identity(B, self.b_done.get_value()))

    def state_the_rule(self) -> None:
        (of_product, product_of), ab = dm.product_rule(A, B), dm.matrix_product(A, B)
        da, db = fmt(dm.determinant(A)), fmt(dm.determinant(B))
        rule = tex(r"\det(AB)", "=", r"\det A", r"\cdot", r"\det B", size=36)
        numbers = tex(fmt(of_product), "=", da, r"\cdot", db, colors={0: S.highlight}, size=36)
        check = VGroup(tex("AB ="), matrix(ab), tex(rf"\det = {fmt(of_product)}")).arrange(RIGHT, buff=0.2)
        rows = VGroup(rule, numbers, check.scale(0.65)).arrange(DOWN, buff=0.25)
        numbers.align_to(rule, RIGHT)
        box = Panel(rows, buff=0.2).next_to(self.panel, DOWN, buff=0.15).align_to(self.panel, RIGHT)
        self.narrate(f"Scaled by {db}, then by {da}: the area is {fmt(product_of)}. The factors multiply.",
                     FadeIn(box.box), Write(numbers), run_time=2)
        self.narrate("That is the product rule: the determinant of AB is det A times det B.",
                     *[TransformFromCopy(n, r) for n, r in zip(numbers, rule, strict=True)], run_time=2)
        self.narrate(f"Check it the long way: AB has determinant {fmt(of_product)} too.", FadeIn(check))
        self.narrate("Signs multiply as well, so two flips make no flip. And if either map squashes the "
                     "plane, so does the product.")


class RecallWhatTheDeterminantSays(LectureScene):
    """Recall the three things a determinant tells: the area factor, the orientation, and whether it squashes."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        zero = fmt(dm.determinant(SQUASH))
        points = (("Area factor", r"\det \begin{bmatrix} a & b \\ c & d \end{bmatrix} = ad - bc", ""),
                  ("Sign and zero", rf"\det < {zero}: \text{{flip}} \qquad \det = {zero}: \text{{squash}}", ""),
                  ("Products", r"\det(AB) = \det A \, \det B", "factors multiply"))
        rows = self.fit_to_safe_area(recap_rows(points).move_to(0.1 * UP))
        words = ("Three things to take away. One: the determinant is the factor by which a map scales every "
                 "area. For a two by two matrix it is ad minus bc.",
                 "Two: a negative determinant means the map flips the plane over. A zero determinant squashes "
                 "it flat: information is lost, and the map has no inverse.",
                 "Three: one map after another multiplies the area factors. The determinant of AB is det A "
                 "times det B.")
        for row, said in zip(rows, words, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)
        self.narrate("In n dimensions the determinant scales volumes in the same way. That is why it sits in "
                     "Gaussian densities and in change of variables.")


SCENES = (
    PreviewTheDeterminant,
    ScaleTheUnitSquare,
    BuildAdMinusBc,
    FlipAndFlattenThePlane,
    MultiplyTheAreaFactors,
    RecallWhatTheDeterminantSays,
    FindTheAreaFactor,
    MultiplyTheDeterminants,
)

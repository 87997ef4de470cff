"""Linear Algebra, lecture 1: vectors as arrows and lists, addition, scaling, span, basis and independence.

Render one shot with ``manim -pql scenes/linear_algebra/vectors.py AddTipToTail``; ``SCENES`` gives the order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from manim import *  # noqa: F403 - scene files may star-import manim

from mlmath.linalg import coordinates_in_basis, linear_combination, rank, unit
from scenes.kit.base import LectureScene, below_title, bullet_list, text
from scenes.kit.fmt import fmt, signed
from scenes.kit.mobjects import Panel, VectorPlane, column, tex, tween
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.vectors import CombineTwoVectors, FindCoordinatesInABasis

# -- The givens of the lecture -------------------------------------------------------------------------------
FLOWER = (5.1, 3.5)  # an iris: sepal length and width in cm (a data point)
EMBEDDING = (0.21, -0.47, 0.83)  # the first entries of a word's embedding
WEIGHTS = (0.8, -1.2)  # a linear model's weights
I_HAT, J_HAT = (1, 0), (0, 1)  # the standard basis of the plane
V = (2, 1)  # the first example vector v
W = (-1, 2)  # the second example vector w
SCALES = (2, -1.5)  # scalars that stretch v, then flip it
START_COEFFS = (1, 1)  # the combination c1 v + c2 w we start from: plain v + w
SWEEP_C1 = 1.5  # c1 sweeps between -SWEEP_C1 and SWEEP_C1 ...
SWEEP_C2 = (-0.75, -0.375, 0, 0.375, 0.75)  # ... once for each of these c2
TARGET = (4, -1)  # the point whose coordinates in the basis {v, w} we look for
DEP_FACTOR = -1.5  # u = DEP_FACTOR * v: a vector that depends on v
LINE_REACH = 2.5  # the drawn span of v runs from -LINE_REACH v to LINE_REACH v
LATTICE = tuple(k / 2 for k in range(-6, 7))  # coefficients of the dots that sample a span


# -- Small builders shared by the shots --------------------------------------------------------------------
def lattice_dots(plane: VectorPlane, second: Callable[[], Sequence[float]]) -> VGroup:
    """Dots at c1 v + c2 w for c1, c2 in ``LATTICE``, following ``second()`` as w; dots off the plane hide."""
    pairs = [(a, b) for a in LATTICE for b in LATTICE]
    dots = VGroup(*[Dot(radius=0.045, color=THEME.symbols.result) for _ in pairs]).set_z_index(1)
    x_max, y_max = plane.x_range[1], plane.y_range[1]

    def place(group: VGroup) -> None:
        w_now = second()
        for dot, pair in zip(group, pairs, strict=True):
            p = linear_combination(pair, (V, w_now))
            dot.move_to(plane.point(p)).set_opacity(1 if abs(p[0]) <= x_max and abs(p[1]) <= y_max else 0)

    place(dots)
    return dots.add_updater(place)


# -- 1. Opening ----------------------------------------------------------------------------------------------
class SpotVectorsInMachineLearning(LectureScene):
    """Recognise data points, embeddings and weights as vectors, and know what this lecture teaches."""

    TITLE = "Vectors in machine learning"

    def construct(self) -> None:
        self.show_title()
        yellow = THEME.symbols.vector
        embedding = r"\begin{bmatrix}" + r" \\ ".join(fmt(x) for x in EMBEDDING) + r" \\ \vdots \end{bmatrix}"
        cards = VGroup(
            self.card("A data point", column(FLOWER, [yellow] * len(FLOWER)), "length, width"),
            self.card("A word embedding", MathTex(embedding, color=yellow, font_size=38), "\u201cking\u201d"),
            self.card("Model weights", column(WEIGHTS, [yellow] * len(WEIGHTS))),
        ).arrange(RIGHT, buff=0.6, aligned_edge=UP)
        cards.scale_to_fit_width(11).move_to(0.1 * DOWN)
        self.narrate("Machine learning runs on vectors. A flower, measured by its length and width, "
                     "is a data point: a short list of numbers.", FadeIn(cards[0], shift=0.3 * UP))
        self.narrate("A word is stored as a long list of numbers, its embedding.", FadeIn(cards[1], shift=0.3 * UP))
        self.narrate("And the weights a model learns form a vector too.", FadeIn(cards[2], shift=0.3 * UP))
        self.narrate("All three are lists of numbers. This lecture also draws them as arrows.")
        self.show_goals()

    @staticmethod
    def card(heading: str, body: MathTex, note: str | None = None) -> Panel:
        rows = [text(heading), body] + ([text(note, size=THEME.small_size, color=THEME.muted)] if note else [])
        return Panel(VGroup(*rows).arrange(DOWN, buff=0.3), buff=0.3)

    def show_goals(self) -> None:
        self.clear_stage()
        heading = text("After this lecture:", size=THEME.title_size, color=THEME.symbols.vector)
        goals = bullet_list(["arrows and lists", "add, scale, combine", "span, independence, basis"],
                            size=THEME.heading_size, buff=0.45)
        VGroup(heading, goals).arrange(DOWN, aligned_edge=LEFT, buff=0.6).move_to(0.1 * DOWN)
        self.narrate("By the end, you will read a vector both as an arrow and as a list,", FadeIn(heading),
                     FadeIn(goals[0], shift=0.2 * RIGHT))
        self.narrate("add, scale and combine vectors,", FadeIn(goals[1], shift=0.2 * RIGHT))
        self.narrate("and tell whether a set of vectors spans the plane and forms a basis.",
                     FadeIn(goals[2], shift=0.2 * RIGHT))


# -- 2. Arrows and lists -------------------------------------------------------------------------------------
class DrawVectorsAsArrowsAndLists(LectureScene):
    """Read a vector both as an arrow from the origin and as a list of coordinates along i-hat and j-hat."""

    TITLE = "Arrows and lists"

    def construct(self) -> None:
        self.show_title()
        self.plane = VectorPlane(x_range=(-1, 4, 1), y_range=(-1, 3, 1), unit=1.35).move_to(3.3 * LEFT)
        self.v = self.plane.vector(V, "v", color=THEME.symbols.vector, label_direction=UP, label_size=44)
        self.v.set_z_index(2)
        self.narrate("Here is a plane, with an origin where the axes cross.", Create(self.plane), run_time=1.5)
        self.narrate("A vector is an arrow with a length and a direction. We draw it from the origin.",
                     self.v.make_grow_animation())
        self.count_basis_steps(self.read_list())

    def read_list(self) -> VGroup:
        p, s = self.plane, THEME.symbols
        corner = linear_combination((V[0],), (I_HAT,))
        walk_x = DashedLine(p.get_origin(), p.point(corner), color=s.basis_i, stroke_width=4)
        walk_y = DashedLine(p.point(corner), p.point(V), color=s.basis_j, stroke_width=4)
        num_x = tex(fmt(V[0]), colors={0: s.basis_i}, size=44).next_to(walk_x, DOWN, buff=0.15)
        num_y = tex(fmt(V[1]), colors={0: s.basis_j}, size=44).next_to(walk_y, RIGHT, buff=0.15)
        self.narrate(f"To reach its tip, walk {fmt(V[0])} to the right, then {fmt(V[1])} up.",
                     Create(walk_x), Create(walk_y), FadeIn(num_x), FadeIn(num_y), run_time=2)
        col = column(V, [s.basis_i, s.basis_j], size=48)
        eq = VGroup(tex("v", "=", colors={0: s.vector}, size=48), col).arrange(RIGHT, buff=0.2)
        eq.move_to(3.4 * RIGHT + 1.7 * UP)
        self.narrate("Those two numbers are the same vector written as a list, a column of coordinates.",
                     FadeIn(eq[0]), FadeIn(col[0]), FadeIn(col[-1]), TransformFromCopy(num_x, col[1]),
                     TransformFromCopy(num_y, col[3]), run_time=1.5)
        self.walk = VGroup(walk_x, walk_y, num_x, num_y)
        return eq

    def count_basis_steps(self, eq: VGroup) -> None:
        p, s = self.plane, THEME.symbols
        i_hat = p.vector(I_HAT, r"\hat{\imath}", color=s.basis_i, label_direction=DOWN, label_size=44)
        j_hat = p.vector(J_HAT, r"\hat{\jmath}", color=s.basis_j, label_direction=LEFT, label_size=44)
        self.narrate("The unit steps along the axes have names: i-hat along x, and j-hat along y.",
                     FadeOut(self.walk), i_hat.make_grow_animation(), j_hat.make_grow_animation())
        steps = [p.vector(I_HAT, color=s.basis_i, start=linear_combination((k,), (I_HAT,)))
                 for k in range(round(V[0]))]
        steps += [p.vector(J_HAT, color=s.basis_j, start=linear_combination((V[0], k), (I_HAT, J_HAT)))
                  for k in range(round(V[1]))]
        combo = tex("v", "=", fmt(V[0]), r"\hat{\imath}", "+", fmt(V[1]), r"\hat{\jmath}",
                    colors={0: s.vector, 2: s.basis_i, 3: s.basis_i, 5: s.basis_j, 6: s.basis_j}, size=48)
        combo.next_to(eq, DOWN, buff=0.7).align_to(eq, LEFT)
        self.narrate(f"Lay {fmt(V[0])} i-hats end to end, then {fmt(V[1])} j-hat, and you land exactly on "
                     "the tip of v.", Succession(*[GrowArrow(step.arrow) for step in steps]), run_time=2)
        self.narrate("So the list counts how many of each unit step you need.",
                     TransformFromCopy(eq[1][1], combo[2]), TransformFromCopy(eq[1][3], combo[5]),
                     FadeIn(combo[:2]), FadeIn(combo[3:5]), FadeIn(combo[6]), run_time=2)
        space = tex(r"v \in \mathbb{R}^2", size=48).next_to(combo, DOWN, buff=0.7).align_to(eq, LEFT)
        self.narrate("A list of two numbers is an arrow in the plane; a data point with n features is an arrow "
                     "in n dimensions.", Write(space))


# -- 3. Addition and scaling ---------------------------------------------------------------------------------
class AddTipToTail(LectureScene):
    """Add vectors tip to tail and scale them, and see that both act on the coordinates entry by entry."""

    TITLE = "Adding and scaling"

    def construct(self) -> None:
        self.show_title()
        s = THEME.symbols
        self.plane = VectorPlane(x_range=(-4, 5, 1), y_range=(-2, 4, 1), unit=0.85).move_to(2.75 * LEFT + 0.1 * UP)
        v = self.plane.vector(V, "v", color=s.vector, label_direction=DOWN + RIGHT)
        w = self.plane.vector(W, "w", color=s.vector_b)
        names = VGroup(tex("v", "=", colors={0: s.vector}), column(V, [s.vector] * 2),
                       tex("w", "=", colors={0: s.vector_b}), column(W, [s.vector_b] * 2))
        names.arrange(RIGHT, buff=0.2).move_to(4.1 * RIGHT + 2.1 * UP)
        names[2:].shift(0.4 * RIGHT)
        self.narrate("Take two vectors, v and w, both drawn from the origin.", Create(self.plane),
                     v.make_grow_animation(), w.make_grow_animation(), FadeIn(names), run_time=2)
        self.add_tip_to_tail(w)
        self.add_entries(names)
        self.clear_stage(self.plane)
        self.scale_vector()

    def add_tip_to_tail(self, w: VMobject) -> None:
        p, s = self.plane, THEME.symbols
        moved = p.vector(W, "w", color=s.vector_b, start=V)
        moved.label.next_to(moved.arrow.get_center(), RIGHT, buff=0.2)
        self.narrate("To add w to v, slide w so that its tail sits on the tip of v.",
                     TransformFromCopy(w, moved), run_time=2)
        total = p.vector(linear_combination(START_COEFFS, (V, W)), "v + w", color=s.result, label_direction=UP)
        self.narrate("The sum is the arrow from the origin to where you end up: walk along v, then along w.",
                     total.make_grow_animation())
        v_moved = p.vector(V, "v", color=s.vector, start=W)
        v_moved.label.next_to(v_moved.arrow.get_center(), UP + LEFT, buff=0.1)
        self.narrate("Walk along w first and then v, and you land on the same tip: the order does not matter.",
                     TransformFromCopy(moved, v_moved), run_time=2)

    def add_entries(self, names: VGroup) -> None:
        s = THEME.symbols
        total = linear_combination(START_COEFFS, (V, W))
        step1 = VGroup(tex("v + w", "=", colors={0: s.result}), column(V, [s.vector] * 2), tex("+"),
                       column(W, [s.vector_b] * 2)).arrange(RIGHT, buff=0.2)
        sums = [f"{fmt(a)} + {fmt(b) if b >= 0 else '(' + fmt(b) + ')'}" for a, b in zip(V, W, strict=True)]
        step2 = VGroup(tex("="), tex(r"\begin{bmatrix}" + r" \\ ".join(sums) + r"\end{bmatrix}"))
        step3 = VGroup(tex("="), column(total, [s.result] * 2))
        step1.next_to(names, DOWN, buff=0.6).align_to(names, LEFT)
        for step in (step2, step3):
            step.arrange(RIGHT, buff=0.2).next_to(step1, DOWN, buff=0.4).align_to(step1[0][1], LEFT)
        self.narrate("In coordinates, addition goes entry by entry.", FadeIn(step1), run_time=1.5)
        self.narrate("Add the first entries together, and the second entries together.", FadeIn(step2))
        self.narrate(f"The sum is {fmt(total[0])}, {fmt(total[1])}: exactly the tip of the violet arrow.",
                     ReplacementTransform(step2, step3))

    def scale_vector(self) -> None:
        p, s = self.plane, THEME.symbols
        v = p.vector(V, "v", color=s.vector, label_direction=UP).set_z_index(2)
        self.narrate("Multiplying a vector by a number, a scalar, changes its length.", v.make_grow_animation())
        rows = VGroup()
        for k, c in enumerate(SCALES):
            scaled = linear_combination((c,), (V,))
            arrow = p.vector(scaled, f"{fmt(c)}\\,v", color=s.result, label_direction=DOWN + RIGHT)
            row = VGroup(tex(fmt(c)), column(V, [s.vector] * 2), tex("="), column(scaled, [s.result] * 2))
            rows.add(row.arrange(RIGHT, buff=0.15).move_to(4.1 * RIGHT + (1.3 - 2.2 * k) * UP))
            words = (f"Times {fmt(c)}, the arrow keeps its direction and grows {fmt(c)} times longer." if c > 0
                     else f"Times {fmt(c)}, a negative number, it flips around to point the other way.")
            self.narrate(words, arrow.make_grow_animation(), FadeIn(row), run_time=2)
        self.narrate("In coordinates, scaling multiplies every entry by the same number.",
                     *[Indicate(row[3]) for row in rows])


# -- 4. Linear combinations and span -------------------------------------------------------------------------
class CombinationsSweepThePlane(LectureScene):
    """See c1 v + c2 w sweep out the span of v and w, and find a point's coordinates in the basis {v, w}."""

    TITLE = "Linear combinations and span"

    def construct(self) -> None:
        self.show_title()
        s = THEME.symbols
        self.plane = VectorPlane(x_range=(-7, 7, 1), y_range=(-3, 3, 1), unit=0.85).shift(0.1 * UP)
        v = self.plane.vector(V, "v", color=s.vector)
        w = self.plane.vector(W, "w", color=s.vector_b)
        self.narrate("Back to v and w. Scale each one by a number, then add the results.",
                     Create(self.plane), v.make_grow_animation(), w.make_grow_animation(), run_time=2)
        self.c1, self.c2 = ValueTracker(START_COEFFS[0]), ValueTracker(START_COEFFS[1])
        self.show_combination(v, w)
        self.sweep_line()
        self.sweep_plane()
        self.find_coordinates()

    def first(self) -> Sequence[float]:
        return linear_combination((self.c1.get_value(),), (V,))

    def tip(self) -> Sequence[float]:
        return linear_combination((self.c1.get_value(), self.c2.get_value()), (V, W))

    def show_combination(self, v: VMobject, w: VMobject) -> None:
        p, s = self.plane, THEME.symbols
        self.arrows = VGroup(always_redraw(lambda: p.arrow(None, self.first(), s.vector)),
                             always_redraw(lambda: p.arrow(self.first(), self.tip(), s.vector_b)),
                             always_redraw(lambda: p.arrow(None, self.tip(), s.result)))
        formula = tex("c_1", "v", "+", "c_2", "w", colors={1: s.vector, 4: s.vector_b})
        readouts = VGroup()
        for name, tracker, color in (("c_1", self.c1, s.vector), ("c_2", self.c2, s.vector_b)):
            number = DecimalNumber(tracker.get_value(), num_decimal_places=2, include_sign=True, font_size=36,
                                   color=color)
            number.add_updater(lambda m, t=tracker: m.set_value(t.get_value()))
            readouts.add(VGroup(tex(name, "=", size=36), number).arrange(RIGHT, buff=0.15))
        self.panel = below_title(Panel(VGroup(formula, readouts.arrange(RIGHT, buff=0.5)).arrange(DOWN, buff=0.3)))
        self.narrate("The result is called a linear combination of v and w.",
                     FadeOut(v), FadeOut(w), FadeIn(self.arrows), FadeIn(self.panel))

    def sweep_line(self) -> None:
        self.narrate("Set the second number to zero, and slide the first.", tween(self.c2, 0))
        trace = TracedPath(lambda: self.plane.point(self.first()), stroke_color=THEME.symbols.vector,
                           stroke_width=4)
        self.add(trace)
        self.narrate("The tip runs along a line: every multiple of v lies on it.",
                     Succession(tween(self.c1, SWEEP_C1), tween(self.c1, -SWEEP_C1, run_time=2),
                                tween(self.c2, SWEEP_C2[0], run_time=0.8)))
        self.line_trace = trace.clear_updaters()

    def sweep_plane(self) -> None:
        p, s = self.plane, THEME.symbols
        moves, lines = [], VGroup()
        for k, b in enumerate(SWEEP_C2):
            start, end = (-SWEEP_C1, SWEEP_C1) if k % 2 == 0 else (SWEEP_C1, -SWEEP_C1)
            lines.add(Line(*[p.point(linear_combination((a, b), (V, W))) for a in (start, end)],
                           color=s.result, stroke_width=3))
            moves += [tween(self.c2, b, run_time=0.4)] if k else []
            moves.append(AnimationGroup(tween(self.c1, end), Create(lines[-1]), run_time=1.3))
        self.narrate("Now nudge the second number between sweeps. Each sweep traces a new line, "
                     "parallel to v and shifted along w.", Succession(*moves))
        low, high = SWEEP_C2[0], SWEEP_C2[-1]
        corners = [(-SWEEP_C1, low), (SWEEP_C1, low), (SWEEP_C1, high), (-SWEEP_C1, high)]
        patch = Polygon(*[p.point(linear_combination(c, (V, W))) for c in corners], stroke_width=0,
                        fill_color=s.span, fill_opacity=0.6).set_z_index(-1)
        whole = Rectangle(width=p.width, height=p.height, stroke_width=0, fill_color=s.span, fill_opacity=0.6)
        claim = Panel(tex(r"\operatorname{span}\{v, w\} = \mathbb{R}^2")).to_corner(DR, buff=0.5).set_y(-1.9)
        self.narrate("Fill in every value in between, and let the numbers grow without limit: the "
                     "combinations cover the entire plane.",
                     Succession(FadeIn(patch), ReplacementTransform(patch, whole.move_to(p).set_z_index(-1))),
                     run_time=3)
        self.narrate("All the linear combinations together form the span. The span of v and w is the "
                     "whole plane.", FadeIn(claim))
        self.fill = VGroup(self.line_trace, lines, whole, claim)

    def find_coordinates(self) -> None:
        p, s = self.plane, THEME.symbols
        coords = coordinates_in_basis((V, W), TARGET)
        target = VGroup(Dot(p.point(TARGET), color=s.result, radius=0.08),
                        tex("t", colors={0: s.result}).next_to(p.point(TARGET), DR, buff=0.15))
        self.narrate("So any point can be reached. Which two numbers land on this target point, t?",
                     FadeOut(self.fill), FadeOut(self.panel), FadeIn(target))
        system = VGroup(tex("c_1", size=36), column(V, [s.vector] * 2, size=36), tex("+", size=36), tex("c_2", size=36),
                        column(W, [s.vector_b] * 2, size=36), tex("=", size=36),
                        column(TARGET, [s.result] * 2, size=36)).arrange(RIGHT, buff=0.12)
        answer = VGroup(tex("c", "=", size=36), column(coords, [s.vector, s.vector_b], size=36))
        result = tex("t", "=", signed(coords[0], first=True), "v", signed(coords[1]), "w",
                     colors={0: s.result, 3: s.vector, 5: s.vector_b}, size=36)
        rows = VGroup(system, answer.arrange(RIGHT, buff=0.2), result).arrange(DOWN, buff=0.35)
        panel = below_title(Panel(rows))
        self.narrate("The first unknown times v, plus the second times w, must equal t: "
                     "two equations, two unknowns.", FadeIn(panel.box), Write(system), run_time=2)
        self.narrate(f"Solving it, as B c = t with v and w as the columns of B, gives {fmt(coords[0])} and "
                     f"{fmt(coords[1])}.", FadeIn(answer))
        self.narrate("Set the combination to these numbers, and the violet arrow lands right on t.",
                     tween(self.c1, coords[0]), tween(self.c2, coords[1]), run_time=3)
        self.narrate("These are the coordinates of t in the basis v, w: the same point, "
                     "measured with a new pair of rulers.", Write(result))


# -- 5. Independence and basis -------------------------------------------------------------------------------
class DependentVectorsCollapse(LectureScene):
    """See the span of a dependent pair collapse onto a line, and define independence, rank and basis."""

    TITLE = "Independence and basis"

    def construct(self) -> None:
        self.show_title()
        self.u = linear_combination((DEP_FACTOR,), (V,))
        self.alpha = ValueTracker(0)
        self.plane = VectorPlane(x_range=(-5, 5, 1), y_range=(-3, 3, 1), unit=0.8).move_to(2.55 * LEFT + 0.1 * UP)
        self.rows = self.build_rows()
        self.show_independent()
        self.collapse()
        self.narrate(f"The new vector, u, is just {fmt(DEP_FACTOR)} times v. It adds no new direction.",
                     ReplacementTransform(self.w_label, self.u_label), FadeIn(self.rows[2]))
        self.narrate(f"The rank drops to {fmt(self.rank_vu)}. Vectors like these are dependent: "
                     "one of them is a combination of the others.", FadeIn(self.rows[1]))
        self.narrate("Vectors are independent when none of them is a combination of the others, "
                     "that is, when the rank equals the number of vectors.", FadeIn(self.rows[0][1]))
        self.narrate("Independent vectors that span the whole space form a basis. So v and w are a basis "
                     "of the plane, and each point gets exactly one pair of coordinates.", FadeIn(self.rows[3]))

    def w_now(self) -> Sequence[float]:
        """w turning into u: the straight path from w to u, a fraction alpha of the way."""
        a = self.alpha.get_value()
        return linear_combination((1 - a, a), (W, self.u))

    def build_rows(self) -> VGroup:
        s = THEME.symbols
        self.rank_vw, self.rank_vu = rank((V, W)), rank((V, self.u))
        rows = VGroup(
            VGroup(tex(r"\operatorname{rank}\,[\,v\;\;w\,] =", fmt(self.rank_vw), colors={1: s.basis_i}),
                   text("independent", size=THEME.small_size, color=s.basis_i)),
            VGroup(tex(r"\operatorname{rank}\,[\,v\;\;u\,] =", fmt(self.rank_vu), colors={1: s.warning}),
                   text("dependent", size=THEME.small_size, color=s.warning)),
            VGroup(tex("u", "=", fmt(DEP_FACTOR), "v", colors={0: s.vector_b, 3: s.vector})),
            VGroup(text("Basis: independent vectors", size=THEME.small_size),
                   text("that span the space", size=THEME.small_size)),
        )
        for row in rows:
            row.arrange(DOWN, aligned_edge=LEFT, buff=0.15)
        return rows.arrange(DOWN, aligned_edge=LEFT, buff=0.45).move_to(4.35 * RIGHT + 0.2 * UP)

    def show_independent(self) -> None:
        p, s = self.plane, THEME.symbols
        self.shade = Rectangle(width=p.width, height=p.height, stroke_width=0, fill_color=s.span,
                               fill_opacity=0.45).move_to(p).set_z_index(-1)
        self.dots = lattice_dots(p, self.w_now)
        v = p.vector(V, "v", color=s.vector, label_direction=DOWN + RIGHT).set_z_index(2)
        self.w_arrow = always_redraw(lambda: p.arrow(None, self.w_now(), s.vector_b).set_z_index(2))
        self.w_label = tex("w", colors={0: s.vector_b}).set_z_index(2)

        def beside_tip(label: Mobject) -> None:  # perpendicular to w, so the label never sits on its line
            along = unit(self.w_now())
            label.next_to(p.point(self.w_now()), [along[1], -along[0], 0], buff=0.15)

        self.w_label.add_updater(beside_tip)
        self.narrate("Here are v and w again. Each violet dot is one of their combinations; with everything "
                     "in between, they cover the plane.", Create(p), FadeIn(self.shade), FadeIn(self.dots),
                     GrowArrow(v.arrow), FadeIn(v.label), FadeIn(self.w_arrow), FadeIn(self.w_label), run_time=2)
        self.narrate(f"The rank counts how many directions the combinations fill. For v and w it is "
                     f"{fmt(self.rank_vw)}: the whole plane.", FadeIn(self.rows[0][0]))

    def collapse(self) -> None:
        p, s = self.plane, THEME.symbols
        self.narrate("Now swing w around until it lies on the line of v. Watch the dots squeeze together.",
                     self.alpha.animate.set_value(1), run_time=5)
        self.dots.clear_updaters()
        self.w_label.clear_updaters()
        self.u_label = tex("u", colors={0: s.vector_b}).move_to(self.w_label)
        ends = [p.point(linear_combination((k,), (V,))) for k in (-LINE_REACH, LINE_REACH)]
        line = Line(*ends, color=s.warning, stroke_width=14, stroke_opacity=0.4)
        self.narrate("Every combination now lands on a single line. The span has collapsed.",
                     FadeOut(self.shade), Create(line), run_time=2)
        self.remove(self.w_arrow)
        self.add(p.arrow(None, self.u, s.vector_b).set_z_index(2))


# -- 6. Recap ------------------------------------------------------------------------------------------------
class RecapVectorsSpanBasis(LectureScene):
    """Recall the three ideas: arrows and lists, combinations and span, independence and basis."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        s = THEME.symbols
        words = VGroup(text("Arrow and list"), text("Combinations fill the span"),
                       text("Basis: independent, spanning")).arrange(DOWN, aligned_edge=LEFT, buff=1.0)
        formulas = VGroup(
            VGroup(tex("v", "=", colors={0: s.vector}), column(V, [s.basis_i, s.basis_j]),
                   tex("=", fmt(V[0]), r"\hat{\imath}", "+", fmt(V[1]), r"\hat{\jmath}",
                       colors={1: s.basis_i, 2: s.basis_i, 4: s.basis_j, 5: s.basis_j})).arrange(RIGHT, buff=0.15),
            tex(r"\operatorname{span}\{v, w\}", "=", r"\{\, c_1", "v", "+", "c_2", "w", r"\,\}",
                colors={3: s.vector, 6: s.vector_b}),
            tex(r"\operatorname{rank}\,[\,v\;\;w\,] =", fmt(rank((V, W))), r"= \#\,\text{vectors}",
                colors={1: s.basis_i}),
        )
        words.move_to(6.4 * LEFT + 0.1 * UP, aligned_edge=LEFT)
        for formula, label in zip(formulas, words, strict=True):
            formula.next_to(label, RIGHT).set_x(0.2, direction=LEFT)
        self.narrate("To recap. A vector is both an arrow and a list of numbers. We add vectors tip to tail, "
                     "and scale them, entry by entry.", FadeIn(words[0]), FadeIn(formulas[0]))
        self.narrate("Scaling and adding gives linear combinations. All of them together form the span: "
                     "a line, or the whole plane.", FadeIn(words[1]), FadeIn(formulas[1]))
        self.narrate("Vectors are independent when the rank equals how many there are. Independent vectors "
                     "that span the space form a basis.", FadeIn(words[2]), FadeIn(formulas[2]))
        self.narrate("Every data point, embedding and weight vector lives in a space like this. Next, we measure "
                     "lengths and angles between vectors with the dot product.")


SCENES = (SpotVectorsInMachineLearning, DrawVectorsAsArrowsAndLists, AddTipToTail, CombinationsSweepThePlane,
          DependentVectorsCollapse, RecapVectorsSpanBasis, CombineTwoVectors, FindCoordinatesInABasis)

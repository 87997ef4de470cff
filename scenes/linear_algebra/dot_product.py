"""Linear Algebra, lecture 2: the dot product, and the lengths, angles and projections it measures.

The scenes in play order are listed in ``SCENES`` at the end. Every number on screen comes from
``mlmath.linalg`` (imported as ``ml``) and is written with ``scenes.kit.fmt``; positions here are layout only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import *

from mlmath import linalg as ml
from scenes.kit.base import LectureScene, bullet_list, recap_rows, text
from scenes.kit.fmt import fmt, tex_column
from scenes.kit.mobjects import Panel, VectorPlane, angle_mark, tex
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.dot_product import FindTheAngle, ProjectOntoALine

# -- the givens of the lecture --------------------------------------------------------------------------
U = (3, 1)  # the vector we measure against and project onto
V = (1, 2)  # the vector we measure, turn and project
V_RIGHT = (-1, 3)  # v turned to a right angle with u
V_OBTUSE = (-2, 1)  # v turned past a right angle
SWEEP_DEGREES = (90, 150, 25)  # where the turning v stops, as angles from u

S = THEME.symbols
SIZE = 42  # formulas and vector labels


# -- shared pictures (layout only: every number they show is passed in from mlmath) ---------------------
def make_plane(x_range: Sequence[float] = (-3, 4, 1), y_range: Sequence[float] = (-1, 4, 1),
               unit_len: float = 1.0) -> VectorPlane:
    """The lecture's plane, in the lower left of the safe area."""
    return VectorPlane(x_range=x_range, y_range=y_range, unit=unit_len).place_lower_left()


def shadow_of(plane: VectorPlane, v: Sequence[float], u: Sequence[float]) -> VGroup:
    """The dashed drop from v's tip onto the line of u, its right-angle mark and the projection arrow p."""
    foot, tip, o = plane.point(ml.project_onto_vector(v, u)), plane.point(v), plane.point((0, 0))
    parts = VGroup(DashedLine(tip, foot, color=THEME.muted, stroke_width=3))
    if Line(o, foot).get_length() > 0.08:  # layout: an arrow needs some length to be drawn
        parts.add(Arrow(o, foot, buff=0, color=S.projection, stroke_width=7))
    if Line(foot, tip).get_length() > 0.3:
        along = plane.point(u) - o
        parts.add(RightAngle(Line(foot, tip), Line(foot, foot + along), length=0.2, color=THEME.muted))
    return parts


def stack_rows(rows: Sequence[tuple[Mobject, int]], x: float = 3.6, top: float = 2.5,
               buff: float = 0.45) -> VGroup:
    """Stack formulas down the right side with their relation signs (part ``i`` of each row) in one column."""
    first, i0 = rows[0]
    for (row, i), (above, _) in zip(rows[1:], rows[:-1], strict=True):
        row.next_to(above, DOWN, buff=buff)
        row.shift((first[i0].get_x() - row[i].get_x()) * RIGHT)
    group = VGroup(*[row for row, _ in rows])
    group.move_to([x, top - group.height / 2, 0])
    group.shift(max(0.0, group.get_right()[0] - THEME.safe_right + 0.2) * LEFT)
    return group


# -- scenes ---------------------------------------------------------------------------------------------
class PreviewTheDotProduct(LectureScene):
    """Know what the dot product lets you compute, and where it shows up in machine learning."""

    TITLE = "What the dot product measures"

    def construct(self) -> None:
        self.show_title()
        self.tease_the_shadow()
        self.clear_stage()
        self.show_ml_uses()

    def tease_the_shadow(self) -> None:
        plane = make_plane()
        u, v = plane.vector(U, "u", S.vector_b, label_size=SIZE), plane.vector(V, "v", S.vector, label_size=SIZE)
        self.narrate("Here are two arrows, u and v. How much does v point along u?",
                     LaggedStart(FadeIn(plane), u.make_grow_animation(), v.make_grow_animation(),
                                 lag_ratio=0.6), run_time=3)
        self.narrate("One number answers that: the dot product. It gives the angle between them, "
                     "and the shadow v casts on u.",
                     Create(angle_mark(plane, U, V)), Create(shadow_of(plane, V, U)), run_time=2)
        goals = bullet_list(["Compute a dot product", "Measure lengths and angles",
                             "Project one vector onto another"])
        goals.move_to([0, 0.6, 0]).align_to([THEME.safe_right - 0.2, 0, 0], RIGHT)
        self.narrate("By the end you will compute dot products, and use them to measure lengths, angles "
                     "and projections.",
                     LaggedStart(*[FadeIn(g, shift=0.2 * RIGHT) for g in goals], lag_ratio=0.5), run_time=3)

    def show_ml_uses(self) -> None:
        a = Arrow(ORIGIN, 1.8 * RIGHT + 0.5 * UP, buff=0, color=S.vector_b)
        b = Arrow(ORIGIN, RIGHT + 1.5 * UP, buff=0, color=S.vector)
        cell = Circle(radius=0.45, color=S.result).shift(1.6 * RIGHT)
        inputs = VGroup(*[Dot(0.7 * k * UP, color=S.vector) for k in (1, 0, -1)])
        span = Line(1.2 * LEFT + 0.5 * DOWN, 1.8 * RIGHT + 0.7 * UP, color=S.span, stroke_width=6)
        foot = span.point_from_proportion(0.55)
        y = foot + 1.3 * rotate_vector(span.get_unit_vector(), PI / 2)
        icons = (
            VGroup(a, b, Angle(Line(ORIGIN, a.get_end()), Line(ORIGIN, b.get_end()), radius=0.5, color=THEME.text),
                   tex("a", color=S.vector_b).next_to(a, RIGHT, buff=0.1),
                   tex("b", color=S.vector).next_to(b.get_end(), UP, buff=0.1)),
            VGroup(*[Line(d.get_center(), cell.get_left(), color=THEME.muted) for d in inputs], inputs, cell,
                   tex(r"\Sigma", color=S.result).move_to(cell), Arrow(cell.get_right(), cell.get_right()
                                                                       + 0.9 * RIGHT, buff=0, color=S.result)),
            VGroup(span, DashedLine(y, foot, color=THEME.muted), Dot(y, color=S.vector),
                   Dot(foot, color=S.projection), tex("y", color=S.vector).next_to(y, UP, buff=0.1),
                   tex(r"\hat{y}", color=S.projection).next_to(foot, DR, buff=0.1)),
        )
        headings = ("Similarity", "A neuron", "Least squares")
        formulas = (r"\cos\theta = \frac{a \cdot b}{\|a\|\,\|b\|}", r"w \cdot x + b",
                    r"\hat{y} = \frac{x \cdot y}{x \cdot x}\,x")
        cards = VGroup(*[VGroup(text(h, color=THEME.muted), i.scale_to_fit_height(1.6), tex(f, size=36))
                         .arrange(DOWN, buff=0.4) for h, i, f in zip(headings, icons, formulas, strict=True)])
        self.fit_to_safe_area(cards.arrange(RIGHT, buff=0.9, aligned_edge=UP).move_to(0.1 * UP))
        words = ("In machine learning, the cosine of the angle between two embeddings measures how similar "
                 "they are.", "A neuron takes the dot product of its weights w with its inputs x, then adds "
                 "a bias b.", "And least squares fits a model by finding the prediction closest to the data: "
                 "a projection. All three are dot products at heart.")
        for card, said in zip(cards, words, strict=True):
            self.narrate(said, FadeIn(card))


class MultiplyMatchingEntries(LectureScene):
    """Compute a dot product by multiplying matching entries and adding the products."""

    TITLE = "Multiply matching entries"

    def construct(self) -> None:
        self.show_title()
        self.show_vectors()
        self.pair_entries()
        self.add_products()
        self.generalise()

    def show_vectors(self) -> None:
        plane = make_plane()
        self.arrows = plane.vector(U, "u", S.vector_b, label_size=SIZE), plane.vector(V, "v", S.vector,
                                                                                     label_size=SIZE)
        self.cols = [Matrix([[fmt(x)] for x in w], v_buff=0.7, element_to_mobject_config={"font_size": SIZE,
                            "color": c}) for w, c in ((U, S.vector_b), (V, S.vector))]
        row = VGroup(*[VGroup(tex(f"{n} =", color=c), m).arrange(RIGHT, buff=0.2)
                       for n, c, m in zip("uv", (S.vector_b, S.vector), self.cols, strict=True)])
        row.arrange(RIGHT, buff=0.8).move_to([3.6, 1.85, 0])
        self.narrate(f"Our two vectors: u has entries {fmt(U[0])} and {fmt(U[1])}, and v has entries "
                     f"{fmt(V[0])} and {fmt(V[1])}.", FadeIn(plane),
                     *[a.make_grow_animation() for a in self.arrows], FadeIn(row), run_time=2)

    def pair_entries(self) -> None:
        u_rows, v_rows = self.cols[0].get_rows(), self.cols[1].get_rows()
        self.expr = tex(r"u \cdot v", "=", fmt(U[0]), r"\times", fmt(V[0]), "+", fmt(U[1]), r"\times", fmt(V[1]))
        for i in (2, 6):
            self.expr[i].set_color(S.vector_b)
            self.expr[i + 2].set_color(S.vector)
        self.expr.move_to([3.6, 0.45, 0])
        words = ("To take their dot product, pair up matching entries, and multiply the first entries.",
                 "Then multiply the second entries, and add the two products.")
        for k, (i, head) in enumerate(((2, self.expr[:2]), (6, self.expr[5]))):
            boxes = VGroup(*[SurroundingRectangle(r[k], color=S.highlight, buff=0.1) for r in (u_rows, v_rows)])
            self.narrate(words[k], Create(boxes), FadeIn(head), TransformFromCopy(u_rows[k], self.expr[i]),
                         FadeIn(self.expr[i + 1]), TransformFromCopy(v_rows[k], self.expr[i + 2]), run_time=2)
            self.play(FadeOut(boxes), run_time=0.4)

    def add_products(self) -> None:
        prods, d = ml.entrywise_product(U, V), ml.dot(U, V)
        self.numbers = line = tex("=", fmt(prods[0]), "+", fmt(prods[1]), "=", fmt(d))
        line.next_to(self.expr, DOWN, buff=0.45).align_to(self.expr[1], LEFT)
        line[5].set_color(S.result)
        self.narrate(f"{fmt(U[0])} times {fmt(V[0])} is {fmt(prods[0])}, and {fmt(U[1])} times {fmt(V[1])} "
                     f"is {fmt(prods[1])}.", Write(line[:4]))
        self.narrate(f"Their sum, {fmt(d)}, is the dot product of u and v. Notice it is a single number, "
                     "not a vector.", Write(line[4:]), Circumscribe(line[5], color=S.result))

    def generalise(self) -> None:
        general = tex(r"u \cdot v = u_1 v_1 + u_2 v_2 + \dots + u_n v_n", size=38)
        general.next_to(self.numbers, DOWN, buff=0.5).set_x(3.6)
        sigma = tex(r"= \sum_{i=1}^{n} u_i\, v_i", size=38).next_to(general, DOWN, buff=0.2)
        self.narrate("The same recipe works in any dimension. For vectors with n entries, multiply "
                     "matching entries and add up all n products.", Write(general), run_time=2)
        self.narrate("With a summation sign, that is the sum over i of u-sub-i times v-sub-i.",
                     Write(sigma.align_to(general, RIGHT)))
        self.narrate("What does this number tell us about the arrows? That is the rest of this lecture.",
                     *[Indicate(a.arrow, color=a.arrow.get_color()) for a in self.arrows])


class MeasureLengthWithNorm(LectureScene):
    """Find a vector's length by Pythagoras and recognise it as the square root of v dot v."""

    TITLE = "Length from the dot product"

    def construct(self) -> None:
        self.show_title()
        self.walk_the_legs()
        self.build_formulas()
        self.apply_pythagoras()
        self.name_the_norm()

    def walk_the_legs(self) -> None:
        self.plane = plane = make_plane((-2, 3, 1), (-1, 3, 1), unit_len=1.3)
        v = plane.vector(V, "v", S.vector, label_size=SIZE)
        corner, o, tip = plane.point((V[0], 0)), plane.point((0, 0)), plane.point(V)
        across = Line(o, corner, color=S.basis_i, stroke_width=6)
        up = Line(corner, tip, color=S.basis_j, stroke_width=6)
        labels = (tex(f"v_1 = {fmt(V[0])}", color=S.basis_i).next_to(across, DOWN, buff=0.2),
                  tex(f"v_2 = {fmt(V[1])}", color=S.basis_j).next_to(up, RIGHT, buff=0.2))
        self.narrate("How long is the arrow v?", FadeIn(plane), v.make_grow_animation(), run_time=2)
        self.narrate(f"Walk along its entries: {fmt(V[0])} across, then {fmt(V[1])} up.",
                     Create(across), Write(labels[0]), Create(up), Write(labels[1]), run_time=2)
        self.narrate("The two steps meet at a right angle, so the arrow is the long side of a right triangle.",
                     Create(RightAngle(Line(corner, o), Line(corner, tip), length=0.25, color=THEME.text)))

    def build_formulas(self) -> None:
        squares, vv, nv = ml.entrywise_product(V, V), ml.dot(V, V), ml.norm(V)
        self.law = tex(r"\|v\|^2", "=", "v_1^2", "+", "v_2^2")
        self.law[2].set_color(S.basis_i)
        self.law[4].set_color(S.basis_j)
        self.nums = tex("=", f"{fmt(V[0])}^2", "+", f"{fmt(V[1])}^2", "=", fmt(squares[0]), "+",
                        fmt(squares[1]), "=", fmt(vv))
        self.same = tex("v_1^2 + v_2^2", "=", r"v \cdot v")
        self.same[2].set_color(S.vector)
        self.length = tex(r"\|v\|", "=", r"\sqrt{v \cdot v}", "=", rf"\sqrt{{{fmt(vv)}}}", r"\approx", fmt(nv))
        self.hat = tex(r"\hat{v}", "=", r"\frac{v}{\|v\|}", r"\approx", tex_column(ml.unit(V)))
        self.hat[0].set_color(S.result)
        stack_rows([(self.law, 1), (self.nums, 0), (self.same, 1), (self.length, 1), (self.hat, 1)],
                   x=3.4, top=2.6, buff=0.4)

    def apply_pythagoras(self) -> None:
        self.narrate("Pythagoras: the squared length is the sum of the squared sides.", Write(self.law))
        self.narrate(f"Here that is {fmt(V[0])} squared plus {fmt(V[1])} squared, which makes "
                     f"{fmt(ml.dot(V, V))}.", Succession(Write(self.nums[:4]), Write(self.nums[4:])), run_time=3)

    def name_the_norm(self) -> None:
        nv, o, tip = ml.norm(V), self.plane.point((0, 0)), self.plane.point(V)
        self.narrate("But squaring the entries and adding them is just a dot product: v dotted with itself.",
                     Write(self.same))
        brace = BraceBetweenPoints(tip, o, color=S.vector)
        label = tex(rf"\|v\| \approx {fmt(nv)}", color=S.vector).next_to(brace.get_tip(), LEFT, buff=0.1)
        self.narrate(f"So the length, called the norm, is the square root of v dot v: here about {fmt(nv)}.",
                     Write(self.length), GrowFromCenter(brace), FadeIn(label), run_time=2)
        arrow = Arrow(o, self.plane.point(ml.unit(V)), buff=0, color=S.result, stroke_width=9)
        hat = tex(r"\hat{v}", color=S.result).next_to(arrow.get_end(), RIGHT, buff=0.15)
        self.narrate("Divide v by its norm and you get a unit vector, v hat: same direction, length one.",
                     GrowArrow(arrow), FadeIn(hat), Write(self.hat), run_time=2)


class DotProductMeasuresAngle(LectureScene):
    """Compute the angle between two vectors from cos(theta) = u.v / (|u||v|), and read the sign of u.v."""

    TITLE = "The angle between two vectors"

    def construct(self) -> None:
        self.show_title()
        self.plane = make_plane()
        self.u, self.v_group = self.plane.vector(U, "u", S.vector_b, label_size=SIZE), self.v_with_arc(V)
        self.narrate("Put u and v tail to tail. The angle between them is called theta.", FadeIn(self.plane),
                     self.u.make_grow_animation(), self.v_group[0].make_grow_animation(), Create(self.v_group[1]),
                     run_time=2)
        self.write_the_cosine()
        self.clear_stage(self.plane, self.u, self.v_group)
        self.turn_through_the_cases()

    def v_with_arc(self, v: Sequence[float]) -> VGroup:
        elbow = abs(ml.dot(U, v)) < 1e-9
        return VGroup(self.plane.vector(v, "v", S.vector, label_size=SIZE), angle_mark(self.plane, U, v, elbow))

    def write_the_cosine(self) -> None:
        d, nu, nv, c = ml.dot(U, V), ml.norm(U), ml.norm(V), ml.cos_angle(U, V)
        deg = fmt(ml.angle(U, V, degrees=True), 0)
        law = tex(r"\cos\theta", "=", r"\frac{u \cdot v}{\|u\|\,\|v\|}")
        nums = tex("=", rf"\frac{{{fmt(d)}}}{{{fmt(nu)} \times {fmt(nv)}}}", r"\approx", fmt(c))
        theta = tex(r"\theta", r"\approx", rf"{deg}^\circ")
        stack_rows([(law, 1), (nums, 0), (theta, 1)], x=3.9, top=2.4, buff=0.5)
        self.narrate("Here is the key fact: divide the dot product by both lengths, and you get the cosine "
                     "of the angle.", Write(law), run_time=2)
        self.narrate(f"For our vectors: {fmt(d)}, over {fmt(nu)} times {fmt(nv)}, is about {fmt(c)}.",
                     Write(nums), run_time=2)
        self.narrate(f"The angle with that cosine is {deg} degrees, the angle the arc marks.",
                     Write(theta), Indicate(self.v_group[1]))

    def turn_through_the_cases(self) -> None:
        cases = ((V, "acute"), (V_RIGHT, "right angle"), (V_OBTUSE, "obtuse"))
        rows = VGroup(*[VGroup(text(word), tex(rf"u \cdot v = {fmt(ml.dot(U, v))}")).arrange(RIGHT, buff=0.4)
                        for v, word in cases])
        rows.arrange(DOWN, buff=0.55, aligned_edge=RIGHT).move_to([4.2, 0.9, 0])
        self.narrate(f"The sign of u dot v tells the kind of angle. Ours is acute, and u dot v is "
                     f"{fmt(ml.dot(U, V))}: positive.", FadeIn(rows[0]))
        self.turn_to(V_RIGHT, rows[1], f"Turn v to a right angle with u. Now u dot v is exactly "
                     f"{fmt(ml.dot(U, V_RIGHT))}.")
        self.narrate("A zero dot product always means perpendicular, or in the usual word, orthogonal.")
        self.turn_to(V_OBTUSE, rows[2], f"Turn v further, past the right angle. The cosine is negative, and "
                     f"so is u dot v: {fmt(ml.dot(U, V_OBTUSE))}.")
        self.narrate("Positive, zero, negative: acute, right, obtuse.", Indicate(rows, scale_factor=1.05))

    def turn_to(self, v: Sequence[float], row: Mobject, words: str) -> None:
        new = self.v_with_arc(v)
        self.narrate(words, ReplacementTransform(self.v_group, new), FadeIn(row), run_time=2)
        self.v_group = new


class DropPerpendicularToProject(LectureScene):
    """Project v onto u by dropping a perpendicular, and watch the shadow's length follow the angle."""

    TITLE = "Projection: the shadow of v on u"

    def construct(self) -> None:
        self.show_title()
        self.drop_the_perpendicular()
        self.name_the_projection()
        self.clear_stage(self.plane, self.line, self.u)
        self.turn_v()

    def drop_the_perpendicular(self) -> None:
        self.plane = plane = make_plane()
        self.line = Line(*[plane.point(s * ml.unit(U)) for s in (-3.1, 3.1)], color=S.vector_b,
                         stroke_width=2, stroke_opacity=0.45)
        self.u, v = plane.vector(U, "u", S.vector_b, label_size=SIZE), plane.vector(V, "v", S.vector, label_size=SIZE)
        self.narrate("Shine a light straight down onto the line through u. Where does the tip of v land?",
                     FadeIn(plane), Create(self.line), self.u.make_grow_animation(), v.make_grow_animation(),
                     run_time=2)
        drop, p_arrow, self.mark = shadow_of(plane, V, U)
        self.narrate("Drop a perpendicular from the tip of v to the line. Its foot marks v's shadow.",
                     Create(drop), Create(self.mark), run_time=1.5)
        below = rotate_vector(p_arrow.get_unit_vector(), -PI / 2)
        p_label = tex("p", color=S.projection).move_to(p_arrow.get_center() + 0.4 * below)
        self.narrate("The arrow from the origin to that foot is the projection of v onto u. Call it p.",
                     GrowArrow(p_arrow), Write(p_label))
        rest = Arrow(p_arrow.get_end(), plane.point(V), buff=0, color=S.result, stroke_width=5)
        rest_label = tex("v - p", color=S.result, size=38).next_to(rest.get_center(), RIGHT, buff=0.2)
        self.narrate("What is left over, v minus p, runs from the foot to the tip of v, at a right angle to u.",
                     GrowArrow(rest), Write(rest_label))

    def name_the_projection(self) -> None:
        d, uu, c, p = ml.dot(U, V), ml.dot(U, U), ml.projection_coefficient(V, U), ml.project_onto_vector(V, U)
        law = tex("p", "=", r"\frac{u \cdot v}{u \cdot u}", "u")
        law[0].set_color(S.projection)
        nums = tex("=", rf"\frac{{{fmt(d)}}}{{{fmt(uu)}}}\,u", "=", rf"{fmt(c)}\,u", "=", tex_column(p))
        check = tex(r"(v - p) \cdot u", "=", fmt(ml.dot(ml.reject_from_vector(V, U), U)))
        check[0].set_color(S.result)
        rows = stack_rows([(law, 1), (nums, 0)], x=3.8, top=2.5, buff=0.5)
        check.next_to(rows, DOWN, buff=0.5).align_to(rows, LEFT)
        self.narrate("Since p lies along u, it is a multiple of u. The right multiple is u dot v over u dot u.",
                     Write(law), run_time=2)
        self.narrate(f"Here that is {fmt(d)} over {fmt(uu)}, which is {fmt(c)}. So p is {fmt(c)} times u: "
                     f"the point {fmt(p[0])}, {fmt(p[1])}.", Write(nums), run_time=2)
        self.narrate("That multiple makes the leftover, v minus p, perpendicular to u: their dot product is "
                     "zero.", Write(check), Indicate(self.mark, color=S.highlight), run_time=2)
        self.narrate("So p is the closest point to v on the line. Least squares does the same with a plane "
                     "of predictions in place of the line.")

    def turn_v(self) -> None:
        theta, hat, length = ValueTracker(ml.angle(U, V)), ml.unit(U), ml.norm(V)
        across = rotate_vector(hat, PI / 2)[:2]  # layout: the direction a quarter turn from u

        def v_now() -> np.ndarray:
            t = theta.get_value()
            return length * (np.cos(t) * hat + np.sin(t) * across)

        moving = VGroup(always_redraw(lambda: shadow_of(self.plane, v_now(), U)),
                        always_redraw(lambda: self.plane.vector(v_now(), "v", S.vector, label_size=SIZE)),
                        always_redraw(lambda: angle_mark(self.plane, U, v_now())))
        readout = self.live_readout(v_now)
        self.narrate("Now let v turn, keeping its length, and watch its shadow on u.", FadeIn(moving),
                     FadeIn(readout))
        words = ("As the angle opens, the shadow shrinks. At a right angle it vanishes: u dot v is zero.",
                 "Past the right angle the shadow points backwards, against u: its signed length is negative.",
                 "Swing back toward u, and the shadow grows again.")
        for stop, said in zip(SWEEP_DEGREES, words, strict=True):
            self.narrate(said, theta.animate.set_value(stop * DEGREES), run_time=4)
        law = tex(r"\text{shadow}", "=", r"\|v\|\cos\theta", "=", r"\frac{u \cdot v}{\|u\|}")
        law[0].set_color(S.projection)
        self.narrate("The shadow's signed length is the length of v times cos theta, which is u dot v over "
                     "the length of u.", Write(law.next_to(readout, DOWN, buff=0.6)), run_time=2)

    def live_readout(self, v_now: Callable[[], np.ndarray]) -> VGroup:
        """A panel whose numbers follow the turning v: the angle, u.v and the shadow, all from mlmath."""
        names = VGroup(tex(r"\theta ="), tex(r"u \cdot v ="), tex(r"\text{shadow} =", color=S.projection))
        names.arrange(DOWN, buff=0.35, aligned_edge=RIGHT)
        room = Rectangle(width=1.9, height=names.height, stroke_opacity=0).next_to(names, RIGHT, buff=0.2)
        panel = Panel(VGroup(names, room)).move_to([3.8, 1.4, 0])

        def value(k: int, make: Callable[[], str], color: str) -> Mobject:
            return always_redraw(lambda: text(make(), color=color).next_to(names[k], RIGHT, buff=0.25))

        def degrees() -> str:
            return fmt(ml.angle(U, v_now(), degrees=True), 0) + "\u00b0"

        return VGroup(panel, value(0, degrees, THEME.text), value(1, lambda: fmt(ml.dot(U, v_now())), THEME.text),
                      value(2, lambda: fmt(ml.scalar_projection(v_now(), U)), S.projection))


class RecallWhatTheDotProductGives(LectureScene):
    """Recall the three things a dot product gives: length, angle and projection."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        points = (("Multiply and add", r"u \cdot v = \sum_i u_i v_i \qquad \|v\| = \sqrt{v \cdot v}", ""),
                  ("Angle", r"\cos\theta = \frac{u \cdot v}{\|u\|\,\|v\|}", "cosine similarity"),
                  ("Projection", r"p = \frac{u \cdot v}{u \cdot u}\,u", "least squares"))
        rows = self.fit_to_safe_area(recap_rows(points).move_to(0.1 * UP))
        words = ("Three things to take away. One: the dot product multiplies matching entries and adds them. "
                 "Dotting v with itself gives its squared length.",
                 "Two: divided by both lengths, it is the cosine of the angle, and zero means perpendicular. "
                 "That is the cosine similarity used to compare embeddings.",
                 "Three: it measures the shadow of one vector on another. Finding the closest point by "
                 "projection is the heart of least squares.")
        for row, said in zip(rows, words, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)
        self.narrate("Multiply and add, measure the angle, cast the shadow: you will use all three again "
                     "and again.")


SCENES = (
    PreviewTheDotProduct,
    MultiplyMatchingEntries,
    MeasureLengthWithNorm,
    DotProductMeasuresAngle,
    DropPerpendicularToProject,
    RecallWhatTheDotProductGives,
    ProjectOntoALine,
    FindTheAngle,
)

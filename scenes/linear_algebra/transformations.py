"""Linear Algebra, lecture 3: matrices as linear maps (the grid warps, columns are where i-hat and j-hat land,
products compose maps and the order matters). ``SCENES`` gives the play order; every number on screen comes from
``mlmath.matrices`` (as ``mx``) and is written with ``scenes.kit.fmt``."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from manim import *

from mlmath import matrices as mx
from scenes.kit.base import LectureScene, below_title, bullet_list, text
from scenes.kit.fmt import fmt, signed
from scenes.kit.mobjects import Panel, TransformGrid, column, matrix, tex
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.transformations import MultiplyInBothOrders, SendAVectorThroughAMatrix

# -- the givens of the lecture --------------------------------------------------------------------------
WEIGHTS = ((0.5, -1), (2, 0.5))  # a tiny network layer: two inputs in, two outputs out
INPUT = (3, 1)  # the vector x fed into that layer
ROTATION = ((0, -1), (1, 0))  # R: a quarter turn anticlockwise
SHEAR = ((1, 1), (0, 1))  # S: each point slides sideways by its height
SCALING = ((2, 0), (0, 0.5))  # stretch along x, squash along y
A = ((2, -1), (1, 1))  # the lecture's example map
V = (2, 1)  # lecture one's v: two steps of i-hat, one of j-hat

S = THEME.symbols
COLS = (S.basis_i, S.basis_j)  # where i-hat and j-hat land
SIZE = 36  # formulas on panels


# -- shared pictures (layout only: every number they show is passed in from mlmath or the givens) ----------
def make_grid(center: Sequence[float] = (0, 0, 0), **kwargs: object) -> TransformGrid:
    """A TransformGrid moved to ``center`` (it warps about its own origin wherever it sits)."""
    return TransformGrid(**kwargs).shift(np.asarray(center, dtype=float))  # type: ignore[arg-type]


def grid_arrow(grid: TransformGrid, start: Sequence[float], end: Sequence[float], color: str) -> Arrow:
    """An arrow between two points given in the grid's original (unwarped) coordinates."""
    return Arrow(grid.background.point(start), grid.background.point(end), buff=0, color=color, stroke_width=6,
                 max_tip_length_to_length_ratio=0.25).set_z_index(2)


def card(*rows: Mobject, buff: float = 0.25, pad: float = 0.25) -> Panel:
    """Rows stacked on a panel that sits above the grid (its box under its rows, whatever the draw order)."""
    panel = Panel(VGroup(*rows).arrange(DOWN, buff=buff, aligned_edge=LEFT), buff=pad).set_z_index(5)
    panel.box.set_z_index(4)
    return panel


def named(name: str, m: Sequence[Sequence[float]], size: float = SIZE) -> VGroup:
    """``name =`` and the matrix, its columns green and red as where i-hat and j-hat land."""
    return VGroup(tex(name, "=", size=size), matrix(m, size=size)).arrange(RIGHT, buff=0.2)


def col(values: Sequence[float], color: str, size: float = SIZE) -> MathTex:
    """A column vector of two numbers in one colour."""
    return column(values, [color] * 2, size=size)


def landing(values: Sequence[float], color: str) -> Panel:
    """A small column vector on a panel: where a basis vector has landed."""
    return card(col(values, color, size=32), pad=0.1)


class MapScene(LectureScene):
    """A lecture scene whose warped grids pass under a band behind the title."""

    SHIELD_TITLE = True


# -- 1. Opening -------------------------------------------------------------------------------------------
class PreviewMatricesAsMaps(MapScene):
    """Know what this lecture teaches, and see a neural-network layer as a matrix applied to a vector."""

    TITLE = "A matrix moves vectors"

    def construct(self) -> None:
        self.show_title()
        self.show_layer()
        self.clear_stage()
        self.show_goals()

    def show_layer(self) -> None:
        h = mx.image_of(WEIGHTS, INPUT)
        ins = VGroup(*[self.node(n, S.vector) for n in ("x_1", "x_2")]).arrange(DOWN, buff=1.3).move_to([-4.2, 0, 0])
        outs = VGroup(*[self.node(n, S.result) for n in ("h_1", "h_2")]).arrange(DOWN, buff=1.3).move_to([-1.2, 0, 0])
        edges = VGroup(*[Line(a.get_right(), b.get_left(), color=c, stroke_width=4).set_z_index(-1)
                         for a, c in zip(ins, COLS, strict=True) for b in outs])
        x_vals = VGroup(*[tex(fmt(INPUT[k]), color=S.vector).next_to(ins[k], LEFT, buff=0.3) for k in range(2)])
        h_vals = VGroup(*[tex(fmt(h[k]), color=S.result).next_to(outs[k], RIGHT, buff=0.3) for k in range(2)])
        law = tex("h", "=", "W", "x", colors={0: S.result, 3: S.vector})
        numbers = VGroup(col(h, S.result, None), tex("="), matrix(WEIGHTS), col(INPUT, S.vector, None))
        numbers.arrange(RIGHT, buff=0.2)
        VGroup(law, numbers).arrange(DOWN, buff=0.6).move_to([3.6, 0.1, 0])
        self.narrate("A layer of a neural network takes in a vector x, here with two entries.",
                     FadeIn(ins), FadeIn(x_vals))
        self.narrate("Each input sends a weighted link to each output: four weights, kept in a matrix W.",
                     Create(edges), FadeIn(outs), Write(law), run_time=2)
        self.narrate("The links leaving the first input are W's first column, in green; the second input's "
                     "links are its red second column.", FadeIn(numbers[2]), Indicate(edges[:2], color=S.basis_i),
                     Indicate(edges[2:], color=S.basis_j), run_time=2)
        self.narrate(f"Multiplying W by x gives the layer's output h: here {fmt(h[0])} and {fmt(h[1])}.",
                     FadeIn(numbers[3]), FadeIn(numbers[1]), FadeIn(numbers[0]), FadeIn(h_vals), run_time=2)
        self.narrate("So a matrix takes one vector in and sends another out. What does it do to the whole plane?")

    @staticmethod
    def node(name: str, color: str) -> VGroup:
        return VGroup(Circle(radius=0.4, color=color, stroke_width=4), tex(name, color=color, size=SIZE))

    def show_goals(self) -> None:
        heading = text("After this lecture:", size=THEME.title_size, color=S.vector)
        goals = bullet_list(["A matrix moves every point", "Columns: where i-hat, j-hat land",
                             "One map after another"], size=32, buff=0.45)
        block = VGroup(heading, goals).arrange(DOWN, aligned_edge=LEFT, buff=0.6)
        block.move_to([THEME.safe_left + 0.2 + block.width / 2, 0.1, 0])
        grid = make_grid((4.2, -0.2, 0), x_range=(-2, 2, 1), y_range=(-2, 2, 1), unit=0.45, labels=False)
        self.narrate("By the end, you will see a matrix as a map that moves every point of the plane,",
                     FadeIn(heading), FadeIn(goals[0], shift=0.2 * RIGHT), FadeIn(grid))
        self.narrate("read where it sends i-hat and j-hat, and so any vector,",
                     FadeIn(goals[1], shift=0.2 * RIGHT), grid.make_apply_animation(A, run_time=2.5))
        self.narrate("and combine two maps into one, and see why their order matters.",
                     FadeIn(goals[2], shift=0.2 * RIGHT))


# -- 2. Warping the grid ------------------------------------------------------------------------------------
class WarpTheGrid(MapScene):
    """See a matrix move every point of the plane, keeping grid lines straight, parallel and evenly spaced."""

    TITLE = "A matrix moves every point"

    def construct(self) -> None:
        self.show_title()
        self.set_up(run_time=1.5)
        self.narrate("Here is the plane with its grid, i-hat in green, j-hat in red, and a vector v in yellow.")
        self.warp(ROTATION, "Rotation", "This matrix turns the whole plane a quarter turn. Every point moves, "
                  "and v is carried along.")
        self.set_up()
        self.warp(SHEAR, "Shear", "This one is a shear: horizontal lines slide sideways, further the higher "
                  "they are, and the vertical lines lean over.")
        self.set_up()
        self.warp(SCALING, "Scaling", "And this one stretches the plane along x and squashes it along y.")
        self.name_linearity()

    def set_up(self, run_time: float = 1.0) -> None:
        """A fresh, unwarped grid with v on it (the previous one fades out)."""
        self.clear_stage()
        self.grid = make_grid(y_range=(-7, 7, 1))  # tall enough to fill the frame after a quarter turn
        self.v = grid_arrow(self.grid, (0, 0), V, S.vector)
        self.v_label = tex("v", color=S.vector).next_to(self.v.get_end(), UR, buff=0.1).set_z_index(2)
        self.play(FadeIn(self.grid), GrowArrow(self.v), FadeIn(self.v_label), run_time=run_time)

    def warp(self, m: Sequence[Sequence[float]], name: str, words: str) -> None:
        panel = below_title(card(text(name, color=THEME.muted), matrix(m, size=SIZE)))
        moved = grid_arrow(self.grid, (0, 0), mx.image_of(m, V), S.vector)
        self.play(FadeIn(panel), run_time=0.6)
        self.narrate(words, self.grid.make_apply_animation(m, run_time=3), Transform(self.v, moved),
                     self.v_label.animate.next_to(moved.get_end(), UR, buff=0.1), run_time=3)

    def name_linearity(self) -> None:
        rules = card(text("Lines stay straight, parallel, evenly spaced"), text("The origin stays put"), buff=0.15)
        rules.to_corner(DL, buff=0.3).set_y(THEME.safe_bottom + 0.1 + rules.height / 2)
        self.narrate("In every case, grid lines stay straight, parallel and evenly spaced, and the origin "
                     "stays put.", FadeIn(rules))
        self.narrate("A map like that is called linear, and every matrix gives one. So how do the numbers in a "
                     "matrix say where everything goes?")


# -- 3. Where the basis vectors land --------------------------------------------------------------------
class FollowTheBasisVectors(MapScene):
    """Read a matrix's columns as where i-hat and j-hat land, and any image A v as x a_1 + y a_2."""

    TITLE = "Columns: where i-hat and j-hat land"

    def construct(self) -> None:
        self.show_title()
        self.grid = make_grid()
        self.narrate("Keep your eyes on i-hat and j-hat while another matrix warps the plane.",
                     FadeIn(self.grid), run_time=1.5)
        self.narrate("Watch where they land.", self.grid.make_apply_animation(A, run_time=3), run_time=3)
        self.write_columns(self.read_landing_spots())
        self.clear_stage()
        self.carry_v()
        self.combine_columns()
        self.generalise()

    def read_landing_spots(self) -> VGroup:
        i, j = mx.basis_images(A)
        p = self.grid.background.point
        spots = VGroup(landing(i, S.basis_i).next_to(p(i), DOWN + RIGHT, buff=0.15),
                       landing(j, S.basis_j).next_to(p(j), DOWN + LEFT, buff=0.15))
        self.narrate(f"i-hat lands on the point {fmt(i[0])}, {fmt(i[1])}.", FadeIn(spots[0]))
        self.narrate(f"And j-hat lands on {fmt(j[0])}, {fmt(j[1])}.", FadeIn(spots[1]))
        return spots

    def write_columns(self, spots: VGroup) -> None:
        mat = named("A", A, size=44)
        panel = below_title(card(mat))
        cols, entries = mat[1].get_columns(), [VGroup(s.content[0][1], s.content[0][3]) for s in spots]
        self.narrate("Write those two landing spots side by side, as columns, and you have the matrix.",
                     FadeIn(panel.box), FadeIn(mat[0]), FadeIn(mat[1].get_brackets()),
                     *[TransformFromCopy(entries[k], cols[k]) for k in range(2)], run_time=2)
        self.narrate("The first column is where i-hat lands; the second, where j-hat lands. Read any matrix "
                     "this way.", Indicate(cols[0], color=S.basis_i), Indicate(cols[1], color=S.basis_j),
                     run_time=2)

    def carry_v(self) -> None:
        self.grid = grid = make_grid()
        self.steps = [((k, 0), (k + 1, 0), S.basis_i) for k in range(round(V[0]))]
        self.steps += [((V[0], k), (V[0], k + 1), S.basis_j) for k in range(round(V[1]))]
        arrows = [grid_arrow(grid, a, b, c) for a, b, c in self.steps]
        v = grid_arrow(grid, (0, 0), V, S.vector)
        v_label = tex("v", color=S.vector).next_to(v.get_end(), UP, buff=0.15).set_z_index(2)
        self.formula = tex("v", "=", fmt(V[0]), r"\hat{\imath}", "+", fmt(V[1]), r"\hat{\jmath}", size=SIZE,
                           colors={0: S.vector, 2: S.basis_i, 3: S.basis_i, 5: S.basis_j, 6: S.basis_j})
        self.panel = below_title(card(self.formula))
        self.narrate(f"Now take v from lecture one: {fmt(V[0])} steps of i-hat, then {fmt(V[1])} of j-hat.",
                     FadeIn(grid), FadeIn(self.panel), Succession(*[GrowArrow(a) for a in arrows]), run_time=2.5)
        self.play(GrowArrow(v), FadeIn(v_label))
        image = mx.image_of(A, V)
        self.av = grid_arrow(grid, (0, 0), image, S.result)
        av_label = tex("Av", color=S.result).next_to(self.av.get_end(), UL, buff=0.1).set_z_index(2)
        moved = [Transform(arrow, grid_arrow(grid, *mx.transform_points(A, (a, b)), c))
                 for arrow, (a, b, c) in zip(arrows, self.steps, strict=True)]
        self.narrate("Warp the plane with A. The steps ride along: each i-hat step becomes a copy of the first "
                     "column, and the j-hat step a copy of the second.", grid.make_apply_animation(A, run_time=4),
                     *moved, Transform(v, self.av), ReplacementTransform(v_label, av_label), run_time=4)

    def combine_columns(self) -> None:
        (i, j), (xi, yj), image = mx.basis_images(A), mx.image_terms(A, V), mx.image_of(A, V)
        g, r = S.basis_i, S.basis_j
        rows = VGroup(VGroup(tex("Av", "=", fmt(V[0]), colors={0: S.result, 2: g}, size=SIZE), col(i, g),
                             tex("+", fmt(V[1]), colors={1: r}, size=SIZE), col(j, r)),
                      VGroup(tex("=", size=SIZE), col(xi, g), tex("+", size=SIZE), col(yj, r)),
                      VGroup(tex("=", size=SIZE), col(image, S.result)))
        for row in rows:
            row.arrange(RIGHT, buff=0.15)
        rows.arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        rows[1:].shift((rows[0][0][1].get_x() - rows[1][0].get_x()) * RIGHT)
        box = card(rows).next_to(self.panel, DOWN, aligned_edge=LEFT, buff=0.2)
        first = rows[0]
        self.narrate(f"So A v is {fmt(V[0])} times the first column plus {fmt(V[1])} times the second: the same "
                     "linear combination as v, now of the columns.", FadeIn(box.box), FadeIn(first[0][:2]),
                     TransformFromCopy(self.formula[2], first[0][2]), FadeIn(first[1]), FadeIn(first[2][0]),
                     TransformFromCopy(self.formula[5], first[2][1]), FadeIn(first[3]), run_time=2)
        self.narrate("Scale each column, then add entry by entry.", Write(rows[1]), run_time=1.5)
        self.narrate(f"A v is {fmt(image[0])}, {fmt(image[1])}: exactly where the violet arrow landed.",
                     Write(rows[2]), Indicate(self.av, color=S.result), run_time=1.5)

    def generalise(self) -> None:
        law = tex(r"A\begin{bmatrix} x \\ y \end{bmatrix}", "=", "x", r"\begin{bmatrix} a \\ c \end{bmatrix}", "+",
                  "y", r"\begin{bmatrix} b \\ d \end{bmatrix}", colors={3: S.basis_i, 6: S.basis_j}, size=SIZE)
        entries = tex("=", r"\begin{bmatrix} a x + b y \\ c x + d y \end{bmatrix}", size=SIZE)
        box = card(law, entries.align_to(law[1], LEFT), buff=0.2)
        box.move_to([THEME.safe_right - box.width / 2 - 0.1, THEME.safe_bottom + box.height / 2 + 0.1, 0])
        self.narrate("The same holds for every vector: x i-hat plus y j-hat lands on x times the first column "
                     "plus y times the second.", FadeIn(box.box), Write(law), run_time=2)
        self.narrate("Each entry of the result is a row of the matrix times v: a dot product, as in lecture two.",
                     Write(entries), run_time=1.5)


# -- 4. Composition -----------------------------------------------------------------------------------------
def factor(x: float) -> str:
    """A number as a factor of a product, bracketed when negative."""
    return f"({fmt(x)})" if x < 0 else fmt(x)


class ComposeTwoMaps(MapScene):
    """Apply one map after another, and compute the one matrix S R that does both, row by column."""

    TITLE = "One map after another"

    def construct(self) -> None:
        self.show_title()
        self.apply_in_turn()
        self.clear_stage()
        self.multiply()
        self.compare_columns()

    def apply_in_turn(self) -> None:
        grid = make_grid(y_range=(-7, 7, 1))  # tall enough to fill the frame after the quarter turn
        first = VGroup(text("First", color=THEME.muted), named("R", ROTATION)).arrange(RIGHT, buff=0.3)
        then = VGroup(text("Then", color=THEME.muted), named("S", SHEAR)).arrange(RIGHT, buff=0.3)
        panel = below_title(card(first, then))
        then.align_to(first, RIGHT)
        self.narrate("Now two maps, one after the other. First R, the quarter turn.", FadeIn(grid),
                     FadeIn(panel.box), FadeIn(first), run_time=1.5)
        self.narrate("The plane turns.", grid.make_apply_animation(ROTATION, run_time=2.5), run_time=2.5)
        self.narrate("Then S, the shear, acting on the plane as the turn left it.", FadeIn(then),
                     grid.make_apply_animation(SHEAR, run_time=3), run_time=3)
        i, j = mx.basis_images(mx.compose(ROTATION, SHEAR))
        p = grid.background.point
        spots = (landing(i, S.basis_i).next_to(p(i), DOWN + RIGHT, buff=0.15),
                 landing(j, S.basis_j).next_to(p(j), DOWN + LEFT, buff=0.15))
        self.narrate(f"After both moves, i-hat sits at {fmt(i[0])}, {fmt(i[1])}, and j-hat at {fmt(j[0])}, "
                     f"{fmt(j[1])}.", FadeIn(spots[0]), FadeIn(spots[1]))
        self.narrate("Those two columns make one matrix that does both moves at once.")

    def multiply(self) -> None:
        big = THEME.formula_size
        s_mat, r_mat = matrix(SHEAR, size=big), matrix(ROTATION, size=big)
        self.product = matrix(mx.matmul(SHEAR, ROTATION), size=big)
        top = VGroup(tex("S", "R", "="), s_mat, r_mat, tex("="), self.product)
        top.arrange(RIGHT, buff=0.25).move_to([0, 1.85, 0])
        order = tex(r"(SR)\,v", "=", r"S\,(R\,v)").next_to(top, DOWN, buff=0.4)
        self.narrate("That matrix is the product S R. Read it right to left: R acts on v first, then S.",
                     FadeIn(top[:4]), FadeIn(self.product.get_brackets()), Write(order), run_time=2)
        terms, values = mx.product_terms(SHEAR, ROTATION), mx.matmul(SHEAR, ROTATION)
        said = ("Each entry is a row of S times a column of R: multiply matching entries and add, a dot "
                "product as in lecture two. The first row and column give {}.", "First row, second column: {}.",
                "Second row, first column: {}.", "And second row, second column: {}.")
        step = VMobject()
        for k, words in enumerate(said):
            i, j = divmod(k, 2)
            boxes = VGroup(SurroundingRectangle(s_mat.get_rows()[i], color=S.highlight, buff=0.08),
                           SurroundingRectangle(r_mat.get_columns()[j], color=S.highlight, buff=0.08))
            new = tex(factor(SHEAR[i][0]), r"\cdot", factor(ROTATION[0][j]), "+", factor(SHEAR[i][1]), r"\cdot",
                      factor(ROTATION[1][j]), "=", fmt(terms[i, j, 0]), signed(terms[i, j, 1]), "=",
                      fmt(values[i][j])).next_to(order, DOWN, buff=0.5)
            self.narrate(words.format(fmt(values[i][j])), Create(boxes), FadeOut(step), Write(new),
                         run_time=1.5 if k else 2.5)
            self.play(TransformFromCopy(new[-1], self.product.get_entries()[k]), FadeOut(boxes), run_time=0.8)
            step = new
        self.play(FadeOut(step), run_time=0.5)

    def compare_columns(self) -> None:
        i, j = mx.basis_images(mx.compose(ROTATION, SHEAR))
        spots = VGroup(tex(r"\hat{\imath} \mapsto", color=S.basis_i, size=SIZE), col(i, S.basis_i),
                       tex(r"\hat{\jmath} \mapsto", color=S.basis_j, size=SIZE), col(j, S.basis_j))
        spots.arrange(RIGHT, buff=0.2)
        spots[2:].shift(0.5 * RIGHT)
        box = card(spots).move_to([0, -1.85, 0])
        cols = self.product.get_columns()
        self.narrate("Compare with where i-hat and j-hat landed after both moves: the columns of S R are exactly "
                     "those spots.", FadeIn(box), Indicate(cols[0], color=S.basis_i),
                     Indicate(cols[1], color=S.basis_j), run_time=2)
        self.narrate("Multiplying matrices composes their maps: one matrix does the work of both.")


# -- 5. Order matters ---------------------------------------------------------------------------------------
class SwapTheOrder(MapScene):
    """See that rotating then shearing differs from shearing then rotating: S R is not R S."""

    TITLE = "Order matters"

    def construct(self) -> None:
        self.show_title()
        small = {"x_range": (-2, 2, 1), "y_range": (-2, 2, 1), "unit": 0.7, "with_square": True}
        left, right = make_grid((-3.35, -0.7, 0), **small), make_grid((3.35, -0.7, 0), **small)
        heads = VGroup(card(text("Rotate, then shear")).move_to([-3.35, 2.4, 0]),
                       card(text("Shear, then rotate")).move_to([3.35, 2.4, 0]))
        self.narrate("Does the order matter? On the left, rotate and then shear, as before. On the right, shear "
                     "first, then rotate.", FadeIn(left), FadeIn(right), FadeIn(heads), run_time=1.5)
        self.narrate("The first move on each side,", left.make_apply_animation(ROTATION, run_time=2.5),
                     right.make_apply_animation(SHEAR, run_time=2.5), run_time=2.5)
        self.narrate("then the second.", left.make_apply_animation(SHEAR, run_time=2.5),
                     right.make_apply_animation(ROTATION, run_time=2.5), run_time=2.5)
        sr, rs = mx.compose(ROTATION, SHEAR), mx.compose(SHEAR, ROTATION)
        i_left, i_right = mx.basis_images(sr)[0], mx.basis_images(rs)[0]
        self.narrate(f"The grids end up different. Just follow i-hat: it lands on {fmt(i_left[0])}, "
                     f"{fmt(i_left[1])} on the left, but on {fmt(i_right[0])}, {fmt(i_right[1])} on the right.",
                     Indicate(left.i_hat, color=S.basis_i), Indicate(right.i_hat, color=S.basis_i), run_time=2)
        pairs = (("SR", mx.matmul(SHEAR, ROTATION)), ("RS", mx.matmul(ROTATION, SHEAR)))
        products = VGroup(*[card(named(n, m, size=32)).move_to(h).align_to(h, UP) for (n, m), h in zip(pairs, heads,
                                                                                                      strict=True)])
        relation = tex("=" if mx.commute(SHEAR, ROTATION) else r"\neq", size=48).move_to([0, products.get_y(), 0])
        self.narrate("As matrices: S R and R S are different. A product of matrices depends on their order.",
                     ReplacementTransform(heads, products), FadeIn(relation), run_time=2)
        self.narrate("Some pairs do commute, like two rotations, or a matrix and itself. But in general, A B and "
                     "B A are different maps.")


# -- 6. Recap -----------------------------------------------------------------------------------------------
class RecapMatricesAsMaps(MapScene):
    """Recall the three ideas: columns are where the basis lands, images combine columns, products compose maps."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        g, r = S.basis_i, S.basis_j
        formulas = (
            tex("A", "=", r"\big[\,", r"A\hat{\imath}", r"\;\;", r"A\hat{\jmath}", r"\,\big]", colors={3: g, 5: r}),
            tex(r"A\begin{bmatrix} x \\ y \end{bmatrix}", "=", "x", "a_1", "+", "y", "a_2", colors={3: g, 6: r}),
            tex(r"(BA)\,v = B\,(A\,v)", r"\qquad", r"AB \neq BA"),
        )
        heads = ("Columns: where i-hat, j-hat land", "Any vector: combine the columns",
                 "Products: one map, then another")
        rows = VGroup(*[VGroup(text(f"\u2022  {heads[k]}"), formulas[k]) for k in range(3)])
        rows.arrange(DOWN, buff=0.8, aligned_edge=LEFT)
        for row in rows:
            row[1].set_x(max(rw[0].get_right()[0] for rw in rows) + 0.8, LEFT)
        self.fit_to_safe_area(rows.move_to(0.1 * UP))
        words = ("Three things to take away. One: a matrix moves the whole plane, and its columns are where "
                 "i-hat and j-hat land.",
                 "Two: any vector, x i-hat plus y j-hat, lands on x times the first column plus y times the "
                 "second: a linear combination of the columns.",
                 "Three: a product B A is one map after another, read right to left, and the order matters.")
        for row, said in zip(rows, words, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)
        self.narrate("A network layer computes W x, and a stack of layers multiplies matrices. That is why "
                     "networks put a non-linear step between layers: else the stack would be one matrix.")
        self.narrate("Next, we run a map backwards, to solve systems of linear equations.")


SCENES = (PreviewMatricesAsMaps, WarpTheGrid, FollowTheBasisVectors, ComposeTwoMaps, SwapTheOrder,
          RecapMatricesAsMaps, SendAVectorThroughAMatrix, MultiplyInBothOrders)

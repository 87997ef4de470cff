"""Linear Algebra, lecture 4: linear systems, elimination, row echelon form, rank, the inverse, singular maps.

``SCENES`` gives the play order; every number on screen comes from ``mlmath.elimination`` or ``mlmath.linalg``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction

from manim import *

from mlmath import elimination as el
from mlmath.linalg import as_columns, linear_combination
from scenes.kit.base import LectureScene, bullet_list, text
from scenes.kit.fmt import fmt, fmt_frac
from scenes.kit.mobjects import Panel, TransformGrid, VectorPlane, matrix, tex, tween
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.linear_systems import InvertATwoByTwoMatrix, SolveATwoByTwoSystem, equation_line

# -- the givens of the lecture ---------------------------------------------------------------------------
DATA_X = (2, 4)  # two data points (x, y) that a straight line y = w0 + w1 x must pass through
DATA_Y = (3, 4)
A = ((1, 2), (3, -1))  # the running system: x + 2y = 5 and 3x - y = 1
B = (5, 1)
PARALLEL = (2, 4, 4)  # a second equation whose line runs parallel to the first: 2x + 4y = 4
SAME = (2, 4, 10)  # the first equation doubled: the same line
M = ((1, 2, 1), (2, 4, 3), (3, 6, 4))  # a 3x3 matrix whose third row is the sum of the first two
MAP = ((2, 1), (1, 1))  # a map of the plane that can be undone
SINGULAR = ((1, 2), (1, 2))  # a map that flattens the plane onto a line

S = THEME.symbols
LINE_COLORS = (S.vector, S.vector_b)  # row k of a 2x2 system is drawn as a line in colour k
ORDINAL = ("one", "two", "three")
WEIGHTS = ("w_0", "w_1")  # the names of the line's intercept and slope
CASE_COLORS = {"unique": S.result, "none": S.warning, "infinite": S.result}  # solutions are violet


# -- writing numbers, equations and row operations (formatting only: the numbers come from mlmath) -------
def num(x: float) -> str:
    return fmt_frac(float(x))


def plain(x: float) -> str:
    """A number for captions: ``3``, ``-1/7``."""
    return str(Fraction(float(x)).limit_denominator(12))


def combination_tex(coeffs: Sequence[float], names: Sequence[str]) -> str:
    """``x + 2y``, ``R_2 - 3R_1``: coefficients of one dropped, zero terms left out."""
    out = ""
    for c, name in zip(coeffs, names, strict=True):
        if float(c) != 0:
            out += ("-" if c < 0 else "") if not out else (" - " if c < 0 else " + ")
            out += ("" if abs(float(c)) == 1 else num(abs(float(c)))) + name
    return out or fmt(0)


def equation_tex(row: Sequence[float]) -> str:
    """The equation of an augmented row ``(a, b, c)``: ``a x + b y = c``."""
    return f"{combination_tex(row[:2], ('x', 'y'))} = {num(row[2])}"


def op_tex(op: el.RowOperation) -> str:
    t, s = f"R_{op.target + 1}", f"R_{(op.source or 0) + 1}"
    if op.kind != "add":
        return rf"{t} \leftrightarrow {s}" if op.kind == "swap" else rf"{t} \to {num(op.factor)}\,{t}"
    return rf"{t} \to {combination_tex((1, op.factor), (t, s))}"


def step_words(step: el.EliminationStep, brief: bool = False) -> str:
    """What a recorded step does, said as a teacher would (``brief``: just the move)."""
    op, (r, c) = step.operation, step.pivot
    if op.kind != "add":
        return (f"Swap rows {ORDINAL[op.target]} and {ORDINAL[op.source or 0]}." if op.kind == "swap" else
                f"Multiply row {ORDINAL[r]} by {plain(op.factor)}" + ("." if brief else ", so its pivot becomes one."))
    size = "" if abs(op.factor) == 1 else f"{plain(abs(op.factor))} times "
    move = f"{'Subtract' if op.factor < 0 else 'Add'} {size}row {ORDINAL[r]} {'from' if op.factor < 0 else 'to'} " \
           f"row {ORDINAL[op.target]}"
    where = "below" if op.target > r else "above"
    return move + "." if brief else f"The pivot is {plain(step.matrix[r][c])}. {move}, to clear the entry {where} it."


# -- shared pictures ---------------------------------------------------------------------------------------
class AugmentedMatrix(VGroup):
    """A matrix of exact numbers with a bar after its first ``left`` columns, and row names R_1, R_2, ..."""

    def __init__(self, rows: el.Rows, left: int, size: float = 40, row_colors: Sequence[str] = (),
                 names: bool = True) -> None:
        self.ncols = len(rows[0])
        self.grid = Matrix([[num(x) for x in row] for row in rows], element_to_mobject_config={"font_size": size},
                           bracket_config={"color": THEME.text}, h_buff=1.05, v_buff=0.75).set_color(THEME.text)
        cols = self.grid.get_columns()
        x = (cols[left - 1].get_right()[0] + cols[min(left, self.ncols - 1)].get_left()[0]) / 2
        bar = Line([x, self.grid.get_top()[1] - 0.1, 0], [x, self.grid.get_bottom()[1] + 0.1, 0], color=THEME.text,
                   stroke_width=2, stroke_opacity=1 if left < self.ncols else 0)
        colors = [*row_colors, *[THEME.muted] * len(rows)]
        self.names = VGroup(*[tex(f"R_{i + 1}", size=size * 0.8, color=colors[i]).move_to(row)
                              .set_x(self.grid.get_left()[0] - 0.45) for i, row in enumerate(self.grid.get_rows())])
        super().__init__(self.grid, bar, *([self.names] if names else []))

    def entry(self, r: int, c: int) -> Mobject:
        return self.grid.get_entries()[r * self.ncols + c]

    def row(self, r: int) -> VGroup:
        return self.grid.get_rows()[r]


def play_steps(scene: LectureScene, shown: AugmentedMatrix, steps: Sequence[el.EliminationStep], brief: bool = False,
               during: Callable[[el.EliminationStep], list] | None = None,
               after: Callable[[el.EliminationStep], None] | None = None, **style) -> AugmentedMatrix:
    """Play recorded elimination steps: box the pivot (and the row it works from), write the operation under the
    matrix, then turn the matrix into the one after the step (``during`` animations alongside, ``after`` then)."""
    for step in steps:
        new = AugmentedMatrix(step.matrix, **style).move_to(shown)
        op, pivot = step.operation, step.pivot
        marks = VGroup(SurroundingRectangle(shown.entry(*pivot), color=S.highlight, buff=0.08),
                       *([SurroundingRectangle(shown.row(op.source), color=THEME.muted, buff=0.12)] if op.kind == "add"
                         else []))
        label = tex(op_tex(op), size=36).next_to(shown.grid, DOWN, buff=0.3)
        scene.narrate(step_words(step, brief), Create(marks), FadeIn(label, shift=0.2 * UP), run_time=1)
        scene.play(ReplacementTransform(shown, new), *(during(step) if during else []), run_time=1.5)
        if after:
            after(step)
        scene.play(FadeOut(marks), FadeOut(label), run_time=0.4)
        shown = new
    return shown


def equation_row(row: Sequence[float], k: int) -> VGroup:
    """An equation with a swatch of its line before it."""
    swatch = (DashedLine if k else Line)(ORIGIN, 0.6 * RIGHT, color=LINE_COLORS[k], stroke_width=6)
    return VGroup(swatch, tex(equation_tex(row))).arrange(RIGHT, buff=0.3)


def labelled_plane(x_range: Sequence[float], y_range: Sequence[float], unit: float) -> VectorPlane:
    plane = VectorPlane(x_range=x_range, y_range=y_range, unit=unit).place_lower_left()
    return plane.add(plane.get_axis_labels(tex("x", size=32), tex("y", size=32)))


def system_picture(rows: el.Rows, *row_now: Callable[[], Sequence[float]]) -> tuple[VectorPlane, VGroup, ...]:
    """The plane, the two lines (redrawn from ``row_now`` as the rows change), the crossing point, the equations."""
    plane = labelled_plane((-2, 4, 1), (-1, 4, 1), 1.1)
    lines = VGroup(*[always_redraw(lambda f=f, k=k: equation_line(plane, f(), LINE_COLORS[k], dashed=k == 1))
                     for k, f in enumerate(row_now)])
    x, y = el.solve_system([r[:2] for r in rows], [r[2] for r in rows]).particular
    dot = Dot(plane.point((x, y)), color=S.result, radius=0.1)
    dot = VGroup(dot, tex(f"({num(x)},\\ {num(y)})", color=S.result, size=34).next_to(dot, UR, buff=0.12))
    eqs = VGroup(*[equation_row(row, k) for k, row in enumerate(rows)]).arrange(DOWN, aligned_edge=LEFT, buff=0.35)
    return plane, lines, dot.set_z_index(3), eqs.move_to([3.4, 1.9, 0])


# -- 1. Opening -------------------------------------------------------------------------------------------
class FitALineBySolvingEquations(LectureScene):
    """See that fitting a linear model means solving linear equations, and know what this lecture teaches."""

    TITLE = "Linear systems in machine learning"

    def construct(self) -> None:
        self.show_title()
        plane = labelled_plane((0, 6, 1), (0, 5, 1), 1.0).shift(0.3 * RIGHT)
        dots = VGroup(*[Dot(plane.point(p), color=S.vector, radius=0.09) for p in zip(DATA_X, DATA_Y, strict=True)])
        self.narrate("A model predicts y from x with a straight line. Which line passes through these two data "
                     "points?", FadeIn(plane), FadeIn(dots), run_time=1.5)
        rows = el.design_matrix(DATA_X)
        w = el.solve_system(rows, DATA_Y).particular
        model = tex("y", "=", "w_0", "+", "w_1", "x", colors={2: S.result, 4: S.result})
        eqs = VGroup(*[tex(f"{combination_tex(r, WEIGHTS)} = {num(y)}") for r, y in zip(rows, DATA_Y, strict=True)])
        answer = tex(f"w_0 = {num(w[0])},\\quad w_1 = {num(w[1])}", color=S.result)
        normal = tex(r"\underbrace{X^\top X}_{A}\, w = \underbrace{X^\top y}_{b}")
        VGroup(model, eqs.arrange(DOWN, buff=0.3), answer, normal).arrange(DOWN, buff=0.55).move_to([3.3, 0.2, 0])
        self.narrate("The line has two unknown weights, an intercept w-zero and a slope w-one.", Write(model))
        self.narrate("Each data point gives one equation, once its x and y go into the model.", Write(eqs))
        ends = (0, DATA_X[-1] + 1.5)
        line = Line(*[plane.point(p) for p in zip(ends, el.predict_line(w, ends), strict=True)], color=S.result,
                    stroke_width=5)
        self.narrate(f"Solving the two equations together gives w-zero = {plain(w[0])} and w-one = {plain(w[1])}, "
                     "the line through both points.", Write(answer), Create(line), run_time=2)
        self.narrate("With many data points, least squares leads to the same problem: one square system, A w = b, "
                     "the normal equations.", Write(normal))
        self.clear_stage()
        goals = bullet_list(["Solve a system by elimination", "Tell one, none or infinitely many solutions",
                             "Invert a matrix, or see that it is singular"], size=THEME.heading_size, buff=0.5)
        self.narrate("By the end you will solve systems by elimination, tell how many solutions they have, and "
                     "invert a matrix or see why it cannot be inverted.",
                     LaggedStart(*[FadeIn(g, shift=0.2 * RIGHT) for g in goals.move_to(0.2 * DOWN)], lag_ratio=0.6),
                     run_time=3)


# -- 2. Two lines ------------------------------------------------------------------------------------------
class MeetTwoLinesAtTheSolution(LectureScene):
    """See a system of two equations as two lines, its solution where they cross, and its three possible cases."""

    TITLE = "Two equations, two lines"

    def construct(self) -> None:
        self.show_title()
        rows = el.augment(A, B)
        self.first, self.keys, self.t = rows[0], (rows[1], PARALLEL, SAME), ValueTracker(0)
        self.plane, lines, self.dot, self.eqs = system_picture(rows, lambda: self.first, self.second_row)
        self.narrate("Here is a system of two equations in two unknowns, x and y.", FadeIn(self.plane),
                     Write(self.eqs))
        self.narrate("The points that satisfy the first equation lie on a straight line.", Create(lines[0]),
                     Indicate(self.eqs[0]))
        self.narrate("The points that satisfy the second equation form a second line.", Create(lines[1]),
                     Indicate(self.eqs[1]))
        self.narrate("A solution satisfies both equations, so it lies on both lines, where they cross.",
                     FadeIn(self.dot, scale=0.5))
        self.label = self.case_label(rows[1])
        self.narrate("Two crossing lines meet exactly once. One solution.", FadeIn(self.label))
        self.turn_through_the_cases()

    def second_row(self) -> Sequence[float]:
        t = self.t.get_value()
        k = min(int(t), len(self.keys) - 2)
        return linear_combination((1 - (t - k), t - k), (self.keys[k], self.keys[k + 1]))

    def case_label(self, second: Sequence[float]) -> Text:
        sol = el.solve_system((self.first[:2], second[:2]), (self.first[2], second[2]))
        return text(sol.describe(), color=CASE_COLORS[sol.kind]).next_to(self.eqs, DOWN, buff=0.6).set_x(3.4)

    def turn_through_the_cases(self) -> None:
        words = (("Now turn the second line until it runs parallel to the first.",
                  "Parallel lines never meet, so no point satisfies both equations. No solution."),
                 ("Slide it onto the first line. Its equation is now the first one, doubled.",
                  "Now both equations describe the same line, and every point on it is a solution."))
        for k, (said, verdict) in enumerate(words, start=1):
            eq = equation_row(self.keys[k], 1).move_to(self.eqs[1], aligned_edge=LEFT)
            self.narrate(said, tween(self.t, k, run_time=2.5), ReplacementTransform(self.eqs[1], eq),
                         *([FadeOut(self.dot)] if k == 1 else []))
            glow = [Create(equation_line(self.plane, SAME, S.result, 14).set_stroke(opacity=0.4))] if k == 2 else []
            self.eqs[1], label = eq, self.case_label(self.keys[k])
            self.narrate(verdict, ReplacementTransform(self.label, label), *glow)
            self.label = label
        self.narrate("One, none or infinitely many. Every linear system, of any size, has one of these three answers.")


# -- 3. Elimination ----------------------------------------------------------------------------------------
class EliminateRowByRow(LectureScene):
    """Solve a system by row operations on its augmented matrix, pivot by pivot, and watch the lines turn."""

    TITLE = "Elimination, one row at a time"

    def construct(self) -> None:
        self.show_title()
        self.rows, self.op, self.alpha = el.augment(A, B), None, ValueTracker(0)
        plane, lines, dot, eqs = system_picture(self.rows, lambda: self.row_now(0), lambda: self.row_now(1))
        self.narrate("Back to the crossing lines. Elimination simplifies the equations one row at a time.",
                     FadeIn(plane), FadeIn(lines), FadeIn(dot), FadeIn(eqs))
        shown = AugmentedMatrix(self.rows, 2, row_colors=LINE_COLORS).move_to([3.6, 1.75, 0])
        self.narrate("First drop the letters. Keep the numbers, with a bar before the right-hand sides. This is the "
                     "augmented matrix.", FadeTransform(eqs, shown), run_time=2)
        rules = bullet_list(["swap two rows", "scale a row", "add a multiple of a row"], size=THEME.small_size)
        self.narrate("Three moves never change the solutions. Swap two rows, multiply a row by a non-zero number, "
                     "or add a multiple of one row to another.", FadeIn(rules.move_to([3.6, -1.85, 0])))
        record = el.eliminate(self.rows, reduced=True)
        shown = play_steps(self, shown, record.steps, False, self.turn_line, self.settle, left=2,
                           row_colors=LINE_COLORS)
        answer = VGroup(*[tex(equation_tex(row), color=S.result) for row in record.result])
        self.narrate(f"The matrix now reads x = {plain(record.result[0][2])} and y = {plain(record.result[1][2])}, "
                     "exactly where the lines cross.", FadeOut(rules),
                     Write(answer.arrange(RIGHT, buff=0.8).next_to(shown, DOWN, buff=0.5)), Indicate(dot[0]))

    def row_now(self, i: int) -> Sequence[float]:
        """Row i as it changes: ``R_i + t f R_j``, a fraction t of the way through an 'add' operation."""
        op = self.op
        if op is None or op.kind != "add" or op.target != i:
            return self.rows[i]
        return linear_combination((1, self.alpha.get_value() * float(op.factor)), (self.rows[i], self.rows[op.source]))

    def turn_line(self, step: el.EliminationStep) -> list:
        self.op = step.operation
        self.alpha.set_value(0)
        return [tween(self.alpha, 1, run_time=1.5)]

    def settle(self, step: el.EliminationStep) -> None:
        self.rows, self.op, kind, row = step.matrix, None, step.operation.kind, ORDINAL[step.operation.target]
        self.narrate(f"Row {row}'s line stays put, since scaling an equation keeps its solutions." if kind == "scale"
                     else f"Row {row}'s line turns about the crossing point, which never moves." +
                     (" With zeros below the pivots, the matrix is in row echelon form."
                      if step.operation.target > step.pivot[0] else ""))


# -- 4. Rank -----------------------------------------------------------------------------------------------
class CountPivotsForRank(LectureScene):
    """Reduce a matrix to row echelon form, count its pivots as the rank, and let ranks classify a system."""

    TITLE = "Row echelon form and rank"

    def construct(self) -> None:
        self.show_title()
        shown = AugmentedMatrix(M, 3, size=48).move_to([-2.4, 0.3, 0])
        self.narrate("Elimination works the same way on bigger matrices, like this three by three one.", FadeIn(shown))
        record = el.eliminate(M)
        shown = play_steps(self, shown, record.steps, True, left=3, size=48)
        combo = el.solve_system(as_columns((M[0], M[1])), M[2]).particular
        why = tex(f"R_3 = {combination_tex(combo, ('R_1', 'R_2'))}").move_to([3.6, 1.2, 0])
        self.narrate("The third row became zeros. It was the sum of the first two, so it added nothing new.",
                     Write(why), Indicate(shown.row(2), color=S.warning))
        boxes = VGroup(*[SurroundingRectangle(shown.entry(*p), color=S.highlight, buff=0.08) for p in record.pivots])
        self.narrate("Pivots step right as you go down, and zero rows sink to the bottom. This staircase is row "
                     "echelon form.", Create(self.staircase(shown, record.pivots)), Create(boxes), run_time=2)
        rank = tex(r"\operatorname{rank} M =", fmt(record.rank), colors={1: S.highlight}).next_to(why, DOWN, buff=0.8)
        self.narrate(f"The number of pivots, {fmt(record.rank)}, is the rank. It counts the independent rows, like "
                     "the rank in the vectors lecture.", Write(rank))
        self.clear_stage()
        self.classify_by_rank()

    @staticmethod
    def staircase(shown: AugmentedMatrix, pivots: Sequence[tuple[int, int]]) -> VMobject:
        """A stepped line that runs down the left of each pivot and under its row."""
        rows, cols = shown.grid.get_rows(), shown.grid.get_columns()
        half_h, half_w = (rows[0].get_y() - rows[1].get_y()) / 2, (cols[1].get_x() - cols[0].get_x()) / 2
        points = []
        for k, (r, c) in enumerate(pivots):
            x, y = cols[c].get_x() - half_w, rows[r].get_y()
            end = cols[pivots[k + 1][1]].get_x() - half_w if k + 1 < len(pivots) else cols[-1].get_x() + half_w
            points += [[x, y + half_h, 0], [x, y - half_h, 0], [end, y - half_h, 0]]
        return VMobject(color=S.highlight, stroke_width=4).set_points_as_corners(points)

    def classify_by_rank(self) -> None:
        first = el.augment(A, B)[0]
        systems = [(A, B), *[((first[:2], row[:2]), (first[2], row[2])) for row in (PARALLEL, SAME)]]
        rows, sols = VGroup(), [el.solve_system(a, b) for a, b in systems]
        for (a, b), sol in zip(systems, sols, strict=True):
            shown = AugmentedMatrix(el.eliminate(el.augment(a, b)).result, 2, size=34, names=False)
            ranks = tex(rf"\operatorname{{rank}} A = {fmt(sol.rank)},\quad \operatorname{{rank}}\,[A \mid b] = "
                        rf"{fmt(sol.augmented_rank)}", size=34)
            rows.add(VGroup(text(sol.describe(), color=CASE_COLORS[sol.kind]).move_to(6.5 * LEFT, aligned_edge=LEFT),
                            shown.move_to(0.2 * RIGHT), ranks.move_to(6.6 * RIGHT, aligned_edge=RIGHT)))
        rows.arrange(DOWN, buff=0.4).move_to(0.05 * UP)
        self.narrate("Ranks also count solutions. Here are our three pairs of lines, in row echelon form.",
                     LaggedStart(*[FadeIn(r[:2]) for r in rows], lag_ratio=0.4), run_time=2)
        self.narrate(f"Crossing lines give a pivot in every column of A. Rank {fmt(sols[0].rank)} equals the number "
                     "of unknowns, so one solution.", FadeIn(rows[0][2]))
        last = el.eliminate(el.augment(*systems[1])).result[1]
        self.narrate(f"Parallel lines end in the row zero equals {plain(last[2])}, which is impossible. The bar "
                     "column gains a pivot, so no solution.", FadeIn(rows[1][2]),
                     Create(SurroundingRectangle(rows[1][1].row(1), color=S.warning, buff=0.1)))
        self.narrate("One line twice ends in zero equals zero. A column without a pivot leaves an unknown free, so "
                     "infinitely many solutions.", FadeIn(rows[2][2]),
                     Create(SurroundingRectangle(rows[2][1].row(1), color=S.result, buff=0.1)))


# -- 5. Inverse and singular maps ----------------------------------------------------------------------------
class UndoAMapWithItsInverse(LectureScene):
    """See the inverse as the map that undoes A, find it by Gauss-Jordan, and see why a singular map has none."""

    TITLE = "The inverse undoes the map"

    def construct(self) -> None:
        self.show_title()
        self.undo_the_map()
        self.clear_stage()
        self.find_the_inverse()
        self.clear_stage()
        self.flatten_the_plane()

    def grid_with_panel(self, rows: Sequence[tuple[str, Mobject]]) -> tuple[TransformGrid, VGroup]:
        """A centred grid that may warp past the frame, a mask that keeps the title clear of it, and a panel of
        formulas in the upper right."""
        grid = TransformGrid(x_range=(-10, 10, 1), y_range=(-6, 6, 1), unit=0.7)
        mask = Rectangle(width=config.frame_width, height=1.4, fill_color=THEME.background, fill_opacity=1,
                         stroke_width=0).move_to([0, THEME.title_y, 0]).set_z_index(4)
        self.title_mob.set_z_index(5)
        content = VGroup(*[VGroup(tex(name), mob).arrange(RIGHT, buff=0.2) for name, mob in rows])
        panel = Panel(content.arrange(DOWN, aligned_edge=RIGHT, buff=0.4)).set_z_index(3)
        self.add(mask)
        return grid, panel.move_to([6.5 - panel.width / 2, 2.55 - panel.height / 2, 0])

    def undo_the_map(self) -> None:
        inv = el.inverse(MAP)
        grid, panel = self.grid_with_panel([("A =", matrix(MAP)), (r"A^{-1} =", matrix(inv))])
        self.narrate("Recall from the transformations lecture that a matrix warps the grid, sending i-hat and j-hat "
                     "to its columns.", FadeIn(grid), FadeIn(panel.box), FadeIn(panel.content[0]))
        self.narrate("Solving A x = b asks which point x lands on b.", grid.make_apply_animation(MAP), run_time=2.5)
        self.narrate("The inverse, A inverse, is the map that undoes A. Apply it, and every point returns to where "
                     "it started.", Succession(FadeIn(panel.content[1]), grid.make_apply_animation(inv)), run_time=3.5)
        law = tex(r"A^{-1}A = I", r"\qquad x = A^{-1} b").next_to(panel, DOWN, buff=0.3).align_to(panel, RIGHT)
        self.narrate("A inverse times A is the identity. So A x = b is solved by x = A inverse times b.",
                     FadeIn(BackgroundRectangle(law, color=THEME.panel, buff=0.15).set_z_index(2)),
                     Write(law.set_z_index(3)))

    def find_the_inverse(self) -> None:
        record = el.gauss_jordan(MAP)
        shown = AugmentedMatrix(record.start, 2, size=48).move_to([0, 0.6, 0])
        self.narrate("To find A inverse, write A beside the identity and run Gauss-Jordan on both halves at once.",
                     FadeIn(shown))
        shown = play_steps(self, shown, record.steps, True, left=2, size=48)
        right = SurroundingRectangle(VGroup(*shown.grid.get_columns()[2:]), color=S.result, buff=0.12)
        rule = tex(r"[\,A \mid I\,] \;\to\; [\,I \mid A^{-1}\,]").next_to(shown, DOWN, buff=0.6)
        self.narrate("Once the left half is the identity, the right half is A inverse, the matrix that undid the "
                     "grid.", Create(right), Write(rule))

    def flatten_the_plane(self) -> None:
        record = el.gauss_jordan(SINGULAR)
        grid, panel = self.grid_with_panel([("A =", matrix(SINGULAR)),
                                            ("", AugmentedMatrix(record.result, 2, size=32, names=False))])
        self.narrate("Not every map can be undone. This one sends i-hat and j-hat onto one line, so the whole plane "
                     "flattens onto it.", Succession(AnimationGroup(FadeIn(grid), FadeIn(panel.box),
                                                                    FadeIn(panel.content[0])),
                                                     grid.make_apply_animation(SINGULAR, run_time=3)), run_time=4)
        self.narrate("Many points now share a spot, and nothing can pull them apart again. There is no inverse, and "
                     "the matrix is called singular.")
        verdict = text("singular: no inverse" if el.is_singular(SINGULAR) else "invertible", color=S.warning,
                       size=THEME.small_size).next_to(panel, DOWN, buff=0.25).align_to(panel, RIGHT)
        gauss = panel.content[1][1]
        zeros = SurroundingRectangle(VGroup(*[gauss.entry(record.rank, c) for c in range(len(SINGULAR))]),
                                     color=S.warning, buff=0.1).set_z_index(4)
        self.narrate(f"Elimination agrees. The left half ends with a row of zeros, rank {fmt(record.rank)}, one pivot "
                     "short.", FadeIn(panel.content[1]), FadeIn(verdict), Create(zeros))
        self.narrate("The next lecture measures this flattening with a single number, the determinant.")


# -- 6. Recap ------------------------------------------------------------------------------------------------
class RecapLinearSystems(LectureScene):
    """Recall the three ideas: elimination, rank decides the number of solutions, the inverse undoes the map."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        points = (("Elimination", r"[A \mid b] \;\to\; \text{row echelon form}", "Three things to take away. First, "
                   "row operations on the augmented matrix eliminate unknowns, pivot by pivot, down to a staircase."),
                  ("Rank decides", r"\operatorname{rank} = \#\,\text{pivots}", "Second, the rank counts the pivots, "
                   "and decides between one solution, none, or infinitely many."),
                  ("Inverse undoes A", r"x = A^{-1} b", "Third, the inverse undoes a map, and Gauss-Jordan finds it. "
                   "A singular map flattens the plane and has none."))
        rows = VGroup(*[VGroup(text(f"\u2022  {head}"), tex(formula)).arrange(RIGHT) for head, formula, _ in points])
        rows.arrange(DOWN, buff=0.8, aligned_edge=LEFT)
        for row in rows:
            row[1].set_x(max(r[0].get_right()[0] for r in rows) + 0.8, LEFT)
        self.fit_to_safe_area(rows.move_to(0.1 * UP))
        for row, (_, _, said) in zip(rows, points, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)
        self.narrate("And each time a model is fitted by least squares, a system like these is solved.")


SCENES = (FitALineBySolvingEquations, MeetTwoLinesAtTheSolution, EliminateRowByRow, CountPivotsForRank,
          UndoAMapWithItsInverse, RecapLinearSystems, SolveATwoByTwoSystem, InvertATwoByTwoMatrix)

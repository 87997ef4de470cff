"""Linear Algebra, lecture 8 (the module's last): principal component analysis. Covariance and its ellipse, the
direction of greatest spread, eigenvalues as variances, keeping one component. Every number on screen comes from
``mlmath.pca`` (or ``mlmath.linalg``) via ``scenes.kit.fmt``; positions are layout only. ``SCENES`` gives the order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from manim import *

from mlmath import pca
from mlmath.linalg import covariance_ellipse
from scenes.kit.base import LectureScene, bullet_list, recap_rows, text
from scenes.kit.fmt import fmt, tex_column
from scenes.kit.mobjects import CovarianceEllipse, Panel, VectorPlane, matrix, tex, tween
from scenes.kit.theme import THEME
from scenes.linear_algebra.exercises.pca import FindACovarianceByHand, ReconstructAPoint

# -- the givens of the lecture ----------------------------------------------------------------------------
N_POINTS = 40  # points in the data set
SEED = 35  # the seed of numpy's default_rng that draws them
MEAN = (1.0, 0.6)  # the mean and covariance they are drawn from (the sample's own differ a little)
SPREAD = ((1.8, 0.8), (0.8, 0.8))
DDOF = 1  # the sample covariance divides by n - DDOF, as numpy.cov does
N_STD = 2  # the ellipse is drawn two standard deviations out
CLUSTERS = ((-1.2, 0.6), (1.2, -0.6))  # opening picture: two groups of points ...
CLUSTER_SPREAD = ((0.25, 0.0), (0.0, 0.25))
REDUNDANT_SPREAD = ((1.0, 0.96), (0.96, 1.0))  # ... and two features that say nearly the same thing
ICON_POINTS = 24
KEEP = 1  # components kept in the reconstruction
REACH = 3.3  # the turning line is drawn this far either side of the origin

S = THEME.symbols


# -- shared pictures (layout only: the numbers come from mlmath) -------------------------------------------
def cloud() -> np.ndarray:
    """The lecture's data set, one point per row."""
    return pca.sample_data(N_POINTS, MEAN, SPREAD, SEED)


def components() -> tuple[np.ndarray, np.ndarray]:
    """The eigenvalues (largest first) and the unit components of the lecture's data."""
    return pca.pca_by_eigh(cloud(), ddof=DDOF)


def make_plane(x_range: Sequence[float] = (-4, 5, 1)) -> VectorPlane:
    """The lecture's plane, in the lower left of the safe area."""
    return VectorPlane(x_range=x_range, y_range=(-3, 3, 1), unit=0.85).place_lower_left()


def dots(plane: VectorPlane, points: np.ndarray, color: str = S.vector, radius: float = 0.065) -> VGroup:
    """One dot per data point."""
    return VGroup(*[Dot(plane.point(p), radius=radius, color=color) for p in points]).set_z_index(2)


def stack(*rows: Mobject, left: float = 1.2, top: float = 2.75, buff: float = 0.4) -> VGroup:
    """Formulas stacked down the right of the plane, left-aligned at ``left``."""
    group = VGroup(*rows).arrange(DOWN, aligned_edge=LEFT, buff=buff)
    return group.move_to([left + group.width / 2, top - group.height / 2, 0])


def percent(ratio: float) -> str:
    """A share, written as a whole number of percent."""
    return fmt(100 * ratio, 0)


def eigen_arrows(plane: VectorPlane) -> VGroup:
    """w_1 and w_2, the unit components, in teal, with labels kept legible over the dots."""
    _, w = components()
    arrows = VGroup(*[plane.vector(w[:, j], f"w_{j + 1}", S.eigen, label_size=34) for j in range(2)])
    for arrow in arrows:
        arrow.label.set_stroke(THEME.background, width=6, background=True)
    return arrows.set_z_index(3)


def ellipse(plane: VectorPlane, centre: Sequence[float] = (0, 0)) -> CovarianceEllipse:
    """The data's covariance ellipse, N_STD standard deviations out, with its axes."""
    return CovarianceEllipse(plane, centre, covariance_ellipse(pca.covariance_matrix(cloud(), DDOF), N_STD))


# -- 1. Opening ------------------------------------------------------------------------------------------
class PreviewPrincipalComponents(LectureScene):
    """Know what PCA finds in a data set, and where it is used in machine learning."""

    TITLE = "Where the data spreads"

    def construct(self) -> None:
        self.show_title()
        plane = make_plane()
        self.narrate("Here is a cloud of data points. It stretches further in one direction than in any other.",
                     FadeIn(plane), LaggedStart(*[FadeIn(d, scale=0.5) for d in dots(plane, cloud())],
                                                lag_ratio=0.03), run_time=2.5)
        lines = ellipse(plane, pca.mean_vector(cloud()))
        self.narrate("Principal component analysis, PCA, finds those directions and ranks them by how much the "
                     "data spreads along them.", Create(lines.major), Create(lines.minor), run_time=2)
        self.clear_stage()
        self.show_ml_uses()
        self.clear_stage()
        self.show_goals()

    def show_ml_uses(self) -> None:
        squeeze = tex(r"\begin{bmatrix} x_1 \\ x_2 \\ \vdots \\ x_d \end{bmatrix} \rightarrow "
                      r"\begin{bmatrix} z_1 \\ \vdots \\ z_k \end{bmatrix}", color=S.vector)
        groups = VGroup(*[VGroup(*[Dot(0.75 * np.array([*p, 0]), radius=0.05, color=c)
                                   for p in pca.sample_data(ICON_POINTS, m, CLUSTER_SPREAD, SEED + k)])
                          for k, (m, c) in enumerate(zip(CLUSTERS, (S.vector, S.vector_b), strict=True))])
        pair = pca.sample_data(ICON_POINTS, (0, 0), REDUNDANT_SPREAD, SEED)
        w1 = np.array([*pca.pca_by_eigh(pair)[1][:, 0], 0])
        twin = VGroup(*[Dot(0.55 * np.array([*p, 0]), radius=0.05, color=S.vector) for p in pair],
                      Line(-1.3 * w1, 1.3 * w1, color=S.eigen))
        notes = (r"k \ll d", r"\mathbb{R}^{d} \rightarrow \mathbb{R}^2", r"(x_1, x_2) \rightarrow z_1")
        cards = VGroup(*[VGroup(text(h, color=THEME.muted), i.scale_to_fit_height(1.9), tex(n, size=34))
                         .arrange(DOWN, buff=0.4) for h, i, n in zip(("Compress", "Visualise", "Remove redundancy"),
                                                                    (squeeze, groups, twin), notes, strict=True)])
        self.fit_to_safe_area(cards.arrange(RIGHT, buff=1.1, aligned_edge=UP).move_to(0.1 * UP))
        words = ("In machine learning, PCA compresses data: many features per example become a few numbers.",
                 "It shows high-dimensional data as a flat picture of its first two components.",
                 "And it removes redundancy: two features that move together are really one direction.")
        for card, said in zip(cards, words, strict=True):
            self.narrate(said, FadeIn(card, shift=0.2 * UP))

    def show_goals(self) -> None:
        heading = text("After this lecture you can:", size=THEME.title_size, color=S.eigen)
        goals = bullet_list(["compute a covariance matrix", "find the principal components",
                             "project, reconstruct, measure the loss"], size=THEME.heading_size, buff=0.45)
        VGroup(heading, goals).arrange(DOWN, aligned_edge=LEFT, buff=0.6).move_to(0.1 * DOWN)
        said = ("By the end you will compute a covariance matrix,", "find its eigenvectors, the principal "
                "components,", "and keep one component: project, reconstruct, and measure what is lost.")
        self.play(FadeIn(heading), run_time=0.6)
        for goal, words in zip(goals, said, strict=True):
            self.narrate(words, FadeIn(goal, shift=0.2 * RIGHT))


# -- 2. Covariance -----------------------------------------------------------------------------------------
class MeasureSpreadWithCovariance(LectureScene):
    """Centre a data set, compute its covariance matrix, and see the ellipse whose axes are its eigenvectors."""

    TITLE = "Covariance and its ellipse"

    def construct(self) -> None:
        self.show_title()
        self.plane, self.x = make_plane(), cloud()
        self.c = pca.covariance_matrix(self.x, DDOF)
        self.points = dots(self.plane, self.x)
        self.narrate(f"Here are {N_POINTS} data points, each with two features, x and y.", FadeIn(self.plane),
                     LaggedStart(*[FadeIn(d, scale=0.5) for d in self.points], lag_ratio=0.03), run_time=2.5)
        self.centre_the_cloud()
        self.measure_spreads()
        self.assemble_matrix()
        self.draw_the_ellipse()

    def centre_the_cloud(self) -> None:
        mu = pca.mean_vector(self.x)
        marker = VGroup(Dot(self.plane.point(mu), radius=0.11, color=S.result),
                        tex(r"\mu", color=S.result).next_to(self.plane.point(mu), UL, buff=0.1)).set_z_index(4)
        mean = tex(r"\mu", "=", r"\frac{\sum_i x_i}{n}", "=", tex_column(mu), colors={0: S.result})
        centred = tex(r"\tilde{x}_i", "=", r"x_i - \mu")
        rows = stack(mean, centred)
        self.narrate(f"Their average is the mean point, mu, at about {fmt(mu[0])}, {fmt(mu[1])}.",
                     FadeIn(marker, scale=0.5), Write(mean), run_time=2)
        shift = self.plane.point((0, 0)) - self.plane.point(mu)
        self.narrate("Subtract it from every point: the cloud slides until its centre sits at the origin.",
                     self.points.animate.shift(shift), marker.animate.shift(shift), Write(centred), run_time=2.5)
        self.play(FadeOut(marker), FadeOut(rows), run_time=0.6)

    def measure_spreads(self) -> None:
        c, names = self.c, (r"\tilde{x}_i^2", r"\tilde{y}_i^2", r"\tilde{x}_i \tilde{y}_i")
        heads = (r"\operatorname{Var}(x)", r"\operatorname{Var}(y)", r"\operatorname{Cov}(x, y)")
        self.rows = stack(*[tex(h, "=", rf"\frac{{\sum_i {n}}}{{n - {DDOF}}}", "=", fmt(v), colors={4: col})
                            for h, n, v, col in zip(heads, names, (c[0, 0], c[1, 1], c[0, 1]),
                                                    (S.basis_i, S.basis_j, S.result), strict=True)])
        words = ("Drop the points onto the x axis. The average squared distance from the centre is the "
                 "variance of x.", f"Along y, the variance of y is {fmt(c[1, 1])}. We divide by n minus one, "
                 "as numpy does.")
        for k, said in enumerate(words):
            feet = dots(self.plane, pca.centre(self.x) * np.eye(2)[k], S.projection, radius=0.055)
            self.narrate(said, TransformFromCopy(self.points, feet), Write(self.rows[k]), run_time=2)
            self.play(FadeOut(feet), run_time=0.5)
        o, quads = self.plane.point((0, 0)), VGroup()
        for sx, sy in ((1, 1), (-1, -1), (-1, 1), (1, -1)):
            corner = self.plane.get_corner([sx, sy, 0])
            quads.add(Rectangle(width=abs(corner[0] - o[0]), height=abs(corner[1] - o[1]), stroke_width=0,
                                fill_opacity=0.16, fill_color=S.basis_i if sx == sy else S.warning)
                      .move_to(o, aligned_edge=[-sx, -sy, 0]))
        self.narrate("Do x and y move together? The product x tilde times y tilde is positive in the green "
                     "corners, negative in the red.", FadeIn(quads), run_time=2)
        self.narrate(f"Most points sit in the green corners, so the covariance is positive: {fmt(c[0, 1])}.",
                     Write(self.rows[2]), run_time=2)
        self.play(FadeOut(quads), run_time=0.5)

    def assemble_matrix(self) -> None:
        names = tex(r"C = \begin{bmatrix} \operatorname{Var}(x) & \operatorname{Cov}(x,y) \\ "
                    r"\operatorname{Cov}(x,y) & \operatorname{Var}(y) \end{bmatrix}", size=34)
        self.numbers = VGroup(tex("C", "="), matrix(self.c, column_colors=(), size=34)).arrange(RIGHT, buff=0.2)
        general = tex(rf"C = \frac{{\tilde{{X}}^T \tilde{{X}}}}{{n - {DDOF}}}")
        group = stack(names, self.numbers, general, buff=0.45)
        self.narrate("Together they form the covariance matrix C: the variances on the diagonal, the "
                     "covariance off it.", ReplacementTransform(self.rows, names),
                     FadeIn(self.numbers, shift=0.2 * DOWN), run_time=2.5)
        self.narrate("With the centred points as the rows of X tilde, C is X tilde transpose X tilde, over n "
                     "minus one.", Write(general), run_time=2)
        self.play(FadeOut(names), FadeOut(general), self.numbers.animate.move_to(group[0], aligned_edge=UL))

    def draw_the_ellipse(self) -> None:
        lambdas, _ = components()
        shape = ellipse(self.plane)
        self.narrate("Its ellipse, drawn two standard deviations out, hugs the cloud.", Create(shape.ellipse),
                     run_time=2)
        arrows = eigen_arrows(self.plane)
        eqs = stack(*[tex(rf"C w_{j}", "=", rf"\lambda_{j} w_{j}", r",\quad", rf"\lambda_{j} = {fmt(lam)}",
                          colors={0: S.eigen, 2: S.eigen}) for j, lam in ((1, lambdas[0]), (2, lambdas[1]))],
                    top=self.numbers.get_bottom()[1] - 0.45)
        self.narrate("Remember the eigenvectors lecture: the axes of this ellipse point along the eigenvectors "
                     "of C, w one and w two.", Create(shape.major), Create(shape.minor),
                     *[a.make_grow_animation() for a in arrows], run_time=2.5)
        self.narrate(f"Their eigenvalues are {fmt(lambdas[0])} and {fmt(lambdas[1])}. Why eigenvectors? The next "
                     "shot shows it.", Write(eqs), run_time=2)


# -- 3. The rotating axis ----------------------------------------------------------------------------------
class RotateAxisToFindSpread(LectureScene):
    """Project a cloud onto a turning line and see the shadows' variance peak on the first component."""

    TITLE = "The direction of greatest spread"

    def construct(self) -> None:
        self.show_title()
        self.plane, self.xc = make_plane((-4, 4, 1)), pca.centre(cloud())
        self.theta, self.reach, self.label_u = ValueTracker(0.0), 0.0, True
        self.narrate("Take the centred cloud, and a line through the origin along a unit vector u.",
                     FadeIn(self.plane), FadeIn(dots(self.plane, self.xc)), FadeIn(always_redraw(self.line)),
                     run_time=2)
        self.cast_shadows()
        self.narrate("Now turn the line. The variance grows as the line follows the long side of the cloud,",
                     tween(self.theta, 90 * DEGREES, run_time=5))
        self.narrate("then falls, bottoms out across the cloud, and climbs again.",
                     tween(self.theta, 180 * DEGREES, run_time=5))
        self.name_the_extremes()
        self.write_the_formula()

    def u_now(self) -> np.ndarray:
        return pca.unit_direction(self.theta.get_value())

    def degrees(self) -> float:
        return self.theta.get_value() / DEGREES

    def line(self) -> VGroup:
        """The turning line through the origin, with u on it while it is the only arrow there."""
        u = self.plane.vector(self.u_now(), "u" if self.label_u else None, S.vector_b, label_size=34)
        ends = [self.plane.point(s * self.u_now()) for s in (-REACH, REACH)]
        return VGroup(Line(*ends, color=S.vector_b, stroke_width=3), u).set_z_index(3)

    def shadows(self) -> VGroup:
        feet = pca.project_onto_line(self.xc, self.u_now())
        drops = VGroup(*[Line(self.plane.point(a), self.plane.point(b), color=THEME.muted, stroke_width=1.5,
                              stroke_opacity=0.6) for a, b in zip(self.xc, feet, strict=True)])
        return VGroup(drops, dots(self.plane, feet, S.projection, radius=0.05))

    def cast_shadows(self) -> None:
        shadow = tex(r"t_i", "=", r"\tilde{x}_i \cdot u", colors={0: S.projection})
        self.formula = stack(shadow, top=-1.7)
        self.narrate("Drop every point onto the line, as in the dot product lecture: its shadow sits at x tilde "
                     "dot u.", FadeIn(always_redraw(self.shadows)), Write(shadow), run_time=2)
        names = VGroup(tex(r"\theta ="), tex(r"\operatorname{Var}(t) =", color=S.projection))
        names.arrange(DOWN, buff=0.3, aligned_edge=RIGHT)
        room = Rectangle(width=1.4, height=names.height, stroke_opacity=0).next_to(names, RIGHT, buff=0.2)
        panel = Panel(VGroup(names, room)).move_to([3.6, 2.2, 0])

        def value(k: int, make: Callable[[], str], color: str = THEME.text) -> Mobject:
            return always_redraw(lambda: text(make(), color=color).next_to(names[k], RIGHT, buff=0.25))

        readout = VGroup(panel, value(0, lambda: fmt(self.degrees(), 0) + "\u00b0"),
                         value(1, lambda: fmt(self.variance_at(self.degrees())), S.projection))
        self.narrate("The panel shows the variance of the shadows; the graph records it for every angle theta.",
                     FadeIn(readout), FadeIn(self.variance_graph()), run_time=2)

    def variance_at(self, degrees: float) -> float:
        return pca.projected_variance(self.xc, pca.unit_direction(degrees * DEGREES), DDOF)

    def traced(self) -> VMobject:
        self.reach = max(self.reach, self.degrees())
        return self.axes.plot(lambda d: self.variance_at(d), x_range=(0, max(self.reach, 0.5), 1),
                              color=S.projection)

    def variance_graph(self) -> VGroup:
        top = components()[0][0]
        self.axes = Axes(x_range=(0, 180, 45), y_range=(0, top * 1.3, top), x_length=4.8, y_length=2.3,
                         axis_config={"color": THEME.axis}, y_axis_config={"include_ticks": False}, tips=False)
        self.axes.move_to([3.75, -0.15, 0])
        labels = VGroup(tex(r"\theta", size=32).next_to(self.axes.x_axis, RIGHT, buff=0.15),
                        tex(r"\operatorname{Var}(t)", size=30, color=S.projection)
                        .next_to(self.axes.y_axis, UP, buff=0.1))
        marker = always_redraw(lambda: Dot(self.axes.c2p(self.degrees(), self.variance_at(self.degrees())),
                                           radius=0.07, color=S.vector_b))
        return VGroup(self.axes, labels, always_redraw(self.traced), marker)

    def name_the_extremes(self) -> None:
        lambdas, w = components()
        peak, low = (pca.line_angle(w[:, j]) / DEGREES for j in range(2))
        self.narrate(f"The peak is at {fmt(peak, 0)} degrees, with variance {fmt(lambdas[0])}. Turn back to it.",
                     tween(self.theta, peak * DEGREES, run_time=3))
        arrows = eigen_arrows(self.plane)
        marks = [tex(rf"\lambda_{j + 1} = {fmt(lambdas[j])}", size=30, color=S.eigen)
                 .next_to(self.axes.c2p(d, lambdas[j]), UP, buff=0.3) for j, d in enumerate((peak, low))]
        self.label_u = False
        self.narrate("There u lies along the long axis of the ellipse, w one, and the peak variance is its "
                     "eigenvalue, lambda one.", Create(ellipse(self.plane).ellipse.set_stroke(opacity=0.6)),
                     arrows[0].make_grow_animation(), FadeIn(marks[0]), run_time=2)
        self.narrate(f"A quarter turn on, at {fmt(low, 0)} degrees, the shadows bunch up most: that is w two, with "
                     f"variance lambda two, {fmt(lambdas[1])}.", tween(self.theta, low * DEGREES, run_time=3),
                     arrows[1].make_grow_animation(), FadeIn(marks[1]))

    def write_the_formula(self) -> None:
        steps = (rf"\frac{{\sum_i (\tilde{{x}}_i \cdot u)^2}}{{n - {DDOF}}}",
                 rf"u^T \frac{{\sum_i \tilde{{x}}_i \tilde{{x}}_i^T}}{{n - {DDOF}}}\, u", r"u^T C\, u")
        rows = [tex(r"\operatorname{Var}(t)", "=", f, colors={0: S.projection}, size=36) for f in steps]
        for row in rows:
            row.move_to(self.formula, aligned_edge=LEFT)
        words = ("Why? The variance of the shadows is the average of x tilde dot u, squared.",
                 "Each square is u transpose, x tilde x tilde transpose, u; pull the u's out of the sum,",
                 "and C appears: the variance along u is u transpose C u. C gives the spread along every "
                 "direction, and it is largest along its top eigenvector.")
        self.narrate(words[0], ReplacementTransform(self.formula, rows[0]), run_time=2)
        for k in (1, 2):
            self.narrate(words[k], TransformMatchingTex(rows[k - 1], rows[k]), run_time=2)


# -- 4. Eigenvalues as variances ---------------------------------------------------------------------------
class RankComponentsByVariance(LectureScene):
    """Read eigenvalues as variances, rank components by explained-variance ratio, and get them by SVD."""

    TITLE = "Eigenvalues are variances"

    def construct(self) -> None:
        self.show_title()
        self.plane, self.x = make_plane((-4, 4, 1)), cloud()
        (self.lambdas, w), xc = components(), pca.centre(self.x)
        points = dots(self.plane, xc).set_opacity(0.6)
        self.narrate("So the eigenvectors of C are the principal components, and each eigenvalue is the "
                     "variance along one.", FadeIn(self.plane), FadeIn(points), FadeIn(ellipse(self.plane)),
                     *[a.make_grow_animation() for a in eigen_arrows(self.plane)], run_time=2)
        feet = [dots(self.plane, pca.project_onto_line(xc, w[:, j]), S.projection, radius=0.05) for j in range(2)]
        self.narrate(f"The shadows on w one spread with variance {fmt(self.lambdas[0])}; those on w two, only "
                     f"{fmt(self.lambdas[1])}.", *[TransformFromCopy(points, f) for f in feet], run_time=2)
        self.split_the_total()
        self.draw_the_bars()
        self.compare_with_svd()

    def split_the_total(self) -> None:
        c, lam, total = pca.covariance_matrix(self.x, DDOF), self.lambdas, pca.total_variance(self.x, DDOF)
        self.rows = stack(tex(r"\operatorname{Var}(x) + \operatorname{Var}(y)", "=", fmt(c[0, 0]), "+",
                              fmt(c[1, 1]), "=", fmt(total), size=34),
                          tex(r"\lambda_1 + \lambda_2", "=", fmt(lam[0]), "+", fmt(lam[1]), "=", fmt(sum(lam)),
                              colors={0: S.eigen}, size=34), left=0.5)
        self.narrate(f"The total spread does not depend on the axes: the two variances add up to {fmt(total)},",
                     Write(self.rows[0]), run_time=2)
        self.narrate("and so do the two eigenvalues. PCA only splits the total, as unevenly as it can.",
                     Write(self.rows[1]), run_time=2)

    def draw_the_bars(self) -> None:
        ratios = pca.explained_variance_ratio(self.lambdas)
        law = tex(r"\text{share}_j", "=", r"\frac{\lambda_j}{\lambda_1 + \lambda_2}", colors={0: S.eigen})
        axis = Line(ORIGIN, 4.2 * RIGHT, color=THEME.axis)
        spots = [axis.point_from_proportion(p) for p in (0.27, 0.73)]
        bars = VGroup(*[Rectangle(width=1.3, height=max(2.6 * r, 0.02), stroke_width=0, fill_color=S.eigen,
                                  fill_opacity=0.85).next_to(p, UP, buff=0) for r, p in zip(ratios, spots,
                                                                                           strict=True)])
        names = VGroup(*[tex(rf"\text{{PC}}_{j + 1}", size=32).next_to(p, DOWN, buff=0.15)
                         for j, p in enumerate(spots)])
        values = VGroup(*[tex(percent(r) + r"\%", size=32).next_to(b, UP, buff=0.12)
                          for r, b in zip(ratios, bars, strict=True)])
        self.chart = stack(law, VGroup(axis, bars, names, values))
        self.narrate("Divide each eigenvalue by the total: the explained-variance ratio, each component's share.",
                     FadeOut(self.rows), Write(law), run_time=2)
        self.narrate(f"The first component carries {percent(ratios[0])} percent of the variance, the second "
                     f"only {percent(ratios[1])}.", Create(axis), *[GrowFromEdge(b, DOWN) for b in bars],
                     FadeIn(names), FadeIn(values), run_time=2.5)

    def compare_with_svd(self) -> None:
        sigma, (lam_svd, _) = pca.singular_values(self.x), pca.pca_by_svd(self.x, DDOF)
        rows = stack(tex(r"\tilde{X} = U\, \Sigma\, V^T"),
                     tex(r"\sigma_1 =", fmt(sigma[0]), r",\quad", rf"\frac{{\sigma_1^2}}{{n - {DDOF}}}", "=",
                         fmt(lam_svd[0]), colors={5: S.eigen}), buff=0.5)
        self.narrate("Software usually skips C and takes the singular value decomposition of the centred data.",
                     FadeOut(self.chart), Write(rows[0]), run_time=2)
        self.narrate(f"The columns of V are the same components, up to sign, and sigma squared over n minus one "
                     f"is the eigenvalue again: {fmt(lam_svd[0])}.", Write(rows[1]), run_time=2)


# -- 5. Projection and reconstruction ----------------------------------------------------------------------
class KeepOneComponent(LectureScene):
    """Project data onto its first component, reconstruct it, and measure what is lost."""

    TITLE = "Project and reconstruct"

    def construct(self) -> None:
        self.show_title()
        self.plane, self.x = make_plane(), cloud()
        self.lambdas, self.w = components()
        mu = pca.mean_vector(self.x)
        self.points = dots(self.plane, self.x)
        axis = Line(*[self.plane.point(mu + s * self.w[:, 0]) for s in (-4.2, 4.2)], color=S.eigen, stroke_width=3)
        marker = VGroup(Dot(self.plane.point(mu), radius=0.1, color=S.result),
                        tex(r"\mu", color=S.result).next_to(self.plane.point(mu), UL, buff=0.1)
                        .set_stroke(THEME.background, width=6, background=True)).set_z_index(4)
        self.narrate("Back to the raw data, with a line through the mean along the first component.",
                     FadeIn(self.plane), FadeIn(self.points), Create(axis), FadeIn(marker), run_time=2)
        self.project_to_scores()
        self.reconstruct_points()
        self.measure_the_loss()

    def project_to_scores(self) -> None:
        z, feet = pca.project(self.x, self.w, KEEP)[:, 0], pca.project_onto_line(self.x, self.w[:, 0])
        score = tex("z_i", "=", r"w_1 \cdot (x_i - \mu)", colors={0: S.projection})
        self.formulas = stack(score)
        line = NumberLine(x_range=(-4, 4, 1), length=4.6, color=THEME.axis)
        line.next_to(self.formulas, DOWN, buff=0.7).set_x(3.75)
        marks = VGroup(*[Dot(line.n2p(v), radius=0.055, color=S.projection) for v in z])
        name = tex("z", size=32, color=S.projection).next_to(line, RIGHT, buff=0.2)
        self.shadows = VGroup(VGroup(*[Line(self.plane.point(a), self.plane.point(b), color=THEME.muted,
                                            stroke_width=1.5) for a, b in zip(self.x, feet, strict=True)]),
                              dots(self.plane, feet, S.projection, radius=0.055))
        self.narrate("Keep only that component: drop each point onto the line. Its score is the signed length of "
                     "its shadow from the mean.", Create(self.shadows[0]),
                     TransformFromCopy(self.points, self.shadows[1]), Write(score), run_time=2.5)
        self.narrate(f"That is the compression: {N_POINTS} points with two numbers each become {N_POINTS} single "
                     "numbers.", Create(line), FadeIn(name), TransformFromCopy(self.shadows[1], marks), run_time=2.5)
        self.scores = VGroup(line, marks, name)

    def reconstruct_points(self) -> None:
        x_hat = pca.reconstruct(self.x, self.w, KEEP)
        law = tex(r"\hat{x}_i", "=", r"\mu + z_i\, w_1", colors={0: S.projection})
        self.formulas.add(law.next_to(self.scores, DOWN, buff=0.6).align_to(self.formulas, LEFT))
        rebuilt = dots(self.plane, x_hat, S.projection, radius=0.06)
        self.narrate("To go back, start at the mean and walk z steps along w one: the reconstruction, x hat.",
                     Write(law), FadeOut(self.shadows), TransformFromCopy(self.scores[1], rebuilt),
                     self.points.animate.set_opacity(0.5), run_time=2.5)
        gaps = VGroup(*[Line(self.plane.point(a), self.plane.point(b), color=S.result, stroke_width=3)
                        for a, b in zip(x_hat, self.x, strict=True)]).set_z_index(1)
        self.narrate("What is lost are the violet gaps, each at a right angle to w one: the leftover of a "
                     "projection.", Create(gaps), run_time=2)

    def measure_the_loss(self) -> None:
        error = pca.reconstruction_error(self.x, self.w, KEEP)
        predicted = pca.error_from_eigenvalues(self.lambdas, N_POINTS, KEEP, DDOF)
        lost = tex(r"\sum_i \lVert x_i - \hat{x}_i \rVert^2", "=", fmt(error), colors={0: S.result})
        again = tex("=", rf"(n - {DDOF})\, \lambda_2", "=", fmt(predicted), colors={1: S.eigen})
        stack(lost, top=2.4)
        again.next_to(lost, DOWN, buff=0.4).align_to(lost, LEFT).shift(0.6 * RIGHT)
        self.narrate(f"Add up their squares: the reconstruction error, {fmt(error)}.", FadeOut(self.scores),
                     FadeOut(self.formulas), Write(lost), run_time=2)
        self.narrate("It is the dropped eigenvalue, lambda two, times n minus one. With a covariance that "
                     "divides by n, the factor would be n.", Write(again), run_time=2)


# -- 6. Recap ----------------------------------------------------------------------------------------------
class RecallPrincipalComponents(LectureScene):
    """Recall covariance, components as eigenvectors with variances as eigenvalues, and reconstruction."""

    TITLE = "Recap"

    def construct(self) -> None:
        self.show_title()
        points = (("Covariance", rf"C = \frac{{\tilde{{X}}^T \tilde{{X}}}}{{n - {DDOF}}}", "centre first"),
                  ("Components", r"\operatorname{Var}(t) = u^T C\, u \le \lambda_1", "eigenvectors of C"),
                  ("Keep k", r"\hat{x} = \mu + \sum_{j \le k} z_j\, w_j", "error: the dropped eigenvalues"))
        rows = self.fit_to_safe_area(recap_rows(points).move_to(0.1 * UP))
        words = ("Three things to take away. One: centre the data; the covariance matrix holds every variance "
                 "and covariance.",
                 "Two: the variance along a unit vector u is u transpose C u. The principal components are the "
                 "eigenvectors of C, and the eigenvalues are their variances.",
                 "Three: keep the first k components to compress, visualise or denoise. The error is what the "
                 "dropped eigenvalues carry.")
        for row, said in zip(rows, words, strict=True):
            self.narrate(said, FadeIn(row[0], shift=0.2 * RIGHT), Write(row[1]), run_time=2)


SCENES = (
    PreviewPrincipalComponents,
    MeasureSpreadWithCovariance,
    RotateAxisToFindSpread,
    RankComponentsByVariance,
    KeepOneComponent,
    RecallPrincipalComponents,
    FindACovarianceByHand,
    ReconstructAPoint,
)

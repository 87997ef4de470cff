"""Shared pictures: mobjects that more than one scene or lecture draws.

Each is built from numbers it is given (from mlmath); none computes mathematics itself. ``make_*_animation``
methods return an Animation and never call ``play``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from manim import (
    UP,
    Angle,
    Animation,
    AnimationGroup,
    ApplyMatrix,
    Arrow,
    Ellipse,
    GrowFromPoint,
    Line,
    MathTex,
    Matrix,
    Mobject,
    NumberPlane,
    Polygon,
    RightAngle,
    RoundedRectangle,
    Transform,
    ValueTracker,
    VectorizedPoint,
    VGroup,
    VMobject,
)

from scenes.kit.fmt import fmt, tex_column
from scenes.kit.theme import THEME

__all__ = [
    "VectorPlane",
    "LabeledVector",
    "column_vector",
    "Panel",
    "tex",
    "column",
    "angle_mark",
    "tween",
    "matrix",
    "TransformGrid",
    "CovarianceEllipse",
]


def tex(*parts: str, color: str | None = None, colors: dict[int, str] | None = None,
        size: float | None = None) -> MathTex:
    """A formula in the theme's text colour, split into ``parts`` that can be coloured (``colors`` by part
    index) or moved one by one."""
    mob = MathTex(*parts, font_size=size or THEME.formula_size, color=color or THEME.text)
    for index, part_color in (colors or {}).items():
        mob[index].set_color(part_color)
    return mob


def column(values: Sequence[float], colors: Sequence[str] = (), size: float | None = None) -> MathTex:
    """A column vector whose entries are separate parts (index ``2 k + 1``), so each can be coloured or moved."""
    parts = [r"\begin{bmatrix}"]
    for k, value in enumerate(values):
        parts += ([r"\\"] if k else []) + [fmt(value)]
    return tex(*parts, r"\end{bmatrix}", colors={2 * k + 1: c for k, c in enumerate(colors)}, size=size)


def tween(tracker: ValueTracker, value: float, run_time: float = 1.0) -> Animation:
    """Move a tracker to ``value``; unlike ``tracker.animate`` it can be chained inside a Succession."""
    return Transform(tracker, ValueTracker(value), run_time=run_time)


def column_vector(values: Sequence[float], color: str | None = None, digits: int = 2, size: float = 34) -> MathTex:
    """A column vector of formatted numbers as a MathTex."""
    return MathTex(tex_column(values, digits), color=color or THEME.text, font_size=size)


class LabeledVector(VGroup):
    """An arrow from ``origin`` to ``tip`` (scene coordinates) with a TeX label beside its tip."""

    def __init__(
        self,
        start: np.ndarray,
        end: np.ndarray,
        label: str | None = None,
        color: str | None = None,
        label_size: float = 36,
        label_direction: np.ndarray | None = None,
        **arrow_kwargs: Any,
    ) -> None:
        color = color or THEME.symbols.vector
        arrow_kwargs.setdefault("stroke_width", 5)
        self.arrow = Arrow(start, end, buff=0, color=color, **arrow_kwargs)
        parts: list[Mobject] = [self.arrow]
        self.label: MathTex | None = None
        if label:
            self.label = MathTex(label, color=color, font_size=label_size)
            direction = label_direction
            if direction is None:
                along = np.asarray(end) - np.asarray(start)
                length = np.linalg.norm(along[:2])  # layout only: which side of the tip the label sits on
                direction = np.array([along[0], along[1], 0]) / length if length > 0 else UP
            self.label.next_to(end, direction, buff=0.15)
            parts.append(self.label)
        super().__init__(*parts)

    def make_grow_animation(self) -> Animation:
        """Grow the whole labelled arrow out of its tail (one animation on the group, so the scene holds the
        group itself and ``clear_stage(keep=...)`` keeps arrow and label together)."""
        return GrowFromPoint(self, self.arrow.get_start())


class VectorPlane(NumberPlane):
    """A coordinate plane in the theme's colours, with helpers to draw vectors given in plane coordinates."""

    def __init__(
        self,
        x_range: Sequence[float] = (-6, 6, 1),
        y_range: Sequence[float] = (-3, 3, 1),
        unit: float = 0.9,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            x_range=x_range,
            y_range=y_range,
            x_length=(x_range[1] - x_range[0]) * unit,
            y_length=(y_range[1] - y_range[0]) * unit,
            background_line_style={"stroke_color": THEME.grid, "stroke_width": 1.5, "stroke_opacity": 0.8},
            axis_config={"stroke_color": THEME.axis, "stroke_width": 2},
            faded_line_ratio=1,
            **kwargs,
        )

    def place_lower_left(self) -> VectorPlane:
        """Sit in the lower left of the safe area, leaving the right side for formulas."""
        self.move_to([THEME.safe_left + self.width / 2, THEME.safe_bottom + 0.05 + self.height / 2, 0])
        return self

    def point(self, v: Sequence[float]) -> np.ndarray:
        """Scene coordinates of the plane point ``v`` (2 entries)."""
        return self.c2p(float(v[0]), float(v[1]))

    def arrow(self, start: Sequence[float] | None, end: Sequence[float], color: str) -> VMobject:
        """A bare arrow between two plane points (``None`` is the origin); an invisible point when they coincide,
        so updaters may pass through the zero vector."""
        a = self.get_origin() if start is None else self.point(start)
        b = self.point(end)
        if float(np.hypot(*(b - a)[:2])) < 1e-3:  # layout: a zero-length arrow cannot be drawn
            return VectorizedPoint(a)
        return Arrow(a, b, buff=0, color=color, stroke_width=5, max_tip_length_to_length_ratio=0.3)

    def vector(
        self,
        v: Sequence[float],
        label: str | None = None,
        color: str | None = None,
        start: Sequence[float] = (0, 0),
        **kwargs: Any,
    ) -> LabeledVector:
        """An arrow for ``v`` drawn from the plane point ``start`` (tip-to-tail drawing uses ``start``)."""
        tail = self.point(start)
        tip = self.point((start[0] + v[0], start[1] + v[1]))
        return LabeledVector(tail, tip, label=label, color=color, **kwargs)


class Panel(VGroup):
    """A rounded panel behind text or formulas, for readouts that sit over a grid."""

    def __init__(self, content: Mobject, buff: float = 0.25, **kwargs: Any) -> None:
        box = RoundedRectangle(
            corner_radius=0.15,
            width=content.width + 2 * buff,
            height=content.height + 2 * buff,
            fill_color=THEME.panel,
            fill_opacity=0.92,
            stroke_color=THEME.grid,
            stroke_width=1.5,
            **kwargs,
        )
        box.move_to(content)
        self.box = box
        self.content = content
        super().__init__(box, content)


def angle_mark(plane: VectorPlane, u: Sequence[float], v: Sequence[float], elbow: bool = False,
               label: str = r"\theta") -> VGroup:
    """The arc (or right-angle mark) from ``u`` to ``v`` at the plane's origin, labelled on its bisector."""
    o = plane.point((0, 0))
    lines = Line(o, plane.point(u)), Line(o, plane.point(v))
    arc = RightAngle(*lines, length=0.32, color=THEME.text) if elbow else Angle(*lines, radius=0.55, color=THEME.text)
    mid = arc.point_from_proportion(0.5)
    return VGroup(arc, tex(label, size=34).move_to(o + (mid - o) * (1.9 if elbow else 1.6)))



def matrix(rows: Sequence[Sequence[float]], column_colors: Sequence[str] | None = None, size: float | None = None,
           digits: int = 2) -> Matrix:
    """A matrix of formatted numbers whose columns are coloured by meaning (by default the first column as
    i-hat lands, the second as j-hat lands), so a column reads as 'where a basis vector goes'."""
    mob = Matrix(
        [[fmt(x, digits) for x in row] for row in rows],
        element_to_mobject_config={"font_size": size or THEME.formula_size},
        bracket_config={"color": THEME.text},
        h_buff=1.1,
        v_buff=0.75,
    )
    mob.set_color(THEME.text)
    colors = column_colors if column_colors is not None else (THEME.symbols.basis_i, THEME.symbols.basis_j)
    if colors:
        mob.set_column_colors(*colors[: len(rows[0])])
    return mob


class TransformGrid(VGroup):
    """A plane that a matrix can warp, with i-hat and j-hat drawn on it and an optional unit square.

    A faint copy of the original grid stays behind for reference. ``make_apply_animation(m)`` warps the grid,
    the square and the basis vectors by ``m`` (the basis vectors land on its columns); apply several in turn to
    compose maps. The matrices come from the scene's givens or from mlmath.
    """

    def __init__(
        self,
        x_range: Sequence[float] = (-7, 7, 1),
        y_range: Sequence[float] = (-4, 4, 1),
        unit: float = 0.8,
        with_square: bool = False,
        labels: bool = True,
    ) -> None:
        self.background = VectorPlane(x_range=x_range, y_range=y_range, unit=unit).set_opacity(0.35)
        self.grid = VectorPlane(x_range=x_range, y_range=y_range, unit=unit)
        self.grid.background_lines.set_stroke(color=THEME.symbols.span, width=2, opacity=0.9)
        self.unit = unit
        self.current = np.identity(2)
        self.square = Polygon(
            *[self.grid.point(p) for p in ((0, 0), (1, 0), (1, 1), (0, 1))],
            stroke_color=THEME.symbols.highlight, fill_color=THEME.symbols.highlight, fill_opacity=0.3,
        )
        self.i_hat = self._arrow((1, 0), THEME.symbols.basis_i)
        self.j_hat = self._arrow((0, 1), THEME.symbols.basis_j)
        self.i_label = MathTex(r"\hat\imath", color=THEME.symbols.basis_i, font_size=34) if labels else VGroup()
        self.j_label = MathTex(r"\hat\jmath", color=THEME.symbols.basis_j, font_size=34) if labels else VGroup()
        self._place_labels()
        parts: list[Mobject] = [self.background, self.grid]
        if with_square:
            parts.append(self.square)
        parts += [self.i_hat, self.j_hat, self.i_label, self.j_label]
        super().__init__(*parts)

    @property
    def origin(self) -> np.ndarray:
        """Where the plane's origin is now (the faint background never warps, so it follows moves only)."""
        return np.asarray(self.background.get_origin())

    def _arrow(self, v: Sequence[float], color: str) -> Arrow:
        tip = self.origin + self.unit * np.array([float(v[0]), float(v[1]), 0.0])
        return Arrow(self.origin, tip, buff=0, color=color, stroke_width=6, max_tip_length_to_length_ratio=0.25)

    @staticmethod
    def _label_beside(label: Mobject, arrow: Arrow) -> Mobject:
        """``label`` moved beside the tip of ``arrow``, on its far side."""
        if isinstance(label, MathTex):
            along = arrow.get_end() - arrow.get_start()
            length = float(np.hypot(along[0], along[1])) or 1.0  # layout: which side the label sits on
            label.next_to(arrow.get_end(), along / length, buff=0.12)
        return label

    def _place_labels(self) -> None:
        self._label_beside(self.i_label, self.i_hat)
        self._label_beside(self.j_label, self.j_hat)

    def make_apply_animation(self, m: Sequence[Sequence[float]], run_time: float = 2.0) -> Animation:
        """Warp the grid (and square) by the 2x2 matrix ``m``; i-hat and j-hat slide to the columns of the map
        composed so far."""
        mat = np.asarray(m, dtype=float)
        self.current = mat @ self.current  # layout: where the drawn basis vectors must land
        i_target = self._arrow(self.current[:, 0], THEME.symbols.basis_i)
        j_target = self._arrow(self.current[:, 1], THEME.symbols.basis_j)
        # Every part gets the same unit run time (ApplyMatrix's own default is 3 s), so that the group's
        # run_time stretches them alike and the basis vectors land together with the grid.
        warp: list[Animation] = [ApplyMatrix(mat, self.grid, about_point=self.origin, run_time=1)]
        if self.square in self.submobjects:
            warp.append(ApplyMatrix(mat, self.square, about_point=self.origin, run_time=1))
        return AnimationGroup(
            *warp,
            Transform(self.i_hat, i_target, run_time=1),
            Transform(self.j_hat, j_target, run_time=1),
            Transform(self.i_label, self._label_beside(self.i_label.copy(), i_target), run_time=1),
            Transform(self.j_label, self._label_beside(self.j_label.copy(), j_target), run_time=1),
            run_time=run_time,
        )


class CovarianceEllipse(VGroup):
    """The n-sigma ellipse of a 2-D covariance, drawn on a plane, with its principal axes (eigen-directions).

    ``axes`` is ``(a, b, angle)`` as ``mlmath.linalg.covariance_ellipse`` returns it.
    """

    def __init__(
        self,
        plane: VectorPlane,
        center: Sequence[float],
        axes: tuple[float, float, float],
        color: str | None = None,
        with_axes: bool = True,
    ) -> None:
        a, b, angle = axes
        unit = float(plane.point((1, 0))[0] - plane.point((0, 0))[0])
        middle = plane.point(center)
        color = color or THEME.symbols.eigen
        self.ellipse = Ellipse(width=2 * a * unit, height=2 * b * unit, color=color, stroke_width=4)
        self.ellipse.rotate(angle).move_to(middle)
        direction = np.array([np.cos(angle), np.sin(angle), 0.0])
        normal = np.array([-np.sin(angle), np.cos(angle), 0.0])
        self.major = Line(middle - a * unit * direction, middle + a * unit * direction, color=color, stroke_width=3)
        self.minor = Line(middle - b * unit * normal, middle + b * unit * normal, color=color, stroke_width=2)
        parts: list[Mobject] = [self.ellipse]
        if with_axes:
            parts += [self.major, self.minor]
        super().__init__(*parts)

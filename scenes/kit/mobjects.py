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
    Animation,
    Arrow,
    GrowFromPoint,
    MathTex,
    Mobject,
    NumberPlane,
    RoundedRectangle,
    VGroup,
)

from scenes.kit.fmt import tex_column
from scenes.kit.theme import THEME

__all__ = ["VectorPlane", "LabeledVector", "column_vector", "Panel"]


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

    def point(self, v: Sequence[float]) -> np.ndarray:
        """Scene coordinates of the plane point ``v`` (2 entries)."""
        return self.c2p(float(v[0]), float(v[1]))

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


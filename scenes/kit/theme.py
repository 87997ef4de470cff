"""The course theme: colours, fonts, sizes, the safe area and the symbol colour table.

One frozen dataclass, read by functions at render time (never written into ``manim.config`` at import).
The same thing keeps the same colour in every lecture: look the colour up here by what it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Symbols", "Theme", "THEME"]


@dataclass(frozen=True)
class Symbols:
    """Colours by meaning, the same in every lecture (colour is never the only cue: label things too)."""

    vector: str = "#F7D154"  # a vector v (yellow)
    vector_b: str = "#F08A5D"  # a second vector w or u (orange)
    result: str = "#C792EA"  # a sum, combination or result vector (violet)
    basis_i: str = "#7BD389"  # i-hat, first basis vector (green)
    basis_j: str = "#F25F5C"  # j-hat, second basis vector (red)
    projection: str = "#5BC0EB"  # projections and shadows (sky blue)
    eigen: str = "#2EC4B6"  # eigen-directions (teal)
    span: str = "#3D5A80"  # spans, planes, regions (slate blue)
    probability: str = "#4EA8DE"  # probability mass (blue)
    gradient: str = "#FF9F1C"  # gradients and slopes (amber)
    highlight: str = "#FFE66D"  # a short-lived highlight
    warning: str = "#FF6B6B"  # degenerate cases, errors (coral)


@dataclass(frozen=True)
class Theme:
    """Everything visual that more than one scene shares."""

    background: str = "#15181F"
    text: str = "#ECEFF4"
    muted: str = "#9AA3B2"
    grid: str = "#3B4252"
    axis: str = "#7C8698"
    panel: str = "#20242E"
    font: str = "Lato"
    mono_font: str = "DejaVu Sans Mono"
    # Font sizes in Manim units (48 is Manim's default). ``body`` stays legible at 480p on a phone.
    title_size: float = 40
    heading_size: float = 36
    body_size: float = 30
    formula_size: float = 40
    small_size: float = 26
    min_size: float = 22
    # The frame is 14.22 x 8 units. Content stays inside the safe area; the band below ``safe_bottom`` is
    # where players draw captions.
    safe_left: float = -6.7
    safe_right: float = 6.7
    safe_top: float = 3.75
    safe_bottom: float = -2.85
    title_y: float = 3.35
    symbols: Symbols = field(default_factory=Symbols)
    words_per_second: float = 2.5
    caption_chars: int = 80

    @property
    def safe_width(self) -> float:
        return self.safe_right - self.safe_left

    @property
    def safe_height(self) -> float:
        return self.safe_top - self.safe_bottom

    @property
    def content_top(self) -> float:
        """Top of the area below a scene's title."""
        return self.title_y - 0.45


THEME = Theme()


"""The title card that opens every lecture video: module, lecture number and title, in the theme.

The pipeline renders it with the lecture's own words (see ``make_title_card``); run plainly,
``manim -pql scenes/kit/titlecard.py TitleCard`` shows a sample.
"""

from __future__ import annotations

from manim import DOWN, LEFT, RIGHT, UP, FadeIn, Line, VGroup, Write

from scenes.kit.base import LectureScene, text
from scenes.kit.theme import THEME

__all__ = ["TitleCard", "make_title_card"]


class TitleCard(LectureScene):
    """Name the module and the lecture before the first scene."""

    TITLE = "Title"
    COURSE = "Mathematics for Machine Learning"
    MODULE = "Linear Algebra"
    LECTURE = "Vectors, span and basis"
    NUMBER = 1

    def construct(self) -> None:
        course = text(self.COURSE, size=THEME.small_size, color=THEME.muted)
        module = text(f"{self.MODULE}  \u00b7  Lecture {self.NUMBER}", size=THEME.heading_size,
                      color=THEME.symbols.vector)
        title = text(self.LECTURE, size=56)
        if title.width > THEME.safe_width:
            title.scale_to_fit_width(THEME.safe_width)
        rule = Line(2 * LEFT, 2 * RIGHT, color=THEME.muted)
        card = VGroup(course, module, title, rule).arrange(DOWN, buff=0.45)
        card.move_to(0.3 * UP)
        self.add_subcaption(f"{self.MODULE}, lecture {self.NUMBER}: {self.LECTURE}.", duration=3.0)
        self.play(FadeIn(course), FadeIn(module, shift=0.2 * UP), run_time=0.8)
        self.play(Write(title), run_time=1.2)
        self.play(FadeIn(rule), run_time=0.4)
        self.wait(0.6)


def make_title_card(course: str, module: str, lecture: str, number: int) -> type[TitleCard]:
    """A TitleCard subclass that shows the given words."""
    return type(
        "TitleCard",
        (TitleCard,),
        {"COURSE": course, "MODULE": module, "LECTURE": lecture, "NUMBER": number},
    )

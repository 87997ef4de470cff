"""The exercise pattern every lecture ends with: the problem, a pause card with a countdown, the worked solution.

A lecture's exercise scene subclasses :class:`ExerciseScene`, names an ``mlmath.exercises`` generator and a fixed
seed, and may add a picture in the lecture's visual language (``make_picture``) and an animation that shows the
answer in it (``make_answer_animation``). Every number comes from the generator; the title starts with
``Exercise:`` so that the lecture's chapter list shows it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, ClassVar

import numpy as np
from manim import (
    DOWN,
    LEFT,
    RIGHT,
    Animation,
    Arc,
    Circle,
    Create,
    FadeIn,
    FadeOut,
    Integer,
    Mobject,
    SurroundingRectangle,
    ValueTracker,
    VGroup,
    Write,
    always_redraw,
    linear,
)

from mlmath.exercises import Exercise
from scenes.kit.base import LectureScene, below_title, text
from scenes.kit.mobjects import Panel, tex
from scenes.kit.theme import THEME

__all__ = ["ExerciseScene"]

PAUSE_SECONDS = 5
PAUSE_NARRATION = "Your turn: pause the video and work it out. The solution starts when the countdown ends."


class ExerciseScene(LectureScene):
    """State a generated problem, pause for the learner, then work the solution step by step."""

    TITLE: ClassVar[str] = "Exercise"
    GENERATOR: ClassVar[Callable[[int], Exercise]]
    SEED: ClassVar[int] = 0
    #: Width kept free on the right for the picture, when there is one.
    PICTURE_WIDTH: ClassVar[float] = 5.6

    def construct(self) -> None:
        exercise = type(self).GENERATOR(self.SEED)
        self.show_title()
        picture = self.make_picture(exercise)
        problem = self.state_problem(exercise, picture)
        self.pause_for_the_learner(problem)
        self.work_solution(exercise, problem, picture)

    # -- hooks for lectures ----------------------------------------------------------------------------------
    def make_picture(self, exercise: Exercise) -> Mobject | None:
        """A picture of the problem in the lecture's visual language, placed on the right (none by default)."""
        return None

    def make_answer_animation(self, exercise: Exercise, picture: Mobject) -> Animation | None:
        """An animation that shows the answer in the picture (none by default)."""
        return None

    # -- beats -----------------------------------------------------------------------------------------------
    def _text_width(self, picture: Mobject | None) -> float:
        return THEME.safe_width - (self.PICTURE_WIDTH + 0.3 if picture is not None else 0)

    def state_problem(self, exercise: Exercise, picture: Mobject | None) -> VGroup:
        """Write the givens and the question, with the picture beside them."""
        givens = VGroup(*[tex(g, size=34) for g in exercise.givens_tex]).arrange(RIGHT, buff=0.6)
        ask = tex(exercise.ask_tex, size=34, color=THEME.symbols.highlight)
        problem = VGroup(givens, ask).arrange(DOWN, aligned_edge=LEFT, buff=0.3)
        if problem.width > self._text_width(picture):
            problem.scale_to_fit_width(self._text_width(picture))
        below_title(problem, buff=0.25)
        animations: list[Any] = [FadeIn(givens, shift=0.2 * DOWN), Write(ask)]
        if picture is not None:
            picture.move_to([THEME.safe_right - picture.width / 2, (THEME.content_top + THEME.safe_bottom) / 2, 0])
            animations.insert(0, FadeIn(picture))
        self.narrate(exercise.prompt, *animations, run_time=2)
        return problem

    def pause_for_the_learner(self, problem: Mobject, seconds: int = PAUSE_SECONDS) -> None:
        """A card that invites the learner to pause, with a countdown ring and number, where the solution will
        appear (below the problem), so the picture stays in view."""
        clock = ValueTracker(seconds)
        radius = 0.55
        slot = Circle(radius=radius, stroke_opacity=0)  # holds the dial's place in the layout
        words = VGroup(
            text("Your turn", size=THEME.heading_size, color=THEME.symbols.highlight),
            text("Pause the video and try it", size=THEME.body_size),
        ).arrange(DOWN, buff=0.2)
        content = VGroup(words, slot).arrange(RIGHT, buff=0.8)
        card = Panel(content, buff=0.45)
        card.next_to(problem, DOWN, aligned_edge=LEFT, buff=0.5)
        ring = always_redraw(
            lambda: Arc(
                radius=radius, start_angle=math.pi / 2, angle=max(clock.get_value(), 1e-3) / seconds * 2 * math.pi,
                color=THEME.symbols.highlight, stroke_width=8,
            ).move_arc_center_to(slot.get_center())
        )
        number = Integer(seconds, font_size=44, color=THEME.text).move_to(slot)
        number.add_updater(lambda m: m.set_value(max(1, int(np.ceil(clock.get_value() - 1e-6)))).move_to(slot))
        self.add_subcaption(PAUSE_NARRATION, duration=seconds + 1.0)
        self.play(FadeIn(card.box), FadeIn(words), Create(ring), FadeIn(number), run_time=0.6)
        self.play(clock.animate.set_value(0), run_time=seconds, rate_func=linear)
        number.clear_updaters()
        ring.clear_updaters()
        self.play(FadeOut(card.box), FadeOut(words), FadeOut(ring), FadeOut(number), run_time=0.4)

    def work_solution(self, exercise: Exercise, problem: VGroup, picture: Mobject | None) -> None:
        """Each step: say what to do, write the line; then box the answer and show it in the picture."""
        width = self._text_width(picture)
        top = problem.get_bottom()[1] - 0.35
        available = top - THEME.safe_bottom - 0.1
        lines = VGroup(*[tex(step.tex, size=32) for step in exercise.steps])
        lines.arrange(DOWN, aligned_edge=LEFT, buff=0.28)
        if lines.width > width:
            lines.scale_to_fit_width(width)
        if lines.height > available:
            lines.scale_to_fit_height(available)
        lines.next_to(problem, DOWN, aligned_edge=LEFT, buff=0.35)
        for step, line in zip(exercise.steps, lines, strict=True):
            self.narrate(step.say, Write(line), run_time=1.5)
        box = SurroundingRectangle(lines[-1], color=THEME.symbols.highlight, buff=0.12, corner_radius=0.08)
        reveal: list[Any] = [Create(box)]
        if picture is not None:
            shown = self.make_answer_animation(exercise, picture)
            if shown is not None:
                reveal.append(shown)
        self.narrate(exercise.answer_say, *reveal, run_time=2)


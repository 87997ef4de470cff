"""The base scene: theme background, a title, narration as captions (Manim subcaptions), the safe area.

Every course scene subclasses :class:`LectureScene` and stays a plain Manim scene, so
``manim -pql scenes/linear_algebra/vectors.py AddTipToTail`` works for a contributor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from manim import (
    DOWN,
    LEFT,
    RIGHT,
    UL,
    UP,
    AnimationGroup,
    FadeIn,
    FadeOut,
    Line,
    Mobject,
    Rectangle,
    Scene,
    Text,
    VGroup,
    config,
)

from scenes.kit.mobjects import tex
from scenes.kit.narration import caption_chunks, reading_time
from scenes.kit.theme import THEME

__all__ = ["LectureScene", "text", "bullet_list", "below_title", "recap_rows"]

#: Called after every animation (play or wait) with the scene: the layout lint listens here.
Observer = Callable[["LectureScene"], None]


def text(content: str, size: float | None = None, color: str | None = None, **kwargs: Any) -> Text:
    """A Text in the theme's font; ``size`` defaults to the body size."""
    return Text(
        content,
        font=THEME.font,
        font_size=size if size is not None else THEME.body_size,
        color=color or THEME.text,
        **kwargs,
    )


def bullet_list(items: list[str], size: float | None = None, buff: float = 0.35) -> VGroup:
    """Left-aligned lines, each with a bullet, in the theme's font."""
    rows = VGroup(*[text(f"\u2022  {item}", size=size) for item in items])
    rows.arrange(DOWN, aligned_edge=LEFT, buff=buff)
    return rows


def recap_rows(points: Sequence[tuple[str, str, str]]) -> VGroup:
    """A recap: one row per point, a bulleted head (with an optional muted line under it, e.g. where it is used
    in ML) and its formula, the formulas aligned in one column."""
    rows = VGroup()
    for head, formula, use in points:
        uses = [text(use, size=THEME.small_size, color=THEME.muted)] if use else []
        name = VGroup(text(f"\u2022  {head}"), *uses)
        rows.add(VGroup(name.arrange(DOWN, aligned_edge=LEFT, buff=0.15), tex(formula)).arrange(RIGHT, buff=0.8))
    rows.arrange(DOWN, buff=0.7, aligned_edge=LEFT)
    for row in rows:
        row[1].set_x(max(r[0].get_right()[0] for r in rows) + 0.8, LEFT)
    return rows


def below_title(mob: Mobject, buff: float = 0.15) -> Mobject:
    """Put ``mob`` at the left of the content area, just under a scene's title."""
    mob.to_corner(UL, buff=0.5)
    return mob.shift((THEME.content_top - buff - mob.get_top()[1]) * UP)


class LectureScene(Scene):
    """A course scene: call :meth:`show_title`, then tell the story with :meth:`narrate`.

    Subclasses set ``TITLE`` (the chapter title in the lecture video) and a one-line docstring that states
    the learning objective. End a scene with its final picture on screen: the next scene starts clean, and
    the graphical regression test compares that last frame.
    """

    TITLE: ClassVar[str] = ""
    #: Put a background-coloured band behind the title so that warped grids pass under it, not through it.
    SHIELD_TITLE: ClassVar[bool] = False
    observers: ClassVar[list[Observer]] = []

    def setup(self) -> None:
        super().setup()
        self.camera.background_color = THEME.background  # type: ignore[union-attr]
        self.title_mob: Mobject | None = None
        self.animation_index = 0

    # -- hooks -------------------------------------------------------------------------------------------
    def play(self, *args: Any, **kwargs: Any) -> None:  # noqa: D102 - same as Scene.play
        super().play(*args, **kwargs)
        self.animation_index += 1
        for observer in LectureScene.observers:
            observer(self)

    # -- layout ------------------------------------------------------------------------------------------
    def show_title(self, title: str | None = None) -> Mobject:
        """Write the scene's title at the top left with a thin rule under it, and keep it there."""
        label = text(title or self.TITLE or type(self).__name__, size=THEME.title_size)
        label.to_corner(UL, buff=0.4)
        label.set_y(THEME.title_y)
        start = label.get_corner(DOWN + LEFT) + 0.12 * DOWN
        rule = Line(start, start + 1.2 * RIGHT, color=THEME.muted, stroke_width=2)
        self.title_mob = VGroup(label, rule)
        if self.SHIELD_TITLE:
            top = config.frame_height / 2
            band = Rectangle(width=config.frame_width, height=top - THEME.content_top, stroke_width=0,
                             fill_color=THEME.background, fill_opacity=1)
            band.move_to([0, (top + THEME.content_top) / 2, 0]).set_z_index(8)
            self.title_mob.set_z_index(9).add_to_back(band)
        self.play(FadeIn(self.title_mob, shift=0.2 * DOWN), run_time=0.8)
        return self.title_mob

    def fit_to_safe_area(self, mob: Mobject, top: float | None = None) -> Mobject:
        """Scale ``mob`` down (never up) so it fits between ``top`` and the safe area's other edges."""
        top = THEME.content_top if top is None else top
        max_w = THEME.safe_width
        max_h = top - THEME.safe_bottom
        if mob.width > max_w:
            mob.scale_to_fit_width(max_w)
        if mob.height > max_h:
            mob.scale_to_fit_height(max_h)
        return mob

    def clear_stage(self, *keep: Mobject, run_time: float = 0.6) -> None:
        """Fade out everything but the title and ``keep``: clear the stage between ideas."""
        kept = {id(m) for m in keep}
        if self.title_mob is not None:
            kept.add(id(self.title_mob))
        leaving = [m for m in self.mobjects if id(m) not in kept]
        if leaving:
            self.play(AnimationGroup(*[FadeOut(m) for m in leaving]), run_time=run_time)

    # -- narration ---------------------------------------------------------------------------------------
    def narrate(self, narration: str, *animations: Any, run_time: float | None = None, **kwargs: Any) -> None:
        """Show ``narration`` as captions while ``animations`` play, then hold until it has been read.

        The narration is split into caption lines of at most ``THEME.caption_chars`` characters, each shown
        for its reading time at ``THEME.words_per_second``; the animations start with the first line. With
        no animations the picture holds still while the captions run.
        """
        chunks = caption_chunks(narration, THEME.caption_chars)
        durations = [reading_time(c, THEME.words_per_second) for c in chunks]
        start = self.time
        offset = 0.0
        for chunk, duration in zip(chunks, durations, strict=True):
            self.add_subcaption(chunk, duration=duration, offset=offset)
            offset += duration
        if animations:
            if run_time is not None:
                kwargs["run_time"] = run_time
            self.play(*animations, **kwargs)
        remaining = offset - (self.time - start)
        if remaining > 0.05:
            self.wait(remaining)

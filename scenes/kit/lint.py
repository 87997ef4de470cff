"""Layout lint: after every animation, text and formulas lie inside the safe area and do not overlap.

Runs a scene without writing video (Manim's dry run, animations skipped to their end states) and, through the
base scene's observer hook, inspects the stage after each ``play``/``wait``. Reports scene, animation index
and the offending strings.

Usage: ``python -m scenes.kit.lint scenes/linear_algebra/vectors.py [ClassName ...]``
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from manim import DecimalNumber, MarkupText, Mobject, SingleStringMathTex, Text, tempconfig

from scenes.kit.base import LectureScene
from scenes.kit.theme import THEME

__all__ = ["LayoutIssue", "lint_scene", "text_mobjects", "main"]

TEXT_TYPES = (DecimalNumber, Text, MarkupText, SingleStringMathTex)
#: How far (scene units) a box may poke past the safe area before it counts: anti-aliasing slack.
EDGE_TOLERANCE = 0.02
#: Two boxes overlap when the shared area is above this share of the smaller box (and above a floor).
OVERLAP_SHARE = 0.12
OVERLAP_FLOOR = 0.004


@dataclass(frozen=True)
class LayoutIssue:
    """One broken layout rule at the end of one animation."""

    scene: str
    animation: int
    kind: str
    strings: tuple[str, ...]

    def __str__(self) -> str:
        quoted = ", ".join(repr(s) for s in self.strings)
        return f"{self.scene} after animation {self.animation}: {self.kind}: {quoted}"


def describe(mob: Mobject) -> str:
    """The words a text mobject shows, for a report."""
    if isinstance(mob, DecimalNumber):
        return f"{mob.get_value():g}"
    if isinstance(mob, Text | MarkupText):
        return str(getattr(mob, "original_text", mob.text))
    if isinstance(mob, SingleStringMathTex):
        return str(mob.tex_string)
    return type(mob).__name__


def _visible(mob: Mobject) -> bool:
    parts = mob.family_members_with_points()
    if not parts:
        return False
    return any(p.get_fill_opacity() > 0.05 or p.get_stroke_opacity() > 0.05 for p in parts)


def text_mobjects(roots: Iterable[Mobject]) -> Iterator[Mobject]:
    """Every visible text-like mobject on stage, outermost first (a formula's glyphs are not listed apart)."""
    seen: set[int] = set()
    stack = list(roots)[::-1]
    while stack:
        mob = stack.pop()
        if id(mob) in seen:
            continue
        seen.add(id(mob))
        if isinstance(mob, TEXT_TYPES):
            if _visible(mob):
                yield mob
            continue
        stack.extend(mob.submobjects[::-1])


def _box(mob: Mobject) -> tuple[float, float, float, float]:
    left, bottom = mob.get_corner([-1, -1, 0])[:2]
    right, top = mob.get_corner([1, 1, 0])[:2]
    return float(left), float(bottom), float(right), float(top)


def check_stage(scene_name: str, index: int, roots: Iterable[Mobject]) -> list[LayoutIssue]:
    """The layout issues of one stage: texts outside the safe area, texts overlapping, texts too small."""
    issues: list[LayoutIssue] = []
    texts = list(text_mobjects(roots))
    boxes = [_box(m) for m in texts]
    for mob, (left, bottom, right, top) in zip(texts, boxes, strict=True):
        if (
            left < THEME.safe_left - EDGE_TOLERANCE
            or right > THEME.safe_right + EDGE_TOLERANCE
            or top > THEME.safe_top + EDGE_TOLERANCE
            or bottom < THEME.safe_bottom - EDGE_TOLERANCE
        ):
            issues.append(LayoutIssue(scene_name, index, "outside the safe area", (describe(mob),)))
        size = getattr(mob, "font_size", None)
        if size is not None and float(size) < THEME.min_size - 0.5:
            issues.append(LayoutIssue(scene_name, index, f"text smaller than {THEME.min_size:g}", (describe(mob),)))
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            a, b = boxes[i], boxes[j]
            w = min(a[2], b[2]) - max(a[0], b[0])
            h = min(a[3], b[3]) - max(a[1], b[1])
            if w <= 0 or h <= 0:
                continue
            smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
            if w * h > max(OVERLAP_FLOOR, OVERLAP_SHARE * smaller):
                issues.append(LayoutIssue(scene_name, index, "texts overlap", (describe(texts[i]), describe(texts[j]))))
    return issues


def lint_scene(scene_cls: type[LectureScene], name: str | None = None) -> list[LayoutIssue]:
    """Run ``scene_cls`` without writing video and return the layout issues after each animation."""
    label = name or scene_cls.__name__
    issues: list[LayoutIssue] = []

    def observe(scene: LectureScene) -> None:
        issues.extend(check_stage(label, scene.animation_index, scene.mobjects))

    with tempfile.TemporaryDirectory(prefix="mml-lint-") as tmp, tempconfig(
        {
            "dry_run": True,
            "disable_caching": True,
            "quality": "low_quality",
            "media_dir": tmp,
            "verbosity": "ERROR",
            "progress_bar": "none",
        }
    ):
        LectureScene.observers.append(observe)
        try:
            scene_cls().render()
        finally:
            LectureScene.observers.remove(observe)
    return _dedupe(issues)


def _dedupe(issues: list[LayoutIssue]) -> list[LayoutIssue]:
    """Keep the first animation at which each (kind, strings) problem appears."""
    first: dict[tuple[str, tuple[str, ...]], LayoutIssue] = {}
    for issue in issues:
        first.setdefault((issue.kind, issue.strings), issue)
    return list(first.values())


def load_module(path: Path) -> ModuleType:
    """Import a lecture file by path."""
    spec = importlib.util.spec_from_file_location(f"_lint_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    """Lint the scenes of one lecture file; exit 1 when any issue is found."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__)
        return 2
    module = load_module(Path(args[0]))
    names = args[1:] or [cls.__name__ for cls in getattr(module, "SCENES", ())]
    found = 0
    for scene_name in names:
        for issue in lint_scene(getattr(module, scene_name), scene_name):
            print(issue)
            found += 1
    print(f"{found} layout issue(s) in {len(names)} scene(s)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Layout lint over every scene in course.toml: after every animation, text stays in the safe area,
never overlaps other text and is never smaller than the theme's minimum."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.plan import load_course
from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.render

SCENES = [(scene.id, scene.file, scene.class_name) for scene in load_course(ROOT / "course.toml").scenes]


@pytest.mark.parametrize(("scene_id", "file", "class_name"), SCENES, ids=[s[0] for s in SCENES])
def test_scene_layout_is_clean_after_every_animation(scene_id: str, file: Path, class_name: str) -> None:
    from scenes.kit.lint import lint_scene, load_module

    issues = lint_scene(getattr(load_module(file), class_name), scene_id)
    assert not issues, "\n".join(str(i) for i in issues)


def test_the_lint_reports_overlaps_and_text_outside_the_safe_area() -> None:
    from scenes.kit.lint import lint_scene, load_module

    module = load_module(FIXTURES / "bad_layout.py")
    found = [(i.animation, i.kind, i.strings) for i in lint_scene(module.Crowded, "Crowded")]
    assert (2, "texts overlap", ("first words", "second words")) in found
    assert (3, "outside the safe area", ("x^2",)) in found
    assert (4, "text smaller than 22", ("tiny print",)) in found
    assert len(found) == 3

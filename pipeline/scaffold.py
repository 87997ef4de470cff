"""``render.py new MODULE LECTURE``: a lecture module with a starter scene, its course.toml entry and its test."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.files import atomic_write
from pipeline.plan import ID_RE, load_course

__all__ = ["scaffold_lecture"]

LECTURE_TEMPLATE = '''"""{title}: a lecture of the {module_title} module.

Givens (input numbers) are module-level UPPER_CASE constants; every derived number comes from mlmath.
"""

from manim import *

from scenes.kit.base import LectureScene, text
from scenes.kit.theme import THEME


class {cls}(LectureScene):
    """State what the learner will be able to do after this lecture."""

    TITLE = "{title}"

    def construct(self):
        self.show_title()
        goal = text("Replace this with the lecture's first idea", size=THEME.body_size)
        self.narrate("Say what this scene shows, as a teacher would.", FadeIn(goal))


SCENES = ({cls},)
'''

TEST_TEMPLATE = '''"""The {lecture_id} lecture: its scenes are listed, titled and pass the layout lint."""

from pathlib import Path

import pytest

from pipeline.plan import load_course

ROOT = Path(__file__).resolve().parents[2]
LECTURE = "{lecture_id}"


def test_{module}_{name}_lists_titled_scenes_with_objectives():
    course = load_course(ROOT / "course.toml")
    lecture = next(lec for lec in course.lectures if lec.id == LECTURE)
    assert lecture.scenes, "the lecture lists no scenes"
    for scene in lecture.scenes:
        assert scene.title and scene.objective, f"{{scene.id}} needs a TITLE and a docstring"


@pytest.mark.render
def test_{module}_{name}_scenes_pass_the_layout_lint():
    from scenes.kit.lint import lint_scene, load_module

    module = load_module(ROOT / "scenes" / "{module}" / "{name}.py")
    issues = [issue for cls in module.SCENES for issue in lint_scene(cls)]
    assert not issues, "\\n".join(str(i) for i in issues)
'''


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_")) + "Opening"


def _add_to_outline(text: str, module: str, name: str, title: str, module_title: str) -> str:
    """course.toml with the lecture appended to its module's list (the module added when new)."""
    entry = f'    {{ id = "{name}", title = "{title}" }},\n'
    block = re.search(rf'(?ms)^id = "{re.escape(module)}"\s*$.*?^lectures = \[\n(?P<body>.*?)^\]', text)
    if block is None:
        tail = "" if text.endswith("\n") else "\n"
        return f'{text}{tail}\n[[modules]]\nid = "{module}"\ntitle = "{module_title}"\nlectures = [\n{entry}]\n'
    return text[: block.end("body")] + entry + text[block.end("body") :]


def scaffold_lecture(course_path: Path, module: str, name: str, title: str | None = None) -> list[Path]:
    """Create the lecture file and its test and enter the lecture in course.toml; return the files written."""
    for what, value in (("module", module), ("lecture", name)):
        if not ID_RE.match(value):
            raise PipelineError(f"The {what} id '{value}' is not valid: use lower_snake_case, e.g. 'dot_product'.")
    course = load_course(course_path)
    lecture_id = f"{module}.{name}"
    if any(lec.id == lecture_id for lec in course.lectures):
        raise PipelineError(f"The lecture '{lecture_id}' is already in {course_path.name}: choose another name.")
    root = course_path.parent
    lecture_file = root / "scenes" / module / f"{name}.py"
    test_file = root / "tests" / "lectures" / f"test_{module}_{name}.py"
    for path in (lecture_file, test_file):
        if path.exists():
            raise PipelineError(f"{path} already exists: remove it or choose another lecture name.")
    title = title or name.replace("_", " ").capitalize()
    module_title = next((m.title for m in course.modules if m.id == module), module.replace("_", " ").title())
    outline = _add_to_outline(course_path.read_text(encoding="utf-8"), module, name, title, module_title)
    lecture_file.parent.mkdir(parents=True, exist_ok=True)
    init = lecture_file.parent / "__init__.py"
    written = []
    if not init.exists():
        atomic_write(init, f'"""Lectures of the {module_title} module."""\n')
        written.append(init)
    atomic_write(
        lecture_file, LECTURE_TEMPLATE.format(title=title, module_title=module_title, cls=_camel(name))
    )
    test_file.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(test_file, TEST_TEMPLATE.format(lecture_id=lecture_id, module=module, name=name))
    atomic_write(course_path, outline)
    written += [lecture_file, test_file, course_path]
    return written

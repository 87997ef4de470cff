"""The numbers rule: scene sources never type or compute mathematical results."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.plan import load_course
from pipeline.sourcecheck import check_file, check_source
from tests.conftest import ROOT

GOOD = '''
from manim import *
from mlmath import linalg
from scenes.kit.fmt import fmt

U = (3, 1)
V = (1, 2)

class Good(LectureScene):
    TITLE = "Good"
    def construct(self):
        d = linalg.dot(U, V)
        eq = MathTex(r"\\vec u \\cdot \\vec v = ", fmt(d), font_size=36).shift(2 * LEFT + 0.5 * UP)
        label = MathTex(r"v_1 + v_2 \\in \\mathbb{R}^2")
        self.narrate(f"The dot product is {fmt(d)}.", Write(eq), run_time=2)
        self.play(eq.animate.scale(0.8).move_to([3, -1, 0]))
        point = [2 * np.cos(0.5), 2 * np.sin(0.5), 0]
        self.wait(1.5)
'''

BAD_CASES = {
    "a typed dot product": 'MathTex(r"\\vec u \\cdot \\vec v = 11")',
    "a typed result in narration": 'self.narrate("So the dot product is 5.")',
    "a typed caption": 'self.play(Write(x), subcaption="The length is 5")',
    "a hard-coded projected vector": "proj = np.array([1.6, 0.8])",
    "a dot product computed with numpy": "d = np.dot(U, V)",
    "a matrix product with @": "w = A @ v",
    "a norm from numpy.linalg": "n = np.linalg.norm(V)",
    "a typed decimal readout": "r = DecimalNumber(2.24)",
    "a square root from math": "r = math.sqrt(5)",
    "a typed matrix": "m = Matrix([[2, 0], [1, 3]])",
}


def _in_scene(line: str) -> str:
    return textwrap.dedent(
        f"""
        from manim import *
        class Bad(LectureScene):
            def construct(self):
                {line}
        """
    )


def test_a_scene_with_only_layout_numbers_and_mlmath_results_passes() -> None:
    assert check_source(GOOD) == []


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_a_scene_that_types_a_result_fails(case: str) -> None:
    found = check_source(_in_scene(BAD_CASES[case]))
    assert len(found) == 1, f"{case}: {found}"
    assert found[0].line == 5


def test_module_level_numeric_data_must_be_a_named_given() -> None:
    assert check_source("V = (3, 1)\n") == []
    assert [v.rule for v in check_source("projected = (1.6, 0.8)\n")] == [
        "module-level numeric data must be an UPPER_CASE given"
    ]


def test_every_scene_in_the_course_follows_the_numbers_rule() -> None:
    course = load_course(ROOT / "course.toml")
    kit = {ROOT / "scenes" / "kit" / name for name in ("titlecard.py", "exercise.py")}
    files = sorted({lec.file for lec in course.lectures} | {s.file for s in course.scenes} | kit)
    violations = [str(v) for f in files for v in check_file(f)]
    assert not violations, "\n".join(violations)

"""Practice material: per lecture, a Markdown sheet and a Jupyter notebook of fresh exercise variants.

``render.py exercises`` writes ``media/exercises/<module>/<NN>-<lecture>.md`` and ``.ipynb``. The same seed gives
the same files. Building the documents is pure (``sheet_markdown``, ``build_notebook``); ``write_practice`` is
the edge that writes them atomically.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from mlmath.exercises import Exercise, generators_for, variant_seed
from pipeline.files import atomic_write
from pipeline.plan import Course, Lecture

__all__ = ["Variants", "draw_variants", "sheet_markdown", "build_notebook", "write_practice", "practice_paths"]

LETTERS = "abcdefghijklmnopqrstuvwxyz"

CHECK_HELPER = '''import base64, json
import numpy as np


def check(answer, sealed, name="answer"):
    """Compare your answer with the expected one and say what is off (the expected numbers are sealed so
    they do not give the answer away at a glance)."""
    expected = np.atleast_1d(np.asarray(json.loads(base64.b64decode(sealed)), dtype=float))
    if answer is None:
        print(f"{name}: not answered yet - replace None with your numpy computation.")
        return False
    got = np.atleast_1d(np.asarray(answer, dtype=float))
    if got.shape != expected.shape:
        print(f"{name}: expected {expected.size} number(s), got an array of shape {got.shape}.")
        return False
    for i, (g, e) in enumerate(zip(got, expected)):
        if not np.isclose(g, e, atol=1e-6):
            print(f"{name}: entry {i + 1} is {g:g}, expected {e:g}. Not yet right.")
            return False
    print(f"{name}: correct.")
    return True
'''


@dataclass(frozen=True)
class Variants:
    """The K variants of one exercise of a lecture."""

    index: int
    title: str
    exercises: tuple[Exercise, ...]


def draw_variants(lecture_id: str, seed: int, count: int) -> list[Variants]:
    """``count`` fresh variants of each of the lecture's exercises, from seeds derived from ``seed``."""
    out = []
    for index, generator in enumerate(generators_for(lecture_id), start=1):
        exercises = tuple(generator(variant_seed(seed, lecture_id, index, k)) for k in range(count))
        out.append(Variants(index, exercises[0].title, exercises))
    return out


def _label(index: int, k: int) -> str:
    return f"{index}{LETTERS[k]}"


def _givens_math(ex: Exercise) -> str:
    return "$$" + r" \qquad ".join(ex.givens_tex) + "$$"


def sheet_markdown(course: Course, lecture: Lecture, variants: Sequence[Variants], seed: int) -> str:
    """The practice sheet: problems first, then solutions with their steps."""
    module = next(m for m in course.modules if m.id == lecture.module)
    lines = [
        f"# Practice: {lecture.title}",
        "",
        f"*{course.title} · {module.title}, lecture {lecture.number} · seed {seed}*",
        "",
        "Work each problem by hand first; the solutions with every step are at the end.",
        "",
        "## Problems",
        "",
    ]
    for group in variants:
        lines += [f"### {group.index}. {group.title}", ""]
        for k, ex in enumerate(group.exercises):
            lines += [f"**{_label(group.index, k)}.** {ex.prompt}", "", _givens_math(ex), "", f"$${ex.ask_tex}$$", ""]
    lines += ["## Solutions", ""]
    for group in variants:
        for k, ex in enumerate(group.exercises):
            lines += [f"**{_label(group.index, k)}.** {group.title}", ""]
            for n, step in enumerate(ex.steps, start=1):
                lines += [f"{n}. {step.say}", "", f"   $${step.tex}$$", ""]
            lines += [f"**Answer:** ${ex.answer_tex}$", ""]
    return "\n".join(lines)


def seal(values: Sequence[float]) -> str:
    """The expected numbers, base64-encoded JSON, for a notebook's check cell."""
    return base64.b64encode(json.dumps([float(v) for v in values]).encode()).decode()


def _givens_code(ex: Exercise) -> str:
    lines = []
    for name, value in ex.code_givens.items():
        lines.append(f"{name} = np.array({value!r})" if isinstance(value, list) else f"{name} = {value!r}")
    return "\n".join(lines)


def build_notebook(course: Course, lecture: Lecture, variants: Sequence[Variants], seed: int) -> nbformat.NotebookNode:
    """The coding notebook: a recap, then per exercise a cell to complete with numpy and a check cell."""
    recap = [f"- {s.objective}" for s in lecture.scenes if s.objective and not s.title.startswith("Exercise:")]
    cells = [
        new_markdown_cell(
            "\n".join(
                [
                    f"# {lecture.title}: coding practice",
                    "",
                    f"*{course.title} · seed {seed}*",
                    "",
                    "In this lecture you learned to:",
                    "",
                    *recap,
                    "",
                    "For each exercise, replace `answer = None` with a numpy computation from the givens, then run "
                    "the check cell below it: it says whether your answer is right and, if not, what is off.",
                ]
            )
        ),
        new_code_cell(CHECK_HELPER),
    ]
    for group in variants:
        cells.append(new_markdown_cell(f"## {group.index}. {group.title}"))
        for k, ex in enumerate(group.exercises):
            label = _label(group.index, k)
            hint = f"\n\n*Hint:* {ex.hint}" if ex.hint else ""
            cells.append(new_markdown_cell(f"**{label}.** {ex.prompt}\n\n{_givens_math(ex)}{hint}"))
            work = new_code_cell(f"{_givens_code(ex)}\n\nanswer = None  # your numpy code here")
            work.metadata["mml"] = {"exercise": label, "solution": ex.solution_code}
            cells.append(work)
            cells.append(new_code_cell(f'check(answer, "{seal(ex.answer_floats)}", "{label}")'))
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return notebook


def practice_paths(media: Path, lecture: Lecture) -> tuple[Path, Path]:
    """Where a lecture's sheet and notebook go."""
    folder = media / "exercises" / lecture.module
    return folder / f"{lecture.stem}.md", folder / f"{lecture.stem}.ipynb"


def write_practice(course: Course, lectures: Sequence[Lecture], media: Path, seed: int, count: int) -> list[Path]:
    """Write the sheet and notebook of every lecture that has exercises; return the files written."""
    written: list[Path] = []
    for lecture in lectures:
        variants = draw_variants(lecture.id, seed, count)
        if not variants:
            continue
        sheet, notebook = practice_paths(media, lecture)
        sheet.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(sheet, sheet_markdown(course, lecture, variants, seed))
        atomic_write(notebook, nbformat.writes(build_notebook(course, lecture, variants, seed)))
        written += [sheet, notebook]
    return written

"""Practice sheets and coding notebooks: reproducible, complete, and notebooks whose checks really check."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner
from nbclient import NotebookClient

from pipeline.plan import load_course
from pipeline.practice import build_notebook, draw_variants, sheet_markdown
from render import cli
from tests.conftest import ROOT

COURSE = load_course(ROOT / "course.toml")
LECTURES = [lec for lec in COURSE.lectures if draw_variants(lec.id, 1, 1)]


def test_every_lecture_in_the_course_has_one_or_two_exercises() -> None:
    assert [lec.id for lec in LECTURES] == [lec.id for lec in COURSE.lectures]
    for lecture in COURSE.lectures:
        chapters = [s.title for s in lecture.scenes if s.title.startswith("Exercise:")]
        assert 1 <= len(chapters) == len(draw_variants(lecture.id, 1, 1)) <= 2, lecture.id
        assert all(s.title.startswith("Exercise:") for s in lecture.scenes[-len(chapters):]), "exercises come last"


@pytest.mark.parametrize("lecture", LECTURES, ids=lambda lec: lec.id)
def test_the_same_seed_gives_the_same_sheet_and_another_seed_another(lecture) -> None:
    first = sheet_markdown(COURSE, lecture, draw_variants(lecture.id, 7, 3), 7)
    again = sheet_markdown(COURSE, lecture, draw_variants(lecture.id, 7, 3), 7)
    other = sheet_markdown(COURSE, lecture, draw_variants(lecture.id, 8, 3), 8)
    assert first == again
    assert first != other
    problems, solutions = first.split("## Solutions")
    assert "## Problems" in problems
    groups = draw_variants(lecture.id, 7, 3)
    for group in groups:
        for label in (f"{group.index}a", f"{group.index}b", f"{group.index}c"):
            assert f"**{label}.**" in problems and f"**{label}.**" in solutions
    assert solutions.count("**Answer:**") == 3 * len(groups)


def _run(notebook: nbformat.NotebookNode, fill: str | None) -> list[str]:
    """Execute a copy of the notebook with each answer cell filled as ``fill`` says; return the check outputs."""
    nb = nbformat.from_dict(json.loads(json.dumps(notebook)))
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("mml")
        if meta and fill == "solution":
            cell.source = cell.source.replace("answer = None  # your numpy code here", meta["solution"])
        elif meta and fill == "wrong":
            wrong = f"{meta['solution']}\nanswer = np.asarray(answer, dtype=float) + 1"
            cell.source = cell.source.replace("answer = None  # your numpy code here", wrong)
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    return [
        "".join(out.get("text", "") for out in cell.outputs).strip()
        for cell in nb.cells
        if cell.cell_type == "code" and cell.source.startswith("check(")
    ]


@pytest.mark.parametrize("lecture", LECTURES, ids=lambda lec: lec.id)
def test_a_notebook_with_the_reference_solutions_passes_every_check(lecture) -> None:
    notebook = build_notebook(COURSE, lecture, draw_variants(lecture.id, 7, 2), 7)
    outputs = _run(notebook, "solution")
    assert outputs and all(out.endswith(": correct.") for out in outputs), outputs


@pytest.mark.parametrize("lecture", LECTURES, ids=lambda lec: lec.id)
def test_a_notebook_with_wrong_or_missing_answers_says_what_is_off(lecture) -> None:
    notebook = build_notebook(COURSE, lecture, draw_variants(lecture.id, 7, 1), 7)
    wrong = _run(notebook, "wrong")
    assert wrong and all("entry 1 is" in out and "Not yet right." in out for out in wrong), wrong
    missing = _run(notebook, None)
    assert all("not answered yet" in out for out in missing), missing


def test_the_exercises_command_writes_sheets_notebooks_and_links_them_from_course_json(tmp_path: Path) -> None:
    media = tmp_path / "media"
    (media / "low").mkdir(parents=True)
    (media / "low" / "course.json").write_text("{}")
    runner = CliRunner()
    result = runner.invoke(cli, ["--media", str(media), "exercises", "linear_algebra", "--seed", "7", "--count", "2"])
    assert result.exit_code == 0, result.output
    sheet = media / "exercises" / "linear_algebra" / "01-vectors.md"
    notebook = media / "exercises" / "linear_algebra" / "01-vectors.ipynb"
    assert sheet.is_file() and notebook.is_file()
    nbformat.validate(nbformat.read(notebook, as_version=4))
    first = sheet.read_text()
    runner.invoke(cli, ["--media", str(media), "exercises", "linear_algebra.vectors", "--seed", "7", "--count", "2"])
    assert sheet.read_text() == first
    bad = runner.invoke(cli, ["--media", str(media), "exercises", "--count", "0"])
    assert bad.exit_code == 2


def test_course_json_lists_each_lectures_exercises_and_links_sheet_and_notebook(tmp_path: Path) -> None:
    from pipeline.practice import write_practice
    from pipeline.publish import LectureRecord, course_manifest

    lecture = COURSE.lectures[0]
    record = LectureRecord("k", "v.mp4", "v.vtt", "v.jpg", 10.0, ())
    before = course_manifest(COURSE, "low", {lecture.id: record}, tmp_path)
    entry = before["modules"][0]["lectures"][0]["exercises"]
    assert entry["titles"] == [s.title for s in lecture.scenes if s.title.startswith("Exercise:")]
    assert entry["sheet"] is None and entry["notebook"] is None
    write_practice(COURSE, [lecture], tmp_path, 1, 1)
    after = course_manifest(COURSE, "low", {lecture.id: record}, tmp_path)["modules"][0]["lectures"][0]["exercises"]
    assert after["sheet"] == f"../exercises/{lecture.module}/{lecture.stem}.md"
    assert after["notebook"] == f"../exercises/{lecture.module}/{lecture.stem}.ipynb"
    assert (tmp_path / "low" / after["sheet"]).resolve() == (tmp_path / "exercises" / lecture.module /
                                                                f"{lecture.stem}.md").resolve()

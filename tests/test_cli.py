"""The CLI: every command with help and an example, clear errors for wrong ids and options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from render import cli

COMMANDS = ["list", "build", "scene", "check", "new"]


def _run(course: Path, *args: str):
    return CliRunner().invoke(cli, ["--course", str(course), *args])


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"render.py {command}" in result.output


def test_list_json_prints_the_tree_with_full_ids(tiny_course: Path) -> None:
    result = _run(tiny_course, "list", "--json")
    assert result.exit_code == 0, result.output
    tree = json.loads(result.output)
    lecture = tree["modules"][0]["lectures"][0]
    assert lecture["id"] == "sample.tiny"
    assert [s["id"] for s in lecture["scenes"]] == ["sample.tiny.ShowAVector", "sample.tiny.SayGoodbye"]
    assert lecture["scenes"][0]["current"] is False


def test_list_as_text_shows_status(tiny_course: Path) -> None:
    result = _run(tiny_course, "list")
    assert result.exit_code == 0
    assert "sample.tiny  A tiny lecture  [0/2 scenes current]" in result.output


def test_build_of_an_unknown_lecture_says_so_with_a_suggestion_and_leaves_nothing(tiny_course: Path) -> None:
    result = _run(tiny_course, "build", "sample.tiyn")
    assert result.exit_code == 1
    assert "Error: There is no module or lecture 'sample.tiyn'" in result.output
    assert "Did you mean 'sample.tiny'?" in result.output
    assert "Traceback" not in result.output
    assert not (tiny_course.parent / "media").exists()


def test_a_broken_outline_is_one_sentence_and_leaves_nothing(tiny_course: Path) -> None:
    tiny_course.write_text(tiny_course.read_text().replace("[[modules]]", "[[modules]"))
    result = _run(tiny_course, "build")
    assert result.exit_code == 1
    assert result.output.startswith("Error: course.toml is not valid TOML")
    assert len(result.output.strip().splitlines()) == 1
    assert not (tiny_course.parent / "media").exists()


def test_an_unknown_scene_id_suggests_the_closest(tiny_course: Path) -> None:
    result = _run(tiny_course, "scene", "sample.tiny.ShowVector")
    assert result.exit_code == 1
    assert "Did you mean 'sample.tiny.ShowAVector'?" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "-q", "ultra"], "'ultra' is not one of"),
        (["build", "-j", "0"], "0 is not in the range x>=1"),
        (["build", "-j", "-3"], "-3 is not in the range x>=1"),
        (["scene"], "Missing argument 'SCENE_ID'"),
    ],
)
def test_wrong_options_are_usage_errors(tiny_course: Path, args: list[str], message: str) -> None:
    result = _run(tiny_course, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_new_scaffolds_a_lecture_that_the_plan_finds(tiny_course: Path) -> None:
    result = _run(tiny_course, "new", "sample", "second_idea", "--title", "A second idea")
    assert result.exit_code == 0, result.output
    root = tiny_course.parent
    assert (root / "scenes" / "sample" / "second_idea.py").is_file()
    assert (root / "tests" / "lectures" / "test_sample_second_idea.py").is_file()
    listing = json.loads(_run(tiny_course, "list", "--json").output)
    lectures = listing["modules"][0]["lectures"]
    assert [lec["id"] for lec in lectures] == ["sample.tiny", "sample.second_idea"]
    assert lectures[1]["title"] == "A second idea"
    assert lectures[1]["scenes"][0]["id"] == "sample.second_idea.SecondIdeaOpening"


def test_new_refuses_an_existing_lecture_and_a_bad_id(tiny_course: Path) -> None:
    assert "already in course.toml" in _run(tiny_course, "new", "sample", "tiny").output
    bad = _run(tiny_course, "new", "sample", "Bad-Name")
    assert bad.exit_code == 1 and "'Bad-Name' is not valid" in bad.output


@pytest.mark.render
def test_scene_renders_one_scene_and_its_last_frame(tiny_course: Path) -> None:
    video = _run(tiny_course, "scene", "sample.tiny.SayGoodbye")
    assert video.exit_code == 0, video.output
    assert Path(video.output.strip()).is_file()
    frame = _run(tiny_course, "scene", "sample.tiny.SayGoodbye", "--frame")
    assert frame.exit_code == 0, frame.output
    png = Path(frame.output.strip())
    assert png.suffix == ".png" and png.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.render
def test_build_via_the_cli_prints_outputs_and_a_second_run_renders_nothing(tiny_course: Path) -> None:
    first = _run(tiny_course, "build", "-j", "2")
    assert first.exit_code == 0, first.output
    assert "01-tiny.mp4" in first.output and "course.json" in first.output
    second = _run(tiny_course, "build")
    assert second.exit_code == 0
    assert "Nothing to render: all 3 scenes are cached and current." in second.output


@pytest.mark.render
def test_check_reports_every_requirement(tiny_course: Path) -> None:
    result = _run(tiny_course, "check")
    assert result.exit_code == 0, result.output
    for name in ["ffmpeg", "latex", "dvisvgm", "standalone.cls", "font Lato", "LaTeX renders a formula",
                 "scenes of sample.tiny"]:
        assert any(line.startswith("ok") and name in line for line in result.output.splitlines()), name

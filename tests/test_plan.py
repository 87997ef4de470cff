"""The course plan: outline validation with file, key and line; scene discovery; target selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import OutlineError, UnknownIdError
from pipeline.plan import discover_scenes, find_scene, load_course, select_lectures


def _rewrite(course_toml: Path, old: str, new: str) -> None:
    text = course_toml.read_text()
    assert old in text
    course_toml.write_text(text.replace(old, new))


def test_the_fixture_course_loads_with_scenes_in_play_order(tiny_course: Path) -> None:
    course = load_course(tiny_course)
    (lecture,) = course.lectures
    assert lecture.id == "sample.tiny"
    assert lecture.stem == "01-tiny"
    assert [s.id for s in lecture.scenes] == ["sample.tiny.ShowAVector", "sample.tiny.SayGoodbye"]
    assert lecture.scenes[0].title == "A vector"
    assert lecture.scenes[0].objective.startswith("See a vector")


def test_malformed_toml_names_the_file_and_line(tiny_course: Path) -> None:
    _rewrite(tiny_course, 'title = "Sample module"', 'title = "Sample module')
    with pytest.raises(OutlineError, match=r"course.toml is not valid TOML: .*line 5"):
        load_course(tiny_course)


def test_duplicate_lecture_ids_name_the_line_of_the_second(tiny_course: Path) -> None:
    _rewrite(tiny_course, '    { id = "tiny", title = "A tiny lecture" },\n',
             '    { id = "tiny", title = "A tiny lecture" },\n    { id = "tiny", title = "Again" },\n')
    with pytest.raises(OutlineError, match=r"course.toml line 8: lecture id 'sample.tiny' is used twice"):
        load_course(tiny_course)


def test_an_unknown_key_is_rejected_by_name(tiny_course: Path) -> None:
    _rewrite(tiny_course, 'title = "Tiny course"', 'title = "Tiny course"\nauthor = "me"')
    with pytest.raises(OutlineError, match=r"unknown key 'author'"):
        load_course(tiny_course)


def test_an_id_that_could_escape_the_media_folder_is_rejected(tiny_course: Path) -> None:
    _rewrite(tiny_course, 'id = "tiny"', 'id = "../tiny"')
    with pytest.raises(OutlineError, match=r"'\.\./tiny' is not a valid id"):
        load_course(tiny_course)


def test_a_lecture_without_a_file_says_how_to_create_it(tiny_course: Path) -> None:
    _rewrite(tiny_course, 'id = "tiny"', 'id = "missing"')
    pattern = r"line 7: lecture 'sample.missing' has no file .*render.py new sample missing"
    with pytest.raises(OutlineError, match=pattern):
        load_course(tiny_course)


def test_a_lecture_file_without_scenes_listing_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("class A:\n    pass\n")
    with pytest.raises(OutlineError, match="has no SCENES"):
        discover_scenes(f, "m.x")


def test_scenes_listing_a_non_class_names_its_line(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("class A:\n    pass\n\nSCENES = (A, helper)\n")
    with pytest.raises(OutlineError, match=r"x.py line 4: SCENES lists 'helper'"):
        discover_scenes(f, "m.x")


def test_a_syntax_error_in_a_lecture_names_its_line(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("class A(:\n")
    with pytest.raises(OutlineError, match=r"x.py line 1: syntax error"):
        discover_scenes(f, "m.x")


def test_targets_select_lectures_in_course_order(tiny_course: Path) -> None:
    course = load_course(tiny_course)
    assert [lec.id for lec in select_lectures(course, ["course"])] == ["sample.tiny"]
    assert [lec.id for lec in select_lectures(course, ["sample", "sample.tiny"])] == ["sample.tiny"]
    assert [lec.id for lec in select_lectures(course, [])] == ["sample.tiny"]


def test_an_unknown_target_suggests_the_closest_id(tiny_course: Path) -> None:
    course = load_course(tiny_course)
    with pytest.raises(UnknownIdError, match=r"no module or lecture 'sample.tiyn'.*Did you mean 'sample.tiny'\?"):
        select_lectures(course, ["sample.tiyn"])


def test_an_unknown_scene_suggests_the_closest_id(tiny_course: Path) -> None:
    course = load_course(tiny_course)
    assert find_scene(course, "sample.tiny.SayGoodbye")[1].class_name == "SayGoodbye"
    with pytest.raises(UnknownIdError, match=r"Did you mean 'sample.tiny.SayGoodbye'\?"):
        find_scene(course, "sample.tiny.SayGoodby")

"""End to end: build the two-scene fixture lecture at low quality and check what a learner receives."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from pipeline.build import build
from pipeline.media import full_decode_errors, probe
from pipeline.plan import load_course

pytestmark = pytest.mark.e2e


def _top_level_atoms(path: Path) -> list[str]:
    atoms = []
    with open(path, "rb") as f:
        while header := f.read(8):
            size, kind = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0] - 8
            atoms.append(kind.decode("latin-1"))
            f.seek(size - 8, 1)
    return atoms


def _vtt_times(text: str) -> list[tuple[float, float]]:
    def seconds(stamp: str) -> float:
        h, m, s = stamp.split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)

    return [
        (seconds(a), seconds(b))
        for a, _, b in (line.partition(" --> ") for line in text.splitlines() if " --> " in line)
    ]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    import shutil

    from tests.conftest import FIXTURES

    root = tmp_path_factory.mktemp("e2e") / "tiny_course"
    shutil.copytree(FIXTURES / "tiny_course", root)
    course = load_course(root / "course.toml")
    media = root / "media"
    first = build(course, ["course"], "low", 2, media)
    return {"root": root, "course": course, "media": media, "first": first}


def test_a_cold_build_renders_every_scene_and_publishes_the_lecture(built: dict) -> None:
    first = built["first"]
    assert first.ok, first.failures
    assert len(first.rendered) == 3 and first.cached == 0
    assert first.assembled == ["sample.tiny"]


def test_the_lecture_is_h264_with_faststart_chapters_and_a_caption_track(built: dict) -> None:
    video = built["media"] / "low" / "sample" / "01-tiny.mp4"
    info = probe(video)
    assert (info.video_codec, info.pix_fmt, info.width, info.height) == ("h264", "yuv420p", 854, 480)
    assert info.audio_codec == "aac"
    assert info.subtitle_codecs == ("mov_text",)
    atoms = _top_level_atoms(video)
    assert atoms.index("moov") < atoms.index("mdat"), atoms
    assert [c[0] for c in info.chapters] == ["A tiny lecture", "A vector", "Goodbye"]
    assert info.chapters[0][1] == 0
    assert abs(info.chapters[-1][2] - info.duration) < 0.1
    assert full_decode_errors(video) == ""


def test_course_json_matches_the_video_and_its_captions(built: dict) -> None:
    base = built["media"] / "low"
    manifest = json.loads((base / "course.json").read_text())
    assert manifest["quality"] == "low" and manifest["title"] == "Tiny course"
    (lecture,) = manifest["modules"][0]["lectures"]
    assert set(lecture) == {"id", "title", "video", "captions", "poster", "duration", "chapters", "exercises"}
    assert lecture["exercises"] == {"titles": [], "sheet": None, "notebook": None}
    info = probe(base / lecture["video"])
    assert abs(lecture["duration"] - info.duration) < 0.05
    chapters = lecture["chapters"]
    assert [c["scene"] for c in chapters] == [None, "sample.tiny.ShowAVector", "sample.tiny.SayGoodbye"]
    for ours, theirs in zip(chapters, info.chapters, strict=True):
        assert abs(ours["start"] - theirs[1]) < 0.002 and abs(ours["end"] - theirs[2]) < 0.002
    assert (base / lecture["poster"]).read_bytes()[:2] == b"\xff\xd8"
    cues = _vtt_times((base / lecture["captions"]).read_text())
    assert len(cues) == 3
    assert all(0 <= a < b <= info.duration + 1e-3 for a, b in cues)


def test_a_rebuild_without_changes_renders_nothing(built: dict) -> None:
    again = build(built["course"], ["course"], "low", 2, built["media"])
    assert again.ok and again.rendered == [] and again.cached == 3 and again.assembled == []


def test_editing_a_data_file_rerenders_only_the_scene_that_read_it(built: dict) -> None:
    (built["root"] / "data" / "vector.txt").write_text("6 8\n")
    again = build(built["course"], ["course"], "low", 2, built["media"])
    assert again.ok
    assert [r.job.job_id for r in again.rendered] == ["sample.tiny.ShowAVector"]
    assert again.assembled == ["sample.tiny"]


def test_a_failing_scene_is_reported_and_the_others_still_finish(tiny_course: Path) -> None:
    lecture = tiny_course.parent / "scenes" / "sample" / "tiny.py"
    source = lecture.read_text()
    lecture.write_text(source.replace('        self.narrate("That is all for now."',
                                      '        raise ValueError("boom")\n        self.narrate("That is all for now."'))
    course = load_course(tiny_course)
    media = tiny_course.parent / "media"
    result = build(course, ["course"], "low", 2, media)
    assert not result.ok
    failed = [r for r in result.rendered if not r.ok]
    assert [r.job.job_id for r in failed] == ["sample.tiny.SayGoodbye"]
    assert failed[0].error.startswith("ValueError: boom (at ") and "tiny.py:" in failed[0].error
    assert sorted(r.job.job_id for r in result.rendered if r.ok) == ["sample.tiny.ShowAVector", "sample.tiny.__title__"]
    assert any("sample.tiny was not assembled" in f for f in result.failures)
    assert not (media / "low" / "sample").exists(), "no lecture file is written when a scene failed"
    assert not (media / "tmp").exists()
    assert not [p for p in media.rglob("*") if p.name.endswith(".tmp") or ".tmp." in p.name]
    # Fixing the file renders the scenes of that file again; the title card, which does not use it, is cached.
    lecture.write_text(source)
    fixed = build(course, ["course"], "low", 2, media)
    assert fixed.ok and fixed.cached == 1
    assert sorted(r.job.job_id for r in fixed.rendered) == ["sample.tiny.SayGoodbye", "sample.tiny.ShowAVector"]

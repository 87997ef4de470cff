"""The segment store: keys cover content, puts are atomic, damaged entries are never trusted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.cache import Cache, segment_key
from pipeline.worker import closure_files


def test_a_key_changes_with_any_input_and_only_then() -> None:
    base = segment_key("m.l.S", "low", {}, {"a.py": "1", "b.py": "2"}, "env")
    assert base == segment_key("m.l.S", "low", {}, {"b.py": "2", "a.py": "1"}, "env")
    assert base != segment_key("m.l.S", "high", {}, {"a.py": "1", "b.py": "2"}, "env")
    assert base != segment_key("m.l.S", "low", {}, {"a.py": "1", "b.py": "3"}, "env")
    assert base != segment_key("m.l.S", "low", {}, {"a.py": "1", "b.py": "2"}, "env2")
    assert base != segment_key("m.l.S", "low", {"title": "x"}, {"a.py": "1", "b.py": "2"}, "env")


def _put(cache: Cache, tmp: Path, key: str) -> None:
    video = tmp / f"{key}.mp4"
    video.write_bytes(b"0" * 100)
    captions = tmp / f"{key}.srt"
    captions.write_text("")
    cache.put(key, "m.l.S", video, captions, 1.5)


def test_a_stored_segment_is_found_with_its_duration(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", tmp_path)
    _put(cache, tmp_path, "k1")
    found = cache.lookup("k1")
    assert found is not None and found.duration == 1.5 and cache.verify(found)
    assert cache.lookup("nope") is None
    assert not list((tmp_path / "cache" / "segments").glob(".*tmp")), "no staging folder is left behind"


def test_a_truncated_segment_is_dropped_not_trusted(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", tmp_path)
    _put(cache, tmp_path, "k1")
    (tmp_path / "cache" / "segments" / "k1" / "segment.mp4").write_bytes(b"0" * 48)
    assert cache.lookup("k1") is None
    assert not (tmp_path / "cache" / "segments" / "k1").exists()


def test_a_same_size_corruption_fails_verification(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", tmp_path)
    _put(cache, tmp_path, "k1")
    (tmp_path / "cache" / "segments" / "k1" / "segment.mp4").write_bytes(b"1" * 100)
    found = cache.lookup("k1")
    assert found is not None and not cache.verify(found)


def test_closures_are_recorded_relative_to_the_project(tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache", tmp_path)
    (tmp_path / "a.py").write_text("x = 1\n")
    cache.record_closure("m.l.S", [tmp_path / "a.py"])
    assert json.loads((tmp_path / "cache" / "deps" / "m.l.S.json").read_text()) == {"files": ["a.py"]}
    assert cache.recorded_closure("m.l.S") == [tmp_path / "a.py"]
    assert cache.recorded_closure("other") is None
    assert cache.last_seconds("m.l.S") is None
    cache.record_closure("m.l.S", [tmp_path / "a.py"], seconds=12.345)
    assert cache.last_seconds("m.l.S") == 12.35


def test_the_closure_keeps_project_files_and_drops_outputs_and_tools(tmp_path: Path) -> None:
    for rel in ["scenes/x.py", "data/d.csv", "media/low/a.mp4", ".venv/lib/m.py", "pipeline/w.py", "p.egg-info/e.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("")
    opened = {str(tmp_path / rel) for rel in ["data/d.csv", "media/low/a.mp4", "p.egg-info/e.txt", "/etc/hostname"]}
    modules = {"x": type(sys)("x"), "w": type(sys)("w"), "v": type(sys)("v")}
    modules["x"].__file__ = str(tmp_path / "scenes/x.py")
    modules["w"].__file__ = str(tmp_path / "pipeline/w.py")
    modules["v"].__file__ = str(tmp_path / ".venv/lib/m.py")
    found = closure_files(opened, [tmp_path], modules)
    assert found == sorted([(tmp_path / "data/d.csv").resolve(), (tmp_path / "scenes/x.py").resolve()])

"""The course export: ``media/<quality>/course.json`` (schema in DESIGN.md) and lecture stamps."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from pipeline.assemble import Chapter
from pipeline.files import atomic_write
from pipeline.plan import Course, Lecture

__all__ = ["LectureRecord", "read_record", "write_record", "course_manifest", "write_manifest"]


@dataclass(frozen=True)
class LectureRecord:
    """What was published for one lecture at one quality, and from which segments (its key)."""

    key: str
    video: str
    captions: str
    poster: str
    duration: float
    chapters: tuple[Chapter, ...]


def _record_path(media: Path, quality: str, lecture_id: str) -> Path:
    return media / "cache" / "lectures" / quality / f"{lecture_id}.json"


def write_record(media: Path, quality: str, lecture_id: str, record: LectureRecord) -> None:
    path = _record_path(media, quality, lecture_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(asdict(record), indent=1))


def read_record(media: Path, quality: str, lecture_id: str) -> LectureRecord | None:
    """The lecture's published record if its files are all still in place."""
    try:
        data = json.loads(_record_path(media, quality, lecture_id).read_text())
        record = LectureRecord(
            key=data["key"], video=data["video"], captions=data["captions"], poster=data["poster"],
            duration=float(data["duration"]), chapters=tuple(Chapter(**c) for c in data["chapters"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    base = media / quality
    if not all((base / p).is_file() for p in (record.video, record.captions, record.poster)):
        return None
    return record


def _exercises_entry(lecture: Lecture, media: Path | None, quality: str) -> dict[str, Any]:
    """The lecture's exercise chapters, and its practice sheet and notebook when they have been written."""
    entry: dict[str, Any] = {
        "titles": [s.title for s in lecture.scenes if s.title.startswith("Exercise:")],
        "sheet": None,
        "notebook": None,
    }
    if media is not None:
        folder = media / "exercises" / lecture.module
        for key, suffix in (("sheet", ".md"), ("notebook", ".ipynb")):
            if (folder / f"{lecture.stem}{suffix}").is_file():
                entry[key] = f"../exercises/{lecture.module}/{lecture.stem}{suffix}"
    return entry


def _lecture_entry(lecture: Lecture, record: LectureRecord, media: Path | None, quality: str) -> dict[str, Any]:
    return {
        "id": lecture.id,
        "title": lecture.title,
        "video": record.video,
        "captions": record.captions,
        "poster": record.poster,
        "duration": round(record.duration, 3),
        "chapters": [
            {"title": c.title, "scene": c.scene_id, "start": c.start, "end": c.end} for c in record.chapters
        ],
        "exercises": _exercises_entry(lecture, media, quality),
    }


def course_manifest(
    course: Course, quality: str, records: dict[str, LectureRecord], media: Path | None = None
) -> dict[str, Any]:
    """The course.json document: every module and lecture in course order that has published files."""
    modules = []
    for module in course.modules:
        lectures = [
            _lecture_entry(lec, records[lec.id], media, quality) for lec in module.lectures if lec.id in records
        ]
        if lectures:
            modules.append({"id": module.id, "title": module.title, "lectures": lectures})
    return {"title": course.title, "quality": quality, "modules": modules}


def write_manifest(media: Path, course: Course, quality: str) -> Path:
    """Write ``media/<quality>/course.json`` from the lectures published so far."""
    records = {}
    for lecture in course.lectures:
        record = read_record(media, quality, lecture.id)
        if record is not None:
            records[lecture.id] = record
    path = media / quality / "course.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(course_manifest(course, quality, records, media), indent=2))
    return path


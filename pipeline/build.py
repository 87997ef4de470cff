"""A build: plan what is stale, render it in parallel, assemble lectures, publish the course manifest.

``plan_jobs``, ``lecture_key`` and the status split are pure; rendering and ffmpeg happen through
``pipeline.executor`` and ``pipeline.assemble``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.assemble import Part, assemble_lecture
from pipeline.cache import Cache, Segment, environment_fingerprint, segment_key
from pipeline.errors import PipelineError
from pipeline.executor import PROJECT_ROOT, Job, JobResult, run_jobs
from pipeline.lock import media_lock
from pipeline.plan import Course, Lecture, select_lectures
from pipeline.publish import LectureRecord, read_record, write_manifest, write_record

__all__ = ["BuildResult", "plan_jobs", "lecture_key", "cached_segments", "build", "Reporter"]

TITLE_CARD = "__title__"


def title_job(course: Course, lecture: Lecture) -> Job:
    """The job that renders a lecture's title card."""
    module_title = next(m.title for m in course.modules if m.id == lecture.module)
    params = {"course": course.title, "module": module_title, "lecture": lecture.title, "number": lecture.number}
    return Job(f"{lecture.id}.{TITLE_CARD}", lecture.title, None, None, "TitleCard", params)


def plan_jobs(course: Course, lectures: Sequence[Lecture]) -> dict[str, list[Job]]:
    """Per lecture id, its jobs in play order: the title card, then each scene."""
    plan: dict[str, list[Job]] = {}
    for lecture in lectures:
        jobs = [title_job(course, lecture)]
        jobs += [Job(s.id, s.title, s.id, s.file, s.class_name) for s in lecture.scenes]
        plan[lecture.id] = jobs
    return plan


def lecture_key(lecture: Lecture, jobs: Sequence[Job], segments: Sequence[Segment]) -> str:
    """What a published lecture was made from: its segments, chapter titles and name (pure)."""
    payload = {
        "lecture": lecture.id,
        "stem": lecture.stem,
        "title": lecture.title,
        "parts": [[job.title, job.scene_id, seg.key] for job, seg in zip(jobs, segments, strict=True)],
        "assembly": 1,
    }
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:32]


def cached_segments(jobs: Sequence[Job], quality: str, cache: Cache, env: str, force: bool) -> dict[str, Segment]:
    """The jobs whose current cache key has a stored, intact segment (none when ``force``)."""
    found: dict[str, Segment] = {}
    if force:
        return found
    for job in jobs:
        closure = cache.recorded_closure(job.job_id)
        if closure is None:
            continue
        key = segment_key(job.job_id, quality, job.params, cache.digests(closure), env)
        segment = cache.lookup(key)
        if segment is not None:
            found[job.job_id] = segment
    return found


class Reporter:
    """What a build tells the person watching; the CLI supplies a live display, tests a silent one."""

    def planned(self, total: int, cached: int, to_render: int) -> None: ...

    def event(self, kind: str, job: Job, result: JobResult | None) -> None: ...

    def assembled(self, lecture: Lecture, seconds: float, path: Path | None, error: str | None) -> None: ...

    def waiting(self, message: str) -> None: ...


@dataclass
class BuildResult:
    """What a build did: rendered, reused, failed, and which lectures it published."""

    lectures: list[Lecture]
    rendered: list[JobResult] = field(default_factory=list)
    cached: int = 0
    failures: list[str] = field(default_factory=list)
    published: dict[str, LectureRecord] = field(default_factory=dict)
    assembled: list[str] = field(default_factory=list)
    manifest: Path | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def build(
    course: Course,
    targets: Sequence[str],
    quality: str,
    workers: int,
    media: Path,
    force: bool = False,
    reporter: Reporter | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> BuildResult:
    """Render what is stale for ``targets`` at ``quality``, assemble their lectures and publish course.json.

    One build at a time per media folder: a second one waits (and says so), then finds the first one's work
    in the cache.
    """
    started = clock()
    reporter = reporter or Reporter()
    lectures = select_lectures(course, targets)
    try:
        media.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PipelineError(
            f"Cannot create the output folder {media}: {err.strerror}; choose a writable place."
        ) from None
    with media_lock(media, reporter.waiting):
        result = _build_locked(course, lectures, quality, workers, media, force, reporter, clock)
    result.seconds = clock() - started
    return result


def _build_locked(
    course: Course, lectures: list[Lecture], quality: str, workers: int, media: Path, force: bool,
    reporter: Reporter, clock: Callable[[], float],
) -> BuildResult:
    result = BuildResult(lectures)
    cache = Cache(media / "cache", PROJECT_ROOT)
    env = environment_fingerprint()
    plan = plan_jobs(course, lectures)
    all_jobs = [job for jobs in plan.values() for job in jobs]
    segments = cached_segments(all_jobs, quality, cache, env, force)
    stale = [job for job in all_jobs if job.job_id not in segments]
    # Longest first (by the last render's time; never-rendered first of all), so no long scene starts last.
    stale.sort(key=lambda job: -(cache.last_seconds(job.job_id) or float("inf")))
    result.cached = len(all_jobs) - len(stale)
    reporter.planned(len(all_jobs), result.cached, len(stale))
    roots = sorted({PROJECT_ROOT, course.root})
    result.rendered = run_jobs(stale, quality, cache, media, env, roots, workers, reporter.event)
    for res in result.rendered:
        if res.ok and res.segment is not None:
            segments[res.job.job_id] = res.segment
        else:
            where = f" (log: {res.log})" if res.log else ""
            result.failures.append(f"{res.job.job_id}: {res.error}{where}")
    for lecture in lectures:
        _publish_lecture(course, lecture, plan[lecture.id], segments, quality, cache, media, result, reporter, clock)
    result.manifest = write_manifest(media, course, quality)
    shutil.rmtree(media / "tmp", ignore_errors=True)
    return result


def _publish_lecture(
    course: Course, lecture: Lecture, jobs: list[Job], segments: dict[str, Segment], quality: str, cache: Cache,
    media: Path, result: BuildResult, reporter: Reporter, clock: Callable[[], float],
) -> None:
    missing = [job.job_id for job in jobs if job.job_id not in segments]
    if missing:
        message = f"{lecture.id} was not assembled: {len(missing)} of its scenes did not render"
        result.failures.append(message)
        reporter.assembled(lecture, 0.0, None, message)
        return
    parts_segments = [segments[job.job_id] for job in jobs]
    key = lecture_key(lecture, jobs, parts_segments)
    record = read_record(media, quality, lecture.id)
    if record is not None and record.key == key:
        result.published[lecture.id] = record
        return
    started = clock()
    bad = [seg.scene_id for seg in parts_segments if not cache.verify(seg)]
    if bad:
        names = ", ".join(bad)
        message = f"{lecture.id} was not assembled: cached segments of {names} are damaged; rebuild with --force"
        result.failures.append(message)
        reporter.assembled(lecture, 0.0, None, message)
        return
    parts = [
        Part(job.title, job.scene_id, seg.video, seg.captions.read_text(encoding="utf-8"), seg.duration)
        for job, seg in zip(jobs, parts_segments, strict=True)
    ]
    out_dir = media / quality / lecture.module
    work = media / "tmp" / f"assemble-{lecture.id}-{uuid.uuid4().hex[:8]}"
    try:
        output = assemble_lecture(lecture.title, parts, out_dir, lecture.stem, work)
    except PipelineError as err:
        result.failures.append(f"{lecture.id}: {err}")
        reporter.assembled(lecture, clock() - started, None, str(err))
        return
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = media / quality
    record = LectureRecord(
        key=key,
        video=str(output.video.relative_to(base)),
        captions=str(output.captions.relative_to(base)),
        poster=str(output.poster.relative_to(base)),
        duration=output.duration,
        chapters=output.chapters,
    )
    write_record(media, quality, lecture.id, record)
    result.published[lecture.id] = record
    result.assembled.append(lecture.id)
    reporter.assembled(lecture, clock() - started, output.video, None)

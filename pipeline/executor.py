"""Run render jobs, each in its own worker process, N at a time, and move validated output into the cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.cache import Cache, Segment, segment_key

__all__ = ["Job", "JobResult", "run_jobs", "PROJECT_ROOT"]

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Job:
    """One scene (or title card) to render at one quality."""

    job_id: str
    title: str
    scene_id: str | None
    file: Path | None
    class_name: str
    params: dict[str, Any] = field(default_factory=dict)

    def spec(self, quality: str, workdir: Path, roots: Sequence[Path], frame_only: bool = False) -> dict[str, Any]:
        """The JSON job description the worker reads."""
        return {
            "job_id": self.job_id,
            "file": str(self.file) if self.file else None,
            "class_name": self.class_name,
            "title_card": self.params or None,
            "quality": quality,
            "workdir": str(workdir),
            "roots": [str(r) for r in roots],
            "frame_only": frame_only,
        }


@dataclass(frozen=True)
class JobResult:
    job: Job
    ok: bool
    seconds: float
    segment: Segment | None = None
    frame: Path | None = None
    error: str = ""
    log: Path | None = None


Callback = Callable[[str, Job, JobResult | None], None]


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def run_one(
    job: Job, quality: str, cache: Cache, media: Path, env_fingerprint: str, roots: Sequence[Path],
    frame_only: bool = False,
) -> JobResult:
    """Render one job in a worker process; on success store the segment (or return the frame)."""
    started = time.monotonic()
    workdir = media / "tmp" / f"{job.job_id}.{uuid.uuid4().hex[:8]}"
    workdir.mkdir(parents=True)
    log_dir = media / "logs" / quality
    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{job.job_id}.log"
    try:
        spec_path = workdir / "job.json"
        spec_path.write_text(json.dumps(job.spec(quality, workdir, roots, frame_only)))
        with open(log, "w", encoding="utf-8") as log_file:
            proc = subprocess.run(
                [sys.executable, "-m", "pipeline.worker", str(spec_path)],
                cwd=PROJECT_ROOT, env=_worker_env(), stdout=log_file, stderr=subprocess.STDOUT, check=False,
            )
        try:
            result = json.loads((workdir / "result.json").read_text())
        except (OSError, ValueError):
            result = {"ok": False, "error": f"the worker died (exit status {proc.returncode})", "closure": []}
        elapsed = time.monotonic() - started
        if not result.get("ok"):
            return JobResult(job, False, elapsed, error=str(result.get("error")), log=log)
        if frame_only:
            frames = media / quality / "frames"
            frames.mkdir(parents=True, exist_ok=True)
            target = frames / f"{job.job_id}.png"
            shutil.move(result["frame"], target)
            return JobResult(job, True, elapsed, frame=target, log=log)
        closure = [Path(p) for p in result["closure"]]
        key = segment_key(job.job_id, quality, job.params, cache.digests(closure), env_fingerprint)
        segment = cache.put(key, job.job_id, Path(result["video"]), Path(result["captions"]), float(result["duration"]))
        cache.record_closure(job.job_id, closure, elapsed)
        return JobResult(job, True, elapsed, segment=segment, log=log)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run_jobs(
    jobs: Sequence[Job], quality: str, cache: Cache, media: Path, env_fingerprint: str, roots: Sequence[Path],
    workers: int, on_event: Callback,
) -> list[JobResult]:
    """Render ``jobs`` with ``workers`` processes at once; one failing job never stops the others."""
    results: list[JobResult] = []
    if not jobs:
        return results
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {}
        for job in jobs:
            futures[pool.submit(_announced, job, quality, cache, media, env_fingerprint, roots, on_event)] = job
        for future in as_completed(futures):
            job = futures[future]
            try:
                res = future.result()
            except Exception as exc:  # noqa: BLE001 - a broken job is reported, the rest go on
                res = JobResult(job, False, 0.0, error=f"{type(exc).__name__}: {exc}")
            results.append(res)
            on_event("done", job, res)
    return results


def _announced(
    job: Job, quality: str, cache: Cache, media: Path, env_fingerprint: str, roots: Sequence[Path], on_event: Callback
) -> JobResult:
    on_event("start", job, None)
    return run_one(job, quality, cache, media, env_fingerprint, roots)

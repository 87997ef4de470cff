"""The content-addressed store of rendered scene segments.

A segment's key hashes everything that can change its frames: the scene id and its parameters, the quality,
the contents of every file in its dependency closure (recorded at render time, like a compiler's depfile),
and the versions of Manim, Cairo, Pango, PyAV, TeX and the segment format. Layout under ``media/cache``::

    deps/<scene id>.json        the closure recorded by the scene's last render (paths)
    segments/<key>/             segment.mp4, captions.srt, meta.json; moved in whole, atomically
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from pipeline.files import atomic_write

__all__ = [
    "SEGMENT_FORMAT",
    "environment_fingerprint",
    "file_digest",
    "segment_key",
    "Cache",
    "Segment",
]

#: Bump when the worker's segment normalisation changes (audio layout, container flags).
SEGMENT_FORMAT = 1

_PACKAGES = ("manim", "av", "pycairo", "manimpango", "numpy", "scipy")


def _first_line(args: list[str]) -> str:
    try:
        out = subprocess.run(args, capture_output=True, text=True, check=False, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return "missing"
    return (out.stdout.strip() or out.stderr.strip() or "missing").splitlines()[0]


@functools.cache
def environment_fingerprint() -> str:
    """A hash of the library and tool versions that shape rendered frames (computed once per process)."""
    parts: dict[str, str] = {"segment_format": str(SEGMENT_FORMAT)}
    for package in _PACKAGES:
        try:
            parts[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            parts[package] = "missing"
    parts["cairo"] = _first_line(["pkg-config", "--modversion", "cairo"])
    parts["pango"] = _first_line(["pkg-config", "--modversion", "pangocairo"])
    parts["latex"] = _first_line(["latex", "--version"])
    parts["dvisvgm"] = _first_line(["dvisvgm", "--version"])
    parts["font"] = _first_line(["fc-match", "-f", "%{file}", "Lato"])
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, or ``missing`` when it is gone."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def segment_key(scene_id: str, quality: str, params: Mapping[str, object], digests: Mapping[str, str], env: str) -> str:
    """The cache key of one render job (pure)."""
    payload = {
        "scene": scene_id,
        "quality": quality,
        "params": dict(params),
        "files": dict(sorted(digests.items())),
        "env": env,
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Segment:
    """A validated rendered scene in the store."""

    key: str
    video: Path
    captions: Path
    duration: float
    scene_id: str


class Cache:
    """The store under ``media/cache``: lookups, atomic puts and validation on read."""

    def __init__(self, root: Path, project_root: Path) -> None:
        self.root = root
        self.project_root = project_root
        self.segments = root / "segments"
        self.deps = root / "deps"

    # -- dependency closures ---------------------------------------------------------------------------
    def _rel(self, path: Path) -> str:
        try:
            return str(path.resolve().relative_to(self.project_root.resolve()))
        except ValueError:
            return str(path.resolve())

    def _abs(self, stored: str) -> Path:
        p = Path(stored)
        return p if p.is_absolute() else self.project_root / p

    def recorded_closure(self, job_id: str) -> list[Path] | None:
        """The files the job's last render depended on, or None when it never rendered."""
        try:
            data = json.loads((self.deps / f"{job_id}.json").read_text())
            return [self._abs(p) for p in data["files"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def record_closure(self, job_id: str, files: Iterable[Path], seconds: float | None = None) -> None:
        """Remember a render's closure and how long it took (written atomically)."""
        self.deps.mkdir(parents=True, exist_ok=True)
        record: dict[str, object] = {"files": sorted({self._rel(f) for f in files})}
        if seconds is not None:
            record["seconds"] = round(seconds, 2)
        body = json.dumps(record, indent=1)
        atomic_write(self.deps / f"{job_id}.json", body)

    def last_seconds(self, job_id: str) -> float | None:
        """How long the job's last render took, if it ever rendered."""
        try:
            return float(json.loads((self.deps / f"{job_id}.json").read_text())["seconds"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def digests(self, files: Iterable[Path]) -> dict[str, str]:
        """Content hashes of the closure's files, keyed by their stored names."""
        return {self._rel(f): file_digest(f) for f in files}

    # -- segments --------------------------------------------------------------------------------------
    def lookup(self, key: str) -> Segment | None:
        """The segment stored under ``key`` if it is complete; a damaged entry is removed and reported missing."""
        folder = self.segments / key
        try:
            meta = json.loads((folder / "meta.json").read_text())
            video = folder / "segment.mp4"
            if video.stat().st_size != meta["size"]:
                raise ValueError("size mismatch")
            return Segment(key, video, folder / "captions.srt", float(meta["duration"]), str(meta["scene"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def verify(self, segment: Segment) -> bool:
        """Full check before a segment is published: its bytes still hash to what was stored."""
        try:
            meta = json.loads((segment.video.parent / "meta.json").read_text())
        except (OSError, ValueError):
            return False
        return bool(file_digest(segment.video) == meta.get("sha256"))

    def put(self, key: str, scene_id: str, video: Path, captions: Path, duration: float) -> Segment:
        """Move a validated render into the store atomically (a whole folder, renamed into place)."""
        self.segments.mkdir(parents=True, exist_ok=True)
        staging = self.segments / f".{key}.{uuid.uuid4().hex[:8]}.tmp"
        staging.mkdir()
        shutil.move(str(video), staging / "segment.mp4")
        if captions.is_file():
            shutil.move(str(captions), staging / "captions.srt")
        else:
            (staging / "captions.srt").write_text("", encoding="utf-8")
        stored = staging / "segment.mp4"
        meta = {
            "scene": scene_id,
            "duration": duration,
            "size": stored.stat().st_size,
            "sha256": file_digest(stored),
        }
        (staging / "meta.json").write_text(json.dumps(meta, indent=1))
        final = self.segments / key
        try:
            os.rename(staging, final)
        except OSError:
            # Another build stored the same key first: theirs is as good as ours.
            shutil.rmtree(staging, ignore_errors=True)
        found = self.lookup(key)
        if found is None:
            raise OSError(f"the cache entry {key} vanished right after it was stored")
        return found


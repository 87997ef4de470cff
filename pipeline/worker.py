"""Render one scene in this process: ``python -m pipeline.worker JOB.json``.

Manim's ``config`` is process-wide, so every job gets its own process and its own media folder (which also
keeps each job's TeX folder private). The worker records the job's dependency closure (the project modules it
imported and the project files it opened), gives the video the common audio layout, validates it, and writes
``result.json`` beside the job. It never touches the cache: the parent moves validated output in.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

from pipeline.media import add_silent_audio, validate_segment
from pipeline.plan import QUALITIES

__all__ = ["main", "closure_files"]

_EXCLUDED_PARTS = {".venv", "media", "__pycache__", ".git", "pipeline", "tests"}


def closure_files(opened: set[str], roots: list[Path], modules: dict[str, ModuleType]) -> list[Path]:
    """Project files a render depended on: imported modules and opened files under the roots.

    The pipeline's own code, the virtualenv, outputs and tests are left out (the segment format version in the
    cache key stands for the pipeline).
    """
    candidates: set[Path] = set()
    for module in list(modules.values()):
        file = getattr(module, "__file__", None)
        if file:
            candidates.add(Path(file))
    candidates |= {Path(p) for p in opened}
    resolved_roots = [r.resolve() for r in roots]
    found: set[Path] = set()
    for path in candidates:
        try:
            real = path.resolve()
        except OSError:
            continue
        if real.suffix == ".pyc" or not real.is_file():
            continue
        for root in resolved_roots:
            try:
                rel = real.relative_to(root)
            except ValueError:
                continue
            folders = rel.parts[:-1]
            if not _EXCLUDED_PARTS.intersection(folders) and not any(f.endswith(".egg-info") for f in folders):
                found.add(real)
            break
    return sorted(found)


def _load_scene_class(job: dict[str, Any]) -> type:
    if job.get("title_card"):
        from scenes.kit.titlecard import make_title_card

        card = job["title_card"]
        return make_title_card(card["course"], card["module"], card["lecture"], int(card["number"]))
    file = Path(job["file"])
    name = "mml_lecture_" + "_".join(job["job_id"].split(".")[:2])
    spec = importlib.util.spec_from_file_location(name, file)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {file}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    cls = getattr(module, job["class_name"], None)
    from manim import Scene

    if not (isinstance(cls, type) and issubclass(cls, Scene)):
        raise TypeError(f"{job['class_name']} in {file.name} is not a Manim Scene class")
    return cls


def _where(exc: BaseException, roots: list[Path]) -> str:
    """``file:line`` of the innermost traceback frame inside the project, for error messages."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        path = Path(frame.filename)
        for root in roots:
            try:
                rel = path.resolve().relative_to(root.resolve())
            except ValueError:
                continue
            if rel.parts and rel.parts[0] not in {"pipeline", ".venv"}:
                return f" (at {rel}:{frame.lineno})"
    return ""


def render(job: dict[str, Any]) -> dict[str, Any]:
    """Render the job's scene into its work folder and return the result record."""
    from manim import tempconfig

    workdir = Path(job["workdir"])
    quality = QUALITIES[job["quality"]]
    scene_cls = _load_scene_class(job)
    settings: dict[str, Any] = {
        "media_dir": str(workdir / "manim"),
        "quality": quality.manim_name,
        "disable_caching": True,
        "output_file": "scene",
        "verbosity": "WARNING",
        "progress_bar": "none",
    }
    if job.get("frame_only"):
        settings.update({"save_last_frame": True, "write_to_movie": False})
    with tempconfig(settings):
        scene = scene_cls()
        scene.render()
        final = Path(scene.renderer.file_writer.final_file_path)
    if job.get("frame_only"):
        return {"ok": True, "frame": str(final)}
    segment = workdir / "segment.mp4"
    add_silent_audio(final, segment)
    info = validate_segment(segment, quality.width, quality.height, quality.fps)
    captions = final.with_suffix(".srt")
    return {"ok": True, "video": str(segment), "captions": str(captions), "duration": info.duration}


def main(argv: list[str] | None = None) -> int:
    """Run the job described by the JSON file named on the command line; always write result.json."""
    args = sys.argv[1:] if argv is None else argv
    job_path = Path(args[0])
    job = json.loads(job_path.read_text())
    roots = [Path(r) for r in job["roots"]]
    opened: set[str] = set()

    def audit(event: str, event_args: tuple[Any, ...]) -> None:
        if event == "open" and event_args and isinstance(event_args[0], str | os.PathLike):
            opened.add(os.fspath(event_args[0]))

    sys.addaudithook(audit)
    try:
        result = render(job)
    except BaseException as exc:  # noqa: BLE001 - every failure becomes a result for the parent to report
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        message = f"{type(exc).__name__}{': ' + detail if detail else ''}{_where(exc, roots)}"
        traceback.print_exc()
        result = {"ok": False, "error": message}
    if job.get("file"):
        opened.add(job["file"])
    result["closure"] = [str(p) for p in closure_files(opened, roots, dict(sys.modules))]
    (job_path.parent / "result.json").write_text(json.dumps(result, indent=1))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

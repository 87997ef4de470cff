"""``render.py check``: is this machine ready, is the outline valid, does every scene load."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.executor import PROJECT_ROOT, _worker_env
from pipeline.plan import Course, load_course

__all__ = ["Check", "run_checks"]

APT = "sudo apt-get install -y --no-install-recommends"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str  # the version or what was found when ok; the fix when not


def _tool(name: str, package: str) -> Check:
    path = shutil.which(name)
    if path:
        return Check(name, True, path)
    return Check(name, False, f"missing: {APT} {package}  (or run `make setup`)")


def _tex_file(name: str, package: str) -> Check:
    kpse = shutil.which("kpsewhich")
    found = subprocess.run([kpse, name], capture_output=True, text=True).stdout.strip() if kpse else ""
    if found:
        return Check(name, True, found)
    return Check(name, False, f"missing: {APT} {package}")


def _font(family: str, package: str) -> Check:
    fc = shutil.which("fc-list")
    out = subprocess.run([fc, family], capture_output=True, text=True).stdout if fc else ""
    if out.strip():
        return Check(f"font {family}", True, out.splitlines()[0].split(":")[0])
    return Check(f"font {family}", False, f"missing: {APT} {package}")


def _python_package(name: str) -> Check:
    try:
        return Check(f"python {name}", True, metadata.version(name))
    except metadata.PackageNotFoundError:
        return Check(f"python {name}", False, "missing: run `make setup` (installs the project into .venv)")


_PROBE = r"""
import json, sys, importlib.util, tempfile
from manim import Scene, tempconfig
from manim.utils.tex_file_writing import tex_to_svg_file
out = {}
with tempfile.TemporaryDirectory() as tmp, tempconfig({"media_dir": tmp, "tex_dir": tmp, "verbosity": "ERROR"}):
    try:
        tex_to_svg_file(r"\vec v \cdot \vec w = \sum_i v_i w_i", environment="align*")
        out["__latex__"] = ""
    except Exception as exc:
        out["__latex__"] = f"{type(exc).__name__}: {exc}".splitlines()[0]
for i, (file, classes) in enumerate(json.loads(sys.argv[1]).items()):
    try:
        spec = importlib.util.spec_from_file_location(f"mml_check_{i}", file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found = {c: getattr(module, c, None) for c in classes}
        bad = [c for c, v in found.items() if not (isinstance(v, type) and issubclass(v, Scene))]
        out[file] = f"not Manim scenes: {', '.join(bad)}" if bad else ""
    except Exception as exc:
        out[file] = f"{type(exc).__name__}: {exc}".splitlines()[0]
print(json.dumps(out))
"""


def _scenes_load(course: Course) -> list[Check]:
    listing = {str(lec.file): [s.class_name for s in lec.scenes] for lec in course.lectures}
    with tempfile.TemporaryDirectory():
        proc = subprocess.run(
            [sys.executable, "-c", _PROBE, json.dumps(listing)],
            capture_output=True, text=True, cwd=PROJECT_ROOT, env=_worker_env(), check=False,
        )
    try:
        found = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return [Check("manim", False, f"cannot import manim: {tail}; run `make setup`")]
    checks = [
        Check("LaTeX renders a formula", not found["__latex__"], found["__latex__"] or "MathTex compiled to SVG")
    ]
    for lec in course.lectures:
        problem = found.get(str(lec.file), "not checked")
        checks.append(Check(f"scenes of {lec.id}", not problem, problem or f"{len(lec.scenes)} scenes load"))
    return checks


def run_checks(course_path: Path) -> list[Check]:
    """Every requirement, each ok or missing with its fix."""
    checks = [
        _python_package("manim"),
        _python_package("numpy"),
        _python_package("scipy"),
        _python_package("ffmpeg-python"),
        _python_package("click"),
        _tool("ffmpeg", "ffmpeg"),
        _tool("ffprobe", "ffmpeg"),
        _tool("latex", "texlive-latex-base"),
        _tool("dvisvgm", "dvisvgm"),
        _tex_file("standalone.cls", "texlive-latex-extra"),
        _tex_file("preview.sty", "preview-latex-style"),
        _font("Lato", "fonts-lato"),
    ]
    try:
        course = load_course(course_path)
    except PipelineError as err:
        checks.append(Check("course outline", False, str(err)))
        return checks
    checks.append(Check("course outline", True, f"{len(course.lectures)} lectures, {len(course.scenes)} scenes"))
    if all(c.ok for c in checks if c.name.startswith("python manim")):
        checks += _scenes_load(course)
    return checks

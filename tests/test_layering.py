"""The layers point one way: mlmath and the planner never import manim; the pipeline never imports scenes."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _modules_after_import(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_every_mlmath_module_does_not_import_manim() -> None:
    loaded = _modules_after_import(
        "import importlib, pkgutil, mlmath; "
        "[importlib.import_module('mlmath.' + m.name) for m in pkgutil.iter_modules(mlmath.__path__)]"
    )
    assert "mlmath.linalg" in loaded
    assert not any(name == "manim" or name.startswith("manim.") for name in loaded)


def test_planning_imports_neither_manim_nor_scenes() -> None:
    loaded = _modules_after_import(
        "import pipeline.plan, pipeline.build, pipeline.cache, pipeline.assemble, pipeline.publish"
    )
    assert "pipeline.build" in loaded
    assert not any(name.split(".")[0] in {"manim", "scenes"} for name in loaded)

"""Graphical regression: each scene's last frame at low resolution against a stored reference.

References live in tests/graphical/references/<scene id>.npz. Regenerate them on purpose with
``make references`` (``pytest tests/test_graphical.py --set-references``) and review the change before committing;
a failing comparison writes the frame, the reference and their difference to tests/artifacts/.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.plan import load_course
from tests.conftest import ROOT

pytestmark = pytest.mark.render

REFERENCES = Path(__file__).resolve().parent / "graphical" / "references"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
#: A pixel channel may differ by this much (anti-aliasing noise) ...
CHANNEL_TOLERANCE = 24
#: ... and at most this share of pixels may differ by more.
PIXEL_SHARE = 0.002

SCENES = [(scene.id, scene.file, scene.class_name) for scene in load_course(ROOT / "course.toml").scenes]


def _load_class(file: Path, name: str) -> type:
    from scenes.kit.lint import load_module

    return getattr(load_module(file), name)


def _save_png(path: Path, pixels: np.ndarray) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path)


@pytest.mark.parametrize(("scene_id", "file", "class_name"), SCENES, ids=[s[0] for s in SCENES])
def test_last_frame_matches_its_reference(scene_id: str, file: Path, class_name: str, request) -> None:
    from scenes.kit.snapshot import last_frame

    frame = last_frame(_load_class(file, class_name))
    reference = REFERENCES / f"{scene_id}.npz"
    if request.config.getoption("--set-references"):
        REFERENCES.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(reference, frame=frame)
        return
    assert reference.is_file(), f"no reference for {scene_id}: run `make references` and commit it"
    expected = np.load(reference)["frame"]
    assert frame.shape == expected.shape
    diff = np.abs(frame.astype(int) - expected.astype(int)).max(axis=2)
    share = float(np.mean(diff > CHANNEL_TOLERANCE))
    if share > PIXEL_SHARE:
        _save_png(ARTIFACTS / f"{scene_id}.actual.png", frame)
        _save_png(ARTIFACTS / f"{scene_id}.expected.png", expected)
        _save_png(ARTIFACTS / f"{scene_id}.diff.png", np.minimum(diff * 4, 255).astype(np.uint8))
    assert share <= PIXEL_SHARE, f"{scene_id}: {share:.2%} of pixels differ (see tests/artifacts/)"


def test_there_is_no_reference_for_a_scene_that_no_longer_exists() -> None:
    known = {scene_id for scene_id, _, _ in SCENES}
    stale = sorted(p.stem for p in REFERENCES.glob("*.npz") if p.stem not in known)
    assert not stale, f"remove stale references: {stale}"

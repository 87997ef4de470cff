"""A scene's last frame as pixels, rendered in-process without writing video (for graphical tests)."""

from __future__ import annotations

import tempfile

import numpy as np
from manim import Scene, tempconfig

__all__ = ["last_frame"]


def last_frame(scene_cls: type[Scene], width: int = 428, height: int = 240) -> np.ndarray:
    """Render ``scene_cls`` with animations skipped and return its final frame as an RGB uint8 array."""
    with tempfile.TemporaryDirectory(prefix="mml-frame-") as tmp, tempconfig(
        {
            "quality": "low_quality",
            "pixel_width": width,
            "pixel_height": height,
            "skip_animations": True,
            "write_to_movie": False,
            "save_last_frame": True,
            "disable_caching": True,
            "media_dir": tmp,
            "verbosity": "ERROR",
            "progress_bar": "none",
        }
    ):
        scene = scene_cls()
        scene.render()
        frame = np.asarray(scene.renderer.get_frame())
    return np.ascontiguousarray(frame[:, :, :3], dtype=np.uint8)

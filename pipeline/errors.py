"""Errors the pipeline reports to people: each message is one clear sentence naming what is wrong and what to do."""

from __future__ import annotations

__all__ = ["PipelineError", "OutlineError", "UnknownIdError", "ToolError"]


class PipelineError(Exception):
    """A problem the user can fix; ``str(err)`` is the sentence to show them."""


class OutlineError(PipelineError):
    """``course.toml`` or a lecture file does not describe a valid course."""


class UnknownIdError(PipelineError):
    """A target or scene id that the course does not have."""


class ToolError(PipelineError):
    """An external tool (ffmpeg, ffprobe, latex) is missing or failed."""

"""ffprobe/ffmpeg at the edge: probing, validating, the silent audio track, concat, posters, full decodes."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ffmpeg

from pipeline.errors import ToolError

__all__ = [
    "Probe",
    "probe",
    "require_tool",
    "validate_segment",
    "add_silent_audio",
    "full_decode_errors",
    "extract_poster",
    "AUDIO_RATE",
]

#: Every segment carries this audio layout (silent where a scene has no sound) so that concat stays valid.
AUDIO_RATE = 48000
AUDIO_CHANNELS = 2


def require_tool(name: str) -> str:
    """The path of an external program, or a ToolError that says how to get it."""
    found = shutil.which(name)
    if not found:
        raise ToolError(f"{name} is not installed: run `make setup` (or `apt-get install ffmpeg`) and try again.")
    return found


def _run(args: list[str], what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise ToolError(f"{what} failed: {last}")
    return result


@dataclass(frozen=True)
class Probe:
    """What ffprobe measured of a media file."""

    duration: float
    video_codec: str | None
    pix_fmt: str | None
    width: int
    height: int
    fps: float
    audio_codec: str | None
    audio_rate: int
    audio_channels: int
    subtitle_codecs: tuple[str, ...]
    chapters: tuple[tuple[str, float, float], ...]
    raw: dict[str, object]


def probe(path: Path) -> Probe:
    """Run ffprobe on ``path`` and return the parts the pipeline checks."""
    try:
        data = ffmpeg.probe(str(path), cmd=require_tool("ffprobe"), show_chapters=None)
    except ffmpeg.Error as err:
        last = (err.stderr.decode(errors="replace").strip().splitlines() or ["no output"])[-1]
        raise ToolError(f"ffprobe of {path.name} failed: {last}") from None
    streams = data.get("streams", [])
    video: dict[str, Any] = next((s for s in streams if s.get("codec_type") == "video"), {})
    audio: dict[str, Any] = next((s for s in streams if s.get("codec_type") == "audio"), {})
    subs = tuple(s.get("codec_name", "") for s in streams if s.get("codec_type") == "subtitle")
    num, _, den = str(video.get("avg_frame_rate", "0/1")).partition("/")
    fps = float(num) / float(den) if den and float(den) else 0.0
    chapters = tuple(
        (str(c.get("tags", {}).get("title", "")), float(c["start_time"]), float(c["end_time"]))
        for c in data.get("chapters", [])
    )
    return Probe(
        duration=float(data.get("format", {}).get("duration", 0.0)),
        video_codec=video.get("codec_name"),
        pix_fmt=video.get("pix_fmt"),
        width=int(video.get("width", 0)),
        height=int(video.get("height", 0)),
        fps=fps,
        audio_codec=audio.get("codec_name"),
        audio_rate=int(audio.get("sample_rate", 0) or 0),
        audio_channels=int(audio.get("channels", 0) or 0),
        subtitle_codecs=subs,
        chapters=chapters,
        raw=data,
    )


def validate_segment(path: Path, width: int, height: int, fps: int) -> Probe:
    """Probe a scene segment and raise ToolError unless it is h264/yuv420p at the quality's size and rate,
    with the project's audio layout and a positive duration."""
    if not path.is_file() or path.stat().st_size == 0:
        raise ToolError(f"segment {path.name} is missing or empty")
    info = probe(path)
    problems = []
    if info.video_codec != "h264" or info.pix_fmt != "yuv420p":
        problems.append(f"video is {info.video_codec}/{info.pix_fmt}, expected h264/yuv420p")
    if (info.width, info.height) != (width, height):
        problems.append(f"size is {info.width}x{info.height}, expected {width}x{height}")
    if abs(info.fps - fps) > 0.01:
        problems.append(f"frame rate is {info.fps:g}, expected {fps}")
    if info.audio_codec != "aac" or info.audio_rate != AUDIO_RATE or info.audio_channels != AUDIO_CHANNELS:
        problems.append(f"audio is {info.audio_codec} {info.audio_rate} Hz x{info.audio_channels}, expected aac")
    if info.duration <= 0:
        problems.append("duration is zero")
    if problems:
        raise ToolError(f"segment {path.name} is invalid: {'; '.join(problems)}")
    return info


def add_silent_audio(video: Path, out: Path) -> None:
    """Copy ``video``'s picture into ``out`` with a silent stereo AAC track of the same length.

    A scene with its own sound keeps it, resampled to the common layout; the picture is never re-encoded.
    """
    duration = probe(video)
    has_audio = duration.audio_codec is not None
    args = [require_tool("ffmpeg"), "-nostdin", "-v", "error", "-y", "-i", str(video)]
    if has_audio:
        audio_map = ["-map", "0:v:0", "-map", "0:a:0"]
    else:
        args += ["-f", "lavfi", "-i", f"anullsrc=channel_layout=stereo:sample_rate={AUDIO_RATE}"]
        audio_map = ["-map", "0:v:0", "-map", "1:a:0"]
    args += audio_map + [
        "-c:v", "copy", "-c:a", "aac", "-b:a", "96k", "-ar", str(AUDIO_RATE), "-ac", str(AUDIO_CHANNELS),
        "-t", f"{duration.duration:.6f}", "-map_metadata", "-1", str(out),
    ]
    _run(args, f"adding the audio track to {video.name}")


def full_decode_errors(path: Path) -> str:
    """Decode every frame of ``path``; return what ffmpeg complained about (empty when clean)."""
    args = [require_tool("ffmpeg"), "-nostdin", "-v", "error", "-i", str(path), "-f", "null", "-"]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    return (result.stderr.strip() or ("" if result.returncode == 0 else f"ffmpeg exited {result.returncode}"))


def extract_poster(video: Path, at: float, out: Path) -> None:
    """Write the frame at ``at`` seconds of ``video`` as a JPEG poster."""
    args = [
        require_tool("ffmpeg"), "-nostdin", "-v", "error", "-y", "-ss", f"{max(at, 0):.3f}", "-i", str(video),
        "-frames:v", "1", "-q:v", "3", "-f", "image2", str(out),
    ]
    _run(args, f"extracting the poster of {video.name}")

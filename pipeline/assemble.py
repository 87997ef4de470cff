"""Join a lecture: title card plus scenes, concatenated without re-encoding, with chapters, captions and a poster.

The planning half is pure (chapter times, caption offsets, concat lists, metadata text) and unit-tested; ffmpeg
runs only in :func:`assemble_lecture`. Times come from the measured durations of the segments.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import srt

from pipeline.errors import ToolError
from pipeline.media import extract_poster, full_decode_errors, probe, require_tool

__all__ = [
    "Part",
    "Chapter",
    "Cue",
    "chapters_for",
    "shift_captions",
    "ffmetadata",
    "concat_list",
    "to_vtt",
    "to_srt",
    "assemble_lecture",
    "LectureOutput",
]


@dataclass(frozen=True)
class Part:
    """One segment of a lecture in play order."""

    title: str
    scene_id: str | None  # None for the title card
    video: Path
    captions_srt: str
    duration: float


@dataclass(frozen=True)
class Chapter:
    title: str
    scene_id: str | None
    start: float
    end: float


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def chapters_for(parts: Sequence[Part]) -> list[Chapter]:
    """One chapter per part, back to back, from the measured durations."""
    chapters: list[Chapter] = []
    t = 0.0
    for part in parts:
        chapters.append(Chapter(part.title, part.scene_id, round(t, 3), round(t + part.duration, 3)))
        t += part.duration
    return chapters


def shift_captions(parts: Sequence[Part]) -> list[Cue]:
    """All parts' SRT cues on the lecture's clock, each clipped to its own part so none spills into the next."""
    cues: list[Cue] = []
    offset = 0.0
    for part in parts:
        for sub in srt.parse(part.captions_srt):
            start = sub.start.total_seconds()
            end = min(sub.end.total_seconds(), part.duration)
            text = " ".join(sub.content.split())
            if end - start > 0.01 and text:
                cues.append(Cue(round(offset + start, 3), round(offset + end, 3), text))
        offset += part.duration
    return cues


def _escape_meta(value: str) -> str:
    out = value
    for ch in ("\\", "=", ";", "#", "\n"):
        out = out.replace(ch, "\\" + ch)
    return out


def ffmetadata(title: str, chapters: Sequence[Chapter]) -> str:
    """An FFMETADATA1 document with the lecture title and its chapters in milliseconds."""
    lines = [";FFMETADATA1", f"title={_escape_meta(title)}", ""]
    for ch in chapters:
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(ch.start * 1000)}",
            f"END={round(ch.end * 1000)}",
            f"title={_escape_meta(ch.title)}",
            "",
        ]
    return "\n".join(lines)


def concat_list(videos: Sequence[Path]) -> str:
    """The concat demuxer's input list (absolute paths, single quotes escaped)."""
    lines = ["ffconcat version 1.0"]
    for v in videos:
        quoted = str(v.resolve()).replace("'", "'\\''")
        lines.append(f"file '{quoted}'")
    return "\n".join(lines) + "\n"


def _stamp(seconds: float, sep: str) -> str:
    ms = round(seconds * 1000)
    h, rem = divmod(ms, 3_600_000)
    m, rem = divmod(rem, 60_000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_vtt(cues: Sequence[Cue]) -> str:
    """A WebVTT document of the cues (text escaped for HTML)."""
    out = ["WEBVTT", ""]
    for i, cue in enumerate(cues, start=1):
        text = cue.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out += [str(i), f"{_stamp(cue.start, '.')} --> {_stamp(cue.end, '.')}", text, ""]
    return "\n".join(out)


def to_srt(cues: Sequence[Cue]) -> str:
    """An SRT document of the cues, for embedding as the MP4's mov_text track."""
    subs = [
        srt.Subtitle(i, dt.timedelta(seconds=c.start), dt.timedelta(seconds=c.end), c.text)
        for i, c in enumerate(cues, start=1)
    ]
    return str(srt.compose(subs, reindex=False))


@dataclass(frozen=True)
class LectureOutput:
    video: Path
    captions: Path
    poster: Path
    duration: float
    chapters: tuple[Chapter, ...]


def assemble_lecture(title: str, parts: Sequence[Part], out_dir: Path, stem: str, work: Path) -> LectureOutput:
    """Concatenate ``parts`` into ``out_dir/stem.mp4`` (+ .vtt, .jpg), validated, each moved into place atomically."""
    chapters = chapters_for(parts)
    cues = shift_captions(parts)
    work.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    (work / "list.ffconcat").write_text(concat_list([p.video for p in parts]), encoding="utf-8")
    (work / "chapters.txt").write_text(ffmetadata(title, chapters), encoding="utf-8")
    (work / "captions.srt").write_text(to_srt(cues), encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_video = out_dir / f".{stem}.{tag}.tmp.mp4"
    args = [
        require_tool("ffmpeg"), "-nostdin", "-v", "error", "-y",
        "-f", "concat", "-safe", "0", "-i", str(work / "list.ffconcat"),
        "-f", "ffmetadata", "-i", str(work / "chapters.txt"),
    ]
    maps = ["-map", "0:v", "-map", "0:a"]
    if cues:
        args += ["-i", str(work / "captions.srt")]
        maps += ["-map", "2:s", "-c:s", "mov_text", "-metadata:s:s:0", "language=eng"]
    args += maps + [
        "-c:v", "copy", "-c:a", "copy", "-map_metadata", "1", "-map_chapters", "1",
        "-movflags", "+faststart", str(tmp_video),
    ]
    tmp_vtt = out_dir / f".{stem}.{tag}.tmp.vtt"
    tmp_poster = out_dir / f".{stem}.{tag}.tmp.jpg"
    try:
        result = subprocess.run(args, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise ToolError(f"joining {stem} failed: {(result.stderr.strip().splitlines() or ['?'])[-1]}")
        info = probe(tmp_video)
        expected = sum(p.duration for p in parts)
        if info.video_codec != "h264" or abs(info.duration - expected) > 0.25 + 0.01 * len(parts):
            raise ToolError(
                f"the joined {stem} is {info.video_codec}, {info.duration:.2f}s; expected h264, {expected:.2f}s"
            )
        if len(info.chapters) != len(chapters):
            raise ToolError(f"the joined {stem} has {len(info.chapters)} chapters, expected {len(chapters)}")
        errors = full_decode_errors(tmp_video)
        if errors:
            raise ToolError(f"the joined {stem} does not decode cleanly: {errors.splitlines()[0]}")
        tmp_vtt.write_text(to_vtt(cues), encoding="utf-8")
        poster_at = max(0.0, parts[0].duration - 0.3) if parts else 0.0
        extract_poster(tmp_video, poster_at, tmp_poster)
        final_video = out_dir / f"{stem}.mp4"
        final_vtt = out_dir / f"{stem}.vtt"
        final_poster = out_dir / f"{stem}.jpg"
        os.replace(tmp_vtt, final_vtt)
        os.replace(tmp_poster, final_poster)
        os.replace(tmp_video, final_video)
    finally:
        for leftover in (tmp_video, tmp_vtt, tmp_poster):
            leftover.unlink(missing_ok=True)
    return LectureOutput(final_video, final_vtt, final_poster, info.duration, tuple(chapters))

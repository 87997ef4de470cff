"""The pure half of assembly: chapter times, caption offsets, metadata and concat lists."""

from __future__ import annotations

from pathlib import Path

import srt
from hypothesis import given
from hypothesis import strategies as st

from pipeline.assemble import Part, chapters_for, concat_list, ffmetadata, shift_captions, to_srt, to_vtt

SRT_A = "1\n00:00:00,500 --> 00:00:02,000\nHello\n\n2\n00:00:02,000 --> 00:00:09,000\nruns past the end\n"
SRT_B = "1\n00:00:00,000 --> 00:00:01,000\n<b>&</b> more\n"


def _parts() -> list[Part]:
    return [
        Part("Title", None, Path("/a.mp4"), "", 3.0),
        Part("Scene A", "m.l.A", Path("/b.mp4"), SRT_A, 4.2),
        Part("Scene B", "m.l.B", Path("/c's.mp4"), SRT_B, 2.0),
    ]


def test_chapters_follow_the_measured_durations_back_to_back() -> None:
    chapters = chapters_for(_parts())
    assert [(c.title, c.scene_id, c.start, c.end) for c in chapters] == [
        ("Title", None, 0.0, 3.0),
        ("Scene A", "m.l.A", 3.0, 7.2),
        ("Scene B", "m.l.B", 7.2, 9.2),
    ]


def test_captions_move_to_the_lecture_clock_and_stay_inside_their_scene() -> None:
    cues = shift_captions(_parts())
    assert [(c.start, c.end, c.text) for c in cues] == [
        (3.5, 5.0, "Hello"),
        (5.0, 7.2, "runs past the end"),
        (7.2, 8.2, "<b>&</b> more"),
    ]


def test_vtt_escapes_markup_and_uses_dot_milliseconds() -> None:
    vtt = to_vtt(shift_captions(_parts()))
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:07.200 --> 00:00:08.200\n&lt;b&gt;&amp;&lt;/b&gt; more" in vtt


def test_srt_round_trips_through_the_srt_parser() -> None:
    cues = shift_captions(_parts())
    parsed = list(srt.parse(to_srt(cues)))
    assert [p.start.total_seconds() for p in parsed] == [c.start for c in cues]


def test_ffmetadata_writes_millisecond_chapters_and_escapes_titles() -> None:
    text = ffmetadata("A = B; #1", chapters_for(_parts()))
    assert text.startswith(";FFMETADATA1\ntitle=A \\= B\\; \\#1\n")
    assert text.count("[CHAPTER]") == 3
    assert "TIMEBASE=1/1000\nSTART=3000\nEND=7200\ntitle=Scene A" in text


def test_concat_list_quotes_paths_safely() -> None:
    text = concat_list([Path("/c's.mp4")])
    assert text == "ffconcat version 1.0\nfile '/c'\\''s.mp4'\n"


@given(st.lists(st.floats(min_value=0.1, max_value=600), min_size=1, max_size=30))
def test_chapters_tile_the_whole_lecture(durations: list[float]) -> None:
    parts = [Part(f"p{i}", None, Path("/x.mp4"), "", d) for i, d in enumerate(durations)]
    chapters = chapters_for(parts)
    assert chapters[0].start == 0
    assert all(abs(a.end - b.start) < 1e-9 for a, b in zip(chapters, chapters[1:], strict=False))
    assert abs(chapters[-1].end - sum(durations)) < 2e-3

"""The live build display: scenes done/total, what is rendering, elapsed time and an estimate, then a summary."""

from __future__ import annotations

import time
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from pipeline.build import BuildResult, Reporter
from pipeline.executor import Job, JobResult
from pipeline.plan import Lecture

__all__ = ["LiveReporter", "print_summary"]


class LiveReporter(Reporter):
    """A rich progress bar while rendering, with one line per finished scene (readable in CI logs too)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
        )
        self.task: TaskID | None = None
        self.running: list[str] = []
        self.done = 0
        self.total = 0
        self.started = time.monotonic()

    def __enter__(self) -> LiveReporter:
        return self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.progress.stop()

    def waiting(self, message: str) -> None:
        self.console.print(message, highlight=False)

    def planned(self, total: int, cached: int, to_render: int) -> None:
        self.total = to_render
        if to_render == 0:
            self.console.print(f"Nothing to render: all {total} scenes are cached and current.")
            return
        self.console.print(f"Rendering {to_render} of {total} scenes ({cached} cached).")
        self.progress.start()
        self.task = self.progress.add_task("starting", total=to_render)

    def _describe(self) -> str:
        if not self.running:
            return "finishing"
        shown = ", ".join(name.split(".", 2)[-1] for name in self.running[:2])
        more = f" +{len(self.running) - 2}" if len(self.running) > 2 else ""
        return f"rendering {shown}{more}"

    def event(self, kind: str, job: Job, result: JobResult | None) -> None:
        if kind == "start":
            self.running.append(job.job_id)
        elif kind == "done" and result is not None:
            if job.job_id in self.running:
                self.running.remove(job.job_id)
            self.done += 1
            mark = "[green]ok[/]" if result.ok else "[red]FAILED[/]"
            line = f"  [{self.done}/{self.total}] {mark} {job.job_id} ({result.seconds:.1f}s)"
            if not result.ok:
                line += f"\n      {result.error}"
            self.progress.console.print(line, markup=True, highlight=False)
        if self.task is not None:
            self.progress.update(self.task, completed=self.done, description=self._describe())

    def assembled(self, lecture: Lecture, seconds: float, path: Path | None, error: str | None) -> None:
        self.progress.stop()
        if error:
            self.console.print(f"[red]not assembled[/] {lecture.id}: {error}", markup=True, highlight=False)
        else:
            self.console.print(f"assembled {lecture.id} in {seconds:.1f}s -> {path}", highlight=False)


def print_summary(result: BuildResult, console: Console, quality: str, media: Path) -> None:
    """The end of a build: counts, time, each failure, and where the outputs are."""
    rendered = sum(1 for r in result.rendered if r.ok)
    console.print(
        f"Built {len(result.published)} of {len(result.lectures)} lecture(s) at {quality} in {result.seconds:.1f}s: "
        f"{rendered} scene(s) rendered, {result.cached} cached, {len(result.failures)} failure(s).",
        highlight=False,
    )
    for lecture in result.lectures:
        record = result.published.get(lecture.id)
        if record is not None:
            console.print(f"  {media / quality / record.video}  ({record.duration:.1f}s)", highlight=False)
    if result.manifest is not None:
        console.print(f"Course data: {result.manifest}", highlight=False)
    for failure in result.failures:
        console.print(f"[red]failed[/] {failure}", markup=True, highlight=False)

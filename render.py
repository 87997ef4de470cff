"""mml-render: render the Mathematics for Machine Learning course into lecture videos.

A thin click front over ``pipeline/``. Run ``python render.py --help`` or ``python render.py COMMAND --help``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from pipeline.errors import PipelineError
from pipeline.plan import QUALITIES, Course, find_scene, load_course

PROJECT_ROOT = Path(__file__).resolve().parent
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Settings:
    """Options shared by every command: which outline, which media folder."""

    def __init__(self, course: Path, media: Path | None) -> None:
        self.course_path = course
        self.media_override = media

    def course(self) -> Course:
        return load_course(self.course_path)

    @property
    def media(self) -> Path:
        return self.media_override or self.course_path.parent / "media"


def fail_clearly(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a PipelineError into one clear sentence and exit status 1 (never a traceback)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PipelineError as err:
            raise click.ClickException(str(err)) from None
        except KeyboardInterrupt:
            raise click.ClickException("Interrupted: nothing half-written was kept; run the command again.") from None

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


quality_option = click.option(
    "-q", "--quality", type=click.Choice(list(QUALITIES)), default="low", show_default=True,
    help="Render quality (Manim's presets): low 480p15, medium 720p30, high 1080p60, production 1440p60, 4k.",
)


@click.group(context_settings=CONTEXT)
@click.option("--course", "course_path", type=click.Path(path_type=Path), default=PROJECT_ROOT / "course.toml",
              envvar="MML_COURSE", help="The course outline (default: course.toml beside render.py).")
@click.option("--media", "media", type=click.Path(path_type=Path), default=None, envvar="MML_MEDIA",
              help="Output folder (default: media/ beside the outline).")
@click.pass_context
def cli(ctx: click.Context, course_path: Path, media: Path | None) -> None:
    """Render the Mathematics for Machine Learning course as lecture videos.

    \b
    Example:
      python render.py build linear_algebra.vectors -q low
    """
    ctx.obj = Settings(course_path, media)


@cli.command("list", context_settings=CONTEXT)
@click.option("--json", "as_json", is_flag=True, help="Print the course tree as JSON, ids in full.")
@quality_option
@click.pass_obj
@fail_clearly
def list_command(settings: Settings, as_json: bool, quality: str) -> None:
    """Show modules, lectures and scenes, and whether each is rendered and current at a quality.

    \b
    Example:
      python render.py list --json
    """
    from pipeline.build import cached_segments, plan_jobs
    from pipeline.cache import Cache, environment_fingerprint
    from pipeline.executor import PROJECT_ROOT as ROOT

    course = settings.course()
    cache = Cache(settings.media / "cache", ROOT)
    plan = plan_jobs(course, course.lectures)
    current = cached_segments([j for jobs in plan.values() for j in jobs], quality, cache,
                              environment_fingerprint(), force=False)
    tree = {"title": course.title, "quality": quality, "modules": [
        {"id": m.id, "title": m.title, "lectures": [
            {"id": lec.id, "title": lec.title, "scenes": [
                {"id": s.id, "title": s.title, "current": s.id in current} for s in lec.scenes]}
            for lec in m.lectures]}
        for m in course.modules]}
    if as_json:
        click.echo(json.dumps(tree, indent=2))
        return
    click.echo(f"{course.title}  (status at {quality})")
    for m in tree["modules"]:
        click.echo(f"{m['id']}  {m['title']}")
        for lec in m["lectures"]:
            done = sum(s["current"] for s in lec["scenes"])
            click.echo(f"  {lec['id']}  {lec['title']}  [{done}/{len(lec['scenes'])} scenes current]")
            for s in lec["scenes"]:
                mark = "ok " if s["current"] else " - "
                click.echo(f"    {mark} {s['id']}  {s['title']}")


@cli.command(context_settings=CONTEXT)
@click.argument("targets", nargs=-1)
@quality_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Scenes rendered at once (default: the number of cores).")
@click.option("--force", is_flag=True, help="Render every scene again, ignoring the cache.")
@click.pass_obj
@fail_clearly
def build(settings: Settings, targets: tuple[str, ...], quality: str, jobs: int | None, force: bool) -> None:
    """Render what is stale and assemble lectures. TARGET: course (default), a module id or a lecture id.

    \b
    Example:
      python render.py build linear_algebra -q medium -j 2
    """
    from pipeline.build import build as run_build
    from pipeline.progress import LiveReporter, print_summary

    course = settings.course()
    workers = jobs or os.cpu_count() or 1
    with LiveReporter() as reporter:
        result = run_build(course, list(targets) or ["course"], quality, workers, settings.media, force, reporter)
    print_summary(result, Console(highlight=False, soft_wrap=True), quality, settings.media)
    if not result.ok:
        sys.exit(1)


@cli.command(context_settings=CONTEXT)
@click.argument("scene_id")
@quality_option
@click.option("--frame", is_flag=True, help="Render only the scene's last frame, as a PNG.")
@click.pass_obj
@fail_clearly
def scene(settings: Settings, scene_id: str, quality: str, frame: bool) -> None:
    """Render one scene (or only its last frame) and print where it went.

    \b
    Example:
      python render.py scene linear_algebra.vectors.AddTipToTail --frame
    """
    from pipeline.lock import media_lock

    course = settings.course()
    _, ref = find_scene(course, scene_id)
    with media_lock(settings.media, lambda message: click.echo(message, err=True)):
        _render_scene(settings, course, ref, quality, frame)


def _render_scene(settings: Settings, course: Course, ref: Any, quality: str, frame: bool) -> None:
    from pipeline.build import cached_segments
    from pipeline.cache import Cache, environment_fingerprint
    from pipeline.executor import PROJECT_ROOT as ROOT
    from pipeline.executor import Job, run_one

    scene_id = ref.id
    job = Job(ref.id, ref.title, ref.id, ref.file, ref.class_name)
    cache = Cache(settings.media / "cache", ROOT)
    env = environment_fingerprint()
    roots = sorted({ROOT, course.root})
    if frame:
        result = run_one(job, quality, cache, settings.media, env, roots, frame_only=True)
        if not result.ok or result.frame is None:
            raise click.ClickException(f"{scene_id} failed: {result.error} (log: {result.log})")
        click.echo(str(result.frame))
        return
    segment = cached_segments([job], quality, cache, env, force=False).get(job.job_id)
    if segment is None:
        result = run_one(job, quality, cache, settings.media, env, roots)
        if not result.ok or result.segment is None:
            raise click.ClickException(f"{scene_id} failed: {result.error} (log: {result.log})")
        segment = result.segment
    out = settings.media / quality / "scenes" / f"{scene_id}.mp4"
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(segment.video, out)
    click.echo(str(out))


@cli.command(context_settings=CONTEXT)
@click.pass_obj
@fail_clearly
def check(settings: Settings) -> None:
    """Check that this machine can render: LaTeX, dvisvgm, ffmpeg, fonts, Python packages, the outline, scenes.

    \b
    Example:
      python render.py check
    """
    from pipeline.doctor import run_checks

    checks = run_checks(settings.course_path)
    width = max(len(c.name) for c in checks)
    for c in checks:
        click.echo(f"{'ok     ' if c.ok else 'MISSING'}  {c.name.ljust(width)}  {c.detail}")
    bad = [c for c in checks if not c.ok]
    if bad:
        raise click.ClickException(f"{len(bad)} requirement(s) not met: fix them as shown above, then run check again.")
    click.echo("All requirements met.")


@cli.command(context_settings=CONTEXT)
@click.argument("targets", nargs=-1)
@click.option("--seed", type=int, default=1, show_default=True,
              help="Seed of the variants: the same seed gives the same sheets.")
@click.option("--count", type=click.IntRange(min=1, max=26), default=3, show_default=True,
              help="Variants of each exercise.")
@click.pass_obj
@fail_clearly
def exercises(settings: Settings, targets: tuple[str, ...], seed: int, count: int) -> None:
    """Write practice sheets (Markdown) and coding notebooks with fresh exercise variants, per lecture.

    \b
    Example:
      python render.py exercises linear_algebra --seed 7 --count 3
    """
    from pipeline.plan import select_lectures
    from pipeline.practice import write_practice
    from pipeline.publish import write_manifest

    course = settings.course()
    lectures = select_lectures(course, list(targets) or ["course"])
    written = write_practice(course, lectures, settings.media, seed, count)
    for path in written:
        click.echo(f"wrote {path}")
    if not written:
        click.echo("None of these lectures has exercises yet.")
    for quality in QUALITIES:  # course.json links the sheets and notebooks
        if (settings.media / quality / "course.json").is_file():
            write_manifest(settings.media, course, quality)


@cli.command(context_settings=CONTEXT)
@click.argument("module")
@click.argument("lecture")
@click.option("--title", default=None, help="The lecture's title in course.toml (default: from its id).")
@click.pass_obj
@fail_clearly
def new(settings: Settings, module: str, lecture: str, title: str | None) -> None:
    """Scaffold a lecture: a module file with a starter scene, its course.toml entry and its test.

    \b
    Example:
      python render.py new calculus derivatives --title "The derivative"
    """
    from pipeline.scaffold import scaffold_lecture

    for path in scaffold_lecture(settings.course_path, module, lecture, title):
        click.echo(f"wrote {path}")
    click.echo(f"Preview it with: python render.py scene {module}.{lecture}.<ClassName> --frame")


def main() -> None:
    """Console-script entry point (``mml-render``)."""
    cli(prog_name="mml-render")


if __name__ == "__main__":
    cli(prog_name="render.py")

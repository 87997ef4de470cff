"""The course plan: ``course.toml`` plus static scene discovery, validated, as typed values.

Pure: reads the outline and the lecture files' source (with ``ast``), never imports manim or a scene.
"""

from __future__ import annotations

import ast
import difflib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import OutlineError, UnknownIdError

__all__ = [
    "Quality",
    "QUALITIES",
    "SceneRef",
    "Lecture",
    "Module",
    "Course",
    "load_course",
    "discover_scenes",
    "select_lectures",
    "find_scene",
    "suggest",
]

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Quality:
    """A render quality: Manim's preset and what its output must measure."""

    name: str
    manim_name: str
    width: int
    height: int
    fps: int


QUALITIES: dict[str, Quality] = {
    q.name: q
    for q in (
        Quality("low", "low_quality", 854, 480, 15),
        Quality("medium", "medium_quality", 1280, 720, 30),
        Quality("high", "high_quality", 1920, 1080, 60),
        Quality("production", "production_quality", 2560, 1440, 60),
        Quality("4k", "fourk_quality", 3840, 2160, 60),
    )
}


@dataclass(frozen=True)
class SceneRef:
    """One scene of a lecture, found in the lecture file's source."""

    id: str
    class_name: str
    title: str
    objective: str
    file: Path
    line: int


@dataclass(frozen=True)
class Lecture:
    """One lecture: its place in the course and its scenes in play order."""

    id: str
    module: str
    name: str
    title: str
    number: int
    file: Path
    scenes: tuple[SceneRef, ...]

    @property
    def stem(self) -> str:
        """The output file stem, ``NN-name``."""
        return f"{self.number:02d}-{self.name}"


@dataclass(frozen=True)
class Module:
    """A course module and its lectures in course order."""

    id: str
    title: str
    lectures: tuple[Lecture, ...]


@dataclass(frozen=True)
class Course:
    """The whole validated outline."""

    title: str
    modules: tuple[Module, ...]
    path: Path

    @property
    def root(self) -> Path:
        """The folder holding ``course.toml``; lecture files live under ``root / "scenes"``."""
        return self.path.parent

    @property
    def lectures(self) -> tuple[Lecture, ...]:
        return tuple(lec for mod in self.modules for lec in mod.lectures)

    @property
    def scenes(self) -> tuple[SceneRef, ...]:
        return tuple(s for lec in self.lectures for s in lec.scenes)


# -- loading ---------------------------------------------------------------------------------------------


def _line_of(text: str, needle: str, occurrence: int = 0) -> int:
    """1-based line of the ``occurrence``-th appearance of ``needle`` in ``text`` (0 when absent)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            return 0
    return text.count("\n", 0, start) + 1


def _at(path: Path, line: int) -> str:
    return f"{path.name} line {line}" if line else path.name


def _check_keys(table: dict[str, object], allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        allowed_keys = ", ".join(sorted(allowed))
        raise OutlineError(f"{where} has unknown key '{unknown[0]}': the allowed keys are {allowed_keys}.")
    missing = sorted(required - set(table))
    if missing:
        raise OutlineError(f"{where} is missing the key '{missing[0]}': add it.")


def _string(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OutlineError(f"{what} must be a non-empty string.")
    return value.strip()


def _ident(value: object, what: str) -> str:
    ident = _string(value, what)
    if not ID_RE.match(ident):
        raise OutlineError(
            f"{what} '{ident}' is not a valid id: use lower_snake_case letters, digits and underscores only."
        )
    return ident


def load_course(path: Path) -> Course:
    """Read and validate ``course.toml`` and every lecture file it names."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise OutlineError(f"There is no course outline at {path}: create course.toml or pass --course.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise OutlineError(f"Cannot read the course outline {path}: {err}.") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise OutlineError(f"{path.name} is not valid TOML: {err}; fix that line.") from None
    _check_keys(data, {"title", "modules"}, {"title", "modules"}, path.name)
    title = _string(data["title"], f"{path.name}: the course 'title'")
    raw_modules = data["modules"]
    if not isinstance(raw_modules, list) or not raw_modules:
        raise OutlineError(f"{path.name} lists no modules: add a [[modules]] table with lectures.")
    scenes_dir = path.parent / "scenes"
    modules: list[Module] = []
    seen_modules: set[str] = set()
    seen_lectures: dict[str, int] = {}
    for m_index, raw in enumerate(raw_modules):
        where = f"{path.name} module #{m_index + 1}"
        if not isinstance(raw, dict):
            raise OutlineError(f"{where} must be a table with id, title and lectures.")
        _check_keys(raw, {"id", "title", "lectures"}, {"id", "title", "lectures"}, where)
        mod_id = _ident(raw["id"], f"{where}: module id")
        line = _line_of(text, f'"{mod_id}"')
        if mod_id in seen_modules:
            again = _at(path, _line_of(text, f'"{mod_id}"', 1))
            raise OutlineError(f"{again}: module id '{mod_id}' is used twice; ids must be unique.")
        seen_modules.add(mod_id)
        mod_title = _string(raw["title"], f"{_at(path, line)}: the title of module '{mod_id}'")
        raw_lectures = raw["lectures"]
        if not isinstance(raw_lectures, list):
            raise OutlineError(f"{_at(path, line)}: 'lectures' of module '{mod_id}' must be a list of tables.")
        lectures: list[Lecture] = []
        for number, entry in enumerate(raw_lectures, start=1):
            l_where = f"{_at(path, line)}: lecture #{number} of module '{mod_id}'"
            if not isinstance(entry, dict):
                raise OutlineError(f"{l_where} must be a table like {{ id = \"name\", title = \"Title\" }}.")
            _check_keys(entry, {"id", "title"}, {"id", "title"}, l_where)
            name = _ident(entry["id"], f"{l_where}: id")
            lec_id = f"{mod_id}.{name}"
            occurrence = seen_lectures.get(name, 0)
            l_line = _line_of(text, f'id = "{name}"', occurrence) or line
            if any(lec.name == name for lec in lectures):
                raise OutlineError(
                    f"{_at(path, l_line)}: lecture id '{lec_id}' is used twice; each lecture appears once."
                )
            seen_lectures[name] = occurrence + 1
            lec_title = _string(entry["title"], f"{_at(path, l_line)}: the title of lecture '{lec_id}'")
            file = scenes_dir / mod_id / f"{name}.py"
            scenes = discover_scenes(file, lec_id, outline_at=_at(path, l_line))
            lectures.append(Lecture(lec_id, mod_id, name, lec_title, number, file, scenes))
        modules.append(Module(mod_id, mod_title, tuple(lectures)))
    return Course(title, tuple(modules), path)


def _humanize(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", class_name).capitalize()


def _parse(file: Path) -> ast.Module:
    try:
        source = file.read_text(encoding="utf-8")
    except OSError as err:
        raise OutlineError(f"Cannot read {file}: {err.strerror}.") from None
    try:
        return ast.parse(source, filename=str(file))
    except SyntaxError as err:
        raise OutlineError(f"{file} line {err.lineno}: syntax error ({err.msg}); fix the lecture file.") from None


def _imported_classes(tree: ast.Module, root: Path) -> dict[str, tuple[Path, str]]:
    """Names a lecture file imports from other project scene files (``from scenes.x.y import Name``)."""
    found: dict[str, tuple[Path, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("scenes.") and not node.level:
            file = root.joinpath(*node.module.split(".")).with_suffix(".py")
            for alias in node.names:
                found[alias.asname or alias.name] = (file, alias.name)
    return found


def _scene_ref(cls: ast.ClassDef, lecture_id: str, name: str, file: Path) -> SceneRef:
    title = _humanize(cls.name)
    for stmt in cls.body:
        if (
            isinstance(stmt, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "TITLE" for t in stmt.targets)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        ):
            title = stmt.value.value
    objective = (ast.get_docstring(cls) or "").strip().splitlines()
    return SceneRef(f"{lecture_id}.{name}", name, title, objective[0] if objective else "", file, cls.lineno)


def discover_scenes(file: Path, lecture_id: str, outline_at: str = "course.toml") -> tuple[SceneRef, ...]:
    """The scenes a lecture file lists in ``SCENES = (...)``, read from its source without importing it.

    A listed class is defined in the lecture file or imported from another scene file of the project (a
    lecture's exercises may live in ``scenes/<module>/exercises/<lecture>.py``).
    """
    if not file.is_file():
        module, name = lecture_id.split(".", 1)
        raise OutlineError(
            f"{outline_at}: lecture '{lecture_id}' has no file {file}: "
            f"create it with `render.py new {module} {name}` or remove the entry."
        )
    tree = _parse(file)
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    imported = _imported_classes(tree, file.parents[2])
    listing: ast.expr | None = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "SCENES" for t in node.targets):
            listing = node.value
    if listing is None:
        raise OutlineError(f"{file} has no SCENES = (...) listing its scenes in play order: add one at the end.")
    if not isinstance(listing, ast.Tuple | ast.List) or not listing.elts:
        raise OutlineError(f"{file} line {listing.lineno}: SCENES must be a non-empty tuple of scene classes.")
    refs: list[SceneRef] = []
    for element in listing.elts:
        name = element.id if isinstance(element, ast.Name) else ""
        if name in classes:
            refs.append(_scene_ref(classes[name], lecture_id, name, file))
        elif name in imported:
            source_file, original = imported[name]
            other = {n.name: n for n in _parse(source_file).body if isinstance(n, ast.ClassDef)}
            if original not in other:
                raise OutlineError(f"{file} line {element.lineno}: '{name}' is not a class of {source_file}.")
            refs.append(_scene_ref(other[original], lecture_id, name, source_file))
        else:
            raise OutlineError(
                f"{file} line {element.lineno}: SCENES lists '{ast.unparse(element)}', which is not a scene class "
                "defined in this file or imported from another scene file."
            )
        if [r.class_name for r in refs].count(name) > 1:
            raise OutlineError(f"{file} line {element.lineno}: SCENES lists '{name}' twice.")
    return tuple(refs)


# -- selecting -------------------------------------------------------------------------------------------


def suggest(wrong: str, candidates: Iterable[str]) -> str:
    """' Did you mean X?' for the closest candidate, or an empty string."""
    pool = list(candidates)
    close = difflib.get_close_matches(wrong, pool, n=1, cutoff=0.6)
    if not close:
        tails = {c.rsplit(".", 1)[-1]: c for c in pool}
        close = [tails[t] for t in difflib.get_close_matches(wrong.rsplit(".", 1)[-1], list(tails), n=1, cutoff=0.7)]
    return f" Did you mean '{close[0]}'?" if close else ""


def select_lectures(course: Course, targets: Sequence[str]) -> list[Lecture]:
    """The lectures named by ``targets`` (``course``, module ids, lecture ids), in course order, without repeats."""
    wanted: set[str] = set()
    lecture_ids = {lec.id for lec in course.lectures}
    module_ids = {m.id for m in course.modules}
    for target in targets or ["course"]:
        if target == "course":
            wanted |= lecture_ids
        elif target in module_ids:
            wanted |= {lec.id for lec in course.lectures if lec.module == target}
        elif target in lecture_ids:
            wanted.add(target)
        else:
            pool = ["course", *module_ids, *lecture_ids]
            raise UnknownIdError(
                f"There is no module or lecture '{target}' in {course.path.name}.{suggest(target, pool)}"
                " Run `render.py list` to see the ids."
            )
    return [lec for lec in course.lectures if lec.id in wanted]


def find_scene(course: Course, scene_id: str) -> tuple[Lecture, SceneRef]:
    """The lecture and scene of a full scene id ``module.lecture.Class``."""
    for lecture in course.lectures:
        for scene in lecture.scenes:
            if scene.id == scene_id:
                return lecture, scene
    raise UnknownIdError(
        f"There is no scene '{scene_id}' in the course.{suggest(scene_id, [s.id for s in course.scenes])}"
        " Scene ids are module.lecture.ClassName; run `render.py list` to see them."
    )

"""Exercise generators: given a seed, a problem with pleasant numbers, its worked steps and its answer.

Each course module has a submodule (``mlmath.exercises.linear_algebra``, ...) whose ``GENERATORS`` maps a
lecture id to that lecture's generators, in the order its exercise scenes play. A generator is a pure function
``seed -> Exercise``; the same seed always gives the same exercise. The lecture video uses a fixed seed per
exercise; practice sheets and notebooks draw fresh seeds. Numbers are exact (``fractions.Fraction``) so that
steps read as a learner would write them by hand.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeVar

__all__ = [
    "Step",
    "Exercise",
    "Generator",
    "generators_for",
    "variant_seed",
    "tex_number",
    "tex_column",
    "plain_number",
    "plain_vector",
    "tex_sqrt",
    "tex_matrix",
    "collect_generators",
    "draw_int",
    "draw_vector",
    "draw_choice",
    "det2",
    "exact_dot",
    "sum_of_terms",
]

Number = Fraction | int
T = TypeVar("T")


@dataclass(frozen=True)
class Step:
    """One line of a worked solution: what to do, in words, and the line as TeX."""

    say: str
    tex: str


@dataclass(frozen=True)
class Exercise:
    """A generated problem, its worked solution and its answer.

    ``prompt`` and each step's ``say`` are plain sentences (narration and sheets); ``givens_tex``, ``ask_tex``,
    each step's ``tex`` and ``answer_tex`` are TeX (video, and ``$...$`` in sheets). ``answer`` holds the exact
    numbers; ``code_givens`` the givens as Python literals and ``solution_code`` a numpy reference solution that
    assigns ``answer``, for the coding notebooks.
    """

    key: str
    lecture: str
    title: str
    seed: int
    prompt: str
    givens_tex: tuple[str, ...]
    ask_tex: str
    steps: tuple[Step, ...]
    answer: tuple[Number, ...]
    answer_tex: str
    answer_say: str
    code_givens: dict[str, object] = field(default_factory=dict)
    solution_code: str = ""
    hint: str = ""

    @property
    def answer_floats(self) -> list[float]:
        return [float(x) for x in self.answer]


Generator = Callable[[int], Exercise]


def generators_for(lecture_id: str) -> list[Generator]:
    """The exercise generators of a lecture, in play order (an empty list when it has none).

    They live in ``mlmath/exercises/<module>/<lecture>.py`` as that file's ``GENERATORS`` list.
    """
    module_id, _, lecture = lecture_id.partition(".")
    try:
        module = importlib.import_module(f"mlmath.exercises.{module_id}.{lecture}")
    except ModuleNotFoundError:
        return []
    return list(getattr(module, "GENERATORS", []))


def collect_generators(module_id: str) -> dict[str, list[Generator]]:
    """Every lecture's generators of a course module, keyed by lecture id (imports them all)."""
    package = importlib.import_module(f"mlmath.exercises.{module_id}")
    found: dict[str, list[Generator]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "GENERATORS"):
            found[f"{module_id}.{info.name}"] = list(module.GENERATORS)
    return found


def variant_seed(seed: int, lecture_id: str, index: int, variant: int) -> int:
    """A seed for variant ``variant`` of exercise ``index`` of a lecture, derived from a sheet's seed (stable
    across runs and machines)."""
    digest = hashlib.sha256(f"{seed}:{lecture_id}:{index}:{variant}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def tex_number(x: Number) -> str:
    """An exact number as TeX: ``3``, ``-2``, ``\\tfrac{3}{4}``, ``-\\tfrac{1}{2}``."""
    q = Fraction(x)
    if q.denominator == 1:
        return str(q.numerator)
    sign = "-" if q < 0 else ""
    return rf"{sign}\tfrac{{{abs(q.numerator)}}}{{{q.denominator}}}"


def tex_matrix(rows: Sequence[Sequence[Number]]) -> str:
    """A matrix of exact numbers, row by row, as TeX."""
    body = r" \\ ".join(" & ".join(tex_number(x) for x in row) for row in rows)
    return r"\begin{bmatrix}" + body + r"\end{bmatrix}"


def tex_sqrt(n: int) -> str:
    r"""``sqrt(n)`` simplified as a person would write it: ``2``, ``\sqrt{5}``, ``2\sqrt{2}``."""
    if n < 0:
        raise ValueError("no real square root of a negative number")
    if n == 0:
        return "0"
    outside, inside = 1, n
    k = 2
    while k * k <= inside:
        while inside % (k * k) == 0:
            inside //= k * k
            outside *= k
        k += 1
    if inside == 1:
        return str(outside)
    return (str(outside) if outside > 1 else "") + rf"\sqrt{{{inside}}}"


def plain_number(x: Number) -> str:
    """An exact number as plain text: ``3``, ``-2``, ``3/4``."""
    q = Fraction(x)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def tex_column(values: Sequence[Number]) -> str:
    """A column vector of exact numbers as TeX."""
    return r"\begin{bmatrix}" + r" \\ ".join(tex_number(v) for v in values) + r"\end{bmatrix}"


def plain_vector(values: Sequence[Number]) -> str:
    """A vector of exact numbers as plain text: ``(3, -1/2)``."""
    return "(" + ", ".join(plain_number(v) for v in values) + ")"


# -- drawing pleasant numbers ------------------------------------------------------------------------------
# Random choices use only ``random.Random.random()``, whose sequence Python guarantees for a given seed, so a
# seed gives the same exercise on every Python version.


def draw_int(rng: random.Random, lo: int, hi: int, nonzero: bool = False) -> int:
    """A uniform integer in [lo, hi] (zero excluded when asked)."""
    while True:
        value = lo + int(rng.random() * (hi - lo + 1))
        if not (nonzero and value == 0):
            return value


def draw_vector(rng: random.Random, lo: int = -3, hi: int = 3) -> tuple[int, int]:
    """A non-zero integer vector of the plane with entries in [lo, hi]."""
    while True:
        v = (draw_int(rng, lo, hi), draw_int(rng, lo, hi))
        if v != (0, 0):
            return v


def draw_choice(rng: random.Random, options: Sequence[T]) -> T:
    """One of ``options``, uniformly."""
    return options[int(rng.random() * len(options))]


def det2(a: Sequence[int], b: Sequence[int]) -> int:
    """The determinant of the 2x2 matrix with columns ``a`` and ``b``, exactly."""
    return a[0] * b[1] - a[1] * b[0]


def exact_dot(a: Sequence[Number], b: Sequence[Number]) -> Fraction:
    """The dot product of two vectors of exact numbers."""
    return Fraction(sum(Fraction(x) * y for x, y in zip(a, b, strict=True)))


def sum_of_terms(pairs: Sequence[tuple[int, str]], sep: str = "") -> str:
    """A sum of ``coef symbol`` terms as a person writes it: ``c_1 - 2c_2``, ``-v + 3w``; zero terms dropped."""
    out = ""
    for coef, symbol in pairs:
        if coef == 0:
            continue
        size = "" if abs(coef) == 1 else f"{abs(coef)}{sep}"
        if not out:
            out = f"{'-' if coef < 0 else ''}{size}{symbol}"
        else:
            out += f" {'-' if coef < 0 else '+'} {size}{symbol}"
    return out or "0"

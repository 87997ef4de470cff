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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

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
]

Number = Fraction | int


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
    """The exercise generators of a lecture, in play order (an empty list when it has none)."""
    module_id = lecture_id.split(".", 1)[0]
    try:
        module = importlib.import_module(f"mlmath.exercises.{module_id}")
    except ModuleNotFoundError:
        return []
    registry: dict[str, list[Generator]] = getattr(module, "GENERATORS", {})
    return list(registry.get(lecture_id, []))


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

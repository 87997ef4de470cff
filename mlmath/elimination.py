"""Linear systems by elimination: recorded row operations, row echelon forms, rank, solutions and inverses.

Pure Python/numpy. A matrix is given as rows (nested sequences or a 2-D array). When every entry is an integer
(or a ``Fraction``, or a float with an integer value) the arithmetic is exact, with ``fractions.Fraction``, so
the steps read as a learner writes them by hand; otherwise it is floating point with partial pivoting.

Gaussian elimination uses three row operations, each of which keeps the solutions of ``A x = b``:

- swap two rows:                         ``R_i <-> R_j``
- scale a row by a non-zero number:      ``R_i <- s R_i``
- add a multiple of another row:         ``R_i <- R_i + f R_j``   (with ``f = -a_ic / a_rc`` to clear ``a_ic``)

Forward elimination gives a row echelon form (each pivot, the first non-zero entry of its row, to the right
of the pivot above; zero rows last); Gauss-Jordan also scales each pivot to 1 and clears above it, giving the
reduced row echelon form. The rank is the number of pivots (Rouche-Capelli classifies ``A x = b`` by it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from numbers import Integral
from typing import Literal, TypeAlias

import numpy as np
from numpy.typing import ArrayLike, NDArray

from mlmath.linalg import EPS, LinAlgInputError

__all__ = [
    "Number",
    "Rows",
    "MatrixLike",
    "SingularMatrixError",
    "RowOperation",
    "EliminationStep",
    "Elimination",
    "Solution",
    "as_rows",
    "to_array",
    "augment",
    "eliminate",
    "row_echelon_form",
    "reduced_row_echelon_form",
    "rank_by_elimination",
    "solve_system",
    "gauss_jordan",
    "inverse",
    "is_singular",
    "design_matrix",
    "predict_line",
    "line_endpoints",
]

Number: TypeAlias = Fraction | float
Rows: TypeAlias = tuple[tuple[Number, ...], ...]
#: A matrix as given: nested sequences of ints, floats or Fractions, or a 2-D array.
MatrixLike: TypeAlias = ArrayLike | Sequence[Sequence[Fraction | float]]


class SingularMatrixError(LinAlgInputError):
    """A square matrix with no inverse: elimination finds fewer pivots than rows (its rank is below n)."""


# -- reading matrices ----------------------------------------------------------------------------------------
def _exact(x: object) -> Fraction | None:
    """``x`` as a Fraction when it is an integer, a Fraction or an integer-valued float; else ``None``."""
    if isinstance(x, bool):
        return Fraction(int(x))
    if isinstance(x, Fraction):
        return x
    if isinstance(x, Integral):
        return Fraction(int(x))
    if isinstance(x, float | np.floating) and float(x).is_integer():
        return Fraction(int(x))
    return None


def as_rows(a: MatrixLike) -> tuple[Rows, bool]:
    """Return ``a`` as a tuple of rows and whether it is exact (all entries Fractions) or floating point.

    Raises :class:`LinAlgInputError` for anything that is not a finite, non-empty 2-D matrix.
    """
    try:
        grid = np.asarray(a, dtype=object)
    except ValueError:
        grid = np.empty(0, dtype=object)  # ragged rows
    if grid.ndim != 2 or grid.size == 0:
        raise LinAlgInputError(f"expected a non-empty 2-D matrix with rows of equal length, got shape {grid.shape}")
    entries = grid.tolist()
    try:
        arr = np.asarray(entries, dtype=float)
    except (TypeError, ValueError) as err:
        raise LinAlgInputError(f"expected a matrix of numbers: {err}") from None
    if not np.all(np.isfinite(arr)):
        raise LinAlgInputError("matrix has non-finite entries")
    exact = [[_exact(x) for x in row] for row in entries]
    if all(x is not None for row in exact for x in row):
        return tuple(tuple(x for x in row if x is not None) for row in exact), True
    return tuple(tuple(float(x) for x in row) for row in arr), False


def to_array(rows: MatrixLike) -> NDArray[np.float64]:
    """The rows as a float numpy array."""
    return np.asarray(np.asarray(rows, dtype=object), dtype=np.float64)


def augment(a: MatrixLike, b: MatrixLike | Sequence[Fraction | float]) -> Rows:
    """Return the augmented matrix ``[A | b]``: ``b`` (a vector, or a matrix with as many rows) joined on the right."""
    rows_a, exact_a = as_rows(a)
    b_arr = np.asarray(b, dtype=object)
    b_rows = [[x] for x in b_arr.tolist()] if b_arr.ndim == 1 else b_arr.tolist()
    rows_b, exact_b = as_rows(b_rows)
    if len(rows_b) != len(rows_a):
        raise LinAlgInputError(f"[A | b] needs as many rows in b ({len(rows_b)}) as in A ({len(rows_a)})")
    if exact_a and exact_b:
        return tuple(ra + rb for ra, rb in zip(rows_a, rows_b, strict=True))
    return tuple(tuple(float(x) for x in ra + rb) for ra, rb in zip(rows_a, rows_b, strict=True))


# -- row operations ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowOperation:
    """One elementary row operation (rows counted from 0).

    ``swap``: exchange rows ``target`` and ``source``; ``scale``: ``R_target <- factor R_target``;
    ``add``: ``R_target <- R_target + factor R_source``.
    """

    kind: Literal["swap", "scale", "add"]
    target: int
    source: int | None = None
    factor: Number = Fraction(1)

    def apply(self, rows: Rows) -> Rows:
        """The rows after this operation."""
        out = [list(row) for row in rows]
        if self.kind == "swap":
            assert self.source is not None
            out[self.target], out[self.source] = out[self.source], out[self.target]
        elif self.kind == "scale":
            out[self.target] = [self.factor * x for x in out[self.target]]
        else:
            assert self.source is not None
            out[self.target] = [x + self.factor * y for x, y in zip(out[self.target], out[self.source], strict=True)]
        return tuple(tuple(row) for row in out)

    def describe(self) -> str:
        """The operation as a learner writes it, rows counted from 1: ``R2 <- R2 - 3 R1``."""
        t = f"R{self.target + 1}"
        if self.kind == "swap":
            return f"{t} <-> R{(self.source or 0) + 1}"
        if self.kind == "scale":
            return f"{t} <- {_plain(self.factor)} {t}"
        sign = "-" if self.factor < 0 else "+"
        size: Number = -self.factor if self.factor < 0 else self.factor
        return f"{t} <- {t} {sign} {_plain(size)} R{(self.source or 0) + 1}"


def _plain(x: Number) -> str:
    if isinstance(x, Fraction):
        return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"
    return f"{x:g}"


@dataclass(frozen=True)
class EliminationStep:
    """A recorded row operation, the matrix after it, and the pivot ``(row, column)`` it works with."""

    operation: RowOperation
    matrix: Rows
    pivot: tuple[int, int]


@dataclass(frozen=True)
class Elimination:
    """The record of an elimination: the start matrix, every step, and the pivots found (in order)."""

    start: Rows
    steps: tuple[EliminationStep, ...]
    pivots: tuple[tuple[int, int], ...]
    exact: bool
    reduced: bool

    @property
    def result(self) -> Rows:
        """The matrix after the last step (the row echelon form, or the reduced one)."""
        return self.steps[-1].matrix if self.steps else self.start

    @property
    def rank(self) -> int:
        """The number of pivots."""
        return len(self.pivots)

    @property
    def pivot_columns(self) -> tuple[int, ...]:
        """The columns that hold a pivot, left to right (the others belong to free unknowns)."""
        return tuple(c for _, c in self.pivots)


def eliminate(a: MatrixLike, reduced: bool = False, pivot_columns: int | None = None,
              tol: float = EPS) -> Elimination:
    """Row-reduce ``a`` and record every row operation with the matrix after it.

    Column by column (only the first ``pivot_columns`` columns when given, as for ``[A | I]``), pick a pivot
    row: in exact arithmetic the first row with a non-zero entry, as by hand; in floating point the largest
    entry (partial pivoting), where entries below ``tol * max(1, max|a_ij|)`` count as zero. Swap it up, and
    add ``-a_ic / a_rc`` times it to each row below (``reduced``: first scale the pivot to 1, and clear the
    rows above too: Gauss-Jordan).
    """
    start, exact = as_rows(a)
    m, n = len(start), len(start[0])
    search = n if pivot_columns is None else pivot_columns
    if not 0 <= search <= n:
        raise LinAlgInputError(f"cannot search {search} pivot columns in a matrix with {n} columns")
    scale = max(1.0, max(abs(float(x)) for row in start for x in row))
    zero = 0.0 if exact else tol * scale
    rows = start
    steps: list[EliminationStep] = []
    pivots: list[tuple[int, int]] = []

    def record(op: RowOperation, pivot: tuple[int, int], clean: tuple[int, int] | None = None,
               value: Number = 0.0) -> None:
        nonlocal rows
        rows = op.apply(rows)
        if clean is not None and not exact:  # floating point: the cleared entry is exactly 0 (or 1) by design
            fixed = [list(row) for row in rows]
            fixed[clean[0]][clean[1]] = value
            rows = tuple(tuple(row) for row in fixed)
        steps.append(EliminationStep(op, rows, pivot))

    r = 0
    for c in range(search):
        if r == m:
            break
        candidates = [i for i in range(r, m) if rows[i][c] != 0 and abs(float(rows[i][c])) > zero]
        if not candidates:
            continue
        p = candidates[0] if exact else max(candidates, key=lambda i: abs(float(rows[i][c])))
        pivot = (r, c)
        if p != r:
            record(RowOperation("swap", r, p), pivot)
        if reduced and rows[r][c] != 1:
            one: Number = Fraction(1) if exact else 1.0
            record(RowOperation("scale", r, factor=one / rows[r][c]), pivot, (r, c), one)
        for i in range(m) if reduced else range(r + 1, m):
            if i == r or rows[i][c] == 0:
                continue
            record(RowOperation("add", i, r, -rows[i][c] / rows[r][c]), pivot, (i, c), 0.0)
        pivots.append(pivot)
        r += 1
    return Elimination(start, tuple(steps), tuple(pivots), exact, reduced)


def row_echelon_form(a: MatrixLike) -> Rows:
    """A row echelon form of ``a`` by forward elimination (see :func:`eliminate`)."""
    return eliminate(a).result


def reduced_row_echelon_form(a: MatrixLike) -> Rows:
    """The reduced row echelon form of ``a`` (unique): pivots 1, the only non-zero entry of their columns."""
    return eliminate(a, reduced=True).result


def rank_by_elimination(a: MatrixLike, tol: float = EPS) -> int:
    """The rank of ``a``: the number of pivots in its row echelon form."""
    return eliminate(a, tol=tol).rank


# -- systems -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Solution:
    """What ``A x = b`` has, by Rouche-Capelli, with ``n`` unknowns:

    ``unique`` when ``rank A = rank [A|b] = n``; ``infinite`` when ``rank A = rank [A|b] < n`` (then
    ``particular + any combination of directions``, ``n - rank`` of them); ``none`` when
    ``rank A < rank [A|b]`` (elimination reaches a row ``0 = c`` with ``c != 0``).
    """

    kind: Literal["unique", "none", "infinite"]
    rank: int
    augmented_rank: int
    unknowns: int
    particular: tuple[Number, ...] | None
    directions: tuple[tuple[Number, ...], ...]
    elimination: Elimination

    @property
    def free(self) -> int:
        """How many unknowns are free (0 for a unique solution)."""
        return self.unknowns - self.rank if self.kind != "none" else 0

    def describe(self) -> str:
        """The case in words: ``one solution``, ``no solution`` or ``infinitely many solutions``."""
        return {"unique": "one solution", "none": "no solution", "infinite": "infinitely many solutions"}[self.kind]


def solve_system(a: MatrixLike, b: MatrixLike | Sequence[Fraction | float], tol: float = EPS) -> Solution:
    """Solve ``A x = b`` by Gauss-Jordan elimination of ``[A | b]`` and classify it (see :class:`Solution`).

    The particular solution sets every free unknown to 0; each direction sets one free unknown to 1 and solves
    ``A d = 0``.
    """
    rows_a, _ = as_rows(a)
    n = len(rows_a[0])
    record = eliminate(augment(a, b), reduced=True, tol=tol)
    rref = record.result
    pivots = [(r, c) for r, c in record.pivots if c < n]
    rank_a, rank_ab = len(pivots), record.rank
    exact = record.exact
    zero: Number = Fraction(0) if exact else 0.0
    one: Number = Fraction(1) if exact else 1.0
    if rank_ab > rank_a:
        return Solution("none", rank_a, rank_ab, n, None, (), record)
    x = [zero] * n
    for r, c in pivots:
        x[c] = rref[r][n]
    free = [c for c in range(n) if c not in {c for _, c in pivots}]
    directions = []
    for f in free:
        d = [zero] * n
        d[f] = one
        for r, c in pivots:
            d[c] = -rref[r][f]
        directions.append(tuple(d))
    kind: Literal["unique", "infinite"] = "infinite" if free else "unique"
    return Solution(kind, rank_a, rank_ab, n, tuple(x), tuple(directions), record)


def _square(a: MatrixLike) -> tuple[Rows, bool]:
    rows, exact = as_rows(a)
    if len(rows) != len(rows[0]):
        raise LinAlgInputError(f"only a square matrix can have an inverse, got {len(rows)}x{len(rows[0])}")
    return rows, exact


def gauss_jordan(a: MatrixLike, tol: float = EPS) -> Elimination:
    """Gauss-Jordan on ``[A | I]``, pivots sought in A's columns only: ``[I | A^-1]`` when A is invertible,
    else a left block with a zero row (the record is returned either way)."""
    rows, exact = _square(a)
    n = len(rows)
    one: Number = Fraction(1) if exact else 1.0
    zero: Number = Fraction(0) if exact else 0.0
    identity = tuple(tuple(one if i == j else zero for j in range(n)) for i in range(n))
    return eliminate(augment(rows, identity), reduced=True, pivot_columns=n, tol=tol)


def inverse(a: MatrixLike, tol: float = EPS) -> Rows:
    """The inverse ``A^-1`` (with ``A^-1 A = A A^-1 = I``) by Gauss-Jordan: ``[A | I] -> [I | A^-1]``.

    Raises :class:`SingularMatrixError` (a :class:`LinAlgInputError`) when ``A`` is singular.
    """
    record = gauss_jordan(a, tol)
    n = len(record.start)
    if record.rank < n:
        raise SingularMatrixError(
            f"the matrix is singular (rank {record.rank} < {n}): elimination finds no pivot in column "
            f"{min(set(range(n)) - set(record.pivot_columns)) + 1}, so it has no inverse"
        )
    return tuple(row[n:] for row in record.result)


def is_singular(a: MatrixLike, tol: float = EPS) -> bool:
    """Whether the square matrix ``a`` is singular: its rank is below its size (it has no inverse)."""
    rows, _ = _square(a)
    return rank_by_elimination(rows, tol) < len(rows)


# -- pictures of systems ---------------------------------------------------------------------------------------
def design_matrix(xs: Sequence[float]) -> Rows:
    """The rows ``(1, x_i)`` of the straight-line model ``y = w_0 + w_1 x``: fitting it solves ``X w = y``."""
    rows, exact = as_rows([[x] for x in xs])
    one: Number = Fraction(1) if exact else 1.0
    return tuple((one, row[0]) for row in rows)


def predict_line(w: Sequence[Fraction | float], xs: Sequence[Fraction | float]) -> tuple[Number, ...]:
    """The straight-line model's predictions ``y_i = w_0 + w_1 x_i``: the design matrix times the weights."""
    if len(w) != 2:
        raise LinAlgInputError(f"a straight line has two weights (intercept, slope), got {len(w)}")
    rows, _ = as_rows([[*w, x] for x in xs])
    return tuple(row[0] + row[1] * row[2] for row in rows)


def line_endpoints(coeffs: Sequence[float], rhs: float, xlim: tuple[float, float],
                   ylim: tuple[float, float]) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """Where the line ``a x + b y = c`` enters and leaves the box ``xlim x ylim``: the picture of one equation.

    ``None`` when the line misses the box. Raises for ``0 x + 0 y = c``, which is no line.
    """
    a, b, c = float(coeffs[0]), float(coeffs[1]), float(rhs)
    if abs(a) <= EPS and abs(b) <= EPS:
        raise LinAlgInputError("0 x + 0 y = c is not a line (no point when c != 0, every point when c = 0)")
    (x0, x1), (y0, y1) = (float(xlim[0]), float(xlim[1])), (float(ylim[0]), float(ylim[1]))
    found: list[tuple[float, float]] = []
    if abs(b) > EPS:
        found += [(x, (c - a * x) / b) for x in (x0, x1)]
    if abs(a) > EPS:
        found += [((c - b * y) / a, y) for y in (y0, y1)]
    slack = 1e-9 * max(1.0, abs(x1 - x0), abs(y1 - y0))
    inside = [p for p in found if x0 - slack <= p[0] <= x1 + slack and y0 - slack <= p[1] <= y1 + slack]
    if not inside:
        return None
    # The two points farthest apart along the line's direction (-b, a) are where it enters and leaves.
    along = sorted(inside, key=lambda p: -b * p[0] + a * p[1])
    return along[0], along[-1]

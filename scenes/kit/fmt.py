"""Number formatting for the screen: how an mlmath result is written, never what it is.

Pure functions (no manim import).
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

__all__ = ["fmt", "fmt_frac", "signed", "tex_column", "tex_row", "tex_matrix"]


def fmt(x: float, digits: int = 2) -> str:
    """Write ``x`` with at most ``digits`` decimals, without trailing zeros or a negative zero: 2.50 -> 2.5."""
    value = round(float(x), digits)
    if value == 0:
        value = 0.0
    out = f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits > 0 else f"{value:.0f}"
    return out


def signed(value: float, first: bool = False, digits: int = 2) -> str:
    """``value`` written as a term of a sum: ``- 1.2`` or ``+ 1.4`` (no sign on a positive first term)."""
    return f"{'-' if value < 0 else ('' if first else '+')} {fmt(abs(value), digits)}"


def fmt_frac(x: float, max_denominator: int = 12, digits: int = 2) -> str:
    """Write ``x`` as a TeX fraction when it is one with a small denominator (``\\frac{3}{4}``), else :func:`fmt`."""
    frac = Fraction(float(x)).limit_denominator(max_denominator)
    if abs(float(frac) - float(x)) > 1e-9:
        return fmt(x, digits)
    if frac.denominator == 1:
        return str(frac.numerator)
    sign = "-" if frac < 0 else ""
    return rf"{sign}\tfrac{{{abs(frac.numerator)}}}{{{frac.denominator}}}"


def tex_column(values: Iterable[float], digits: int = 2) -> str:
    """A TeX column vector ``\\begin{bmatrix} a \\\\ b \\end{bmatrix}`` of formatted values."""
    return r"\begin{bmatrix}" + r" \\ ".join(fmt(v, digits) for v in values) + r"\end{bmatrix}"


def tex_row(values: Iterable[float], digits: int = 2) -> str:
    """A TeX row vector of formatted values."""
    return r"\begin{bmatrix}" + " & ".join(fmt(v, digits) for v in values) + r"\end{bmatrix}"


def tex_matrix(rows: Iterable[Iterable[float]], digits: int = 2) -> str:
    """A TeX matrix of formatted values, one row per inner iterable."""
    body = r" \\ ".join(" & ".join(fmt(v, digits) for v in row) for row in rows)
    return r"\begin{bmatrix}" + body + r"\end{bmatrix}"

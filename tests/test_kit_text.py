"""Tests for the pure text helpers of the scene kit: scenes/kit/narration.py and scenes/kit/fmt.py.

Worked examples pin the exact strings; hypothesis checks the rules on random narrations and numbers against an
independent route (word lists, exact decimal rounding, brute-force fractions, parsing the TeX back).
"""

from __future__ import annotations

import math
import string
import subprocess
import sys
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenes.kit.fmt import fmt, fmt_frac, tex_column, tex_matrix, tex_row
from scenes.kit.narration import caption_chunks, reading_time

FAST = settings(max_examples=150, deadline=None)
ROOT = Path(__file__).resolve().parents[1]
SENTENCE_END = ".!?;:"


def test_the_text_helpers_do_not_import_manim() -> None:
    code = "import sys, scenes.kit.fmt, scenes.kit.narration; print('manim' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ============================================================================================== narration

word = st.builds(
    lambda core, end: core + end,
    st.text(alphabet=string.ascii_letters + string.digits + "'-,()", min_size=1, max_size=14),
    st.sampled_from(["", "", "", "", ",", ".", "!", "?", ";", ":"]),
)
gap = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", " \n "])


@st.composite
def narrations(draw: st.DrawFn) -> str:
    """Random narration text: words (some ending a sentence) separated by messy whitespace."""
    words = draw(st.lists(word, max_size=40))
    gaps = draw(st.lists(gap, min_size=len(words) + 1, max_size=len(words) + 1))
    return gaps[0] + "".join(w + g for w, g in zip(words, gaps[1:], strict=True))


max_chars = st.integers(min_value=5, max_value=80)


def chunk_start_indices(chunks: list[str]) -> set[int]:
    """Indices (in the text's word list) of the words that begin a chunk."""
    starts, i = set(), 0
    for chunk in chunks:
        starts.add(i)
        i += len(chunk.split())
    return starts


# ----------------------------------------------------------------------------------------- reading_time


def test_reading_time_of_five_words_at_two_and_a_half_words_per_second_is_two_seconds() -> None:
    assert reading_time("one two three four five") == pytest.approx(2.0)


def test_reading_time_never_drops_below_the_minimum() -> None:
    assert reading_time("Yes.") == pytest.approx(1.2)
    assert reading_time("") == pytest.approx(1.2)
    assert reading_time("   ") == pytest.approx(1.2)
    assert reading_time("a b", minimum=3.0) == pytest.approx(3.0)


def test_reading_time_uses_the_given_speed_and_minimum() -> None:
    assert reading_time("a b c d e f", words_per_second=3) == pytest.approx(2.0)
    assert reading_time("a", minimum=0) == pytest.approx(0.4)


def test_reading_time_counts_words_not_characters_or_whitespace() -> None:
    assert reading_time("extraordinarily   long\n\twords here too") == reading_time("a b c d e")


@FAST
@given(
    st.lists(word, max_size=200),
    st.floats(min_value=0.5, max_value=5),
    st.floats(min_value=0, max_value=3),
    gap,
)
def test_reading_time_is_the_word_count_over_the_speed_but_at_least_the_minimum(
    words: list[str], wps: float, minimum: float, sep: str
) -> None:
    text = sep.join(words)
    assert reading_time(text, wps, minimum) == pytest.approx(max(minimum, len(words) / wps))
    assert reading_time(text, wps, minimum) >= minimum


@FAST
@given(st.lists(word, min_size=1, max_size=100), st.floats(min_value=0.5, max_value=5))
def test_reading_time_is_proportional_to_the_number_of_words_above_the_minimum(words: list[str], wps: float) -> None:
    text = " ".join(words)
    once = reading_time(text, wps, minimum=0)
    assert reading_time(f"{text} {text}", wps, minimum=0) == pytest.approx(2 * once)
    assert reading_time(f"{text} more", wps) >= reading_time(text, wps)  # more words never read faster


# ----------------------------------------------------------------------------------------- caption_chunks


def test_caption_chunks_of_an_empty_or_blank_narration_is_empty() -> None:
    assert caption_chunks("") == []
    assert caption_chunks("  \n\t ") == []


def test_a_short_sentence_is_one_caption() -> None:
    assert caption_chunks("A vector has a length and a direction.") == ["A vector has a length and a direction."]


def test_caption_chunks_collapse_runs_of_whitespace() -> None:
    assert caption_chunks("  A   vector\n has\tlength.  ") == ["A vector has length."]


def test_a_long_sentence_breaks_greedily_at_words() -> None:
    chunks = caption_chunks("the quick brown fox jumps over the lazy dog", max_chars=20)
    assert chunks == ["the quick brown fox", "jumps over the lazy", "dog"]


def test_a_word_longer_than_the_line_stays_whole_on_its_own_line() -> None:
    assert caption_chunks("a supercalifragilistic b", max_chars=10) == ["a", "supercalifragilistic", "b"]


def test_each_sentence_starts_a_new_caption() -> None:
    text = "A vector is an arrow. It has a length and a direction."
    assert caption_chunks(text) == ["A vector is an arrow.", "It has a length and a direction."]


def test_semicolons_colons_and_question_marks_also_end_a_caption() -> None:
    text = "There are two cases: the vector is zero or it is not; which case holds here? We check its length."
    assert caption_chunks(text) == [
        "There are two cases:",
        "the vector is zero or it is not;",
        "which case holds here?",
        "We check its length.",
    ]


def test_a_short_sentence_after_a_long_one_still_starts_a_new_caption() -> None:
    assert caption_chunks("Hello world. Yes.") == ["Hello world.", "Yes."]


def test_the_default_line_is_at_most_80_characters() -> None:
    text = " ".join(["word"] * 60)  # 299 characters, one sentence
    chunks = caption_chunks(text)
    assert all(len(c) <= 80 for c in chunks)
    assert " ".join(chunks) == text


@FAST
@given(narrations(), max_chars)
def test_every_caption_fits_the_line_unless_it_is_a_single_long_word(text: str, limit: int) -> None:
    for chunk in caption_chunks(text, max_chars=limit):
        assert len(chunk) <= limit or " " not in chunk, chunk


@FAST
@given(narrations(), max_chars)
def test_joining_the_captions_gives_back_the_words_in_order(text: str, limit: int) -> None:
    chunks = caption_chunks(text, max_chars=limit)
    assert " ".join(chunks).split() == text.split()
    for chunk in chunks:
        assert chunk and chunk == " ".join(chunk.split())  # no empty caption, no stray whitespace


@FAST
@given(st.text(max_size=300), max_chars)
def test_caption_chunks_keep_the_words_of_any_unicode_text(text: str, limit: int) -> None:
    chunks = caption_chunks(text, max_chars=limit)
    assert " ".join(chunks).split() == text.split()
    assert all(len(c) <= limit or " " not in c for c in chunks)


@FAST
@given(narrations(), max_chars)
def test_a_word_that_ends_a_sentence_is_followed_by_a_new_caption(text: str, limit: int) -> None:
    words = text.split()
    starts = chunk_start_indices(caption_chunks(text, max_chars=limit))
    for i, w in enumerate(words[:-1]):
        if w[-1] in SENTENCE_END:
            assert i + 1 in starts, f"{w!r} ends a sentence but {words[i + 1]!r} does not start a caption"


@FAST
@given(narrations(), max_chars)
def test_a_caption_cut_inside_a_sentence_could_not_take_the_next_word(text: str, limit: int) -> None:
    chunks = caption_chunks(text, max_chars=limit)
    for this, following in pairwise(chunks):
        if this[-1] not in SENTENCE_END:
            assert len(this) + 1 + len(following.split()[0]) > limit, (this, following)


@FAST
@given(st.lists(word.filter(lambda w: w[-1] not in SENTENCE_END), min_size=1, max_size=12))
def test_one_sentence_that_fits_is_a_single_caption(words: list[str]) -> None:
    text = " ".join(words) + "."
    assert caption_chunks(text, max_chars=max(len(text), 1)) == [text]


# ==================================================================================================== fmt


@pytest.mark.parametrize(
    ("x", "digits", "expected"),
    [
        (2.50, 2, "2.5"),
        (3.0, 2, "3"),
        (100.0, 2, "100"),
        (7, 2, "7"),
        (3.14159, 2, "3.14"),
        (2.718, 2, "2.72"),
        (2 / 3, 3, "0.667"),
        (-2 / 3, 2, "-0.67"),
        (1234.5678, 3, "1234.568"),
        (9.999, 2, "10"),
        (10.6, 0, "11"),
        (0.1 + 0.2, 2, "0.3"),
        (-1.004, 2, "-1"),
        (0.05, 2, "0.05"),
        (1e-7, 6, "0"),
        (12.0, 0, "12"),
        (np.float64(2.5), 2, "2.5"),
    ],
)
def test_fmt_of_worked_examples(x: float, digits: int, expected: str) -> None:
    assert fmt(x, digits) == expected


@pytest.mark.parametrize(("x", "digits"), [(-0.0, 2), (-0.004, 2), (-0.4, 0), (-1e-12, 6), (0.0, 0)])
def test_fmt_never_writes_a_negative_zero(x: float, digits: int) -> None:
    assert fmt(x, digits) == "0"


def test_fmt_uses_two_decimals_by_default() -> None:
    assert fmt(math.pi) == "3.14"


@FAST
@given(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=6),
)
def test_fmt_is_the_exact_decimal_rounding_written_without_trailing_zeros(x: float, digits: int) -> None:
    s = fmt(x, digits)
    # Independent route: round the exact binary value of x to `digits` places (half to even, like round()).
    expected = Decimal(x).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    assert Decimal(s) == expected
    assert abs(float(s) - x) <= 0.5 * 10.0**-digits + 1e-9
    if "." in s:
        assert not s.endswith(("0", "."))
        assert len(s.split(".")[1]) <= digits
    assert digits > 0 or "." not in s
    assert "e" not in s.lower()  # never scientific notation on screen
    if Decimal(s) == 0:
        assert s == "0"


# --------------------------------------------------------------------------------------------- fmt_frac


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (0.5, r"\tfrac{1}{2}"),
        (0.75, r"\tfrac{3}{4}"),
        (-0.25, r"-\tfrac{1}{4}"),
        (1 / 3, r"\tfrac{1}{3}"),
        (-1.5, r"-\tfrac{3}{2}"),
        (0.1, r"\tfrac{1}{10}"),
        (1 / 12, r"\tfrac{1}{12}"),
        (0.3333333333, r"\tfrac{1}{3}"),  # within 1e-9 of 1/3
        (2.0, "2"),
        (-7, "-7"),
        (0.0, "0"),
        (-0.0, "0"),
        (math.pi, "3.14"),
        (1 / 13, "0.08"),  # denominator above 12: decimals
        (0.333, "0.33"),
    ],
)
def test_fmt_frac_of_worked_examples(x: float, expected: str) -> None:
    assert fmt_frac(x) == expected


def test_fmt_frac_passes_its_options_on() -> None:
    assert fmt_frac(1 / 13, max_denominator=13) == r"\tfrac{1}{13}"
    assert fmt_frac(0.75, max_denominator=3) == "0.75"
    assert fmt_frac(math.pi, digits=4) == "3.1416"


def small_fraction(x: float, max_denominator: int) -> Fraction | None:
    """Brute force: the fraction p/q with the smallest q <= max_denominator within 1e-9 of x, if any."""
    for q in range(1, max_denominator + 1):
        p = round(x * q)
        if abs(p / q - x) <= 1e-9:
            return Fraction(p, q)
    return None


def tex_of(f: Fraction) -> str:
    if f.denominator == 1:
        return str(f.numerator)
    return ("-" if f < 0 else "") + rf"\tfrac{{{abs(f.numerator)}}}{{{f.denominator}}}"


@FAST
@given(st.integers(min_value=-60, max_value=60), st.integers(min_value=1, max_value=12))
def test_fmt_frac_writes_every_small_denominator_fraction_in_lowest_terms(p: int, q: int) -> None:
    out = fmt_frac(p / q)
    assert out == tex_of(Fraction(p, q))
    assert "{0}" not in out and not out.startswith("-0")


@FAST
@given(
    st.floats(min_value=-100, max_value=100, allow_nan=False, allow_infinity=False),
    st.integers(min_value=1, max_value=16),
)
def test_fmt_frac_is_a_fraction_exactly_when_one_is_close_else_fmt(x: float, max_den: int) -> None:
    frac = small_fraction(x, max_den)
    out = fmt_frac(x, max_denominator=max_den)
    if frac is None:
        assert out == fmt(x)
    else:
        assert out == tex_of(frac)


# ------------------------------------------------------------------------------------------------- tex_*


def test_tex_column_of_a_worked_example() -> None:
    assert tex_column([1, 2.5, -0.0]) == r"\begin{bmatrix}1 \\ 2.5 \\ 0\end{bmatrix}"


def test_tex_row_of_a_worked_example() -> None:
    assert tex_row([1, -2.25]) == r"\begin{bmatrix}1 & -2.25\end{bmatrix}"


def test_tex_matrix_of_a_worked_example() -> None:
    assert tex_matrix([[1, 0], [0.5, -2]]) == r"\begin{bmatrix}1 & 0 \\ 0.5 & -2\end{bmatrix}"


def test_tex_helpers_take_numpy_arrays_and_generators() -> None:
    assert tex_column(np.array([3.0, 4.0])) == r"\begin{bmatrix}3 \\ 4\end{bmatrix}"
    assert tex_row(x / 2 for x in (1, 2)) == r"\begin{bmatrix}0.5 & 1\end{bmatrix}"
    assert tex_matrix(np.eye(2)) == r"\begin{bmatrix}1 & 0 \\ 0 & 1\end{bmatrix}"


def test_tex_helpers_pass_the_digits_on_to_fmt() -> None:
    assert tex_column([1 / 3], digits=3) == r"\begin{bmatrix}0.333\end{bmatrix}"
    assert tex_row([2 / 3, 1], digits=1) == r"\begin{bmatrix}0.7 & 1\end{bmatrix}"
    assert tex_matrix([[math.pi]], digits=0) == r"\begin{bmatrix}3\end{bmatrix}"


entries = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False, allow_infinity=False)


@FAST
@given(st.integers(1, 5).flatmap(lambda c: st.lists(st.lists(entries, min_size=c, max_size=c), min_size=1, max_size=5)))
def test_tex_matrix_parses_back_into_the_formatted_entries(rows: list[list[float]]) -> None:
    out = tex_matrix(rows)
    assert out.startswith(r"\begin{bmatrix}") and out.endswith(r"\end{bmatrix}")
    body = out[len(r"\begin{bmatrix}") : -len(r"\end{bmatrix}")]
    assert [r.split(" & ") for r in body.split(r" \\ ")] == [[fmt(v) for v in row] for row in rows]


@FAST
@given(st.lists(entries, min_size=1, max_size=6))
def test_a_one_row_matrix_is_a_row_and_a_one_column_matrix_is_a_column(values: list[float]) -> None:
    assert tex_matrix([values]) == tex_row(values)
    assert tex_matrix([[v] for v in values]) == tex_column(values)

"""Narration timing: split a narration into caption lines and give each its reading time.

Pure functions (no manim import) so the pacing rules are unit-tested on their own.
"""

from __future__ import annotations

import re

__all__ = ["caption_chunks", "reading_time"]

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")


def reading_time(text: str, words_per_second: float = 2.5, minimum: float = 1.2) -> float:
    """Seconds a learner needs to read ``text`` at ``words_per_second``, never less than ``minimum``."""
    words = len(text.split())
    return max(minimum, words / words_per_second)


def caption_chunks(text: str, max_chars: int = 80) -> list[str]:
    """Split ``text`` into caption lines of at most ``max_chars``, breaking at sentence ends, then at words.

    A single word longer than ``max_chars`` stays whole on its own line.
    """
    chunks: list[str] = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        if not sentence:
            continue
        line = ""
        for word in sentence.split(" "):
            candidate = f"{line} {word}" if line else word
            if len(candidate) <= max_chars or not line:
                line = candidate
            else:
                chunks.append(line)
                line = word
        if line:
            chunks.append(line)
    return chunks


"""One build at a time per media folder: a second build waits for the first, and says so."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["media_lock"]


@contextmanager
def media_lock(media: Path, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``media`` for the duration of the block.

    When another process holds it, ``on_wait`` is told once (one sentence) and the call blocks until the other
    process finishes; the operating system releases the lock if its holder dies, so a killed build never leaves
    a stale lock behind.
    """
    media.mkdir(parents=True, exist_ok=True)
    fd = os.open(media / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"Another build is using {media}; waiting for it to finish.")
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)

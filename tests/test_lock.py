"""One build at a time per media folder: the second waits, says so, and goes on when the first is done."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from pipeline.lock import media_lock
from tests.conftest import ROOT

HOLDER = """
import sys, time
from pathlib import Path
from pipeline.lock import media_lock
with media_lock(Path(sys.argv[1])):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), "1.5"], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    messages: list[str] = []
    started = time.monotonic()
    with media_lock(tmp_path, messages.append):
        waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert messages == [f"Another build is using {tmp_path}; waiting for it to finish."]
    assert waited > 0.5


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), "60"], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    holder.kill()
    holder.wait(timeout=10)
    messages: list[str] = []
    with media_lock(tmp_path, messages.append):
        pass
    assert messages == []

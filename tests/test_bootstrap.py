"""The bootstrap without root or apt: it prints exactly what to install and stops with a non-zero status."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.conftest import ROOT


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


def test_without_root_it_prints_the_apt_line_and_exits_non_zero(tmp_path: Path) -> None:
    stubs = tmp_path / "bin"
    stubs.mkdir()
    _stub(stubs, "dpkg-query", "exit 1")  # every package looks missing
    _stub(stubs, "id", 'echo 1000')  # not root
    _stub(stubs, "sudo", "exit 1")  # and no passwordless sudo
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}", "VENV": str(tmp_path / "venv")}
    result = subprocess.run(["bash", "scripts/bootstrap.sh"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "setup: missing system packages: build-essential" in result.stdout
    line = next(x for x in result.stdout.splitlines() if "install them with" in x)
    assert "sudo apt-get update && sudo apt-get install -y --no-install-recommends build-essential" in line
    for package in ["libcairo2-dev", "libpango1.0-dev", "ffmpeg", "texlive-latex-extra", "dvisvgm", "fonts-lato"]:
        assert f" {package}" in line
    assert not (tmp_path / "venv").exists(), "nothing is created when the system is not ready"

"""Shared fixtures and the --set-references option of the graphical tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--set-references",
        action="store_true",
        default=False,
        help="Write the graphical tests' reference frames instead of comparing (review the diff before committing).",
    )


@pytest.fixture
def tiny_course(tmp_path: Path) -> Path:
    """A copy of the two-scene fixture course; returns the path of its course.toml."""
    target = tmp_path / "tiny_course"
    shutil.copytree(FIXTURES / "tiny_course", target)
    return target / "course.toml"

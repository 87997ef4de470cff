"""Numbers for the course: pure numpy/scipy functions, one module per subject.

Every number a scene shows comes from here. This package never imports manim (a test checks it).
"""

from mlmath import linalg

__all__ = ["linalg"]

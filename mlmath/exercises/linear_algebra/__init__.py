"""Exercise generators of the Linear Algebra lectures, one file per lecture (``GENERATORS`` in play order)."""

from __future__ import annotations

import sys

from mlmath.exercises import Generator, collect_generators

#: Lecture id -> its generators, for every lecture file in this package.
GENERATORS: dict[str, list[Generator]] = collect_generators(sys.modules[__name__])

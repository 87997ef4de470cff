"""Numbers for the course: pure numpy/scipy functions, one module per subject (``mlmath.linalg``, ...).

Every number a scene shows comes from here. This package never imports manim (a test checks it), and it
imports no submodule eagerly, so a scene's recorded dependency closure holds only the subjects it uses.
"""

"""Exercise generators of the Linear Algebra lectures, one file per lecture (``GENERATORS`` in play order).

Nothing is imported here, so a scene that uses one lecture's generators depends on that file alone;
``mlmath.exercises.collect_generators("linear_algebra")`` gathers them all.
"""

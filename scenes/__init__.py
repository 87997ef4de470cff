"""Manim scenes of the course, one module per lecture, grouped by course module (see course.toml)."""

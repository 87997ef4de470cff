"""Lectures of the linear algebra module; the order of lectures is course.toml's."""

"""Lectures of the probability module; the order of lectures is course.toml's."""

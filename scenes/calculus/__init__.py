"""Lectures of the calculus module; the order of lectures is course.toml's."""

"""Lectures of the capstone module; the order of lectures is course.toml's."""

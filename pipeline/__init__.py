"""The video pipeline: course plan, cached parallel rendering, lecture assembly, validation, publishing.

Never imports ``scenes`` or ``manim`` directly: scenes are loaded by id in worker processes.
"""

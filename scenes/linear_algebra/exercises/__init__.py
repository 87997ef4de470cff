"""Exercise scenes of the Linear Algebra lectures, one file per lecture; each lecture lists them in SCENES."""

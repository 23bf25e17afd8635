"""The school year's screens (docs/architecture.md, "The school year"): the new-year
step, the assessment of a class, the no-child-lost list."""

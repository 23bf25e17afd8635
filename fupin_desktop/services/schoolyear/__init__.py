"""The school year wing (docs/architecture.md, "The school year"): the new-year step
(step.py), assessments with class review and public notice (assessments.py), and the
no-child-lost list (watch.py)."""

"""Exchange with the national systems: county list import and exports
(docs/architecture.md, "Exchange")."""

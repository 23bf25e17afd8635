"""Exchange with the county and the national systems (docs/architecture.md, "Exchange")."""

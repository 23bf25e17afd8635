"""Use cases. Each takes plain arguments and the acting person, runs in one transaction,
and returns plain data and a Changes record of what it touched."""

"""Pairing and left-behind care screens: home, teachers and pairings, visits, diaries,
calls, timelines, coverage and reminder rules (issue 4)."""

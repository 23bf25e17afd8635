"""The school's duties (学校工作): activities, institution pairings, targets, meals, growth."""

"""The school's own duties (学校工作), with targets: activities and their kinds, institution
pairings and their 帮扶档案, targets and progress, teachers' training and the training
rate, the meal register, growth measurements with the BMI-for-age status, letters.
docs/architecture.md, "Institution duties", describes how they fit together."""

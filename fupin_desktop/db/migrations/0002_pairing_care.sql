-- Pairing and left-behind care (issue 4): reminder rules, end reasons, the contact card,
-- and the indexes the reminder and coverage aggregates read (services/reminders.py).
ALTER TABLE "pairing" ADD COLUMN "end_reason" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "end_reason" VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE "left_behind_profile" ADD COLUMN "other_contacts" VARCHAR(200) NOT NULL DEFAULT '';
CREATE INDEX "pairing_teacher_id_start_date" ON "pairing" ("teacher_id", "start_date");
-- Wider indexes that cover the counts, replacing narrower ones that are their prefixes.
DROP INDEX "visit_student_id_visit_date";
DROP INDEX "visit_student_id";
DROP INDEX "visit_teacher_id";
DROP INDEX "visit_visit_date";
CREATE INDEX "visit_student_id_visit_date_method_teacher_id_deleted" ON "visit" ("student_id", "visit_date", "method", "teacher_id", "deleted");
CREATE INDEX "visit_visit_date_student_id_method_deleted" ON "visit" ("visit_date", "student_id", "method", "deleted");
CREATE INDEX "visit_next_follow_up" ON "visit" ("next_follow_up");
DROP INDEX "diary_entry_student_id_entry_date";
DROP INDEX "diary_entry_student_id";
CREATE INDEX "diary_entry_student_id_entry_date_deleted" ON "diary_entry" ("student_id", "entry_date", "deleted");
DROP INDEX "family_call_student_id_call_date";
DROP INDEX "family_call_student_id";
CREATE INDEX "family_call_student_id_call_date_deleted" ON "family_call" ("student_id", "call_date", "deleted");
CREATE TABLE "reminder_rule" ("id" VARCHAR(36) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted" INTEGER NOT NULL, "version" TEXT NOT NULL, "code" VARCHAR(40) NOT NULL, "applies_to" VARCHAR(20) NOT NULL, "record" VARCHAR(20) NOT NULL, "methods" VARCHAR(100) NOT NULL, "period" VARCHAR(10) NOT NULL, "min_count" INTEGER NOT NULL, "active" INTEGER NOT NULL, "note" VARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX "reminder_rule_code" ON "reminder_rule" ("code");
CREATE INDEX "reminder_rule_deleted" ON "reminder_rule" ("deleted");
CREATE INDEX "reminder_rule_updated_at" ON "reminder_rule" ("updated_at");
